"""Reports at scale: each report's time at ~10 thousand, ~100 thousand and ~1 million order lines, against the
single hand-written SQL aggregate that answers the same question on the same data in the same run.

    .venv/bin/python -m bench --only reports                   # part of `make bench`
    .venv/bin/python -m bench.reports --sizes 10k 100k 1M      # this section alone (--keep: leave the databases)

Each size is a fresh PostgreSQL database filled by the scale generator (backend.demo.scale: counter sales at
every store every day, written by COPY exactly as the services write them; its time is printed). A report is
the service function the route calls (backend.finance.reports, backend.analytics.reports), in process on
Tortoise, reading the summaries (the dashboard's figures: the five calls its 首页 makes, as of the last trading
day); the aggregate is one SQL statement over journal_lines (orders and order_items for the forecast,
inventory_valuations for the stock valuation) through asyncpg. Time = median of 3 runs after a warm-up; ratio = report /
aggregate. Before timing, each report is checked equal to the same report computed from the ledger lines.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from bench.harness import Run, _with_db

SIZES: dict[str, dict[str, int]] = {
    "10k": {"stores": 10, "skus": 500, "members": 2_000, "days": 30, "orders_per_store_day": 17},
    "100k": {"stores": 20, "skus": 2_000, "members": 20_000, "days": 90, "orders_per_store_day": 29},
    "1M": {"stores": 50, "skus": 5_000, "members": 200_000, "days": 365, "orders_per_store_day": 28},
}
COUNTED = ("paid", "review", "allocated", "picking", "shipped", "delivered", "completed", "returned")


@dataclass
class SizeResult:
    size: str
    order_lines: int
    journal_lines: int
    generate_s: float
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)  # report -> (report ms, aggregate ms)


async def _median_ms(fn: Callable[[], Awaitable[Any]], runs: int = 3) -> float:
    await fn()  # warm-up (plans, caches)
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        await fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


async def _measure(size: str, spec_args: dict[str, int], pg: str, keep: bool) -> SizeResult:
    from tortoise import Tortoise

    from backend.analytics.reports import sales_trend_forecast
    from backend.db import tortoise_config
    from backend.demo.scale import ScaleSpec, generate
    from backend.finance import accounts, reports
    from backend.finance.accounts import account_id

    name = f"cradle_bench_reports_{size.lower()}_{uuid.uuid4().hex[:6]}"
    db_url = _with_db(pg, name)
    admin = await asyncpg.connect(_with_db(pg, "postgres"))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    raw = None
    try:
        await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=4))
        await Tortoise.generate_schemas(safe=True)
        t = time.perf_counter()
        gen = await generate(ScaleSpec(**spec_args), log=lambda line: print(f"  {line}", flush=True))
        res = SizeResult(size, gen["order_lines"], gen["journal_lines"], time.perf_counter() - t)
        today = dt.date.fromisoformat(gen["today"])
        first = dt.date.fromisoformat(gen["first_day"])
        raw = await asyncpg.connect(db_url)
        ids = {c: await account_id(c) for c in (accounts.SALES, accounts.COGS, accounts.OUTPUT_VAT,
                                                 accounts.INPUT_VAT, accounts.RECEIVABLE)}
        best = await raw.fetchrow("SELECT s.code, s.id FROM order_items i JOIN skus s ON s.id = i.sku_id "
                                  "GROUP BY s.code, s.id ORDER BY SUM(i.qty) DESC LIMIT 1")
        f90 = max(first, today - dt.timedelta(days=89))
        last = today - dt.timedelta(days=1)  # the generator's last trading day: the dashboard looks at it
        month = last.replace(day=1)

        def q(sql: str, *args: Any) -> Callable[[], Awaitable[Any]]:
            async def go() -> Any:
                return await raw.fetch(sql, *args)  # type: ignore[union-attr]
            return go

        sums = ("SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM journal_lines WHERE date >= $1 AND "
                "date <= $2 GROUP BY account_id")
        to_date = ("SELECT account_id, SUM(debit_fen), SUM(credit_fen) FROM journal_lines WHERE date <= $1 "
                   "GROUP BY account_id")
        margin = ("SELECT {dim}, account_id, SUM(debit_fen), SUM(credit_fen) FROM journal_lines l {join} WHERE "
                  "l.date >= $1 AND l.date <= $2 AND l.account_id IN ($3, $4) GROUP BY {dim}, account_id")
        sc = (ids[accounts.SALES], ids[accounts.COGS])

        async def dashboard(src: str) -> list[dict[str, Any]]:
            """What the console's 首页 reads: this month's trend, today's and this month's margin by store and
            by channel (DashboardPage.vue loadSales)."""
            return [await reports.sales_trend(month, last, source=src),
                    *[await reports.gross_margin(a, last, by, source=src)
                      for a in (last, month) for by in ("location", "channel")]]

        cases: list[tuple[str, Callable[..., Awaitable[Any]], Callable[[], Awaitable[Any]]]] = [
            ("P&L (whole history)", lambda src: reports.profit_and_loss(first, today, source=src),
             q(sums, first, today)),
            ("balance sheet", lambda src: reports.balance_sheet(today, source=src), q(to_date, today)),
            ("trial balance", lambda src: reports.trial_balance(today, source=src), q(to_date, today)),
            ("gross margin by SKU", lambda src: reports.gross_margin(first, today, "sku", source=src),
             q(margin.format(dim="l.sku_id", join=""), first, today, *sc)),
            ("gross margin by category", lambda src: reports.gross_margin(first, today, "category", source=src),
             q(margin.format(dim="COALESCE(l.category_id, p.category_id)",
                             join="LEFT JOIN skus s ON s.id = l.sku_id LEFT JOIN products p ON p.id = s.product_id"),
               first, today, *sc)),
            ("gross margin by store", lambda src: reports.gross_margin(first, today, "location", source=src),
             q(margin.format(dim="l.location_id", join=""), first, today, *sc)),
            ("gross margin by channel", lambda src: reports.gross_margin(first, today, "channel", source=src),
             q(margin.format(dim="l.channel", join=""), first, today, *sc)),
            ("sales trend (dashboard, 90 days)", lambda src: reports.sales_trend(f90, today, source=src),
             q("SELECT date, account_id, SUM(debit_fen), SUM(credit_fen) FROM journal_lines WHERE date >= $1 "
               "AND date <= $2 AND account_id IN ($3, $4) GROUP BY date, account_id", f90, today, *sc)),
            ("dashboard figures (today, this month)", dashboard,
             q("SELECT l.date = $2 AS today, l.date, l.location_id, l.channel, l.account_id, SUM(l.debit_fen), "
               "SUM(l.credit_fen) FROM journal_lines l WHERE l.date >= $1 AND l.date <= $2 AND l.account_id IN "
               "($3, $4) GROUP BY GROUPING SETS ((l.date, l.account_id), (l.location_id, l.account_id), "
               "(l.channel, l.account_id), (l.date = $2, l.location_id, l.account_id), "
               "(l.date = $2, l.channel, l.account_id))", month, last, *sc)),
            ("stock valuation by SKU", lambda src: reports.stock_valuation("sku", source=src),
             q("SELECT s.id, s.code, s.name, v.qty, v.value_fen FROM inventory_valuations v JOIN skus s ON "
               "s.id = v.sku_id WHERE v.qty <> 0 OR v.value_fen <> 0")),
            ("stock valuation by category", lambda src: reports.stock_valuation("category", source=src),
             q("SELECT p.category_id, c.name, SUM(v.qty), SUM(v.value_fen) FROM inventory_valuations v JOIN skus s "
               "ON s.id = v.sku_id JOIN products p ON p.id = s.product_id LEFT JOIN categories c ON "
               "c.id = p.category_id WHERE v.qty <> 0 OR v.value_fen <> 0 GROUP BY p.category_id, c.name")),
            ("VAT (whole history)", lambda src: reports.vat_summary(first, today, source=src),
             q("SELECT date_trunc('month', date), account_id, SUM(debit_fen), SUM(credit_fen) FROM journal_lines "
               "WHERE date >= $1 AND date <= $2 AND account_id IN ($3, $4) GROUP BY 1, 2", first, today,
               ids[accounts.OUTPUT_VAT], ids[accounts.INPUT_VAT])),
            ("receivable ageing", lambda src: reports.ageing("receivable", today, source=src),
             q("SELECT partner, date, SUM(debit_fen), SUM(credit_fen) FROM journal_lines WHERE account_id = $1 "
               "AND date <= $2 GROUP BY partner, date", ids[accounts.RECEIVABLE], today)),
            ("account history (sales, 90 days)",
             lambda src: reports.account_history(accounts.SALES, f90, today, source=src),
             q("SELECT date, SUM(debit_fen), SUM(credit_fen) FROM journal_lines WHERE account_id = $1 AND "
               "date >= $2 AND date <= $3 GROUP BY date", ids[accounts.SALES], f90, today)),
            ("forecast (best SKU, 90 days)",
             lambda src: sales_trend_forecast(best["code"], f90, today, 14, None),
             q("SELECT (o.placed_at AT TIME ZONE 'Asia/Shanghai')::date, SUM(i.qty - i.qty_returned) "
               "FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.sku_id = $1 AND o.placed_at >= $2 "
               "AND o.placed_at < $3 AND o.status = ANY($4::text[]) GROUP BY 1", best["id"],
               dt.datetime.combine(f90, dt.time.min, tzinfo=dt.timezone(dt.timedelta(hours=8))),
               dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min,
                                   tzinfo=dt.timezone(dt.timedelta(hours=8))), list(COUNTED))),
        ]
        for label, report, aggregate in cases:
            if not label.startswith("forecast"):  # the forecast reads orders, not the ledger
                if await report("summary") != await report("lines"):
                    raise AssertionError(f"{label}: the summaries and the lines disagree at {size}")
            if label.startswith("stock valuation") and not (await report("summary"))["agrees"]:
                raise AssertionError(f"{label}: the stock value differs from the ledger's inventory at {size}")
            rep_ms = await _median_ms(lambda report=report: report("summary"))
            agg_ms = await _median_ms(aggregate)
            res.timings[label] = (rep_ms, agg_ms)
            print(f"  {size} {label}: {rep_ms:.1f} ms, aggregate {agg_ms:.1f} ms, ratio {rep_ms / agg_ms:.2f}",
                  flush=True)
        return res
    finally:
        if raw is not None:
            await raw.close()
        await Tortoise.close_connections()
        if not keep:
            admin = await asyncpg.connect(_with_db(pg, "postgres"))
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()


def table(results: list[SizeResult]) -> str:
    head = ["report"] + [f"{r.size} ({r.order_lines:,} lines) ms / aggregate ms = ratio" for r in results]
    labels = list(results[0].timings) if results else []
    body = [[label] + [f"{r.timings[label][0]:.1f} / {r.timings[label][1]:.1f} = {r.timings[label][0] / r.timings[label][1]:.2f}"
                       if label in r.timings else "-" for r in results] for label in labels]
    body.append(["(generated in)"] + [f"{r.generate_s:.0f} s, {r.journal_lines:,} journal lines" for r in results])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    fmt = "|" + "|".join(f" {{:<{w}}} " for w in widths) + "|"
    return "\n".join([line, fmt.format(*head), line, *(fmt.format(*r) for r in body), line])


async def measure(pg: str, sizes: list[str], keep: bool = False) -> list[SizeResult]:
    from backend.wiring import wire

    wire()
    out = []
    for size in sizes:
        print(f"=== reports at {size} order lines", flush=True)
        out.append(await _measure(size, SIZES[size], pg, keep))
    return out


REPORT_TABLE: list[str] = []  # bench.__main__ prints it after the wrk table


async def rows(run: Run) -> list[Any]:
    """`make bench`: the three sizes (quick: 10k and 100k); the table is printed at the end of the run."""
    results = await measure(run.pg, ["10k", "100k"] if run.quick else list(SIZES))
    REPORT_TABLE.append(table(results))
    return []


def main() -> None:
    import os

    p = argparse.ArgumentParser(prog="python -m bench.reports")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG") or os.environ.get("CRADLE_TEST_PG")
                   or "postgres://postgres@127.0.0.1:5432/test")
    p.add_argument("--sizes", nargs="*", default=list(SIZES), choices=list(SIZES))
    p.add_argument("--keep", action="store_true", help="leave the generated databases")
    a = p.parse_args()
    results = asyncio.run(measure(a.pg, a.sizes, a.keep))
    print(table(results))


if __name__ == "__main__":
    main()
