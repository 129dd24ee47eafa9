"""Taking an order from a live session: Redis claim first (sheds the burst), then one database transaction.

    claim (Lua, backend.live.pool) -> [one transaction: order + item + event + live_orders row
        + the order announced (orders.placement.announce_placed: the partners' order.created outbox)
        -> guarded UPDATE live_session_items (sold + qty <= set aside, line open)  <- the real guard
        -> per-buyer limit re-checked under that row lock -> hand the units over from the session's reservation]
    -> settle the claim;  any failure -> refund the claim, nothing written

Idempotency: (session, buyer, Idempotency-Key) is unique in live_orders; a repeat answers the first order (200),
whether Redis still remembers the key or not; the same key for another SKU or quantity is a 409 conflict.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_staff_change
from backend.cache import get_redis
from backend.errors import Conflict, InsufficientStock, InvalidState, NotFound, ValidationError
from backend.idempotency import check_key
from backend.live import pool
from backend.live.models import LiveOrder, LiveSession, LiveSessionItem, SessionStatus
from backend.live.sessions import session_ref
from backend.numbering import new_no
from backend.orders.models import Order, OrderEvent, OrderItem, OrderStatus
from backend.orders.placement import announce_placed
from backend.org.models import Channel
from backend.raw_sql import fetch
from backend.security import identity
from backend.settings import get_settings
from backend.stock.management import Ref, hand_over
from backend.timestamps import utc_now

SOLD_OUT = "库存不足"


@dataclass(frozen=True)
class LineInfo:
    item_id: int
    sku_id: int
    sku_code: str
    sku_name: str
    flash_price_fen: int


@dataclass(frozen=True)
class SessionInfo:
    """What the fast path needs about a live session; fixed once it is live, so cached per process."""

    id: int
    title: str
    location_id: int
    seller_id: int
    lines: dict[str, LineInfo]


# Once a session has started its facts are fixed, so each process keeps them too: a burst's request then needs no
# Redis round trip for them (its only one is the claim). Bounded; an entry is refreshed after _INFO_LOCAL_S.
_INFO_LOCAL_S = 300.0
_INFO_LOCAL_MAX = 1024
_info_local: dict[int, tuple[float, SessionInfo]] = {}


def forget_session_infos() -> None:
    """Drop the process's copies (the tests' database is emptied between tests and session ids start again)."""
    _info_local.clear()


async def session_info(session_id: int) -> SessionInfo:
    """From this process's copy, else Redis (written once the session is live: its lines can no longer change),
    else the database."""
    now = time.monotonic()
    local = _info_local.get(session_id)
    if local is not None and local[0] > now:
        return local[1]
    info = await _shared_session_info(session_id)
    if info is not None:
        if len(_info_local) >= _INFO_LOCAL_MAX:
            _info_local.pop(next(iter(_info_local)))
        _info_local[session_id] = (now + _INFO_LOCAL_S, info)
        return info
    return await _session_info_from_db(session_id)


async def _shared_session_info(session_id: int) -> SessionInfo | None:
    raw = await get_redis().get(pool.Keys(session_id).info)
    if not raw:
        return None
    d = json.loads(raw)
    return SessionInfo(d["id"], d["title"], d["location_id"], d["seller_id"],
                       {c: LineInfo(**ln) for c, ln in d["lines"].items()})


async def _session_info_from_db(session_id: int) -> SessionInfo:
    redis = get_redis()
    ik = pool.Keys(session_id).info
    session = await LiveSession.get_or_none(id=session_id)
    if session is None:
        raise NotFound("直播场次不存在")
    items = await LiveSessionItem.filter(session_id=session_id).select_related("sku")
    info = SessionInfo(session.id, session.title, session.location_id, session.seller_id, {
        it.sku.code: LineInfo(it.id, it.sku_id, it.sku.code, it.sku.name, it.flash_price_fen) for it in items
    })
    if session.status != SessionStatus.SCHEDULED:
        await redis.set(ik, json.dumps(asdict(info), ensure_ascii=False), nx=True, ex=pool.INFO_TTL_S)
    return info


@dataclass
class Taken:
    body: dict[str, Any]
    created: bool


def _order_body(order: Order, item: OrderItem, line: LineInfo, session_id: int) -> dict[str, Any]:
    return {"order": {
        "id": order.id, "order_no": order.order_no, "channel": Channel.LIVE.value, "status": order.status.value,
        "live_session_id": session_id, "total_fen": order.total_fen,
        "items": [{"sku_code": line.sku_code, "name": line.sku_name, "qty": item.qty,
                   "unit_price_fen": item.unit_price_fen, "line_total_fen": item.line_total_fen}],
    }}


async def _replay(session_id: int, buyer: str, request_key: str, line: LineInfo, qty: int) -> Taken | None:
    lo = await LiveOrder.get_or_none(session_id=session_id, buyer=buyer, request_key=request_key)
    if lo is None:
        return None
    if lo.item_id != line.item_id or lo.qty != qty:
        raise Conflict("该幂等键（Idempotency-Key）已用于内容不同的下单请求")
    order = await Order.get(id=lo.order_id)
    item = await OrderItem.get(order_id=order.id)
    return Taken(_order_body(order, item, line, session_id), created=False)


async def take_order(session_id: int, *, buyer: str, sku_code: str, qty: int, request_key: str | None,
                     member_id: int | None = None, user: Any = None,
                     identity_check: identity.ScriptCheck | None = None) -> Taken:
    """Place one live order for `buyer`. Raises InsufficientStock (sold out), Conflict (limit, key reuse),
    InvalidState (session not live), NotFound, ValidationError; a refusal writes nothing. With `identity_check`
    the claim confirms the caller first (identity.Unconfirmed, nothing claimed, if it does not)."""
    if qty <= 0:
        raise ValidationError("购买数量必须大于 0")
    check_key(request_key)
    info = await session_info(session_id)
    line = info.lines.get(sku_code)
    if line is None:
        raise NotFound(f"商品 {sku_code} 不在本场直播中")
    claim_id = uuid.uuid4().hex
    c = await pool.claim(session_id, line.sku_id, buyer, qty, claim_id, request_key, check=identity_check)
    if c.outcome == "dup":
        assert request_key is not None
        return await _await_first(session_id, buyer, request_key, line, qty, c.claim_id)
    if c.outcome == "sold_out":
        raise InsufficientStock(SOLD_OUT)
    if c.outcome == "limit":
        raise Conflict(f"每人限购 {c.limit} 件，您已购买 {c.had} 件", code="purchase_limit")
    if c.outcome == "closed":
        raise InvalidState("直播未开始或已结束，暂不能下单")
    if c.outcome != "ok":
        raise NotFound(f"商品 {sku_code} 不在本场直播中")
    # The units are claimed: write, then settle or refund, to the end even when the client hangs up. Sanic
    # cancels the handler of a closed connection; a cancellation landing while COMMIT was in flight refunded
    # units whose order the database had taken, so the pool believed in units that were sold, and every request
    # after the sell-out reached PostgreSQL to be refused by the guarded UPDATE instead of by Redis.
    task = asyncio.ensure_future(_write_and_settle(info, line, buyer, qty, request_key, claim_id, member_id, user))
    task.add_done_callback(_retrieve)
    return await asyncio.shield(task)


def _retrieve(task: asyncio.Future[Taken]) -> None:
    """The shielded write's outcome when its caller was cancelled meanwhile (nobody else reads it)."""
    if not task.cancelled():
        task.exception()


