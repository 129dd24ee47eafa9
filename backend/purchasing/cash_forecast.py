"""Cash position and forecast (资金头寸与预测). Here rather than in backend.finance because the outflows are the
supplier invoices (backend.purchasing), a layer above the ledger.

Position: each money account's balance on the day (1001, 1002 and their sub-accounts, from the ledger).
Forecast over N weeks from today (week 0 = today .. today + 6):
- in:  open customer invoices by due date (overdue ones in week 0); the platforms' open receivables (the
       ledger's 1122 balance per platform) PLATFORM_PAYOUT_DAYS from today;
- out: supplier invoices not yet paid (matched or held) by due date (overdue in week 0), and those in a pending
       payment run on the run's pay date;
- out: the monthly budgets of the expense accounts (backend.finance.budgets: rent, wages, utilities...) spread
       evenly over the month's days, for the days of the forecast.
Each week: opening, the inflows and outflows by kind, net and closing balance; `first_shortfall_week` names the
first week that closes below zero.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from typing import Any

from backend.errors import ValidationError
from backend.finance import accounts
from backend.finance.models import Account, ArCustomer, ArInvoice, ArInvoiceStatus, Budget
from backend.finance.money_accounts import balances
from backend.purchasing.models import InvoiceStatus, PaymentRun, PaymentRunStatus, SupplierInvoice
from backend.raw_sql import connection, fetch
from backend.timestamps import business_today

PLATFORM_PAYOUT_DAYS = 7
MAX_WEEKS = 26
KINDS_ZH = {"customer_invoices": "客户应收", "platform_receivables": "平台应收", "supplier_invoices": "供应商应付",
            "payment_runs": "待审批付款批次", "budgeted_expenses": "预算费用"}


async def cash_position(as_of: dt.date | None = None) -> dict[str, Any]:
    day = as_of or business_today()
    rows = await balances(day)
    return {"as_of": day.isoformat(), "accounts": rows, "total_fen": sum(r["balance_fen"] for r in rows),
            "cash_fen": sum(r["balance_fen"] for r in rows if r["kind"] == "cash"),
            "bank_fen": sum(r["balance_fen"] for r in rows if r["kind"] == "bank")}


async def _platform_receivables(as_of: dt.date) -> dict[str, int]:
    """1122 per partner, less the customers' (whose open invoices are counted by due date)."""
    conn = connection()
    acc = await Account.get(code=accounts.RECEIVABLE)
    rows = await fetch(conn, "SELECT partner, COALESCE(SUM(debit_fen), 0) - COALESCE(SUM(credit_fen), 0) AS b "
                             "FROM ledger_days WHERE account_id = $1 AND date <= $2 GROUP BY partner", [acc.id, as_of])
    customers = set(await ArCustomer.all().values_list("name", flat=True))
    return {r["partner"]: int(r["b"]) for r in rows
            if r["partner"] and r["partner"] not in customers and int(r["b"]) > 0}


async def forecast(weeks: int, today: dt.date | None = None) -> dict[str, Any]:
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(f"预测周数应在 1 到 {MAX_WEEKS} 之间")
    start = today or business_today()
    end = start + dt.timedelta(days=7 * weeks - 1)
    position = await cash_position(start)
    flows: list[dict[str, int]] = [defaultdict(int) for _ in range(weeks)]

    def week_of(day: dt.date) -> int | None:
        i = max((day - start).days, 0) // 7
        return i if i < weeks else None

    def add(kind: str, day: dt.date, amount: int) -> None:
        i = week_of(day)
        if i is not None and amount:
            flows[i][kind] += amount

    for inv in await ArInvoice.filter(status=ArInvoiceStatus.OPEN, due_date__lte=end):
        add("customer_invoices", inv.due_date, inv.total_fen - inv.received_fen - inv.written_off_fen)
    for amount in (await _platform_receivables(start)).values():
        add("platform_receivables", start + dt.timedelta(days=PLATFORM_PAYOUT_DAYS), amount)
    pending_runs = {r.id: r.pay_date for r in await PaymentRun.filter(status=PaymentRunStatus.PENDING)}
    for sinv in await SupplierInvoice.filter(status__in=[InvoiceStatus.MATCHED, InvoiceStatus.HELD]):
        if sinv.payment_run_id in pending_runs:
            add("payment_runs", pending_runs[sinv.payment_run_id], -sinv.total_fen)
        elif sinv.payment_run_id is None:
            add("supplier_invoices", sinv.due_date, -sinv.total_fen)
    months = sorted({(start + dt.timedelta(days=d)).strftime("%Y-%m") for d in range(7 * weeks)})
    expense_codes = set(await Account.filter(type="expense").values_list("code", flat=True))
    monthly: dict[str, int] = defaultdict(int)
    for b in await Budget.filter(month__in=months):
        if b.account_code in expense_codes:
            monthly[b.month] += b.amount_fen
    for d in range(7 * weeks):
        day = start + dt.timedelta(days=d)
        total = monthly.get(day.strftime("%Y-%m"), 0)
        if total:
            days_in_month = calendar.monthrange(day.year, day.month)[1]
            # an even share per day; the month's last day takes the rounding so the days add up to the budget
            share = total // days_in_month + (total % days_in_month if day.day == days_in_month else 0)
            add("budgeted_expenses", day, -share)
    out = []
    balance = position["total_fen"]
    first_shortfall: int | None = None
    for i, f in enumerate(flows):
        week_start = start + dt.timedelta(days=7 * i)
        inflow = sum(v for v in f.values() if v > 0)
        outflow = -sum(v for v in f.values() if v < 0)
        opening, balance = balance, balance + inflow - outflow
        if balance < 0 and first_shortfall is None:
            first_shortfall = i
        out.append({"week": i, "from": week_start.isoformat(), "to": (week_start + dt.timedelta(days=6)).isoformat(),
                    "opening_fen": opening, "inflow_fen": inflow, "outflow_fen": outflow, "net_fen": inflow - outflow,
                    "closing_fen": balance,
                    "items": [{"kind": k, "name": KINDS_ZH[k], "amount_fen": v} for k, v in sorted(f.items())]})
    return {"as_of": start.isoformat(), "weeks": weeks, "opening_fen": position["total_fen"],
            "accounts": position["accounts"], "forecast": out, "first_shortfall_week": first_shortfall,
            "platform_payout_days": PLATFORM_PAYOUT_DAYS}
