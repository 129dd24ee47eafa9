"""Live-stream selling: a session (seller, time window, location) with its SKUs, flash prices and the quantity
set aside for it, and one row per order taken by the session's fast path."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


SESSION_STATUS_ZH = {
    SessionStatus.SCHEDULED: "未开播",
    SessionStatus.LIVE: "直播中",
    SessionStatus.ENDED: "已结束",
}


class PriceApproval(StrEnum):
    NOT_NEEDED = ""  # every flash price at or above its floor
    PENDING = "pending"  # a flash price below its floor: HQ (not the seller, not the creator) must approve
    APPROVED = "approved"
    REJECTED = "rejected"


PRICE_APPROVAL_ZH = {
    PriceApproval.NOT_NEEDED: "无需审批",
    PriceApproval.PENDING: "低价待总部审批",
    PriceApproval.APPROVED: "低价已获批准",
    PriceApproval.REJECTED: "低价被驳回",
}


class LiveSession(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=64)
    seller = fields.ForeignKeyField("models.User", related_name="live_sessions", on_delete=fields.RESTRICT)
    # The quantities are set aside from this location's stock and the orders ship from it.
    location = fields.ForeignKeyField("models.Location", related_name="live_sessions", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(SessionStatus, max_length=16, default=SessionStatus.SCHEDULED, db_index=True)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField(db_index=True)
    started_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Flash prices below their floor (backend.live.price_floor) hold the start until HQ approves them.
    price_approval = fields.CharEnumField(PriceApproval, max_length=16, default=PriceApproval.NOT_NEEDED)
    price_decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True,
                                              on_delete=fields.SET_NULL)
    price_decided_at = fields.DatetimeField(null=True)
    price_reject_reason = fields.CharField(max_length=255, default="")

    items: fields.ReverseRelation[LiveSessionItem]

    class Meta:
        table = "live_sessions"


class LiveSessionItem(Model):
    """One SKU of a session. `sold` only grows through the guarded UPDATE of the order fast path
    (sold + qty <= qty_set_aside, session still open): the database-side guard against overselling."""

    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.LiveSession", related_name="items", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    flash_price_fen = fields.BigIntField()
    floor_fen = fields.BigIntField(default=0)  # the floor the flash price was compared with at creation
    qty_set_aside = fields.IntField()
    sold = fields.IntField(default=0)
    per_buyer_limit = fields.IntField(default=0)  # 0: no limit
    closed = fields.BooleanField(default=False)  # set when the session ends; no order may add to `sold` after
    qty_returned = fields.IntField(default=0)  # released back to the normal pool at the end

    class Meta:
        table = "live_session_items"
        unique_together = (("session", "sku"),)


class LiveOrder(Model):
    """An order taken by a session: who bought (buyer identity), under which request key, from which Redis claim."""

    id = fields.BigIntField(primary_key=True)
    session = fields.ForeignKeyField("models.LiveSession", related_name="orders", on_delete=fields.CASCADE)
    item = fields.ForeignKeyField("models.LiveSessionItem", related_name="orders", on_delete=fields.CASCADE)
    order = fields.ForeignKeyField("models.Order", related_name=False, on_delete=fields.CASCADE)
    buyer = fields.CharField(max_length=80)  # "member:12" or "live:<platform buyer id>"
    request_key = fields.CharField(max_length=128, null=True)  # the buyer's Idempotency-Key
    claim_id = fields.CharField(max_length=40, unique=True)
    qty = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "live_orders"
        unique_together = (("session", "buyer", "request_key"),)
        indexes = (("item", "buyer"),)
