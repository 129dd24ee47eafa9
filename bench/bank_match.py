"""Bank reconciliation at scale: a CMB statement of N lines imported into 1002 (then imported again: nothing
added), auto-matched against N matching journal lines among 4N noise lines on the account (same days, other
amounts), and the reconciliation report; the time of each step, in process on a fresh PostgreSQL database.

    .venv/bin/python -m bench.bank_match [--lines 1000 10000] [--pg postgres://postgres@127.0.0.1:5432/test]

Checked: every statement line is matched to its own journal line, the re-import adds none, and the report's
difference is zero.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import time
import uuid
from typing import Any

import asyncpg

from bench.harness import _with_db

NOISE = 4
DAYS = 30


def _statement(n: int, start: dt.date, opening: int, amounts: list[int]) -> bytes:
    header = "交易日,交易时间,起息日,交易类型,借方金额,贷方金额,余额,摘要,流水号,业务参考号,收/付方名称"
    rows, bal = [header], opening
    for i, fen in enumerate(amounts):
        day = (start + dt.timedelta(days=i * DAYS // n)).strftime("%Y%m%d")
        bal += fen
        out, inn = (f"{-fen / 100:.2f}", "") if fen < 0 else ("", f"{fen / 100:.2f}")
        rows.append(f"{day},10:00:00,{day},转账,{out},{inn},{bal / 100:.2f},货款,SN{i:07d},REF{i:07d},客户{i}")
    return "\n".join(rows).encode("utf-8")


async def _one(pg: str, n: int) -> dict[str, Any]:
    from tortoise import Tortoise
    from tortoise.transactions import in_transaction

    from backend.db import tortoise_config
    from backend.finance import accounts, bank_reconciliation
    from backend.finance.ledger import Line, post_entry
    from backend.org.models import Role
    from tests.factories import make_user

    name = f"cradle_bench_bank_{uuid.uuid4().hex[:6]}"
    admin = await asyncpg.connect(_with_db(pg, "postgres"))
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    try:
        await Tortoise.init(config=tortoise_config(_with_db(pg, name), with_aerich=False, pool_max=4))
        await Tortoise.generate_schemas(safe=True)
        user = await make_user(Role.FINANCE, "bench_bank")
        rnd = random.Random(n)
        start = dt.date.today() - dt.timedelta(days=DAYS + 1)
        amounts = [rnd.choice((1, -1)) * rnd.randint(100, 5_000_000) for _ in range(n)]
        opening = 10**10
        t = time.perf_counter()
        async with in_transaction() as conn:
            await post_entry(date=start - dt.timedelta(days=1), memo="opening", source_type="bench", source_id="open",
                             lines=[Line(accounts.BANK, debit_fen=opening), Line(accounts.EQUITY, credit_fen=opening)],
                             conn=conn)
            for i, fen in enumerate(amounts):
                day = start + dt.timedelta(days=i * DAYS // n)
                for k in range(NOISE + 1):  # the matching line and NOISE others of the day, other amounts
                    f = fen if k == 0 else fen + rnd.choice((1, -1)) * rnd.randint(1, 99) * 10**k
                    side = [Line(accounts.BANK, debit_fen=f, memo=f"REF{i:07d}" if k == 0 else "")] if f > 0 else \
                        [Line(accounts.BANK, credit_fen=-f)]
                    other = Line(accounts.SALES, credit_fen=f) if f > 0 else Line(accounts.RENT, debit_fen=-f)
                    await post_entry(date=day, memo=f"收付款 {i}-{k}", source_type="bench", source_id=f"{i}-{k}",
                                     lines=[*side, other], conn=conn)
        setup_s = time.perf_counter() - t
        data = _statement(n, start, opening, amounts)
        timings: dict[str, float] = {}
        t = time.perf_counter()
        first = await bank_reconciliation.import_statement("1002", data, "cmb.csv", user=user)
        timings["import"] = time.perf_counter() - t
        t = time.perf_counter()
        again = await bank_reconciliation.import_statement("1002", data, "cmb.csv", user=user)
        timings["re-import"] = time.perf_counter() - t
        t = time.perf_counter()
        matched = await bank_reconciliation.auto_match("1002", user=user)
        timings["auto-match"] = time.perf_counter() - t
        t = time.perf_counter()
        report = await bank_reconciliation.report("1002", dt.date.today())
        timings["report"] = time.perf_counter() - t
        ok = (first["lines_new"] == n and again["lines_new"] == 0 and matched["matched"] == n
              and report["difference_fen"] == 0 and report["bank_only"]["count"] == 0
              and report["book_only"]["count"] == n * NOISE)
        return {"n": n, "journal_lines": n * (NOISE + 1) * 2 + 2, "setup_s": setup_s, "timings": timings,
                "check": "ok" if ok else f"MISMATCH {first['lines_new']} {again['lines_new']} {matched} "
                                         f"{report['difference_fen']} {report['book_only']['count']}"}
    finally:
        await Tortoise.close_connections()
        admin = await asyncpg.connect(_with_db(pg, "postgres"))
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def main_async(pg: str, sizes: list[int]) -> None:
    from backend.wiring import wire

    wire()
    for n in sizes:
        r = await _one(pg, n)
        steps = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in r["timings"].items())
        print(f"{n:,} statement lines against {r['journal_lines']:,} journal lines (set up in {r['setup_s']:.0f} s): "
              f"{steps}; check {r['check']}", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.bank_match")
    p.add_argument("--pg", default=os.environ.get("CRADLE_BENCH_PG") or os.environ.get("CRADLE_TEST_PG")
                   or "postgres://postgres@127.0.0.1:5432/test")
    p.add_argument("--lines", nargs="*", type=int, default=[1000, 10000])
    a = p.parse_args()
    asyncio.run(main_async(a.pg, a.lines))


if __name__ == "__main__":
    main()
