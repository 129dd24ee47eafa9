"""The write path at its ceiling: hot-SKU placement (group commit) and mixed carts, each next to the raw
PostgreSQL rate of the same statements through asyncpg in the same run (issue 16).

    .venv/bin/python -m bench --only write_path          # within `make bench`, the same table as every row
    .venv/bin/python -m bench.write_path [--pg URL] [--redis URL] [--workers 2] [--duration 10]

Rows (all POST /api/v1/orders by an HQ admin, phone channel, unpaid: each order reserves FEFO with a timeout, a
unique Idempotency-Key per request, 64 wrk connections):

- hot SKU placement: one unit of ONE SKU per order, so concurrent orders ride in group-commit batches
  (backend/orders/group_commit.py). Ceiling: the guarded single-row reservation UPDATE of
  backend.stock.management (`_GUARDED_UPDATE`, one unit) on a stocks row of the same shape, 64 asyncpg
  connections, autocommit.
- hot SKU placement, group commit off: the same with CRADLE_GROUP_COMMIT_MAX=1 (the plain path: one
  transaction per order queueing on the row lock), for comparison (skipped with --quick).
- mixed carts: 1-5 lines (1-3 units each) over 200 SKUs per order (group commit at the busy location, as a
  hot SKU's orders). Ceiling: the same multi-row
  reservation transaction through asyncpg: BEGIN, the guarded UPDATE of each line's row in SKU order, COMMIT,
  over the same carts, 64 connections.

Exactness after each timed run (the server settled): the orders in the database against the 201s (at most one in
flight per connection when wrk stopped), every order's units held by active reservations, each stocks row equal
to its movement journal, never more reserved than on hand.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import BenchServer, Row, Run, check_between, raw_rate, table, wrk  # noqa: E402

CONNECTIONS = 64
SKUS = 200
CARTS = 4000  # distinct cart bodies wrk cycles through
UNITS = 2_000_000  # per SKU: no run sells out
GUARDED_RESERVE = (  # backend.stock.management._GUARDED_UPDATE, as a reservation issues it
    "UPDATE stocks SET on_hand = on_hand + $1, reserved = reserved + $2, updated_at = CURRENT_TIMESTAMP "
    "WHERE id = $3 AND on_hand + $1 >= 0 AND reserved + $2 >= 0 AND on_hand + $1 >= reserved + $2 "
    "RETURNING id, on_hand, reserved, sku_id, location_id, batch_id"
)


async def load(data: dict[str, Any]) -> None:
    """One warehouse; HOT (the hot SKU), CEIL (a row of the same shape for the raw ceiling) and 200 cart SKUs,
    each with opening stock through the real service (batch, valuation, ledger); an HQ admin's token."""
    from tortoise.transactions import in_transaction

    from backend.org.models import LocationKind, Role
    from backend.security.sessions import start_staff
    from backend.stock.models import Stock
    from backend.stock.opening import open_stock
    from tests.factories import make_location, make_sku, make_user

    wh = await make_location("BENCH-WP", kind=LocationKind.WAREHOUSE, name="压测写入仓")
    codes = ["HOT", "CEIL"] + [f"MIX{n:03d}" for n in range(SKUS)]
    ids: dict[str, int] = {}
    for code in codes:
        sku = await make_sku(code, price_fen=9900, name=f"压测奶粉{code}")
        async with in_transaction() as conn:
            await open_stock(sku_id=sku.id, location_id=wh.id, qty=UNITS, unit_cost_fen=6000, batch_no="BENCH",
                             conn=conn, source="bench")
        ids[code] = sku.id
    stock = {s.sku_id: s.id for s in await Stock.filter(location_id=wh.id)}
    user = await make_user(Role.HQ_ADMIN, username="bench")
    data["stock"] = {code: stock[sku_id] for code, sku_id in ids.items()}
    data["token"] = str((await start_staff(user, method="password"))["access_token"])


