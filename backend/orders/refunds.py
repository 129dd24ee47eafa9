"""Money going back: the one entry point every path that pays a shopper back calls (staff refunds, cancelling a
paid order, returns, the shopper's refund request, a payment that arrived for a cancelled order, an exchange's
price difference), and the worker that has WeChat Pay / Alipay send it.

    refund_order() ── in the caller's transaction ──> one Refund row per original tender (newest payment first)
        cash / stored value / hand-recorded payment:  succeeded at once, ledger entry now (stored value credited)
        WeChat Pay (JSAPI, micropay) / Alipay barcode: pending, due now (the row is its own outbox)
    kick() after the commit / work_due() on the beat ──claim (lease)──> the provider:
        WeChat  secapi/pay/refund (merchant cert) -> accepted -> refund notify (req_info, AES-256-ECB with
                md5(API key)) or pay/refundquery -> succeeded
        Alipay  alipay.trade.refund -> 10000 succeeded (a retry asks alipay.trade.fastpay.refund.query first)
    succeeded: the ledger entry is posted then, never before (Dr customer advances / revenue, Cr bank)
    no answer, a passing error: attempts + 1, again after BACKOFF_BASE_S * 2^(attempts-1); after MAX_ATTEMPTS, or
    a definite refusal: failed, an order event, a WeCom notice to finance (staff notification outbox), listed
    by GET /admin/api/v1/refunds?status=failed and sent again by POST /admin/api/v1/refunds/<id>/retry.

Idempotent by refund number: the refund_no is the provider's out_refund_no / out_request_no, and both providers
refund one number once, so a retry (a lost answer, a crashed worker, a second worker whose lease overlapped) never
moves money twice; confirming is a guarded UPDATE (pending|failed -> succeeded), so the ledger entry is posted once
whichever of the notify, the query and the sync answer comes first.

Refund to the original tender only: the refund is spread over the order's own payments; a method none of them was
paid with (a cash refund of a WeChat-paid order) is refused, unless finance or HQ override it with a reason
(audited as order.refund_override).

Cancelling an unpaid mini-program order queues closing its WeChat prepay order (PrepayClose, pay/closeorder, sent
by the same job not earlier than 5 minutes after the order was placed, as WeChat requires). A payment that still
arrives for a cancelled order (accept_late_payment) is recorded with its ledger receipt and refunded at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_staff_change
from backend.due_rows import PassResult, claim_due, work_claimed
from backend.errors import AppError, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance.postings import SaleLine, post_refund
from backend.messaging import notifications
from backend.money import prorate, yuan
from backend.numbering import new_no
from backend.orders import gateways, history, locking, payments, stored_value
from backend.orders.gateways import RefundOutcome
from backend.orders.models import (
    Order,
    OrderItem,
    OrderPayment,
    PrepayClose,
    PrepayCloseStatus,
    Refund,
    RefundStatus,
    ReturnRequest,
    ReturnStatus,
)
from backend.orders.pricing import spread
from backend.orders.rma import move_rma, rma_state_error, rma_values
from backend.orders.serializers import PAYMENT_METHOD_ZH
from backend.orders.state import record_event
from backend.org.models import Channel, Role, User
from backend.raw_sql import execute, fetch, is_postgres
from backend.settings import get_settings
from backend.tasks.celery_app import app, kick_job
from backend.timestamps import utc_now

log = logging.getLogger("cradle.orders.refunds")

GATEWAYS = {"wechat": "微信支付", "alipay": "支付宝"}
REFUND_NOTIFY_PATH = "/api/v1/pay/wechat/refund-notify"
MAX_ATTEMPTS = 6
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 3600.0
POLL_MIN_S = 60.0  # WeChat accepted a refund: ask refundquery this long after, if no notify came meanwhile ...
POLL_MAX_S = 6 * 3600.0  # ... then at half the time it has been processing, up to this
LEASE_S = 60.0  # longer than one provider call (10 s timeout, a query and a send)
CLOSE_AFTER_S = 300.0  # WeChat refuses closeorder within 5 minutes of the order
CLAIM_BATCH = 50
CONCURRENCY = 4
OVERRIDE_ROLES = frozenset({"finance", "hq_admin"})
LATE_PAYMENT_REASON = "订单已取消或已付清后到账，自动原路退回"


def backoff(attempts: int) -> float:
    return min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_MAX_S)


# ---- creating refunds --------------------------------------------------------------------------------------


@dataclass
class _Slice:
    method: str
    amount_fen: int
    payment: OrderPayment | None
    from_advances_fen: int = 0
    parts: list[tuple[OrderItem, int]] = field(default_factory=list)


async def _tenders(order: Order, conn: BaseDBAsyncClient) -> list[tuple[OrderPayment, int]]:
    """(payment, what is left to refund of it), newest payment first. Refunds not tied to a payment (older ones,
    overrides) use up the newest payments first."""
    pays = await OrderPayment.filter(order_id=order.id).using_db(conn).order_by("-id")
    taken: dict[int | None, int] = {}
    for pid, amount in await Refund.filter(order_id=order.id).using_db(conn).values_list("payment_id", "amount_fen"):
        taken[pid] = taken.get(pid, 0) + int(amount)
    loose = taken.pop(None, 0)
    out = []
    for p in pays:
        left = p.amount_fen - taken.get(p.id, 0)
        use = min(max(left, 0), loose)
        loose -= use
        out.append((p, left - use))
    return out


def _slices(order: Order, tenders: list[tuple[OrderPayment, int]], amount_fen: int, method: str | None,
            override: bool) -> list[_Slice]:
    if override:
        assert method is not None
        return [_Slice(method, amount_fen, None)]
    usable = [(p, left) for p, left in tenders if left > 0 and (method is None or p.method == method)]
    slices, remaining = [], amount_fen
    for p, left in usable:
        take = min(left, remaining)
        slices.append(_Slice(p.method, take, p))
        remaining -= take
        if not remaining:
            break
    if remaining and not tenders:  # an order paid before payments were itemised: its own method
        fallback = method or (order.payment_method if order.payment_method in payments.METHODS else "cash")
        slices.append(_Slice(fallback, remaining, None))
        remaining = 0
    if remaining:
        can = amount_fen - remaining
        what = f"{PAYMENT_METHOD_ZH.get(method, method)}" if method else "原支付方式"
        raise ValidationError(f"退款金额 {yuan(amount_fen)} 超过{what}可退的 {yuan(can)}",
                              details=[{"field": "amount_fen", "message": "超过可退金额"}])
    return slices


def _check_method(tenders: list[tuple[OrderPayment, int]], method: str | None, override_reason: str,
                  user: Any) -> bool:
    """True when the refund overrides the original tender (finance / HQ, with a reason); raises when a method none
    of the order's payments used is asked for without one."""
    if method is None or not tenders or any(p.method == method for p, _ in tenders):
        return False
    paid_with = "、".join(sorted({PAYMENT_METHOD_ZH.get(p.method, p.method) for p, _ in tenders}))
    if not override_reason.strip():
        raise ValidationError(f"该订单以{paid_with}支付，只能原路退回，不能退{PAYMENT_METHOD_ZH.get(method, method)}",
                              details=[{"field": "method", "message": "只能原路退回"}], code="original_tender_only")
    if str(getattr(user, "role", "")) not in OVERRIDE_ROLES:
        raise Forbidden("只有财务或总部可以改变退款方式", code="refund_override_forbidden")
    return True


