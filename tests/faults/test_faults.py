"""Fault tests against a real server subprocess on PostgreSQL (each on its own fresh database, demo data):

- the server SIGKILLed mid-burst and restarted: every paid order answered 201 exists exactly once, retries with
  the same Idempotency-Key answer the same order, stock and the movement journal agree;
- PostgreSQL connections dropped under the server (pg_terminate_backend) mid-burst: answers are 201 or 503,
  never 500, nothing is half-written, and retries complete every order exactly once;
- Redis down (the server pointed at a closed port): stock reads come from the database, orders reserve
  correctly and stock runs out exactly, readiness says Redis is down, staff can still log in.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fixtures import TEST_PG, TEST_REDIS
from tests.ops.server import Server, ServerDB, base_env, free_port, login

pytestmark = pytest.mark.skipif(not TEST_PG, reason="fault tests need a real PostgreSQL (CRADLE_TEST_PG)")

BURST = 40
CONCURRENCY = 12


def staff_token(user_id: int, role: str = "hq_admin", secret: str = "ops-test-secret") -> str:
    from jose import jwt

    now = int(time.time())
    # a session no login recorded, of the user's token version 0 (backend.security.sessions)
    return str(jwt.encode({"sub": f"staff:{user_id}", "role": role, "iat": now, "typ": "access", "exp": now + 7200,
                           "jti": uuid.uuid4().hex, "sid": uuid.uuid4().hex, "ver": 0}, secret, "HS256"))


@pytest.fixture(scope="module")
def fault_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerDB]:
    """One demo database for the module (each test takes a different SKU x store, so they don't interfere)."""
    db = ServerDB.create(TEST_PG, tmp_path_factory.mktemp("faults"))
    try:
        db.prepare(base_env())
        yield db
    finally:
        db.drop()


def _server(db: ServerDB, tmp: Path, **extra: str) -> Server:
    port = free_port()
    env = base_env(CRADLE_PUBLIC_BASE_URL=f"http://127.0.0.1:{port}", **extra)
    return Server(db=db, env=env, port=port, log_path=tmp / "server.log")


@pytest.fixture
def server(fault_db: ServerDB, tmp_path: Path) -> Iterator[Server]:
    srv = _server(fault_db, tmp_path, **({"CRADLE_REDIS_URL": TEST_REDIS} if TEST_REDIS else {}))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def _target(srv: Server) -> tuple[str, str, int]:
    """A store SKU with plenty of available stock: (sku_code, store_code, available)."""
    row = srv.db.query("""SELECT k.code, l.code, SUM(s.on_hand - s.reserved) FROM stocks s
        JOIN skus k ON k.id = s.sku_id JOIN locations l ON l.id = s.location_id
        WHERE l.kind = 'store' GROUP BY k.code, l.code ORDER BY 3 DESC, 1 LIMIT 1""")[0]
    return row[0], row[1], int(row[2])


def _stock(srv: Server, sku: str, store: str) -> tuple[int, int, int, int]:
    """(on_hand, reserved, journal on_hand sum, journal reserved sum) of one SKU at one location."""
    on_hand, reserved = srv.db.query(f"""SELECT COALESCE(SUM(s.on_hand),0), COALESCE(SUM(s.reserved),0) FROM stocks s
        JOIN skus k ON k.id = s.sku_id JOIN locations l ON l.id = s.location_id
        WHERE k.code = '{sku}' AND l.code = '{store}'""")[0]
    j_on, j_res = srv.db.query(f"""SELECT COALESCE(SUM(m.on_hand_delta),0), COALESCE(SUM(m.reserved_delta),0)
        FROM stock_movements m JOIN skus k ON k.id = m.sku_id JOIN locations l ON l.id = m.location_id
        WHERE k.code = '{sku}' AND l.code = '{store}'""")[0]
    return int(on_hand), int(reserved), int(j_on), int(j_res)


async def _price(base: str, headers: dict[str, str], sku: str, store: str) -> int:
    """What one unit costs at this store now: a probe order's total (then cancelled)."""
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as c:
        r = await c.post("/api/v1/orders", json={"channel": "pos", "location_code": store,
                                                 "items": [{"sku_code": sku, "qty": 1}]})
        assert r.status_code == 201, r.text
        order = r.json()["order"]
        cancel = await c.post(f"/api/v1/orders/{order['id']}/cancel", json={"reason": "探测价格"})
        assert cancel.status_code == 200, cancel.text
        return int(order["total_fen"])


def _errors(srv: Server) -> str:
    import json

    lines = [json.loads(x) for x in srv.log_path.read_text().splitlines() if '"unhandled' in x] \
        if srv.log_path and srv.log_path.exists() else []
    return "\n".join(f"{d['message']}: {d.get('exc', '')[-800:]}" for d in lines[:3])


def _body(sku: str, store: str, price: int) -> dict[str, Any]:
    return {"channel": "pos", "location_code": store, "items": [{"sku_code": sku, "qty": 1}],
            "payments": [{"method": "cash", "amount_fen": price}]}


async def _burst(base: str, headers: dict[str, str], keys: list[str], body: dict[str, Any],
                 answers: dict[str, list[tuple[int, Any]]], on_answer: Any = None) -> None:
    queue = iter(keys)

    async def worker(client: httpx.AsyncClient) -> None:
        for key in queue:
            try:
                r = await client.post("/api/v1/orders", json=body, headers={"Idempotency-Key": key})
                answers[key].append((r.status_code, r.json() if r.content else None))
            except (httpx.HTTPError, ValueError) as exc:
                answers[key].append((0, repr(exc)))
            if on_answer:
                await on_answer()

    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))


