"""Members at checkout: the coupon step and the points step of backend.orders.pricing (after promotions),
and the order hooks: points earned when an order is paid, reversed on refund, coupon and spent points given
back on a cancel. backend.wiring registers them.

Request options: `coupon_code` (a coupon's code or id) and `points_to_use` (capped by rules.points_cap; more
than the member holds is refused: the preview caps an offer at the balance first). Redeeming the coupon and spending the points are guarded UPDATEs run inside the
placement transaction, so of two concurrent checkouts with the same coupon (or more points than held) exactly
one commits; the other rolls back whole. The placement locks the member's row before anything else
(backend.orders.locking: member, then coupon and points, then stock), and so do payments, refunds and cancels
before these hooks run, so those checkouts queue on the member instead of deadlocking on coupon and stock rows.
"""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Product
from backend.errors import ValidationError
from backend.members import coupons, points
from backend.members.models import Member, PointsEntry, PointsKind
from backend.members.rules import POINT_VALUE_FEN, level_for_spend, points_cap, points_for_payment, rank
from backend.orders.pricing import PricingContext, spread
from backend.raw_sql import execute, fetch


def _member(ctx: PricingContext, field: str) -> Member:
    if ctx.member is None:
        raise ValidationError("请先登录会员后再使用" + ("优惠券" if field == "coupon_code" else "积分"),
                              details=[{"field": field, "message": "需要会员"}])
    return ctx.member


async def coupon_step(ctx: PricingContext) -> None:
    code = ctx.options.get("coupon_code")
    if code in (None, "", 0):
        return
    ctx.handled.add("coupon_code")
    member = _member(ctx, "coupon_code")
    product_ids = {ln.sku.product_id for ln in ctx.lines}
    cats = dict(await Product.filter(id__in=list(product_ids)).using_db(ctx.conn).values_list("id", "category_id"))
    use = await coupons.evaluate(member.id, str(code), [ln.line_total_fen for ln in ctx.lines],
                                 [cats.get(ln.sku.product_id) for ln in ctx.lines], conn=ctx.conn)
    parts = spread(use.discount_fen, [ctx.lines[i].line_total_fen for i in use.eligible])
    for i, part in zip(use.eligible, parts, strict=True):
        ctx.lines[i].discount_fen += part
    ctx.notes.append(use.label)
    ctx.discounts.append({"kind": "coupon", "code": use.coupon.code, "coupon_id": use.coupon.id,
                          "label": use.label, "amount_fen": use.discount_fen})
    coupon_id = use.coupon.id

    async def redeem(order: Any, conn: BaseDBAsyncClient) -> None:
        await coupons.redeem(coupon_id, member.id, order.id, conn)

    ctx.on_placed.append(redeem)


async def points_step(ctx: PricingContext) -> None:
    offered = ctx.options.get("points_to_use")
    if offered in (None, "", 0):
        return
    ctx.handled.add("points_to_use")
    member = _member(ctx, "points_to_use")
    if not isinstance(offered, int) or offered < 0:
        raise ValidationError("积分数量不正确", details=[{"field": "points_to_use", "message": "必须为非负整数"}])
    left = sum(ln.line_total_fen for ln in ctx.lines) - ctx.order_discount_fen
    use = min(offered, points_cap(left))  # the rules cap what points may pay; the shopper is never over-charged
    held = await Member.filter(id=member.id).using_db(ctx.conn).values_list("points", flat=True)
    have = int(held[0]) if held else 0
    if use > have:  # (the spend itself is a guarded UPDATE too: a concurrent checkout may get there first)
        raise points.InsufficientPoints(f"积分不足：需要 {use}，当前可用 {have}")
    if use <= 0:
        return
    off = use * POINT_VALUE_FEN
    for ln, part in zip(ctx.lines, spread(off, [ln.line_total_fen for ln in ctx.lines]), strict=True):
        ln.discount_fen += part
    label = f"积分抵扣（{use} 积分）"
    ctx.notes.append(label)
    ctx.discounts.append({"kind": "points", "code": "points", "label": label, "amount_fen": off, "points": use})

    async def spend(order: Any, conn: BaseDBAsyncClient) -> None:
        await points.debit(member.id, use, PointsKind.SPEND, conn, order_id=order.id, ref=f"order:{order.id}",
                           reason=f"订单 {order.order_no} 抵扣")

    ctx.on_placed.append(spend)




