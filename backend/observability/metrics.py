"""Prometheus metrics, served at GET /metrics.

Request latency by route template, orders placed (rate() of it is orders/s), and, read from the database at
scrape time, the channel outbox depth, pushes still owed to platforms and open dead letters. Several Sanic
workers are separate processes: set PROMETHEUS_MULTIPROC_DIR (an empty directory, wiped at service start) and
every worker's counters are summed into each scrape, whichever worker answers it.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from backend.raw_sql import fetch

log = logging.getLogger("cradle.metrics")

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0)

REQUEST_LATENCY = Histogram("cradle_http_request_duration_seconds", "HTTP request latency by route template",
                            ["method", "route", "status"], buckets=BUCKETS)
ORDERS_PLACED = Counter("cradle_orders_placed_total", "Orders created (HTTP 201 on an order-placing route)",
                        ["route"])

# Routes whose 201 is a new order (the shopper checkout and live routes are added here as they land).
ORDER_ROUTES = frozenset({
    ("POST", "/api/v1/orders"),
    ("POST", "/api/v1/shop/checkout"),
    ("POST", "/api/v1/shop/orders"),
    ("POST", "/api/v1/pos/sales"),
    ("POST", "/api/v1/clerk/sales"),
    ("POST", "/api/v1/live/<session_id:int>/orders"),
})

CONTENT_TYPE = CONTENT_TYPE_LATEST


# The histogram's child per (method, route, status), so a request skips labels()' checks and lock. Route templates
# are finite (404s are one label); the bound keeps odd methods from growing it without end.
_latency: dict[tuple[str, str, int], Any] = {}
_LATENCY_KEPT_MAX = 4096


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    k = (method, route, status)
    child = _latency.get(k)
    if child is None:
        child = REQUEST_LATENCY.labels(method, route, str(status))
        if len(_latency) < _LATENCY_KEPT_MAX:
            _latency[k] = child
    child.observe(seconds)
    if status == 201 and (method, route) in ORDER_ROUTES:
        ORDERS_PLACED.labels(route).inc()


def _process_registry() -> CollectorRegistry:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    from prometheus_client import REGISTRY

    return REGISTRY


async def _database_gauges() -> CollectorRegistry:
    """Gauges read from the database now (fresh registry per scrape: the truth is the database, not a worker)."""
    from tortoise import Tortoise


    registry = CollectorRegistry()
    queries = {
        "cradle_outbox_depth": ("Stock change events not yet relayed to channel pushes",
                                "SELECT COUNT(*) AS n FROM channel_outbox"),
        "cradle_channel_pushes_owed": ("(account, SKU) pushes whose platform quantity is behind ours",
                                       "SELECT COUNT(*) AS n FROM channel_push_states WHERE pushed_seq < desired_seq"),
        "cradle_dead_letters_open": ("Channel pushes that gave up and wait for staff (open or replaying)",
                                     "SELECT COUNT(*) AS n FROM channel_dead_letters WHERE status <> 'resolved'"),
    }
    up = Gauge("cradle_database_up", "1 when the metrics scrape could read the database", registry=registry)
    try:
        conn = Tortoise.get_connection("default")
        for name, (doc, sql) in queries.items():
            rows = await fetch(conn, sql, [])
            Gauge(name, doc, registry=registry).set(int(rows[0]["n"]) if rows else 0)
        up.set(1)
    except Exception as exc:  # a scrape must answer even with the database down
        log.warning("metrics: database gauges unavailable: %r", exc)
        up.set(0)
    return registry


async def render() -> bytes:
    return generate_latest(_process_registry()) + generate_latest(await _database_gauges())
