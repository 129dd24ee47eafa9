"""Order placement under a burst, over HTTP, against the real server on PostgreSQL, next to the raw ceiling.

    .venv/bin/python -m bench.order_burst --db postgres://postgres@127.0.0.1:5432/cradle_bench_orders \\
        [--clients 64 --orders 5000 --workers 2 --skus 1 --redis redis://127.0.0.1:6379/0]

1. Creates the database named in --db (refuses one that exists), builds the schema from the models
   (Tortoise generate_schemas, as the tests do), loads one warehouse holding --skus SKUs with enough stock for
   every order twice over (opening stock through the real service: batch, valuation, ledger) and a staff user.
2. Starts the real server (`python -m backend.manage serve --workers N`) on a free port and places --orders
   phone orders of one unit (POST /api/v1/orders, unpaid: each reserves stock FEFO with a timeout) from
   --clients concurrent HTTP clients (httpx, one keep-alive connection each). Every answer must be 201;
   afterwards the stock row must hold exactly that many reserved units.
3. Stops the server and measures the raw PostgreSQL ceiling in the same run: the very guarded reservation
   UPDATE of backend.stock.management.apply_change, on the same stock rows, issued directly through asyncpg
   by --clients concurrent connections (autocommit), --orders times.
4. Prints orders/s, p50/p99 latency, the ceiling and the ratio (HTTP orders/s / raw UPDATEs/s); drops the
   database.

`async def run(**opts) -> dict` is the entry point for the `make bench` table (bench/__main__.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/cradle_bench_orders"
JWT_SECRET = "bench-order-burst-secret"

# The guarded UPDATE of backend.stock.management.apply_change, as a reservation of one unit issues it.
RESERVE_UPDATE = (
    "UPDATE stocks SET on_hand = on_hand + $1, reserved = reserved + $2, updated_at = CURRENT_TIMESTAMP "
    "WHERE id = $3 AND on_hand + $1 >= 0 AND reserved + $2 >= 0 AND on_hand + $1 >= reserved + $2 "
    "RETURNING on_hand, reserved, sku_id, location_id, batch_id"
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def _admin_url(db: str) -> tuple[str, str]:
    p = urlparse(db.replace("postgresql://", "postgres://"))
    name = p.path.lstrip("/")
    if not name or not p.scheme.startswith("postgres"):
        raise SystemExit("--db must be a PostgreSQL URL naming the database to create, e.g. "
                         "postgres://postgres@127.0.0.1:5432/cradle_bench_orders")
    return urlunparse(p._replace(path="/postgres")), name


async def _create_db(db: str) -> None:
    import asyncpg

    admin, name = _admin_url(db)
    conn = await asyncpg.connect(admin)
    try:
        if await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            raise SystemExit(f"database {name} already exists: name a fresh one (this bench drops it at the end)")
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_db(db: str) -> None:
    import asyncpg

    admin, name = _admin_url(db)
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def _load(db: str, skus: int, units: int) -> tuple[list[str], list[int], str]:
    """Schema from the models, one warehouse with `skus` SKUs of `units` each, an HQ admin; returns the SKU
    codes, their stock row ids and the admin's access token."""
    from tortoise import Tortoise
    from tortoise.transactions import in_transaction

    from backend.db import tortoise_config
    from backend.org.models import LocationKind, Role
    from backend.security.sessions import start_staff
    from backend.settings import Settings, use_settings
    from backend.stock.models import Stock
    from backend.stock.opening import open_stock
    from tests.factories import make_location, make_sku, make_user

    use_settings(Settings(db_url=db, jwt_secret=JWT_SECRET))
    await Tortoise.init(config=tortoise_config(db, with_aerich=False))
    try:
        await Tortoise.generate_schemas(safe=True)
        wh = await make_location("BENCH-WH", kind=LocationKind.WAREHOUSE, name="压测仓")
        codes: list[str] = []
        for n in range(skus):
            sku = await make_sku(f"BENCH{n:03d}", price_fen=9900, name=f"压测奶粉{n}")
            async with in_transaction() as conn:
                await open_stock(sku_id=sku.id, location_id=wh.id, qty=units, unit_cost_fen=6000, batch_no="BENCH",
                                 conn=conn, source="bench")
            codes.append(sku.code)
        stock_ids = [s.id for s in await Stock.filter(location_id=wh.id).order_by("sku_id")]
        user = await make_user(Role.HQ_ADMIN, username="bench")
        token = str((await start_staff(user, method="password"))["access_token"])
    finally:
        await Tortoise.close_connections()
    return codes, stock_ids, token


