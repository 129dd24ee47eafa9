"""Orders from every channel in one model, with items, shipments, returns and refunds. Money in fen."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from backend.org.models import Channel


class OrderStatus(StrEnum):
    PENDING = "pending"
    PAID = "paid"
    REVIEW = "review"  # paid, stock held, stopped by a hold rule until a reviewer releases or cancels it
    ALLOCATED = "allocated"
    PICKING = "picking"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RETURNED = "returned"


ORDER_STATUS_ZH = {
    OrderStatus.PENDING: "待付款",
    OrderStatus.PAID: "已付款",
    OrderStatus.REVIEW: "待审核",
    OrderStatus.ALLOCATED: "已分配",
    OrderStatus.PICKING: "拣货中",
    OrderStatus.SHIPPED: "已发货",
    OrderStatus.DELIVERED: "已送达",
    OrderStatus.COMPLETED: "已完成",
    OrderStatus.CANCELLED: "已取消",
    OrderStatus.RETURNED: "已退货",
}


class Order(Model):
    id = fields.IntField(primary_key=True)
    order_no = fields.CharField(max_length=32, unique=True)
    channel = fields.CharEnumField(Channel, max_length=16, db_index=True)
    external_id = fields.CharField(max_length=64, null=True)  # the platform's order id
    status = fields.CharEnumField(OrderStatus, max_length=16, default=OrderStatus.PENDING, db_index=True)
    member = fields.ForeignKeyField("models.Member", related_name="orders", null=True, on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name="orders", null=True, on_delete=fields.RESTRICT)
    created_by = fields.ForeignKeyField("models.User", related_name="orders", null=True, on_delete=fields.SET_NULL)
    # Who sold it and earns its commission (backend.orders.sellers): the clerk at the POS or who keyed a phone
    # order, the live session's seller; null for mini-program and marketplace orders and system placements.
    seller = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    subtotal_fen = fields.BigIntField(default=0)
    discount_fen = fields.BigIntField(default=0)
    shipping_fen = fields.BigIntField(default=0)
    total_fen = fields.BigIntField(default=0)
    paid_fen = fields.BigIntField(default=0)
    refunded_fen = fields.BigIntField(default=0)
    payment_method = fields.CharField(max_length=16, default="")
    pickup = fields.BooleanField(default=False)
    receiver_name = fields.CharField(max_length=64, default="")
    receiver_phone = fields.CharField(max_length=255, default="")  # encrypted at rest when set
    receiver_address = fields.TextField(default="")  # encrypted at rest when set
    note = fields.CharField(max_length=255, default="")
    buyer_remark = fields.CharField(max_length=255, default="")  # the buyer's own words (a platform's 买家留言)
    # "legacy": a completed sale of the old system imported as history (backend.orders.history): it counts in
    # reports, forecasts and member spend but moved no stock here and has no ledger entries or after-sales.
    source = fields.CharField(max_length=16, default="")
    placed_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    paid_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    items: fields.ReverseRelation[OrderItem]

    class Meta:
        table = "orders"
        unique_together = (("channel", "external_id"),)


class OrderItem(Model):
    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="items", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name="order_items", on_delete=fields.RESTRICT)
    sku_name = fields.CharField(max_length=160)
    qty = fields.IntField()
    unit_price_fen = fields.BigIntField()
    discount_fen = fields.BigIntField(default=0)
    line_total_fen = fields.BigIntField()
    qty_shipped = fields.IntField(default=0)
    qty_returned = fields.IntField(default=0)
    cogs_fen = fields.BigIntField(default=0)  # cost of the units shipped so far

    class Meta:
        table = "order_items"
        indexes = (("sku_id",),)  # one SKU's sales: the forecast, repurchase analytics


class OrderDiscount(Model):
    """One saving on the order's receipt, as pricing applied it (backend.orders.pricing `ctx.discounts`):
    a promotion, a coupon or points, with its label and amount in fen. Written once at placement."""

    id = fields.BigIntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="discounts", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=16)  # promotion, coupon, points
    code = fields.CharField(max_length=64, default="")  # promotion code, coupon code, "points"
    label = fields.CharField(max_length=128)
    amount_fen = fields.BigIntField()
    points = fields.IntField(default=0)  # points spent (kind points)
    coupon_id = fields.IntField(null=True)

    class Meta:
        table = "order_discounts"


class OrderEvent(Model):
    """Status history: every transition and notable action, who did it and when."""

    id = fields.BigIntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="events", on_delete=fields.CASCADE)
    from_status = fields.CharField(max_length=16, default="")
    to_status = fields.CharField(max_length=16, default="")
    note = fields.CharField(max_length=255, default="")
    user = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "order_events"


class OrderPayment(Model):
    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="payments", on_delete=fields.CASCADE)
    method = fields.CharField(max_length=16)  # cash, wechat, alipay, balance, platform
    amount_fen = fields.BigIntField()
    external_ref = fields.CharField(max_length=64, null=True, unique=True)  # e.g. WeChat transaction_id
    # The merchant's own payment gateway the money came through ("wechat" JSAPI / micropay, "alipay" barcode) and
    # the trade's out_trade_no there; "" for a payment staff recorded by hand (no trade of ours to refund against).
    gateway = fields.CharField(max_length=16, default="")
    out_trade_no = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "order_payments"


class Shipment(Model):
    id = fields.IntField(primary_key=True)
    shipment_no = fields.CharField(max_length=32, unique=True)
    order = fields.ForeignKeyField("models.Order", related_name="shipments", on_delete=fields.CASCADE)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    carrier = fields.CharField(max_length=32, default="")
    tracking_no = fields.CharField(max_length=64, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    shipped_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "shipments"


class ShipmentLine(Model):
    id = fields.IntField(primary_key=True)
    shipment = fields.ForeignKeyField("models.Shipment", related_name="lines", on_delete=fields.CASCADE)
    order_item = fields.ForeignKeyField("models.OrderItem", related_name="shipment_lines", on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name=False, on_delete=fields.RESTRICT)
    qty = fields.IntField()
    cogs_fen = fields.BigIntField(default=0)
    qty_returned = fields.IntField(default=0)  # units of this line that came back (restocked or written off)

    class Meta:
        table = "shipment_lines"


class ReturnStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    RECEIVED = "received"  # goods back, restocked or written off
    REFUNDED = "refunded"


class ReturnRequest(Model):
    """An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back."""

    id = fields.IntField(primary_key=True)
    rma_no = fields.CharField(max_length=32, unique=True)
    order = fields.ForeignKeyField("models.Order", related_name="returns", on_delete=fields.CASCADE)
    status = fields.CharEnumField(ReturnStatus, max_length=16, default=ReturnStatus.REQUESTED)
    reason = fields.CharField(max_length=255, default="")
    refund_fen = fields.BigIntField(default=0)
    created_by_member = fields.ForeignKeyField("models.Member", related_name=False, null=True, on_delete=fields.SET_NULL)
    handled_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "return_requests"


class ReturnLine(Model):
    id = fields.IntField(primary_key=True)
    rma = fields.ForeignKeyField("models.ReturnRequest", related_name="lines", on_delete=fields.CASCADE)
    order_item = fields.ForeignKeyField("models.OrderItem", related_name="return_lines", on_delete=fields.RESTRICT)
    qty = fields.IntField()
    restock = fields.BooleanField(default=True)  # False: write off (damaged, opened formula)
    cost_fen = fields.BigIntField(default=0)  # cost of the units at the time they left, set on receipt

    class Meta:
        table = "return_lines"


class RefundStatus(StrEnum):
    PENDING = "pending"  # sent (or about to be) to the payment provider, not yet confirmed
    SUCCEEDED = "succeeded"  # the money went back (the ledger entry is posted then)
    FAILED = "failed"  # the provider refused, or retries ran out: raised to finance


REFUND_STATUS_ZH = {RefundStatus.PENDING: "退款中", RefundStatus.SUCCEEDED: "已退款", RefundStatus.FAILED: "退款失败"}


class Refund(Model):
    """Money going back for one tender of an order (backend.orders.refunds). Cash, stored value and hand-recorded
    payments succeed at once; a payment through WeChat Pay / Alipay is refunded by the provider from this row
    (its own outbox: `next_attempt_at` due rows are sent by the refunds job) and the ledger entry is posted when
    the provider confirms."""

    id = fields.IntField(primary_key=True)
    refund_no = fields.CharField(max_length=32, unique=True)  # out_refund_no / out_request_no at the provider
    order = fields.ForeignKeyField("models.Order", related_name="refunds", on_delete=fields.CASCADE)
    rma = fields.ForeignKeyField("models.ReturnRequest", related_name="refunds", null=True, on_delete=fields.SET_NULL)
    payment = fields.ForeignKeyField("models.OrderPayment", related_name="refunds", null=True,
                                     on_delete=fields.SET_NULL)
    amount_fen = fields.BigIntField()
    method = fields.CharField(max_length=16, default="")
    reason = fields.CharField(max_length=255, default="")
    # The part of the refund taken from customer advances (paid, not yet shipped); the rest reverses revenue.
    from_advances_fen = fields.BigIntField(default=0)
    # The revenue part per order line ([{sku_id, gross_fen, tax_rate_bp, category_id}]), posted on confirmation.
    revenue_parts = fields.JSONField(default=list)
    status = fields.CharEnumField(RefundStatus, max_length=16, default=RefundStatus.SUCCEEDED, db_index=True)
    gateway = fields.CharField(max_length=16, default="")  # "", wechat, alipay: who sends the money back
    out_trade_no = fields.CharField(max_length=64, default="")  # the original trade at the provider
    trade_total_fen = fields.BigIntField(default=0)  # that trade's total (WeChat's total_fee)
    provider_refund_id = fields.CharField(max_length=64, default="")
    submitted_at = fields.DatetimeField(null=True)  # the provider accepted the request (WeChat: result follows)
    attempts = fields.IntField(default=0)  # failed sends so far
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)  # pending: due from then (leased by a claim)
    last_error = fields.CharField(max_length=255, default="")
    confirmed_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "refunds"


class PrepayCloseStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


class PrepayClose(Model):
    """An outbox row: close the WeChat Pay prepay order of a cancelled unpaid mini-program order (closeorder), so
    the shopper cannot pay it any more. Written in the cancelling transaction, sent by the refunds job."""

    id = fields.IntField(primary_key=True)
    order = fields.OneToOneField("models.Order", related_name="prepay_close", on_delete=fields.CASCADE)
    out_trade_no = fields.CharField(max_length=64)
    status = fields.CharEnumField(PrepayCloseStatus, max_length=8, default=PrepayCloseStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)
    last_error = fields.CharField(max_length=255, default="")
    result = fields.CharField(max_length=32, default="")  # closed, absent, paid
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "prepay_closes"


class RefundRequestStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"


REFUND_REQUEST_STATUS_ZH = {RefundRequestStatus.REQUESTED: "待门店审核", RefundRequestStatus.APPROVED: "已同意",
                            RefundRequestStatus.REJECTED: "已拒绝"}


class RefundRequest(Model):
    """The shopper asks for the money back of a paid order that has not started shipping (backend.orders.
    refund_requests): approved at once within the chain's window, else by the store manager."""

    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="refund_requests", on_delete=fields.CASCADE)
    status = fields.CharEnumField(RefundRequestStatus, max_length=16, default=RefundRequestStatus.REQUESTED)
    reason = fields.CharField(max_length=255, default="")
    auto_approved = fields.BooleanField(default=False)
    decision_note = fields.CharField(max_length=255, default="")
    created_by_member = fields.ForeignKeyField("models.Member", related_name=False, null=True,
                                               on_delete=fields.SET_NULL)
    handled_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refund_requests"


