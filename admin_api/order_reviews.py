"""Order review (订单审核) in the back office: the hold rules, the queue, and the reviewer's decisions.

    GET  /admin/api/v1/order-reviews?status=held&location_code=   the queue of the caller's stores, oldest first
    POST /admin/api/v1/order-reviews/<order_id>/release           {"reason"?}: review -> allocated, ships as usual
    POST /admin/api/v1/order-reviews/<order_id>/cancel            {"reason"}: cancelled, stock released, refunded
    POST /admin/api/v1/order-reviews/merge                        {"order_ids", "reason"?}: one parcel, one location
    GET  /admin/api/v1/order-reviews/rules                        the four hold rules
    PUT  /admin/api/v1/order-reviews/rules/<kind>                 {"enabled", "threshold_fen", "keywords"} (HQ)
"""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body, optional_body, scoped_location
from backend.errors import NotFound
from backend.http import Body, ok, parse_body, parse_query
from backend.orders import hold, merging, review
from backend.orders.models import HoldRuleKind, ReviewStatus
from backend.orders.serializers import order_body
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_order_reviews", url_prefix="/order-reviews")


class ReviewQuery(PageQuery):
    status: ReviewStatus = ReviewStatus.HELD
    location_code: str | None = Field(default=None, max_length=32)


class DecisionIn(Body):
    reason: str = Field(default="", max_length=255)


class MergeIn(Body):
    order_ids: list[int] = Field(min_length=2, max_length=20)
    reason: str = Field(default="", max_length=255)


class RuleIn(Body):
    enabled: bool
    threshold_fen: int = Field(default=0, ge=0, le=10**12)
    keywords: list[str] = Field(default_factory=list, max_length=hold.MAX_KEYWORDS)


@bp.get("/")
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def list_reviews(request: Request) -> HTTPResponse:
    q = parse_query(request, ReviewQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    return ok(await review.queue(actor, status=q.status, location_id=loc.id if loc else None, page=q.page,
                                 page_size=q.page_size))


@bp.post("/<order_id:int>/release")
@doc_body(DecisionIn)
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def release_order(request: Request, order_id: int) -> HTTPResponse:
    body = optional_body(request, DecisionIn)
    order = await review.release(current_actor(request), order_id, body.reason)
    return ok(await order_body(order.id, detail=True))


@bp.post("/<order_id:int>/cancel")
@doc_body(DecisionIn)
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def cancel_order(request: Request, order_id: int) -> HTTPResponse:
    body = parse_body(request, DecisionIn)
    order = await review.cancel(current_actor(request), order_id, body.reason)
    return ok(await order_body(order.id, detail=True))


@bp.post("/merge")
@doc_body(MergeIn)
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def merge_orders(request: Request) -> HTTPResponse:
    body = parse_body(request, MergeIn)
    return ok(await merging.merge(current_actor(request), body.order_ids, body.reason))


@bp.get("/rules")
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def list_rules(request: Request) -> HTTPResponse:
    return ok({"items": await hold.get_rules()})


@bp.put("/rules/<kind:str>")
@doc_body(RuleIn)
@requires(Role.HQ_ADMIN)
async def put_rule(request: Request, kind: str) -> HTTPResponse:
    body = parse_body(request, RuleIn)
    try:
        rule_kind = HoldRuleKind(kind)
    except ValueError:
        raise NotFound(f"没有审核规则 {kind}") from None
    rule = await hold.set_rule(rule_kind, enabled=body.enabled, threshold_fen=body.threshold_fen,
                               keywords=body.keywords, user=current_actor(request).user)
    return ok({"rule": rule})