@dataclass
class _Progress:
    committing: bool = False  # every statement succeeded: what fails now is COMMIT, whose outcome is unknown


async def _write_and_settle(info: SessionInfo, line: LineInfo, buyer: str, qty: int, request_key: str | None,
                            claim_id: str, member_id: int | None, user: Any) -> Taken:
    session_id = info.id
    progress = _Progress()
    try:
        taken = await _write(info, line, buyer, qty, request_key, claim_id, member_id, user, progress)
    except BaseException as exc:
        if progress.committing:
            # The connection failed during COMMIT: the order may be in the database. The claim stays recorded;
            # reconcile_claims settles it if its order exists and refunds it if not (never both, never twice).
            raise
        await pool.refund(session_id, claim_id)
        if isinstance(exc, IntegrityError) and request_key:
            # the same request was written before Redis lost its memory of the key
            replay = await _replay(session_id, buyer, request_key, line, qty)
            if replay is not None:
                return replay
        raise
    await pool.settle(session_id, claim_id, line.sku_id, qty)
    return taken


async def _await_first(session_id: int, buyer: str, request_key: str, line: LineInfo, qty: int,
                       first_claim: str) -> Taken:
    """A repeat of a request whose first attempt holds a claim: answer its order once written."""
    deadline = time.monotonic() + 5.0
    while True:
        replay = await _replay(session_id, buyer, request_key, line, qty)
        if replay is not None:
            return replay
        if not await pool.pending_claim(session_id, first_claim) or time.monotonic() > deadline:
            raise Conflict("相同的下单请求正在处理中，请稍后查询订单", code="request_in_progress")
        await asyncio.sleep(0.05)


