"""`make bench`: every benchmark against a local server on PostgreSQL, one table at the end.

    .venv/bin/python -m bench [--pg postgres://postgres@127.0.0.1:5432/test] [--redis redis://127.0.0.1:6379/0]
                              [--workers 2] [--quick]

Each benchmark module exposes ``async def run(**opts) -> dict`` and starts the real server
(``python -m backend.manage serve --workers N``) on its own fresh PostgreSQL database (created next to --pg and
dropped afterwards) with a private Redis key prefix. This runner passes each run() the options its signature
names, out of: ``pg`` (admin URL), ``db`` / ``db_url`` (a fresh database URL of its own), ``redis`` /
``redis_url``, ``workers``, ``quiet`` and, with --quick, smaller sizes. A module that is not there yet shows
"n/a (not built)"; one that fails shows its error, and the others still run.

Figures read from the results (first key present wins):
  order placement   bench.order_burst  orders_per_s, p99_ms / latency_p99_ms, ceiling_per_s, ratio
  stock lookup      bench.stock_lookup p99_ms, requests_per_s
  live burst        bench.live_burst   orders_per_s, latency_p99_ms, exactly_units
  channel push lag  bench.live_burst   push_lag_p50_ms, push_lag_p99_ms
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import os
import sys
import time
import traceback
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"
QUICK = {"order_burst": {"orders": 2000, "clients": 32}, "stock_lookup": {"requests": 1500},
         "live_burst": {"buyers": 2000, "units": 200}}
MISSING = "n/a (not built)"


def _fresh_db(pg: str, label: str) -> str:
    return urlunparse(urlparse(pg)._replace(path=f"/cradle_bench_{label}_{uuid.uuid4().hex[:8]}"))


def _options(fn: Any, name: str, pg: str, redis: str, workers: int, quick: bool) -> dict[str, Any]:
    fresh = _fresh_db(pg, name.split("_")[0])
    pool: dict[str, Any] = {"pg": pg, "db": fresh, "db_url": fresh, "redis": redis, "redis_url": redis,
                            "workers": workers, "quiet": False}
    if quick:
        pool.update(QUICK.get(name, {}))
    params = inspect.signature(fn).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return pool
    return {k: v for k, v in pool.items() if k in params}


async def _run_one(name: str, pg: str, redis: str, workers: int, quick: bool) -> dict[str, Any] | str:
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name in (f"bench.{name}", "bench"):
            return MISSING
        raise
    fn = getattr(module, "run", None)
    if fn is None:
        return MISSING
    print(f"\n=== bench.{name} ===", flush=True)
    t0 = time.perf_counter()
    try:
        result = await fn(**_options(fn, name, pg, redis, workers, quick))
    except Exception as exc:  # one benchmark failing must not hide the others
        traceback.print_exc()
        return f"failed: {type(exc).__name__}: {str(exc)[:120]}"
    print(f"=== bench.{name}: {time.perf_counter() - t0:.0f} s", flush=True)
    return result if isinstance(result, dict) else {"result": result}


def _pick(result: dict[str, Any] | str, *keys: str) -> Any:
    if not isinstance(result, dict):
        return None
    for key in keys:
        if result.get(key) is not None:
            return result[key]
    return None


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        value = f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return f"{value}{unit}"


def _ratio(result: dict[str, Any] | str) -> Any:
    ratio = _pick(result, "ratio", "ratio_to_ceiling", "ceiling_ratio")
    if ratio is None:
        rate, ceiling = _pick(result, "orders_per_s"), _pick(result, "ceiling_per_s", "pg_ceiling_per_s",
                                                              "raw_ceiling_per_s")
        if rate and ceiling:
            ratio = rate / ceiling
    return None if ratio is None else f"{float(ratio):.2f} of {_fmt(_pick(result, 'ceiling_per_s', 'pg_ceiling_per_s', 'raw_ceiling_per_s'))}/s"  # noqa: E501


def table(results: dict[str, dict[str, Any] | str]) -> str:
    def status(name: str) -> str | None:
        r = results.get(name, MISSING)
        return r if isinstance(r, str) else None

    o, s, live = results.get("order_burst", MISSING), results.get("stock_lookup", MISSING), \
        results.get("live_burst", MISSING)
    rows = [
        ("order placement", "orders/s", status("order_burst") or _fmt(_pick(o, "orders_per_s"))),
        ("order placement", "p99 latency", status("order_burst") or _fmt(_pick(o, "p99_ms", "latency_p99_ms"), " ms")),
        ("order placement", "ratio to raw PG ceiling", status("order_burst") or _fmt(_ratio(o))),
        ("stock lookup", "p99 latency", status("stock_lookup") or _fmt(_pick(s, "p99_ms", "latency_p99_ms"), " ms")),
        ("stock lookup", "requests/s", status("stock_lookup") or _fmt(_pick(s, "requests_per_s"))),
        ("live burst", "orders/s", status("live_burst") or _fmt(_pick(live, "orders_per_s"))),
        ("live burst", "p99 latency", status("live_burst") or _fmt(_pick(live, "latency_p99_ms", "p99_ms"), " ms")),
        ("live burst", "exactly the units sold", status("live_burst") or _fmt(_pick(live, "exactly_units"))),
        ("channel push lag", "p50 / p99", status("live_burst") or
         f"{_fmt(_pick(live, 'push_lag_p50_ms'), ' ms')} / {_fmt(_pick(live, 'push_lag_p99_ms'), ' ms')}"),
    ]
    w0, w1 = max(len(r[0]) for r in rows), max(len(r[1]) for r in rows)
    w2 = max(len(str(r[2])) for r in rows)
    line = f"+-{'-' * w0}-+-{'-' * w1}-+-{'-' * w2}-+"
    out = [line, f"| {'benchmark':<{w0}} | {'figure':<{w1}} | {'value':<{w2}} |", line]
    out += [f"| {a:<{w0}} | {b:<{w1}} | {str(c):<{w2}} |" for a, b, c in rows]
    out.append(line)
    return "\n".join(out)


async def main_async(pg: str, redis: str, workers: int, quick: bool, only: list[str]) -> dict[str, Any]:
    results: dict[str, dict[str, Any] | str] = {}
    for name in only:
        results[name] = await _run_one(name, pg, redis, workers, quick)
    print(f"\nCradle benchmarks ({os.cpu_count()} CPUs, PostgreSQL {urlparse(pg).hostname}:{urlparse(pg).port}, "
          f"{workers} API workers{', quick sizes' if quick else ''})")
    print(table(results))
    return results


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG") or os.environ.get("CRADLE_TEST_PG") or DEFAULT_PG)
    p.add_argument("--redis", default=os.environ.get("CRADLE_BENCH_REDIS") or os.environ.get("CRADLE_TEST_REDIS")
                   or "redis://127.0.0.1:6379/0")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--quick", action="store_true", help="smaller bursts (a few minutes in all)")
    p.add_argument("--only", nargs="*", default=["order_burst", "stock_lookup", "live_burst"])
    a = p.parse_args()
    asyncio.run(main_async(a.pg, a.redis, a.workers, a.quick, a.only))


if __name__ == "__main__":
    main()
