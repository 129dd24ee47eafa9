"""Order search and detail for the back office, within the caller's stores."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query, scope_ids, scoped_location
from backend.errors import Forbidden, NotFound
from backend.http import Body, ok, parse_body, parse_query
from backend.orders import awaiting, offline_prices
from backend.orders.models import Order, OrderStatus
from backend.orders.search import OrderQuery, search_orders
from backend.orders.serializers import order_body
from backend.org.models import Channel, Role
from backend.promotions.engine import order_savings
from backend.security import current_actor, requires

bp = Blueprint("admin_orders", url_prefix="/orders")
READERS = (Role.HQ_ADMIN, Role.FINANCE, Role.STORE_MANAGER)


class OrderQueryIn(PageQuery):
    channel: Channel | None = None
    status: OrderStatus | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    member_code: str | None = Field(default=None, max_length=16)
    sku_code: str | None = Field(default=None, max_length=32)
    order_no: str | None = Field(default=None, max_length=32)
    external_id: str | None = Field(default=None, max_length=64)
    location_code: str | None = Field(default=None, max_length=32)


@bp.get("/")
@requires(*READERS)
async def list_orders(request: Request) -> HTTPResponse:
    """Search by channel, status, dates, member, SKU, number, store. Another store's code is a 403."""
    q = parse_query(request, OrderQueryIn)
    actor = current_actor(request)
    await scoped_location(actor, q.location_code)
    data = q.model_dump()
    data["channel"] = q.channel.value if q.channel else None
    data["status"] = q.status.value if q.status else None
    return ok(await search_orders(OrderQuery(**data), actor))


class VarianceQuery(PageQuery):
    reviewed: bool | None = None
    location_code: str | None = Field(default=None, max_length=32)


class ReviewBody(Body):
    note: str = Field(max_length=255)


@bp.get("/offline-price-variances")
@requires(*READERS)
async def offline_price_variances(request: Request) -> HTTPResponse:
    """Offline counter sales charged below the price list of their moment (离线售价差异), newest first, with the
    number still to review; a store manager sees their stores."""
    q = parse_query(request, VarianceQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    offset, limit = q.window()
    return ok(q.page_of(await offline_prices.listing(location_ids=scope_ids(actor, loc), reviewed=q.reviewed,
                                                     offset=offset, limit=limit)))


@bp.post("/offline-price-variances/<sale_id:int>/review")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER)
async def review_offline_price_variance(request: Request, sale_id: int) -> HTTPResponse:
    """Close a price variance with what it was (a promotion, a keying error, the difference collected); audited."""
    body = parse_body(request, ReviewBody)
    return ok(await offline_prices.review(current_actor(request), sale_id, body.note))


class AwaitingQuery(Query):
    location_code: str | None = Field(default=None, max_length=32)
    limit: int = Field(default=20, ge=1, le=awaiting.MAX_LIMIT)


@bp.get("/awaiting-decision")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER)
async def awaiting_decision(request: Request) -> HTTPResponse:
    """Return requests and refund requests of the caller's stores waiting for a decision (oldest first), with
    totals: the after-sales part of the dashboard's "things waiting for me"."""
    q = parse_query(request, AwaitingQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    return ok(await awaiting.awaiting_decision(actor, location_id=loc.id if loc else None, limit=q.limit))


@bp.get("/<order_id:int>")
@requires(*READERS)
async def get_order(request: Request, order_id: int) -> HTTPResponse:
    actor = current_actor(request)
    order = await Order.get_or_none(id=order_id)
    if order is None:
        if actor.location_ids is not None:
            raise Forbidden("无权查看该订单")
        raise NotFound("订单不存在")
    if not actor.can_access_location(order.location_id):
        raise Forbidden("无权查看其他门店的订单")
    body = await order_body(order.id, detail=True)
    body["order"]["promotions"] = await order_savings(order.id)  # the receipt's discount lines
    return ok(body)
