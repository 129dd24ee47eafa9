"""Budgets per store, expense account and month (预算管理), and actual against budget.

PUT sets a store's month: `items` [{account, amount_fen}] replace the amounts of the accounts named (0 removes
one). The actual of an account is what the ledger holds for it at that store in that month (debits less
credits of its lines with location = the store: approved expenses, platform fees booked to the store, manual
entries do not carry a store). The report lists every account with a budget or an actual: budget, actual,
remaining (budget - actual), the share used and over_budget. Audited: finance.budget_set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import NotFound, ValidationError
from backend.finance import accounts
from backend.finance.models import Account, AccountType, Budget
from backend.finance.periods import month_end, parse_month
from backend.finance.reports import ratio_pct
from backend.org.models import Location
from backend.raw_sql import connection, fetch

MAX_FEN = 10**11


@dataclass(frozen=True)
class BudgetItem:
    account: str
    amount_fen: int  # 0 removes the account's budget


async def _location(code: str) -> Location:
    loc = await Location.get_or_none(code=code)
    if loc is None:
        raise NotFound(f"门店 {code} 不存在")
    return loc


async def set_budget(location_code: str, month: str, items: Sequence[BudgetItem], *, user: Any) -> dict[str, Any]:
    loc = await _location(location_code)
    month = parse_month(month).strftime("%Y-%m")
    await accounts.ensure_chart()
    codes = {it.account for it in items}
    found = dict(await Account.filter(code__in=list(codes)).values_list("code", "type"))
    unknown = sorted(codes - set(found))
    if unknown:
        raise ValidationError(f"科目不存在：{'、'.join(unknown)}", code="unknown_account")
    not_expense = sorted(c for c, t in found.items() if AccountType(t) != AccountType.EXPENSE)
    if not_expense:
        raise ValidationError(f"只能为费用类科目编制预算：{'、'.join(not_expense)}", code="not_expense_account")
    async with in_transaction() as conn:
        before = dict(await Budget.filter(location_id=loc.id, month=month, account_code__in=list(codes))
                      .using_db(conn).values_list("account_code", "amount_fen"))
        for it in items:
            if it.amount_fen == 0:
                await Budget.filter(location_id=loc.id, month=month, account_code=it.account).using_db(conn).delete()
                continue
            updated = await Budget.filter(location_id=loc.id, month=month, account_code=it.account) \
                .using_db(conn).update(amount_fen=it.amount_fen, updated_by_id=user.id)
            if not updated:
                await Budget.create(location_id=loc.id, month=month, account_code=it.account,
                                    amount_fen=it.amount_fen, updated_by_id=user.id, using_db=conn)
        await record_audit(user, "finance.budget_set", "budget", f"{loc.code}:{month}", via="admin", using_db=conn,
                           before=before, after={it.account: it.amount_fen for it in items})
    return await budget_vs_actual(loc.code, month)


async def budget_vs_actual(location_code: str, month: str) -> dict[str, Any]:
    loc = await _location(location_code)
    first = parse_month(month)
    last = month_end(first)
    await accounts.ensure_chart()
    budgets = dict(await Budget.filter(location_id=loc.id, month=first.strftime("%Y-%m"))
                   .values_list("account_code", "amount_fen"))
    rows = await fetch(
        connection(),
        "SELECT a.code AS code, COALESCE(SUM(l.debit_fen), 0) - COALESCE(SUM(l.credit_fen), 0) AS amount "
        "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
        "WHERE l.location_id = $1 AND l.date >= $2 AND l.date <= $3 AND a.type = $4 GROUP BY a.code",
        [loc.id, first, last, AccountType.EXPENSE.value],
    )
    actuals = {r["code"]: int(r["amount"]) for r in rows if int(r["amount"])}
    names = dict(await Account.filter(code__in=list(set(budgets) | set(actuals))).values_list("code", "name"))
    items = []
    for code in sorted(set(budgets) | set(actuals)):
        budget, actual = budgets.get(code, 0), actuals.get(code, 0)
        items.append({"account": code, "name": names.get(code, ""), "budget_fen": budget, "actual_fen": actual,
                      "remaining_fen": budget - actual, "used_pct": ratio_pct(actual, budget),
                      "over_budget": actual > budget})
    total_budget, total_actual = sum(budgets.values()), sum(actuals.values())
    return {"location_code": loc.code, "location_name": loc.name, "month": first.strftime("%Y-%m"),
            "items": items, "total": {"budget_fen": total_budget, "actual_fen": total_actual,
                                      "remaining_fen": total_budget - total_actual,
                                      "used_pct": ratio_pct(total_actual, total_budget),
                                      "over_budget": total_actual > total_budget}}
