"""HTTP routes for live-stream selling (thin handlers over backend.live.sessions / backend.live.orders).

    POST /api/v1/live/sessions               live_seller (own) / hq_admin (any seller): create a scheduled session
    GET  /api/v1/live/sessions               live_seller: own sessions; hq_admin: all
    GET  /api/v1/live/<id>                   any logged-in caller: the session, its SKUs, flash prices, remaining
    POST /api/v1/live/<id>/start             the session's seller / hq_admin: set the stock aside, open the pool
    POST /api/v1/live/<id>/end               the session's seller / hq_admin: close, return the remainder
    POST /api/v1/live/<id>/prices/approve    hq_admin, neither the seller nor the creator: allow flash prices below
    POST /api/v1/live/<id>/prices/reject     their floor (the session cannot start before; see sessions.py)
    POST /api/v1/live/<id>/orders            a shopper (token), or the seller / hq_admin on behalf of a live-room
                                             buyer ({"buyer": "<platform buyer id>"}); Idempotency-Key header
    GET  /api/v1/live/<id>/stats             the session's seller / hq_admin: sold/remaining per SKU, orders/min
"""

from __future__ import annotations

from datetime import datetime

from pydantic import ConfigDict, Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.errors import Forbidden, InsufficientStock, NotFound, ValidationError
from backend.http import Body, created, error_answer, ok, optional_body, parse_body, parse_repeated_body
from backend.live import orders, pool, price_floor, sessions
from backend.live.models import LiveSession, SessionStatus
from backend.org.models import Role
from backend.security import current_actor, requires, with_identity_check
from backend.security.identity import ScriptCheck

bp = Blueprint("live", url_prefix="/api/v1/live")

BUYER_PATTERN = r"^[A-Za-z0-9_.:@-]{1,64}$"


