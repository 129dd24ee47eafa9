"""E-invoices: one row per invoice asked of the platform, blue (on a completed order) or red (on a refund)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class InvoiceKind(StrEnum):
    BLUE = "blue"  # 蓝字发票: the sale
    RED = "red"  # 红字发票: a refund of (part of) an invoiced sale, referencing its blue invoice


class InvoiceStatus(StrEnum):
    PENDING = "pending"  # to send, or sent and not issued yet (platform unreachable; red: the refund not
    # confirmed yet, the blue one not issued yet, or the buyer's confirmation awaited)
    ISSUED = "issued"
    FAILED = "failed"  # the platform refused: ``error`` says why (fix and retry from the back office)


INVOICE_STATUS_ZH = {InvoiceStatus.PENDING: "开票中", InvoiceStatus.ISSUED: "已开票", InvoiceStatus.FAILED: "开票失败"}
INVOICE_KIND_ZH = {InvoiceKind.BLUE: "蓝字发票", InvoiceKind.RED: "红字发票"}


class BuyerType(StrEnum):
    INDIVIDUAL = "individual"  # 个人: a name (or "个人"), no tax number needed
    COMPANY = "company"  # 单位: the company's name and its 纳税人识别号 (统一社会信用代码)


class EInvoice(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharEnumField(InvoiceKind, max_length=8)
    # "blue:<order id>" (one blue invoice per order) / "red:<refund id>" (one red invoice per refund)
    dedupe_key = fields.CharField(max_length=48, unique=True)
    request_key = fields.CharField(max_length=128, default="")  # blue: the Idempotency-Key it was requested with
    serial_no = fields.CharField(max_length=32, unique=True)  # ours at the platform (one invoice per serial)
    order = fields.ForeignKeyField("models.Order", related_name=False, on_delete=fields.RESTRICT)
    refund = fields.ForeignKeyField("models.Refund", related_name=False, null=True, on_delete=fields.RESTRICT)
    original = fields.ForeignKeyField("models.EInvoice", related_name="reds", null=True, on_delete=fields.RESTRICT)
    status = fields.CharEnumField(InvoiceStatus, max_length=8, default=InvoiceStatus.PENDING, db_index=True)
    buyer_type = fields.CharEnumField(BuyerType, max_length=16)
    buyer_name = fields.CharField(max_length=100)
    buyer_tax_no = fields.CharField(max_length=20, default="")
    buyer_email = fields.CharField(max_length=100, default="")
    # integer fen, negative on a red invoice: net (excluding VAT) + tax = total
    net_fen = fields.BigIntField()
    tax_fen = fields.BigIntField()
    total_fen = fields.BigIntField()
    # [{line_no, sku_id, sku_code, name, qty, unit, tax_rate_bp, gross_fen, net_fen, tax_fen}]
    lines = fields.JSONField(default=list)
    invoice_no = fields.CharField(max_length=32, default="", db_index=True)
    issued_at = fields.DatetimeField(null=True)
    pdf_url = fields.CharField(max_length=500, default="")
    confirm_uuid = fields.CharField(max_length=64, default="")  # red: the platform's 红字确认单
    confirm_no = fields.CharField(max_length=64, default="")
    confirm_state = fields.CharField(max_length=4, default="")
    error = fields.CharField(max_length=255, default="")
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)  # pending: due from then (leased by a claim)
    requested_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    member_id = fields.IntField(null=True)  # the shopper who asked for it
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "einvoices"