def carts(seed: int = 16) -> list[list[tuple[str, int]]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(CARTS):
        codes = rnd.sample(range(SKUS), rnd.randint(1, 5))
        out.append([(f"MIX{n:03d}", rnd.randint(1, 3)) for n in codes])
    return out


def _body(lines: list[tuple[str, int]]) -> str:
    return json.dumps({"channel": "phone", "items": [{"sku_code": c, "qty": q} for c, q in lines]})


async def check_orders(srv: BenchServer, answered: int, before: int, sku_codes: list[str]) -> str:
    """The database after a timed run of placements of `sku_codes`."""
    placed = int(await srv.fetchval("SELECT count(*) FROM orders")) - before
    verdict = check_between(answered, placed, CONNECTIONS)
    problems = await srv.fetch(
        """SELECT s.id FROM stocks s JOIN skus k ON k.id = s.sku_id
           LEFT JOIN (SELECT stock_id, SUM(on_hand_delta) AS h, SUM(reserved_delta) AS r FROM stock_movements
                      GROUP BY stock_id) m ON m.stock_id = s.id
           LEFT JOIN (SELECT stock_id, SUM(qty - qty_consumed) AS held FROM reservations WHERE status = 'active'
                      GROUP BY stock_id) v ON v.stock_id = s.id
           WHERE k.code = ANY($1::text[]) AND (s.reserved > s.on_hand OR s.on_hand <> COALESCE(m.h, 0)
                 OR s.reserved <> COALESCE(m.r, 0) OR s.reserved <> COALESCE(v.held, 0))""", sku_codes)
    unheld = await srv.fetchval(
        """SELECT count(*) FROM order_items i LEFT JOIN (SELECT order_item_id, SUM(qty) AS q FROM reservations
           GROUP BY order_item_id) r ON r.order_item_id = i.id WHERE COALESCE(r.q, 0) <> i.qty""")
    if problems:
        return f"MISMATCH: stocks rows {[p['id'] for p in problems]} disagree with journal/reservations"
    if unheld:
        return f"MISMATCH: {unheld} order lines not held by their reservations"
    return verdict


async def raw_carts(db_url: str, rows: list[list[tuple[int, int]]], *, connections: int, count: int) -> float:
    """Cart reservation transactions per second straight through asyncpg: BEGIN, the guarded UPDATE of each
    line's stocks row (in row order, as placement locks them), COMMIT."""
    conns = [await asyncpg.connect(db_url) for _ in range(connections)]
    try:
        queue = iter(range(count))

        async def worker(conn: asyncpg.Connection) -> None:
            stmt = await conn.prepare(GUARDED_RESERVE)
            for i in queue:
                async with conn.transaction():
                    for stock_id, qty in rows[i % len(rows)]:
                        if not await stmt.fetch(0, qty, stock_id):
                            raise RuntimeError("the ceiling run ran out of stock")

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(c) for c in conns))
        return round(count / (time.perf_counter() - t0), 1)
    finally:
        for c in conns:
            await c.close()


async def _hot(srv: BenchServer, label: str, duration: float, floor: Any) -> Row:
    before = int(await srv.fetchval("SELECT count(*) FROM orders"))
    res = await wrk(srv.base, "/api/v1/orders", method="POST", tokens=[srv.data["token"]],
                    bodies=[_body([("HOT", 1)])], idempotency=True, connections=CONNECTIONS, duration=duration)
    await srv.settle()
    check = await check_orders(srv, res.count(201), before, ["HOT"])
    ceil_id = srv.data["stock"]["CEIL"]
    ceiling = await raw_rate(srv.db_url, GUARDED_RESERVE, lambda i: (0, 1, ceil_id), connections=CONNECTIONS,
                             count=max(3000, int(res.rate * 3)))
    return Row(label, res, floor, ceiling=ceiling, ceiling_label="raw guarded 1-row UPDATE", check=check)


async def rows(run: Run) -> list[Row]:
    out: list[Row] = []
    async with run.server(load=load) as srv:
        floor = await srv.floor()
        out.append(await _hot(srv, f"hot SKU placement (group commit), {CONNECTIONS} conns", run.duration, floor))
        cart_list = carts()
        before = int(await srv.fetchval("SELECT count(*) FROM orders"))
        res = await wrk(srv.base, "/api/v1/orders", method="POST", tokens=[srv.data["token"]],
                        bodies=[_body(c) for c in cart_list], idempotency=True, connections=CONNECTIONS,
                        duration=run.duration)
        await srv.settle()
        check = await check_orders(srv, res.count(201), before, [f"MIX{n:03d}" for n in range(SKUS)])
        stock = srv.data["stock"]
        by_rows = [sorted((stock[c], q) for c, q in cart) for cart in cart_list]
        ceiling = await raw_carts(srv.db_url, by_rows, connections=CONNECTIONS, count=max(3000, int(res.rate * 3)))
        out.append(Row(f"mixed carts (1-5 lines over {SKUS} SKUs), {CONNECTIONS} conns", res, floor, ceiling=ceiling,
                       ceiling_label="raw multi-row reservation txn", check=check))
    if not run.quick:
        async with run.server(load=load, env={"CRADLE_GROUP_COMMIT_MAX": "1"}) as srv:
            out.append(await _hot(srv, f"hot SKU placement, group commit off, {CONNECTIONS} conns", run.duration,
                                  await srv.floor()))
    return out


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.write_path")
    p.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--quick", action="store_true")
    a = p.parse_args()
    run = Run(pg=a.pg, redis=a.redis, workers=a.workers, duration=a.duration, quick=a.quick)
    result = asyncio.run(rows(run))
    print(table(result))
    sys.exit(0 if all(r.check.startswith("ok") for r in result) else 1)


if __name__ == "__main__":
    main()
