"""The money accounts: till cash (1001), bank (1002) and the sub-accounts finance adds under them (one per bank
account, e.g. 100201 工行基本户). Receipts post to one of them, a bank statement reconciles one of them, and the
cash position sums each of them from the ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import ValidationError
from backend.finance import accounts
from backend.finance.models import Account
from backend.raw_sql import connection, fetch

ROOTS = (accounts.CASH, accounts.BANK)


def is_money_code(code: str) -> bool:
    return code.startswith(ROOTS)


async def money_accounts(conn: BaseDBAsyncClient | None = None) -> list[Account]:
    await accounts.ensure_chart(conn)
    rows = await Account.filter(code__startswith=accounts.CASH).using_db(conn) + \
        await Account.filter(code__startswith=accounts.BANK).using_db(conn)
    return sorted(rows, key=lambda a: a.code)


async def require_money_account(code: str, conn: BaseDBAsyncClient | None = None) -> Account:
    """An active account that is 1001, 1002 or one of their sub-accounts; else 400."""
    await accounts.ensure_chart(conn)
    acc = await Account.get_or_none(code=code.strip()).using_db(conn)
    if acc is None or not is_money_code(acc.code):
        raise ValidationError(f"{code} 不是现金或银行科目（1001、1002 或其明细科目）", code="not_money_account")
    if not acc.is_active:
        raise ValidationError(f"科目 {acc.code} 已停用", code="account_inactive")
    return acc


async def balances(as_of: dt.date, conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    """Each money account's balance (debits less credits) on `as_of`, from the daily ledger summaries."""
    conn = connection(conn)
    accs = await money_accounts(conn)
    if not accs:
        return []
    ids = [a.id for a in accs]
    marks = ", ".join(f"${i + 2}" for i in range(len(ids)))
    rows = await fetch(
        conn,
        "SELECT account_id, COALESCE(SUM(debit_fen), 0) AS d, COALESCE(SUM(credit_fen), 0) AS c FROM ledger_days "
        f"WHERE date <= $1 AND account_id IN ({marks}) GROUP BY account_id", [as_of, *ids])
    sums = {int(r["account_id"]): int(r["d"]) - int(r["c"]) for r in rows}
    return [{"code": a.code, "name": a.name, "kind": "cash" if a.code.startswith(accounts.CASH) else "bank",
             "is_active": a.is_active, "balance_fen": sums.get(a.id, 0)} for a in accs]
