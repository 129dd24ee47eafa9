"""Accounts payable: supplier invoices matched to PO and receipt within tolerance (else held), released only by
another finance user or cancelled; payment runs approved by a second user clear payables and move the ageing;
the trial balance stays balanced."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts, reports
from backend.finance.models import JournalEntry, Period
from backend.orders.tests.helpers import balance
from backend.org.models import Role
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.purchasing.tests.helpers import make_world
from backend.purchasing.tests.test_receiving import EXP, _sent_po
from backend.timestamps import business_today
from tests.factories import auth, make_user

INV = "/admin/api/v1/finance/supplier-invoices"
RUNS = "/admin/api/v1/finance/payment-runs"
SUPPLIER = "上海母婴供应链有限公司"


def _invoice(no: str, po_no: str, *lines: tuple[str, int, int]) -> dict[str, Any]:
    return {"invoice_no": no, "po_no": po_no, "invoice_date": business_today().isoformat(),
            "lines": [{"sku_code": s, "qty": q, "unit_price_fen": p} for s, q, p in lines]}


def _supplier_row(report: dict[str, Any]) -> dict[str, Any] | None:
    return next((x for x in report["items"] if x["partner"] == SUPPLIER), None)


async def test_three_way_match_holds_and_payment_run_clears_payables(db: None, client: Any) -> None:
    w = await make_world()
    po = await _sent_po(w)  # MILK2 12 x 200.00, WIPE1 10 x 15.00, 13 % VAT
    await receive(po.po_no, ReceiptIn(lines=[
        ReceiptLineIn(sku_code="MILK2", qty=10, batch_no="L1", expiry_date=EXP),
        ReceiptLineIn(sku_code="WIPE1", qty=10, batch_no="W1", expiry_date=EXP)]), actor=await w.actor(w.clerk))
    booked = 10 * 20000 + 26000 + 10 * 1500 + 1950
    assert await balance(accounts.PAYABLE) == -booked
    maker, checker = await make_user(Role.FINANCE, "ap_maker"), await make_user(Role.FINANCE, "ap_checker")
    hm, hc = auth(maker), auth(checker)

    # more milk than received, wipes 6.7 % over the PO price: held, nothing posted
    _, r = await client.post(INV, json=_invoice("FP001", po.po_no, ("MILK2", 12, 20000), ("WIPE1", 10, 1600)),
                             headers=hm)
    assert r.status == 201, r.text
    held = r.json
    assert held["status"] == "held" and len(held["hold_reasons"]) == 3, held["hold_reasons"]
    assert "超过已收货未开票数量 10" in held["hold_reasons"][0] and "采购单价" in held["hold_reasons"][1]
    assert not await JournalEntry.filter(source_type="supplier_invoice").exists()
    _, r = await client.post(RUNS, json={"pay_date": business_today().isoformat(), "invoice_ids": [held["id"]]},
                             headers=hm)
    assert r.status == 409 and r.json["error"]["code"] == "not_payable"
    _, r = await client.post(f"{INV}/{held['id']}/release", json={"reason": "供应商同意"}, headers=hm)
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    _, r = await client.post(f"{INV}/{held['id']}/cancel", json={"reason": "退回供应商重开"}, headers=hc)
    assert r.status == 200 and r.json["status"] == "cancelled"

    # 0.5 % over on milk: 11.30 off in total, inside max(¥10, 1 %): matched, the difference posted
    _, r = await client.post(INV, json=_invoice("FP002", po.po_no, ("MILK2", 10, 20100), ("WIPE1", 10, 1500)),
                             headers=hm)
    assert r.status == 201 and r.json["status"] == "matched" and r.json["hold_reasons"] == []
    inv = r.json
    assert inv["variance_fen"] == 1130 and inv["total_fen"] == booked + 1130
    assert await balance(accounts.PURCHASE_VARIANCE) == 1130
    assert await balance(accounts.PAYABLE, partner=SUPPLIER) == -inv["total_fen"]
    _, r = await client.post(INV, json=_invoice("FP002", po.po_no, ("MILK2", 1, 20000)), headers=hm)
    assert r.status == 409 and r.json["error"]["code"] == "duplicate_invoice"
    _, r = await client.post(INV, json=_invoice("FP003", po.po_no, ("MILK2", 1, 20000)), headers=hm)
    assert r.json["status"] == "held"  # everything received is invoiced already

    # ageing: 40 days on, the payable sits in 31-60; the payment run empties it
    later = business_today() + dt.timedelta(days=40)
    row = _supplier_row(await reports.ageing("payable", later))
    assert row is not None and row["buckets"]["31-60"] == inv["total_fen"] and row["balance_fen"] == inv["total_fen"]
    _, r = await client.post(RUNS, json={"pay_date": business_today().isoformat(),
                                         "due_by": (business_today() + dt.timedelta(days=30)).isoformat()}, headers=hm)
    assert r.status == 201, r.text
    run = r.json
    assert run["status"] == "pending" and [i["id"] for i in run["invoices"]] == [inv["id"]]
    assert run["total_fen"] == inv["total_fen"]
    assert await balance(accounts.PAYABLE, partner=SUPPLIER) == -inv["total_fen"]  # nothing paid yet
    _, r = await client.get(RUNS, params={"status": "pending"}, headers=hc)  # the checker's list
    assert r.status == 200 and [x["id"] for x in r.json["items"]] == [run["id"]] and r.json["total"] == 1
    _, r = await client.post(f"{RUNS}/{run['id']}/approve", headers=hm)
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    _, r = await client.post(f"{RUNS}/{run['id']}/approve", headers=hc)
    assert r.status == 200 and r.json["status"] == "paid"
    _, r = await client.post(f"{RUNS}/{run['id']}/approve", headers=hc)  # a repeat pays nothing twice
    assert r.status == 200 and await JournalEntry.filter(source_type="payment_run").count() == 1
    _, r = await client.get(f"{INV}/{inv['id']}", headers=hm)
    assert r.json["status"] == "paid" and r.json["payment_run_id"] == run["id"]
    _, r = await client.get(RUNS, params={"status": "pending"}, headers=hc)
    assert r.json == {"items": [], "total": 0}
    _, r = await client.get(RUNS, headers=hc)
    assert [(x["id"], x["status"]) for x in r.json["items"]] == [(run["id"], "paid")]
    assert await balance(accounts.PAYABLE, partner=SUPPLIER) == 0
    assert await balance(accounts.BANK) == -inv["total_fen"]
    assert _supplier_row(await reports.ageing("payable", later)) is None
    _, r = await client.get(f"/admin/api/v1/finance/payables?as_of={later.isoformat()}", headers=hm)
    assert r.status == 200 and r.json["total"]["balance_fen"] == 0

    tb = await reports.trial_balance(later)
    assert tb["balanced"] and tb["total_debit_fen"] == tb["total_credit_fen"] > 0
    actions = set(await AuditLog.filter(action__startswith="finance.").values_list("action", flat=True))
    assert {"finance.invoice_enter", "finance.invoice_cancel", "finance.payment_run_create",
            "finance.payment_run_pay"} <= actions


async def test_release_by_another_user_and_closed_pay_date(db: None, client: Any) -> None:
    w = await make_world()
    po = await _sent_po(w)
    await receive(po.po_no, ReceiptIn(lines=[ReceiptLineIn(sku_code="WIPE1", qty=10, batch_no="W1",
                                                           expiry_date=EXP)]), actor=await w.actor(w.clerk))
    maker, checker = auth(await make_user(Role.FINANCE)), auth(await make_user(Role.FINANCE))
    _, r = await client.post(INV, json=_invoice("FP9", po.po_no, ("WIPE1", 10, 1800)), headers=maker)
    assert r.json["status"] == "held"
    _, r = await client.post(f"{INV}/{r.json['id']}/release", json={"reason": "涨价已确认"}, headers=checker)
    assert r.status == 200 and r.json["status"] == "matched" and r.json["release_reason"] == "涨价已确认"
    assert await balance(accounts.PURCHASE_VARIANCE) == 3000 + 390
    last_month = business_today().replace(day=1) - dt.timedelta(days=1)
    await Period.create(month=last_month.strftime("%Y-%m"))
    _, r2 = await client.post(RUNS, json={"pay_date": last_month.isoformat(), "invoice_ids": [r.json["id"]]},
                              headers=maker)
    assert r2.status == 409 and r2.json["error"]["code"] == "period_closed"
    store_manager = auth(w.manager)
    _, r3 = await client.post(INV, json=_invoice("FP10", po.po_no, ("WIPE1", 1, 1500)), headers=store_manager)
    assert r3.status == 403
