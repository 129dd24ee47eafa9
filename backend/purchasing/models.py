"""Purchasing: suppliers and what they supply, purchase orders with their approval, receipts into batches."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Supplier(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=128)
    contact_name = fields.CharField(max_length=64, default="")
    contact_phone = fields.CharField(max_length=32, default="")
    email = fields.CharField(max_length=128, default="")
    address = fields.CharField(max_length=255, default="")
    payment_terms_days = fields.IntField(default=30)  # invoice due this many days after receipt (0: on delivery)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "suppliers"


class SupplierProduct(Model):
    """A SKU a supplier sells us: net unit price (excluding VAT), lead time and minimum order quantity."""

    id = fields.IntField(primary_key=True)
    supplier = fields.ForeignKeyField("models.Supplier", related_name="products", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    price_fen = fields.BigIntField()
    lead_time_days = fields.IntField(default=7)
    min_order_qty = fields.IntField(default=1)
    is_preferred = fields.BooleanField(default=False)

    class Meta:
        table = "supplier_products"
        unique_together = (("supplier", "sku"),)


class POStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # waiting for approval
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT = "sent"  # sent to the supplier
    CONFIRMED = "confirmed"  # the supplier confirmed quantities and delivery date
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


PO_STATUS_ZH = {
    POStatus.DRAFT: "草稿",
    POStatus.SUBMITTED: "待审批",
    POStatus.APPROVED: "已审批",
    POStatus.REJECTED: "已驳回",
    POStatus.SENT: "已发送供应商",
    POStatus.CONFIRMED: "供应商已确认",
    POStatus.PARTIALLY_RECEIVED: "部分收货",
    POStatus.RECEIVED: "已收货",
    POStatus.CLOSED: "已关闭",
    POStatus.CANCELLED: "已取消",
}


class PurchaseOrder(Model):
    id = fields.IntField(primary_key=True)
    po_no = fields.CharField(max_length=32, unique=True)
    supplier = fields.ForeignKeyField("models.Supplier", related_name="orders", on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    status = fields.CharEnumField(POStatus, max_length=20, default=POStatus.DRAFT, db_index=True)
    net_fen = fields.BigIntField(default=0)
    vat_fen = fields.BigIntField(default=0)
    total_fen = fields.BigIntField(default=0)  # net + VAT: what the approval thresholds compare
    approver_role = fields.CharField(max_length=20, default="")  # store_manager | hq_admin, set on submit
    # Set on submit: 2 when the total is above the setting second_approval_above_fen (two different approvers,
    # neither the creator); the first approval is kept in first_approved_by while the PO stays submitted.
    approvals_required = fields.SmallIntField(default=1)
    note = fields.CharField(max_length=255, default="")
    reject_reason = fields.CharField(max_length=255, default="")
    expected_date = fields.DateField(null=True)  # promised delivery (lead time, or the supplier's confirmation)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    first_approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True,
                                               on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    submitted_at = fields.DatetimeField(null=True)
    first_approved_at = fields.DatetimeField(null=True)
    decided_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    confirmed_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    lines: fields.ReverseRelation[PurchaseOrderLine]

    class Meta:
        table = "purchase_orders"


class PurchaseOrderLine(Model):
    id = fields.IntField(primary_key=True)
    po = fields.ForeignKeyField("models.PurchaseOrder", related_name="lines", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    qty = fields.IntField()
    unit_price_fen = fields.BigIntField()  # net of VAT
    tax_rate_bp = fields.IntField(default=1300)
    qty_received = fields.IntField(default=0)  # accepted into stock
    qty_rejected = fields.IntField(default=0)  # refused at the door (damaged, short expiry, wrong item)

    class Meta:
        table = "purchase_order_lines"
        unique_together = (("po", "sku"),)


class Receipt(Model):
    """One delivery received against a purchase order (posted to stock and to the ledger when written)."""

    id = fields.IntField(primary_key=True)
    receipt_no = fields.CharField(max_length=32, unique=True)
    po = fields.ForeignKeyField("models.PurchaseOrder", related_name="receipts", on_delete=fields.RESTRICT)
    client_ref = fields.CharField(max_length=64, null=True)  # a retried submission with the same ref is one receipt
    on_time = fields.BooleanField(default=True)
    net_fen = fields.BigIntField(default=0)
    vat_fen = fields.BigIntField(default=0)
    note = fields.CharField(max_length=255, default="")
    received_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    received_on = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    lines: fields.ReverseRelation[ReceiptLine]

    class Meta:
        table = "purchase_receipts"
        unique_together = (("po", "client_ref"),)


class ReceiptLine(Model):
    id = fields.IntField(primary_key=True)
    receipt = fields.ForeignKeyField("models.Receipt", related_name="lines", on_delete=fields.CASCADE)
    po_line = fields.ForeignKeyField("models.PurchaseOrderLine", related_name="receipt_lines",
                                     on_delete=fields.RESTRICT)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name=False, null=True, on_delete=fields.RESTRICT)
    qty_accepted = fields.IntField(default=0)
    qty_rejected = fields.IntField(default=0)
    reject_reason = fields.CharField(max_length=128, default="")
    unit_price_fen = fields.BigIntField()

    class Meta:
        table = "purchase_receipt_lines"


class PurchasingSetting(Model):
    """Chain-wide purchasing settings, one row per key (see backend.purchasing.settings_store)."""

    key = fields.CharField(max_length=64, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "purchasing_settings"


class InvoiceStatus(StrEnum):
    MATCHED = "matched"  # agrees with its PO and receipts within tolerance: payable
    HELD = "held"  # a three-way match difference: not paid until finance releases it
    PAID = "paid"
    CANCELLED = "cancelled"


class SupplierInvoice(Model):
    """A supplier's invoice (供应商发票) against one PO, matched to the PO's prices and the quantities received
    and not yet invoiced (backend.purchasing.payables)."""

    id = fields.IntField(primary_key=True)
    supplier = fields.ForeignKeyField("models.Supplier", related_name=False, on_delete=fields.RESTRICT)
    invoice_no = fields.CharField(max_length=32)  # the supplier's number
    po = fields.ForeignKeyField("models.PurchaseOrder", related_name="invoices", on_delete=fields.RESTRICT)
    invoice_date = fields.DateField()
    due_date = fields.DateField(db_index=True)  # invoice date + the supplier's payment terms
    lines = fields.JSONField()  # [{"po_line_id", "sku_code", "qty", "unit_price_fen", "po_price_fen"}]
    net_fen = fields.BigIntField()
    vat_fen = fields.BigIntField()
    total_fen = fields.BigIntField()  # what we owe the supplier for it
    expected_fen = fields.BigIntField()  # the same quantities at the PO's prices, VAT included (what was booked)
    status = fields.CharEnumField(InvoiceStatus, max_length=12, db_index=True)
    hold_reasons = fields.JSONField(default=list)  # Chinese, one per difference
    release_reason = fields.CharField(max_length=255, default="")
    released_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    payment_run = fields.ForeignKeyField("models.PaymentRun", related_name="invoices", null=True,
                                         on_delete=fields.RESTRICT)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "supplier_invoices"
        unique_together = (("supplier", "invoice_no"),)


class PaymentRunStatus(StrEnum):
    PENDING = "pending"  # proposed; a second finance user approves it
    PAID = "paid"
    CANCELLED = "cancelled"


class PaymentRun(Model):
    """A batch of supplier payments (付款批次): proposed by one finance user, paid when another approves."""

    id = fields.IntField(primary_key=True)
    pay_date = fields.DateField()
    total_fen = fields.BigIntField()
    status = fields.CharEnumField(PaymentRunStatus, max_length=12, default=PaymentRunStatus.PENDING, db_index=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    invoices: fields.ReverseRelation[SupplierInvoice]

    class Meta:
        table = "payment_runs"