async def _retry_until_answered(base: str, headers: dict[str, str], keys: list[str], body: dict[str, Any],
                                answers: dict[str, list[tuple[int, Any]]]) -> None:
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as client:
        for _ in range(20):
            pending = [k for k in keys if not any(s == 201 for s, _ in answers[k])]
            if not pending:
                return
            for key in pending:
                try:
                    r = await client.post("/api/v1/orders", json=body, headers={"Idempotency-Key": key})
                    answers[key].append((r.status_code, r.json()))
                except httpx.HTTPError as exc:
                    answers[key].append((0, repr(exc)))
            await asyncio.sleep(0.2)


def _check_exactly_once(srv: Server, keys: list[str], answers: dict[str, list[tuple[int, Any]]],
                        orders_before: int) -> set[int]:
    ids: dict[str, set[int]] = {k: {b["order"]["id"] for s, b in answers[k] if s == 201} for k in keys}
    assert all(len(v) == 1 for v in ids.values()), "a key answered two different orders"
    order_ids = {next(iter(v)) for v in ids.values()}
    assert len(order_ids) == len(keys)  # one order per key
    orders_after = int(srv.db.query("SELECT COUNT(*) FROM orders")[0][0])
    assert orders_after - orders_before == len(keys)  # and no order nobody was told about
    id_list = ",".join(str(i) for i in order_ids)
    rows = srv.db.query(f"""SELECT o.id, o.status, (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id),
        (SELECT COALESCE(SUM(p.amount_fen),0) FROM order_payments p WHERE p.order_id = o.id), o.total_fen
        FROM orders o WHERE o.id IN ({id_list})""")
    assert len(rows) == len(keys)
    for _, status, items, paid, total in rows:
        assert status in ("paid", "allocated", "shipped", "completed"), status
        assert int(items) == 1 and int(paid) == int(total) > 0  # whole: its line and its full payment
    return order_ids


async def test_server_killed_mid_burst_loses_no_paid_order(server: Server) -> None:
    headers = {"Authorization": f"Bearer {login(server.base)}"}
    sku, store, available = _target(server)
    assert available > BURST + 2
    price = await _price(server.base, headers, sku, store)
    on_hand0, reserved0, _, _ = _stock(server, sku, store)
    orders_before = int(server.db.query("SELECT COUNT(*) FROM orders")[0][0])
    keys = [f"kill-{i}-{uuid.uuid4().hex[:6]}" for i in range(BURST)]
    answers: dict[str, list[tuple[int, Any]]] = {k: [] for k in keys}
    body = _body(sku, store, price)
    killed = asyncio.Event()

    async def maybe_kill() -> None:
        done = sum(1 for v in answers.values() if v and v[-1][0] == 201)
        if not killed.is_set() and done >= BURST // 3:
            killed.set()
            server.kill()  # SIGKILL, requests in flight die with it

    await _burst(server.base, headers, keys, body, answers, maybe_kill)
    assert killed.is_set()
    lost = [k for k in keys if not any(s == 201 for s, _ in answers[k])]
    assert lost, "the kill interrupted nothing"
    await asyncio.to_thread(server.start)
    await _retry_until_answered(server.base, headers, keys, body, answers)
    _check_exactly_once(server, keys, answers, orders_before)
    on_hand, reserved, j_on, j_res = _stock(server, sku, store)
    assert on_hand == on_hand0 - BURST and reserved == reserved0  # sold at the counter: consumed, none held
    assert (j_on, j_res) == (on_hand, reserved)  # the movement journal explains the numbers


