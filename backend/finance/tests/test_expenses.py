"""Expenses: keyed for a store with receipts attached, posted only when a second finance user approves (and only
with an attachment), refused in a closed month and on non-expense or control accounts; budgets per store and
account against the month's actuals; the trial balance stays balanced."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts, reports
from backend.finance.models import JournalEntry, Period
from backend.orders.tests.helpers import balance
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_user

EXP = "/admin/api/v1/finance/expenses"
BUDGETS = "/admin/api/v1/finance/budgets"
PDF = b"%PDF-1.4\n% receipt\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def _expense(client: Any, h: dict, store: str, account: str, fen: int, method: str = "bank",
                   date: dt.date | None = None) -> Any:
    _, r = await client.post(EXP, json={"location_code": store, "account": account,
                                        "date": (date or business_today()).isoformat(), "amount_fen": fen,
                                        "pay_method": method, "payee": "物业公司", "memo": "测试"}, headers=h)
    return r


async def _posted(client: Any, maker: dict, checker: dict, store: str, account: str, fen: int,
                  method: str = "bank", date: dt.date | None = None) -> dict[str, Any]:
    r = await _expense(client, maker, store, account, fen, method, date)
    assert r.status == 201, r.text
    _, a = await client.post(f"{EXP}/{r.json['id']}/attachments", files={"file": ("发票.pdf", PDF)}, headers=maker)
    assert a.status == 201, a.text
    _, p = await client.post(f"{EXP}/{r.json['id']}/approve", headers=checker)
    assert p.status == 200 and p.json["status"] == "posted", p.text
    return p.json


async def test_expense_needs_attachment_and_second_approver(db: None, client: Any) -> None:
    await make_location("SA")
    maker, checker = auth(await make_user(Role.FINANCE)), auth(await make_user(Role.FINANCE))
    r = await _expense(client, maker, "SA", accounts.RENT, 800000)
    assert r.status == 201 and r.json["status"] == "pending"
    eid = r.json["id"]
    _, r = await client.post(f"{EXP}/{eid}/approve", headers=checker)
    assert r.status == 409 and r.json["error"]["code"] == "attachment_required"
    _, r = await client.post(f"{EXP}/{eid}/attachments", files={"file": ("a.txt", b"hello")}, headers=maker)
    assert r.status == 400 and "PDF" in r.json["error"]["message"]
    _, r = await client.post(f"{EXP}/{eid}/attachments", files={"file": ("房租发票.pdf", PDF)}, headers=maker)
    assert r.status == 201 and len(r.json["attachments"]) == 1
    att = r.json["attachments"][0]
    _, r = await client.get(f"{EXP}/{eid}/attachments/{att['id']}", headers=checker)
    assert r.status == 200 and r.body == PDF and r.headers["content-type"] == "application/pdf"
    _, r = await client.post(f"{EXP}/{eid}/approve", headers=maker)
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    assert not await JournalEntry.filter(source_type="expense").exists()
    _, r = await client.post(f"{EXP}/{eid}/approve", headers=checker)
    assert r.status == 200 and r.json["status"] == "posted"
    assert await balance(accounts.RENT) == 800000 and await balance(accounts.BANK) == -800000

    # refusals: a closed month, a non-expense account, a control account, a bad pay method
    two_months_ago = (business_today().replace(day=1) - dt.timedelta(days=40)).replace(day=1)
    await Period.create(month=two_months_ago.strftime("%Y-%m"))
    r = await _expense(client, maker, "SA", accounts.RENT, 100, date=two_months_ago)
    assert r.status == 409 and r.json["error"]["code"] == "period_closed"
    r = await _expense(client, maker, "SA", accounts.SALES, 100)
    assert r.status == 400 and r.json["error"]["code"] == "not_expense_account"
    r = await _expense(client, maker, "SA", accounts.INVENTORY, 100)
    assert r.status == 400 and r.json["error"]["code"] == "control_account"
    r = await _expense(client, maker, "SA", accounts.RENT, 100, method="cheque")
    assert r.status == 400
    r = await _expense(client, auth(await make_user(Role.PURCHASER)), "SA", accounts.RENT, 100)
    assert r.status == 403
    actions = set(await AuditLog.filter(entity_type="expense").values_list("action", flat=True))
    assert actions == {"finance.expense_create", "finance.expense_attach", "finance.expense_post"}


async def test_budget_vs_actual_for_a_store_over_a_month(db: None, client: Any) -> None:
    await make_location("SA")
    await make_location("SB")
    maker, checker = auth(await make_user(Role.FINANCE)), auth(await make_user(Role.FINANCE))
    today = business_today()
    month = today.strftime("%Y-%m")
    _, r = await client.put(BUDGETS, json={"location_code": "SA", "month": month, "items": [
        {"account": accounts.RENT, "amount_fen": 800000}, {"account": accounts.UTILITIES, "amount_fen": 50000},
        {"account": accounts.WAGES, "amount_fen": 1500000}]}, headers=maker)
    assert r.status == 200, r.text
    _, r = await client.put(BUDGETS, json={"location_code": "SA", "month": month, "items": [
        {"account": accounts.BANK, "amount_fen": 1}]}, headers=maker)
    assert r.status == 400 and r.json["error"]["code"] == "not_expense_account"

    await _posted(client, maker, checker, "SA", accounts.RENT, 800000)
    await _posted(client, maker, checker, "SA", accounts.UTILITIES, 62000, method="cash")
    await _posted(client, maker, checker, "SB", accounts.WAGES, 1500000, method="accrued")  # another store
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    await _posted(client, maker, checker, "SA", accounts.WAGES, 700000, date=last_month)  # another month
    r = await _expense(client, maker, "SA", accounts.RENT, 10000)
    _, rej = await client.post(f"{EXP}/{r.json['id']}/reject", json={"reason": "重复报销"}, headers=checker)
    assert rej.status == 200 and rej.json["status"] == "rejected"

    _, r = await client.get(f"{BUDGETS}?location_code=SA&month={month}", headers=checker)
    assert r.status == 200, r.text
    rows = {x["account"]: x for x in r.json["items"]}
    assert set(rows) == {accounts.RENT, accounts.UTILITIES, accounts.WAGES}
    assert (rows[accounts.RENT]["budget_fen"], rows[accounts.RENT]["actual_fen"],
            rows[accounts.RENT]["remaining_fen"], rows[accounts.RENT]["used_pct"]) == (800000, 800000, 0, "100.00")
    assert rows[accounts.UTILITIES]["actual_fen"] == 62000 and rows[accounts.UTILITIES]["over_budget"] is True
    assert rows[accounts.UTILITIES]["remaining_fen"] == -12000 and rows[accounts.UTILITIES]["used_pct"] == "124.00"
    assert (rows[accounts.WAGES]["budget_fen"], rows[accounts.WAGES]["actual_fen"]) == (1500000, 0)
    assert r.json["total"] == {"budget_fen": 2350000, "actual_fen": 862000, "remaining_fen": 1488000,
                               "used_pct": "36.68", "over_budget": False}
    _, r = await client.get(f"{BUDGETS}?location_code=SB&month={month}", headers=checker)
    assert r.json["items"] == [{"account": accounts.WAGES, "name": "管理费用-工资薪酬", "budget_fen": 0,
                                "actual_fen": 1500000, "remaining_fen": -1500000, "used_pct": None,
                                "over_budget": True}]
    assert await balance(accounts.WAGES_PAYABLE) == -1500000
    tb = await reports.trial_balance(today)
    assert tb["balanced"] and tb["total_debit_fen"] == 800000 + 62000 + 1500000 + 700000
    assert (await AuditLog.filter(action="finance.budget_set").count()) == 1
