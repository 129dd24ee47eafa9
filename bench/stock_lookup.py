"""Stock lookup: clerks asking "how many of this SKU, where?" (GET /api/v1/stock), next to the bare route that
answers the same question with one SQL statement through asyncpg (/_bench/stock) and the constant floor.

    .venv/bin/python -m bench --only stock_lookup [--workers 2 --duration 10]

Data: 5 active locations (a warehouse and 4 stores), 24 SKUs each with two batches in every location, one
clerk. wrk cycles the SKU codes over --connections (32) keep-alive connections; every answer must be 200.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.harness import Row, Run, wrk

SKUS = 24
CONNECTIONS = 32


async def load(data: dict[str, Any]) -> None:
    from tortoise.transactions import in_transaction

    from backend.org.models import LocationKind, Role
    from backend.security.sessions import start_staff
    from backend.stock.opening import open_stock
    from tests.factories import make_location, make_sku, make_user

    today = dt.date.today()
    locations = [await make_location("BENCH-WH", kind=LocationKind.WAREHOUSE, priority=10, name="压测总仓")]
    locations += [await make_location(f"BENCH-S{i}", name=f"压测门店{i}") for i in range(1, 5)]
    codes = []
    for n in range(SKUS):
        sku = await make_sku(f"BENCH{n:03d}", price_fen=9900 + n, name=f"压测奶粉{n}", barcode=f"69{n:011d}")
        async with in_transaction() as conn:
            for loc in locations:
                for b, days in (("A", 200), ("B", 400)):
                    await open_stock(sku_id=sku.id, location_id=loc.id, qty=50, unit_cost_fen=6000,
                                     batch_no=f"{sku.code}-{b}", expiry_date=today + dt.timedelta(days=days),
                                     conn=conn, source="bench")
        codes.append(sku.code)
    clerk = await make_user(Role.CLERK, username="bench_clerk", locations=locations[1:2])
    data["codes"] = codes
    data["token"] = str((await start_staff(clerk, method="password"))["access_token"])


def _all_ok(res: Any) -> str:
    if res.statuses == {200: res.requests} and res.all_answered:
        return "ok"
    return f"MISMATCH: {res.statuses} errors {res.socket_errors}"


async def rows(run: Run) -> list[Row]:
    async with run.server(load=load) as srv:
        codes, token = srv.data["codes"], srv.data["token"]
        paths = [f"/api/v1/stock?sku_code={c}" for c in codes]
        floor = await srv.floor(CONNECTIONS)
        await wrk(srv.base, paths, tokens=[token], connections=CONNECTIONS, duration=1)  # warm every worker
        lookup = await wrk(srv.base, paths, tokens=[token], connections=CONNECTIONS, duration=run.duration)
        bare = await wrk(srv.base, [f"/_bench/stock?sku_code={c}" for c in codes], connections=CONNECTIONS,
                         duration=run.duration)
    return [
        Row(f"stock lookup GET /api/v1/stock, {CONNECTIONS} conns", lookup, floor, ceiling=bare.rate,
            ceiling_label="bare route, 1 SQL", check=_all_ok(lookup)),
        Row(f"  bare route /_bench/stock (ceiling), {CONNECTIONS} conns", bare, floor, check=_all_ok(bare)),
    ]
