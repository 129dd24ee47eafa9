"""Exchanges (换货): units of a shipped line go back and another SKU (another size, another stage) goes out.

    request   the shopper (own order) or staff: an RMA on the original order for the returned units, and a
              replacement order (linked, same member, the original's channel; a shopper's is a mini-program order)
              for the new SKU at today's price, its stock reserved with no timeout. No stock: 409, nothing written.
    approve   staff (store manager): the RMA is approved, the shopper sends the units back.
    reject    staff, before approving: the RMA is rejected, the replacement order cancelled and its stock released
              (its WeChat prepay order, if any, closed by the refunds job).
    receive   staff: the units are back, restocked or written off as returns are (backend.orders.returns); then
              credit = what the returned units were paid (their share of the line) is settled:
              - min(credit, replacement total) leaves the original order (refunded_fen, revenue and VAT reversed
                into the exchange clearing account) and pays the replacement (payment method "exchange");
              - cheaper replacement: the difference is refunded on the original order through the refund entry
                point (backend.orders.refunds.refund_order: to the original tenders), for the RMA;
              - dearer replacement: it stays pending for the difference, which the shopper pays like any order
                (WeChat Pay prepay in the mini-program, POST /orders/<id>/pay/wechat) or staff record
                (POST /orders/<id>/pay); paid in full, it is allocated and ships as a normal order.

Every step is an order event on both orders and (staff) an audit entry; each is a guarded state move, so a repeat
or a race changes nothing twice; a request with an Idempotency-Key answers the first exchange again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_staff_change
from backend.catalog.models import Sku
from backend.errors import InvalidState, NotFound, ValidationError
from backend.fieldcrypt import FieldDecryptError, unseal
from backend.finance.postings import SaleLine, post_exchange_credit
from backend.money import prorate, yuan
from backend.numbering import new_no
from backend.orders import payments, refunds, returns
from backend.orders.models import Exchange, ExchangeStatus, Order, OrderItem, ReturnRequest
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.orders.serializers import EXCHANGE_STATUS_ZH, exchange_dict
from backend.orders.state import record_event
from backend.org.models import Channel
from backend.raw_sql import fetch
from backend.security import Actor
from backend.stock.models import Reservation, ReservationStatus

EXCHANGEABLE_CHANNELS = frozenset({Channel.POS, Channel.MINIPROGRAM, Channel.PHONE, Channel.LIVE})


@dataclass(frozen=True)
class ExchangeIn:
    item_id: int
    qty: int
    sku_code: str
    reason: str = ""
    restock: bool = True


async def request_exchange(actor: Actor, order: Order, body: ExchangeIn, conn: BaseDBAsyncClient, *,
                           request_key: str | None = None) -> tuple[Exchange, bool]:
    """Open an exchange of `order` (locked by the caller). Returns (exchange, created)."""
    if request_key:
        prior = await Exchange.get_or_none(order_id=order.id, request_key=request_key).using_db(conn)
        if prior is not None:
            return prior, False
    if Channel(order.channel) not in EXCHANGEABLE_CHANNELS:
        raise InvalidState("电商平台订单请在平台上发起换货")
    item = await OrderItem.get_or_none(id=body.item_id, order_id=order.id).using_db(conn)
    if item is None:
        raise ValidationError(f"订单中没有商品行 {body.item_id}",
                              details=[{"field": "item_id", "message": "不属于该订单"}])
    sku = await Sku.get_or_none(code=body.sku_code).select_related("product").using_db(conn)
    if sku is None:
        raise ValidationError(f"商品编码 {body.sku_code} 不存在", details=[{"field": "sku_code", "message": "商品不存在"}])
    exchange_no = new_no("EX")
    member_id = actor.member.id if actor.member is not None and not actor.is_staff else None
    rma = await returns.request_return(
        order, conn=conn, reason=f"换货 {exchange_no}：换成 {sku.code} {sku.name}" + (f"（{body.reason}）" if body.reason
                                                                                   else ""),
        user=actor.user, member_id=member_id,
        lines=[returns.ReturnLineIn(item.id, body.qty, body.restock if actor.is_staff else True)])
    credit = prorate(item.line_total_fen, body.qty, item.qty)
    member_code = None
    if actor.is_staff and order.member_id:
        await order.fetch_related("member", using_db=conn)
        member_code = order.member.member_code
    channel = Channel(order.channel) if actor.is_staff else Channel.MINIPROGRAM
    # Its own savepoint inside this transaction: short stock raises 409 and the whole exchange rolls back.
    placed = await place_order(
        actor, OrderRequest(channel=channel.value, items=[LineIn(sku.code, body.qty)], member_code=member_code,
        note=f"换货 {exchange_no}（原订单 {order.order_no}）", receiver_name=order.receiver_name,
        receiver_phone=_unsealed(order.receiver_phone), receiver_address=_unsealed(order.receiver_address),
        pickup=order.pickup))
    replacement = await Order.get(id=placed.order_id).using_db(conn)
    # The replacement waits for the returned units: its stock must not time out meanwhile.
    await Reservation.filter(ref_type="order", ref_id=str(replacement.id), status=ReservationStatus.ACTIVE) \
        .using_db(conn).update(expires_at=None)
    ex = await Exchange.create(
        exchange_no=exchange_no, order_id=order.id, order_item_id=item.id, qty=body.qty, new_sku_id=sku.id,
        rma_id=rma.id, replacement_id=replacement.id, credit_fen=credit, new_total_fen=replacement.total_fen,
        reason=body.reason[:255], request_key=request_key, created_by_member_id=member_id,
        handled_by_id=getattr(actor.user, "id", None), using_db=conn)
    diff = replacement.total_fen - credit
    await record_event(order, f"申请换货 {exchange_no}：{item.sku_name} x{body.qty} 换 {sku.name}，"
                              f"换货单 {replacement.order_no}，{_difference(diff)}", actor.user, conn)
    await record_event(replacement, f"换货单 {exchange_no}，原订单 {order.order_no}", actor.user, conn)
    await record_staff_change(actor.user, "order.exchange_request", "order", order.id, conn, exchange_no=exchange_no,
                replacement=replacement.order_no, credit_fen=credit, new_total_fen=replacement.total_fen)
    return ex, True


def _unsealed(value: str) -> str:
    if not value:
        return ""
    try:
        return unseal(value)
    except FieldDecryptError:
        return ""


def _difference(diff: int) -> str:
    if diff > 0:
        return f"需补差价 {yuan(diff)}"
    if diff < 0:
        return f"退还差价 {yuan(-diff)}"
    return "无差价"


async def get_exchange(order: Order, exchange_id: int, conn: BaseDBAsyncClient | None = None) -> Exchange:
    ex = await Exchange.get_or_none(id=exchange_id, order_id=order.id).using_db(conn)
    if ex is None:
        raise NotFound("换货单不存在")
    return ex


async def _move(ex: Exchange, frm: ExchangeStatus, to: ExchangeStatus, verb: str, conn: BaseDBAsyncClient,
                **changes: Any) -> None:
    done = await Exchange.filter(id=ex.id, status=frm).using_db(conn).update(status=to, **changes)
    if not done:
        await ex.refresh_from_db(using_db=conn)
        raise InvalidState(f"换货单当前状态为「{EXCHANGE_STATUS_ZH[ExchangeStatus(ex.status)]}」，不能{verb}")
    ex.status = to
    for k, v in changes.items():
        setattr(ex, k, v)


async def approve_exchange(order: Order, ex: Exchange, *, conn: BaseDBAsyncClient, user: Any) -> Exchange:
    await _move(ex, ExchangeStatus.REQUESTED, ExchangeStatus.APPROVED, "同意", conn,
                handled_by_id=getattr(user, "id", None))
    rma = await ReturnRequest.get(id=ex.rma_id).using_db(conn)
    await returns.approve_return(order, rma, conn=conn, user=user)
    await record_event(order, f"同意换货 {ex.exchange_no}，请顾客寄回商品", user, conn)
    await record_staff_change(user, "order.exchange_approve", "exchange", ex.id, conn, exchange_no=ex.exchange_no)
    return ex


async def reject_exchange(order: Order, ex: Exchange, *, conn: BaseDBAsyncClient, user: Any,
                          reason: str = "") -> Exchange:
    """Refused before approval: the RMA is rejected, the replacement order cancelled and its stock released."""
    await _move(ex, ExchangeStatus.REQUESTED, ExchangeStatus.REJECTED, "拒绝", conn,
                handled_by_id=getattr(user, "id", None))
    rma = await ReturnRequest.get(id=ex.rma_id).using_db(conn)
    await returns.reject_return(order, rma, conn=conn, user=user, reason=f"换货 {ex.exchange_no} 被拒绝")
    replacement = await Order.get(id=ex.replacement_id).using_db(conn)
    await returns.cancel_order(replacement, conn=conn, user=user, reason=f"换货 {ex.exchange_no} 被拒绝")
    await record_event(order, f"拒绝换货 {ex.exchange_no}" + (f"：{reason}" if reason else ""), user, conn)
    await record_staff_change(user, "order.exchange_reject", "exchange", ex.id, conn, exchange_no=ex.exchange_no, reason=reason)
    return ex


async def receive_exchange(order: Order, ex: Exchange, *, conn: BaseDBAsyncClient, user: Any,
                           restock: bool | None = None) -> Exchange:
    """The returned units arrived: take them in (restock or write off), move the credit to the replacement,
    refund the difference when the replacement is cheaper."""
    await _move(ex, ExchangeStatus.APPROVED, ExchangeStatus.SETTLED, "确认收货", conn)
    rma = await ReturnRequest.get(id=ex.rma_id).using_db(conn)
    await returns.receive_return(order, rma, conn=conn, user=user,
                                 restock=None if restock is None else {ex.order_item_id: restock})
    replacement = await Order.get(id=ex.replacement_id).using_db(conn)
    transfer = min(ex.credit_fen, replacement.total_fen - replacement.paid_fen)
    if transfer > 0:
        rows = await fetch(conn, "UPDATE orders SET refunded_fen = refunded_fen + $1 "
                                 "WHERE id = $2 AND refunded_fen + $1 <= paid_fen RETURNING refunded_fen",
                           [transfer, order.id])
        if not rows:
            raise InvalidState("原订单可抵扣金额不足，请先核对退款记录")
        order.refunded_fen = int(rows[0]["refunded_fen"])
        item = await OrderItem.get(id=ex.order_item_id).using_db(conn).select_related("sku__product")
        await post_exchange_credit(
            exchange_no=ex.exchange_no, order_no=order.order_no, amount_fen=transfer,
            line=SaleLine(sku_id=item.sku_id, gross_fen=transfer, tax_rate_bp=item.sku.tax_rate_bp,
                          category_id=item.sku.product.category_id),
            channel=str(order.channel), location_id=order.location_id, conn=conn, user_id=getattr(user, "id", None))
        await record_event(order, f"换货 {ex.exchange_no}：{yuan(transfer)} 抵扣换货单 {replacement.order_no}", user,
                           conn)
        # The credit pays the replacement (no points earned: the original order earned them).
        await payments.record_payment(replacement, method="exchange", amount_fen=transfer, conn=conn,
                                      external_ref=f"exchange:{ex.exchange_no}", user=user, paid_hooks=False,
                                      internal=True)
    refunded = 0
    diff = ex.credit_fen - transfer
    if diff > 0:
        # THE refund entry point: to the tenders the original order was paid with (WeChat Pay / Alipay through the
        # provider, sent by the refunds job: call refunds.kick() after the commit).
        made = await refunds.refund_order(order, conn=conn, amount_fen=diff, rma=rma,
                                          reason=f"换货 {ex.exchange_no} 退还差价", user=user)
        refunded = sum(r.amount_fen for r in made)
    await Exchange.filter(id=ex.id).using_db(conn).update(transferred_fen=transfer, refunded_fen=refunded)
    ex.transferred_fen, ex.refunded_fen = transfer, refunded
    owed = replacement.total_fen - replacement.paid_fen
    await record_event(replacement, f"换货 {ex.exchange_no} 退回商品已收到" +
                       (f"，待补差价 {yuan(owed)}" if owed > 0 else "，可发货"), user, conn)
    await record_staff_change(user, "order.exchange_receive", "exchange", ex.id, conn, exchange_no=ex.exchange_no,
                transferred_fen=transfer, refunded_fen=refunded, owed_fen=owed)
    return ex


async def request_in_transaction(actor: Actor, order_id: int, body: ExchangeIn, *, load: Any,
                                 request_key: str | None) -> tuple[dict[str, Any], bool]:
    """The route's unit of work: lock the order (so two requests for the same line are serialised), open the
    exchange, answer its view."""
    async with in_transaction() as conn:
        order = await load(actor, order_id, conn, lock=True)
        ex, created = await request_exchange(actor, order, body, conn, request_key=request_key)
        return await exchange_dict(ex, conn), created
