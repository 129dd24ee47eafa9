"""Promotions: full reduction, percentage off, buy N get M free, member price. Per store and channel, inside
a time window, and only after approval (draft -> pending_approval -> approved; a different user approves)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class PromotionKind(StrEnum):
    FULL_REDUCTION = "full_reduction"  # 满 threshold 减 amount (每满 when repeat)
    PERCENT_OFF = "percent_off"  # percent_off_bp off the eligible lines (1500 = 15% off = 八五折)
    BUY_N_GET_M = "buy_n_get_m"  # of every buy_qty + free_qty units of one SKU, free_qty are free
    MEMBER_PRICE = "member_price"  # members pay PromotionItem.price_fen


KIND_NAMES_ZH = {
    PromotionKind.FULL_REDUCTION: "满减",
    PromotionKind.PERCENT_OFF: "折扣",
    PromotionKind.BUY_N_GET_M: "买赠",
    PromotionKind.MEMBER_PRICE: "会员价",
}


class PromotionStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"  # live while now is inside [starts_at, ends_at)
    REJECTED = "rejected"
    ENDED = "ended"  # stopped by hand


STATUS_NAMES_ZH = {
    PromotionStatus.DRAFT: "草稿",
    PromotionStatus.PENDING_APPROVAL: "待审批",
    PromotionStatus.APPROVED: "已审批",
    PromotionStatus.REJECTED: "已驳回",
    PromotionStatus.ENDED: "已结束",
}


class Promotion(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    kind = fields.CharEnumField(PromotionKind, max_length=20)
    status = fields.CharEnumField(PromotionStatus, max_length=20, default=PromotionStatus.DRAFT, db_index=True)
    threshold_fen = fields.BigIntField(default=0)
    amount_fen = fields.BigIntField(default=0)
    repeat = fields.BooleanField(default=False)  # full reduction per multiple of the threshold
    percent_off_bp = fields.IntField(default=0)
    buy_qty = fields.IntField(default=0)
    free_qty = fields.IntField(default=0)
    member_only = fields.BooleanField(default=False)
    channels = fields.JSONField(default=list)  # [] = every channel
    location_ids = fields.JSONField(default=list)  # [] = every location
    category = fields.ForeignKeyField("models.Category", related_name=False, null=True, on_delete=fields.RESTRICT)
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField(db_index=True)
    note = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    submitted_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    submitted_at = fields.DatetimeField(null=True)
    approved_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "promotions"


class PromotionItem(Model):
    """The SKUs a promotion covers (none: every SKU, or the category), with the member price where it is one."""

    id = fields.IntField(primary_key=True)
    promotion = fields.ForeignKeyField("models.Promotion", related_name="items", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    price_fen = fields.BigIntField(null=True)

    class Meta:
        table = "promotion_items"
        unique_together = (("promotion", "sku"),)


class PromotionApplication(Model):
    """What one promotion saved on one order: a discount line on the receipt."""

    id = fields.BigIntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name=False, on_delete=fields.CASCADE)
    promotion = fields.ForeignKeyField("models.Promotion", related_name="applications", on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=64)
    amount_fen = fields.BigIntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "promotion_applications"
