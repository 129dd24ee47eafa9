"""Cash position per money account from the ledger, and the weekly forecast: open customer invoices and the
platforms' receivables in, supplier invoices by due date (or by a pending payment run's pay date) and the
expense budgets out."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.finance import accounts
from backend.finance.budgets import BudgetItem, set_budget
from backend.finance.ledger import Line, post_entry
from backend.org.models import Role
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.purchasing.tests.helpers import make_world
from backend.purchasing.tests.test_receiving import EXP, _sent_po
from backend.timestamps import business_today
from tests.factories import auth, make_user

API = "/admin/api/v1/finance"


async def _entry(source: str, lines: list[Line]) -> None:
    async with in_transaction() as conn:
        await post_entry(date=business_today(), memo=source, source_type="test_cash", source_id=source, lines=lines,
                         conn=conn)


def _flows(week: dict[str, Any]) -> dict[str, int]:
    return {i["kind"]: i["amount_fen"] for i in week["items"]}


async def test_position_and_weekly_forecast(db: None, client: Any) -> None:
    w = await make_world()
    today = business_today()
    fin, fin2 = await make_user(Role.FINANCE, "cash_a"), await make_user(Role.FINANCE, "cash_b")
    h = auth(fin)
    await _entry("capital", [Line(accounts.BANK, debit_fen=1_000_000), Line(accounts.CASH, debit_fen=50_000),
                             Line(accounts.EQUITY, credit_fen=1_050_000)])
    await _entry("taobao", [Line(accounts.RECEIVABLE, debit_fen=30_000, partner="taobao", channel="taobao"),
                            Line(accounts.CUSTOMER_ADVANCES, credit_fen=30_000)])

    _, r = await client.post(f"{API}/customers", json={"code": "C1", "name": "北京童趣商贸"}, headers=h)
    assert r.status == 201
    for no, day, due, fen in (("A1", today, today + dt.timedelta(days=10), 113_000),
                              ("A2", today - dt.timedelta(days=40), today - dt.timedelta(days=10), 5_000)):
        _, r = await client.post(f"{API}/customer-invoices", json={
            "customer_code": "C1", "invoice_no": no, "date": day.isoformat(), "due_date": due.isoformat(),
            "total_fen": fen}, headers=h)
        assert r.status == 201, r.text

    po = await _sent_po(w)  # MILK2 at 200.00, WIPE1 at 15.00, 13 % VAT, supplier terms 30 days
    await receive(po.po_no, ReceiptIn(lines=[
        ReceiptLineIn(sku_code="MILK2", qty=10, batch_no="L1", expiry_date=EXP),
        ReceiptLineIn(sku_code="WIPE1", qty=10, batch_no="W1", expiry_date=EXP)]), actor=await w.actor(w.clerk))
    ids = []
    for no, sku, price, day in (("FM", "MILK2", 20000, today - dt.timedelta(days=20)), ("FW", "WIPE1", 1500, today)):
        _, r = await client.post(f"{API}/supplier-invoices", json={
            "invoice_no": no, "po_no": po.po_no, "invoice_date": day.isoformat(),
            "lines": [{"sku_code": sku, "qty": 10, "unit_price_fen": price}]}, headers=h)
        assert r.status == 201 and r.json["status"] == "matched", r.text
        ids.append(r.json["id"])
    _, r = await client.post(f"{API}/payment-runs", json={
        "pay_date": (today + dt.timedelta(days=15)).isoformat(), "invoice_ids": [ids[1]]}, headers=h)
    assert r.status == 201  # pending: FW (due in 30 days) is expected on the run's pay date instead

    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    for month in (today, next_month):  # 10.00 a day: the weeks' share needs no rounding
        days = calendar.monthrange(month.year, month.month)[1]
        await set_budget(w.store.code, month.strftime("%Y-%m"),
                         [BudgetItem(account=accounts.RENT, amount_fen=days * 1000)], user=fin2)

    _, r = await client.get(f"{API}/cash-position", headers=h)
    assert r.status == 200
    by_code = {a["code"]: a["balance_fen"] for a in r.json["accounts"]}
    assert by_code == {accounts.CASH: 50_000, accounts.BANK: 1_000_000}
    assert (r.json["cash_fen"], r.json["bank_fen"], r.json["total_fen"]) == (50_000, 1_000_000, 1_050_000)

    _, r = await client.get(f"{API}/cash-forecast?weeks=4", headers=h)
    assert r.status == 200, r.text
    weeks = r.json["forecast"]
    assert len(weeks) == 4 and weeks[0]["from"] == today.isoformat()
    assert _flows(weeks[0]) == {"customer_invoices": 5_000, "budgeted_expenses": -7_000}  # the overdue one
    assert _flows(weeks[1]) == {"customer_invoices": 113_000, "platform_receivables": 30_000,
                                "supplier_invoices": -226_000, "budgeted_expenses": -7_000}
    assert _flows(weeks[2]) == {"payment_runs": -16_950, "budgeted_expenses": -7_000}
    assert _flows(weeks[3]) == {"budgeted_expenses": -7_000}
    closing = 1_050_000 + 5_000 - 7_000 + 143_000 - 233_000 - 23_950 - 7_000
    assert weeks[3]["closing_fen"] == closing and weeks[1]["opening_fen"] == weeks[0]["closing_fen"]
    assert r.json["first_shortfall_week"] is None

    _, r = await client.get(f"{API}/cash-forecast?weeks=0", headers=h)
    assert r.status == 400
    _, r = await client.get(f"{API}/cash-forecast", headers=auth(w.manager))
    assert r.status == 403
