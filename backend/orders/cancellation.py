"""Who may cancel which order (the rule the cancel route applies before backend.orders.returns.cancel_order).

- A shopper: their own order while it is unpaid (a paid one goes through a refund request).
- Staff: the orders.cancel permission, for an order of a channel their role may act on (a live seller only
  live-channel orders; backend.security.authorization.CHANNEL_BOUND).
- An order that is paid or allocated, or holds money not yet refunded, is refunded by its cancellation: that
  needs orders.refund, the permission of the refunds route. Refusals are audited (permission.denied).
"""

from __future__ import annotations

from backend.errors import InvalidState
from backend.orders.models import Order, OrderStatus
from backend.security import Actor
from backend.security.authorization import require_permission

MONEY_HELD = frozenset({OrderStatus.PAID, OrderStatus.REVIEW, OrderStatus.ALLOCATED})


def refunds_money(order: Order) -> bool:
    return order.status in MONEY_HELD or order.paid_fen > order.refunded_fen


async def check_may_cancel(actor: Actor, order: Order) -> None:
    """Raise unless this caller may cancel this order. Called inside the transaction holding the order's lock
    (a refusal there is audited after the rollback)."""
    if not actor.is_staff:
        if order.status != OrderStatus.PENDING or order.paid_fen > order.refunded_fen:
            raise InvalidState("已付款的订单请申请退款，由门店处理")
        return
    channel = str(order.channel)
    await require_permission(actor, "orders.cancel", entity_type="order", entity_id=order.id, channel=channel,
                             in_transaction=True, message="您的角色不能取消该渠道的订单", order_no=order.order_no)
    if refunds_money(order):
        await require_permission(actor, "orders.refund", entity_type="order", entity_id=order.id, channel=channel,
                                 in_transaction=True, message="该订单已付款，取消会退款：需要退款权限（店长或财务）",
                                 order_no=order.order_no, status=order.status.value,
                                 refundable_fen=order.paid_fen - order.refunded_fen)
