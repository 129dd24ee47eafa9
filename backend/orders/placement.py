"""Placing an order, for every channel.

    validate -> choose candidate locations (unlocked read) -> one transaction:
        price (backend.orders.pricing) -> order + items -> idempotency record -> reserve (locks, FEFO)
        -> [payments -> paid -> allocated] -> [POS: ship at the counter -> completed]

Idempotency (as Stripe): the first answer for (caller, Idempotency-Key) is kept and replayed for the same body;
a different body with the same key is a 409 conflict. The record is written inside the order's transaction,
so concurrent duplicates serialise on its unique index: one creates the order, the others replay it.
Platform orders are unique per (channel, external_id); a repeat returns the existing order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.catalog.models import Sku
from backend.catalog.pricing import price_location_id
from backend.errors import Forbidden, ValidationError
from backend.fieldcrypt import seal
from backend.idempotency import IdempotencyRecord, body_hash, check_key, kept_answer
from backend.members.models import Member
from backend.money import yuan
from backend.orders import allocation, fulfilment, payments
from backend.orders.models import Order, OrderDiscount, OrderEvent, OrderItem, OrderStatus
from backend.orders.pricing import PricedLine, PricingContext, price_lines
from backend.orders.sellers import seller_id
from backend.orders.serializers import order_body, order_dict
from backend.orders.state import transition
from backend.orders.util import audit, new_no
from backend.org.models import Channel, Location
from backend.security import Actor
from backend.security.authorization import require_permission
from backend.settings import get_settings
from backend.stock.management import Ref

SHOPPER_CHANNELS = frozenset({Channel.MINIPROGRAM, Channel.LIVE})
MAX_LINES = 200
MAX_QTY = 99999


@dataclass(frozen=True)
class LineIn:
    sku_code: str
    qty: int


@dataclass(frozen=True)
class PaymentIn:
    method: str
    amount_fen: int
    external_ref: str | None = None
    # Taken after placement by the caller (the counter's payment-code charge, backend.codepay.counter): counted
    # against the total like the others, but not recorded here; the order stays pending and the idempotency
    # record is written with status ACCEPTED until the caller stores its final answer.
    deferred: bool = False
    # A stored-value tender: the member's one-time payment code (backend.members.paycode), shown in their app.
    member_pay_code: str | None = None


ACCEPTED = 202  # idempotency record status of a placement whose deferred payments are still being taken


@dataclass
class Placement:
    order_id: int
    body: dict[str, Any]
    created: bool  # False: an idempotent replay or an existing platform order
    status: int = 201


@dataclass
class _Checked:
    channel: Channel
    member: Member | None
    lines: list[tuple[Sku, int]]
    requested: Location | None
    allowed: frozenset[int] | None
    preferred: frozenset[int] | None
    payments: list[PaymentIn] = field(default_factory=list)


def idempotency_scope(actor: Actor) -> str:
    return f"order:staff:{actor.user.id}" if actor.user is not None else f"order:member:{actor.member.id}"


async def _replay(scope: str, key: str, request_hash: str) -> Placement | None:
    rec = await kept_answer(scope, key, request_hash, what="下单请求")
    if rec is None:
        return None
    return Placement(order_id=int(rec.response["order"]["id"]), body=rec.response, created=False, status=rec.status)


def _bad(field_name: str, message: str, short: str) -> ValidationError:
    return ValidationError(message, details=[{"field": field_name, "message": short}])


async def _check(actor: Actor, channel: str, items: list[LineIn], location_code: str | None,
                 member_code: str | None, external_id: str | None, pays: list[PaymentIn] | None) -> _Checked:
    try:
        ch = Channel(channel)
    except ValueError:
        raise _bad("channel", f"不支持的下单渠道：{channel}", "取值不在允许范围内") from None
    member: Member | None = None
    if actor.is_staff:
        if member_code:
            member = await Member.get_or_none(member_code=member_code, deleted_at=None)
            if member is None:
                raise _bad("member_code", f"会员 {member_code} 不存在", "会员不存在")
    else:
        if ch not in SHOPPER_CHANNELS:
            raise Forbidden("顾客只能通过小程序或直播间下单")
        if pays or member_code or external_id:
            raise Forbidden("顾客下单不能指定会员、平台单号或直接登记付款")
        member = actor.member
    if not items:
        raise _bad("items", "请至少选择一件商品", "至少需要 1 项")
    if len(items) > MAX_LINES:
        raise _bad("items", f"一个订单最多 {MAX_LINES} 行商品", "行数过多")
    merged: dict[str, int] = {}
    for n, it in enumerate(items):
        code = (it.sku_code or "").strip()
        if not code:
            raise _bad(f"items.{n}.sku_code", f"第 {n + 1} 行缺少商品编码", "缺少必填字段")
        if isinstance(it.qty, bool) or not isinstance(it.qty, int) or it.qty <= 0:
            raise _bad(f"items.{n}.qty", f"第 {n + 1} 行商品 {code} 的数量必须是大于 0 的整数", "必须大于 0")
        merged[code] = merged.get(code, 0) + it.qty
        if merged[code] > MAX_QTY:
            raise _bad(f"items.{n}.qty", f"商品 {code} 的数量超出上限 {MAX_QTY}", "数量过大")
    skus = {s.code: s for s in await Sku.filter(code__in=list(merged)).select_related("product")}
    lines: list[tuple[Sku, int]] = []
    for n, (code, qty) in enumerate(merged.items()):
        sku = skus.get(code)
        if sku is None:
            raise _bad(f"items.{n}.sku_code", f"商品编码 {code} 不存在", "商品不存在")
        if not sku.is_active or not sku.product.is_active:
            raise _bad(f"items.{n}.sku_code", f"商品 {code}（{sku.name}）已停售", "商品已停售")
        lines.append((sku, qty))
    requested: Location | None = None
    if location_code:
        requested = await Location.get_or_none(code=location_code)
        if requested is None:
            raise _bad("location_code", f"门店或仓库 {location_code} 不存在", "不存在")
        if not requested.is_active:
            raise _bad("location_code", f"{requested.name}（{location_code}）已停用", "已停用")
    allowed: frozenset[int] | None = None
    preferred: frozenset[int] | None = None
    if actor.is_staff:
        # Store-bound staff (clerk, store manager, live seller) sell from their own locations on every channel,
        # the counter, the phone, the marketplaces and the mini-program alike; chain-wide roles from anywhere.
        if requested is not None:
            actor.require_location(requested.id)
        allowed = actor.location_ids
        preferred = actor.location_ids
    pay_list = list(pays or [])
    for n, p in enumerate(pay_list):
        if p.method not in payments.METHODS:
            raise _bad(f"payments.{n}.method", f"不支持的支付方式：{p.method}", "取值不在允许范围内")
        if p.amount_fen <= 0:
            raise _bad(f"payments.{n}.amount_fen", "支付金额必须大于 0", "必须大于 0")
    if actor.is_staff and any(p.method == "balance" for p in pay_list):
        await require_permission(actor, "stored_value.spend", entity_type="member",
                                 entity_id=member.id if member else "", message="您的角色不能使用会员储值付款",
                                 channel_of_order=ch.value)
    return _Checked(ch, member, lines, requested, allowed, preferred, pay_list)


def default_request_hash(**body: Any) -> str:
    return body_hash(body)


async def place_order(
    actor: Actor,
    *,
    channel: str,
    items: list[LineIn],
    location_code: str | None = None,
    idempotency_key: str | None = None,
    request_hash: str | None = None,
    member_code: str | None = None,
    external_id: str | None = None,
    payments_in: list[PaymentIn] | None = None,
    options: dict[str, Any] | None = None,
    receiver_name: str = "",
    receiver_phone: str = "",
    receiver_address: str = "",
    note: str = "",
    pickup: bool = False,
    now: datetime | None = None,
    paid_hooks: bool = True,
) -> Placement:
    """Create an order (201) or replay an earlier answer. Raises ValidationError, Forbidden, Conflict or
    InsufficientStock having written nothing.

    `now`: when the order was placed (default: now). `paid_hooks=False`: the order's rewards were settled
    elsewhere (an open order moved over from an old system), so paying it earns the member no points."""
    check_key(idempotency_key)
    if request_hash is None:
        request_hash = default_request_hash(
            channel=channel, location_code=location_code, member_code=member_code, external_id=external_id,
            items=[{"sku_code": i.sku_code, "qty": i.qty} for i in items],
            payments=[p.__dict__ for p in payments_in or []], options=options or {},
        )
    scope = idempotency_scope(actor) if idempotency_key else ""
    if idempotency_key:
        replay = await _replay(scope, idempotency_key, request_hash)
        if replay is not None:
            return replay
    checked = await _check(actor, channel, items, location_code, member_code, external_id, payments_in)
    if external_id:
        existing = await Order.get_or_none(channel=checked.channel, external_id=external_id)
        if existing is not None:
            return Placement(existing.id, await order_body(existing.id), created=False, status=200)
    needs = [allocation.Need(sku.id, qty, f"{sku.code} {sku.name}") for sku, qty in checked.lines]
    cands = await allocation.candidates(needs, checked.channel, requested=checked.requested,
                                        allowed=checked.allowed, preferred=checked.preferred)
    try:
        async with in_transaction() as conn:
            return await _create(actor, checked, cands, conn, idempotency_key=idempotency_key, scope=scope,
                                 request_hash=request_hash, external_id=external_id, options=options or {},
                                 receiver_name=receiver_name, receiver_phone=receiver_phone,
                                 receiver_address=receiver_address, note=note, pickup=pickup, now=now,
                                 paid_hooks=paid_hooks)
    except IntegrityError:
        # A concurrent duplicate committed first: answer what it answered.
        if idempotency_key:
            replay = await _replay(scope, idempotency_key, request_hash)
            if replay is not None:
                return replay
        if external_id:
            existing = await Order.get_or_none(channel=checked.channel, external_id=external_id)
            if existing is not None:
                return Placement(existing.id, await order_body(existing.id), created=False, status=200)
        raise


async def _create(
    actor: Actor, c: _Checked, cands: list[Location], conn: BaseDBAsyncClient, *, idempotency_key: str | None,
    scope: str, request_hash: str, external_id: str | None, options: dict[str, Any], receiver_name: str,
    receiver_phone: str, receiver_address: str, note: str, pickup: bool, now: datetime | None,
    paid_hooks: bool = True,
) -> Placement:
    now = now or datetime.now(UTC)
    user = actor.user
    chosen = c.requested.id if c.requested else None
    ctx = PricingContext(channel=c.channel.value, location_id=price_location_id(c.channel, chosen, cands[0].id),
                         member=c.member, actor=actor,
                         options=dict(options), conn=conn, lines=[PricedLine(sku, qty) for sku, qty in c.lines])
    await price_lines(ctx)
    paying = sum(p.amount_fen for p in c.payments)
    _check_payments(c, paying, ctx.total_fen)
    order = await Order.create(
        order_no=new_no("SO", now), placed_at=now, channel=c.channel, external_id=external_id or None,
        member_id=c.member.id if c.member else None, location_id=cands[0].id,
        created_by_id=user.id if user else None, seller_id=seller_id(actor, c.channel), subtotal_fen=ctx.subtotal_fen,
        discount_fen=sum(ln.discount_fen for ln in ctx.lines), shipping_fen=ctx.shipping_fen,
        total_fen=ctx.total_fen, pickup=pickup or c.channel == Channel.POS, receiver_name=receiver_name[:64],
        # Sealed at rest (AES-GCM, backend.fieldcrypt): personal data of the shopper.
        receiver_phone=seal(receiver_phone[:64]) if receiver_phone else "",
        receiver_address=seal(receiver_address) if receiver_address else "", note=note[:255], using_db=conn,
    )
    items: list[OrderItem] = []
    for ln in ctx.lines:
        items.append(await OrderItem.create(
            order_id=order.id, sku_id=ln.sku.id, sku_name=ln.sku.name[:160], qty=ln.qty,
            unit_price_fen=ln.unit_price_fen, discount_fen=ln.discount_fen, line_total_fen=ln.line_total_fen,
            using_db=conn,
        ))
    await OrderEvent.create(order_id=order.id, from_status="", to_status=OrderStatus.PENDING.value,
                            note="下单" + ("：" + "；".join(ctx.notes) if ctx.notes else ""),
                            user_id=user.id if user else None, using_db=conn)

    def body(location: Location) -> dict[str, Any]:
        return {"order": order_dict(order, [(i, ln.sku.code) for i, ln in zip(items, ctx.lines, strict=True)],
                                    location_code=location.code,
                                    member_code=c.member.member_code if c.member else None)}

    deferred = any(p.deferred for p in c.payments)
    status = ACCEPTED if deferred else 201
    record: IdempotencyRecord | None = None
    if idempotency_key:
        record = await IdempotencyRecord.create(scope=scope, key=idempotency_key, request_hash=request_hash,
                                                status=status, response=body(cands[0]), using_db=conn)
    await audit(user, "order.create", "order", order.id, conn, order_no=order.order_no, channel=c.channel.value,
                total_fen=order.total_fen, items=[{"sku_code": ln.sku.code, "qty": ln.qty} for ln in ctx.lines])

    # Hold the stock: the only step that takes row locks, kept late so they are held briefly.
    settled_now = bool(c.payments) and paying == ctx.total_fen and not deferred
    expires_at = None if settled_now else now + timedelta(seconds=get_settings().reservation_ttl_s)
    needs = [allocation.Need(ln.sku.id, ln.qty, f"{ln.sku.code} {ln.sku.name}", order_item_id=i.id)
             for i, ln in zip(items, ctx.lines, strict=True)]
    location = await allocation.allocate(needs, cands, Ref("order", str(order.id)), conn, expires_at=expires_at,
                                         user_id=user.id if user else None)
    changed = False
    if location.id != cands[0].id:
        await _reprice(order, items, ctx, location, price_location_id(c.channel, chosen, location.id), conn)
        _check_payments(c, paying, ctx.total_fen)
        changed = True
    for d in ctx.discounts:  # the receipt's savings, as finally priced (after a reprice too)
        await OrderDiscount.create(order_id=order.id, kind=str(d.get("kind", ""))[:16],
                                   code=str(d.get("code") or "")[:64], label=str(d.get("label") or "")[:128],
                                   amount_fen=int(d["amount_fen"]), points=int(d.get("points") or 0),
                                   coupon_id=d.get("coupon_id"), using_db=conn)
    for hook in ctx.on_placed:
        await hook(order, conn)
    for p in c.payments:
        if p.deferred:
            continue
        await payments.record_payment(order, method=p.method, amount_fen=p.amount_fen, external_ref=p.external_ref,
                                      user=user, conn=conn, now=now, paid_hooks=paid_hooks,
                                      member_pay_code=p.member_pay_code)
        changed = True
    if order.total_fen == 0 and order.status == OrderStatus.PENDING:
        await payments.settle(order, conn=conn, user=user, note="应付金额为 0", now=now, paid_hooks=paid_hooks)
        changed = True
    if c.channel == Channel.POS and c.payments and order.status == OrderStatus.ALLOCATED:
        await complete_at_counter(order, conn=conn, user=user, now=now)
    if changed:
        answer = await order_body(order.id, conn=conn)
    else:
        answer = body(location)
    if record is not None and changed:
        record.response = answer
        await record.save(update_fields=["response"], using_db=conn)
    return Placement(order.id, answer, created=True, status=status)


async def complete_at_counter(order: Order, *, conn: BaseDBAsyncClient, user: object | None,
                              now: datetime | None = None) -> None:
    """A counter sale paid in full: the shopper leaves with the goods, so ship at the counter and complete."""
    await fulfilment.ship(order, conn=conn, user=user, carrier="门店自提", now=now)
    await transition(order, OrderStatus.COMPLETED, user, "门店收银完成", conn, now=now)


def _check_payments(c: _Checked, paying: int, total_fen: int) -> None:
    if c.channel == Channel.POS and c.payments and paying != total_fen:
        raise _bad("payments", f"支付合计 {yuan(paying)} 与应付 {yuan(total_fen)} 不一致", "金额不一致")
    if paying > total_fen:
        raise _bad("payments", f"支付合计 {yuan(paying)} 超过应付 {yuan(total_fen)}", "超过应付金额")


async def _reprice(order: Order, items: list[OrderItem], ctx: PricingContext, location: Location,
                   price_location: int | None, conn: BaseDBAsyncClient) -> None:
    """The first-choice location sold out under us and another one took the order: apply the prices that now
    apply (its own, unless the buyer chose the pricing location or the channel prices channel-wide)."""
    ctx.location_id = price_location
    ctx.on_placed.clear()
    ctx.notes.clear()
    await price_lines(ctx)
    for item, ln in zip(items, ctx.lines, strict=True):
        item.unit_price_fen, item.discount_fen, item.line_total_fen = ln.unit_price_fen, ln.discount_fen, \
            ln.line_total_fen
        await item.save(update_fields=["unit_price_fen", "discount_fen", "line_total_fen"], using_db=conn)
    order.location_id = location.id
    order.subtotal_fen = ctx.subtotal_fen
    order.discount_fen = sum(ln.discount_fen for ln in ctx.lines)
    order.total_fen = ctx.total_fen
    await order.save(update_fields=["location_id", "subtotal_fen", "discount_fen", "total_fen"], using_db=conn)

