"""The bulk scale generator (COPY) writes what the services would: the ledger balances, the movement journal
replays to the stock rows, inventory value equals the ledger, members' points equal their ledger, and every
report read from the summaries equals the same report from the lines (PostgreSQL only)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.demo.scale import CHANNEL_MIX, ScaleSpec, generate
from backend.finance import accounts, reports
from backend.finance.accounts import account_id
from backend.finance.models import JournalEntry, JournalLine
from backend.finance.postings import split_vat, supplier_payment_lines
from backend.members.models import Member, PointsEntry
from backend.members.rules import level_for_spend, rank
from backend.orders import fulfilment, payments, refunds, returns
from backend.orders.models import (
    Order,
    OrderDiscount,
    OrderEvent,
    OrderItem,
    OrderPayment,
    Refund,
    ReturnLine,
    ReturnRequest,
    Shipment,
    ShipmentLine,
)
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Location, Role, User
from backend.promotions.models import Promotion, PromotionApplication
from backend.purchasing import orders as purchase_orders
from backend.purchasing import payables, payment_runs, receiving
from backend.purchasing.models import (
    PaymentRun,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    Supplier,
    SupplierInvoice,
)
from backend.raw_sql import is_postgres
from backend.security.actor import load_staff_actor
from backend.stock.models import Reservation, Stock, StockMovement
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import clock_at, to_china
from tests.factories import make_user


async def test_generated_chain_keeps_the_books(db: None) -> None:
    if not is_postgres(Tortoise.get_connection("default")):
        pytest.skip("the scale generator needs PostgreSQL")
    spec = ScaleSpec(stores=3, skus=40, members=60, days=21, orders_per_store_day=8)
    out = await generate(spec, log=lambda *_: None)
    assert out["orders"] == await Order.all().count() > 3 * 21
    assert out["order_lines"] == await OrderItem.all().count()
    today = dt.date.fromisoformat(out["today"])

    await check_invariants()  # stock rows = movement sums, ledger balanced per entry, valuation = ledger
    members = await Member.all()
    points: dict[int, int] = defaultdict(int)
    for mid, delta in await PointsEntry.all().values_list("member_id", "delta"):
        points[int(mid)] += int(delta)
    assert any(m.points for m in members)
    for m in members:
        assert m.points == points[m.id]
        assert rank(m.level) >= rank(level_for_spend(m.total_spent_fen).code)  # a refund never lowers a level
    spent = defaultdict(int)
    for mid, paid, back in await Order.filter(member_id__not_isnull=True).values_list(
            "member_id", "paid_fen", "refunded_fen"):
        spent[int(mid)] += int(paid) - int(back)
    assert {m.id: m.total_spent_fen for m in members if m.total_spent_fen} == {k: v for k, v in spent.items() if v}

    # the P&L's sales are the order lines net of VAT less the refunded lines, its COGS their cost less the
    # returned units' cost; every day of the history sold
    first = today - dt.timedelta(days=spec.days)
    pl = await reports.profit_and_loss(first, today)
    items = await OrderItem.all().values_list("line_total_fen", "cogs_fen")
    refunded = [split_vat(int(p["gross_fen"]), int(p["tax_rate_bp"]))[0]
                for parts in await Refund.all().values_list("revenue_parts", flat=True) for p in parts]
    assert refunded
    assert pl["sales_fen"] == sum(split_vat(int(t), 1300)[0] for t, _ in items) - sum(refunded)
    assert pl["cogs_fen"] == sum(int(c) for _, c in items) - sum(
        await ReturnLine.all().values_list("cost_fen", flat=True))
    trend = await reports.sales_trend(first, today - dt.timedelta(days=1))
    assert all(d["sales_fen"] > 0 for d in trend["days"])
    for by in reports.GROUP_BY:
        assert await reports.gross_margin(first, today, by) == await reports.gross_margin(first, today, by,
                                                                                          source="lines")
    assert await reports.trial_balance(today) == await reports.trial_balance(today, source="lines")
    assert pl == await reports.profit_and_loss(first, today, source="lines")

    with pytest.raises(SystemExit):
        await generate(spec, log=lambda *_: None)  # refuses a database that already has orders

    # the channel mix and returns are there
    channels = set(await Order.all().values_list("channel", flat=True))
    assert {c.value for c, _ in CHANNEL_MIX} <= channels
    assert out["returns"] == await ReturnRequest.all().count() > 0
    assert await Order.filter(status="returned").exists()
    assert await PointsEntry.filter(kind="reverse").exists()
    assert await StockMovement.filter(kind="return").exists()
    assert await ReturnLine.filter(restock=False).exists()

    # a promotion's week: approved by someone other than its author (the workflow wrote it), its category's lines
    # 10 % off, and it sells: more of the category a day than in the weeks without it
    promo = await Promotion.get()
    assert promo.status == "approved" and promo.approved_by_id not in (None, promo.created_by_id)
    assert await AuditLog.filter(entity_type="promotion", entity_id=str(promo.id)).count() == 3
    assert await PromotionApplication.filter(promotion_id=promo.id).count() == await OrderDiscount.all().count() > 0
    in_week: dict[bool, list[int]] = defaultdict(list)
    for placed, qty in await OrderItem.filter(sku__product__category_id=promo.category_id).values_list(
            "order__placed_at", "qty"):
        in_week[promo.starts_at <= placed < promo.ends_at].append(int(qty))
    days_in = (promo.ends_at - promo.starts_at).days
    assert sum(in_week[True]) / days_in > 1.3 * sum(in_week[False]) / (spec.days - days_in)

    # the same orders through the services write the same rows: a counter sale, a mini-program, a marketplace and
    # a live order, and returned orders (restocked and written off, whole and in part) with their refunds
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    returned = await ReturnRequest.all().order_by("id").values_list("order_id", flat=True)
    samples = [await Order.filter(channel=c, id__not_in=returned).order_by("id").first()
               for c in ("pos", "miniprogram", "taobao", "live")]
    for restock in (True, False):
        rma = await ReturnRequest.filter(lines__restock=restock).order_by("id").first()
        samples.append(await Order.get(id=rma.order_id))
    samples.append(await Order.filter(status="returned").order_by("id").first())
    # a counter sale and a mini-program order in a promotion's week: the engine prices them from the same promotion
    for channel in ("pos", "miniprogram"):
        samples.append(await Order.filter(channel=channel, discount_fen__gt=0, id__not_in=returned)
                       .order_by("id").first())
    for n, sample in enumerate(samples):
        # a counter sale is placed by the store's clerk (the generator's), whose audit entry and events it leaves
        clerk = await User.get(username=f"scale-clerk-{(await Location.get(id=sample.location_id)).code}")
        replayed = await _replay(sample, await load_staff_actor(clerk) if sample.channel == "pos" else actor, n)
        assert await _shape(replayed) == await _shape(sample.id), sample.channel


async def test_generated_chain_buys_its_stock(db: None) -> None:
    """Stock comes in every week by purchase order and receipt, as the purchasing services write them; the
    suppliers are paid by weekly payment runs; payables equal the invoices not yet paid."""
    if not is_postgres(Tortoise.get_connection("default")):
        pytest.skip("the scale generator needs PostgreSQL")
    spec = ScaleSpec(stores=2, skus=30, members=40, days=24, orders_per_store_day=5)
    out = await generate(spec, log=lambda *_: None)
    await check_invariants()
    assert out["purchase_orders"] == await PurchaseOrder.all().count() > 2 * 3
    assert out["payment_runs"] == await PaymentRun.all().count() > 0
    assert set(await PurchaseOrder.all().values_list("status", flat=True)) == {"received"}

    # replenished over the history: the opening count is a few spare units, the receipts bring what is sold
    moved: dict[str, int] = defaultdict(int)
    for kind, delta in await StockMovement.all().values_list("kind", "on_hand_delta"):
        moved[kind] += int(delta)
    assert moved["receipt"] == -moved["sale"] > 0
    assert moved["import"] == sum(await Stock.all().values_list("on_hand", flat=True)) - moved["return"]  # spares
    assert moved["receipt"] == sum(await ReceiptLine.all().values_list("qty_accepted", flat=True))

    # every PO, receipt and invoice adds up; each receipt posted Dr inventory + input VAT / Cr payable
    for po in await PurchaseOrder.all():
        lines = await PurchaseOrderLine.filter(po_id=po.id)
        assert po.net_fen == sum(ln.qty * ln.unit_price_fen for ln in lines) and all(
            ln.qty_received == ln.qty for ln in lines)
        receipt = await Receipt.get(po_id=po.id)
        assert (receipt.net_fen, receipt.vat_fen) == (po.net_fen, po.vat_fen)
        entry = await JournalEntry.get(source_type="purchase_receipt", source_id=receipt.receipt_no)
        assert entry.date == receipt.received_on
        assert sum(await JournalLine.filter(entry_id=entry.id).values_list("credit_fen", flat=True)) == po.total_fen
        assert (await SupplierInvoice.get(po_id=po.id)).total_fen == po.total_fen
    names = dict(await Supplier.all().values_list("id", "name"))
    for run in await PaymentRun.all():
        invoices = await SupplierInvoice.filter(payment_run_id=run.id)
        assert {i.status for i in invoices} == {"paid"} and all(i.due_date <= run.pay_date for i in invoices)
        per: dict[str, int] = defaultdict(int)
        for i in invoices:
            per[names[i.supplier_id]] += i.total_fen
        assert run.total_fen == sum(per.values())
        entry = await JournalEntry.get(source_type="payment_run", source_id=str(run.id))
        got = await JournalLine.filter(entry_id=entry.id).values_list("account_id", "debit_fen", "credit_fen",
                                                                      "partner")
        want = [(await account_id(ln.account), ln.debit_fen, ln.credit_fen, ln.partner)
                for ln in supplier_payment_lines(dict(per))]
        assert sorted(got, key=str) == sorted(want, key=str)
    payable = await account_id(accounts.PAYABLE)
    owed: dict[str, int] = defaultdict(int)
    for partner, d, c in await JournalLine.filter(account_id=payable).values_list("partner", "debit_fen", "credit_fen"):
        owed[partner] += int(c) - int(d)
    unpaid: dict[str, int] = defaultdict(int)
    for sid, total in await SupplierInvoice.filter(status="matched").values_list("supplier_id", "total_fen"):
        unpaid[names[sid]] += int(total)
    assert {k: v for k, v in owed.items() if v} == {k: v for k, v in unpaid.items() if v}
    assert any(unpaid.values())

    # one PO through the services (create, submit, approve, send, receive; the invoice; a payment run) leaves the
    # same rows as the generated one
    sample = await PurchaseOrder.filter(approvals_required=1).order_by("id").first()
    replayed = await _replay_po(sample)
    assert await _po_shape(replayed) == await _po_shape(sample.id)
    # its payment run posts what the generator's runs post for one supplier's invoices (supplier_payment_lines)
    inv = await SupplierInvoice.get(po_id=replayed)
    run_entry = await JournalEntry.get(source_type="payment_run", source_id=str(inv.payment_run_id))
    got = await JournalLine.filter(entry_id=run_entry.id).values_list("account_id", "debit_fen", "credit_fen",
                                                                      "partner", "memo")
    want = [(await account_id(ln.account), ln.debit_fen, ln.credit_fen, ln.partner, ln.memo)
            for ln in supplier_payment_lines({names[inv.supplier_id]: inv.total_fen})]
    assert inv.status == "paid" and sorted(got, key=str) == sorted(want, key=str)
    assert (await SupplierInvoice.get(po_id=sample.id)).status in ("matched", "paid")


async def _replay_po(sample: PurchaseOrder) -> int:
    """The sample's PO through the services by the generator's people: its buyer, approver, receiver and the
    finance clerks."""
    buyer = await load_staff_actor(await User.get(id=sample.created_by_id))
    approver = await load_staff_actor(await User.get(id=sample.decided_by_id))
    receiver = await load_staff_actor(await User.get(id=(await Receipt.get(po_id=sample.id)).received_by_id))
    finance, finance2 = await User.get(username="scale-finance-1"), await User.get(username="scale-finance-2")
    supplier = await Supplier.get(id=sample.supplier_id)
    loc = await Location.get(id=sample.location_id)
    lines = await PurchaseOrderLine.filter(po_id=sample.id).order_by("sku_id").select_related("sku")
    receipt = await Receipt.get(po_id=sample.id)
    invoice = await SupplierInvoice.get(po_id=sample.id)
    with clock_at(to_china(sample.created_at)):
        po = await purchase_orders.create_po(purchase_orders.POIn(
            supplier_code=supplier.code, location_code=loc.code, submit=True,
            lines=[purchase_orders.POLineIn(ln.sku.code, ln.qty) for ln in lines]), actor=buyer, notify=False)
        await purchase_orders.decide_po(po.po_no, approve=True, actor=approver)
        await purchase_orders.send_po(po.po_no, actor=buyer)
    with clock_at(to_china(receipt.created_at)):
        await receiving.receive(po.po_no, receiving.ReceiptIn(
            lines=[receiving.ReceiptLineIn(ln.sku.code, ln.qty) for ln in lines]), actor=receiver)
    with clock_at(to_china(invoice.created_at)):
        inv = await payables.enter_invoice(payables.InvoiceIn(
            invoice_no=f"X{invoice.invoice_no}", po_no=po.po_no, invoice_date=invoice.invoice_date,
            lines=[payables.InvoiceLineIn(ln.sku.code, ln.qty, ln.unit_price_fen) for ln in lines]), user=finance)
        run = await payment_runs.propose(invoice.due_date, [inv.id], user=finance)
        await payment_runs.approve(run.id, user=finance2)
    return po.id


async def _po_shape(po_id: int) -> dict[str, object]:
    """What a purchase order left behind, without ids, numbers, people and moments."""
    po = await PurchaseOrder.get(id=po_id)
    receipt = await Receipt.get(po_id=po_id)
    invoice = await SupplierInvoice.get(po_id=po_id)
    entry = await JournalEntry.get(source_type="purchase_receipt", source_id=receipt.receipt_no)
    numbers = {po.po_no: "PO#", receipt.receipt_no: "GR#", invoice.invoice_no: "FP#"}
    audit = [(a.user_id, a.username, a.action, a.entity_type, a.before, a.via, a.ip,
              {k: numbers.get(v, v) if isinstance(v, str) else v for k, v in (a.after or {}).items()})
             for a in [*await AuditLog.filter(entity_type="purchase_order", entity_id=po.po_no).order_by("id"),
                       *await AuditLog.filter(entity_type="supplier_invoice", entity_id=str(invoice.id))]]
    return {
        "people": (po.created_by_id, po.decided_by_id, po.first_approved_by_id, receipt.received_by_id,
                   invoice.created_by_id),
        "audit": audit,
        "po": (po.status, po.supplier_id, po.location_id, po.net_fen, po.vat_fen, po.total_fen, po.approver_role,
               po.approvals_required, po.expected_date),
        "po_lines": sorted(await PurchaseOrderLine.filter(po_id=po_id).values_list(
            "sku_id", "qty", "unit_price_fen", "tax_rate_bp", "qty_received", "qty_rejected")),
        "receipt": (receipt.on_time, receipt.net_fen, receipt.vat_fen, receipt.received_on),
        "receipt_lines": sorted(await ReceiptLine.filter(receipt_id=receipt.id).values_list(
            "sku_id", "batch_id", "qty_accepted", "qty_rejected", "unit_price_fen")),
        "movements": sorted((m[0], m[1], m[2], m[3], m[4], m[5] == receipt.receipt_no) for m in
                            await StockMovement.filter(ref_type="purchase_order", ref_id=po.po_no).values_list(
                                "stock_id", "kind", "on_hand_delta", "reserved_delta", "batch_id", "note")),
        "entry": (entry.date, entry.memo.split()[0]),
        "lines": sorted(await JournalLine.filter(entry_id=entry.id).values_list(
            "account_id", "debit_fen", "credit_fen", "sku_id", "category_id", "location_id", "channel", "partner",
            "memo"), key=str),
        "invoice": (invoice.invoice_date, invoice.due_date, invoice.net_fen, invoice.vat_fen,
                    invoice.total_fen, invoice.expected_fen, invoice.hold_reasons,
                    [(x["sku_code"], x["qty"], x["unit_price_fen"], x["po_price_fen"]) for x in invoice.lines]),
        "variance": await JournalEntry.filter(source_type="supplier_invoice", source_id=str(invoice.id)).exists(),
    }


async def _replay(sample: Order, actor: Any, n: int) -> int:
    """Place, pay, ship and complete the sample's order (and return it as it was) through the services."""
    items = await OrderItem.filter(order_id=sample.id).order_by("id").select_related("sku")
    loc = await Location.get(id=sample.location_id)
    shipment = await Shipment.get(order_id=sample.id)
    member = await Member.get(id=sample.member_id) if sample.member_id else None
    with clock_at(to_china(sample.placed_at)):
        placed = await place_order(actor, OrderRequest(
            channel=sample.channel, location_code=loc.code, idempotency_key=f"scale-{n}",
            member_code=member.member_code if member else None,
            external_id=f"X{sample.external_id}" if sample.external_id else None,
            receiver_name="" if sample.pickup else sample.receiver_name,
            receiver_phone="" if sample.pickup else "13800138000", receiver_address="" if sample.pickup else "上海市",
            items=[LineIn(i.sku.code, i.qty) for i in items]))
        async with in_transaction() as conn:
            order = await Order.get(id=placed.order_id).using_db(conn)
            await payments.record_payment(order, method=sample.payment_method, amount_fen=order.total_fen,
                                          user=actor.user, conn=conn, external_ref=f"SCALE-CHECK-{n}")
            await order.refresh_from_db(using_db=conn)
            await fulfilment.ship(order, conn=conn, user=actor.user, carrier=shipment.carrier,
                                  tracking_no=shipment.tracking_no)
            if sample.pickup:
                await fulfilment.complete(order, conn=conn, user=actor.user, note="门店收银完成")
            else:
                await fulfilment.deliver(order, conn=conn, user=actor.user)
                await fulfilment.complete(order, conn=conn, user=actor.user)
    rma = await ReturnRequest.get_or_none(order_id=sample.id)
    if rma is None:
        return placed.order_id
    back = {ln.order_item_id: ln for ln in await ReturnLine.filter(rma_id=rma.id)}
    mine = await OrderItem.filter(order_id=placed.order_id).order_by("id")
    with clock_at(to_china(rma.created_at)):
        async with in_transaction() as conn:
            order = await Order.get(id=placed.order_id).using_db(conn)
            lines = [returns.ReturnLineIn(m.id, back[i.id].qty, back[i.id].restock)
                     for i, m in zip(items, mine, strict=True) if i.id in back]
            made = await returns.request_return(order, lines=lines, conn=conn, reason=rma.reason, user=actor.user)
            await returns.approve_return(order, made, conn=conn, user=actor.user)
            await returns.receive_return(order, made, conn=conn, user=actor.user)
            await refunds.refund_order(order, conn=conn, rma=made, user=actor.user, reason="退货退款")
    return placed.order_id