# ---- order hooks ------------------------------------------------------------------------------------------


async def _bump_level(member_id: int, conn: BaseDBAsyncClient) -> None:
    rows = await fetch(conn, "SELECT level, total_spent_fen FROM members WHERE id = $1", [member_id])
    if not rows:
        return
    reached = level_for_spend(int(rows[0]["total_spent_fen"]))
    if rank(reached.code) > rank(rows[0]["level"]):  # levels only go up
        await execute(conn, "UPDATE members SET level = $1 WHERE id = $2", [reached.code, member_id])


async def on_paid(order: Any, conn: BaseDBAsyncClient) -> None:
    """Earn points for what was paid (by the member's level), count the spend, upgrade the level."""
    if not order.member_id:
        return
    rows = await fetch(conn, "SELECT level FROM members WHERE id = $1", [order.member_id])
    earned = points_for_payment(order.paid_fen, rows[0]["level"] if rows else None)
    await points.credit(order.member_id, earned, PointsKind.EARN, conn, order_id=order.id, ref=f"order:{order.id}",
                        reason=f"订单 {order.order_no} 赠送")
    await execute(conn, "UPDATE members SET total_spent_fen = total_spent_fen + $1 WHERE id = $2",
                  [order.paid_fen, order.member_id])
    await _bump_level(order.member_id, conn)


async def _points_of(order_id: int, kind: PointsKind, conn: BaseDBAsyncClient) -> int:
    deltas = await PointsEntry.filter(order_id=order_id, kind=kind).using_db(conn).values_list("delta", flat=True)
    return abs(sum(int(d) for d in deltas))


async def on_refund(order: Any, refund: Any, conn: BaseDBAsyncClient) -> None:
    """Take back the earned points in proportion to the money refunded (as far as the member still has them);
    a full refund also gives back the points spent on the order."""
    if not order.member_id or order.paid_fen <= 0:
        return
    earned = await _points_of(order.id, PointsKind.EARN, conn)
    reversed_ = await _points_of(order.id, PointsKind.REVERSE, conn)
    due = min(earned, earned * order.refunded_fen // order.paid_fen) - reversed_
    if due > 0:
        await points.debit_available(order.member_id, due, PointsKind.REVERSE, conn, order_id=order.id,
                                     ref=f"refund:{refund.id}", reason=f"订单 {order.order_no} 退款扣回")
    await execute(conn, "UPDATE members SET total_spent_fen = GREATEST(total_spent_fen - $1, 0) WHERE id = $2"
                  if conn.capabilities.dialect == "postgres" else
                  "UPDATE members SET total_spent_fen = MAX(total_spent_fen - $1, 0) WHERE id = $2",
                  [refund.amount_fen, order.member_id])
    if order.refunded_fen >= order.paid_fen:
        await _give_back_spent(order, conn)


async def _give_back_spent(order: Any, conn: BaseDBAsyncClient) -> None:
    spent = await _points_of(order.id, PointsKind.SPEND, conn)
    if spent and order.member_id:
        await points.credit(order.member_id, spent, PointsKind.RETURN, conn, order_id=order.id,
                            ref=f"order:{order.id}", reason=f"订单 {order.order_no} 退还抵扣积分")


async def on_cancel(order: Any, conn: BaseDBAsyncClient) -> None:
    await coupons.restore(order.id, conn)
    await _give_back_spent(order, conn)