async def test_postgres_connections_dropped_mid_burst_answer_503_never_half_write(server: Server) -> None:
    headers = {"Authorization": f"Bearer {login(server.base)}"}
    sku, store, _ = _target(server)
    price = await _price(server.base, headers, sku, store)
    on_hand0, reserved0, _, _ = _stock(server, sku, store)
    orders_before = int(server.db.query("SELECT COUNT(*) FROM orders")[0][0])
    keys = [f"drop-{i}-{uuid.uuid4().hex[:6]}" for i in range(BURST)]
    answers: dict[str, list[tuple[int, Any]]] = {k: [] for k in keys}
    body = _body(sku, store, price)
    drops = 0

    async def drop_connections() -> None:
        nonlocal drops
        done = sum(1 for v in answers.values() if v)
        if done % 8 == 3 and drops < 4:
            drops += 1
            await asyncio.to_thread(server.db.terminate_connections)

    await _burst(server.base, headers, keys, body, answers, drop_connections)
    assert drops >= 3
    statuses = {s for v in answers.values() for s, _ in v}
    assert statuses <= {201, 503}, f"answers under dropped connections: {statuses}\n{_errors(server)}"
    for v in answers.values():
        for s, b in v:
            if s == 503:
                assert b["error"]["code"] == "service_unavailable"
    await _retry_until_answered(server.base, headers, keys, body, answers)
    _check_exactly_once(server, keys, answers, orders_before)
    on_hand, reserved, j_on, j_res = _stock(server, sku, store)
    assert on_hand == on_hand0 - BURST and reserved == reserved0
    assert (j_on, j_res) == (on_hand, reserved)


async def test_redis_down_stock_reads_from_the_database_and_reservations_stay_right(fault_db: ServerDB,
                                                                                     tmp_path: Path) -> None:
    dead_redis = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    srv = _server(fault_db, tmp_path, CRADLE_REDIS_URL=dead_redis)
    srv.start()
    try:
        admin_id = int(srv.db.query("SELECT id FROM users WHERE username = 'admin'")[0][0])
        headers = {"Authorization": f"Bearer {staff_token(admin_id)}"}
        async with httpx.AsyncClient(base_url=srv.base, headers=headers, timeout=30) as c:
            ready = await c.get("/api/v1/ready")
            assert ready.status_code == 503
            assert ready.json()["error"]["details"]["checks"]["redis"] == "down"
            assert (await c.get("/api/v1/health")).status_code == 200
            lg = await c.post("/api/v1/auth/login", json={"username": "admin", "password": "cradle123"})
            assert lg.status_code == 200, lg.text  # the login rate limit counts in-process while Redis is down

            sku, store, _ = _target(srv)
            stock = await c.get("/api/v1/stock", params={"sku_code": sku})
            assert stock.status_code == 200
            on_hand, reserved, _, _ = _stock(srv, sku, store)
            here = [loc for loc in stock.json()["locations"] if loc["location_code"] == store]
            assert sum(loc["on_hand"] for loc in here) == on_hand
            assert sum(loc["reserved"] for loc in here) == reserved

            # Online orders reserve stock: race more orders than units for the last units of the store.
            available = on_hand - reserved
            body = {"channel": "phone", "location_code": store, "items": [{"sku_code": sku, "qty": 1}]}
            results = await asyncio.gather(*(c.post("/api/v1/orders", json=body) for _ in range(available + 8)))
            codes = [r.status_code for r in results]
            assert codes.count(201) == available, codes
            assert all(r.json()["error"]["code"] == "insufficient_stock" for r in results if r.status_code != 201)
            after = await c.get("/api/v1/stock", params={"sku_code": sku})
            here = [loc for loc in after.json()["locations"] if loc["location_code"] == store]
            assert sum(loc["available"] for loc in here) == 0
            assert sum(loc["reserved"] for loc in here) == reserved + available
        on_hand2, reserved2, j_on, j_res = _stock(srv, sku, store)
        assert (on_hand2, reserved2) == (on_hand, reserved + available)
        assert (j_on, j_res) == (on_hand2, reserved2)
    finally:
        srv.stop()
