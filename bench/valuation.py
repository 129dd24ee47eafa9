"""Where the stock valuation's time goes, on a database the scale generator filled (`bench.reports --keep`):
the report as the route calls it, against three statements through asyncpg on the same data, called in turn
so a shared machine's load falls on all alike; minimum and median of each.

    .venv/bin/python -m bench.valuation --db postgres://.../cradle_bench_reports_1m_ab12cd [--runs 40]

- report: backend.finance.reports.stock_valuation_json (one statement, the rows as tuples, dicts, orjson);
- ordered aggregate: the rows as the answer orders them, with the unit cost (bench.reports' aggregate);
- unordered fetch: the same rows without ORDER BY and unit cost (bench.reports' aggregate before 2026-12-07);
- json_agg text: the whole answer built as JSON text by PostgreSQL, the report's implementation before
  2026-12-07 (kept here as the reference it was measured against, not in the backend).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from backend.finance import accounts

_FROM = "FROM inventory_valuations v JOIN skus s ON s.id = v.sku_id WHERE v.qty <> 0 OR v.value_fen <> 0"
_UNIT = "CASE WHEN v.qty > 0 THEN (v.value_fen * 2 + v.qty) / (2 * v.qty) END"
ORDERED = f"SELECT s.id, s.code, s.name, v.qty, v.value_fen, {_UNIT} {_FROM} ORDER BY v.value_fen DESC, s.id"
UNORDERED = f"SELECT s.id, s.code, s.name, v.qty, v.value_fen {_FROM}"
JSON_AGG = (
    "SELECT CAST(json_build_object('by', 'sku', 'items', t.items, 'total_qty', t.qty, 'total_value_fen', t.fen, "
    "'ledger_inventory_fen', g.fen, 'agrees', t.fen = g.fen) AS TEXT) FROM (SELECT CAST(COALESCE(SUM(l.debit_fen), "
    "0) - COALESCE(SUM(l.credit_fen), 0) AS BIGINT) AS fen FROM ledger_totals l WHERE l.account_id = (SELECT id FROM "
    "accounts WHERE code = $1)) g, (SELECT COALESCE(json_agg(r ORDER BY r.value_fen DESC, r.\"key\"), '[]') AS items, "
    "CAST(COALESCE(SUM(r.qty), 0) AS BIGINT) AS qty, CAST(COALESCE(SUM(r.value_fen), 0) AS BIGINT) AS fen FROM ("
    f'SELECT s.id AS "key", s.code AS code, s.name AS name, v.qty AS qty, v.value_fen AS value_fen, {_UNIT} AS '
    f"unit_cost_fen {_FROM}) r) t"
)


async def measure(db_url: str, runs: int) -> dict[str, list[float]]:
    from tortoise import Tortoise

    from backend.db import tortoise_config
    from backend.finance import reports

    await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=2))
    raw = await asyncpg.connect(db_url)
    try:
        calls: dict[str, Callable[[], Awaitable[Any]]] = {
            "report (stock_valuation_json)": lambda: reports.stock_valuation_json("sku"),
            "ordered aggregate": lambda: raw.fetch(ORDERED),
            "unordered fetch": lambda: raw.fetch(UNORDERED),
            "json_agg text (before 2026-12-07)": lambda: raw.fetchval(JSON_AGG, accounts.INVENTORY),
        }
        for call in calls.values():  # warm-up: plans, caches, the pools' connections
            await call()
        out: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(runs):
            for name, call in calls.items():
                t = time.perf_counter()
                await call()
                out[name].append((time.perf_counter() - t) * 1000)
        return out
    finally:
        await raw.close()
        await Tortoise.close_connections()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True, help="a database the scale generator filled (bench.reports --keep)")
    p.add_argument("--runs", type=int, default=40)
    a = p.parse_args()
    out = asyncio.run(measure(a.db, a.runs))
    base = min(out["unordered fetch"])
    for name, ms in out.items():
        print(f"{name:36} min {min(ms):7.2f} ms  median {statistics.median(ms):7.2f} ms  "
              f"min / unordered fetch {min(ms) / base:5.2f}")


if __name__ == "__main__":
    main()
