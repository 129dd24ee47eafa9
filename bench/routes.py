"""The benchmark's reference routes, mounted only by ``python -m bench.serve`` (never by create_app or
``manage serve``; production refuses any route under /_bench/, backend.production_guard.routes_problems).

Each answers on the same app and workers as the real routes, through the same middleware, so a bench row can
print, next to a path's rate, what the stack can do at all:

  GET /_bench/const                 the floor of the stack: a constant JSON body, no I/O
  GET /_bench/stock?sku_code=C      the ceiling of the stock lookup: the same question (a SKU's quantities per
                                    active location and batch) answered with one SQL statement through a
                                    per-worker asyncpg pool, no auth, no ORM
"""

from __future__ import annotations

from typing import Any

import asyncpg
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse, json

BARE_STOCK_SQL = """
SELECT l.code AS location_code, l.name AS location_name, l.kind, b.batch_no, b.expiry_date,
       COALESCE(st.on_hand, 0) AS on_hand, COALESCE(st.reserved, 0) AS reserved
FROM skus s
CROSS JOIN locations l
LEFT JOIN stocks st ON st.sku_id = s.id AND st.location_id = l.id
LEFT JOIN batches b ON b.id = st.batch_id
WHERE s.code = $1 AND l.is_active
ORDER BY l.priority, l.code, b.expiry_date NULLS LAST, b.id
"""

CONST = {"ok": True, "service": "cradle", "bench": "floor"}


def _row(r: asyncpg.Record) -> dict[str, Any]:
    out = dict(r)
    out["expiry_date"] = r["expiry_date"].isoformat() if r["expiry_date"] else None
    out["available"] = r["on_hand"] - r["reserved"]
    return out


def blueprint(db_url: str, pool_max: int = 20) -> Blueprint:
    bp = Blueprint("bench_reference", url_prefix="/_bench")

    @bp.get("/const")
    async def const(request: Request) -> HTTPResponse:
        return json(CONST)

    @bp.get("/stock")
    async def bare_stock(request: Request) -> HTTPResponse:
        rows = await request.app.ctx.bench_pool.fetch(BARE_STOCK_SQL, request.args.get("sku_code", ""))
        if not rows:
            return json({"error": {"code": "not_found", "message": "商品不存在"}}, status=404)
        return json({"sku_code": request.args.get("sku_code"), "locations": [_row(r) for r in rows]})

    @bp.before_server_start
    async def _open(app: Sanic) -> None:
        app.ctx.bench_pool = await asyncpg.create_pool(db_url, min_size=1, max_size=pool_max)

    @bp.after_server_stop
    async def _close(app: Sanic) -> None:
        await app.ctx.bench_pool.close()

    return bp


def mount(app: Sanic) -> None:
    """What bench.serve passes to create_app(mounts=...): the reference routes on the app's own database."""
    url = app.ctx.settings.db_url.replace("postgresql://", "postgres://")
    if not url.startswith("postgres://"):
        raise RuntimeError("the bench's reference routes need PostgreSQL (CRADLE_DB_URL)")
    app.blueprint(blueprint(url))
