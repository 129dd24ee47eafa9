"""Reports at scale: each report's time at ~10 thousand, ~100 thousand and ~1 million order lines, against the
single hand-written SQL aggregate that answers the same question on the same data in the same run.

    .venv/bin/python -m bench --only reports                   # part of `make bench`
    .venv/bin/python -m bench.reports --sizes 10k 100k 1M      # this section alone (--keep: leave the databases)
    .venv/bin/python -m bench.reports --db postgres://.../cradle_bench_reports_1m_ab12cd   # one kept earlier

Each size is a fresh PostgreSQL database filled by the scale generator (backend.demo.scale: counter sales at
every store every day, written by COPY exactly as the services write them; its time is printed). A report is
the service function the route calls (backend.finance.reports, backend.analytics.reports), in process on
Tortoise, reading the summaries (the dashboard's figures: the five calls its 首页 makes, as of the last trading
day); the aggregate is one SQL statement over journal_lines (orders and order_items for the forecast,
inventory_valuations for the stock valuation, ordered as the answer is) through asyncpg. Time = the median of
report and aggregate run alternately after a warm-up (3 to 21 pairs, as many as fit in a second); ratio = report /
aggregate. Before timing, each report is checked equal to the same report computed from the ledger lines.
--db URL times them on a database generated earlier (so the 1M one is generated once, --keep, and measured
later on a quiet machine). After the table: each report above 2x its aggregate, and each whose time grew faster
than the order lines from one size to the next.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import json
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

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
    generate_s: float | None  # None: an existing database (--db)
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)  # report -> (report ms, aggregate ms)


async def _paired_ms(report: Callable[[], Awaitable[Any]], aggregate: Callable[[], Awaitable[Any]],
                     most: int = 21, budget_s: float = 1.0) -> tuple[float, float]:
    """Median ms of the report and of its aggregate, run alternately after a warm-up of each (plans, caches),
    so a shared machine's load falls on both alike: at least 3 pairs, then more until `budget_s` is spent or
    `most` pairs ran (a millisecond report gets 21 pairs, a slow one 3)."""
    await report()
    await aggregate()
    rep: list[float] = []
    agg: list[float] = []
    start = time.perf_counter()
    while len(rep) < 3 or (len(rep) < most and time.perf_counter() - start < budget_s):
        for fn, out in ((report, rep), (aggregate, agg)):
            t = time.perf_counter()
            await fn()
            out.append((time.perf_counter() - t) * 1000)
    return statistics.median(rep), statistics.median(agg)


async def _measure(size: str, spec_args: dict[str, int], pg: str, keep: bool) -> SizeResult:
    """A fresh database of `size` filled by the generator, then the reports timed on it."""
    from tortoise import Tortoise

    from backend.db import tortoise_config
    from backend.demo.scale import ScaleSpec, generate

    name = f"cradle_bench_reports_{size.lower()}_{uuid.uuid4().hex[:6]}"
    db_url = _with_db(pg, name)
    admin = await asyncpg.connect(_with_db(pg, "postgres"))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=4))
        await Tortoise.generate_schemas(safe=True)
        t = time.perf_counter()
        gen = await generate(ScaleSpec(**spec_args), log=lambda line: print(f"  {line}", flush=True))
        res = SizeResult(size, gen["order_lines"], gen["journal_lines"], time.perf_counter() - t)
        if keep:
            print(f"  kept: --db {db_url}", flush=True)
        return await _time_reports(res, db_url, dt.date.fromisoformat(gen["first_day"]),
                                   dt.date.fromisoformat(gen["today"]))
    finally:
        await Tortoise.close_connections()
        if not keep:
            admin = await asyncpg.connect(_with_db(pg, "postgres"))
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()


async def _measure_existing(db_url: str) -> SizeResult:
    """The reports timed on a database the generator filled earlier (--keep): its first day and `today` are the
    local days of its first order and the day after its last, as the generator set them."""
    from tortoise import Tortoise

    from backend.db import tortoise_config
    from backend.timestamps import CHINA

    raw = await asyncpg.connect(db_url)
    try:
        span = await raw.fetchrow("SELECT MIN(placed_at) AS a, MAX(placed_at) AS b, (SELECT COUNT(*) FROM "
                                  "order_items) AS n, (SELECT COUNT(*) FROM journal_lines) AS j FROM orders")
    finally:
        await raw.close()
    if span["a"] is None:
        raise SystemExit(f"{db_url}: no orders (fill it with the scale generator, e.g. --sizes 1M --keep)")
    first, last = span["a"].astimezone(CHINA).date(), span["b"].astimezone(CHINA).date()
    await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=4))
    try:
        res = SizeResult(urlparse(db_url).path.lstrip("/"), span["n"], span["j"], None)
        return await _time_reports(res, db_url, first, last + dt.timedelta(days=1))
    finally:
        await Tortoise.close_connections()


async def _time_reports(res: SizeResult, db_url: str, first: dt.date, today: dt.date) -> SizeResult:
    """Each report against its aggregate on the database at `db_url` (Tortoise already connected to it)."""
    from backend.analytics.reports import sales_trend_forecast
    from backend.finance import accounts, reports
    from backend.finance.accounts import account_id

    size = res.size
    raw = None
    try:
        raw = await asyncpg.connect(db_url)
        ids = {c: await account_id(c) for c in (accounts.SALES, accounts.COGS, accounts.OUTPUT_VAT,
                                                 accounts.INPUT_VAT, accounts.RECEIVABLE)}
        best = await raw.fetchrow("SELECT s.code, s.id FROM order_items i JOIN skus s ON s.id = i.sku_id "
                                  "GROUP BY s.code, s.id ORDER BY SUM(i.qty) DESC LIMIT 1")
        print(f"  {size}: {res.order_lines:,} order lines, {res.journal_lines:,} journal lines, "
              f"{first} to {today - dt.timedelta(days=1)}", flush=True)
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
            ("stock valuation by SKU", lambda src: reports.stock_valuation_json("sku", source=src),
             q("SELECT s.id, s.code, s.name, v.qty, v.value_fen, CASE WHEN v.qty > 0 THEN (v.value_fen * 2 + v.qty) "
               "/ (2 * v.qty) END FROM inventory_valuations v JOIN skus s ON s.id = v.sku_id WHERE v.qty <> 0 OR "
               "v.value_fen <> 0 ORDER BY v.value_fen DESC, s.id")),
            ("stock valuation by category", lambda src: reports.stock_valuation_json("category", source=src),
             q("SELECT p.category_id, c.name, SUM(v.qty), SUM(v.value_fen) FROM inventory_valuations v JOIN skus s "
               "ON s.id = v.sku_id JOIN products p ON p.id = s.product_id LEFT JOIN categories c ON "
               "c.id = p.category_id WHERE v.qty <> 0 OR v.value_fen <> 0 GROUP BY p.category_id, c.name "
               "ORDER BY SUM(v.value_fen) DESC, p.category_id")),
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
            if label.startswith("stock valuation") and not json.loads(await report("summary"))["agrees"]:
                raise AssertionError(f"{label}: the stock value differs from the ledger's inventory at {size}")
            rep_ms, agg_ms = await _paired_ms(lambda report=report: report("summary"), aggregate)
            res.timings[label] = (rep_ms, agg_ms)
            print(f"  {size} {label}: {rep_ms:.1f} ms, aggregate {agg_ms:.1f} ms, ratio {rep_ms / agg_ms:.2f}",
                  flush=True)
        return res
    finally:
        if raw is not None:
            await raw.close()


def table(results: list[SizeResult]) -> str:
    head = ["report"] + [f"{r.size} ({r.order_lines:,} lines) ms / aggregate ms = ratio" for r in results]
    labels = list(results[0].timings) if results else []
    body = [[label] + [f"{r.timings[label][0]:.1f} / {r.timings[label][1]:.1f} = {r.timings[label][0] / r.timings[label][1]:.2f}"
                       if label in r.timings else "-" for r in results] for label in labels]
    body.append(["(generated in)"] + [(f"{r.generate_s:.0f} s" if r.generate_s is not None else "existing database")
                                      + f", {r.journal_lines:,} journal lines" for r in results])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    fmt = "|" + "|".join(f" {{:<{w}}} " for w in widths) + "|"
    return "\n".join([line, fmt.format(*head), line, *(fmt.format(*r) for r in body), line])


TARGET = 2.0  # issue 21: every report within 2x of its aggregate


def misses(results: list[SizeResult]) -> list[str]:
    """A line per report and size above TARGET x its aggregate, and per report whose ratio grew from one size
    to the next by more than the data did."""
    out = []
    for r in results:
        out += [f"{r.size}: {label} {rep / agg:.2f}x its aggregate ({rep:.1f} / {agg:.1f} ms)"
                for label, (rep, agg) in r.timings.items() if rep > TARGET * agg]
    for a, b in itertools.pairwise(results):
        for label in (x for x in a.timings if x in b.timings):
            ra, rb = a.timings[label][0], b.timings[label][0]
            if rb / ra > max(1.0, b.order_lines / a.order_lines):
                out.append(f"{a.size} -> {b.size}: {label} took {rb / ra:.1f}x as long on "
                           f"{b.order_lines / a.order_lines:.1f}x the order lines")
    return out


def summary(results: list[SizeResult]) -> str:
    missed = misses(results)
    return table(results) + "\n" + ("\n".join(f"MISSED {m}" for m in missed) if missed
                                    else f"every report within {TARGET:g}x of its aggregate")


async def measure(pg: str, sizes: list[str], keep: bool = False, dbs: list[str] | None = None) -> list[SizeResult]:
    from backend.wiring import wire

    wire()
    out = []
    for size in sizes:
        print(f"=== reports at {size} order lines", flush=True)
        out.append(await _measure(size, SIZES[size], pg, keep))
    for url in dbs or []:
        print(f"=== reports on {urlparse(url).path.lstrip('/')}", flush=True)
        out.append(await _measure_existing(url))
    return out


REPORT_TABLE: list[str] = []  # bench.__main__ prints it after the wrk table


async def rows(run: Run) -> list[Any]:
    """`make bench`: the three sizes (quick: 10k and 100k); the table is printed at the end of the run."""
    results = await measure(run.pg, ["10k", "100k"] if run.quick else list(SIZES))
    REPORT_TABLE.append(summary(results))
    return []


def main() -> None:
    import os

    p = argparse.ArgumentParser(prog="python -m bench.reports")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG") or os.environ.get("CRADLE_TEST_PG")
                   or "postgres://postgres@127.0.0.1:5432/test")
    p.add_argument("--sizes", nargs="*", default=None, choices=list(SIZES),
                   help="sizes to generate and time (default: all three, or none with --db)")
    p.add_argument("--keep", action="store_true", help="leave the generated databases (their --db URL is printed)")
    p.add_argument("--db", action="append", default=[], metavar="URL",
                   help="also (or, with --sizes and nothing after it, only) time the reports on a database generated "
                        "earlier with --keep; may be given more than once")
    a = p.parse_args()
    sizes = a.sizes if a.sizes is not None else ([] if a.db else list(SIZES))
    print(summary(asyncio.run(measure(a.pg, sizes, a.keep, a.db))))


if __name__ == "__main__":
    main()
