"""Per-order cost of placement, in process: CPU seconds of this Python process and of the PostgreSQL backends
that served it, and SQL statements, per order (issue 16's write path). No timing of a server under load: the
orders go through the app's ASGI interface (auth, middleware, handler, JSON), `--concurrency` at a time, so
group commit batches them as a loaded worker would.

    .venv/bin/python -m bench.write_profile [--pg URL] [--redis URL] [--orders 2000] [--concurrency 64]
        [--kind hot|mixed|both] [--profile out.prof]

Prints, per kind: Python CPU ms per order (time.process_time), PostgreSQL CPU ms per order (utime+stime of the
pool's backends from /proc, when the server runs on this machine), statements per order (tests/sql_count.py),
and group-commit batches. The database is a fresh one beside --pg, dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import json
import logging
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import JWT_SECRET, _with_db  # noqa: E402
from bench.write_path import _body, carts, load  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _cpu_of(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


async def _backends(admin: asyncpg.Connection, db: str) -> list[int]:
    return [r["pid"] for r in await admin.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", db)]


async def main_async(a: argparse.Namespace) -> None:
    from tortoise import Tortoise

    from backend.app import create_app, settle_heap
    from backend.cache import close_redis, configure_redis
    from backend.db import tortoise_config
    from backend.orders.placement import group_stats
    from backend.settings import Settings, use_settings
    from backend.wiring import wire
    from tests.client import FastClient
    from tests.sql_count import counting_statements

    name = f"cradle_prof_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(_with_db(a.pg, "postgres"))
    await admin.execute(f'CREATE DATABASE "{name}"')
    db_url = _with_db(a.pg, name)
    try:
        settings = use_settings(Settings(db_url=db_url, redis_url=a.redis, jwt_secret=JWT_SECRET))
        configure_redis(settings, prefix=f"cradle-prof-{uuid.uuid4().hex[:8]}:")
        wire()
        await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=20))
        await Tortoise.generate_schemas(safe=True)
        data: dict[str, Any] = {}
        await load(data)
        app = create_app(settings, manage_resources=False)
        client = FastClient(app)
        settle_heap()  # as the server does once a worker has started
        headers = {"Authorization": f"Bearer {data['token']}", "Content-Type": "application/json"}
        keys = itertools.count()
        bodies = {"hot": [_body([("HOT", 1)])], "mixed": [_body(c) for c in carts()]}

        async def run(kind: str, n: int) -> None:
            cycle = itertools.cycle(bodies[kind])
            queue = iter(range(n))

            async def worker() -> None:
                for _ in queue:
                    _, r = await client.post("/api/v1/orders", content=next(cycle),
                                             headers={**headers, "Idempotency-Key": f"k{next(keys)}"})
                    if r.status_code != 201:
                        raise RuntimeError(f"{r.status_code} {r.text[:300]}")

            await asyncio.gather(*(worker() for _ in range(a.concurrency)))

        for kind in (["hot", "mixed"] if a.kind == "both" else [a.kind]):
            await run(kind, 200)  # warm: app started, pool open, caches filled
            counted = min(a.orders, 500)
            dblog = logging.getLogger("tortoise.db_client")
            dblog.propagate = False  # counted, not printed
            with counting_statements() as statements:
                await run(kind, counted)
            dblog.propagate = True
            pids = await _backends(admin, name)
            b0 = group_stats()
            prof = cProfile.Profile() if a.profile else None
            pg0, py0, t0 = _cpu_of(pids), time.process_time(), time.perf_counter()
            if prof:
                prof.enable()
            await run(kind, a.orders)
            if prof:
                prof.disable()
            pg1, py1, t1 = _cpu_of(pids), time.process_time(), time.perf_counter()
            b1 = group_stats()
            n = a.orders
            print(json.dumps({
                "kind": kind, "orders": n, "python_cpu_ms_per_order": round((py1 - py0) * 1000 / n, 2),
                "pg_cpu_ms_per_order": round((pg1 - pg0) * 1000 / n, 2),
                "statements_per_order": round(len(statements) / counted, 2),
                "batches": b1[0] - b0[0], "grouped_orders": b1[1] - b0[1],
                "wall_orders_per_s": round(n / (t1 - t0), 1)}), flush=True)
            if prof:
                out = f"{a.profile}.{kind}"
                prof.dump_stats(out)
                print(f"profile: {out}", flush=True)
            if a.show_sql:
                from collections import Counter
                for sql, c in Counter(s[:140] for s in statements).most_common(40):
                    print(f"{c / counted:8.3f}  {sql}")
    finally:
        await Tortoise.close_connections()
        await close_redis()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.write_profile")
    p.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--orders", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--kind", choices=["hot", "mixed", "both"], default="both")
    p.add_argument("--profile", default="")
    p.add_argument("--show-sql", action="store_true")
    asyncio.run(main_async(p.parse_args()))


if __name__ == "__main__":
    main()
