"""The order state machine: one table of allowed moves, one function that makes them.

    pending -> paid -> allocated -> picking -> shipped -> delivered -> completed
    paid -> review -> allocated when a hold rule stopped the order (backend.orders.review) and a reviewer let it go
    cancelled from pending / paid / review / allocated; returned once everything shipped came back.

`transition()` is a guarded UPDATE (`... WHERE status = <the status we saw>`), so two requests racing on the
same order (pay vs. reservation timeout, two cancels) can never both win; the loser gets InvalidState.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import InvalidState
from backend.orders.models import ORDER_STATUS_ZH, Order, OrderEvent, OrderStatus
from backend.timestamps import utc_now

S = OrderStatus

ALLOWED: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING: frozenset({S.PAID, S.CANCELLED}),
    S.PAID: frozenset({S.ALLOCATED, S.REVIEW, S.CANCELLED}),
    # held by a hold rule: stock stays reserved; released -> allocated (then fulfilled as usual) or cancelled
    S.REVIEW: frozenset({S.ALLOCATED, S.CANCELLED}),
    # allocated -> shipped when everything leaves in one go; -> picking on a first partial shipment
    S.ALLOCATED: frozenset({S.PICKING, S.SHIPPED, S.CANCELLED}),
    S.PICKING: frozenset({S.SHIPPED}),
    # shipped -> completed directly when the shopper takes the goods at the counter (POS, pickup)
    S.SHIPPED: frozenset({S.DELIVERED, S.COMPLETED, S.RETURNED}),
    S.DELIVERED: frozenset({S.COMPLETED, S.RETURNED}),
    S.COMPLETED: frozenset({S.RETURNED}),
    S.CANCELLED: frozenset(),
    S.RETURNED: frozenset(),
}

# The timestamp column stamped when an order enters a status.
_STAMPS = {S.PAID: "paid_at", S.SHIPPED: "shipped_at", S.COMPLETED: "completed_at", S.CANCELLED: "cancelled_at"}


def status_name(status: OrderStatus | str) -> str:
    return ORDER_STATUS_ZH.get(OrderStatus(status), str(status))


def can_transition(frm: OrderStatus | str, to: OrderStatus | str) -> bool:
    return OrderStatus(to) in ALLOWED[OrderStatus(frm)]


def refuse(frm: OrderStatus | str, to: OrderStatus | str) -> InvalidState:
    return InvalidState(f"订单当前状态为「{status_name(frm)}」，不能变更为「{status_name(to)}」")


async def transition(
    order: Order,
    to: OrderStatus | str,
    user: object | None = None,
    note: str = "",
    conn: BaseDBAsyncClient | None = None,
    *,
    now: datetime | None = None,
) -> Order:
    """Move `order` to `to`, or raise InvalidState naming both states. Writes an OrderEvent."""
    to = OrderStatus(to)
    frm = OrderStatus(order.status)
    if not can_transition(frm, to):
        raise refuse(frm, to)
    now = now or utc_now()
    changes: dict[str, object] = {"status": to, "updated_at": now}
    stamp = _STAMPS.get(to)
    if stamp:
        changes[stamp] = now
    updated = await Order.filter(id=order.id, status=frm).using_db(conn).update(**changes)
    if not updated:
        # Someone else moved it first: report the state it is really in.
        rows = await Order.filter(id=order.id).using_db(conn).values_list("status", flat=True)
        current = OrderStatus(rows[0]) if rows else frm
        if can_transition(current, to):
            raise InvalidState(f"订单状态刚刚由「{status_name(frm)}」变为「{status_name(current)}」，"
                               f"未能变更为「{status_name(to)}」，请刷新后重试")
        raise refuse(current, to)
    for field, value in changes.items():
        setattr(order, field, value)
    await OrderEvent.create(order_id=order.id, from_status=frm.value, to_status=to.value, note=note[:255],
                            user_id=getattr(user, "id", None), using_db=conn)
    return order


async def record_event(order: Order, note: str, user: object | None = None,
                       conn: BaseDBAsyncClient | None = None) -> None:
    """A notable action that does not change the status (partial shipment, payment, return received...)."""
    await OrderEvent.create(order_id=order.id, from_status=order.status, to_status=order.status, note=note[:255],
                            user_id=getattr(user, "id", None), using_db=conn)
