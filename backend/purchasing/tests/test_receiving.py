"""Receiving against a PO: batches with expiry, stock, valuation, ledger (payable), rejects, over-delivery,
retries; scorecard and replenishment suggestions built from the same data."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError as PydanticError

from backend.errors import Conflict, Forbidden, ValidationError
from backend.finance import accounts
from backend.finance.models import InventoryValuation, JournalLine
from backend.purchasing.api import FromSuggestionsIn
from backend.purchasing.models import POStatus, PurchaseOrder
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, send_po
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.purchasing.scorecard import scorecard
from backend.purchasing.suggestions import draft_from_suggestions, suggestions
from backend.purchasing.tests.helpers import World, make_world
from backend.stock.management import Ref, reserve
from backend.stock.models import Batch, MovementKind, Stock, StockMovement
from backend.timestamps import business_today
from tests.factories import auth, stock_in

EXP = business_today() + dt.timedelta(days=400)


async def _sent_po(w: World, milk: int = 12, wipes: int = 10) -> PurchaseOrder:
    po = await create_po(POIn(supplier_code="SUP1", location_code=w.store.code, submit=True,
                              lines=[POLineIn(sku_code="MILK2", qty=milk), POLineIn(sku_code="WIPE1", qty=wipes)]),
                         actor=await w.actor(w.buyer))
    await decide_po(po.po_no, approve=True, actor=await w.actor(w.manager))
    return (await send_po(po.po_no, actor=await w.actor(w.buyer))).po


async def _on_hand(w: World, sku_id: int) -> int:
    return sum(s.on_hand for s in await Stock.filter(sku_id=sku_id, location_id=w.store.id))


async def _balance(code: str) -> int:
    lines = await JournalLine.filter(account__code=code)
    return sum(ln.debit_fen - ln.credit_fen for ln in lines)


async def test_receiving_raises_stock_batches_valuation_and_payable(db: None) -> None:
    w = await make_world()
    po = await _sent_po(w)
    clerk = await w.actor(w.clerk)
    r1 = await receive(po.po_no, ReceiptIn(lines=[
        ReceiptLineIn(sku_code="MILK2", qty=10, rejected_qty=2, reject_reason="罐体凹陷", batch_no="L2401",
                      expiry_date=EXP)]), actor=clerk)
    po = await PurchaseOrder.get(id=po.id)
    assert po.status == POStatus.PARTIALLY_RECEIVED
    assert await _on_hand(w, w.sku.id) == 10
    batch = await Batch.get(sku_id=w.sku.id, batch_no="L2401")
    assert batch.expiry_date == EXP
    mv = await StockMovement.get(sku_id=w.sku.id, kind=MovementKind.RECEIPT)
    assert (mv.on_hand_delta, mv.ref_type, mv.ref_id, mv.batch_id) == (10, "purchase_order", po.po_no, batch.id)
    # 10 x 200.00 net, 13 % VAT: Dr inventory 2000.00 + input VAT 260.00 / Cr payable 2260.00 to the supplier
    assert (r1.net_fen, r1.vat_fen) == (200000, 26000)
    assert await _balance(accounts.INVENTORY) == 200000
    assert await _balance(accounts.INPUT_VAT) == 26000
    assert await _balance(accounts.PAYABLE) == -226000
    payable = await JournalLine.get(account__code=accounts.PAYABLE)
    assert payable.partner == "上海母婴供应链有限公司"
    assert (await InventoryValuation.get(sku_id=w.sku.id)).value_fen == 200000

    # the rest (the 2 rejected are re-sent) and the wipes, in one retried submission
    body = ReceiptIn(client_ref="dock-7", lines=[
        ReceiptLineIn(sku_code="MILK2", qty=2, batch_no="L2402", expiry_date=EXP + dt.timedelta(days=30)),
        ReceiptLineIn(sku_code="WIPE1", qty=10, batch_no="W1", expiry_date=EXP)])
    r2 = await receive(po.po_no, body, actor=clerk)
    again = await receive(po.po_no, body, actor=clerk)
    assert again.id == r2.id
    assert await _on_hand(w, w.sku.id) == 12 and await _on_hand(w, w.sku2.id) == 10
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.RECEIVED
    assert await _balance(accounts.PAYABLE) == -(226000 + 2 * 22600 + 10 * 1695)

    card = await scorecard("SUP1")
    assert (card["receipts"], card["on_time"], card["accepted_qty"], card["rejected_qty"]) == (2, 2, 22, 2)
    assert card["on_time_rate_bp"] == 10000


async def test_over_delivery_beyond_tolerance_refused_and_nothing_written(db: None) -> None:
    w = await make_world()
    po = await _sent_po(w, milk=20)
    clerk = await w.actor(w.clerk)
    with pytest.raises(Conflict, match="超量"):  # 5 % of 20 = 1 extra allowed
        await receive(po.po_no, ReceiptIn(lines=[
            ReceiptLineIn(sku_code="WIPE1", qty=10, batch_no="W1", expiry_date=EXP),
            ReceiptLineIn(sku_code="MILK2", qty=22, batch_no="L1", expiry_date=EXP)]), actor=clerk)
    assert await _on_hand(w, w.sku2.id) == 0
    assert not await JournalLine.exists() and not await Batch.filter(batch_no="W1").exists()
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SENT
    await receive(po.po_no, ReceiptIn(lines=[ReceiptLineIn(sku_code="MILK2", qty=21, batch_no="L1",
                                                           expiry_date=EXP)]), actor=clerk)
    assert await _on_hand(w, w.sku.id) == 21


async def test_receiving_refusals(db: None) -> None:
    w = await make_world()
    po = await _sent_po(w)
    with pytest.raises(ValidationError, match="批号"):
        await receive(po.po_no, ReceiptIn(lines=[ReceiptLineIn(sku_code="MILK2", qty=1)]),
                      actor=await w.actor(w.clerk))
    with pytest.raises(Forbidden):  # another store's clerk
        from tests.factories import make_user

        other_clerk = await make_user("clerk", "clerk_b", [w.other_store])
        await receive(po.po_no, ReceiptIn(lines=[ReceiptLineIn(sku_code="MILK2", qty=1, batch_no="X",
                                                               expiry_date=EXP)]), actor=await w.actor(other_clerk))
    assert await _on_hand(w, w.sku.id) == 0


async def test_suggestions_from_sales_velocity_and_open_pos(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    await stock_in(w.sku, w.store, 30)
    # 28 units sold in the window (policy: 28 days) -> 1 a day; lead 5 + safety 7 -> need 12
    from tortoise.transactions import in_transaction

    from backend.stock.management import consume

    async with in_transaction() as conn:
        for held in await reserve(sku_id=w.sku.id, location_id=w.store.id, qty=28, ref=Ref("test", "1"), conn=conn):
            await consume(held, held.qty, kind=MovementKind.SALE, ref=Ref("test", "1"), conn=conn)
    rows = await suggestions(w.store.code)
    milk = next(r for r in rows if r["sku_code"] == "MILK2")
    assert (milk["sold_in_window"], milk["need"], milk["available"]) == (28, 12, 2)
    assert milk["suggested_qty"] == 12  # 10 short, rounded up to the supplier's minimum of 6
    pos = await draft_from_suggestions(w.store.code, actor=await w.actor(w.manager))
    assert len(pos) == 1 and pos[0].status == POStatus.DRAFT
    # the draft counts as on order: asking again suggests nothing more for the same SKU
    assert not [r for r in await suggestions(w.store.code) if r["sku_code"] == "MILK2"]
    _, r = await client.post(f"/api/v1/purchasing/orders/{pos[0].po_no}/submit", headers=auth(w.manager))
    assert r.status == 200
    assert r.json["status"] == "submitted" and r.json["approver_role"] == "store_manager"


async def test_drafting_from_suggestions_with_the_buyers_quantities(db: None) -> None:
    w = await make_world()
    await stock_in(w.sku, w.store, 30)
    from tortoise.transactions import in_transaction

    from backend.stock.management import consume

    async with in_transaction() as conn:
        for held in await reserve(sku_id=w.sku.id, location_id=w.store.id, qty=28, ref=Ref("test", "2"), conn=conn):
            await consume(held, held.qty, kind=MovementKind.SALE, ref=Ref("test", "2"), conn=conn)
    assert any(r["sku_code"] == "MILK2" for r in await suggestions(w.store.code))
    with pytest.raises(PydanticError):  # a quantity must be positive
        FromSuggestionsIn(location_code=w.store.code, quantities={"MILK2": 0})
    pos = await draft_from_suggestions(w.store.code, sku_codes=["MILK2"], quantities={"MILK2": 30, "NOPE": 5},
                                       actor=await w.actor(w.buyer))
    lines = await pos[0].lines.all()
    assert [(ln.sku_id, ln.qty) for ln in lines] == [(w.sku.id, 30)]
