"""Supplier invoices and the three-way match (三单匹配: purchase order, receipt, invoice).

An invoice names its PO and, per line, the SKU, the quantity invoiced and the net unit price. It is matched
against the PO's price and the quantity received and not yet invoiced (earlier invoices of the PO that are not
cancelled count as invoiced):
- a quantity above what was received and not yet invoiced holds the invoice;
- a unit price off the PO price by more than TOLERANCE_BP holds it;
- the invoice total (net + VAT) off the received, not yet invoiced quantities at the PO's prices (what the
  receipts booked to payables) by more than max(TOLERANCE_FEN, TOLERANCE_BP of it) holds it.
A matched invoice is payable; its difference to the booked amount (inside the tolerance) is posted as a purchase
price variance so the supplier's payable equals the invoice. A held invoice is paid only after another finance
user releases it with a reason (the difference is then posted the same way), or it is cancelled. Audited:
finance.invoice_{enter,release,cancel}.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance.postings import post_invoice_variance
from backend.money import fen_to_yuan
from backend.purchasing.models import InvoiceStatus, PurchaseOrderLine, Supplier, SupplierInvoice
from backend.purchasing.orders import get_po, vat_of
from backend.timestamps import iso

TOLERANCE_BP = 100  # 1 % on a unit price and on the invoice total
TOLERANCE_FEN = 1000  # ¥10 on the invoice total (rounding on a supplier's invoice is not a dispute)
MAX_FEN = 10**12

STATUS_ZH = {InvoiceStatus.MATCHED: "已匹配待付款", InvoiceStatus.HELD: "差异挂起", InvoiceStatus.PAID: "已付款",
             InvoiceStatus.CANCELLED: "已作废"}


@dataclass(frozen=True)
class InvoiceLineIn:
    sku_code: str
    qty: int
    unit_price_fen: int  # net of VAT


@dataclass(frozen=True)
class InvoiceIn:
    invoice_no: str
    po_no: str
    invoice_date: dt.date
    lines: Sequence[InvoiceLineIn]
    vat_fen: int | None = None  # as printed; default: per line at the PO rate


async def _invoiced_qty(po_id: int, conn: BaseDBAsyncClient) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for inv in await SupplierInvoice.filter(po_id=po_id).exclude(status=InvoiceStatus.CANCELLED).using_db(conn):
        for ln in inv.lines:
            out[int(ln["po_line_id"])] += int(ln["qty"])
    return out


def _over(diff: int, base: int, bp: int) -> bool:
    return abs(diff) * 10000 > base * bp


async def enter_invoice(invoice: InvoiceIn, *, user: Any) -> SupplierInvoice:
    async with in_transaction() as conn:
        po = await get_po(invoice.po_no, conn)
        supplier = await Supplier.get(id=po.supplier_id).using_db(conn)
        po_lines = {pl.sku.code: pl for pl in await PurchaseOrderLine.filter(po_id=po.id).using_db(conn)
                    .select_related("sku")}
        invoiced = await _invoiced_qty(po.id, conn)
        reasons: list[str] = []
        lines: list[dict[str, Any]] = []
        net = expected_net = expected_vat = line_vat = 0
        for ln in invoice.lines:
            pl = po_lines.get(ln.sku_code)
            if pl is None:
                raise ValidationError(f"商品 {ln.sku_code} 不在采购单 {po.po_no} 中")
            open_qty = pl.qty_received - invoiced[pl.id]
            if ln.qty > open_qty:
                reasons.append(f"{ln.sku_code} 开票数量 {ln.qty} 超过已收货未开票数量 {max(open_qty, 0)}")
            if _over(ln.unit_price_fen - pl.unit_price_fen, pl.unit_price_fen, TOLERANCE_BP):
                reasons.append(f"{ln.sku_code} 开票单价 {fen_to_yuan(ln.unit_price_fen)} 元与采购单价 "
                               f"{fen_to_yuan(pl.unit_price_fen)} 元不符")
            invoiced[pl.id] += ln.qty
            net += ln.qty * ln.unit_price_fen
            line_vat += vat_of(ln.qty * ln.unit_price_fen, pl.tax_rate_bp)
            booked_qty = min(ln.qty, max(open_qty, 0))  # what the receipts booked to payables for this line
            expected_net += booked_qty * pl.unit_price_fen
            expected_vat += vat_of(booked_qty * pl.unit_price_fen, pl.tax_rate_bp)
            lines.append({"po_line_id": pl.id, "sku_code": ln.sku_code, "qty": ln.qty,
                          "unit_price_fen": ln.unit_price_fen, "po_price_fen": pl.unit_price_fen})
        vat = line_vat if invoice.vat_fen is None else invoice.vat_fen
        total, expected = net + vat, expected_net + expected_vat
        if abs(total - expected) > max(TOLERANCE_FEN, expected * TOLERANCE_BP // 10000):
            reasons.append(f"发票金额 {fen_to_yuan(total)} 元与收货金额 {fen_to_yuan(expected)} 元相差 "
                           f"{fen_to_yuan(total - expected)} 元，超出容差")
        status = InvoiceStatus.HELD if reasons else InvoiceStatus.MATCHED
        try:
            inv = await SupplierInvoice.create(
                supplier_id=supplier.id, invoice_no=invoice.invoice_no.strip(), po_id=po.id,
                invoice_date=invoice.invoice_date,
                due_date=invoice.invoice_date + dt.timedelta(days=supplier.payment_terms_days), lines=lines,
                net_fen=net, vat_fen=vat, total_fen=total, expected_fen=expected, status=status,
                hold_reasons=reasons, created_by_id=user.id, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"供应商 {supplier.name} 的发票 {invoice.invoice_no} 已登记", code="duplicate_invoice") from exc
        if status == InvoiceStatus.MATCHED:
            await _post_variance(inv, supplier, user, conn)
        await record_audit(user, "finance.invoice_enter", "supplier_invoice", inv.id, via="admin", using_db=conn,
                           after={"invoice_no": inv.invoice_no, "po_no": po.po_no, "total_fen": total,
                                  "expected_fen": expected, "status": status.value, "hold_reasons": reasons})
    return inv


async def _post_variance(inv: SupplierInvoice, supplier: Supplier, user: Any, conn: BaseDBAsyncClient) -> None:
    await post_invoice_variance(invoice_id=inv.id, invoice_no=inv.invoice_no, supplier=supplier.name,
                                variance_fen=inv.total_fen - inv.expected_fen, conn=conn, user_id=user.id)


async def load(invoice_id: int, conn: BaseDBAsyncClient | None = None) -> SupplierInvoice:
    inv = await SupplierInvoice.get_or_none(id=invoice_id).using_db(conn)
    if inv is None:
        raise NotFound("供应商发票不存在")
    return inv


async def release(invoice_id: int, reason: str, *, user: Any) -> SupplierInvoice:
    """Another finance user accepts a held invoice's difference; it becomes payable."""
    async with in_transaction() as conn:
        inv = await load(invoice_id, conn)
        if inv.created_by_id == user.id:
            raise Forbidden("不能放行自己登记的发票，请由另一位财务人员复核", code="self_approval")
        claimed = await SupplierInvoice.filter(id=inv.id, status=InvoiceStatus.HELD).using_db(conn).update(
            status=InvoiceStatus.MATCHED, release_reason=reason[:255], released_by_id=user.id)
        if not claimed:
            raise InvalidState(f"该发票{STATUS_ZH[inv.status]}，不能放行")
        await _post_variance(inv, await Supplier.get(id=inv.supplier_id).using_db(conn), user, conn)
        await record_audit(user, "finance.invoice_release", "supplier_invoice", inv.id, via="admin", using_db=conn,
                           after={"reason": reason, "variance_fen": inv.total_fen - inv.expected_fen})
        return await load(inv.id, conn)