async def _write(info: SessionInfo, line: LineInfo, buyer: str, qty: int, request_key: str | None, claim_id: str,
                 member_id: int | None, user: Any, progress: _Progress) -> Taken:
    now = utc_now()
    total = line.flash_price_fen * qty
    async with in_transaction() as conn:
        order = await Order.create(
            order_no=new_no("SO", now), channel=Channel.LIVE, member_id=member_id, location_id=info.location_id,
            created_by_id=getattr(user, "id", None), seller_id=info.seller_id, subtotal_fen=total, total_fen=total,
            note=f"直播：{info.title}"[:255], using_db=conn,
        )
        item = await OrderItem.create(order_id=order.id, sku_id=line.sku_id, sku_name=line.sku_name[:160], qty=qty,
                                      unit_price_fen=line.flash_price_fen, line_total_fen=total, using_db=conn)
        await OrderEvent.create(order_id=order.id, from_status="", to_status=OrderStatus.PENDING.value,
                                note=f"直播下单（场次 {info.id}，秒杀价）", user_id=getattr(user, "id", None),
                                using_db=conn)
        await LiveOrder.create(session_id=info.id, item_id=line.item_id, order_id=order.id, buyer=buyer,
                               request_key=request_key, claim_id=claim_id, qty=qty, using_db=conn)
        await record_staff_change(user, "order.create", "order", order.id, conn, order_no=order.order_no, channel="live",
                    live_session_id=info.id, buyer=buyer, total_fen=total)
        await announce_placed(order, conn)  # rolled back with the order if the guard below refuses it
        # The hot row, touched last so its lock is held briefly: the database-side guard against overselling.
        rows = await fetch(conn, "UPDATE live_session_items SET sold = sold + $1 WHERE id = $2 AND closed = $3 "
                                 "AND sold + $1 <= qty_set_aside RETURNING per_buyer_limit",
                           [qty, line.item_id, False])
        if not rows:
            still_open = await LiveSessionItem.filter(id=line.item_id, closed=False).using_db(conn).exists()
            if not still_open:
                raise InvalidState("直播已结束，暂不能下单")
            raise InsufficientStock(SOLD_OUT)
        limit = int(rows[0]["per_buyer_limit"])
        if limit:
            # Every order on this line queues on the row lock taken above, so this sum is exact.
            had = await fetch(conn, "SELECT COALESCE(SUM(qty), 0) AS n FROM live_orders WHERE item_id = $1 "
                                    "AND buyer = $2", [line.item_id, buyer])
            if int(had[0]["n"]) > limit:
                raise Conflict(f"每人限购 {limit} 件", code="purchase_limit")
        expires_at = now + timedelta(seconds=get_settings().reservation_ttl_s)
        await hand_over(from_ref=session_ref(info.id), sku_id=line.sku_id, qty=qty, to_ref=Ref("order", str(order.id)),
                        order_item_id=item.id, expires_at=expires_at, conn=conn)
        progress.committing = True
    return Taken(_order_body(order, item, line, info.id), created=True)

