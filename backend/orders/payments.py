"""Recording payments. When an order is paid in full it moves pending -> paid -> allocated and its
reservation becomes permanent (expires_at cleared). Idempotent by external_ref (e.g. the WeChat transaction id).

Stored-value ("balance") payments need the member's one-time payment code (backend.members.paycode), consumed
in the payment's transaction, then move the balance through the members' stored-value ledger
(backend.members.balance.order_balance_hook: guarded update + BalanceEntry); both reached through the port
backend.orders.stored_value, which backend.wiring fills."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_staff_change
from backend.errors import Conflict, InvalidState, ValidationError
from backend.finance.postings import post_payment
from backend.money import yuan
from backend.orders import locking, stored_value
from backend.orders.hold import hold_if_matched
from backend.orders.models import Order, OrderPayment, OrderStatus
from backend.orders.serializers import PAYMENT_METHOD_ZH
from backend.orders.state import record_event, status_name, transition
from backend.raw_sql import fetch
from backend.stock.models import Reservation, ReservationStatus

METHODS = ("cash", "wechat", "alipay", "balance", "platform")
# Recorded by the system only, never accepted from a request: an exchange's credit (backend.orders.exchanges).
INTERNAL_METHODS = ("exchange",)


# Called (order, conn) in the settling transaction once an order is paid in full (members: earn points).
OrderHook = Callable[[Order, BaseDBAsyncClient], Awaitable[None]]
PAID_HOOKS: list[OrderHook] = []


async def record_payment(
    order: Order,
    *,
    method: str,
    amount_fen: int,
    conn: BaseDBAsyncClient,
    external_ref: str | None = None,
    user: object | None = None,
    now: datetime | None = None,
    paid_hooks: bool = True,
    gateway: str = "",
    out_trade_no: str = "",
    member_pay_code: str | None = None,
    internal: bool = False,
    code_at: datetime | None = None,
) -> tuple[OrderPayment, bool]:
    """Record one payment. Returns (payment, created); a repeated external_ref returns the first payment.
    `gateway` / `out_trade_no`: the merchant's own WeChat Pay / Alipay trade the money came through (refunds are
    sent back through it); left empty for a payment staff record by hand.
    `member_pay_code`: the member's one-time code, required for (and used once by) a stored-value payment.
    `internal` also allows the system's own methods (INTERNAL_METHODS). `code_at`: when the member showed the code,
    if earlier than now (an offline counter sale): the code must have been live then."""
    if method not in METHODS and not (internal and method in INTERNAL_METHODS):
        raise ValidationError("不支持的支付方式", details=[{"field": "method", "message": "取值不在允许范围内"}])
    if amount_fen <= 0:
        raise ValidationError("支付金额必须大于 0", details=[{"field": "amount_fen", "message": "必须大于 0"}])
    if external_ref:
        existing = await OrderPayment.get_or_none(external_ref=external_ref).using_db(conn)
        if existing is not None:
            if existing.order_id != order.id or existing.amount_fen != amount_fen:
                raise Conflict(f"支付流水号 {external_ref} 已登记过其他付款")
            return existing, False
    if order.status != OrderStatus.PENDING:
        if order.status == OrderStatus.CANCELLED:
            raise InvalidState("订单已取消，不能付款")
        raise InvalidState(f"订单当前状态为「{status_name(order.status)}」，已付清，无需再付款")
    outstanding = order.total_fen - order.paid_fen
    if amount_fen > outstanding:
        raise ValidationError(f"支付金额 {yuan(amount_fen)} 超过待付金额 {yuan(outstanding)}",
                              details=[{"field": "amount_fen", "message": "超过待付金额"}])
    new_method = method if order.payment_method in ("", method) else "mixed"
    rows = await fetch(
        conn,
        "UPDATE orders SET paid_fen = paid_fen + $1, payment_method = $2 "
        "WHERE id = $3 AND status = $4 AND paid_fen + $1 <= total_fen RETURNING paid_fen",
        [amount_fen, new_method, order.id, OrderStatus.PENDING.value],
    )
    if not rows:
        raise InvalidState("订单状态或金额刚刚发生变化，请刷新后重试")
    order.paid_fen = int(rows[0]["paid_fen"])
    order.payment_method = new_method
    await locking.lock_member(order.member_id, conn)  # the lock order: order row, member, then the rest
    if method == "balance":
        if not order.member_id:
            raise ValidationError("会员余额支付需要先关联会员")
        await stored_value.consume_code(order.member_id, member_pay_code, order.id, conn, at=code_at)
        await stored_value.change_balance(order.member_id, -amount_fen, order, conn)
    payment = await OrderPayment.create(order_id=order.id, method=method, amount_fen=amount_fen,
                                        external_ref=external_ref or None, gateway=gateway,
                                        out_trade_no=out_trade_no, using_db=conn)
    await post_payment(payment_id=payment.id, order_no=order.order_no, method=method, amount_fen=amount_fen,
                       channel=str(order.channel), location_id=order.location_id, conn=conn,
                       user_id=getattr(user, "id", None))
    note = f"收款 {yuan(amount_fen)}（{PAYMENT_METHOD_ZH[method]}）"
    if order.paid_fen >= order.total_fen:
        await settle(order, user=user, conn=conn, note=note, now=now, paid_hooks=paid_hooks)
    else:
        await record_event(order, note + f"，尚欠 {yuan(order.total_fen - order.paid_fen)}", user, conn)
    await record_staff_change(user, "order.pay", "order", order.id, conn, method=method, amount_fen=amount_fen,
                external_ref=external_ref)
    return payment, True


async def record_late_payment(order: Order, *, method: str, amount_fen: int, external_ref: str, gateway: str,
                              out_trade_no: str, conn: BaseDBAsyncClient) -> OrderPayment:
    """Money a provider took for an order no longer waiting for it (cancelled, or paid another way meanwhile):
    recorded as received (payment row + ledger receipt, paid_fen grows) so that it can be refunded; the order's
    status does not change. backend.orders.refunds.accept_late_payment refunds it in the same transaction."""
    if amount_fen <= 0:
        raise ValidationError("支付金额必须大于 0")
    rows = await fetch(conn, "UPDATE orders SET paid_fen = paid_fen + $1 WHERE id = $2 AND status = $3 "
                             "RETURNING paid_fen", [amount_fen, order.id, OrderStatus(order.status).value])
    if not rows:
        raise InvalidState("订单状态刚刚发生变化，请重试")
    order.paid_fen = int(rows[0]["paid_fen"])
    payment = await OrderPayment.create(order_id=order.id, method=method, amount_fen=amount_fen,
                                        external_ref=external_ref, gateway=gateway, out_trade_no=out_trade_no,
                                        using_db=conn)
    await post_payment(payment_id=payment.id, order_no=order.order_no, method=method, amount_fen=amount_fen,
                       channel=str(order.channel), location_id=order.location_id, conn=conn)
    await record_event(order, f"订单「{status_name(order.status)}」后收到{PAYMENT_METHOD_ZH[method]}付款 "
                              f"{yuan(amount_fen)}（交易号 {external_ref}），原路退回", None, conn)
    return payment


async def settle(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None, note: str = "",
                 now: datetime | None = None, paid_hooks: bool = True) -> None:
    """Paid in full: pending -> paid -> allocated (or -> review when a hold rule matches, backend.orders.hold);
    the stock held for the order no longer times out.
    `paid_hooks=False` skips PAID_HOOKS (points earned elsewhere, e.g. an order imported from an old system)."""
    await transition(order, OrderStatus.PAID, user, note or "已付清", conn, now=now)
    if paid_hooks:  # they write the member row (points, spend): the lock order is order row, member, the rest
        await locking.lock_member(order.member_id, conn)
    await Reservation.filter(ref_type="order", ref_id=str(order.id), status=ReservationStatus.ACTIVE).using_db(
        conn).update(expires_at=None)
    if not await hold_if_matched(order, conn=conn, user=user, now=now):
        await transition(order, OrderStatus.ALLOCATED, user, "库存已锁定", conn, now=now)
    if paid_hooks:
        for hook in PAID_HOOKS:
            await hook(order, conn)
