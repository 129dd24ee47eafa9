"""Orders as their shopper sees them (the mini-program's "Order" in miniprogram/API.md): items with their names,
specs and how many units a return may still ask for, every saving on the receipt (promotions, coupon, points),
the points spent, tracking per shipment, returns and refunds. Staff-only figures (costs, batches, the status
history with staff ids) are left out. GET /orders/<id> and the shopper's GET /orders both answer this shape.

    {"order": {id, order_no, status, status_name, channel, created_at, subtotal_fen, discount_fen, shipping_fen,
               total_fen, paid_fen, refunded_fen, discounts: [{kind, label, amount_fen}], points_used, pickup,
               location_code, location_name, address, exchanges: [...], items: [{id, sku_code, name, spec, qty, price_fen,
               line_total_fen, qty_shipped, qty_returned, returnable_qty}], shipments: [{carrier, carrier_name,
               tracking_no, shipped_at, items}], returns: [...], refunds: [...], payments: [...],
               unread_messages, can_cancel, can_request_refund, refund_request}}
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.fieldcrypt import FieldDecryptError, is_sealed, mask_phone, unseal
from backend.orders.aftersales import unread_for_shopper
from backend.orders.carriers import carrier_name
from backend.orders.models import (
    ORDER_STATUS_ZH,
    REFUND_REQUEST_STATUS_ZH,
    REFUND_STATUS_ZH,
    Exchange,
    Order,
    OrderDiscount,
    OrderItem,
    OrderPayment,
    OrderStatus,
    Refund,
    RefundRequest,
    RefundRequestStatus,
    RefundStatus,
    ReturnRequest,
    ReturnStatus,
    Shipment,
)
from backend.orders.returns import OPEN_RMA, returnable_left
from backend.orders.serializers import PAYMENT_METHOD_ZH, RETURN_STATUS_ZH, exchange_dict
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Location
from backend.timestamps import iso

REFUNDABLE_UNSHIPPED = (OrderStatus.PAID, OrderStatus.REVIEW, OrderStatus.ALLOCATED)  # paid, nothing picked yet


def _plain(stored: str) -> str:
    if not stored or not is_sealed(stored):
        return stored
    try:
        return unseal(stored)
    except FieldDecryptError:
        return ""


def discounts_json(rows: list[OrderDiscount]) -> tuple[list[dict[str, Any]], int]:
    """The receipt's savings in the order applied, and the points spent."""
    return ([{"kind": d.kind, "code": d.code, "label": d.label, "amount_fen": d.amount_fen,
              **({"points": d.points} if d.kind == "points" else {})} for d in rows],
            sum(d.points for d in rows if d.kind == "points"))