async def _ledger_split(order: Order, amount_fen: int, rma_parts: list[tuple[OrderItem, int]],
                        conn: BaseDBAsyncClient) -> tuple[int, list[tuple[OrderItem, int]]]:
    """(part from customer advances, VAT-inclusive revenue part per line): units not yet shipped come out of
    advances; beyond that the returned lines (an RMA) first, then an allowance over every recognised line."""
    items = await OrderItem.filter(order_id=order.id).using_db(conn).select_related("sku__product").order_by("id")
    recognised = [(i, prorate(i.line_total_fen, i.qty_shipped, i.qty)) for i in items]
    prior = await Refund.filter(order_id=order.id).using_db(conn).values_list("from_advances_fen", flat=True)
    advances_left = max(0, order.paid_fen - sum(v for _, v in recognised) - sum(int(p) for p in prior))
    from_rma = min(amount_fen, sum(v for _, v in rma_parts))
    from_advances = min(amount_fen - from_rma, advances_left)
    allowance = amount_fen - from_rma - from_advances
    parts = list(zip([i for i, _ in rma_parts], spread(from_rma, [v for _, v in rma_parts]), strict=True))
    parts += list(zip([i for i, _ in recognised], spread(allowance, [v for _, v in recognised]), strict=True))
    return from_advances, [(i, g) for i, g in parts if g]