class ItemBody(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    flash_price_fen: StrictInt = Field(ge=0, le=price_floor.MAX_FLASH_PRICE_FEN)
    qty: StrictInt = Field(gt=0, le=1_000_000)
    per_buyer_limit: StrictInt = Field(default=0, ge=0, le=99999)


class SessionBody(Body):
    title: str = Field(min_length=1, max_length=64)
    location_code: str = Field(min_length=1, max_length=32)
    starts_at: datetime
    ends_at: datetime
    seller_username: str | None = Field(default=None, max_length=64)
    items: list[ItemBody] = Field(min_length=1, max_length=100)


class LiveOrderBody(Body):
    model_config = ConfigDict(frozen=True)  # parsed once per distinct body (backend.http.parse_repeated_body)

    sku_code: str = Field(min_length=1, max_length=32)
    qty: StrictInt = Field(default=1, gt=0, le=99)
    buyer: str | None = Field(default=None, pattern=BUYER_PATTERN)


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(f"参数 {name} 需要带时区的时间（如 2026-11-23T20:00:00+08:00）",
                              details=[{"field": name, "message": "时间格式不正确"}])
    return value


@bp.post("/sessions")
@requires(Role.LIVE_SELLER)
async def create_session(request: Request) -> HTTPResponse:
    body = parse_body(request, SessionBody)
    session = await sessions.create_session(
        current_actor(request), title=body.title, location_code=body.location_code,
        starts_at=_aware(body.starts_at, "starts_at"), ends_at=_aware(body.ends_at, "ends_at"),
        seller_username=body.seller_username,
        items=[sessions.ItemIn(i.sku_code, i.flash_price_fen, i.qty, i.per_buyer_limit) for i in body.items],
    )
    return created({"session": await sessions.session_dict(session)})


@bp.get("/sessions")
@requires(Role.LIVE_SELLER)
async def list_sessions(request: Request) -> HTTPResponse:
    found = await sessions.list_sessions(current_actor(request), status=request.args.get("status"))
    return ok({"sessions": [await sessions.session_dict(s) for s in found]})


@bp.get("/<session_id:int>")
@requires()
async def get_session(request: Request, session_id: int) -> HTTPResponse:
    session = await LiveSession.get_or_none(id=session_id)
    if session is None:
        raise NotFound("直播场次不存在")
    remaining = None
    if session.status == SessionStatus.LIVE:
        snap = await pool.snapshot(session_id)
        remaining = snap["remaining"] if snap else None  # type: ignore[assignment]
    actor = current_actor(request)
    return ok({"session": await sessions.session_dict(session, remaining=remaining,
                                                      with_floor=sessions.may_manage(actor, session))})


@bp.post("/<session_id:int>/start")
@requires(Role.LIVE_SELLER)
async def start_session(request: Request, session_id: int) -> HTTPResponse:
    session = await sessions.start_session(current_actor(request), session_id)
    return ok({"session": await sessions.session_dict(session)})


@bp.post("/<session_id:int>/end")
@requires(Role.LIVE_SELLER)
async def end_session(request: Request, session_id: int) -> HTTPResponse:
    session = await sessions.end_session(current_actor(request), session_id)
    return ok({"session": await sessions.session_dict(session),
               "stats": await sessions.stats(session)})


class PriceDecisionBody(Body):
    reason: str = Field(default="", max_length=255)


@bp.post("/<session_id:int>/prices/approve")
@requires(Role.HQ_ADMIN)
async def approve_prices(request: Request, session_id: int) -> HTTPResponse:
    session, changed = await sessions.decide_prices(current_actor(request), session_id, approve=True)
    return ok({"session": await sessions.session_dict(session), "changed": changed})


@bp.post("/<session_id:int>/prices/reject")
@requires(Role.HQ_ADMIN)
async def reject_prices(request: Request, session_id: int) -> HTTPResponse:
    body = optional_body(request, PriceDecisionBody)
    session, changed = await sessions.decide_prices(current_actor(request), session_id, approve=False,
                                                    reason=body.reason)
    return ok({"session": await sessions.session_dict(session), "changed": changed})


@bp.get("/<session_id:int>/stats")
@requires(Role.LIVE_SELLER)
async def session_stats(request: Request, session_id: int) -> HTTPResponse:
    session = await sessions.get_for(current_actor(request), session_id)
    return ok({"stats": await sessions.stats(session)})


@bp.post("/<session_id:int>/orders")
@requires(member_row=False, identity_in_script=True)  # a shopper is only an id, checked by the claim script: a
async def place_live_order(request: Request, session_id: int) -> HTTPResponse:  # sold-out refusal is 1 round trip
    try:
        return await with_identity_check(request, lambda check: _place_live_order(request, session_id, check))
    except InsufficientStock as exc:
        # Once a line is sold out nearly every request of the burst ends here: the app's error handler renders
        # it (the same body, Accept-Language and all) without Sanic's exception dispatch, about a tenth of a
        # refusal's CPU. Nothing listens for this refusal (http.lifecycle.exception audits 403s only), and the
        # response middleware (request id, access log, metrics) runs as for any answer.
        return error_answer(request, exc)


async def _place_live_order(request: Request, session_id: int, check: ScriptCheck | None) -> HTTPResponse:
    actor = current_actor(request)
    body = parse_repeated_body(request, LiveOrderBody)
    key = request.headers.get("idempotency-key")
    if actor.is_staff:
        # The seller's console (or HQ) enters an order for a live-room buyer identified by the platform.
        info = await orders.session_info(session_id)
        if not (actor.role == Role.HQ_ADMIN or (actor.role == Role.LIVE_SELLER and actor.id == info.seller_id)):
            raise Forbidden("只有本场主播或总部可以代直播间买家下单")
        if not body.buyer:
            raise ValidationError("代下单需要填写直播间买家标识 buyer", details=[{"field": "buyer",
                                                                      "message": "缺少必填字段"}])
        buyer, member_id, user = f"live:{body.buyer}", None, actor.user
    else:
        if body.buyer:
            raise Forbidden("顾客下单不能指定买家标识")
        buyer, member_id, user = f"member:{actor.member_id}", actor.member_id, None
    taken = await orders.take_order(session_id, buyer=buyer, sku_code=body.sku_code, qty=body.qty,
                                    request_key=key, member_id=member_id, user=user, identity_check=check)
    return ok(taken.body, status=201 if taken.created else 200)
