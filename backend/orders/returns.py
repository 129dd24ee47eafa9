"""After-sales: return requests (RMA), receiving returned goods (restock or write off), and cancelling orders
that have not shipped. Money goes back through backend.orders.refunds.

RMA:  requested -> approved -> received -> refunded, or requested -> rejected (the guarded moves: backend.orders.rma).
Restocked units go back into the very batch they left from, at the cost they left with; written-off units
do not re-enter stock and their cost moves from COGS to inventory loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_staff_change
from backend.errors import InvalidState, NotFound, ValidationError
from backend.finance.costing import add_value
from backend.finance.postings import ReturnCost, post_return_receipt
from backend.money import prorate
from backend.numbering import new_no
from backend.orders import history, locking, payments, refunds
from backend.orders.models import (
    Order,
    OrderItem,
    OrderStatus,
    ReturnLine,
    ReturnRequest,
    ReturnStatus,
    Shipment,
    ShipmentLine,
)
from backend.orders.rma import move_rma
from backend.orders.state import record_event, transition
from backend.raw_sql import fetch
from backend.stock.management import Ref, put_away, release
from backend.stock.models import MovementKind, Reservation, ReservationStatus

RETURNABLE = (OrderStatus.PICKING, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
OPEN_RMA = (ReturnStatus.REQUESTED, ReturnStatus.APPROVED)


@dataclass(frozen=True)
class ReturnLineIn:
    item_id: int
    qty: int
    restock: bool = True


async def get_rma(order: Order, rma_id: int, conn: BaseDBAsyncClient | None = None) -> ReturnRequest:
    rma = await ReturnRequest.get_or_none(id=rma_id, order_id=order.id).using_db(conn)
    if rma is None:
        raise NotFound("退货单不存在")
    return rma


async def returnable_qty(order: Order, items: list[OrderItem], conn: BaseDBAsyncClient | None = None) -> dict[int, int]:
    """Per order item id, the units a return may still ask for: shipped, minus those already back, minus those
    waiting in an open request. An order that has not shipped (or is cancelled / returned) has none: a paid but
    unshipped order is cancelled, not returned."""
    if order.status not in RETURNABLE:
        return {i.id: 0 for i in items}
    pending: dict[int, int] = {}
    for ln in await ReturnLine.filter(rma__order_id=order.id, rma__status__in=list(OPEN_RMA)).using_db(conn):
        pending[ln.order_item_id] = pending.get(ln.order_item_id, 0) + ln.qty
    return returnable_left(order, items, pending)


def returnable_left(order: Order, items: list[OrderItem], pending: dict[int, int]) -> dict[int, int]:
    """returnable_qty with the units in open requests already counted (`pending`, per order item id)."""
    if order.status not in RETURNABLE:
        return {i.id: 0 for i in items}
    return {i.id: max(i.qty_shipped - i.qty_returned - pending.get(i.id, 0), 0) for i in items}


async def request_return(
    order: Order, *, lines: list[ReturnLineIn], conn: BaseDBAsyncClient, reason: str = "",
    user: object | None = None, member_id: int | None = None,
) -> ReturnRequest:
    """Ask to send back shipped units. Quantities are checked against what shipped, minus what already came
    back or is waiting in another open request."""
    history.refuse_aftersales(order)
    if order.status not in RETURNABLE:
        raise InvalidState("订单尚未发货，不能申请退货；未发货的订单请直接取消")
    if not lines:
        raise ValidationError("请选择要退的商品", details=[{"field": "lines", "message": "至少需要 1 项"}])
    items = {i.id: i for i in await OrderItem.filter(order_id=order.id).using_db(conn)}
    left = await returnable_qty(order, list(items.values()), conn)
    wanted: dict[int, tuple[int, bool]] = {}
    for n, ln in enumerate(lines):
        if ln.item_id not in items:
            raise ValidationError(f"订单中没有商品行 {ln.item_id}",
                                  details=[{"field": f"lines.{n}.item_id", "message": "不属于该订单"}])
        if ln.qty <= 0:
            raise ValidationError("退货数量必须大于 0", details=[{"field": f"lines.{n}.qty", "message": "必须大于 0"}])
        qty, _ = wanted.get(ln.item_id, (0, ln.restock))
        wanted[ln.item_id] = (qty + ln.qty, ln.restock)
    value = 0
    for item_id, (qty, _) in wanted.items():
        item = items[item_id]
        returnable = left[item_id]
        if qty > returnable:
            raise ValidationError(f"{item.sku_name} 最多可退 {returnable} 件（申请 {qty} 件）",
                                  details=[{"field": "lines", "message": "超过可退数量"}])
        value += prorate(item.line_total_fen, qty, item.qty)
    rma = await ReturnRequest.create(rma_no=new_no("RMA"), order_id=order.id, reason=reason[:255], refund_fen=value,
                                     created_by_member_id=member_id, handled_by_id=getattr(user, "id", None),
                                     using_db=conn)
    for item_id, (qty, restock) in wanted.items():
        await ReturnLine.create(rma_id=rma.id, order_item_id=item_id, qty=qty, restock=restock, using_db=conn)
    await record_event(order, f"申请退货 {rma.rma_no}" + (f"：{reason}" if reason else ""), user, conn)
    await record_staff_change(user, "order.return_request", "order", order.id, conn, rma_no=rma.rma_no)
    return rma


async def approve_return(order: Order, rma: ReturnRequest, *, conn: BaseDBAsyncClient, user: object) -> ReturnRequest:
    await move_rma(rma, ReturnStatus.REQUESTED, ReturnStatus.APPROVED, "同意", conn,
                    handled_by_id=getattr(user, "id", None))
    await record_event(order, f"同意退货 {rma.rma_no}", user, conn)
    await record_staff_change(user, "order.return_approve", "return_request", rma.id, conn, rma_no=rma.rma_no)
    return rma


async def reject_return(order: Order, rma: ReturnRequest, *, conn: BaseDBAsyncClient, user: object,
                        reason: str = "") -> ReturnRequest:
    await move_rma(rma, ReturnStatus.REQUESTED, ReturnStatus.REJECTED, "拒绝", conn,
                    handled_by_id=getattr(user, "id", None))
    await record_event(order, f"拒绝退货 {rma.rma_no}" + (f"：{reason}" if reason else ""), user, conn)
    await record_staff_change(user, "order.return_reject", "return_request", rma.id, conn, rma_no=rma.rma_no, reason=reason)
    return rma


async def receive_return(
    order: Order, rma: ReturnRequest, *, conn: BaseDBAsyncClient, user: object | None = None,
    restock: dict[int, bool] | None = None,
) -> ReturnRequest:
    """The goods are back. `restock` overrides, per order item id, whether units go back on the shelf."""
    await move_rma(rma, ReturnStatus.APPROVED, ReturnStatus.RECEIVED, "确认收货", conn)
    ref = Ref("rma", rma.rma_no)
    user_id = getattr(user, "id", None)
    costs: list[ReturnCost] = []
    lines = await ReturnLine.filter(rma_id=rma.id).using_db(conn).select_related("order_item__sku__product")
    shipments = {s.id: s for s in await Shipment.filter(order_id=order.id).using_db(conn)}
    for ln in sorted(lines, key=lambda x: (x.order_item.sku_id, x.id)):
        item = ln.order_item
        if restock is not None and item.id in restock:
            ln.restock = restock[item.id]
        rows = await fetch(conn, "UPDATE order_items SET qty_returned = qty_returned + $1 "
                                 "WHERE id = $2 AND qty_returned + $1 <= qty_shipped RETURNING qty_returned",
                           [ln.qty, item.id])
        if not rows:
            raise InvalidState(f"{item.sku_name} 退回数量超过已发货数量")
        item.qty_returned = int(rows[0]["qty_returned"])
        left, cost = ln.qty, 0
        shipped = await ShipmentLine.filter(order_item_id=item.id).using_db(conn).order_by("-id")
        for sl in shipped:
            take = min(sl.qty - sl.qty_returned, left)
            if take <= 0:
                continue
            value = prorate(sl.cogs_fen, sl.qty_returned + take, sl.qty) - prorate(sl.cogs_fen, sl.qty_returned, sl.qty)
            await ShipmentLine.filter(id=sl.id).using_db(conn).update(qty_returned=sl.qty_returned + take)
            if ln.restock:
                await put_away(sku_id=item.sku_id, location_id=shipments[sl.shipment_id].location_id,
                               batch_id=sl.batch_id, qty=take, kind=MovementKind.RETURN, ref=ref, conn=conn,
                               user_id=user_id, note=f"退货入库 {order.order_no}")
                await add_value(item.sku_id, take, value, conn)
            cost += value
            left -= take
            if left == 0:
                break
        if left:
            raise InvalidState(f"{item.sku_name} 找不到对应的发货记录")
        ln.cost_fen = cost
        await ln.save(update_fields=["restock", "cost_fen"], using_db=conn)
        costs.append(ReturnCost(sku_id=item.sku_id, cost_fen=cost, restock=ln.restock,
                                category_id=item.sku.product.category_id))
    location_id = order.location_id or 0
    await post_return_receipt(rma_no=rma.rma_no, order_no=order.order_no, channel=str(order.channel),
                              location_id=location_id, lines=costs, conn=conn, user_id=user_id)
    items = await OrderItem.filter(order_id=order.id).using_db(conn)
    everything_back = all(i.qty_returned >= i.qty for i in items)
    note = f"退货入库 {rma.rma_no}"
    if everything_back and order.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED):
        await transition(order, OrderStatus.RETURNED, user, note, conn)
    else:
        await record_event(order, note, user, conn)
    await record_staff_change(user, "order.return_receive", "return_request", rma.id, conn, rma_no=rma.rma_no,
                restock={str(ln.order_item_id): ln.restock for ln in lines})
    return rma


CANCEL_HOOKS: list[payments.OrderHook] = []  # (order, conn) after a cancel (members: coupon and points back)


async def release_order_stock(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None,
                              note: str = "") -> int:
    """Give back everything the order still holds. Returns the units released."""
    held = await Reservation.filter(ref_type="order", ref_id=str(order.id), status=ReservationStatus.ACTIVE).using_db(
        conn).select_related("stock")
    released = 0
    for r in sorted(held, key=lambda r: (r.stock.sku_id, r.stock_id)):
        released += await release(r, conn=conn, user_id=getattr(user, "id", None), note=note)
    return released


async def cancel_order(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None, reason: str = "",
                       now: datetime | None = None) -> Order:
    """Cancel an order that has not started shipping: its stock goes back, whatever was paid is refunded
    (backend.orders.refunds, to the tenders it was paid with), and an unpaid mini-program order's WeChat prepay
    order is closed. Call refunds.kick() after the commit."""
    note = "取消订单" + (f"：{reason}" if reason else "")
    was_unpaid = order.status == OrderStatus.PENDING
    await transition(order, OrderStatus.CANCELLED, user, note, conn, now=now)
    # The lock order (backend.orders.locking): the order row, the member (refund, coupon and points back), stock.
    await locking.lock_member(order.member_id, conn)
    await release_order_stock(order, conn=conn, user=user, note=note)
    if order.paid_fen > order.refunded_fen:  # through the provider it was paid with (call refunds.kick() after)
        await refunds.refund_order(order, conn=conn, reason=reason or "订单取消退款", user=user)
    if was_unpaid:  # the shopper may still hold a WeChat prepay order: close it
        await refunds.queue_prepay_close(order, conn, now=now)
    for hook in CANCEL_HOOKS:
        await hook(order, conn)
    await record_staff_change(user, "order.cancel", "order", order.id, conn, reason=reason)
    return order