_NUMBERS = re.compile(r"(SO|SH|RMA|RF)[0-9A-Z]{10,}|SCALE-[-0-9A-Z]+")


def _no_ids(value: object) -> object:
    """An audit payload without row ids (they name different rows in the two histories)."""
    if isinstance(value, dict):
        return {k: "#" if k in ("item_id", "rma_id") else _no_ids(v) for k, v in value.items()
                if k != "restock"} | ({"restock": sorted(value["restock"].values())} if "restock" in value else {})
    if isinstance(value, list):
        return [_no_ids(v) for v in value]
    return value


async def _shape(order_id: int) -> dict[str, object]:
    """What an order left behind, without ids, numbers and moments."""
    order = await Order.get(id=order_id)
    pay_ids = [str(p) for p in await OrderPayment.filter(order_id=order_id).values_list("id", flat=True)]
    ship_nos = await Shipment.filter(order_id=order_id).values_list("shipment_no", flat=True)
    rmas = await ReturnRequest.filter(order_id=order_id)
    rma_nos = [r.rma_no for r in rmas]
    refund_rows = await Refund.filter(order_id=order_id)
    entries = await JournalEntry.filter(source_id__in=[*pay_ids, *ship_nos, *rma_nos,
                                                       *(r.refund_no for r in refund_rows)],
                                        source_type__in=["order_payment", "order_shipment", "order_return",
                                                         "order_refund"])
    lines = await JournalLine.filter(entry_id__in=[e.id for e in entries]).values_list(
        "account_id", "debit_fen", "credit_fen", "sku_id", "category_id", "location_id", "channel", "partner")
    moves = await StockMovement.filter(ref_id__in=[str(order_id), *ship_nos, *rma_nos],
                                       ref_type__in=["order", "shipment", "rma"]).values_list(
        "stock_id", "kind", "on_hand_delta", "reserved_delta", "ref_type", "batch_id")
    people: object = None
    if order.channel == "pos":  # who placed, sold, moved and took it back; the audit entries of each step
        people = (order.created_by_id, order.seller_id,
                  await OrderEvent.filter(order_id=order_id).order_by("id").values_list("user_id", flat=True),
                  [(a.user_id, a.username, a.action, a.entity_type, a.before, a.via, a.ip, _NUMBERS.sub(
                      r"\1#", json.dumps(_no_ids(a.after), sort_keys=True, ensure_ascii=False)))
                   for a in await AuditLog.filter(
                       Q(entity_type="order", entity_id=str(order_id))
                       | Q(entity_type="return_request", entity_id__in=[str(r.id) for r in rmas])).order_by("id")],
                  [r.handled_by_id for r in rmas])
    return {
        "people": people,
        "discounts": sorted(await OrderDiscount.filter(order_id=order_id).values_list(
            "kind", "code", "label", "amount_fen", "points", "coupon_id")),
        "applications": sorted(await PromotionApplication.filter(order_id=order_id).values_list(
            "promotion_id", "name", "amount_fen")),
        "order": (order.status, order.channel, order.subtotal_fen, order.discount_fen, order.total_fen, order.paid_fen, order.refunded_fen,
                  order.payment_method, order.pickup, bool(order.receiver_phone), bool(order.external_id)),
        "items": sorted(await OrderItem.filter(order_id=order_id).values_list(
            "sku_id", "qty", "unit_price_fen", "discount_fen", "line_total_fen", "qty_shipped", "qty_returned", "cogs_fen")),
        "entries": sorted((e.source_type, e.date) for e in entries),
        "lines": sorted(lines, key=str),
        "movements": sorted(moves, key=str),
        "events": [(e.from_status, e.to_status, _NUMBERS.sub(r"\1#", e.note))
                   for e in await OrderEvent.filter(order_id=order_id).order_by("id")],
        "reservations": sorted(await Reservation.filter(ref_id=str(order_id)).values_list(
            "stock_id", "qty", "qty_consumed", "status")),
        "shipments": sorted(await Shipment.filter(order_id=order_id).values_list("location_id", "carrier")),
        "shipment_lines": sorted(await ShipmentLine.filter(shipment__order_id=order_id).values_list(
            "batch_id", "qty", "cogs_fen", "qty_returned")),
        "returns": sorted((r.status, r.reason, r.refund_fen) for r in rmas),
        "return_lines": sorted(await ReturnLine.filter(rma__order_id=order_id).values_list(
            "order_item__sku_id", "qty", "restock", "cost_fen")),
        "refunds": sorted((r.amount_fen, r.method, r.reason, r.from_advances_fen, sorted(str(x) for x in r.revenue_parts), r.status,
                           r.payment_id is not None, r.rma_id is not None) for r in refund_rows),
    }