def _distribute(slices: list[_Slice], from_advances: int, parts: list[tuple[OrderItem, int]]) -> None:
    """Give each tender's slice its share of the ledger split: advances first, then the revenue parts in order."""
    queue = list(parts)
    for s in slices:
        s.from_advances_fen = min(s.amount_fen, from_advances)
        from_advances -= s.from_advances_fen
        need = s.amount_fen - s.from_advances_fen
        while need:
            item, gross = queue[0]
            take = min(gross, need)
            s.parts.append((item, take))
            need -= take
            if take == gross:
                queue.pop(0)
            else:
                queue[0] = (item, gross - take)


def _parts_json(parts: list[tuple[OrderItem, int]]) -> list[dict[str, Any]]:
    return [{"sku_id": i.sku_id, "gross_fen": g, "tax_rate_bp": i.sku.tax_rate_bp,
             "category_id": i.sku.product.category_id} for i, g in parts]


async def refund_order(
    order: Order, *, conn: BaseDBAsyncClient, amount_fen: int | None = None, rma: ReturnRequest | None = None,
    method: str | None = None, reason: str = "", user: object | None = None, override_reason: str = "",
    payment: OrderPayment | None = None, hooks: bool = True, now: datetime | None = None,
) -> list[Refund]:
    """Give money back: at most what was paid and not yet refunded, to the tenders it was paid with. Without an
    amount, an RMA refunds the value of its returned units and a plain refund everything refundable. `payment`
    refunds that one payment (a late payment). Call kick() after the commit. Returns one Refund per tender."""
    history.refuse_aftersales(order)
    now = now or utc_now()
    if rma is not None:
        if rma.order_id != order.id:
            raise NotFound("退货单不存在")
        if rma.status != ReturnStatus.RECEIVED:
            raise rma_state_error(rma, ReturnStatus.RECEIVED, "退款")
    if method is not None and method not in payments.METHODS:
        raise ValidationError("不支持的退款方式", details=[{"field": "method", "message": "取值不在允许范围内"}])
    refundable = order.paid_fen - order.refunded_fen
    rma_parts = await rma_values(rma, conn) if rma is not None else []
    if amount_fen is None:
        amount_fen = min(sum(v for _, v in rma_parts), refundable) if rma is not None else refundable
    if amount_fen <= 0:
        raise ValidationError("退款金额必须大于 0" if refundable > 0 else "该订单没有可退的金额",
                              details=[{"field": "amount_fen", "message": "必须大于 0"}])
    if amount_fen > refundable:
        raise ValidationError(f"退款金额 {yuan(amount_fen)} 超过可退金额 {yuan(refundable)}",
                              details=[{"field": "amount_fen", "message": "超过可退金额"}])
    tenders = await _tenders(order, conn)
    if payment is not None:
        tenders = [(p, left) for p, left in tenders if p.id == payment.id]
    override = _check_method(tenders, method, override_reason, user)
    slices = _slices(order, tenders, amount_fen, method, override)

    rows = await fetch(conn, "UPDATE orders SET refunded_fen = refunded_fen + $1 "
                             "WHERE id = $2 AND refunded_fen + $1 <= paid_fen RETURNING refunded_fen",
                       [amount_fen, order.id])
    if not rows:
        raise InvalidState("可退金额刚刚发生变化，请刷新后重试")
    order.refunded_fen = int(rows[0]["refunded_fen"])
    await locking.lock_member(order.member_id, conn)  # the lock order: order row, member, then the rest
    from_advances, parts = await _ledger_split(order, amount_fen, rma_parts, conn)
    _distribute(slices, from_advances, parts)

    user_id = getattr(user, "id", None)
    made: list[Refund] = []
    for s in slices:
        p = s.payment
        gateway = p.gateway if p is not None and p.gateway in GATEWAYS and p.out_trade_no else ""
        if s.method == "balance":
            if not order.member_id:
                raise ValidationError("退回会员余额需要订单关联会员")
            await stored_value.change_balance(order.member_id, s.amount_fen, order, conn)
        r = await Refund.create(
            refund_no=new_no("RF"), order_id=order.id, rma_id=rma.id if rma else None,
            payment_id=p.id if p is not None else None, amount_fen=s.amount_fen, method=s.method,
            reason=reason[:255], from_advances_fen=s.from_advances_fen, revenue_parts=_parts_json(s.parts),
            status=RefundStatus.PENDING if gateway else RefundStatus.SUCCEEDED, gateway=gateway,
            out_trade_no=p.out_trade_no if gateway and p else "", trade_total_fen=p.amount_fen if gateway and p else 0,
            next_attempt_at=now if gateway else None, confirmed_at=None if gateway else now,
            created_by_id=user_id, using_db=conn)
        if not gateway:
            await _post(order, r, conn, user_id)
        made.append(r)
        how = f"{GATEWAYS[gateway]}原路退回，退款中" if gateway else PAYMENT_METHOD_ZH.get(s.method, s.method)
        await record_event(order, f"退款 {yuan(s.amount_fen)} {r.refund_no}（{how}）" + (f"：{reason}" if reason else ""),
                           user, conn)
    if rma is not None:
        await move_rma(rma, ReturnStatus.RECEIVED, ReturnStatus.REFUNDED, "退款", conn, refund_fen=amount_fen)
    if hooks:
        for r in made:
            for hook in REFUND_HOOKS:  # members: reverse earned points, give back spent ones
                await hook(order, r, conn)
    await record_staff_change(user, "order.refund", "order", order.id, conn, refund_nos=[r.refund_no for r in made],
                amount_fen=amount_fen, rma_id=rma.id if rma else None, methods=[r.method for r in made],
                gateways=[r.gateway for r in made])
    if override:
        await record_staff_change(user, "order.refund_override", "order", order.id, conn, method=method, amount_fen=amount_fen,
                    reason=override_reason, paid_with=sorted({p.method for p, _ in tenders}))
    return made


