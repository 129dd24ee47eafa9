"""The order review queue (订单审核): orders a hold rule stopped (backend.orders.hold), and the reviewer's decision.

- `release`: review -> allocated (backend.orders.state), after which the order is picked and shipped as usual.
- `cancel`: review -> cancelled through backend.orders.returns.cancel_order: the reserved stock goes back and the
  money is refunded (the caller needs orders.refund as for any paid order; backend.orders.cancellation).
Both need the orders.review permission (a store manager for orders of their stores, HQ anywhere), take a reason,
and are audited ("order.review_release" / "order.review_cancel"). A held order cancelled another way (the
shopper's refund request, the cancel route) closes its review through `on_cancel` (a CANCEL_HOOKS entry).
"""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_staff_change
from backend.errors import InvalidState, NotFound, ValidationError
from backend.orders import refunds, returns
from backend.orders.cancellation import check_may_cancel
from backend.orders.models import (
    REVIEW_STATUS_ZH,
    Order,
    OrderReview,
    OrderStatus,
    ReviewStatus,
)
from backend.orders.state import status_name, transition
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.security.authorization import require_permission
from backend.timestamps import iso, utc_now

MAX_PAGE = 100


def review_dict(review: OrderReview, order: Order) -> dict[str, Any]:
    return {
        "id": review.id, "order_id": order.id, "order_no": order.order_no, "channel": str(order.channel),
        "order_status": str(order.status), "order_status_name": status_name(order.status),
        "total_fen": order.total_fen, "member_id": order.member_id, "location_id": order.location_id,
        "status": review.status.value, "status_name": REVIEW_STATUS_ZH[review.status], "reasons": review.reasons,
        "merge_no": review.merge_no, "decided_by_id": review.decided_by_id, "decision_note": review.decision_note,
        "created_at": iso(review.created_at),
        "decided_at": iso(review.decided_at),
    }


async def queue(actor: Actor, *, status: ReviewStatus = ReviewStatus.HELD, location_id: int | None = None,
                page: int = 1, page_size: int = 20) -> dict[str, Any]:
    """Reviews of the caller's locations, oldest first (the held ones are the queue)."""
    qs = OrderReview.filter(status=status)
    if location_id is not None:
        actor.require_location(location_id)
        qs = qs.filter(order__location_id=location_id)
    elif actor.location_ids is not None:
        qs = qs.filter(order__location_id__in=sorted(actor.location_ids))
    total = await qs.count()
    size = min(max(page_size, 1), MAX_PAGE)
    rows = await qs.order_by("id").offset((max(page, 1) - 1) * size).limit(size).select_related("order")
    return {"items": [review_dict(r, r.order) for r in rows], "total": total, "page": page, "page_size": size}


async def _locked(actor: Actor, order_id: int, conn: BaseDBAsyncClient) -> tuple[Order, OrderReview]:
    qs = Order.filter(id=order_id).using_db(conn)
    if is_postgres(conn):
        qs = qs.select_for_update()
    order = await qs.first()
    if order is None:
        raise NotFound("订单不存在")
    actor.require_location(order.location_id)
    review = await OrderReview.filter(order_id=order.id, status=ReviewStatus.HELD).using_db(conn).first()
    if order.status != OrderStatus.REVIEW or review is None:
        raise InvalidState(f"订单当前状态为「{status_name(order.status)}」，不在审核中")
    return order, review


def _reason(text: str, *, required: bool) -> str:
    text = (text or "").strip()
    if required and not text:
        raise ValidationError("请填写原因", details=[{"field": "reason", "message": "不能为空"}])
    return text[:255]


async def _decide(review: OrderReview, status: ReviewStatus, actor: Actor, note: str, conn: BaseDBAsyncClient) -> None:
    review.status, review.decision_note = status, note
    review.decided_by_id, review.decided_at = actor.id, utc_now()
    await review.save(update_fields=["status", "decision_note", "decided_by_id", "decided_at"], using_db=conn)


async def release(actor: Actor, order_id: int, reason: str = "") -> Order:
    """Let a held order go on: review -> allocated. Its stock is already reserved."""
    note = _reason(reason, required=False)
    async with in_transaction() as conn:
        order, review = await _locked(actor, order_id, conn)
        await require_permission(actor, "orders.review", entity_type="order", entity_id=order.id,
                                 channel=str(order.channel), in_transaction=True,
                                 message="没有订单审核权限（店长或总部可审核）", order_no=order.order_no)
        await transition(order, OrderStatus.ALLOCATED, actor.user, "审核通过" + (f"：{note}" if note else ""), conn)
        await _decide(review, ReviewStatus.RELEASED, actor, note, conn)
        await record_staff_change(actor.user, "order.review_release", "order", order.id, conn, order_no=order.order_no,
                    reasons=review.reasons, note=note)
    return order


async def cancel(actor: Actor, order_id: int, reason: str) -> Order:
    """Refuse a held order: review -> cancelled, its reservation released and its payment refunded."""
    note = _reason(reason, required=True)
    async with in_transaction() as conn:
        order, review = await _locked(actor, order_id, conn)
        await require_permission(actor, "orders.review", entity_type="order", entity_id=order.id,
                                 channel=str(order.channel), in_transaction=True,
                                 message="没有订单审核权限（店长或总部可审核）", order_no=order.order_no)
        await check_may_cancel(actor, order)
        await _decide(review, ReviewStatus.CANCELLED, actor, note, conn)
        await returns.cancel_order(order, conn=conn, user=actor.user, reason=f"审核不通过：{note}")
        await record_staff_change(actor.user, "order.review_cancel", "order", order.id, conn, order_no=order.order_no,
                    reasons=review.reasons, reason=note)
    refunds.kick()  # the refund goes to WeChat Pay / Alipay after the commit
    return order


async def on_cancel(order: Order, conn: BaseDBAsyncClient) -> None:
    """CANCEL_HOOKS: a held order cancelled by any route leaves the queue."""
    await OrderReview.filter(order_id=order.id, status=ReviewStatus.HELD).using_db(conn).update(
        status=ReviewStatus.CANCELLED, decision_note="订单已取消", decided_at=utc_now())