class ExchangeStatus(StrEnum):
    REQUESTED = "requested"  # returned unit asked for, replacement reserved
    APPROVED = "approved"  # staff agreed: the shopper sends the unit back
    SETTLED = "settled"  # unit received; credit moved to the replacement, the difference paid back if cheaper
    REJECTED = "rejected"  # refused: the replacement order is cancelled and its stock released


class Exchange(Model):
    """换货 (backend.orders.exchanges): units of one shipped line go back (an RMA on the original order) and a
    replacement order for another SKU, linked here, is reserved, paid with the returned units' value and shipped;
    the price difference is paid by the shopper on the replacement or refunded on the original."""

    id = fields.IntField(primary_key=True)
    exchange_no = fields.CharField(max_length=32, unique=True)
    order = fields.ForeignKeyField("models.Order", related_name="exchanges", on_delete=fields.CASCADE)
    order_item = fields.ForeignKeyField("models.OrderItem", related_name=False, on_delete=fields.RESTRICT)
    qty = fields.IntField()
    new_sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    rma = fields.OneToOneField("models.ReturnRequest", related_name="exchange", on_delete=fields.RESTRICT)
    replacement = fields.OneToOneField("models.Order", related_name="exchange_of", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(ExchangeStatus, max_length=16, default=ExchangeStatus.REQUESTED)
    credit_fen = fields.BigIntField()  # what the returned units were paid (their share of the line)
    new_total_fen = fields.BigIntField()  # the replacement order's total
    transferred_fen = fields.BigIntField(default=0)  # credit paid into the replacement order
    refunded_fen = fields.BigIntField(default=0)  # difference refunded on the original order (cheaper SKU)
    reason = fields.CharField(max_length=255, default="")
    request_key = fields.CharField(max_length=128, null=True)  # the asker's Idempotency-Key
    created_by_member = fields.ForeignKeyField("models.Member", related_name=False, null=True,
                                               on_delete=fields.SET_NULL)
    handled_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "order_exchanges"
        unique_together = (("order", "request_key"),)


class MessageAuthor(StrEnum):
    SHOPPER = "shopper"
    STAFF = "staff"


class OrderMessage(Model):
    """One message of an order's after-sales thread between its shopper and the store (backend.orders.aftersales).
    `read_at` is when the other side first read it: staff for a shopper's message, the shopper for a staff one."""

    id = fields.BigIntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="messages", on_delete=fields.CASCADE)
    author_kind = fields.CharEnumField(MessageAuthor, max_length=8)
    member = fields.ForeignKeyField("models.Member", related_name=False, null=True, on_delete=fields.SET_NULL)
    user = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    rma = fields.ForeignKeyField("models.ReturnRequest", related_name="messages", null=True,
                                 on_delete=fields.SET_NULL)
    body = fields.CharField(max_length=500)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "order_messages"
        indexes = (("order", "author_kind", "read_at"),)