RefundHook = Callable[[Order, Refund, BaseDBAsyncClient], Awaitable[None]]
REFUND_HOOKS: list[RefundHook] = []  # (order, refund, conn) for each refund made (members: points back)


async def _post(order: Order, r: Refund, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    lines = [SaleLine(sku_id=int(p["sku_id"]), gross_fen=int(p["gross_fen"]), tax_rate_bp=int(p["tax_rate_bp"]),
                      category_id=p.get("category_id")) for p in r.revenue_parts or []]
    await post_refund(refund_no=r.refund_no, order_no=order.order_no, method=r.method, amount_fen=r.amount_fen,
                      from_advances_fen=r.from_advances_fen, revenue_lines=lines, channel=str(order.channel),
                      location_id=order.location_id, conn=conn, user_id=user_id)


async def accept_late_payment(order: Order, *, method: str, amount_fen: int, external_ref: str, gateway: str,
                              out_trade_no: str, conn: BaseDBAsyncClient) -> list[Refund]:
    """A provider's payment for an order that is no longer waiting for one (cancelled by the shopper, staff or the
    reservation expiry, or paid another way meanwhile): recorded with its ledger receipt, then refunded through
    the same provider at once. Idempotent by the provider's transaction number. Call kick() after the commit."""
    if await OrderPayment.filter(external_ref=external_ref).using_db(conn).exists():
        return []
    payment = await payments.record_late_payment(order, method=method, amount_fen=amount_fen,
                                                 external_ref=external_ref, gateway=gateway,
                                                 out_trade_no=out_trade_no, conn=conn)
    return await refund_order(order, conn=conn, amount_fen=amount_fen, payment=payment, reason=LATE_PAYMENT_REASON,
                              hooks=False)


async def queue_prepay_close(order: Order, conn: BaseDBAsyncClient, now: datetime | None = None) -> None:
    """Close the WeChat prepay order of a mini-program order cancelled unpaid (in the cancelling transaction)."""
    if order.channel != Channel.MINIPROGRAM or order.paid_fen:
        return
    if await PrepayClose.filter(order_id=order.id).using_db(conn).exists():
        return
    due = max(now or utc_now(), order.placed_at + timedelta(seconds=CLOSE_AFTER_S))
    await PrepayClose.create(order_id=order.id, out_trade_no=order.order_no, next_attempt_at=due, using_db=conn)


# ---- sending to the provider ------------------------------------------------------------------------------


def _notify_url() -> str:
    return get_settings().public_base_url.rstrip("/") + REFUND_NOTIFY_PATH


def _ask(r: Refund) -> RefundOutcome:
    """One exchange with the provider about a refund (blocking: run in a thread)."""
    try:
        if r.gateway == "wechat":
            wx = gateways.wechat()
            if r.submitted_at is not None:
                found = wx.refund_query(r.refund_no)
                if found.state != "absent":
                    return found
            return wx.refund(out_trade_no=r.out_trade_no, out_refund_no=r.refund_no, total_fen=r.trade_total_fen,
                             refund_fen=r.amount_fen, reason=r.reason, notify_url=_notify_url())
        ali = gateways.alipay()
        if r.attempts:  # an earlier answer was lost: the refund may be done already
            found = ali.refund_query(out_trade_no=r.out_trade_no, out_request_no=r.refund_no)
            if found.state == "succeeded":
                return found
        return ali.refund(out_trade_no=r.out_trade_no, out_request_no=r.refund_no, refund_fen=r.amount_fen,
                          reason=r.reason)
    except AppError as exc:  # e.g. Alipay not configured any more
        return RefundOutcome("error", code=exc.code, message=exc.message)


async def send_one(refund_id: int, *, now: datetime | None = None) -> str:
    """Send (or ask about) one claimed refund; records the outcome and returns its name."""
    r = await Refund.get_or_none(id=refund_id)
    if r is None or r.status != RefundStatus.PENDING or r.gateway not in GATEWAYS:
        return "skipped"
    outcome = await asyncio.to_thread(_ask, r)
    return await apply_outcome(r, outcome, now=now)


async def apply_outcome(r: Refund, outcome: RefundOutcome, *, now: datetime | None = None,
                        via: str = "") -> str:
    at = now or utc_now()
    if outcome.state == "succeeded":
        await confirm(r.id, outcome.refund_id, via=via)
        return "succeeded"
    if outcome.state == "processing":
        submitted = r.submitted_at or at
        wait = min(max((at - submitted).total_seconds() / 2, POLL_MIN_S), POLL_MAX_S)
        await Refund.filter(id=r.id, status=RefundStatus.PENDING).update(
            submitted_at=submitted, provider_refund_id=outcome.refund_id or r.provider_refund_id,
            next_attempt_at=at + timedelta(seconds=wait), last_error="", updated_at=utc_now())
        return "processing"
    error = f"{outcome.code}: {outcome.message}".strip(": ") or "无应答"
    if outcome.state == "refused":
        return "failed" if await fail(r.id, error) else "skipped"
    rows = await fetch(_conn(), "UPDATE refunds SET attempts = attempts + 1, last_error = $1, updated_at = $2 "
                                "WHERE id = $3 AND status = 'pending' RETURNING attempts",
                       [error[:255], utc_now(), r.id])
    if not rows:
        return "skipped"
    attempts = int(rows[0]["attempts"])
    if attempts >= MAX_ATTEMPTS:
        return "failed" if await fail(r.id, f"重试 {attempts} 次仍未成功：{error}") else "skipped"
    await execute(_conn(), "UPDATE refunds SET next_attempt_at = $1 WHERE id = $2 AND status = 'pending'",
                  [at + timedelta(seconds=backoff(attempts)), r.id])
    log.info("refund %s not confirmed (%s), attempt %s", r.refund_no, error, attempts)
    return "retry"


def _conn() -> BaseDBAsyncClient:
    from tortoise import Tortoise

    return Tortoise.get_connection("default")


async def _locked_refund(refund_id: int, conn: BaseDBAsyncClient) -> Refund | None:
    qs = Refund.filter(id=refund_id).using_db(conn)
    if is_postgres(conn):
        qs = qs.select_for_update()
    return await qs.first()


async def confirm(refund_id: int, provider_refund_id: str = "", *, via: str = "") -> bool:
    """The provider says the money went back: succeeded, and the ledger entry posted (once). A refund marked
    failed that the provider confirms after all is confirmed too (the provider is the authority)."""
    async with in_transaction() as conn:
        r = await _locked_refund(refund_id, conn)
        if r is None or r.status == RefundStatus.SUCCEEDED:
            return False
        done = await Refund.filter(id=r.id, status__in=[RefundStatus.PENDING, RefundStatus.FAILED]).using_db(
            conn).update(status=RefundStatus.SUCCEEDED, confirmed_at=utc_now(), next_attempt_at=None,
                         provider_refund_id=provider_refund_id or r.provider_refund_id, updated_at=utc_now())
        if not done:
            return False
        order = await Order.get(id=r.order_id).using_db(conn)
        await _post(order, r, conn, None)
        await record_event(order, f"{GATEWAYS.get(r.gateway, r.gateway)}退款成功 {yuan(r.amount_fen)} {r.refund_no}"
                           + (f"（{via}）" if via else ""), None, conn)
    log.info("refund %s confirmed by %s", r.refund_no, r.gateway)
    return True


async def fail(refund_id: int, error: str) -> bool:
    """Give up on a refund: failed, an order event, and finance told through the WeCom notification outbox."""
    async with in_transaction() as conn:
        r = await _locked_refund(refund_id, conn)
        if r is None or r.status != RefundStatus.PENDING:
            return False
        await Refund.filter(id=r.id, status=RefundStatus.PENDING).using_db(conn).update(
            status=RefundStatus.FAILED, next_attempt_at=None, last_error=error[:255], updated_at=utc_now())
        order = await Order.get(id=r.order_id).using_db(conn)
        await record_event(order, f"退款失败 {r.refund_no}（{GATEWAYS.get(r.gateway, r.gateway)}）：{error}，已通知财务",
                           None, conn)
        text = (f"【退款失败】订单 {order.order_no} 的{GATEWAYS.get(r.gateway, r.gateway)}退款 {yuan(r.amount_fen)}"
                f"（退款单 {r.refund_no}）未能完成：{error[:120]}。请在后台「退款」中核对后重试或线下处理。")
        await notifications.enqueue(conn, kind=notifications.KIND_REFUND_FAILED, user_ids=await _finance_wecom_ids(conn),
                                    payload=notifications.text_payload(text),
                                    dedupe_key=f"refund_failed:{r.id}:{r.attempts}:{int(utc_now().timestamp())}")
    log.error("refund %s failed: %s", r.refund_no, error)
    notifications.kick()
    return True


async def _finance_wecom_ids(conn: BaseDBAsyncClient) -> list[str]:
    for role in (Role.FINANCE, Role.HQ_ADMIN):  # HQ when no finance user is bound to WeCom
        ids = await User.filter(role=role, is_active=True, wecom_userid__not_isnull=True).using_db(conn).values_list(
            "wecom_userid", flat=True)
        if ids:
            return [str(i) for i in ids]
    return []


async def close_one(close_id: int, *, now: datetime | None = None) -> str:
    """Close one cancelled order's WeChat prepay order. Too late (the shopper paid first): the payment is fetched
    with orderquery and taken in as a late payment (recorded and refunded)."""
    row = await PrepayClose.get_or_none(id=close_id)
    if row is None or row.status != PrepayCloseStatus.PENDING:
        return "skipped"
    wx = gateways.wechat()
    result = await asyncio.to_thread(wx.close, row.out_trade_no)
    if result == "paid":
        paid = await asyncio.to_thread(wx.query, row.out_trade_no)
        if paid.state != "paid":
            result = "error"
        else:
            async with in_transaction() as conn:
                qs = Order.filter(id=row.order_id).using_db(conn)
                if is_postgres(conn):
                    qs = qs.select_for_update()
                order = await qs.get()
                await accept_late_payment(order, method="wechat", amount_fen=paid.amount_fen,
                                          external_ref=paid.trade_no, gateway="wechat",
                                          out_trade_no=row.out_trade_no, conn=conn)
    at = now or utc_now()
    if result != "error":
        await PrepayClose.filter(id=row.id, status=PrepayCloseStatus.PENDING).update(
            status=PrepayCloseStatus.DONE, result=result, next_attempt_at=None, updated_at=utc_now())
        return result
    attempts = row.attempts + 1
    give_up = attempts >= MAX_ATTEMPTS
    await PrepayClose.filter(id=row.id, status=PrepayCloseStatus.PENDING).update(
        attempts=attempts, last_error="微信关单无应答", updated_at=utc_now(),
        status=PrepayCloseStatus.FAILED if give_up else PrepayCloseStatus.PENDING,
        next_attempt_at=None if give_up else at + timedelta(seconds=backoff(attempts)))
    if give_up:  # a payment that still comes is refunded by the notify (late payment)
        log.error("closing WeChat prepay order %s failed %s times", row.out_trade_no, attempts)
    return "failed" if give_up else "retry"


async def work_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> PassResult:
    """One pass of the refunds job: send every due refund and prepay close. Safe to run concurrently."""
    now = now or utc_now()
    ids = await claim_due("refunds", now=now, limit=limit, lease_s=LEASE_S)
    result = await work_claimed(ids, lambda i: send_one(i, now=now), concurrency=CONCURRENCY, what="refund")
    closes = await claim_due("prepay_closes", now=now, limit=limit, lease_s=LEASE_S)
    more = await work_claimed(closes, lambda i: close_one(i, now=now), concurrency=CONCURRENCY,
                              what="prepay close")
    result.claimed += more.claimed
    for name, n in more.outcomes.items():
        result.outcomes["close_" + name] = result.outcomes.get("close_" + name, 0) + n
    if closes:
        await work_claimed(await claim_due("refunds", now=now, limit=limit, lease_s=LEASE_S),
                           lambda i: send_one(i, now=now), concurrency=CONCURRENCY, what="refund")
    return result


# ---- the WeChat refund notify ------------------------------------------------------------------------------


def _xml(code: str, msg: str) -> str:
    return f"<xml><return_code><![CDATA[{code}]]></return_code><return_msg><![CDATA[{msg}]]></return_msg></xml>"


async def handle_wechat_refund_notify(raw: bytes) -> tuple[int, str]:
    """(HTTP status, XML answer) for WeChat's refund result notify. req_info is decrypted (AES-256-ECB, key
    md5(API key)) by wechatpy after the appid and mch_id are checked; what does not decrypt, or names a refund
    we do not have with other figures, answers FAIL and changes nothing. Repeats answer SUCCESS again."""
    wx = gateways.wechat()
    data = wx.refund_notify(raw)
    if data is None:
        return 200, _xml("FAIL", "解密失败")
    r = await Refund.get_or_none(refund_no=str(data.get("out_refund_no") or ""), gateway="wechat")
    if r is None:
        return 200, _xml("FAIL", "退款单不存在")
    if str(data.get("out_trade_no") or "") != r.out_trade_no or int(data.get("refund_fee") or 0) != r.amount_fen:
        return 200, _xml("FAIL", "退款信息不符")
    outcome = wx.refund_status(str(data.get("refund_status") or ""), str(data.get("refund_id") or ""))
    if outcome.state == "succeeded":
        await confirm(r.id, outcome.refund_id, via="微信退款通知")
    elif outcome.state == "refused":
        await fail(r.id, f"{outcome.code}: {outcome.message}")
    return 200, _xml("SUCCESS", "OK")


# ---- kicking the job right after a commit --------------------------------------------------------------------

_kicks: set[asyncio.Task[Any]] = set()


def kick() -> None:
    """Send now rather than at the next beat (after the transaction that made refunds committed). Never waits:
    the pass runs as a task of this event loop when Celery is eager, else a Celery message asks the workers.
    Losing a kick loses nothing: the beat job sends every due row."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    task = loop.create_task(_work_here() if app.conf.task_always_eager else _kick_worker(), name="orders.refunds.kick")
    _kicks.add(task)
    task.add_done_callback(_kicks.discard)


async def _work_here() -> None:
    try:
        await work_due()
    except Exception:
        log.exception("kicked refund pass failed")


async def _kick_worker() -> None:
    try:
        await asyncio.to_thread(kick_job, "orders.refunds")
    except Exception:
        log.exception("could not kick the refunds job")


async def drain(within_s: float = 30.0) -> None:
    """Wait until this process's kicked passes have finished (tests, shutdown)."""
    while _kicks:
        done, _ = await asyncio.wait(set(_kicks), timeout=within_s)
        if not done:
            raise TimeoutError(f"{len(_kicks)} refund passes still running after {within_s}s")


async def cancel_kicks() -> None:
    for task in list(_kicks):
        task.cancel()
    await asyncio.gather(*_kicks, return_exceptions=True)


# ---- the back office's view -----------------------------------------------------------------------------------


async def retry(refund_id: int, conn: BaseDBAsyncClient, now: datetime | None = None) -> Refund | None:
    """A failed refund sent again (fresh attempts, due now). None: not found or not failed."""
    at = now or utc_now()
    if not await execute(conn, "UPDATE refunds SET status = 'pending', attempts = 0, next_attempt_at = $1, "
                               "updated_at = $1 WHERE id = $2 AND status = 'failed' AND gateway <> ''",
                         [at, refund_id]):
        return None
    return await Refund.get(id=refund_id).using_db(conn)
