"""Channel sync: shops on the marketplaces, SKU mappings, stock policy, the stock outbox, push state, dead letters,
ingested platform orders, shipment pushes and reconciliation runs."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ChannelAccount(Model):
    """Our shop on one marketplace (one shop per platform: orders are unique per (channel, platform order id))."""

    id = fields.IntField(primary_key=True)
    platform = fields.CharField(max_length=16, unique=True)  # taobao, jd, pdd, douyin, kuaishou, wechat_shop
    name = fields.CharField(max_length=64, default="")
    app_key = fields.CharField(max_length=128)
    app_secret = fields.CharField(max_length=255)
    access_token = fields.CharField(max_length=255, default="")
    webhook_token = fields.CharField(max_length=128, default="")
    base_url = fields.CharField(max_length=255, default="")  # empty: the platform's production gateway
    sign_method = fields.CharField(max_length=16, default="")
    shop_id = fields.CharField(max_length=64, default="")
    is_active = fields.BooleanField(default=True)
    push_enabled = fields.BooleanField(default=True)
    pull_cursor = fields.TextField(null=True)
    pulled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_accounts"


class StockPolicy(Model):
    """How much of our available stock a channel may sell. sku null: the account's default; a row with a sku
    overrides it for that SKU. location_codes null: every active location feeds the channel."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="policies", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, null=True, on_delete=fields.CASCADE)
    share_bp = fields.IntField(default=10000)  # basis points of available (10000 = 100%)
    safety_buffer = fields.IntField(default=0)  # units held back from the channel
    location_codes = fields.JSONField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_stock_policies"
        unique_together = (("account", "sku"),)


class SkuMapping(Model):
    """Our SKU listed on a platform under the platform's SKU id."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="mappings", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.CASCADE)
    platform_sku_id = fields.CharField(max_length=64)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "channel_sku_mappings"
        unique_together = (("account", "sku"), ("account", "platform_sku_id"))


class StockOutbox(Model):
    """One row per stock change of (sku, location) that moved the available quantity, written by
    stock.management.apply_change in the changing transaction. The relay turns rows into push work."""

    id = fields.BigIntField(primary_key=True)
    sku_id = fields.IntField()
    location_id = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "channel_outbox"


class PushStatus(StrEnum):
    OK = "ok"  # pushed_seq == desired_seq
    PENDING = "pending"  # waiting for a worker
    RETRYING = "retrying"  # failed, will retry with backoff
    DEAD = "dead"  # gave up: a dead letter is open


class PushState(Model):
    """Per (channel account, sku): the sequence we want on the platform and the one it has. Every stock event
    bumps desired_seq; a push computes the quantity at push time and records the seq it covered. pushed_seq only
    grows, so an older push can never overwrite a newer one."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="push_states", on_delete=fields.CASCADE)
    sku_id = fields.IntField()
    desired_seq = fields.BigIntField(default=0)
    pushed_seq = fields.BigIntField(default=0)
    pushed_qty = fields.IntField(null=True)
    status = fields.CharEnumField(PushStatus, max_length=16, default=PushStatus.PENDING)
    attempts = fields.IntField(default=0)
    last_error = fields.CharField(max_length=255, default="")
    next_attempt_at = fields.DatetimeField(null=True)
    enqueued_at = fields.DatetimeField(null=True)
    pushed_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_push_states"
        unique_together = (("account", "sku_id"),)


class DeadLetterStatus(StrEnum):
    OPEN = "open"
    REPLAYING = "replaying"
    RESOLVED = "resolved"


DEAD_LETTER_STATUS_ZH = {DeadLetterStatus.OPEN: "待处理", DeadLetterStatus.REPLAYING: "重放中",
                         DeadLetterStatus.RESOLVED: "已解决"}


class DeadLetter(Model):
    """A push that failed too often. Stock: at most one open letter per (account, sku); shipment: per shipment
    push."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="dead_letters", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=16, default="stock")  # stock (push_stock) | shipment (push_shipment)
    sku_id = fields.IntField(null=True)
    platform_sku_id = fields.CharField(max_length=64, default="")
    qty = fields.IntField(null=True)  # the quantity the last attempt tried to publish
    shipment_push = fields.ForeignKeyField("models.ShipmentPush", related_name=False, null=True,
                                           on_delete=fields.CASCADE)  # kind shipment: what to push again
    attempts = fields.IntField(default=0)
    error = fields.CharField(max_length=500, default="")
    status = fields.CharEnumField(DeadLetterStatus, max_length=16, default=DeadLetterStatus.OPEN)
    replay_count = fields.IntField(default=0)
    replayed_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    replayed_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_dead_letters"


class PlatformOrderState(StrEnum):
    CREATED = "created"
    PAID = "paid"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class PlatformOrder(Model):
    """A platform order as ingested (webhook or pull), the state it has reached on the platform, and the Cradle
    order it became. Unique per (platform, platform order id): the idempotency key of ingestion."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="platform_orders",
                                     on_delete=fields.CASCADE)
    platform = fields.CharField(max_length=16)
    platform_order_id = fields.CharField(max_length=64)
    status = fields.CharField(max_length=16)  # PlatformOrderState, the furthest state seen
    platform_status = fields.CharField(max_length=32, default="")
    event_ms = fields.BigIntField(default=0)  # platform time of the latest event applied
    items = fields.JSONField(null=True)  # [[platform_sku_id, qty, price_fen]]
    total_fen = fields.BigIntField(null=True)
    order = fields.ForeignKeyField("models.Order", related_name=False, null=True, on_delete=fields.SET_NULL)
    error = fields.CharField(max_length=255, default="")  # why it has no Cradle order (unmapped SKU, no stock)
    deliveries = fields.IntField(default=0)  # how many times the platform told us about it
    sources = fields.CharField(max_length=32, default="")  # webhook,pull,reconcile
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_platform_orders"
        unique_together = (("platform", "platform_order_id"),)


