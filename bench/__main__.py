"""`make bench`: every bench row against a real server on PostgreSQL, driven by `wrk`, one table at the end.

    .venv/bin/python -m bench [--pg postgres://postgres@127.0.0.1:5432/test] [--redis redis://127.0.0.1:6379/0]
                              [--workers 2] [--duration 10] [--quick] [--only stock_lookup order_burst ...]
                              [--json var/bench.json]

Each module of MODULES exposes ``async def rows(run: bench.harness.Run) -> list[bench.harness.Row]`` (see
bench/harness.py for the API and bench/README.md for how to add a row). Every module starts its own server
(``python -m bench.serve --workers N``, the same N for every row) on its own fresh database next to --pg (dropped
afterwards) with a private Redis key prefix. Every row prints the path's rate and p50/p99, its ceiling measured
in the same run (a bare route or raw SQL through asyncpg) with the ratio, the floor of the stack (the constant
route of the same app and workers) with the ratio, and the exactness check. A module that fails prints its
error; the others still run. `reports` (bench/reports.py) prints a table of its own: each report's time at ~10k,
~100k and ~1M order lines against a hand-written SQL aggregate of the same data.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import traceback
from pathlib import Path
from urllib.parse import urlparse

from bench.harness import Row, Run, table

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"
MODULES = ["stock_lookup", "order_burst", "live_burst", "write_path", "reports"]


async def main_async(run: Run, only: list[str]) -> tuple[list[Row], dict[str, str]]:
    rows: list[Row] = []
    failed: dict[str, str] = {}
    for name in only:
        print(f"=== bench.{name}", flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            got = await module.rows(run)
        except Exception as exc:  # one benchmark failing must not hide the others
            traceback.print_exc()
            failed[name] = f"{type(exc).__name__}: {str(exc)[:200]}"
            continue
        for r in got:
            print(f"  {r.label}: {r.rate:,.0f}/s p50 {r.result.p50_ms} ms p99 {r.result.p99_ms} ms "
                  f"answers {r.result.statuses} check {r.check}", flush=True)
        rows += got
    print(f"\nCradle benchmarks: {os.cpu_count()} CPUs, PostgreSQL {urlparse(run.pg).hostname}:{urlparse(run.pg).port},"
          f" {run.workers} API workers (unless a row names its own), wrk 1 thread, {run.duration:g} s per row"
          f"{', quick' if run.quick else ''}")
    print(table(rows))
    if "reports" in only:  # its own table: each report's time per size against the SQL aggregate (bench/reports.py)
        from bench.reports import REPORT_TABLE

        for t in REPORT_TABLE:
            print("\nReports at scale (ms, median of 3; ratio = report / hand-written SQL aggregate, same data):")
            print(t)
    for name, why in failed.items():
        print(f"bench.{name} FAILED: {why}")
    return rows, failed


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG") or os.environ.get("CRADLE_TEST_PG") or DEFAULT_PG)
    p.add_argument("--redis", default=os.environ.get("CRADLE_BENCH_REDIS") or os.environ.get("CRADLE_TEST_REDIS")
                   or "redis://127.0.0.1:6379/0")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--duration", type=float, default=10.0, help="seconds of wrk per measured row")
    p.add_argument("--quick", action="store_true", help="4 s per row")
    p.add_argument("--only", nargs="*", default=MODULES)
    p.add_argument("--json", default=None, help="also write the rows to this file")
    a = p.parse_args()
    run = Run(pg=a.pg, redis=a.redis, workers=a.workers, duration=4.0 if a.quick else a.duration, quick=a.quick)
    rows, failed = asyncio.run(main_async(run, a.only))
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps({"workers": run.workers, "cpus": os.cpu_count(),
                                            "rows": [r.as_dict() for r in rows], "failed": failed}, indent=1))
    measured = bool(rows) or "reports" in a.only  # the reports section prints a table of its own, no wrk rows
    raise SystemExit(0 if measured and not failed and all(r.check.startswith("ok") for r in rows) else 1)


if __name__ == "__main__":
    main()
