"""Stock lookup latency: many clerks asking "how many of this SKU, where?" at once, over HTTP.

    .venv/bin/python -m bench.stock_lookup [--pg postgres://postgres@127.0.0.1:5432/test]
        [--redis redis://127.0.0.1:6379/0] [--workers 2 --requests 4000 --concurrency 32]

Makes its own fresh PostgreSQL database next to --pg (dropped at the end), builds the schema, loads the small
demo chain (5 locations, 24 SKUs with batches), starts the real server (`manage serve --workers N`) on a free
port, logs in as the demo admin and fires --requests GET /api/v1/stock?sku_code=... over every demo SKU from
--concurrency concurrent clients. Prints requests/s and latency p50/p95/p99 (ms); every answer must be 200.

`async def run(**opts) -> dict` is the entry point for the `make bench` table.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


async def _fire(base: str, token: str, skus: list[str], requests: int, concurrency: int) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    queue = iter(range(requests))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits,
                                 timeout=30) as client:
        for sku in skus[:concurrency]:  # warm every connection and the server's caches
            await client.get("/api/v1/stock", params={"sku_code": sku})

        async def worker() -> None:
            for i in queue:
                t0 = time.perf_counter()
                resp = await client.get("/api/v1/stock", params={"sku_code": skus[i % len(skus)]})
                latencies.append((time.perf_counter() - t0) * 1000)
                statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return {"requests": requests, "concurrency": concurrency, "seconds": round(elapsed, 3),
            "requests_per_s": round(requests / elapsed, 1), "p50_ms": round(pct(latencies, 50), 2),
            "p95_ms": round(pct(latencies, 95), 2), "p99_ms": round(pct(latencies, 99), 2), "statuses": statuses,
            "ok": statuses == {200: requests}}


async def run(pg: str = DEFAULT_PG, redis: str | None = "redis://127.0.0.1:6379/0", workers: int = 2,
              requests: int = 4000, concurrency: int = 32, quiet: bool = False, **_: Any) -> dict[str, Any]:
    from tests.ops.server import login, running_server

    extra = {"CRADLE_REDIS_URL": redis} if redis else {}
    with tempfile.TemporaryDirectory() as tmp:
        server_cm = running_server(pg or None, Path(tmp), workers=workers, **extra)
        srv = await asyncio.to_thread(server_cm.__enter__)
        try:
            skus = [row[0] for row in srv.db.query("SELECT code FROM skus ORDER BY code")]
            token = login(srv.base)
            result = await _fire(srv.base, token, skus, requests, concurrency)
        finally:
            await asyncio.to_thread(server_cm.__exit__, None, None, None)
    result.update({"workers": workers, "skus": len(skus), "database": "PostgreSQL" if pg else "SQLite"})
    if not quiet:
        print(f"stock lookup: {requests} GET /api/v1/stock over {len(skus)} SKUs, {concurrency} clients, "
              f"{workers} workers ({result['database']}): {result['requests_per_s']} requests/s, "
              f"p50 {result['p50_ms']} ms  p95 {result['p95_ms']} ms  p99 {result['p99_ms']} ms  "
              f"answers {result['statuses']}")
    return result


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.stock_lookup")
    p.add_argument("--pg", default=DEFAULT_PG, help="admin URL of a PostgreSQL ('' for SQLite)")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--requests", type=int, default=4000)
    p.add_argument("--concurrency", type=int, default=32)
    a = p.parse_args()
    result = asyncio.run(run(pg=a.pg, redis=a.redis or None, workers=a.workers, requests=a.requests,
                             concurrency=a.concurrency))
    sys.exit(0 if result["ok"] else 1)



if __name__ == "__main__":
    main()
