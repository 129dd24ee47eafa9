"""Health, readiness, request ids (HTTP and into Celery), JSON logs and Prometheus metrics."""

from __future__ import annotations

import json
import logging
import os
import re
from types import SimpleNamespace

import pytest
from redis.asyncio import Redis

from backend import cache
from backend.observability import JsonFormatter, celery_hooks, new_request_id, request_id_var
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def test_ready_checks_database_and_redis(client) -> None:
    _, resp = await client.get("/api/v1/ready")
    assert resp.status == 200
    assert resp.json == {"status": "ok", "checks": {"database": "ok", "redis": "ok", "broker": "not_configured"}}


async def test_ready_is_503_naming_redis_when_it_is_down(client, monkeypatch: pytest.MonkeyPatch) -> None:
    dead = Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)  # nothing listens on port 1
    monkeypatch.setattr(cache, "_redis", dead)
    try:
        _, resp = await client.get("/api/v1/ready")
    finally:
        await dead.aclose()
    assert resp.status == 503
    err = resp.json["error"]
    assert err["code"] == "service_unavailable" and "Redis" in err["message"]
    assert err["details"]["checks"] == {"database": "ok", "redis": "down", "broker": "not_configured"}
    _, health = await client.get("/api/v1/health")  # liveness only needs the database
    assert health.status == 200 and health.json == {"status": "ok"}


async def test_ready_checks_the_broker_when_configured(app, client, settings) -> None:
    from dataclasses import replace

    app.ctx.settings = replace(settings, broker_url="amqp://guest:guest@127.0.0.1:1//")
    _, resp = await client.get("/api/v1/ready")
    assert resp.status == 503
    assert resp.json["error"]["details"]["checks"]["broker"] == "down"
    assert "任务队列" in resp.json["error"]["message"]


async def test_request_id_is_echoed_or_made(client) -> None:
    _, resp = await client.get("/api/v1/health", headers={"X-Request-ID": "nginx-abc.123"})
    assert resp.headers["x-request-id"] == "nginx-abc.123"
    _, resp = await client.get("/api/v1/health", headers={"X-Request-ID": "bad id with spaces\n"})
    made = resp.headers["x-request-id"]
    assert made != "bad id with spaces\n" and len(made) == 32
    _, other = await client.get("/api/v1/nope")
    assert other.status == 404 and len(other.headers["x-request-id"]) == 32  # error answers carry one too
    assert other.headers["x-request-id"] != made


async def test_access_log_is_json_with_the_request_id(client, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="cradle.access"):
        await client.get("/api/v1/health", headers={"X-Request-ID": "trace-42"})
    records = [r for r in caplog.records if r.name == "cradle.access"]
    assert records
    line = json.loads(JsonFormatter().format(records[-1]))
    assert line["request_id"] == "trace-42" and line["status"] == 200 and line["route"] == "/api/v1/health"
    assert line["level"] == "info" and line["logger"] == "cradle.access"


def test_json_formatter_takes_the_context_request_id() -> None:
    token = request_id_var.set("ctx-7")
    try:
        record = logging.makeLogRecord({"name": "cradle.x", "msg": "库存 %s", "args": (3,), "levelname": "WARNING",
                                        "levelno": 30, "sku": "SKU1"})
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line == {**line, "message": "库存 3", "request_id": "ctx-7", "sku": "SKU1", "level": "warning"}


def test_request_id_travels_in_celery_headers_to_the_task() -> None:
    token = request_id_var.set("req-from-http")
    headers: dict[str, object] = {}
    try:
        celery_hooks._stamp(headers=headers)
    finally:
        request_id_var.reset(token)
    assert headers == {celery_hooks.HEADER: "req-from-http"}
    # The worker side: a task whose request carries the header runs with that id, and it is cleared after.
    task = SimpleNamespace(request=SimpleNamespace(is_eager=True, **headers))
    celery_hooks._enter(task_id="t1", task=task)
    assert request_id_var.get() == "req-from-http"
    celery_hooks._leave(task_id="t1")
    assert request_id_var.get() is None


async def test_metrics_expose_latency_orders_and_outbox(client) -> None:
    store = await make_location("M1")
    sku = await make_sku("MSKU1")
    await stock_in(sku, store, 5)
    admin = await make_user("hq_admin")
    _, placed = await client.post("/api/v1/orders", headers=auth(admin),
                                  json={"channel": "pos", "location_code": "M1",
                                        "items": [{"sku_code": "MSKU1", "qty": 1}]})
    assert placed.status == 201
    _, resp = await client.get("/metrics")
    assert resp.status == 200 and resp.headers["content-type"].startswith("text/plain")
    text = resp.text
    assert 'cradle_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/api/v1/orders"' \
           ',status="201"}' in text or 'route="/api/v1/orders",status="201"' in text
    assert 'cradle_orders_placed_total{route="/api/v1/orders"}' in text
    from tortoise import Tortoise

    from backend.raw_sql import fetch

    depth = (await fetch(Tortoise.get_connection("default"), "SELECT COUNT(*) AS n FROM channel_outbox", []))[0]["n"]
    assert f"cradle_outbox_depth {float(depth)}" in text
    assert "cradle_dead_letters_open 0.0" in text and "cradle_database_up 1.0" in text


async def test_a_path_value_too_long_for_its_column_is_400_not_500(client) -> None:
    admin = await make_user("hq_admin")
    _, resp = await client.get("/api/v1/finance/accounts/" + "9" * 80 + "/history", headers=auth(admin))
    assert resp.status == 400  # found by the schemathesis fuzz (tests/ops/test_fuzz.py): was a 500
    assert resp.json["error"]["code"] == "validation_error"


def test_request_ids_are_unique_per_process_and_across_a_fork() -> None:
    """new_request_id: 32 hex digits, no two alike in a process, and a forked worker draws its own prefix (two
    workers never hand out one id)."""
    ids = [new_request_id() for _ in range(1000)]
    assert len(set(ids)) == 1000 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its first id, then gone without running the parent's cleanup
        os.write(write, new_request_id().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    os.close(write)
    assert re.fullmatch(r"[0-9a-f]{32}", child) and child[:16] != ids[0][:16]
