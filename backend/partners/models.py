"""Partner applications (OAuth 2.0 clients), their access tokens, webhook subscriptions and deliveries."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ClientStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"


class OpenClient(Model):
    """A partner application. Secrets are random 256-bit strings shown once; only their SHA-256 is kept (a hash
    of a high-entropy secret needs no slow KDF). After a rotation the previous secret still authenticates until
    `previous_secret_expires_at` (the grace period). Revoked: no token is issued and every token is refused."""

    id = fields.IntField(primary_key=True)
    client_id = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=100)
    scopes = fields.JSONField(default=list)  # the scopes it may ask for (backend.partners.clients.SCOPES)
    rate_limit_per_min = fields.IntField(default=600)
    secret_hash = fields.CharField(max_length=64)
    previous_secret_hash = fields.CharField(max_length=64, default="")
    previous_secret_expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ClientStatus, max_length=16, default=ClientStatus.ACTIVE)
    revoked_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "open_clients"


class OpenToken(Model):
    """An access token issued to a client (client credentials grant): only its SHA-256 is stored."""

    id = fields.BigIntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    client = fields.ForeignKeyField("models.OpenClient", related_name="tokens", on_delete=fields.CASCADE)
    scopes = fields.JSONField(default=list)
    expires_at = fields.DatetimeField()
    revoked = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "open_tokens"
        indexes = (("expires_at",),)


class WebhookSubscription(Model):
    """Where a client wants events posted. The signing secret is sealed at rest (backend.fieldcrypt): it must be
    read back to sign each delivery."""

    id = fields.IntField(primary_key=True)
    client = fields.ForeignKeyField("models.OpenClient", related_name="subscriptions", on_delete=fields.CASCADE)
    url = fields.CharField(max_length=500)
    events = fields.JSONField(default=list)  # order.created, order.paid, order.shipped, stock.changed
    secret = fields.TextField()  # sealed
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "open_webhook_subscriptions"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    DEAD = "dead"


class WebhookDelivery(Model):
    """The outbox of webhook deliveries: one row per (event, subscription), written in the transaction of the
    business event, posted by backend.partners.webhooks.deliver_due with retries and backoff. The event id is
    the same on every attempt and replay, so receivers drop repeats."""

    id = fields.BigIntField(primary_key=True)
    subscription = fields.ForeignKeyField("models.WebhookSubscription", related_name="deliveries",
                                          on_delete=fields.CASCADE)
    event_id = fields.CharField(max_length=40)
    event_type = fields.CharField(max_length=32)
    payload = fields.JSONField()  # the JSON body posted (its bytes are re-serialised identically each attempt)
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    last_status_code = fields.IntField(null=True)
    last_error = fields.CharField(max_length=255, default="")
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "open_webhook_deliveries"
        unique_together = (("subscription", "event_id"),)
        indexes = (("status", "next_attempt_at"),)


class WebhookAttempt(Model):
    """The delivery log: each attempt to post a delivery, with the answer or the error."""

    id = fields.BigIntField(primary_key=True)
    delivery = fields.ForeignKeyField("models.WebhookDelivery", related_name="attempt_log", on_delete=fields.CASCADE)
    attempt = fields.IntField()
    status_code = fields.IntField(null=True)
    error = fields.CharField(max_length=255, default="")
    duration_ms = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "open_webhook_attempts"
