"""Placing an order, for every channel.

    validate -> choose candidate locations (unlocked read) -> one transaction:
        lock the member's row (backend.orders.locking: the lock order) -> price (backend.orders.pricing)
        -> order + items -> idempotency record -> reserve (locks, FEFO) -> coupon / points
        -> [payments -> paid -> allocated] -> [POS: ship at the counter -> completed]
    (run once more if the database rolls it back for a deadlock or serialization failure)

Idempotency (as Stripe): the first answer for (caller, Idempotency-Key) is kept and replayed for the same body;
a different body with the same key is a 409 conflict. The record is written inside the order's transaction,
so concurrent duplicates serialise on its unique index: one creates the order, the others replay it.
Platform orders are unique per (channel, external_id); a repeat returns the existing order.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.timezone import localtime
from tortoise.transactions import in_transaction

from backend.audit import AUDIT_COLUMNS, audit_values
from backend.catalog.lookup import skus_by_code
from backend.catalog.models import Sku
from backend.catalog.pricing import price_location_id
from backend.errors import AppError, Forbidden, ValidationError
from backend.fieldcrypt import seal
from backend.idempotency import IdempotencyRecord, body_hash, check_key, kept_answer
from backend.money import yuan
from backend.numbering import new_no
from backend.observability.context import current_client_ip
from backend.orders import allocation, fulfilment, locking, payments
from backend.orders.group_commit import Groups
from backend.orders.models import Order, OrderDiscount, OrderItem, OrderStatus
from backend.orders.pricing import PricedLine, PricingContext, price_lines
from backend.orders.sellers import seller_id
from backend.orders.serializers import answer_json, order_body, order_dict
from backend.orders.state import transition
from backend.org.models import Channel, Location
from backend.raw_sql import (
    Insert,
    insert_all,
    insert_values,
    is_postgres,
    next_ids,
)
from backend.security import Actor
from backend.security.actor import member_model
from backend.security.authorization import require_permission
from backend.settings import get_settings
from backend.stock.management import OrderHold, Ref, WithRows, reserve_orders
from backend.timestamps import utc_now

_log = logging.getLogger(__name__)
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
    # When the code was shown, if earlier than now (an offline counter sale, backend.orders.offline).
    code_at: datetime | None = None


ACCEPTED = 202  # idempotency record status of a placement whose deferred payments are still being taken


@dataclass
class Placement:
    order_id: int
    body: dict[str, Any]
    created: bool  # False: an idempotent replay or an existing platform order
    status: int = 201
    text: str | None = None  # the body as sent (serializers.answer_json), when placement encoded it already


@dataclass
class _Checked:
    channel: Channel
    member: Any  # the shoppers' account model (backend.security.actor.member_model), or None
    lines: list[tuple[Sku, int]]
    requested: Location | None
    allowed: frozenset[int] | None
    preferred: frozenset[int] | None
    payments: list[PaymentIn] = field(default_factory=list)


# Called (order, conn) in the placing transaction once the order and its items are written (backend.wiring:
# the partners' order.created webhook outbox), through announce_placed: once per order, on every path that creates
# one (a lone placement, a group commit batch, a live-stream order).
PLACED_HOOKS: list[Callable[[Order, BaseDBAsyncClient], Awaitable[None]]] = []


async def announce_placed(order: Order, conn: BaseDBAsyncClient) -> None:
    """A new order exists (written in `conn`'s transaction): run PLACED_HOOKS. History orders imported from an old
    system (backend.orders.history) are not announced: they were placed, paid and finished long ago."""
    for hook in PLACED_HOOKS:
        await hook(order, conn)


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
    member: Any = None
    if actor.is_staff:
        if member_code:
            member = await member_model().get_or_none(member_code=member_code, deleted_at=None)
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
    skus = await skus_by_code(list(merged))
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


@dataclass(frozen=True)
class OrderRequest:
    """What an order is placed from, besides the caller (place_order's parameter object).

    `request_hash`: the idempotency hash of the caller's body (default: computed from these fields).
    `now`: when the order was placed (default: now). `paid_hooks=False`: the order's rewards were settled
    elsewhere (an open order moved over from an old system), so paying it earns the member no points."""

    channel: str
    items: list[LineIn]
    location_code: str | None = None
    idempotency_key: str | None = None
    request_hash: str | None = None
    member_code: str | None = None
    external_id: str | None = None
    payments_in: list[PaymentIn] | None = None
    options: dict[str, Any] | None = None
    receiver_name: str = ""
    receiver_phone: str = ""
    receiver_address: str = ""
    note: str = ""
    pickup: bool = False
    now: datetime | None = None
    paid_hooks: bool = True
    buyer_remark: str = ""


async def place_order(actor: Actor, req: OrderRequest) -> Placement:
    """Create an order (201) or replay an earlier answer. Raises ValidationError, Forbidden, Conflict or
    InsufficientStock having written nothing."""
    check_key(req.idempotency_key)
    request_hash = req.request_hash
    if request_hash is None:
        request_hash = default_request_hash(
            channel=req.channel, location_code=req.location_code, member_code=req.member_code,
            external_id=req.external_id,
            items=[{"sku_code": i.sku_code, "qty": i.qty} for i in req.items],
            payments=[p.__dict__ for p in req.payments_in or []], options=req.options or {},
        )
    scope = idempotency_scope(actor) if req.idempotency_key else ""
    # An order looks for a kept answer only when it must: its record's INSERT skips a key already used (a batch's
    # order then goes the plain way, below; a plain placement rolls back and replays), and a refusal before then
    # looks first. So it answers as if it had read the record up front, without that read for a new key. A
    # platform order reads it first: a repeat of its number answers the existing order otherwise.
    lazy = bool(req.idempotency_key) and not req.external_id
    if req.idempotency_key and not lazy:
        replay = await _replay(scope, req.idempotency_key, request_hash)
        if replay is not None:
            return replay
    try:
        job = await _prepare(actor, req, scope, request_hash)
        if isinstance(job, Placement):
            return job
        key, placed = await _grouped(job)
        if placed is not None:
            return placed
        # Not grouped, or the group could not take it (its stock ran short in the batch, or a key used already):
        # the plain path decides, with every candidate location (the key marked busy, so the placements arriving
        # meanwhile group).
        with _GROUPS.busy(key):
            return await _place_plain(job)
    except _KeyUsed:  # rolled back: the key's kept answer (a Conflict for another body)
        if (replay := await _replay(scope, req.idempotency_key or "", request_hash)) is not None:
            return replay
        raise
    except AppError:
        if lazy and (replay := await _replay(scope, req.idempotency_key or "", request_hash)) is not None:
            return replay
        raise


async def _prepare(actor: Actor, req: OrderRequest, scope: str, request_hash: str) -> _Job | Placement:
    """The checked job with its candidate locations, or the existing order of a platform order number."""
    checked = await _check(actor, req.channel, req.items, req.location_code, req.member_code, req.external_id,
                           req.payments_in)
    if req.external_id:
        existing = await Order.get_or_none(channel=checked.channel, external_id=req.external_id)
        if existing is not None:
            return Placement(existing.id, await order_body(existing.id), created=False, status=200)
    needs = [allocation.Need(sku.id, qty, f"{sku.code} {sku.name}") for sku, qty in checked.lines]
    cands = await allocation.candidates(needs, checked.channel, requested=checked.requested,
                                        allowed=checked.allowed, preferred=checked.preferred)
    return _Job(actor, checked, cands, idempotency_key=req.idempotency_key, scope=scope, request_hash=request_hash,
                external_id=req.external_id, options=req.options or {}, receiver_name=req.receiver_name,
                receiver_phone=req.receiver_phone, receiver_address=req.receiver_address, note=req.note,
                pickup=req.pickup, now=req.now, paid_hooks=req.paid_hooks, buyer_remark=req.buyer_remark,
                client_ip=current_client_ip())


async def _grouped(job: _Job) -> tuple[int | None, Placement | None]:
    """(the job's group key, its placement) when a group at its busy location placed it; (key, None) when it is for
    the plain path (the location not busy, a free order, or handed back by the group). A refusal in the group
    raises."""
    key = _group_key(job)
    if key is None or not _GROUPS.hot(key):
        return key, None
    job.ctx = await _price(job, None)  # priced outside the batch (reads only); a refusal raises here
    if job.ctx.total_fen == 0:  # a free order settles at once: the plain path's
        return key, None
    settings = get_settings()
    outcome = await _GROUPS.submit(key, job, window_s=settings.group_commit_window_ms / 1000,
                                   max_batch=settings.group_commit_max)
    if isinstance(outcome, AppError):
        raise outcome
    return key, outcome if isinstance(outcome, Placement) else None


@dataclass
class _Job:
    """One placement, checked and with its candidate locations, ready to be written."""

    actor: Actor
    checked: _Checked
    cands: list[Location]
    idempotency_key: str | None
    scope: str
    request_hash: str
    external_id: str | None
    options: dict[str, Any]
    receiver_name: str
    receiver_phone: str
    receiver_address: str
    note: str
    pickup: bool
    now: datetime | None
    paid_hooks: bool
    client_ip: str  # the request's, for the audit entry (a group writes it from another task)
    buyer_remark: str = ""
    ctx: PricingContext | None = None  # priced before joining a group


async def _place_plain(job: _Job) -> Placement:
    """One transaction; run once more from the start if the database gave up on it (a deadlock or a
    serialization failure: rolled back whole, nobody answered, the idempotency record not written), unless it
    is a savepoint of a caller's transaction (an exchange), whose own transaction is then the one to retry."""
    retries = 0 if locking.in_outer_transaction() else 1
    while True:
        try:
            return await _place_once(job)
        except Exception as exc:
            if retries <= 0 or not locking.retryable(exc):
                raise
            retries -= 1
            _log.warning("order placement rolled back by the database (%s); placing it again", exc)


async def _place_once(job: _Job) -> Placement:
    # Priced before the transaction (reads only: prices and promotions, which a placement never writes, read as
    # inside it; the hot reads then go through single flight) unless a step reads what the member's lock guards.
    ctx = None if _priced_under_lock(job) else await _price(job, None)
    try:
        async with in_transaction() as conn:
            await locking.lock_member(job.checked.member.id if job.checked.member else None, conn)
            if is_postgres(conn):  # the order's rows written by its reservation's statement
                draft = _draft(job, ctx or await _price(job, conn))
                rows = _with_order(draft)
                location = await allocation.allocate(draft.needs(), job.cands, None, conn,
                                                     expires_at=draft.expires_at, user_id=draft.user_id,
                                                     with_rows=rows)
                _written([draft], rows.written)
                if job.idempotency_key and draft.record_id is None:
                    raise _KeyUsed("Idempotency-Key used already")
            else:
                draft = await _write(job, conn, ctx)
                if job.idempotency_key and draft.record_id is None:
                    raise _KeyUsed("Idempotency-Key used already")
                location = await allocation.allocate(draft.needs(), job.cands, draft.ref, conn,
                                                     expires_at=draft.expires_at, user_id=draft.user_id)
            if location.id != job.cands[0].id:
                await _reprice(draft, location, conn)
            await _record_savings(draft, conn)
            await announce_placed(draft.order, conn)
            return await _settle(draft, location, conn)
    except _KeyUsed:
        raise
    except IntegrityError:
        # A concurrent duplicate committed first: answer what it answered.
        if job.idempotency_key:
            replay = await _replay(job.scope, job.idempotency_key, job.request_hash)
            if replay is not None:
                return replay
        if job.external_id:
            existing = await Order.get_or_none(channel=job.checked.channel, external_id=job.external_id)
            if existing is not None:
                return Placement(existing.id, await order_body(existing.id), created=False, status=200)
        raise


class _KeyUsed(IntegrityError):
    """The order's Idempotency-Key has its record already (its INSERT skipped it): place_order replays it."""


@dataclass
class _Draft:
    """An order written but not yet holding stock: what the stock step and the rest of placement need."""

    job: _Job
    row: dict[str, Any]  # the order's row in _ORDER_COLUMNS (its "id" None until drawn or written)
    ctx: PricingContext
    paying: int
    now: datetime
    items: list[OrderItem] = field(default_factory=list)
    order: Order = field(init=False)  # once written (_order_written): read back from its row, no model __init__
    record_id: int | None = None  # the idempotency record's, once written
    answer: dict[str, Any] | None = None  # body() at the first-choice location, built once (first_answer)
    answer_text: str | None = None  # first_answer() encoded (answer_json), once: kept in the record, then sent

    @property
    def user_id(self) -> int | None:
        return self.job.actor.user.id if self.job.actor.user else None

    @property
    def ref(self) -> Ref:
        return Ref("order", str(self.order.id))

    @property
    def deferred(self) -> bool:
        return any(p.deferred for p in self.job.checked.payments)

    @property
    def expires_at(self) -> datetime | None:
        """Unpaid orders hold their stock for a while; an order settled in this request holds it for good."""
        c = self.job.checked
        settled_now = bool(c.payments) and self.paying == self.ctx.total_fen and not self.deferred
        return None if settled_now else self.now + timedelta(seconds=get_settings().reservation_ttl_s)

    def needs(self) -> list[allocation.Need]:
        """The lines to hold, with their items' ids once written (none before: _with_order gives them)."""
        ids = [i.id for i in self.items] if self.items else [None] * len(self.ctx.lines)
        return [allocation.Need(ln.sku.id, ln.qty, f"{ln.sku.code} {ln.sku.name}", order_item_id=i)
                for i, ln in zip(ids, self.ctx.lines, strict=True)]

    def body(self, location: Location) -> dict[str, Any]:
        member = self.job.checked.member
        return {"order": order_dict(self.order, [(i, ln.sku.code) for i, ln in zip(self.items, self.ctx.lines,
                                                                                   strict=True)],
                                    location_code=location.code, member_code=member.member_code if member else None)}

    def first_answer(self) -> dict[str, Any]:
        """The answer while the order is as written at its first-choice location (kept in the idempotency record
        and, unless placement changes the order, sent as it is)."""
        if self.answer is None:
            self.answer = self.body(self.job.cands[0])
        return self.answer

    def first_text(self) -> str:
        if self.answer_text is None:
            self.answer_text = answer_json(self.first_answer())
        return self.answer_text


async def _price(job: _Job, conn: BaseDBAsyncClient | None) -> PricingContext:
    """The order's lines priced at its first-choice location (reads only; refusals raise)."""
    c = job.checked
    ctx = PricingContext(channel=c.channel.value,
                         location_id=price_location_id(c.channel, c.requested.id if c.requested else None,
                                                       job.cands[0].id),
                         member=c.member, actor=job.actor, options=dict(job.options), conn=conn,
                         lines=[PricedLine(sku, qty) for sku, qty in c.lines])
    await price_lines(ctx)
    _check_payments(c, sum(p.amount_fen for p in c.payments), ctx.total_fen)
    return ctx


def _draft(job: _Job, ctx: PricingContext) -> _Draft:
    """The order's row, unwritten (its id drawn or written later: _write_all); the rest once the order has its
    id. Every column save() writes, as it writes them (defaults, and updated_at stamped as it stamps it)."""
    c, actor = job.checked, job.actor
    now = job.now or utc_now()
    user = actor.user
    row = {
        "id": None, "order_no": new_no("SO", now), "channel": c.channel.value, "external_id": job.external_id or None,
        "status": OrderStatus.PENDING.value, "subtotal_fen": ctx.subtotal_fen,
        "discount_fen": sum(ln.discount_fen for ln in ctx.lines), "shipping_fen": ctx.shipping_fen,
        "total_fen": ctx.total_fen, "paid_fen": 0, "refunded_fen": 0, "payment_method": "",
        "pickup": job.pickup or c.channel == Channel.POS, "receiver_name": job.receiver_name[:64],
        # Sealed at rest (AES-GCM, backend.fieldcrypt): personal data of the shopper.
        "receiver_phone": seal(job.receiver_phone[:64]) if job.receiver_phone else "",
        "receiver_address": seal(job.receiver_address) if job.receiver_address else "", "note": job.note[:255],
        "buyer_remark": job.buyer_remark[:255], "source": "", "placed_at": now, "paid_at": None, "shipped_at": None,
        "completed_at": None, "cancelled_at": None, "updated_at": localtime(),
        "created_by_id": user.id if user else None, "location_id": job.cands[0].id,
        "member_id": c.member.id if c.member else None, "seller_id": seller_id(actor, c.channel),
    }
    return _Draft(job, row, ctx, sum(p.amount_fen for p in c.payments), now)


# The rows written with the order, as database values in these columns' order (backend.raw_sql.insert_all: no
# model objects; every column the ORM's save() writes, defaults and created_at included).
_ORDER_COLUMNS = ("id", "order_no", "channel", "external_id", "status", "subtotal_fen", "discount_fen", "shipping_fen",
                  "total_fen", "paid_fen", "refunded_fen", "payment_method", "pickup", "receiver_name",
                  "receiver_phone", "receiver_address", "note", "buyer_remark", "source", "placed_at", "paid_at",
                  "shipped_at", "completed_at", "cancelled_at", "updated_at", "created_by_id", "location_id",
                  "member_id", "seller_id")
_ITEM_COLUMNS = ("order_id", "sku_id", "sku_name", "qty", "unit_price_fen", "discount_fen", "line_total_fen",
                 "qty_shipped", "qty_returned", "cogs_fen")
_ITEM_FIELDS = ("id", *_ITEM_COLUMNS)
_EVENT_COLUMNS = ("order_id", "from_status", "to_status", "note", "user_id", "created_at")
_RECORD_COLUMNS = ("scope", "key", "request_hash", "status", "response", "created_at")


async def _write_all(drafts: list[_Draft], conn: BaseDBAsyncClient) -> None:
    """The orders and their items, then the pending event, the idempotency record (the answer so far, naming the
    orders' and items' ids) and the staff audit entry (with the address of the request that placed the order):
    on PostgreSQL the ids drawn first and then every row in one statement (backend.raw_sql.insert_all), elsewhere
    one INSERT per table for all the drafts. A record whose key is taken already is not written (its draft keeps
    record_id None) instead of failing the INSERT."""
    if not drafts:
        return
    if is_postgres(conn):
        inserts = _rows_of(drafts, await next_ids(conn, _id_counts(drafts)))
        _written(drafts, await insert_all(conn, inserts))
        return
    order_ids = await insert_values(conn, "orders", _ORDER_COLUMNS[1:], [_order_row(d)[1:] for d in drafts])
    for d, order_id in zip(drafts, order_ids, strict=True):
        _order_written(d, order_id)
    rows = _item_rows(drafts)
    item_ids = await insert_values(conn, "order_items", _ITEM_COLUMNS, rows)
    _written(drafts, await insert_all(conn, _attached_rows(drafts, [(i, *r) for i, r in zip(item_ids, rows,
                                                                                            strict=True)])))


def _id_counts(drafts: list[_Draft]) -> dict[str, int]:
    return {"orders": len(drafts), "order_items": sum(len(d.ctx.lines) for d in drafts)}


def _order_row(d: _Draft) -> tuple[Any, ...]:
    return tuple(d.row[c] for c in _ORDER_COLUMNS)


def _order_written(d: _Draft, order_id: int) -> None:
    """The order has its id: its object, as the ORM reads it back from its row (no model __init__: placement builds
    one per order)."""
    d.row["id"] = order_id
    d.order = Order._init_from_db(**d.row)


def _item_rows(drafts: list[_Draft]) -> list[tuple[Any, ...]]:
    """The items' rows in _ITEM_COLUMNS, once the orders have their ids."""
    return [(d.order.id, ln.sku.id, ln.sku.name[:160], ln.qty, ln.unit_price_fen, ln.discount_fen,
             ln.line_total_fen, 0, 0, 0) for d in drafts for ln in d.ctx.lines]


def _rows_of(drafts: list[_Draft], ids: dict[str, list[int]]) -> list[Insert]:
    """PostgreSQL: every row of the drafts, given their orders' and items' ids drawn beforehand (next_ids), for
    one statement: the orders, the items, then the rows naming them (_attached_rows)."""
    for d, order_id in zip(drafts, ids["orders"], strict=True):
        _order_written(d, order_id)
    items = [(i, *r) for i, r in zip(ids["order_items"], _item_rows(drafts), strict=True)]
    return [Insert("orders", _ORDER_COLUMNS, [_order_row(d) for d in drafts]), Insert("order_items", _ITEM_FIELDS, items),
            *_attached_rows(drafts, items)]


def _attached_rows(drafts: list[_Draft], items: list[tuple[Any, ...]]) -> list[Insert]:
    """The drafts' items as objects (from their rows in _ITEM_FIELDS, as read back from the database: no model
    __init__) and the rows naming the orders: the pending event, the idempotency record (skipping a key taken
    already) and the staff audit entry, in that order (_written reads the records' ids second from last)."""
    stamp = localtime()  # what the ORM stamps created_at with
    at = 0
    for d in drafts:
        n = len(d.ctx.lines)
        d.items = [OrderItem._init_from_db(**dict(zip(_ITEM_FIELDS, row, strict=True))) for row in items[at:at + n]]
        at += n
    events, records, audits = [], [], []
    for d in drafts:
        job, ctx, order = d.job, d.ctx, d.order
        user = job.actor.user
        events.append((order.id, "", OrderStatus.PENDING.value, "下单" + ("：" + "；".join(ctx.notes) if ctx.notes else ""),
                       user.id if user else None, stamp))
        if job.idempotency_key:
            records.append((job.scope, job.idempotency_key, job.request_hash, ACCEPTED if d.deferred else 201,
                            d.first_text(), stamp))
        if user is not None:
            audits.append(audit_values(user, "order.create", "order", order.id, stamp, ip=job.client_ip, after={
                "order_no": order.order_no, "channel": job.checked.channel.value, "total_fen": order.total_fen,
                "items": [{"sku_code": ln.sku.code, "qty": ln.qty} for ln in ctx.lines]}))
    return [Insert("order_events", _EVENT_COLUMNS, events),
            Insert("idempotency_records", _RECORD_COLUMNS, records, ("scope", "key")),
            Insert("audit_logs", AUDIT_COLUMNS, audits)]


def _written(drafts: list[_Draft], written: list[list[int | None]]) -> None:
    """The drafts' rows are written (insert_all's answer to _rows_of / _attached_rows): their records' ids."""
    kept = [d for d in drafts if d.job.idempotency_key]
    for d, record_id in zip(kept, written[-2], strict=True):
        d.record_id = record_id


def _with_order(draft: _Draft) -> WithRows:
    """PostgreSQL, a lone order: its rows written by its reservation's statement (backend.stock.management
    .reserve_lines), their ids drawn by the locked read, so the order takes two statements in its transaction."""

    def build(ids: dict[str, list[int]]) -> tuple[Ref, list[int | None], list[Insert]]:
        inserts = _rows_of([draft], ids)
        return draft.ref, [i.id for i in draft.items], inserts

    return WithRows(_id_counts([draft]), build)


def _priced_under_lock(job: _Job) -> bool:
    """The order carries request options (a coupon, points, a marketplace's or an old system's prices): it is
    priced inside its transaction, after the member's row is locked (a coupon's and the points' checks read what
    that lock guards), as ever. An order without options reads only prices and promotions."""
    return any(v not in (None, "", 0) for v in job.options.values())


async def _write(job: _Job, conn: BaseDBAsyncClient, ctx: PricingContext | None = None) -> _Draft:
    """Price the order (unless priced already: `ctx`) and write it (order, items, event, idempotency record,
    audit); no stock is touched yet. An Idempotency-Key used already gets no record (record_id None)."""
    draft = _draft(job, ctx or await _price(job, conn))
    await _write_all([draft], conn)
    return draft


async def _write_many(jobs: list[_Job], conn: BaseDBAsyncClient) -> list[_Draft]:
    """The same rows as _write for orders priced beforehand (job.ctx), in the same statements; an order whose
    Idempotency-Key is used already gets no record (record_id None: see _run_group)."""
    drafts = [_draft(job, job.ctx) for job in jobs if job.ctx is not None]
    await _write_all(drafts, conn)
    return drafts


async def _record_savings(draft: _Draft, conn: BaseDBAsyncClient) -> None:
    """The receipt's savings, as finally priced, and what the pricing steps do once the order exists."""
    for d in draft.ctx.discounts:
        await OrderDiscount.create(order_id=draft.order.id, kind=str(d.get("kind", ""))[:16],
                                   code=str(d.get("code") or "")[:64], label=str(d.get("label") or "")[:128],
                                   amount_fen=int(d["amount_fen"]), points=int(d.get("points") or 0),
                                   coupon_id=d.get("coupon_id"), using_db=conn)
    for hook in draft.ctx.on_placed:
        await hook(draft.order, conn)


async def _settle(draft: _Draft, location: Location, conn: BaseDBAsyncClient) -> Placement:
    """Stock held at `location`: take the payments, settle, complete a counter sale; the answer to keep."""
    job, order = draft.job, draft.order
    c, user = job.checked, job.actor.user
    changed = location.id != job.cands[0].id  # repriced there
    for p in c.payments:
        if p.deferred:
            continue
        await payments.record_payment(order, method=p.method, amount_fen=p.amount_fen, external_ref=p.external_ref,
                                      user=user, conn=conn, now=draft.now, paid_hooks=job.paid_hooks,
                                      member_pay_code=p.member_pay_code, code_at=p.code_at)
        changed = True
    if order.total_fen == 0 and order.status == OrderStatus.PENDING:
        await payments.settle(order, conn=conn, user=user, note="应付金额为 0", now=draft.now,
                              paid_hooks=job.paid_hooks)
        changed = True
    if c.channel == Channel.POS and c.payments and order.status == OrderStatus.ALLOCATED:
        await complete_at_counter(order, conn=conn, user=user, now=draft.now)
    answer = await order_body(order.id, conn=conn) if changed else draft.first_answer()
    if draft.record_id is not None and changed:
        await IdempotencyRecord.filter(id=draft.record_id).using_db(conn).update(response=answer)
    return Placement(order.id, answer, created=True, status=ACCEPTED if draft.deferred else 201,
                     text=None if changed else draft.first_text())


# --- group commit of a busy location (backend.orders.group_commit) -----------------------------------------------

_PLAIN = "plain"  # a job's outcome when the group hands it back to the plain path


def _group_key(job: _Job) -> int | None:
    """The first-choice location's id when the order may ride in a group: no payment taken in this request and no
    platform order number (whose paths write more after the stock step and may fail there), and group commit
    switched on. Any cart rides (one line or many). Coupons, points and promotions ride along: they are applied
    before the stock step, inside the order's own savepoint."""
    c = job.checked
    if c.payments or job.external_id or get_settings().group_commit_max <= 1:
        return None
    return job.cands[0].id


async def _run_group(key: Hashable, jobs: list[_Job]) -> list[Placement | AppError | str]:
    """One transaction for the batch of orders priced beforehand: their rows written with one INSERT per table
    (_write_many: the same rows as a lone order's), savings recorded per order, then one reservation for them all
    at the location (backend.stock.management.reserve_orders), one commit; the answers go out only after the
    commit. If the stock no longer covers every order (or an order's savings step refuses it: a coupon used
    meanwhile), the writes are rolled back to a savepoint and redone with the orders that still fit (at most three
    times); what still does not fit goes back to the plain path, which tries every candidate location and refuses
    exactly as a lone order is refused, and so does a second use of one Idempotency-Key in the batch or of a key
    whose record exists already (its INSERT skips it, waiting for a concurrent writer of the key: the plain path
    replays the answer). Any other failure rolls everything back and sends every order of the batch to the plain
    path: nothing was committed and nobody was answered."""
    location_id = int(key)  # type: ignore[call-overload]
    outcomes: dict[int, Placement | AppError | str] = {}
    pending: list[int] = []
    keys: set[tuple[str, str]] = set()
    for n, job in enumerate(jobs):
        if job.idempotency_key and (job.scope, job.idempotency_key) in keys:
            outcomes[n] = _PLAIN
            continue
        if job.idempotency_key:
            keys.add((job.scope, job.idempotency_key))
        pending.append(n)
    try:
        async with in_transaction() as conn:
            # The lock order (backend.orders.locking): every member of the batch first, then the stock row.
            await locking.lock_members((j.checked.member.id for j in jobs if j.checked.member), conn)
            for _attempt in range(3):
                try:
                    async with conn._in_transaction():  # savepoint: the writes of this attempt
                        drafts = list(zip(pending, await _write_many([jobs[n] for n in pending], conn),
                                          strict=True))
                        used = {n for n, d in drafts if d.job.idempotency_key and d.record_id is None}
                        if used:  # a key that has its answer already: the plain path replays it
                            outcomes.update(dict.fromkeys(used, _PLAIN))
                            raise _Refit([n for n, _ in drafts if n not in used])
                        for n, d in drafts:
                            if d.ctx.discounts or d.ctx.on_placed:
                                try:
                                    async with conn._in_transaction():
                                        await _record_savings(d, conn)
                                except AppError as exc:
                                    outcomes[n] = exc
                                    raise _Refit([m for m, _ in drafts if m != n]) from exc
                        fits = await reserve_orders(location_id=location_id, conn=conn, holds=[
                            OrderHold(d.ref, allocation.cart_lines(d.needs()), d.expires_at, d.user_id)
                            for _, d in drafts])
                        if not all(fits):
                            raise _Refit([n for (n, _), fit in zip(drafts, fits, strict=True) if fit])
                except _Refit as refit:
                    pending = refit.fitting  # rolled back; the refused keep their answer
                    continue
                for n, draft in drafts:
                    await announce_placed(draft.order, conn)  # each once (_record_savings runs only with savings)
                    outcomes[n] = await _settle(draft, draft.job.cands[0], conn)
                break
            for n in range(len(jobs)):
                outcomes.setdefault(n, _PLAIN)
    except Exception:  # noqa: BLE001 - rolled back, nobody answered: each order goes the plain way on its own
        _log.warning("group commit batch of %s orders rolled back; placing them one by one", len(jobs),
                     exc_info=True)
        return [_PLAIN] * len(jobs)
    return [outcomes[n] for n in range(len(jobs))]


class _Refit(Exception):  # noqa: N818 - control flow inside _run_group, never escapes it
    def __init__(self, fitting: list[int]) -> None:
        super().__init__("refit")
        self.fitting = fitting


_GROUPS: Groups[_Job, Placement | AppError | str] = Groups(_run_group)


def group_stats() -> tuple[int, int]:
    """(batches, orders) placed through group commit in this worker."""
    return _GROUPS.batches, _GROUPS.jobs


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


async def _reprice(draft: _Draft, location: Location, conn: BaseDBAsyncClient) -> None:
    """The first-choice location sold out under us and another one took the order: apply the prices that now
    apply (its own, unless the buyer chose the pricing location or the channel prices channel-wide)."""
    c, ctx, order = draft.job.checked, draft.ctx, draft.order
    ctx.location_id = price_location_id(c.channel, c.requested.id if c.requested else None, location.id)
    ctx.conn = conn  # read in the transaction (it may have been priced before it)
    ctx.on_placed.clear()
    ctx.notes.clear()
    await price_lines(ctx)
    for item, ln in zip(draft.items, ctx.lines, strict=True):
        item.unit_price_fen, item.discount_fen, item.line_total_fen = ln.unit_price_fen, ln.discount_fen, \
            ln.line_total_fen
        await item.save(update_fields=["unit_price_fen", "discount_fen", "line_total_fen"], using_db=conn)
    order.location_id = location.id
    order.subtotal_fen = ctx.subtotal_fen
    order.discount_fen = sum(ln.discount_fen for ln in ctx.lines)
    order.total_fen = ctx.total_fen
    await order.save(update_fields=["location_id", "subtotal_fen", "discount_fen", "total_fen"], using_db=conn)
    _check_payments(c, draft.paying, ctx.total_fen)
