"""Daily summaries of the ledger, kept exactly equal to the journal lines.

post_entry() adds every entry's lines to four tables in the same transaction (one multi-row upsert each):

    ledger_days       (date, account, location, channel, partner)           every account
    ledger_totals     (account, location, channel, partner)                 every account, to date
    ledger_sku_days   (date, account, sku, category, location, channel)     SALES and COGS only
    ledger_sku_months (month, account, sku, category)                       SALES and COGS only, month = its 1st

A missing dimension is stored as 0 / "" (a unique key cannot hold NULLs that compare equal); the reports turn
them back into None. Keys are written in sorted order so two postings lock summary rows in the same order.
rebuild() recomputes the tables from the lines (a database that had lines before the tables, the bulk demo
generator); remove_entry() takes an entry's lines out again (an import rolled back deletes its entries).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance import accounts
from backend.finance.accounts import account_id
from backend.finance.models import JournalLine
from backend.raw_sql import execute, is_postgres

DAY_KEY = ("date", "account_id", "location_id", "channel", "partner")
TOTAL_KEY = DAY_KEY[1:]
SKU_KEY = ("date", "account_id", "sku_id", "category_id", "location_id", "channel")
MONTH_KEY = ("month", "account_id", "sku_id", "category_id")
SKU_ACCOUNTS = (accounts.SALES, accounts.COGS)
TABLES = ("ledger_days", "ledger_totals", "ledger_sku_days", "ledger_sku_months")


async def sku_account_ids(conn: BaseDBAsyncClient) -> set[int]:
    return {await account_id(code, conn) for code in SKU_ACCOUNTS}


def _day_key(date: dt.date, ln: Any) -> tuple[Any, ...]:
    return (date, ln.account_id, ln.location_id or 0, ln.channel or "", ln.partner or "")


def _sku_key(date: dt.date, ln: Any) -> tuple[Any, ...]:
    return (date, ln.account_id, ln.sku_id or 0, ln.category_id or 0, ln.location_id or 0, ln.channel or "")


def _month_key(date: dt.date, ln: Any) -> tuple[Any, ...]:
    return (date.replace(day=1), ln.account_id, ln.sku_id or 0, ln.category_id or 0)


async def _upsert(conn: BaseDBAsyncClient, table: str, key: tuple[str, ...],
                  sums: dict[tuple[Any, ...], list[int]]) -> None:
    if not sums:
        return
    cols = (*key, "debit_fen", "credit_fen")
    values: list[Any] = []
    rows = []
    for k in sorted(sums, key=lambda t: tuple(str(x) for x in t)):
        names = []
        for v in (*k, *sums[k]):
            values.append(v)
            names.append(f"${len(values)}")
        rows.append(f"({', '.join(names)})")
    await execute(
        conn,
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES {', '.join(rows)} "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET debit_fen = {table}.debit_fen + excluded.debit_fen, "
        f"credit_fen = {table}.credit_fen + excluded.credit_fen",
        values,
    )


async def add_lines(date: dt.date, lines: Iterable[Any], conn: BaseDBAsyncClient, *, sku_accounts: set[int],
                    sign: int = 1) -> None:
    """Add (sign=1) or take out (sign=-1) journal lines (objects with the JournalLine attributes) of one date;
    `sku_accounts`: the ids of SALES and COGS (post_entry knows them from its lines' codes)."""
    day: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    sku: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    month: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for ln in lines:
        d, c = sign * int(ln.debit_fen), sign * int(ln.credit_fen)
        slot = day[_day_key(date, ln)]
        slot[0] += d
        slot[1] += c
        if ln.account_id in sku_accounts:
            for slot in (sku[_sku_key(date, ln)], month[_month_key(date, ln)]):
                slot[0] += d
                slot[1] += c
    await _upsert(conn, "ledger_days", DAY_KEY, day)
    # a day key less its date is a total key: the same keys, the same sorted order, the same sums
    await _upsert(conn, "ledger_totals", TOTAL_KEY, {k[1:]: v for k, v in day.items()})
    await _upsert(conn, "ledger_sku_days", SKU_KEY, sku)
    await _upsert(conn, "ledger_sku_months", MONTH_KEY, month)


async def remove_entry(entry_id: int, conn: BaseDBAsyncClient) -> None:
    """Take an entry's lines out of the summaries (before the lines are deleted)."""
    lines = await JournalLine.filter(entry_id=entry_id).using_db(conn)
    by_date: dict[dt.date, list[Any]] = defaultdict(list)
    for ln in lines:
        by_date[ln.date].append(ln)
    sku_accounts = await sku_account_ids(conn)
    for date, group in by_date.items():
        await add_lines(date, group, conn, sku_accounts=sku_accounts, sign=-1)
        for table, col, key in (("ledger_days", "date", date), ("ledger_sku_days", "date", date),
                                ("ledger_sku_months", "month", date.replace(day=1))):
            # a row summing to nothing is no row (as before the entry)
            await execute(conn, f"DELETE FROM {table} WHERE {col} = $1 AND debit_fen = 0 AND credit_fen = 0", [key])
    for acc in sorted({ln.account_id for ln in lines}):
        await execute(conn, "DELETE FROM ledger_totals WHERE account_id = $1 AND debit_fen = 0 AND credit_fen = 0",
                      [acc])


async def rebuild(conn: BaseDBAsyncClient) -> None:
    """Recompute the summaries from the journal lines (one statement each; the totals from the days, the months
    from the SKU days)."""
    sku_ids = sorted(await sku_account_ids(conn))
    for table in TABLES:
        await execute(conn, f"DELETE FROM {table}", [])
    await execute(
        conn,
        "INSERT INTO ledger_days (date, account_id, location_id, channel, partner, debit_fen, credit_fen) "
        "SELECT date, account_id, COALESCE(location_id, 0), COALESCE(channel, ''), COALESCE(partner, ''), "
        "SUM(debit_fen), SUM(credit_fen) FROM journal_lines "
        "GROUP BY date, account_id, COALESCE(location_id, 0), COALESCE(channel, ''), COALESCE(partner, '')",
        [],
    )
    await execute(
        conn,
        "INSERT INTO ledger_totals (account_id, location_id, channel, partner, debit_fen, credit_fen) "
        "SELECT account_id, location_id, channel, partner, SUM(debit_fen), SUM(credit_fen) FROM ledger_days "
        "GROUP BY account_id, location_id, channel, partner",
        [],
    )
    await execute(
        conn,
        "INSERT INTO ledger_sku_days (date, account_id, sku_id, category_id, location_id, channel, debit_fen, "
        "credit_fen) SELECT date, account_id, COALESCE(sku_id, 0), COALESCE(category_id, 0), "
        "COALESCE(location_id, 0), COALESCE(channel, ''), SUM(debit_fen), SUM(credit_fen) FROM journal_lines "
        "WHERE account_id IN ($1, $2) GROUP BY date, account_id, COALESCE(sku_id, 0), COALESCE(category_id, 0), "
        "COALESCE(location_id, 0), COALESCE(channel, '')",
        sku_ids,
    )
    month = "CAST(date_trunc('month', date) AS date)" if is_postgres(conn) else "date(date, 'start of month')"
    await execute(
        conn,
        "INSERT INTO ledger_sku_months (month, account_id, sku_id, category_id, debit_fen, credit_fen) "
        f"SELECT {month}, account_id, sku_id, category_id, SUM(debit_fen), SUM(credit_fen) FROM ledger_sku_days "
        f"GROUP BY {month}, account_id, sku_id, category_id",
        [],
    )
