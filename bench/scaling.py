"""What another core buys: stock lookups/s and orders/s (the plain path: group commit off) at 1, 2 and 4 API
workers, each row against the floor of its own server (the constant route, same workers).

    .venv/bin/python -m bench --only scaling [--duration 10]

Not in the default `make bench` set (three servers); the table is in docs/ops.md "Scaling". Lookups: GET
/api/v1/stock over 51 SKUs, 32 connections; orders: one-unit phone orders spread over 50 SKUs, 64 connections,
checked against the database as in bench/order_burst.py.
"""

from __future__ import annotations

from bench.harness import Row, Run, wrk
from bench.order_burst import CONNECTIONS, check_orders, load, place

WORKERS = (1, 2, 4)
LOOKUP_CONNECTIONS = 32


async def rows(run: Run) -> list[Row]:
    out: list[Row] = []
    for n in WORKERS:
        async with run.server(load=load, workers=n, env={"CRADLE_GROUP_COMMIT_MAX": "1"}) as srv:
            floor = await srv.floor(LOOKUP_CONNECTIONS)
            codes, token = srv.data["codes"], srv.data["token"]
            paths = [f"/api/v1/stock?sku_code={c}" for c in codes]
            await wrk(srv.base, paths, tokens=[token], connections=LOOKUP_CONNECTIONS, duration=1)  # warm up
            lookup = await wrk(srv.base, paths, tokens=[token], connections=LOOKUP_CONNECTIONS, duration=run.duration)
            ok = lookup.statuses == {200: lookup.requests} and lookup.all_answered
            out.append(Row(f"lookups/s, {n} worker(s)", lookup, floor,
                           check="ok" if ok else f"MISMATCH: {lookup.statuses}"))
            orders = await place(srv, codes[1:], run.duration)
            await srv.settle()
            out.append(Row(f"orders/s (plain path, 50 SKUs), {n} worker(s)", orders, floor,
                           check=await check_orders(srv, orders.count(201), CONNECTIONS)))
    return out