async def cancel(invoice_id: int, reason: str, *, user: Any) -> SupplierInvoice:
    """Only a held invoice is cancelled (nothing was posted for it); its quantities are free to invoice again."""
    async with in_transaction() as conn:
        inv = await load(invoice_id, conn)
        claimed = await SupplierInvoice.filter(id=inv.id, status=InvoiceStatus.HELD).using_db(conn).update(
            status=InvoiceStatus.CANCELLED, release_reason=reason[:255])
        if not claimed:
            raise InvalidState(f"该发票{STATUS_ZH[inv.status]}，只有差异挂起的发票可以作废")
        await record_audit(user, "finance.invoice_cancel", "supplier_invoice", inv.id, via="admin", using_db=conn,
                           after={"reason": reason})
        return await load(inv.id, conn)


async def invoice_json(inv: SupplierInvoice) -> dict[str, Any]:
    supplier = await Supplier.get(id=inv.supplier_id)
    po = await inv.po
    return {"id": inv.id, "invoice_no": inv.invoice_no, "supplier_code": supplier.code,
            "supplier_name": supplier.name, "po_no": po.po_no, "invoice_date": inv.invoice_date.isoformat(),
            "due_date": inv.due_date.isoformat(), "lines": inv.lines, "net_fen": inv.net_fen, "vat_fen": inv.vat_fen,
            "total_fen": inv.total_fen, "expected_fen": inv.expected_fen,
            "variance_fen": inv.total_fen - inv.expected_fen, "status": inv.status.value,
            "status_name": STATUS_ZH[inv.status], "hold_reasons": inv.hold_reasons,
            "release_reason": inv.release_reason, "payment_run_id": inv.payment_run_id,
            "created_by_id": inv.created_by_id, "created_at": iso(inv.created_at)}


async def list_invoices(status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = SupplierInvoice.all()
    if status:
        try:
            qs = qs.filter(status=InvoiceStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    total = await qs.count()
    return {"items": [await invoice_json(i) for i in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": total}
