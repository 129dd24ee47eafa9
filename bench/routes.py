"""The benchmark's reference routes, mounted only by ``python -m bench.serve`` (never by create_app or
``manage serve``; production refuses any route under /_bench/, backend.production_guard.routes_problems).

Each answers on the same app and workers as the real routes, through the same middleware, so a bench row can
print, next to a path's rate, what the stack can do at all:

  GET /_bench/const                 the floor of the stack: a constant JSON body, no I/O
  GET /_bench/stock?sku_code=C      the ceiling of the stock lookup: the same question (a SKU's quantities per
                                    active location and batch) answered with one SQL statement through a
                                    per-worker asyncpg pool, no auth, no ORM
  GET /_bench/cpu                   this worker's CPU seconds so far (time.process_time), its pid, and the Redis
                                    round trips and SQL statements it has sent (counted by wrapping the clients'
                                    send methods, only under bench.serve): bench/cpu.py reads it before and
                                    after a wrk run to get the server's CPU, round trips and statements per request
  POST /_bench/profile?to=<file>    start cProfile in this worker; POST /_bench/profile?stop=1 stops it and
                                    dumps the stats to the file (bench/cpu.py --profile)
"""

from __future__ import annotations

import cProfile
import os
import time
from typing import Any

import asyncpg
from redis.asyncio.connection import AbstractConnection
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse, json

from backend.redis_pipe import Pipe

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

SENT = {"redis_round_trips": 0, "sql_statements": 0}


def count_round_trips() -> None:
    """Count every Redis round trip (one packed command or pipeline) and SQL statement (asyncpg's execute paths:
    a parameterless execute, one with arguments or any fetch, executemany) this process sends. Idempotent."""
    if getattr(AbstractConnection.send_packed_command, "__bench_counted__", False):
        return
    send = AbstractConnection.send_packed_command
    pipe_write = Pipe.send
    execute, execute_args, execute_many = (asyncpg.Connection.execute, asyncpg.Connection._execute,
                                           asyncpg.Connection._executemany)

    async def send_packed_command(self: Any, command: Any, check_health: bool = True) -> None:
        SENT["redis_round_trips"] += 1
        await send(self, command, check_health)

    async def execute_counted(self: Any, query: str, *args: Any, **kw: Any) -> Any:
        if not args:  # with arguments it goes through _execute, counted there
            SENT["sql_statements"] += 1
        return await execute(self, query, *args, **kw)

    async def execute_args_counted(self: Any, *args: Any, **kw: Any) -> Any:
        SENT["sql_statements"] += 1
        return await execute_args(self, *args, **kw)

    async def execute_many_counted(self: Any, *args: Any, **kw: Any) -> Any:
        SENT["sql_statements"] += 1
        return await execute_many(self, *args, **kw)

    def pipe_send(self: Any, protocol: Any, packed: bytes) -> Any:
        SENT["redis_round_trips"] += 1
        return pipe_write(self, protocol, packed)

    send_packed_command.__bench_counted__ = True  # type: ignore[attr-defined]
    Pipe.send = pipe_send  # type: ignore[method-assign]
    AbstractConnection.send_packed_command = send_packed_command  # type: ignore[method-assign]
    asyncpg.Connection.execute = execute_counted  # type: ignore[method-assign]
    asyncpg.Connection._execute = execute_args_counted  # type: ignore[method-assign]
    asyncpg.Connection._executemany = execute_many_counted  # type: ignore[method-assign]


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

    profiler: dict[str, Any] = {}

    @bp.get("/cpu")
    async def cpu(request: Request) -> HTTPResponse:
        return json({"cpu_s": time.process_time(), "pid": os.getpid(), **SENT})

    @bp.post("/profile")
    async def profile(request: Request) -> HTTPResponse:
        if request.args.get("stop"):
            prof = profiler.pop("prof", None)
            if prof is None:
                return json({"error": {"code": "not_started", "message": "no profile running"}}, status=409)
            prof.disable()
            prof.dump_stats(profiler.pop("to"))
            return json({"stopped": True})
        profiler["to"] = request.args.get("to", "/tmp/cradle-bench.prof")
        profiler["prof"] = cProfile.Profile(time.process_time)  # CPU, not wall time: robust to a loaded host
        profiler["prof"].enable()
        return json({"started": True})

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
    count_round_trips()
    app.blueprint(blueprint(url))
