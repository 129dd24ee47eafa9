"""Live sessions: create, start (set the quantities aside), end (give back what is left), and what the seller sees.

    scheduled --start--> live --end (seller, HQ, or the window passed)--> ended
    scheduled --end--> ended (never started: nothing was set aside)

Four eyes on prices: a session with a flash price below its floor (backend.live.price_floor: the SKU's cost,
and always 0) is created with price_approval "pending" and cannot start until an HQ admin who is neither its
seller nor its creator approves the prices (POST /api/v1/live/<id>/prices/approve); a rejection keeps it from
starting. Sessions without such prices start as before. The order fast path (pool.py) is not involved.

Starting reserves each SKU's quantity at the session's location through backend.stock.management (ref
("live_session", id)), so no other channel can sell it; ending releases what the orders did not take, so the
normal pool (and the channel pushes behind the stock outbox) gets it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.catalog.models import Sku
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.live import pool, price_floor
from backend.live.models import (
    PRICE_APPROVAL_ZH,
    SESSION_STATUS_ZH,
    LiveOrder,
    LiveSession,
    LiveSessionItem,
    PriceApproval,
    SessionStatus,
)
from backend.org.models import Location, Role, User
from backend.raw_sql import fetch
from backend.security import Actor
from backend.stock.management import Ref, release, reserve
from backend.stock.models import Reservation, ReservationStatus
from backend.timestamps import CHINA, iso, utc_now

REF_TYPE = "live_session"
MAX_WINDOW = timedelta(days=2)


@dataclass(frozen=True)
class ItemIn:
    sku_code: str
    flash_price_fen: int
    qty: int
    per_buyer_limit: int = 0


def session_ref(session_id: int) -> Ref:
    return Ref(REF_TYPE, str(session_id))


def _bad(field_name: str, message: str) -> ValidationError:
    return ValidationError(message, details=[{"field": field_name, "message": message}])


async def get_for(actor: Actor, session_id: int, conn: BaseDBAsyncClient | None = None) -> LiveSession:
    """The session if the caller manages it: its own live_seller or HQ (another seller's session is a 404)."""
    session = await LiveSession.get_or_none(id=session_id).using_db(conn)
    if session is None or not may_manage(actor, session):
        raise NotFound("直播场次不存在")
    return session


def may_manage(actor: Actor, session: LiveSession) -> bool:
    if actor.role == Role.HQ_ADMIN:
        return True
    return actor.role == Role.LIVE_SELLER and actor.user is not None and session.seller_id == actor.user.id


async def create_session(actor: Actor, *, title: str, location_code: str, starts_at: datetime, ends_at: datetime,
                         items: list[ItemIn], seller_username: str | None = None,
                         now: datetime | None = None) -> LiveSession:
    now = now or utc_now()
    assert actor.user is not None
    if actor.role == Role.LIVE_SELLER:
        if seller_username and seller_username != actor.user.username:
            raise Forbidden("主播只能为自己创建直播场次")
        seller = actor.user
    else:
        if not seller_username:
            raise _bad("seller_username", "请指定主播账号")
        found = await User.get_or_none(username=seller_username)
        if found is None or found.role != Role.LIVE_SELLER or not found.is_active:
            raise _bad("seller_username", f"{seller_username} 不是有效的主播账号")
        seller = found
    if not title.strip():
        raise _bad("title", "请填写直播标题")
    if ends_at <= starts_at:
        raise _bad("ends_at", "结束时间必须晚于开始时间")
    if ends_at <= now:
        raise _bad("ends_at", "结束时间已过")
    if ends_at - starts_at > MAX_WINDOW:
        raise _bad("ends_at", "单场直播最长 48 小时")
    location = await Location.get_or_none(code=location_code)
    if location is None or not location.is_active:
        raise _bad("location_code", f"门店或仓库 {location_code} 不存在或已停用")
    actor.require_location(location.id)
    if not items:
        raise _bad("items", "请至少添加一个直播商品")
    codes = [i.sku_code for i in items]
    if len(set(codes)) != len(codes):
        raise _bad("items", "同一商品在一场直播中只能出现一次")
    skus = {s.code: s for s in await Sku.filter(code__in=codes)}
    for n, it in enumerate(items):
        sku = skus.get(it.sku_code)
        if sku is None or not sku.is_active:
            raise _bad(f"items.{n}.sku_code", f"商品编码 {it.sku_code} 不存在或已停售")
        if it.qty <= 0:
            raise _bad(f"items.{n}.qty", "直播备货数量必须大于 0")
        if it.flash_price_fen < 0:
            raise _bad(f"items.{n}.flash_price_fen", "秒杀价不能为负数")
        if it.flash_price_fen > price_floor.MAX_FLASH_PRICE_FEN:
            raise _bad(f"items.{n}.flash_price_fen",
                       f"秒杀价不能超过 {price_floor.MAX_FLASH_PRICE_FEN // 100:,} 元")
        if it.per_buyer_limit < 0:
            raise _bad(f"items.{n}.per_buyer_limit", "每人限购数量不能为负数")
    async with in_transaction() as conn:
        floors = {it.sku_code: await price_floor.floor_fen(skus[it.sku_code], conn) for it in items}
        low = [it.sku_code for it in items if price_floor.below_floor(it.flash_price_fen, floors[it.sku_code])]
        session = await LiveSession.create(title=title.strip()[:64], seller_id=seller.id, location_id=location.id,
                                           starts_at=starts_at, ends_at=ends_at, created_by_id=actor.user.id,
                                           price_approval=PriceApproval.PENDING if low else PriceApproval.NOT_NEEDED,
                                           using_db=conn)
        for it in items:
            await LiveSessionItem.create(session_id=session.id, sku_id=skus[it.sku_code].id,
                                         flash_price_fen=it.flash_price_fen, qty_set_aside=it.qty,
                                         per_buyer_limit=it.per_buyer_limit, floor_fen=floors[it.sku_code],
                                         using_db=conn)
        await record_audit(actor.user, "live.create", "live_session", session.id, using_db=conn,
                           after={"title": session.title, "seller": seller.username, "location": location.code,
                                  "items": [i.__dict__ for i in items], "below_floor": low,
                                  "price_approval": session.price_approval.value})
    return session


async def decide_prices(actor: Actor, session_id: int, *, approve: bool, reason: str = "",
                        via: str = "api") -> tuple[LiveSession, bool]:
    """HQ approves (or rejects) a scheduled session's below-floor flash prices. Neither the session's seller nor
    its creator may approve (refusal audited). Returns (session, changed); a repeat changes nothing."""
    if not actor.is_staff or actor.role != Role.HQ_ADMIN:
        raise Forbidden("只有总部管理员可以审批直播低价")
    session = await LiveSession.get_or_none(id=session_id)
    if session is None:
        raise NotFound("直播场次不存在")
    if approve and actor.id in (session.seller_id, session.created_by_id):
        await record_refusal(actor.user, "live.prices_approve_refused", "live_session", session.id,
                             reason="self_approval", via=via)
        raise Forbidden("不能审批自己创建或主播的直播低价，请由其他总部管理员审批", code="self_approval")
    target = PriceApproval.APPROVED if approve else PriceApproval.REJECTED
    reason = (reason or "").strip()[:255]
    async with in_transaction() as conn:
        rows = await fetch(conn, "UPDATE live_sessions SET price_approval = $1, price_decided_by_id = $2, "
                                 "price_decided_at = $3, price_reject_reason = $4 WHERE id = $5 "
                                 "AND price_approval = $6 AND status = $7 RETURNING id",
                           [target.value, actor.id, utc_now(), "" if approve else reason or "未说明原因",
                            session.id, PriceApproval.PENDING.value, SessionStatus.SCHEDULED.value])
        if not rows:
            session = await LiveSession.get(id=session_id).using_db(conn)
            if session.price_approval == target:
                return session, False
            if session.price_approval == PriceApproval.NOT_NEEDED:
                raise InvalidState("该场直播的秒杀价均不低于底价，无需审批")
            if session.status != SessionStatus.SCHEDULED:
                raise InvalidState(f"直播场次{SESSION_STATUS_ZH[session.status]}，不能审批秒杀价")
            raise Conflict(f"该场直播的低价已{PRICE_APPROVAL_ZH[session.price_approval][-2:]}，不能再"
                           f"{'批准' if approve else '驳回'}")
        low = await LiveSessionItem.filter(session_id=session.id).using_db(conn).select_related("sku")
        await record_audit(actor.user, f"live.prices_{'approve' if approve else 'reject'}", "live_session",
                           session.id, before={"price_approval": "pending"}, using_db=conn, via=via,
                           after={"price_approval": target.value, **({"reason": reason} if not approve else {}),
                                  "below_floor": {it.sku.code: {"flash_price_fen": it.flash_price_fen,
                                                                "floor_fen": it.floor_fen}
                                                  for it in low
                                                  if price_floor.below_floor(it.flash_price_fen, it.floor_fen)}})
        session = await LiveSession.get(id=session.id).using_db(conn)
    return session, True


async def _set_status(session_id: int, old: SessionStatus, new: SessionStatus, at_field: str, at: datetime,
                      conn: BaseDBAsyncClient, *, prices_cleared: bool = False) -> bool:
    """The guarded status UPDATE; `prices_cleared` also requires no flash price waiting for (or refused) approval."""
    guard = ""
    args: list[Any] = [new.value, at, session_id, old.value]
    if prices_cleared:
        args += [PriceApproval.NOT_NEEDED.value, PriceApproval.APPROVED.value]
        guard = " AND price_approval IN ($5, $6)"
    rows = await fetch(conn, f"UPDATE live_sessions SET status = $1, {at_field} = $2 WHERE id = $3 AND status = $4"
                             f"{guard} RETURNING id", args)
    return bool(rows)


async def start_session(actor: Actor, session_id: int, *, now: datetime | None = None) -> LiveSession:
    """Set every SKU's quantity aside at the session's location and open the pool. All or nothing."""
    now = now or utc_now()
    session = await get_for(actor, session_id)
    if session.status != SessionStatus.SCHEDULED:
        raise InvalidState(f"直播场次{SESSION_STATUS_ZH[session.status]}，不能开播")
    if session.price_approval in (PriceApproval.PENDING, PriceApproval.REJECTED):
        what = "正在等待总部（非主播本人）审批" if session.price_approval == PriceApproval.PENDING else "已被总部驳回"
        raise Conflict(f"本场有秒杀价低于成本底价（或为 0），{what}，不能开播", code="price_approval_required")
    if session.ends_at <= now:
        raise InvalidState("直播时间段已结束，不能开播")
    location = await Location.get(id=session.location_id)
    async with in_transaction() as conn:
        if not await _set_status(session.id, SessionStatus.SCHEDULED, SessionStatus.LIVE, "started_at", now, conn,
                                 prices_cleared=True):
            raise InvalidState("直播场次状态已变化，请刷新")
        items = await LiveSessionItem.filter(session_id=session.id).using_db(conn).select_related("sku").order_by(
            "sku_id")
        for it in items:
            await reserve(sku_id=it.sku_id, location_id=session.location_id, qty=it.qty_set_aside,
                          ref=session_ref(session.id), conn=conn, user_id=actor.id,
                          sku_label=f"{it.sku.code} {it.sku.name}", location_label=location.name)
        await record_audit(actor.user, "live.start", "live_session", session.id, using_db=conn,
                           after={"set_aside": {it.sku.code: it.qty_set_aside for it in items}})
    await pool.reload(session.id)
    return await LiveSession.get(id=session.id)


async def end_session(actor: Actor | None, session_id: int, *, now: datetime | None = None,
                      note: str = "") -> LiveSession:
    """Close the session: no order can be added after this; what the orders did not take goes back to the
    normal pool. `actor` None: the system (window passed)."""
    now = now or utc_now()
    if actor is not None:
        session = await get_for(actor, session_id)
    else:
        session = await LiveSession.get(id=session_id)
    user = actor.user if actor else None
    if session.status == SessionStatus.ENDED:
        raise InvalidState("直播场次已结束")
    async with in_transaction() as conn:
        if not await _set_status(session.id, session.status, SessionStatus.ENDED, "ended_at", now, conn):
            raise InvalidState("直播场次状态已变化，请刷新")
        # Close every line first: this waits for orders being written on them and stops any later one.
        lines = await fetch(conn, "UPDATE live_session_items SET closed = $1 WHERE session_id = $2 "
                                  "RETURNING id, sku_id, qty_set_aside, sold", [True, session.id])
        returned: dict[int, int] = {}
        if session.status == SessionStatus.LIVE:
            held = await Reservation.filter(ref_type=REF_TYPE, ref_id=str(session.id),
                                            status=ReservationStatus.ACTIVE).using_db(conn).select_related("stock")
            for r in held:
                n = await release(r, conn=conn, user_id=user.id if user else None, note=note or "直播结束，余量退回")
                returned[r.stock.sku_id] = returned.get(r.stock.sku_id, 0) + n
        for line in lines:
            await LiveSessionItem.filter(id=line["id"]).using_db(conn).update(
                qty_returned=returned.get(int(line["sku_id"]), 0))
        if user is not None:
            await record_audit(user, "live.end", "live_session", session.id, using_db=conn,
                               after={"returned": {str(k): v for k, v in returned.items()}})
    await pool.reload(session.id)
    return await LiveSession.get(id=session.id)


async def end_expired_sessions(now: datetime | None = None) -> int:
    """End every session whose window has passed (live ones give their remainder back). Returns how many."""
    # Compared in the zone datetimes are stored in (SQLite compares them as text).
    now = (now or utc_now()).astimezone(CHINA)
    ids = await LiveSession.filter(status__in=[SessionStatus.SCHEDULED, SessionStatus.LIVE],
                                   ends_at__lte=now).values_list("id", flat=True)
    ended = 0
    for sid in ids:
        try:
            await end_session(None, int(sid), now=now, note="直播时间结束，余量退回")
            ended += 1
        except InvalidState:
            continue
    return ended


async def list_sessions(actor: Actor, *, status: str | None = None, limit: int = 50) -> list[LiveSession]:
    qs = LiveSession.all().order_by("-starts_at").limit(limit)
    if actor.role == Role.LIVE_SELLER:
        qs = qs.filter(seller_id=actor.id)
    if status:
        try:
            qs = qs.filter(status=SessionStatus(status))
        except ValueError:
            raise _bad("status", f"不支持的状态：{status}") from None
    return await qs


async def session_dict(session: LiveSession, *, remaining: dict[int, int] | None = None,
                       with_floor: bool = True) -> dict[str, Any]:
    """`with_floor=False` (anyone but the seller and HQ): without the floors, which are costs."""
    items = await LiveSessionItem.filter(session_id=session.id).select_related("sku").order_by("id")
    await session.fetch_related("seller", "location")
    out = {
        "id": session.id, "title": session.title, "status": session.status.value,
        "status_name": SESSION_STATUS_ZH[session.status], "seller": session.seller.username,
        "location_code": session.location.code, "starts_at": iso(session.starts_at),
        "ends_at": iso(session.ends_at),
        "started_at": iso(session.started_at),
        "ended_at": iso(session.ended_at),
        "price_approval": session.price_approval.value or None,
        "price_approval_name": PRICE_APPROVAL_ZH[session.price_approval],
        "price_reject_reason": session.price_reject_reason or None,
        "items": [{
            "sku_code": it.sku.code, "name": it.sku.name, "flash_price_fen": it.flash_price_fen,
            "floor_fen": it.floor_fen, "below_floor": price_floor.below_floor(it.flash_price_fen, it.floor_fen),
            "list_price_fen": it.sku.price_fen, "qty_set_aside": it.qty_set_aside, "per_buyer_limit": it.per_buyer_limit,
            "remaining": (remaining or {}).get(it.sku_id, 0 if it.closed else it.qty_set_aside - it.sold),
        } for it in items],
    }
    if not with_floor:
        for item in out["items"]:
            del item["floor_fen"], item["below_floor"]
    return out


async def stats(session: LiveSession, *, now: datetime | None = None) -> dict[str, Any]:
    """Sold/remaining per SKU and orders per minute: from the Redis pool while it is loaded, else the database."""
    now = now or utc_now()
    items = await LiveSessionItem.filter(session_id=session.id).select_related("sku").order_by("id")
    snap = await pool.snapshot(session.id, now=now.timestamp()) if session.status == SessionStatus.LIVE else None
    lines = []
    for it in items:
        if snap is not None:
            sold = int(snap["sold"].get(it.sku_id, it.sold))  # type: ignore[attr-defined]
            remaining = int(snap["remaining"].get(it.sku_id, 0))  # type: ignore[attr-defined]
        else:
            sold, remaining = it.sold, 0 if it.closed else it.qty_set_aside - it.sold
        lines.append({"sku_code": it.sku.code, "name": it.sku.name, "flash_price_fen": it.flash_price_fen,
                      "qty_set_aside": it.qty_set_aside, "sold": sold, "remaining": remaining,
                      "returned": it.qty_returned, "sales_fen": sold * it.flash_price_fen})
    if snap is not None:
        per_min = int(snap["orders_last_minute"])  # type: ignore[call-overload]
        source = "redis"
    else:
        since = (now - timedelta(seconds=60)).astimezone(CHINA)
        per_min = await LiveOrder.filter(session_id=session.id, created_at__gte=since).count()
        source = "database"
    return {
        "session_id": session.id, "status": session.status.value, "status_name": SESSION_STATUS_ZH[session.status],
        "items": lines, "sold": sum(x["sold"] for x in lines), "remaining": sum(x["remaining"] for x in lines),
        "sales_fen": sum(x["sales_fen"] for x in lines),
        "orders_total": await LiveOrder.filter(session_id=session.id).count(),
        "orders_per_min": per_min, "source": source,
    }
