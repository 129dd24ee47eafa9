"""The shopper's refund request of a paid order that has not started shipping (售后: 申请退款).

    POST /orders/<id>/refund-request {reason}  (the order's shopper)
      paid / allocated, nothing picked, within settings.refund_auto_approve_s of payment -> approved at once
      otherwise -> requested, the store's managers told on WeCom (staff notification outbox)
    POST /orders/<id>/refund-request/approve | /reject {note}  (store manager of the order's store, HQ)

Approving cancels the order: its stock goes back and the money is refunded through the provider it was paid with
(backend.orders.refunds). One open request per order (the route holds the order's row lock); a rejected one may
be followed by a new request. Orders already picking or shipped are returned instead (RMA, backend.orders.returns).
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_staff_change
from backend.errors import InvalidState, NotFound
from backend.messaging import notifications
from backend.money import yuan
from backend.orders.models import (
    Order,
    OrderStatus,
    RefundRequest,
    RefundRequestStatus,
)
from backend.orders.returns import cancel_order
from backend.orders.state import record_event
from backend.org.models import Role, User
from backend.settings import get_settings
from backend.timestamps import utc_now

UNSHIPPED = (OrderStatus.PAID, OrderStatus.REVIEW, OrderStatus.ALLOCATED)


async def open_request(order: Order, conn: BaseDBAsyncClient | None = None) -> RefundRequest | None:
    return await RefundRequest.filter(order_id=order.id, status=RefundRequestStatus.REQUESTED).using_db(conn).first()


def within_window(order: Order, now: datetime) -> bool:
    window = get_settings().refund_auto_approve_s
    return bool(window > 0 and order.paid_at is not None and (now - order.paid_at).total_seconds() <= window)


async def request_refund(order: Order, *, member_id: int | None, reason: str, conn: BaseDBAsyncClient,
                         now: datetime | None = None) -> RefundRequest:
    """The shopper asks for the money back. Approved (the order cancelled and refunded) at once within the chain's
    window; else queued for the store. Call refunds.kick() and notifications.kick() after the commit."""
    now = now or utc_now()
    status = OrderStatus(order.status)
    if status == OrderStatus.PENDING:
        raise InvalidState("订单尚未付款，可直接取消订单")
    if status == OrderStatus.CANCELLED:
        raise InvalidState("订单已取消")
    if status not in UNSHIPPED:
        raise InvalidState("订单已开始拣货或已发货，请收货后申请退货")
    if order.paid_fen <= order.refunded_fen:
        raise InvalidState("该订单没有可退的金额")
    if await open_request(order, conn) is not None:
        raise InvalidState("已提交退款申请，请等待门店处理")
    ask = await RefundRequest.create(order_id=order.id, reason=reason[:255], created_by_member_id=member_id,
                                     using_db=conn)
    await record_event(order, "顾客申请退款" + (f"：{reason}" if reason else ""), None, conn)
    if within_window(order, now):
        await _decide(order, ask, RefundRequestStatus.APPROVED, conn=conn, user=None, auto=True,
                      note="付款后短时间内且未拣货，系统自动同意")
    else:
        await _tell_store(order, ask, conn)
    return ask


async def get_request(order: Order, conn: BaseDBAsyncClient) -> RefundRequest:
    ask = await open_request(order, conn)
    if ask is None:
        raise NotFound("该订单没有待处理的退款申请")
    return ask


async def approve(order: Order, *, user: object, conn: BaseDBAsyncClient, note: str = "") -> RefundRequest:
    """The store agrees: the order is cancelled and refunded through its provider. Call refunds.kick() after."""
    ask = await get_request(order, conn)
    if OrderStatus(order.status) not in UNSHIPPED:
        raise InvalidState("订单已开始拣货或已发货，不能再取消退款，请拒绝后引导顾客收货退货")
    return await _decide(order, ask, RefundRequestStatus.APPROVED, conn=conn, user=user, note=note)


async def reject(order: Order, *, user: object, conn: BaseDBAsyncClient, note: str = "") -> RefundRequest:
    ask = await get_request(order, conn)
    return await _decide(order, ask, RefundRequestStatus.REJECTED, conn=conn, user=user, note=note)


async def _decide(order: Order, ask: RefundRequest, to: RefundRequestStatus, *, conn: BaseDBAsyncClient,
                  user: object | None, note: str, auto: bool = False) -> RefundRequest:
    decided = utc_now()
    done = await RefundRequest.filter(id=ask.id, status=RefundRequestStatus.REQUESTED).using_db(conn).update(
        status=to, decided_at=decided, decision_note=note[:255], handled_by_id=getattr(user, "id", None),
        auto_approved=auto)
    if not done:
        raise InvalidState("退款申请刚刚已被处理，请刷新")
    ask.status, ask.decided_at, ask.decision_note, ask.auto_approved = to, decided, note[:255], auto
    if to == RefundRequestStatus.APPROVED:
        reason = "顾客申请退款" + (f"：{ask.reason}" if ask.reason else "")
        await cancel_order(order, conn=conn, user=user, reason=reason[:200], now=decided)
    else:
        await record_event(order, "拒绝退款申请" + (f"：{note}" if note else ""), user, conn)
    await record_staff_change(user, f"order.refund_request_{'approve' if to == RefundRequestStatus.APPROVED else 'reject'}",
                "order", order.id, conn, refund_request_id=ask.id, note=note)
    return ask


async def _tell_store(order: Order, ask: RefundRequest, conn: BaseDBAsyncClient) -> None:
    users = User.filter(is_active=True, wecom_userid__not_isnull=True, role=Role.STORE_MANAGER)
    if order.location_id:
        users = users.filter(locations__location_id=order.location_id)
    ids = [str(u) for u in await users.using_db(conn).values_list("wecom_userid", flat=True)]
    text = (f"【退款申请】订单 {order.order_no}（{yuan(order.paid_fen - order.refunded_fen)}）顾客申请退款"
            + (f"：{ask.reason}" if ask.reason else "") + "。请在订单中同意或拒绝。")
    await notifications.enqueue(conn, kind=notifications.KIND_REFUND_REQUEST, user_ids=ids, payload=notifications.text_payload(text),
                                dedupe_key=f"refund_request:{ask.id}")
