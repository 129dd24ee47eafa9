"""CPU per request of the server, the figure a loaded machine cannot blur much: one worker
(`python -m bench.serve --workers 1`) on a fresh PostgreSQL database, wrk for a few seconds per path, and the
worker's own CPU seconds (time.process_time through GET /_bench/cpu) read before and after: CPU per request =
the worker's CPU spent / the requests answered. Rates and latencies move with the other processes on the host;
the CPU a request costs the worker moves far less (caches and frequency aside).

    .venv/bin/python -m bench.cpu [--seconds 3] [--connections 8] [--profile var/prof]
                                  [--only const live_refusal stock_lookup bare_stock hot_order mixed_order]
                                  [--order-connections 64]

Paths: the constant route (the floor), a sold-out live refusal (POST /api/v1/live/<id>/orders answered from
Redis; --buyers of the 1,000 buyers' tokens, round robin, their identities cached by a warm-up of 5 s), the stock
lookup (GET /api/v1/stock) and its bare route, and the write path's two kinds of order (bench/write_path.py, at
--order-connections, 64 by default, so group commit batches them as under load): hot_order (one unit of one SKU)
and mixed_order (1-5 lines over 200 SKUs). Each also gives the Redis round trips and SQL statements the worker
sent per request (counted in the worker by bench/routes.py, exact whatever else runs on the host). --profile DIR
writes one cProfile file per path (DIR/<path>.prof, read with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from pathlib import Path
from typing import Any

import httpx

from bench import live_burst, stock_lookup, write_path
from bench.harness import BenchServer, Run, wrk

PATHS = ["const", "live_refusal", "stock_lookup", "bare_stock", "hot_order", "mixed_order"]
ORDER_PATHS = {"hot_order", "mixed_order"}


async def load(data: dict[str, Any], *, reads: bool = True, orders: bool = False) -> None:
    """The data of the paths asked for (the order paths' warehouse alone unless a read path runs too)."""
    if orders:
        await write_path.load(data)
        data["order_token"] = data["token"]
    if reads:
        await stock_lookup.load(data)
        lookup_token = data["token"]
        await live_burst.load(data)
        data["token"] = lookup_token


async def _sold_out_session(srv: BenchServer) -> tuple[str, str]:
    """A live session whose one line is sold out: the seller starts it with 1 unit, one buyer takes it."""
    sid = await live_burst._start_session(srv)  # sets UNITS aside: buy them all
    d = srv.data
    path, body = f"/api/v1/live/{sid}/orders", json.dumps({"sku_code": d["sku"], "qty": 1})
    for _ in range(60):
        res = await wrk(srv.base, path, method="POST", tokens=d["buyer_tokens"], bodies=[body], idempotency=True,
                        connections=16, duration=1)
        if set(res.statuses) == {409}:
            break
    return path, body


async def measure(srv: BenchServer, name: str, call: Any, profile: Path | None) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=srv.base, timeout=30) as http:
        await call(True)  # warm: identity cache, the pools' connections
        if profile is not None:
            (await http.post("/_bench/profile", params={"to": str(profile / f"{name}.prof")})).raise_for_status()
        before = (await http.get("/_bench/cpu")).json()
        res = await call(False)
        after = (await http.get("/_bench/cpu")).json()
        if profile is not None:
            (await http.post("/_bench/profile", params={"stop": "1"})).raise_for_status()
    n = max(res.requests, 1)
    return {"path": name, "requests": res.requests, "rate": res.rate, "statuses": res.statuses,
            "cpu_ms_per_request": round((after["cpu_s"] - before["cpu_s"]) * 1000 / n, 3),
            **{f"{k}_per_request": round((after[k] - before[k]) / n, 2)
               for k in ("redis_round_trips", "sql_statements")}}


async def main_async(a: argparse.Namespace) -> list[dict[str, Any]]:
    run = Run(pg=a.pg, redis=a.redis, workers=1, duration=a.seconds)
    profile = a.profile_dir
    out = []
    orders, reads = bool(ORDER_PATHS & set(a.only)), bool(set(a.only) - ORDER_PATHS - {"const"})
    async with run.server(load=lambda data: load(data, reads=reads, orders=orders)) as srv:
        d = srv.data
        codes = d.get("codes", [])
        live_path, live_body = await _sold_out_session(srv) if "live_refusal" in a.only else ("", "")
        c = a.connections

        def dur(warm: bool) -> float:
            return 1 if warm else a.seconds

        def place(bodies: list[str]) -> Any:
            return lambda w: wrk(srv.base, "/api/v1/orders", method="POST", tokens=[d.get("order_token", "")],
                                 bodies=bodies, idempotency=True, connections=a.order_connections,
                                 duration=dur(w))

        calls = {
            "const": lambda w: wrk(srv.base, "/_bench/const", connections=c, duration=dur(w)),
            "live_refusal": lambda w: wrk(srv.base, live_path, method="POST", tokens=d["buyer_tokens"][:a.buyers],
                                          bodies=[live_body], idempotency=True, connections=c,
                                          duration=5 if w else a.seconds),
            "stock_lookup": lambda w: wrk(srv.base, [f"/api/v1/stock?sku_code={x}" for x in codes],
                                          tokens=[d["token"]], connections=c, duration=dur(w)),
            "bare_stock": lambda w: wrk(srv.base, [f"/_bench/stock?sku_code={x}" for x in codes], connections=c,
                                        duration=dur(w)),
            "hot_order": place([write_path._body([("HOT", 1)])]),
            "mixed_order": place([write_path._body(cart) for cart in write_path.carts()]),
        }
        for name in a.only:
            row = await measure(srv, name, calls[name], profile)
            print(f"{name:14} {row['cpu_ms_per_request']:7.3f} ms CPU/request  "
                  f"{row['redis_round_trips_per_request']:5.2f} Redis round trips  "
                  f"{row['sql_statements_per_request']:5.2f} SQL statements  "
                  f"({row['requests']} requests, {row['rate']:,.0f}/s, {row['statuses']})", flush=True)
            out.append(row)
    return out


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.cpu")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG", "postgres://postgres@127.0.0.1:5432/test"))
    p.add_argument("--redis", default=os.environ.get("CRADLE_BENCH_REDIS", "redis://127.0.0.1:6379/0"))
    p.add_argument("--seconds", type=float, default=3.0)
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--order-connections", type=int, default=write_path.CONNECTIONS)
    p.add_argument("--buyers", type=int, default=live_burst.BUYERS)
    p.add_argument("--profile", default="")
    p.add_argument("--only", nargs="+", default=PATHS, choices=PATHS)
    a = p.parse_args()
    a.profile_dir = Path(a.profile).resolve() if a.profile else None
    if a.profile_dir is not None:
        a.profile_dir.mkdir(parents=True, exist_ok=True)
    if a.profile:
        Path(a.profile).mkdir(parents=True, exist_ok=True)
    print(f"load average {os.getloadavg()[0]:.2f} (CPU per request is the worker's own time.process_time)")
    asyncio.run(main_async(a))


if __name__ == "__main__":
    main()
