"""Analytics routes: sales trend with a per-SKU forecast, best/slow sellers, stock turnover days, near-expiry
value at risk, member repurchase rate. A store manager sees their own stores (or one of them)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import Query, scoped_location
from backend.analytics import reports
from backend.errors import ValidationError
from backend.http import ok, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires
from backend.timestamps import business_today

bp = Blueprint("admin_analytics", url_prefix="/analytics")
READERS = (Role.HQ_ADMIN, Role.FINANCE, Role.PURCHASER, Role.STORE_MANAGER)
MAX_DAYS = 366


class RangeQuery(Query):
    date_from: dt.date | None = Field(default=None, alias="from")
    date_to: dt.date | None = Field(default=None, alias="to")
    location_code: str | None = Field(default=None, max_length=32)

    def range(self, default_days: int = 28) -> tuple[dt.date, dt.date]:
        d1 = self.date_to or business_today()
        d0 = self.date_from or d1 - dt.timedelta(days=default_days - 1)
        if d0 > d1:
            raise ValidationError("开始日期不能晚于结束日期")
        if (d1 - d0).days + 1 > MAX_DAYS:
            raise ValidationError(f"查询区间不能超过 {MAX_DAYS} 天")
        return d0, d1


async def _scope(request: Request, q: RangeQuery) -> frozenset[int] | None:
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    if loc is not None:
        return frozenset({loc.id})
    return actor.location_ids


class ForecastQuery(RangeQuery):
    sku_code: str = Field(min_length=1, max_length=32)
    horizon: int = Field(default=14, ge=1, le=90)


@bp.get("/forecast")
@requires(*READERS)
async def sku_forecast(request: Request) -> HTTPResponse:
    """Daily units of one SKU over the window (default 8 weeks) and the forecast for the next `horizon` days
    (additive Holt-Winters with a weekly season; see backend/analytics/forecast.py)."""
    q = parse_query(request, ForecastQuery)
    d0, d1 = q.range(56)
    return ok(await reports.sales_trend_forecast(q.sku_code, d0, d1, q.horizon, await _scope(request, q)))


class SellersQuery(RangeQuery):
    limit: int = Field(default=20, ge=1, le=200)


@bp.get("/sellers")
@requires(*READERS)
async def sellers(request: Request) -> HTTPResponse:
    q = parse_query(request, SellersQuery)
    d0, d1 = q.range()
    return ok(await reports.sellers(d0, d1, await _scope(request, q), q.limit))


@bp.get("/turnover")
@requires(*READERS)
async def turnover(request: Request) -> HTTPResponse:
    q = parse_query(request, RangeQuery)
    d0, d1 = q.range()
    return ok(await reports.turnover(d0, d1, await _scope(request, q)))


class ExpiryQuery(RangeQuery):
    days: int = Field(default=60, ge=0, le=730)


@bp.get("/expiry-risk")
@requires(*READERS)
async def expiry_risk(request: Request) -> HTTPResponse:
    q = parse_query(request, ExpiryQuery)
    return ok(await reports.expiry_risk(q.days, await _scope(request, q)))


@bp.get("/repurchase")
@requires(*READERS)
async def repurchase(request: Request) -> HTTPResponse:
    q = parse_query(request, RangeQuery)
    d0, d1 = q.range(90)
    return ok(await reports.repurchase(d0, d1, await _scope(request, q)))
