"""Receiving goods against a purchase order.

One receipt = one delivery: per line the units accepted (into a batch with its expiry date, through
backend.stock.management.put_away) and the units refused at the door (rejects: counted for the supplier's
scorecard, never stocked or paid). Over-delivery policy: a line may take up to `over_delivery_tolerance_bp` more
than ordered (summed over all receipts); beyond that the whole receipt is refused and nothing is written.
Accepted units are valued at the PO's net price (costing.add_value) and posted Dr inventory + input VAT /
Cr payable to the supplier, in the same transaction as the stock. The PO becomes partially_received, or
received once every line has its ordered quantity. A retry with the same `client_ref` answers the first
receipt.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.errors import Conflict, Forbidden, ValidationError
from backend.finance import costing
from backend.finance.postings import PurchaseLine, post_purchase_receipt
from backend.org.models import Role
from backend.purchasing.models import POStatus, PurchaseOrderLine, Receipt, ReceiptLine, Supplier
from backend.purchasing.orders import RECEIVABLE_STATUSES, _move, _state_error, get_po, vat_of
from backend.purchasing.settings_store import get_setting
from backend.security.actor import Actor
from backend.stock.management import Ref, default_batch, put_away
from backend.stock.models import Batch, MovementKind
from backend.timestamps import business_today, iso

RECEIVER_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER, Role.HQ_ADMIN})


@dataclass(frozen=True)
class ReceiptLineIn:
    sku_code: str
    qty: int  # accepted into stock
    rejected_qty: int = 0
    reject_reason: str = ""
    batch_no: str | None = None
    expiry_date: dt.date | None = None
    production_date: dt.date | None = None


@dataclass(frozen=True)
class ReceiptIn:
    lines: Sequence[ReceiptLineIn]
    client_ref: str | None = None  # a repeated receipt with the same ref answers the first one
    note: str = ""


async def _batch_for(sku: Sku, ln: ReceiptLineIn, conn: Any) -> Batch:
    if not sku.batch_tracked:
        return await default_batch(sku.id, conn)
    if not ln.batch_no or not ln.expiry_date:
        raise ValidationError(f"商品 {sku.code} 按批次管理，请填写批号和有效期")
    if ln.expiry_date <= business_today():
        raise ValidationError(f"商品 {sku.code} 批次 {ln.batch_no} 已过期，不能收货（可按拒收处理）")
    batch = await Batch.get_or_none(sku_id=sku.id, batch_no=ln.batch_no).using_db(conn)
    if batch is None:
        return await Batch.create(sku_id=sku.id, batch_no=ln.batch_no, expiry_date=ln.expiry_date,
                                  production_date=ln.production_date, using_db=conn)
    if batch.expiry_date != ln.expiry_date:
        raise ValidationError(f"批次 {ln.batch_no} 已登记的有效期为 {batch.expiry_date}，与填写的不一致")
    return batch


async def receive(po_no: str, receipt_in: ReceiptIn, *, actor: Actor, via: str = "api") -> Receipt:
    async with in_transaction() as conn:
        po = await get_po(po_no, conn)
        if actor.role not in RECEIVER_ROLES:
            raise Forbidden("当前角色不能收货")
        actor.require_location(po.location_id)
        # Lock the PO row for the receipt (a no-op UPDATE); concurrent receipts and retries queue here.
        await _move(po.id, po.status, (po.status,), {}, conn)
        po = await get_po(po_no, conn)
        if receipt_in.client_ref:
            done = await Receipt.get_or_none(po_id=po.id, client_ref=receipt_in.client_ref).using_db(conn)
            if done is not None:
                return done
        if po.status not in RECEIVABLE_STATUSES:
            raise _state_error(po, "收货")
        tolerance = await get_setting("over_delivery_tolerance_bp", conn)
        po_lines = {ln.sku_id: ln for ln in await PurchaseOrderLine.filter(po_id=po.id).using_db(conn)}
        skus = {s.code: s for s in await Sku.filter(code__in=[ln.sku_code for ln in receipt_in.lines]).using_db(conn)}
        supplier = await Supplier.get(id=po.supplier_id).using_db(conn)
        today = business_today()
        receipt = await Receipt.create(
            receipt_no=f"GR{today:%Y%m%d}{secrets.token_hex(3).upper()}", po_id=po.id, client_ref=receipt_in.client_ref,
            on_time=po.expected_date is None or today <= po.expected_date, note=receipt_in.note,
            received_by_id=actor.id, received_on=today, using_db=conn)
        seen: set[int] = set()
        posting: list[PurchaseLine] = []
        net_total = vat_total = 0
        for ln in receipt_in.lines:
            sku = skus.get(ln.sku_code)
            pol = po_lines.get(sku.id) if sku else None
            if sku is None or pol is None:
                raise ValidationError(f"商品 {ln.sku_code} 不在采购单 {po.po_no} 中")
            if sku.id in seen:
                raise ValidationError(f"商品 {sku.code} 在收货单中重复")
            seen.add(sku.id)
            if ln.qty == 0 and ln.rejected_qty == 0:
                raise ValidationError(f"商品 {sku.code} 的收货和拒收数量不能都为 0")
            allowed = pol.qty + (pol.qty * tolerance) // 10000
            if pol.qty_received + ln.qty > allowed:
                raise Conflict(f"商品 {sku.code} 超量收货：订购 {pol.qty}，已收 {pol.qty_received}，本次 {ln.qty}，"
                               f"最多可收 {allowed}", code="over_delivery")
            batch = await _batch_for(sku, ln, conn) if ln.qty else None
            await ReceiptLine.create(receipt_id=receipt.id, po_line_id=pol.id, sku_id=sku.id,
                                     batch_id=batch.id if batch else None, qty_accepted=ln.qty,
                                     qty_rejected=ln.rejected_qty, reject_reason=ln.reject_reason,
                                     unit_price_fen=pol.unit_price_fen, using_db=conn)
            pol.qty_received += ln.qty
            pol.qty_rejected += ln.rejected_qty
            await pol.save(update_fields=["qty_received", "qty_rejected"], using_db=conn)
            if ln.qty and batch is not None:
                await put_away(sku_id=sku.id, location_id=po.location_id, batch_id=batch.id, qty=ln.qty,
                               kind=MovementKind.RECEIPT, ref=Ref("purchase_order", po.po_no), user_id=actor.id,
                               note=receipt.receipt_no, conn=conn)
                net = ln.qty * pol.unit_price_fen
                vat = vat_of(net, pol.tax_rate_bp)
                await costing.add_value(sku.id, ln.qty, net, conn)
                cat = await Sku.filter(id=sku.id).using_db(conn).values_list("product__category_id", flat=True)
                posting.append(PurchaseLine(sku_id=sku.id, net_fen=net, vat_fen=vat,
                                            category_id=cat[0] if cat else None))
                net_total += net
                vat_total += vat
        receipt.net_fen, receipt.vat_fen = net_total, vat_total
        await receipt.save(update_fields=["net_fen", "vat_fen"], using_db=conn)
        if posting:
            await post_purchase_receipt(receipt_no=receipt.receipt_no, po_no=po.po_no, supplier=supplier.name,
                                        location_id=po.location_id, lines=posting, conn=conn, user_id=actor.id)
        full = all(pl.qty_received >= pl.qty for pl in po_lines.values())
        target = POStatus.RECEIVED if full else POStatus.PARTIALLY_RECEIVED
        await _move(po.id, target, RECEIVABLE_STATUSES, {}, conn)
        await record_audit(actor.user, "purchase_order.receive", "purchase_order", po.po_no, via=via, using_db=conn,
                           before={"status": po.status.value},
                           after={"status": target.value, "receipt_no": receipt.receipt_no, "net_fen": net_total,
                                  "vat_fen": vat_total,
                                  "lines": [{"sku_code": ln.sku_code, "qty": ln.qty, "rejected_qty": ln.rejected_qty}
                                            for ln in receipt_in.lines]})
    return receipt


async def last_purchase_cost(sku_id: int, conn: BaseDBAsyncClient | None = None) -> int | None:
    """The net unit price of the SKU's latest accepted receipt line; None when it was never received (installed
    in backend.stock.cost_check by backend.wiring)."""
    last = await (ReceiptLine.filter(sku_id=sku_id, qty_accepted__gt=0).using_db(conn).order_by("-id").limit(1)
                  .values_list("unit_price_fen", flat=True))
    return int(last[0]) if last and last[0] else None


async def receipt_json(r: Receipt) -> dict[str, Any]:
    lines = await ReceiptLine.filter(receipt_id=r.id).select_related("sku", "batch").order_by("id")
    return {"receipt_no": r.receipt_no, "received_on": r.received_on.isoformat(), "on_time": r.on_time,
            "net_fen": r.net_fen, "vat_fen": r.vat_fen, "total_fen": r.net_fen + r.vat_fen,
            "lines": [{"sku_code": ln.sku.code, "qty": ln.qty_accepted, "rejected_qty": ln.qty_rejected,
                       "reject_reason": ln.reject_reason, "unit_price_fen": ln.unit_price_fen,
                       "batch_no": ln.batch.batch_no if ln.batch else None,
                       "expiry_date": iso(ln.batch.expiry_date) if ln.batch else None}
                      for ln in lines]}
