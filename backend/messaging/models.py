"""The staff notification outbox's table (staff_notifications; app label "models", unchanged)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class NotificationStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class StaffNotification(Model):
    """The notification outbox (backend.messaging.notifications): a WeCom message to staff, written in the business
    transaction and delivered by the background job."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # po_approval | aftersales_message
    # what it is about, unique: a retried request (or a second enqueue) never notifies twice
    dedupe_key = fields.CharField(max_length=128, unique=True)
    user_ids = fields.JSONField()  # WeCom user ids
    payload = fields.JSONField()  # {"msgtype": "text", "content": ...} | {"msgtype": "template_card", "card": {...}}
    status = fields.CharEnumField(NotificationStatus, max_length=8, default=NotificationStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)  # pending: due from then (a claim moves it on as a lease)
    last_error = fields.CharField(max_length=255, default="")
    invalid_users = fields.JSONField(default=list)  # WeCom's invaliduser: not told, not retried
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "staff_notifications"
        indexes = (("status", "next_attempt_at"),)