class ShipmentPushStatus(StrEnum):
    PENDING = "pending"  # to push (now, or at next_attempt_at after a failure)
    DONE = "done"  # the platform shows the order shipped
    DEAD = "dead"  # gave up: a dead letter is open


SHIPMENT_PUSH_STATUS_ZH = {ShipmentPushStatus.PENDING: "待回传", ShipmentPushStatus.DONE: "已回传",
                           ShipmentPushStatus.DEAD: "回传失败"}


class ShipmentPush(Model):
    """The transactional outbox of shipments of platform orders: written by the orders' SHIPPED_HOOKS in the
    shipment's transaction, pushed to the platform (carrier + tracking number) by backend.channels.shipments.
    next_attempt_at: when a relay may take the row (also its lease while a push is in flight)."""

    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="shipment_pushes",
                                     on_delete=fields.CASCADE)
    order = fields.ForeignKeyField("models.Order", related_name=False, null=True, on_delete=fields.SET_NULL)
    platform_order_id = fields.CharField(max_length=64)
    shipment_no = fields.CharField(max_length=32)  # our Shipment.shipment_no
    carrier = fields.CharField(max_length=16)  # our carrier code (SF, ZTO, ...), see shipments.CARRIER_NAMES
    tracking_no = fields.CharField(max_length=64)
    status = fields.CharEnumField(ShipmentPushStatus, max_length=16, default=ShipmentPushStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=255, default="")
    pushed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_shipment_pushes"
        unique_together = (("account", "shipment_no"),)
        indexes = (("status", "next_attempt_at"),)


class ReconciliationRun(Model):
    """One pass of the reconciliation job: what it compared, what it corrected, what it could not."""

    id = fields.IntField(primary_key=True)
    started_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)
    trigger = fields.CharField(max_length=16, default="beat")  # beat, admin, test
    skus_checked = fields.IntField(default=0)
    stock_fixed = fields.IntField(default=0)
    orders_checked = fields.IntField(default=0)
    orders_fixed = fields.IntField(default=0)
    errors = fields.IntField(default=0)
    details = fields.JSONField(default=list)  # [{"kind", "platform", ...}]

    class Meta:
        table = "channel_reconciliations"


class PublicationState(StrEnum):
    PENDING = "pending"  # a publish is in flight (also its lease: a second publish waits for it)
    PUBLISHED = "published"  # the platform has the listing as last sent; the SKU mappings are written
    FAILED = "failed"  # the platform refused it (error holds why) or could not be reached


PUBLICATION_STATE_ZH = {PublicationState.PENDING: "发布中", PublicationState.PUBLISHED: "已发布",
                        PublicationState.FAILED: "发布失败"}


class ProductPublication(Model):
    """A Cradle product on one shop: what staff chose for the platform (leaf category, its attributes, images,
    title), the platform's item and SKU ids it became, and the last outcome. Unique per (product, account):
    publishing again updates the platform's item instead of listing it twice."""

    id = fields.IntField(primary_key=True)
    product = fields.ForeignKeyField("models.Product", related_name=False, on_delete=fields.CASCADE)
    account = fields.ForeignKeyField("models.ChannelAccount", related_name="publications", on_delete=fields.CASCADE)
    state = fields.CharEnumField(PublicationState, max_length=16, default=PublicationState.PENDING)
    category_id = fields.CharField(max_length=32)
    title = fields.CharField(max_length=128, default="")  # empty: the product's name
    images = fields.JSONField(default=list)  # image URLs, the first is the main picture
    attributes = fields.JSONField(default=dict)  # the category's attributes, keyed as the platform names them
    platform_item_id = fields.CharField(max_length=64, default="")
    sku_ids = fields.JSONField(default=dict)  # our SKU code -> platform SKU id (as in SkuMapping)
    error_kind = fields.CharField(max_length=32, default="")  # PlatformError.kind of the last failure
    error = fields.CharField(max_length=500, default="")
    attempts = fields.IntField(default=0)
    published_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "channel_publications"
        unique_together = (("product", "account"),)
