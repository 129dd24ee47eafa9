"""Health, readiness and metrics.

- GET /api/v1/health: liveness for the load balancer, 200 {"status": "ok"} when the database answers (CONTRACT).
- GET /api/v1/ready: readiness, checks the database, Redis and (when CRADLE_BROKER_URL is set) the Celery
  broker; 200 with each check's state, or 503 {"error": {...}, "details": {"checks": ...}} naming what is down.
- GET /metrics: Prometheus text format (backend.observability.metrics).
"""

from __future__ import annotations

import asyncio
from typing import Any

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw
from tortoise import Tortoise

from backend.cache import get_redis
from backend.errors import ServiceUnavailable
from backend.http import ok
from backend.observability import metrics

bp = Blueprint("system", url_prefix="/api/v1")
metrics_bp = Blueprint("metrics")

CHECK_TIMEOUT_S = 2.0
_NAMES_ZH = {"database": "数据库", "redis": "Redis 缓存", "broker": "任务队列"}


async def _database() -> None:
    await Tortoise.get_connection("default").execute_query("SELECT 1")


async def _redis() -> None:
    await get_redis().ping()


def _broker_ping(url: str) -> None:
    from kombu import Connection

    with Connection(url, connect_timeout=CHECK_TIMEOUT_S) as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=CHECK_TIMEOUT_S)


async def _check(name: str, probe: Any) -> str:
    try:
        await asyncio.wait_for(probe, CHECK_TIMEOUT_S)
    except Exception as exc:  # any failure of a dependency is "down", reported by name
        import logging

        logging.getLogger("cradle.ready").warning("readiness: %s down: %r", name, exc)
        return "down"
    return "ok"


@bp.get("/health")
async def health(request: Request) -> HTTPResponse:
    """Answers 200 {"status": "ok"} when the database answers."""
    try:
        await _database()
    except Exception as exc:
        raise ServiceUnavailable("数据库不可用") from exc
    return ok({"status": "ok"})


@bp.get("/ready")
async def ready(request: Request) -> HTTPResponse:
    """Readiness: database, Redis and the Celery broker (when one is configured) each answer."""
    broker_url = request.app.ctx.settings.broker_url
    names = ["database", "redis"] + (["broker"] if broker_url else [])
    probes = [_database(), _redis()] + ([asyncio.to_thread(_broker_ping, broker_url)] if broker_url else [])
    states = await asyncio.gather(*(_check(n, p) for n, p in zip(names, probes, strict=True)))
    checks: dict[str, str] = dict(zip(names, states, strict=True))
    if not broker_url:
        checks["broker"] = "not_configured"  # Celery runs eagerly in-process
    down = [n for n in names if checks[n] != "ok"]
    if down:
        raise ServiceUnavailable("服务未就绪：" + "、".join(_NAMES_ZH[n] for n in down) + " 不可用",
                                 details={"checks": checks})
    return ok({"status": "ok", "checks": checks})


@metrics_bp.get("/metrics")
async def prometheus_metrics(request: Request) -> HTTPResponse:
    """Prometheus scrape endpoint (text exposition format)."""
    return raw(await metrics.render(), content_type=metrics.CONTENT_TYPE)