class HoldRuleKind(StrEnum):
    HIGH_VALUE = "high_value"  # total at or over threshold_fen
    ADDRESS_RISK = "address_risk"  # delivery address incomplete or containing a blocklisted word
    FIRST_ORDER = "first_order"  # the member's first order
    BUYER_REMARK = "buyer_remark"  # the buyer left a remark


HOLD_RULE_ZH = {HoldRuleKind.HIGH_VALUE: "大额订单", HoldRuleKind.ADDRESS_RISK: "地址风险",
                HoldRuleKind.FIRST_ORDER: "会员首单", HoldRuleKind.BUYER_REMARK: "买家留言"}


class OrderHoldRule(Model):
    """One configurable hold rule (backend.orders.review): an order it matches stops in review once paid.
    A kind with no row is off."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(HoldRuleKind, max_length=16, unique=True)
    enabled = fields.BooleanField(default=False)
    threshold_fen = fields.BigIntField(default=0)  # high_value
    keywords = fields.JSONField(default=list)  # address_risk: blocklisted words in the address
    updated_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "order_hold_rules"


class ReviewStatus(StrEnum):
    HELD = "held"
    RELEASED = "released"
    CANCELLED = "cancelled"


REVIEW_STATUS_ZH = {ReviewStatus.HELD: "待审核", ReviewStatus.RELEASED: "已放行", ReviewStatus.CANCELLED: "已取消"}


class OrderReview(Model):
    """An order held for review: why (the rules it matched), and the reviewer's decision with its reason.
    `merge_no` groups orders merged to ship as one parcel (same buyer, same address, one location)."""

    id = fields.IntField(primary_key=True)
    order = fields.ForeignKeyField("models.Order", related_name="reviews", on_delete=fields.CASCADE)
    status = fields.CharEnumField(ReviewStatus, max_length=16, default=ReviewStatus.HELD, db_index=True)
    reasons = fields.JSONField(default=list)  # [{"rule": kind, "message": 中文}]
    merge_no = fields.CharField(max_length=32, default="", db_index=True)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decision_note = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "order_reviews"


class OfflineSale(Model):
    """A counter sale made while the till was offline, recorded when it synced (backend.orders.offline). Unique
    by the till's Idempotency-Key: however often (and however concurrently) the till sends it again, it is
    recorded once and the first answer is replayed."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=128, unique=True)
    request_hash = fields.CharField(max_length=64)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    clerk = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    order = fields.ForeignKeyField("models.Order", related_name=False, null=True, on_delete=fields.RESTRICT)
    occurred_at = fields.DatetimeField()  # when the sale happened at the counter (the till's clock)
    ledger_date = fields.DateField()  # the business day its entries were posted on
    ledger_note = fields.CharField(max_length=255, default="")  # why not the day it happened (closed month)
    short_units = fields.IntField(default=0)  # units the books no longer had (StockDiscrepancy rows)
    # The sale had reached POST /orders with the same key before (its answer was lost): nothing new recorded.
    already_online = fields.BooleanField(default=False)
    response = fields.JSONField()  # the answer kept for every resend
    received_at = fields.DatetimeField(auto_now_add=True)
    # Price variance (backend.orders.offline_prices): the till charged less than the price list at the moment of
    # the sale by more than the tolerance. The sale stands; the store manager is told and reviews it.
    price_flagged = fields.BooleanField(default=False, db_index=True)
    price_variance_fen = fields.BigIntField(default=0)  # expected (price list) - paid, when flagged
    price_lines = fields.JSONField(default=list)  # per SKU: expected vs charged unit price and the shortfall, fen
    price_reviewed_by = fields.ForeignKeyField("models.User", related_name=False, null=True,
                                               on_delete=fields.SET_NULL)
    price_reviewed_at = fields.DatetimeField(null=True)
    price_review_note = fields.CharField(max_length=255, default="")

    class Meta:
        table = "offline_sales"
