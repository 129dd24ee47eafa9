"""The counter receipt (小票) of one order: who may print it, and the plain data every rendering uses.

Staff print receipts of orders at their own locations (chain-wide roles anywhere); a shopper only of their own
orders (another shopper's order is a 404, as GET /orders/<id> answers). An unpaid order has no receipt yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from backend.errors import InvalidState, NotFound
from backend.members.models import Member, PointsEntry, PointsKind
from backend.orders.models import ORDER_STATUS_ZH, Order, OrderDiscount, OrderItem, OrderPayment, OrderStatus
from backend.orders.serializers import PAYMENT_METHOD_ZH
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Location, User
from backend.security import Actor
from backend.settings import get_settings
from backend.timestamps import iso, to_china

NOT_PAID = "订单尚未付款，暂不能打印小票"
OTHER_SAVINGS_ZH = "其他优惠"


@dataclass(frozen=True)
class ReceiptItem:
    sku_code: str
    barcode: str
    name: str
    qty: int
    unit_price_fen: int
    gross_fen: int  # qty x unit price
    discount_fen: int  # this line's share of the order's savings
    line_total_fen: int


@dataclass(frozen=True)
class Amount:
    label: str
    amount_fen: int


@dataclass(frozen=True)
class Receipt:
    chain_name: str
    store_code: str
    store_name: str
    store_address: str
    order_no: str
    channel_name: str
    status_name: str
    placed_at: dt.datetime  # China time
    paid_at: dt.datetime | None
    cashier: str
    items: list[ReceiptItem]
    item_count: int
    subtotal_fen: int
    discounts: list[Amount]
    discount_fen: int
    shipping_fen: int
    total_fen: int
    payments: list[Amount]
    paid_fen: int
    refunded_fen: int
    member_code: str | None = None
    points_used: int = 0
    points_earned: int = 0
    points_balance: int | None = None
    qr_text: str = ""
    voided: bool = False  # cancelled or returned: the receipt says so

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["placed_at"] = iso(self.placed_at)
        out["paid_at"] = iso(self.paid_at)
        return out


async def visible_order(actor: Actor, order_id: int) -> Order:
    """The order if this caller may see it: shoppers their own (else 404), staff their locations (else 403)."""
    order = await Order.get_or_none(id=order_id)
    if order is None:
        raise NotFound("订单不存在")
    if not actor.is_staff:
        if actor.member_id is None or order.member_id != actor.member_id:
            raise NotFound("订单不存在")
    else:
        actor.require_location(order.location_id)
    return order


async def load_receipt(actor: Actor, order_id: int) -> Receipt:
    order = await visible_order(actor, order_id)
    if OrderStatus(order.status) == OrderStatus.PENDING or (order.paid_fen <= 0 and order.total_fen > 0):
        raise InvalidState(NOT_PAID)
    return await build_receipt(order)


async def build_receipt(order: Order) -> Receipt:
    location = await Location.get_or_none(id=order.location_id) if order.location_id else None
    items = await OrderItem.filter(order_id=order.id).select_related("sku").order_by("id")
    discounts = await OrderDiscount.filter(order_id=order.id).order_by("id")
    payments = await OrderPayment.filter(order_id=order.id).order_by("id")
    cashier = await User.get_or_none(id=order.created_by_id) if order.created_by_id else None
    member = await Member.get_or_none(id=order.member_id) if order.member_id else None

    saving_rows = [Amount(d.label, d.amount_fen) for d in discounts if d.amount_fen]
    listed = sum(a.amount_fen for a in saving_rows)
    if order.discount_fen > listed:  # savings no row explains (a platform's own price, a legacy import)
        saving_rows.append(Amount(OTHER_SAVINGS_ZH, order.discount_fen - listed))
    earned = 0
    if member is not None:
        rows = await PointsEntry.filter(member_id=member.id, order_id=order.id,
                                        kind__in=[PointsKind.EARN, PointsKind.REVERSE]).values_list("delta", flat=True)
        earned = sum(int(x) for x in rows)
    return Receipt(
        chain_name=get_settings().chain_name,
        store_code=location.code if location else "",
        store_name=location.name if location else CHANNEL_NAMES_ZH[Channel(order.channel)],
        store_address=location.address if location else "",
        order_no=order.order_no,
        channel_name=CHANNEL_NAMES_ZH[Channel(order.channel)],
        status_name=ORDER_STATUS_ZH[OrderStatus(order.status)],
        placed_at=to_china(order.placed_at),
        paid_at=to_china(order.paid_at) if order.paid_at else None,
        cashier=(cashier.display_name or cashier.username) if cashier else "",
        items=[ReceiptItem(sku_code=i.sku.code, barcode=i.sku.barcode or "", name=i.sku_name, qty=i.qty,
                           unit_price_fen=i.unit_price_fen, gross_fen=i.unit_price_fen * i.qty,
                           discount_fen=i.discount_fen, line_total_fen=i.line_total_fen) for i in items],
        item_count=sum(i.qty for i in items),
        subtotal_fen=order.subtotal_fen,
        discounts=saving_rows,
        discount_fen=order.discount_fen,
        shipping_fen=order.shipping_fen,
        total_fen=order.total_fen,
        payments=[Amount(PAYMENT_METHOD_ZH.get(p.method, p.method), p.amount_fen) for p in payments],
        paid_fen=order.paid_fen,
        refunded_fen=order.refunded_fen,
        member_code=member.member_code if member else None,
        points_used=sum(d.points for d in discounts if d.kind == "points"),
        points_earned=earned,
        points_balance=member.points if member else None,
        qr_text=order.order_no,
        voided=OrderStatus(order.status) in (OrderStatus.CANCELLED, OrderStatus.RETURNED),
    )