async def _burst(base: str, token: str, codes: list[str], orders: int, clients: int) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: dict[str, int] = {}
    queue = iter(range(orders))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits,
                                 timeout=60) as client:
        async def warm() -> None:
            await client.get("/api/v1/health")

        await asyncio.gather(*(warm() for _ in range(clients)))  # open every connection before the clock starts

        async def worker() -> None:
            for i in queue:
                body = {"channel": "phone", "items": [{"sku_code": codes[i % len(codes)], "qty": 1}]}
                t0 = time.perf_counter()
                resp = await client.post("/api/v1/orders", json=body)
                latencies.append((time.perf_counter() - t0) * 1000)
                statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1
                if resp.status_code != 201:
                    code = (resp.json().get("error") or {}).get("code", "?") if resp.content else "?"
                    errors[code] = errors.get(code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    placed = statuses.get(201, 0)
    return {"orders": orders, "placed": placed, "seconds": round(elapsed, 3),
            "orders_per_s": round(placed / elapsed, 1), "p50_ms": round(pct(latencies, 50), 2),
            "p99_ms": round(pct(latencies, 99), 2), "statuses": statuses, "errors": errors}


async def _ceiling(db: str, stock_ids: list[int], updates: int, clients: int) -> dict[str, Any]:
    """The same guarded UPDATE straight through asyncpg: `clients` connections, autocommit, `updates` in all."""
    import asyncpg

    conns = [await asyncpg.connect(db) for _ in range(clients)]
    try:
        queue = iter(range(updates))
        refused = 0

        async def worker(conn: asyncpg.Connection) -> None:
            nonlocal refused
            stmt = await conn.prepare(RESERVE_UPDATE)
            for i in queue:
                if not await stmt.fetch(0, 1, stock_ids[i % len(stock_ids)]):
                    refused += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(c) for c in conns))
        elapsed = time.perf_counter() - t0
    finally:
        for c in conns:
            await c.close()
    return {"ceiling_per_s": round(updates / elapsed, 1), "ceiling_seconds": round(elapsed, 3),
            "ceiling_refused": refused}


async def _reserved(db: str, stock_ids: list[int]) -> int:
    import asyncpg

    conn = await asyncpg.connect(db)
    try:
        return int(await conn.fetchval("SELECT COALESCE(SUM(reserved), 0) FROM stocks WHERE id = ANY($1::int[])",
                                       stock_ids))
    finally:
        await conn.close()


async def run(db: str = DEFAULT_DB, redis: str | None = None, workers: int = 2, clients: int = 64,
              orders: int = 5000, skus: int = 1, quiet: bool = False, **_: Any) -> dict[str, Any]:
    from tests.ops.server import Server, ServerDB, base_env

    db = db.replace("postgresql://", "postgres://")
    await _create_db(db)
    try:
        codes, stock_ids, token = await _load(db, skus, units=2 * orders // skus + 10)
        extra = {"CRADLE_JWT_SECRET": JWT_SECRET, **({"CRADLE_REDIS_URL": redis} if redis else {})}
        with tempfile.TemporaryDirectory() as tmp:
            server = Server(db=ServerDB(url=db), env=base_env(**extra), workers=workers,
                            log_path=Path(tmp) / "server.log")
            try:
                await asyncio.to_thread(server.start, 240.0)  # a loaded host may take long to start every worker
            except RuntimeError:
                log = (Path(tmp) / "server.log").read_text(errors="replace")
                print("server log (tail):\n" + log[-3000:], file=sys.stderr)
                raise
            try:
                result = await _burst(server.base, token, codes, orders, clients)
            finally:
                await asyncio.to_thread(server.stop)  # frees its connections before the ceiling run
        held = await _reserved(db, stock_ids)
        result.update(await _ceiling(db, stock_ids, orders, clients))
    finally:
        await _drop_db(db)
    result.update({
        "clients": clients, "workers": workers, "skus": skus, "reserved_after_burst": held,
        "ratio": round(result["orders_per_s"] / result["ceiling_per_s"], 4) if result["ceiling_per_s"] else None,
        "ok": result["statuses"] == {201: orders} and held == orders,
    })
    if not quiet:
        print(f"order burst: {orders} POST /api/v1/orders (1 unit, {skus} SKU(s), one warehouse), {clients} clients, "
              f"{workers} workers (PostgreSQL): {result['orders_per_s']} orders/s, p50 {result['p50_ms']} ms, "
              f"p99 {result['p99_ms']} ms, answers {result['statuses']}"
              + (f" errors {result['errors']}" if result["errors"] else ""))
        print(f"raw PostgreSQL ceiling: the same guarded reservation UPDATE through asyncpg, {clients} connections: "
              f"{result['ceiling_per_s']} UPDATEs/s; ratio HTTP/raw = {result['ratio']}")
        print(f"check: reserved after the burst {held} (expected {orders}): {'ok' if result['ok'] else 'MISMATCH'}")
    return result


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.order_burst")
    p.add_argument("--db", default=DEFAULT_DB, help="PostgreSQL URL of a database to create (dropped at the end)")
    p.add_argument("--redis", default=None, help="Redis URL for the server (default: in-process fakeredis)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--clients", type=int, default=64)
    p.add_argument("--orders", type=int, default=5000)
    p.add_argument("--skus", type=int, default=1, help="spread the orders over this many SKUs (1: one hot row)")
    a = p.parse_args()
    result = asyncio.run(run(db=a.db, redis=a.redis, workers=a.workers, clients=a.clients, orders=a.orders,
                             skus=a.skus))
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
