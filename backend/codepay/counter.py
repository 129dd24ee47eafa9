"""A counter sale paid with the shopper's payment code, in one request:

    route the code (WeChat 10-15 / Alipay 25-30, else 400) -> place the order, every tender deferred (stock held,
    idempotency record ACCEPTED) -> charge the code, out_trade_no = the order number -> while the shopper enters
    the password (USERPAYING / 10003) ask again every codepay_poll_interval_s, up to codepay_poll_timeout_s ->
      paid:     one transaction records every tender (cash / stored value first, then the code, its external_ref
                the provider's transaction number) -> paid -> shipped at the counter -> completed
      refused:  (余额不足, invalid code, the shopper cancelled) the order is cancelled, its stock released
      no answer in time, or none to trust (network, bad signature): reverse / cancel the charge at the provider,
                then cancel the order
    -> the final answer is stored in the idempotency record.

Never twice: the provider knows the trade by out_trade_no (a repeated charge is refused or answers the same
trade), the payment is unique by the provider's transaction number, and one Redis lock per order lets only one
request talk to the provider at a time. A retry with the same Idempotency-Key replays the final answer; a retry
of a request that died half-way asks the provider about the trade before charging it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend import locks
from backend.cache import key
from backend.codepay.providers import Outcome, Provider, code_method, mask_code, provider_for
from backend.errors import AppError, Conflict, Forbidden, InvalidState, ValidationError
from backend.idempotency import IdempotencyRecord, kept_answer
from backend.members import paycode
from backend.members.models import Member
from backend.money import yuan
from backend.orders import payments, returns
from backend.orders.code_sale import TenderIn
from backend.orders.models import Order, OrderStatus
from backend.orders.placement import (
    ACCEPTED,
    LineIn,
    OrderRequest,
    PaymentIn,
    complete_at_counter,
    idempotency_scope,
    place_order,
)
from backend.orders.serializers import order_body
from backend.orders.state import record_event
from backend.org.models import Channel
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.settings import get_settings

CODE_METHODS = {"wechat": "微信", "alipay": "支付宝"}
CHARGING_MARK = "付款码收款中："  # order event written just before a code is charged


class PaymentDeclined(AppError):
    status, code, default_message = 402, "payment_declined", "付款码收款失败，请换一种支付方式"


class PaymentUnconfirmed(AppError):
    status, code, default_message = 502, "payment_unconfirmed", "无法确认付款码支付结果"


def _bad(message: str, short: str) -> ValidationError:
    return ValidationError(message, details=[{"field": "payments", "message": short}])


async def sell(actor: Actor, *, channel: str, items: list[LineIn], tenders: list[TenderIn],
               idempotency_key: str | None, request_hash: str, member_code: str | None = None,
               **place: Any) -> tuple[int, dict[str, Any]]:
    """Place a counter sale and charge its payment-code tender. (HTTP status, body): 201 and the completed order,
    or the failure ({"error", "order"}) after the order was cancelled."""
    if not actor.is_staff:
        raise Forbidden("顾客下单不能直接登记付款")
    if channel != Channel.POS.value:
        raise _bad("付款码收款只用于门店收银（channel=pos）", "仅限门店收银")
    coded = [t for t in tenders if t.auth_code and t.method != "balance"]  # a balance tender's is the member's
    if len(coded) != 1:
        raise _bad("一笔收款只能扫一个付款码", "付款码过多")
    code = coded[0]
    assert code.auth_code
    if code.method not in CODE_METHODS:
        raise _bad("付款码只能用于微信或支付宝收款", "支付方式不符")
    method = code_method(code.auth_code)  # 400 无法识别的付款码
    if code.method != method:
        raise _bad(f"扫到的是{CODE_METHODS[method]}付款码，请选择「{CODE_METHODS[method]}」收款后重新扫码", "支付方式不符")
    provider = provider_for(code.auth_code)
    others = [t for t in tenders if t is not code]
    await _check_balance(member_code, others)

    scope = idempotency_scope(actor)
    order_id: int | None = None
    resumed = False
    if idempotency_key:
        rec = await kept_answer(scope, idempotency_key, request_hash, what="下单请求")
        if rec is not None:
            if rec.status != ACCEPTED:
                return rec.status, rec.response  # the final answer of the first request
            order_id, resumed = int(rec.response["order"]["id"]), True
    if order_id is None:
        placement = await place_order(
            actor, OrderRequest(channel=channel, items=items, idempotency_key=idempotency_key, request_hash=request_hash,
            member_code=member_code,
            payments_in=[PaymentIn(t.method, t.amount_fen, t.external_ref, deferred=True) for t in tenders], **place))
        if placement.status != ACCEPTED:
            return placement.status, placement.body  # a concurrent twin already finished
        order_id, resumed = placement.order_id, not placement.created

    status, body = await _take(actor, order_id, provider, code, others, resumed)
    if idempotency_key:
        await IdempotencyRecord.filter(scope=scope, key=idempotency_key).update(status=status, response=body)
    return status, body


async def _check_balance(member_code: str | None, others: list[TenderIn]) -> None:
    """Stored value short: refuse before anything is charged (the payment itself checks again, guarded)."""
    need = sum(t.amount_fen for t in others if t.method == "balance")
    if not need:
        return
    member = await Member.get_or_none(member_code=member_code) if member_code else None
    if member is None:
        raise _bad("会员余额支付需要先关联会员", "需要会员")
    for t in others:  # the member's one-time code, checked before the WeChat / Alipay code is charged
        if t.method == "balance":
            await paycode.check(member.id, t.auth_code)
    if member.balance_fen < need:
        raise Conflict(f"会员储值余额不足（余额 {yuan(member.balance_fen)}，需 {yuan(need)}）", code="insufficient_balance")


@asynccontextmanager
async def order_lock(order_id: int) -> AsyncIterator[bool]:
    """One request (or sweep) at a time talks to the provider about an order's code: yields False when another
    holds it. Held at most the poll window + 2 minutes (a crashed holder lets go by itself)."""
    async with locks.held(key("codepay", order_id), int(get_settings().codepay_poll_timeout_s) + 120) as got:
        yield got


async def _take(actor: Actor, order_id: int, provider: Provider, code: TenderIn, others: list[TenderIn],
                resumed: bool) -> tuple[int, dict[str, Any]]:
    async with order_lock(order_id) as got:
        if not got:
            raise Conflict("该笔付款码收款正在处理中，请稍候在订单中查看结果", code="payment_in_progress")
        return await _run(actor, order_id, provider, code, others, resumed)


async def _run(actor: Actor, order_id: int, provider: Provider, code: TenderIn, others: list[TenderIn],
               resumed: bool) -> tuple[int, dict[str, Any]]:
    s = get_settings()
    order = await Order.get(id=order_id).select_related("location")
    if order.status == OrderStatus.CANCELLED:
        return _failure(order, InvalidState("该笔收款已失败，订单已取消，请重新收款"))
    if order.status != OrderStatus.PENDING:
        return 201, await _success(order_id, provider, None)
    out_trade_no, amount = order.order_no, code.amount_fen
    assert code.auth_code
    outcome: Outcome | None = None
    if resumed:  # the first request may have charged already: ask before charging
        outcome = await asyncio.to_thread(provider.query, out_trade_no)
        if outcome.state == "absent":
            outcome = None
    if outcome is None:
        # The mark a sweep reads if this request dies before the outcome is known (abandoned_charges.py).
        await record_event(order, f"{CHARGING_MARK}{provider.name}付款码（{mask_code(code.auth_code)}）", actor.user)
        store = order.location.name if order.location else ""
        outcome = await asyncio.to_thread(provider.charge, out_trade_no=out_trade_no, amount_fen=amount,
                                          auth_code=code.auth_code, subject=f"{store} 门店收银 {out_trade_no}".strip())
    saw_paying = outcome.state == "paying"
    deadline = time.monotonic() + s.codepay_poll_timeout_s
    while outcome.state in ("paying", "unknown", "absent") and time.monotonic() < deadline:
        await asyncio.sleep(max(min(s.codepay_poll_interval_s, deadline - time.monotonic()), 0))
        outcome = await asyncio.to_thread(provider.query, out_trade_no)
        saw_paying = saw_paying or outcome.state == "paying"

    name, masked = provider.name, mask_code(code.auth_code)
    if outcome.state == "paid" and outcome.amount_fen != amount:
        outcome = Outcome("unknown", reason="amount", message=f"{name}实收 {yuan(outcome.amount_fen)} 与应收不符")
    if outcome.state == "paid":
        try:
            await _pay(order_id, provider, outcome, others, actor.user, masked)
        except AppError as exc:  # e.g. stored value spent meanwhile: give the money back, cancel
            undone = await asyncio.to_thread(provider.cancel, out_trade_no)
            await cancel_pending(order_id, actor.user, f"{exc.message}；{name}付款码收款已撤销" if undone else exc.message)
            tail = f"，{name}付款码收款已撤销，订单已取消" if undone else \
                f"，{name}付款码收款撤销未成功，订单已取消，请核对顾客支付记录并联系店长退款"
            return _failure(order, type(exc)(exc.message + tail, code=exc.code))
        return 201, await _success(order_id, provider, outcome)
    if outcome.state == "failed":
        await cancel_pending(order_id, actor.user, f"{name}付款码（{masked}）收款失败：{outcome.message or outcome.reason}")
        return _failure(order, _declined(provider, outcome))
    # No answer in time, or none to trust: take the charge back before giving up the sale.
    undone = await asyncio.to_thread(provider.cancel, out_trade_no)
    waited = f"{s.codepay_poll_timeout_s:g}"
    error: AppError
    if outcome.state == "paying" or (saw_paying and outcome.reason != "signature"):
        error = PaymentDeclined(f"顾客未在 {waited} 秒内完成{name}支付，已撤销本次收款，订单已取消，请重新收款",
                                          code="payment_timeout")
    else:
        why = {"signature": "应答签名无效", "network": "网络异常", "amount": outcome.message}.get(outcome.reason,
                                                                                        outcome.message or "无应答")
        error = PaymentUnconfirmed(f"无法确认{name}支付结果（{why}），已撤销本次收款，订单已取消")
    if not undone:
        error = PaymentUnconfirmed(f"无法确认{name}支付结果，撤销也未成功：订单已取消，请核对顾客的支付记录，"
                                   "如已扣款请联系店长退款")
    await cancel_pending(order_id, actor.user, f"{name}付款码（{masked}）收款未完成：{error.message}")
    return _failure(order, error)


def _declined(provider: Provider, outcome: Outcome) -> AppError:
    name = provider.name
    if outcome.reason == "notenough":
        return PaymentDeclined(f"顾客{name}余额不足，请换一种支付方式", code="insufficient_funds")
    if outcome.reason == "invalid_code":
        return PaymentDeclined(f"{name}付款码无效或已过期，请顾客刷新付款码后重新扫码", code="invalid_auth_code")
    if outcome.reason == "closed":
        return PaymentDeclined(f"顾客未完成{name}支付（已取消或支付失败），请重新收款")
    if outcome.reason == "gateway":
        return PaymentUnconfirmed(f"{name}支付拒绝了收款请求：{outcome.message or outcome.code}，请检查商户配置",
                                  code="payment_gateway_error")
    return PaymentDeclined(f"{name}收款失败：{outcome.message or outcome.code}，请换一种支付方式")


async def _locked(order_id: int, conn: BaseDBAsyncClient) -> Order:
    qs = Order.filter(id=order_id).using_db(conn)
    if is_postgres(conn):
        qs = qs.select_for_update()
    return await qs.get()


async def _pay(order_id: int, provider: Provider, outcome: Outcome, others: list[TenderIn], user: Any,
               masked: str) -> None:
    """Every tender in one transaction: the order is paid, shipped at the counter and completed."""
    for attempt in range(2):
        try:
            async with in_transaction() as conn:
                order = await _locked(order_id, conn)
                if order.status != OrderStatus.PENDING:
                    return  # a twin request finished it
                for t in others:
                    await payments.record_payment(order, method=t.method, amount_fen=t.amount_fen,
                                                  external_ref=t.external_ref, user=user, conn=conn,
                                                  member_pay_code=t.auth_code if t.method == "balance" else None)
                await record_event(order, f"{provider.name}付款码（{masked}）收款成功，交易号 {outcome.trade_no}",
                                   user, conn)
                await payments.record_payment(order, method=provider.method, amount_fen=outcome.amount_fen,
                                              external_ref=outcome.trade_no, user=user, conn=conn,
                                              gateway=provider.method, out_trade_no=order.order_no)
                if order.status == OrderStatus.ALLOCATED:
                    await complete_at_counter(order, conn=conn, user=user)
            return
        except IntegrityError:
            if attempt:  # the same transaction number committed by a twin: the retry sees the order paid
                raise


async def cancel_pending(order_id: int, user: Any, reason: str) -> None:
    async with in_transaction() as conn:
        order = await _locked(order_id, conn)
        if order.status == OrderStatus.PENDING:
            await returns.cancel_order(order, conn=conn, user=user, reason=reason[:200])


async def _success(order_id: int, provider: Provider, outcome: Outcome | None) -> dict[str, Any]:
    body = await order_body(order_id, detail=True)
    code_payment = next((p for p in body["order"].get("payments", []) if p["method"] == provider.method
                         and (outcome is None or p["external_ref"] == outcome.trade_no)), None)
    if code_payment is not None:
        body["payment"] = {"method": provider.method, "method_name": f"{provider.name}付款码",
                           "amount_fen": code_payment["amount_fen"], "trade_no": code_payment["external_ref"]}
    return body


def _failure(order: Order, error: AppError) -> tuple[int, dict[str, Any]]:
    body = error.to_body()
    body["order"] = {"id": order.id, "order_no": order.order_no, "status": OrderStatus.CANCELLED.value}
    return error.status, body
