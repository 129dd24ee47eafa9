"""Order placement over HTTP (POST /api/v1/orders, phone orders of one unit, unpaid: each reserves stock FEFO)
next to the raw ceiling: the very guarded reservation UPDATE of backend.stock.management.apply_change issued
straight through asyncpg on the same stock rows, in the same run.

    .venv/bin/python -m bench --only order_burst [--workers 2 --duration 10]

Rows: one hot SKU (every order on one stock row) and the same orders spread over SPREAD SKUs, --connections 64,
one staff token, a fresh Idempotency-Key per request. Exactness: afterwards the database holds one order per
201 (at most one more per connection still in flight when wrk stopped) and the reserved units equal the orders
and the movement journal.
"""

from __future__ import annotations

import json
from typing import Any

from bench.harness import BenchServer, Row, Run, check_between, raw_rate, wrk

CONNECTIONS = 64
SPREAD = 50
UNITS = 1_000_000  # more than any run can sell

# The guarded UPDATE of backend.stock.management.apply_change, as a reservation of one unit issues it.
RESERVE_UPDATE = (
    "UPDATE stocks SET on_hand = on_hand + $1, reserved = reserved + $2, updated_at = CURRENT_TIMESTAMP "
    "WHERE id = $3 AND on_hand + $1 >= 0 AND reserved + $2 >= 0 AND on_hand + $1 >= reserved + $2 "
    "RETURNING on_hand, reserved, sku_id, location_id, batch_id"
)

# The ceiling's bare reservations wrote no journal: put every stock row back to what its journal says.
UNDO_CEILING = (
    "UPDATE stocks SET reserved = (SELECT COALESCE(SUM(m.reserved_delta), 0) FROM stock_movements m "
    "WHERE m.sku_id = stocks.sku_id AND m.location_id = stocks.location_id AND m.batch_id = stocks.batch_id)"
)


async def load(data: dict[str, Any]) -> None:
    from tortoise.transactions import in_transaction

    from backend.org.models import LocationKind, Role
    from backend.security.sessions import start_staff
    from backend.stock.models import Stock
    from backend.stock.opening import open_stock
    from tests.factories import make_location, make_sku, make_user

    wh = await make_location("BENCH-WH", kind=LocationKind.WAREHOUSE, name="压测仓")
    codes: list[str] = []
    for n in range(1 + SPREAD):
        sku = await make_sku(f"BENCH{n:03d}", price_fen=9900, name=f"压测奶粉{n}")
        async with in_transaction() as conn:
            await open_stock(sku_id=sku.id, location_id=wh.id, qty=UNITS, unit_cost_fen=6000, batch_no="BENCH",
                             conn=conn, source="bench")
        codes.append(sku.code)
    user = await make_user(Role.HQ_ADMIN, username="bench")
    data["codes"] = codes
    data["stock_ids"] = [s.id for s in await Stock.filter(location_id=wh.id).order_by("sku_id")]
    data["token"] = str((await start_staff(user, method="password"))["access_token"])


def order_bodies(codes: list[str]) -> list[str]:
    return [json.dumps({"channel": "phone", "items": [{"sku_code": c, "qty": 1}]}) for c in codes]


async def check_orders(srv: BenchServer, answered: int, connections: int) -> str:
    """Orders in the database against the 201s; reserved units = orders = the journal's reserved movements."""
    orders = int(await srv.fetchval("SELECT count(*) FROM orders"))
    reserved = int(await srv.fetchval("SELECT COALESCE(SUM(reserved), 0) FROM stocks"))
    journal = int(await srv.fetchval("SELECT COALESCE(SUM(reserved_delta), 0) FROM stock_movements"))
    verdict = check_between(answered, orders, connections)
    if not (orders == reserved == journal):
        verdict = f"MISMATCH: {orders} orders, {reserved} reserved, journal {journal}"
    return verdict


async def place(srv: BenchServer, codes: list[str], duration: float, connections: int = CONNECTIONS) -> Any:
    return await wrk(srv.base, "/api/v1/orders", method="POST", tokens=[srv.data["token"]],
                     bodies=order_bodies(codes), idempotency=True, connections=connections, duration=duration)


async def rows(run: Run) -> list[Row]:
    out: list[Row] = []
    async with run.server(load=load) as srv:
        floor = await srv.floor()
        codes, stock_ids = srv.data["codes"], srv.data["stock_ids"]
        for label, use, ids in (("1 hot SKU", codes[:1], stock_ids[:1]),
                                (f"{SPREAD} SKUs", codes[1:], stock_ids[1:])):
            before = int(await srv.fetchval("SELECT count(*) FROM orders"))
            res = await place(srv, use, run.duration)
            await srv.settle()
            check = await check_orders(srv, before + res.count(201), CONNECTIONS)
            ceiling = await raw_rate(srv.db_url, RESERVE_UPDATE, lambda i, ids=ids: (0, 1, ids[i % len(ids)]),
                                     connections=CONNECTIONS, count=max(2000, int(res.rate * 3)))
            await srv.fetchval(UNDO_CEILING)
            out.append(Row(f"orders POST /api/v1/orders, {label}, {CONNECTIONS} conns", res, floor,
                           ceiling=ceiling, ceiling_label="raw guarded UPDATE", check=check))
    return out
