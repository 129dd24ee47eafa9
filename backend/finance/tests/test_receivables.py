"""Customer receivables: invoices on account post Dr 1122 / Cr revenue + VAT; receipts apply partially, refuse
over-application and hold the rest as unapplied cash; write-offs post to bad debt only after a second finance
user approves; the ageing moves with each step; closed months and credit limits refuse, nothing half-written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts, reports
from backend.finance.models import ArAllocation, ArReceipt, JournalEntry, Period
from backend.orders.tests.helpers import balance
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_user

API = "/admin/api/v1/finance"
NAME = "上海爱婴幼儿园"


def _row(report: dict[str, Any]) -> dict[str, Any] | None:
    return next((x for x in report["items"] if x["partner"] == NAME), None)


async def _setup(client: Any, credit_limit_fen: int = 0) -> tuple[dict[str, str], dict[str, str]]:
    maker, checker = auth(await make_user(Role.FINANCE, "ar_maker")), auth(await make_user(Role.FINANCE, "ar_checker"))
    _, r = await client.post(f"{API}/customers", json={"code": "KG01", "name": NAME, "payment_terms_days": 30,
                                                       "credit_limit_fen": credit_limit_fen}, headers=maker)
    assert r.status == 201, r.text
    return maker, checker


async def test_invoice_receipts_unapplied_cash_and_write_off(db: None, client: Any) -> None:
    maker, checker = await _setup(client)
    today = business_today()
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR001", "date": today.isoformat(), "total_fen": 11300}, headers=maker)
    assert r.status == 201, r.text
    inv = r.json
    assert (inv["net_fen"], inv["vat_fen"], inv["open_fen"]) == (10000, 1300, 11300)
    assert inv["due_date"] == (today + dt.timedelta(days=30)).isoformat()
    assert await balance(accounts.RECEIVABLE, partner=NAME) == 11300
    assert await balance(accounts.SALES) == -10000 and await balance(accounts.OUTPUT_VAT) == -1300
    later = today + dt.timedelta(days=40)
    row = _row(await reports.ageing("receivable", later))
    assert row is not None and row["buckets"]["31-60"] == 11300 and row["balance_fen"] == 11300

    # partial receipt applied to the invoice
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC001", "date": today.isoformat(), "amount_fen": 5000,
        "reference": "HD20261101", "allocations": [{"invoice_no": "AR001", "amount_fen": 5000}]}, headers=maker)
    assert r.status == 201, r.text
    assert r.json["applied_fen"] == 5000 and r.json["unapplied_fen"] == 0
    assert await balance(accounts.BANK) == 5000 and await balance(accounts.RECEIVABLE, partner=NAME) == 6300
    row = _row(await reports.ageing("receivable", later))
    assert row is not None and row["buckets"]["31-60"] == 6300

    # applying more than the invoice still owes is refused, and nothing is written
    entries = await JournalEntry.all().count()
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC002", "date": today.isoformat(), "amount_fen": 8000,
        "allocations": [{"invoice_no": "AR001", "amount_fen": 7000}]}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "over_applied"
    assert await JournalEntry.all().count() == entries and not await ArReceipt.filter(receipt_no="RC002").exists()
    # allocations above the receipt are refused too
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC002", "date": today.isoformat(), "amount_fen": 1000,
        "allocations": [{"invoice_no": "AR001", "amount_fen": 2000}]}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "over_applied"

    # an over-payment: the invoice is settled, the rest held as unapplied cash (the customer's credit)
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC002", "date": today.isoformat(), "amount_fen": 10000}, headers=maker)
    assert r.status == 201 and r.json["applied_fen"] == 6300 and r.json["unapplied_fen"] == 3700
    receipt_id = r.json["id"]
    _, r = await client.get(f"{API}/customer-invoices/{inv['id']}", headers=maker)
    assert r.json["status"] == "settled" and r.json["open_fen"] == 0 and r.json["received_fen"] == 11300
    report = await reports.ageing("receivable", later)
    row = _row(report)
    assert row is not None and row["balance_fen"] == -3700 and row["unapplied_fen"] == -3700
    assert sum(row["buckets"].values()) == 0

    # the unapplied cash pays the next invoice
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR002", "date": today.isoformat(), "total_fen": 2260}, headers=maker)
    assert r.status == 201
    _, r = await client.post(f"{API}/customer-receipts/{receipt_id}/apply", json={}, headers=maker)
    assert r.status == 200 and r.json["unapplied_fen"] == 1440
    assert r.json["allocations"][-1] == {"invoice_no": "AR002", "amount_fen": 2260}
    _, r = await client.post(f"{API}/customer-receipts/{receipt_id}/apply",
                             json={"allocations": [{"invoice_no": "AR001", "amount_fen": 100}]}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "over_applied"

    # a bad debt: drafted by one user, posted by another
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR003", "date": today.isoformat(), "total_fen": 7000}, headers=maker)
    bad = r.json
    _, r = await client.post(f"{API}/customer-invoices/{bad['id']}/write-offs",
                             json={"amount_fen": 7001, "reason": "客户已注销"}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "over_applied"
    _, r = await client.post(f"{API}/customer-invoices/{bad['id']}/write-offs",
                             json={"amount_fen": 7000, "reason": "客户已注销"}, headers=maker)
    assert r.status == 201 and r.json["status"] == "pending"
    wo = r.json
    # a receipt cannot take what the pending write-off holds
    _, r = await client.post(f"{API}/customer-receipts/{receipt_id}/apply",
                             json={"allocations": [{"invoice_no": "AR003", "amount_fen": 100}]}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "over_applied"
    assert await balance(accounts.BAD_DEBT) == 0
    _, r = await client.post(f"{API}/write-offs/{wo['id']}/approve", headers=maker)
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    _, r = await client.post(f"{API}/write-offs/{wo['id']}/approve", headers=checker)
    assert r.status == 200 and r.json["status"] == "posted"
    _, r = await client.post(f"{API}/write-offs/{wo['id']}/approve", headers=checker)
    assert r.status == 409
    assert await balance(accounts.BAD_DEBT) == 7000
    assert await balance(accounts.RECEIVABLE, partner=NAME) == -1440  # only the unapplied cash remains
    _, r = await client.get(f"{API}/customer-invoices/{bad['id']}", headers=maker)
    assert r.json["status"] == "settled" and r.json["written_off_fen"] == 7000
    _, r = await client.get(f"{API}/customers", headers=maker)
    assert r.json["items"][0]["open_fen"] == 0 and r.json["items"][0]["unapplied_fen"] == 1440
    assert await ArAllocation.all().count() == 3

    tb = await reports.trial_balance(later)
    assert tb["balanced"]
    actions = set(await AuditLog.filter(action__startswith="finance.ar_").values_list("action", flat=True))
    assert {"finance.ar_customer_create", "finance.ar_invoice_create", "finance.ar_receipt_create",
            "finance.ar_receipt_apply", "finance.ar_write_off_create", "finance.ar_write_off_approve"} <= actions


async def test_closed_period_credit_limit_and_roles(db: None, client: Any) -> None:
    maker, checker = await _setup(client, credit_limit_fen=10000)
    today = business_today()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR1", "date": last_month.isoformat(), "total_fen": 6000}, headers=maker)
    assert r.status == 201
    inv = r.json
    _, r = await client.post(f"{API}/customer-invoices/{inv['id']}/write-offs",
                             json={"amount_fen": 1000, "reason": "协商减免", "date": last_month.isoformat()},
                             headers=maker)
    assert r.status == 201
    wo = r.json
    await Period.create(month=last_month.strftime("%Y-%m"))
    _, r = await client.post(f"{API}/write-offs/{wo['id']}/approve", headers=checker)
    assert r.status == 409 and r.json["error"]["code"] == "period_closed"
    assert await balance(accounts.BAD_DEBT) == 0
    _, r = await client.get(f"{API}/write-offs?status=pending", headers=checker)
    assert [w["id"] for w in r.json["items"]] == [wo["id"]]
    _, r = await client.post(f"{API}/write-offs/{wo['id']}/reject", json={"reason": "请按本月日期重提"}, headers=checker)
    assert r.status == 200 and r.json["status"] == "rejected"
    for path, body in ((f"{API}/customer-invoices", {"customer_code": "KG01", "invoice_no": "AR2", "total_fen": 100}),
                       (f"{API}/customer-receipts", {"customer_code": "KG01", "receipt_no": "RC1", "amount_fen": 100})):
        _, r = await client.post(path, json={**body, "date": last_month.isoformat()}, headers=maker)
        assert r.status == 409 and r.json["error"]["code"] == "period_closed", r.text

    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR1", "date": today.isoformat(), "total_fen": 100}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "duplicate_invoice"
    # credit limit 100.00: 60.00 owed, 50.00 more is refused; 40.00 is not
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR3", "date": today.isoformat(), "total_fen": 5000}, headers=maker)
    assert r.status == 409 and r.json["error"]["code"] == "credit_limit_exceeded"
    _, r = await client.post(f"{API}/customer-invoices", json={
        "customer_code": "KG01", "invoice_no": "AR3", "date": today.isoformat(), "total_fen": 4000}, headers=maker)
    assert r.status == 201
    # the receipt must go to a money account
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC9", "date": today.isoformat(), "amount_fen": 100,
        "account_code": accounts.SALES}, headers=maker)
    assert r.status == 400 and r.json["error"]["code"] == "not_money_account"

    manager = await make_user(Role.STORE_MANAGER, "ar_manager")
    _, r = await client.post(f"{API}/customer-receipts", json={
        "customer_code": "KG01", "receipt_no": "RC3", "date": today.isoformat(), "amount_fen": 100},
        headers=auth(manager))
    assert r.status == 403
    assert not await ArReceipt.all().exists()
