"""Completed sales of an old store system, kept as history orders (the legacy sales-history import,
backend.imports.sales_history).

A history order is a real Order with `source = "legacy"`, status completed, dated when the old system sold it
(placed_at = paid_at = completed_at), its lines fully handed over: so everything that reads sales from orders
(analytics reports, the sales trend and forecast, segments, member purchase history) counts it. It is written
here directly, never through placement: no stock is reserved or moved, no payment row and no ledger entry is
written (the old system's books have the sale, and Cradle's books start from the opening balances of the stock
and member imports), no points are earned by it. After-sales (returns, refunds) are refused on it: the money
and goods are in the old system's books (HISTORY_AFTERSALES).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import InvalidState
from backend.numbering import new_no
from backend.orders.models import Order, OrderEvent, OrderItem, OrderStatus
from backend.orders.pricing import spread
from backend.org.models import Channel

LEGACY = "legacy"
HISTORY_AFTERSALES = "旧系统历史订单：售后请在旧系统办理（其款项和库存不在 Cradle 账上）"


@dataclass(frozen=True)
class HistoryLine:
    sku_id: int
    sku_name: str
    qty: int
    unit_price_fen: int


@dataclass(frozen=True)
class HistoryOrder:
    legacy_no: str  # the old system's order number: the order's external_id (unique per channel)
    channel: Channel
    location_id: int
    member_id: int | None
    sold_at: dt.datetime  # aware
    paid_fen: int  # what the shopper paid: below the lines' sum a discount spread over them, above it delivery
    payment_method: str
    lines: list[HistoryLine]
    note: str = ""


def is_history(order: Order) -> bool:
    return order.source == LEGACY


def refuse_aftersales(order: Order) -> None:
    """Returns and refunds of a history order belong to the old system."""
    if is_history(order):
        raise InvalidState(HISTORY_AFTERSALES)


async def record(h: HistoryOrder, conn: BaseDBAsyncClient, *, user_id: int | None = None) -> Order:
    """Write one history order with its lines and one event. A second one with the same (channel, legacy no)
    violates the orders' unique (channel, external_id) index (IntegrityError), also under a concurrent run."""
    gross = [ln.qty * ln.unit_price_fen for ln in h.lines]
    subtotal = sum(gross)
    discounts = spread(max(0, subtotal - h.paid_fen), gross)
    shipping = max(0, h.paid_fen - subtotal)
    order = await Order.create(
        order_no=new_no("SO", h.sold_at), channel=h.channel, external_id=h.legacy_no, status=OrderStatus.COMPLETED,
        member_id=h.member_id, location_id=h.location_id, created_by_id=user_id, subtotal_fen=subtotal,
        discount_fen=sum(discounts), shipping_fen=shipping, total_fen=h.paid_fen, paid_fen=h.paid_fen,
        payment_method=h.payment_method, pickup=h.channel == Channel.POS, note=h.note[:255], source=LEGACY,
        placed_at=h.sold_at, paid_at=h.sold_at, completed_at=h.sold_at, using_db=conn)
    await OrderItem.bulk_create([
        OrderItem(order_id=order.id, sku_id=ln.sku_id, sku_name=ln.sku_name[:160], qty=ln.qty,
                  unit_price_fen=ln.unit_price_fen, discount_fen=d, line_total_fen=g - d, qty_shipped=ln.qty)
        for ln, g, d in zip(h.lines, gross, discounts, strict=True)], using_db=conn)
    await OrderEvent.create(order_id=order.id, from_status="", to_status=OrderStatus.COMPLETED.value,
                            note=f"旧系统历史订单 {h.legacy_no} 导入"[:255], user_id=user_id, using_db=conn)
    return order


async def remove(order_id: int, conn: BaseDBAsyncClient) -> None:
    """Delete a history order with its lines and events (the import's rollback). Only history orders."""
    if not await Order.filter(id=order_id, source=LEGACY).using_db(conn).exists():
        return
    await OrderEvent.filter(order_id=order_id).using_db(conn).delete()
    await OrderItem.filter(order_id=order_id).using_db(conn).delete()
    await Order.filter(id=order_id).using_db(conn).delete()