async def shopper_orders(orders: list[Order], conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    """The shopper's view of each order, every related table read once for the whole list."""
    ids = [o.id for o in orders]
    if not ids:
        return []

    def by_order(rows: list[Any]) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = defaultdict(list)
        for r in rows:
            out[r.order_id].append(r)
        return out

    items = by_order(await OrderItem.filter(order_id__in=ids).using_db(conn).select_related("sku").order_by("id"))
    discounts = by_order(await OrderDiscount.filter(order_id__in=ids).using_db(conn).order_by("id"))
    shipments = by_order(await Shipment.filter(order_id__in=ids).using_db(conn).order_by("id")
                         .prefetch_related("lines"))
    rmas = by_order(await ReturnRequest.filter(order_id__in=ids).using_db(conn).order_by("id")
                    .prefetch_related("lines"))
    refunds = by_order(await Refund.filter(order_id__in=ids).using_db(conn).order_by("id"))
    pays = by_order(await OrderPayment.filter(order_id__in=ids).using_db(conn).order_by("id"))
    asks = {r.order_id: r for r in await RefundRequest.filter(order_id__in=ids).using_db(conn).order_by("id")}
    loc_ids = {o.location_id for o in orders if o.location_id}
    locations = {loc.id: loc for loc in await Location.filter(id__in=list(loc_ids)).using_db(conn)} if loc_ids else {}
    unread = await unread_for_shopper(ids, conn)
    views = [_one(o, items[o.id], discounts[o.id], shipments[o.id], rmas[o.id], refunds[o.id], pays[o.id],
                  locations.get(o.location_id), unread.get(o.id, 0), asks.get(o.id)) for o in orders]
    swaps = await exchanges_for(ids, conn)
    for view in views:
        view["exchanges"] = swaps.get(view["id"], [])
    return views


async def exchanges_for(ids: list[int], conn: BaseDBAsyncClient | None) -> dict[int, list[dict[str, Any]]]:
    """Per order id, its exchanges: asked on it, or the one it is the replacement of."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = await Exchange.filter(order_id__in=ids).using_db(conn).order_by("id")
    rows += await Exchange.filter(replacement_id__in=ids).using_db(conn).order_by("id")
    for ex in rows:
        view = await exchange_dict(ex, conn)
        for oid in (ex.order_id, ex.replacement_id):
            if oid in ids:
                out[oid].append(view)
    return out


async def shopper_order(order: Order, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    return (await shopper_orders([order], conn))[0]


def _one(order: Order, items: list[OrderItem], discount_rows: list[OrderDiscount], shipments: list[Shipment],
         rmas: list[ReturnRequest], refunds: list[Refund], pays: list[OrderPayment],
         location: Location | None, unread_messages: int, ask: RefundRequest | None = None) -> dict[str, Any]:
    pending: dict[int, int] = defaultdict(int)
    for r in rmas:
        if r.status in OPEN_RMA:
            for ln in r.lines:
                pending[ln.order_item_id] += ln.qty
    left = returnable_left(order, items, pending)
    discounts, points_used = discounts_json(discount_rows)
    status = OrderStatus(order.status)
    address = None
    if order.receiver_name or order.receiver_address:
        address = {"name": order.receiver_name, "phone": mask_phone(_plain(order.receiver_phone)),
                   "detail": _plain(order.receiver_address)}
    return {
        "id": order.id,
        "order_no": order.order_no,
        "status": status.value,
        "status_name": ORDER_STATUS_ZH[status],
        "channel": Channel(order.channel).value,
        "channel_name": CHANNEL_NAMES_ZH[Channel(order.channel)],
        "created_at": iso(order.placed_at),
        "paid_at": iso(order.paid_at),
        "shipped_at": iso(order.shipped_at),
        "completed_at": iso(order.completed_at),
        "cancelled_at": iso(order.cancelled_at),
        "subtotal_fen": order.subtotal_fen,
        "discount_fen": order.discount_fen,
        "shipping_fen": order.shipping_fen,
        "total_fen": order.total_fen,
        "paid_fen": order.paid_fen,
        "refunded_fen": order.refunded_fen,
        "discounts": discounts,
        "points_used": points_used,
        "pickup": order.pickup,
        "location_code": location.code if location else None,
        "location_name": location.name if location else None,
        "address": address,
        "note": order.note,
        "items": [
            {"id": i.id, "sku_code": i.sku.code, "name": i.sku_name, "spec": i.sku.spec, "qty": i.qty,
             "price_fen": i.unit_price_fen, "discount_fen": i.discount_fen, "line_total_fen": i.line_total_fen,
             "qty_shipped": i.qty_shipped, "qty_returned": i.qty_returned, "returnable_qty": left[i.id]}
            for i in items
        ],
        "shipments": [
            {"id": s.id, "shipment_no": s.shipment_no, "carrier": s.carrier, "carrier_name": carrier_name(s.carrier),
             "tracking_no": s.tracking_no, "shipped_at": iso(s.shipped_at),
             "items": [{"order_item_id": ln.order_item_id, "qty": ln.qty} for ln in s.lines]}
            for s in shipments
        ],
        "returns": [
            {"id": r.id, "rma_no": r.rma_no, "status": ReturnStatus(r.status).value,
             "status_name": RETURN_STATUS_ZH[ReturnStatus(r.status)], "reason": r.reason, "refund_fen": r.refund_fen,
             "created_at": iso(r.created_at),
             "items": [{"order_item_id": ln.order_item_id, "qty": ln.qty} for ln in r.lines]}
            for r in rmas
        ],
        "refunds": [{"id": r.id, "amount_fen": r.amount_fen, "method": r.method,
                     "method_name": PAYMENT_METHOD_ZH.get(r.method, r.method), "status": RefundStatus(r.status).value,
                     "status_name": REFUND_STATUS_ZH[RefundStatus(r.status)], "created_at": iso(r.created_at),
                     "confirmed_at": iso(r.confirmed_at)}
                    for r in refunds],
        "payments": [{"method": p.method, "method_name": PAYMENT_METHOD_ZH.get(p.method, p.method),
                      "amount_fen": p.amount_fen, "created_at": iso(p.created_at)} for p in pays],
        "unread_messages": unread_messages,  # the store's after-sales messages not read yet (aftersales)
        # What the order page offers: 取消订单 while unpaid, 申请退款 once paid until picking starts
        # (backend.orders.refund_requests); the latest refund request and its state.
        "can_cancel": status == OrderStatus.PENDING,
        "can_request_refund": status in REFUNDABLE_UNSHIPPED and order.paid_fen > order.refunded_fen
        and (ask is None or ask.status == RefundRequestStatus.REJECTED),
        "refund_request": None if ask is None else {
            "id": ask.id, "status": RefundRequestStatus(ask.status).value,
            "status_name": REFUND_REQUEST_STATUS_ZH[RefundRequestStatus(ask.status)], "reason": ask.reason,
            "auto_approved": ask.auto_approved, "decision_note": ask.decision_note,
            "created_at": iso(ask.created_at), "decided_at": iso(ask.decided_at)},
    }
