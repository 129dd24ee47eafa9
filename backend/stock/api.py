"""HTTP routes for stock (thin handlers over the stock services).

Lookups (stock, batches, movements, locations, alerts) are open to every staff member, chain-wide; changes
(adjustments, transfers, stocktakes) are scoped to the caller's locations by the services.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Body, PageQuery, Query, created, ok, optional_body, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires
from backend.stock import (
    adjustments,
    alerts,
    availability,
    cost_approvals,
    cost_check,
    movements,
    stocktakes,
    transfers,
)

bp = Blueprint("stock", url_prefix="/api/v1")

Code = Field(min_length=1, max_length=64)
Note = Field(default="", max_length=255)


# ------------------------------------------------------------------------------------------------- lookups


class StockQuery(Query):
    sku_code: str | None = Field(default=None, max_length=64)
    barcode: str | None = Field(default=None, max_length=64)
    location_code: str | None = Field(default=None, max_length=32)
    include_empty: bool = False


@bp.get("/stock")
@requires(staff=True)
async def stock_lookup(request: Request) -> HTTPResponse:
    """Stock of one SKU (sku_code or barcode) at every active location: on_hand, reserved, available and
    batches (earliest expiry first). Chain-wide for every staff member."""
    q = parse_query(request, StockQuery)
    return ok(await availability.stock_lookup(sku_code=q.sku_code, barcode=q.barcode, location_code=q.location_code))


@bp.get("/stock/batches")
@requires(staff=True)
async def stock_batches(request: Request) -> HTTPResponse:
    """Batches of one SKU with expiry dates and quantities per location (optionally one location)."""
    q = parse_query(request, StockQuery)
    return ok(await availability.batches_for(sku_code=q.sku_code, barcode=q.barcode, location_code=q.location_code,
                                             include_empty=q.include_empty))


class MovementQuery(PageQuery):
    sku_code: str | None = Field(default=None, max_length=64)
    location_code: str | None = Field(default=None, max_length=32)
    batch_no: str | None = Field(default=None, max_length=48)
    kind: str | None = Field(default=None, max_length=16)
    ref_type: str | None = Field(default=None, max_length=32)
    ref_id: str | None = Field(default=None, max_length=64)
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@bp.get("/stock/movements")
@requires(staff=True)
async def stock_movements(request: Request) -> HTTPResponse:
    """The movement journal, newest first, filtered by SKU, location, batch, kind, reference and date range."""
    q = parse_query(request, MovementQuery)
    offset, limit = q.window()
    result = await movements.query_movements(
        sku_code=q.sku_code, location_code=q.location_code, batch_no=q.batch_no, kind=q.kind, ref_type=q.ref_type,
        ref_id=q.ref_id, date_from=q.date_from, date_to=q.date_to, offset=offset, limit=limit,
    )
    return ok(q.page_of(result))


class LocationQuery(Query):
    kind: Literal["store", "warehouse"] | None = None
    include_inactive: bool = False


@bp.get("/locations")
@requires(staff=True)
async def list_locations(request: Request) -> HTTPResponse:
    """Stores and warehouses; `mine` marks the ones the caller may change stock at."""
    q = parse_query(request, LocationQuery)
    actor = current_actor(request)
    items = await availability.list_locations(include_inactive=q.include_inactive, kind=q.kind)
    for item in items:
        item["mine"] = actor.can_access_location(item["id"])
    return ok({"items": items, "total": len(items)})


class AlertQuery(Query):
    location_code: str | None = Field(default=None, max_length=32)
    days: int = Field(default=60, ge=0, le=alerts.MAX_DAYS)
    all_locations: bool = False


def _alert_scope(request: Request, q: AlertQuery) -> frozenset[int] | None:
    """Without location_code a store-scoped caller sees their own locations (all_locations=true: the chain)."""
    if q.location_code or q.all_locations:
        return None
    return current_actor(request).location_ids


@bp.get("/stock/alerts/low-stock")
@requires(staff=True)
async def low_stock_alerts(request: Request) -> HTTPResponse:
    q = parse_query(request, AlertQuery)
    return ok(await alerts.low_stock(location_code=q.location_code, location_ids=_alert_scope(request, q)))


@bp.get("/stock/alerts/near-expiry")
@requires(staff=True)
async def near_expiry_alerts(request: Request) -> HTTPResponse:
    q = parse_query(request, AlertQuery)
    return ok(await alerts.near_expiry(days=q.days, location_code=q.location_code,
                                       location_ids=_alert_scope(request, q)))


@bp.get("/stock/alerts/expired")
@requires(staff=True)
async def expired_alerts(request: Request) -> HTTPResponse:
    q = parse_query(request, AlertQuery)
    return ok(await alerts.expired(location_code=q.location_code, location_ids=_alert_scope(request, q)))


# --------------------------------------------------------------------------------------------- adjustments


class AdjustmentBody(Body):
    location_code: str = Code
    sku_code: str = Code
    qty_delta: StrictInt
    reason: str = Field(min_length=1, max_length=32)
    note: str = Note
    batch_no: str | None = Field(default=None, max_length=48)
    unit_cost_fen: StrictInt | None = None  # bounded and checked by backend.stock.cost_check
    expiry_date: dt.date | None = None


@bp.post("/stock/adjustments")
@requires(Role.STORE_MANAGER)
async def create_adjustment(request: Request) -> HTTPResponse:
    """Adjust on hand with a reason (damage/破损, expiry/过期, loss/丢失, found/找回, correction, sample, other).
    Store managers for their stores, hq_admin anywhere. 201 with the movements; short stock answers 409. An
    increase with a unit cost beyond the band around the last purchase cost answers 202 {"pending": true,
    "request"}: nothing moves until HQ approves it."""
    body = parse_body(request, AdjustmentBody)
    result = await adjustments.adjust(
        current_actor(request), location_code=body.location_code, sku_code=body.sku_code, qty_delta=body.qty_delta,
        reason=body.reason, note=body.note, batch_no=body.batch_no, unit_cost_fen=body.unit_cost_fen,
        expiry_date=body.expiry_date,
    )
    if result.get("pending"):
        return ok(result, status=202)
    return created(result)


class CostRequestQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)


class CostRejectBody(Body):
    reason: str = Field(default="", max_length=255)


@bp.get("/stock/adjustment-cost-requests")
@requires(Role.STORE_MANAGER)
async def list_cost_requests(request: Request) -> HTTPResponse:
    """Stock increases waiting for (or decided by) HQ because of their unit cost; managers see their stores'."""
    q = parse_query(request, CostRequestQuery)
    offset, limit = q.window()
    result = await cost_approvals.list_requests(current_actor(request), status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/stock/adjustment-cost-requests/<request_no:str>/approve")
@requires(Role.HQ_ADMIN)
async def approve_cost_request(request: Request, request_no: str) -> HTTPResponse:
    """HQ (not the maker) approves: the adjustment is written now, once. A repeat answers changed=false."""
    req, result, changed = await cost_approvals.decide(current_actor(request), request_no, approve=True)
    return ok({"request": await cost_check.request_json(req), "adjustment": result, "changed": changed})


@bp.post("/stock/adjustment-cost-requests/<request_no:str>/reject")
@requires(Role.HQ_ADMIN)
async def reject_cost_request(request: Request, request_no: str) -> HTTPResponse:
    body = optional_body(request, CostRejectBody)
    req, _, changed = await cost_approvals.decide(current_actor(request), request_no, approve=False, reason=body.reason)
    return ok({"request": await cost_check.request_json(req), "changed": changed})


class AdjustmentQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    sku_code: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, max_length=32)


@bp.get("/stock/adjustments")
@requires(staff=True)
async def list_adjustments(request: Request) -> HTTPResponse:
    q = parse_query(request, AdjustmentQuery)
    offset, limit = q.window()
    result = await adjustments.list_adjustments(location_code=q.location_code, sku_code=q.sku_code, reason=q.reason,
                                                offset=offset, limit=limit)
    return ok(q.page_of(result))


# ----------------------------------------------------------------------------------------------- transfers


class TransferLineBody(Body):
    sku_code: str = Code
    qty: StrictInt = Field(gt=0, le=100_000)
    batch_no: str | None = Field(default=None, max_length=48)


class TransferBody(Body):
    from_location_code: str = Code
    to_location_code: str = Code
    lines: list[TransferLineBody] = Field(min_length=1, max_length=transfers.MAX_LINES)
    note: str = Note


class NoteBody(Body):
    note: str = Note


class ReceiveLineBody(Body):
    sku_code: str = Code
    qty_received: StrictInt = Field(ge=0, le=100_000)
    batch_no: str | None = Field(default=None, max_length=48)
    reason: str = Field(default="", max_length=255)


class ReceiveBody(Body):
    lines: list[ReceiveLineBody] | None = Field(default=None, max_length=transfers.MAX_LINES * 4)
    note: str = Note


class TransferQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)
    location_code: str | None = Field(default=None, max_length=32)
    direction: str | None = Field(default=None, max_length=8)


TRANSFER_ROLES = (Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER)


@bp.post("/transfers")
@requires(*TRANSFER_ROLES)
async def create_transfer(request: Request) -> HTTPResponse:
    """Request a transfer between two locations (staff of either end)."""
    body = parse_body(request, TransferBody)
    result = await transfers.request_transfer(
        current_actor(request), from_location_code=body.from_location_code, to_location_code=body.to_location_code,
        lines=[transfers.RequestLine(ln.sku_code, ln.qty, ln.batch_no) for ln in body.lines], note=body.note,
    )
    return created(result)


@bp.get("/transfers")
@requires(staff=True)
async def list_transfers(request: Request) -> HTTPResponse:
    q = parse_query(request, TransferQuery)
    offset, limit = q.window()
    result = await transfers.list_transfers(current_actor(request), status=q.status, location_code=q.location_code,
                                            direction=q.direction, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.get("/transfers/<ident:str>")
@requires(staff=True)
async def get_transfer(request: Request, ident: str) -> HTTPResponse:
    return ok(await transfers.get_transfer(current_actor(request), ident))


@bp.post("/transfers/<ident:str>/approve")
@requires(Role.STORE_MANAGER)
async def approve_transfer(request: Request, ident: str) -> HTTPResponse:
    """Store manager of the source location or hq_admin; reserves the units at the source."""
    optional_body(request, NoteBody)
    return ok(await transfers.approve_transfer(current_actor(request), ident))


@bp.post("/transfers/<ident:str>/reject")
@requires(Role.STORE_MANAGER)
async def reject_transfer(request: Request, ident: str) -> HTTPResponse:
    body = optional_body(request, NoteBody)
    return ok(await transfers.reject_transfer(current_actor(request), ident, note=body.note))


@bp.post("/transfers/<ident:str>/cancel")
@requires(*TRANSFER_ROLES)
async def cancel_transfer(request: Request, ident: str) -> HTTPResponse:
    body = optional_body(request, NoteBody)
    return ok(await transfers.cancel_transfer(current_actor(request), ident, note=body.note))


@bp.post("/transfers/<ident:str>/ship")
@requires(*TRANSFER_ROLES)
async def ship_transfer(request: Request, ident: str) -> HTTPResponse:
    optional_body(request, NoteBody)
    return ok(await transfers.ship_transfer(current_actor(request), ident))


@bp.post("/transfers/<ident:str>/receive")
@requires(*TRANSFER_ROLES)
async def receive_transfer(request: Request, ident: str) -> HTTPResponse:
    """Body {lines: [{sku_code, qty_received, reason?}]} (SKUs not listed arrived not at all) or empty: all
    arrived. What was shipped and not received is written off as a transfer shortfall (with the line's reason)."""
    body = optional_body(request, ReceiveBody)
    lines = None if body.lines is None else [
        transfers.ReceiveLine(ln.sku_code, ln.qty_received, ln.batch_no, ln.reason) for ln in body.lines
    ]
    return ok(await transfers.receive_transfer(current_actor(request), ident, lines=lines, note=body.note))


# ---------------------------------------------------------------------------------------------- stocktakes


class StocktakeBody(Body):
    location_code: str = Code
    category: StrictInt | str | None = None
    note: str = Note


class CountBody(Body):
    sku_code: str | None = Field(default=None, max_length=64)
    barcode: str | None = Field(default=None, max_length=64)
    counted_qty: StrictInt = Field(ge=-stocktakes.MAX_COUNT, le=stocktakes.MAX_COUNT)
    mode: Literal["add", "set"] = "set"
    batch_no: str | None = Field(default=None, max_length=48)
    expiry_date: dt.date | None = None


class PostBody(Body):
    uncounted_as_zero: bool = False


class StocktakeQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    status: str | None = Field(default=None, max_length=16)


COUNT_ROLES = (Role.CLERK, Role.STORE_MANAGER)


@bp.post("/stocktakes")
@requires(*COUNT_ROLES)
async def open_stocktake(request: Request) -> HTTPResponse:
    """Open a count sheet for a location (optionally one category): snapshots on hand per SKU x batch."""
    body = parse_body(request, StocktakeBody)
    result = await stocktakes.open_stocktake(current_actor(request), location_code=body.location_code,
                                             category=body.category, note=body.note)
    return created(result)


@bp.get("/stocktakes")
@requires(staff=True)
async def list_stocktakes(request: Request) -> HTTPResponse:
    q = parse_query(request, StocktakeQuery)
    offset, limit = q.window()
    result = await stocktakes.list_stocktakes(current_actor(request), location_code=q.location_code, status=q.status,
                                              offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.get("/stocktakes/<ident:str>")
@requires(staff=True)
async def get_stocktake(request: Request, ident: str) -> HTTPResponse:
    return ok(await stocktakes.get_stocktake(current_actor(request), ident))


@bp.post("/stocktakes/<ident:str>/counts")
@requires(*COUNT_ROLES)
async def record_count(request: Request, ident: str) -> HTTPResponse:
    """Record a count by sku_code or barcode; mode set (default: the absolute count) or add (a scan sends 1);
    batch optional."""
    body = parse_body(request, CountBody)
    return ok(await stocktakes.record_count(
        current_actor(request), ident, sku_code=body.sku_code, barcode=body.barcode, counted_qty=body.counted_qty,
        mode=body.mode, batch_no=body.batch_no, expiry_date=body.expiry_date,
    ))


@bp.post("/stocktakes/<ident:str>/submit")
@requires(*COUNT_ROLES)
async def submit_stocktake(request: Request, ident: str) -> HTTPResponse:
    optional_body(request, NoteBody)
    return ok(await stocktakes.submit_stocktake(current_actor(request), ident))


@bp.post("/stocktakes/<ident:str>/post")
@requires(Role.STORE_MANAGER)
async def post_stocktake(request: Request, ident: str) -> HTTPResponse:
    """Approve and post: variances (counted - snapshot) become stocktake movements and gain/loss entries."""
    body = optional_body(request, PostBody)
    return ok(await stocktakes.post_stocktake(current_actor(request), ident, uncounted_as_zero=body.uncounted_as_zero))


@bp.post("/stocktakes/<ident:str>/cancel")
@requires(*COUNT_ROLES)
async def cancel_stocktake(request: Request, ident: str) -> HTTPResponse:
    optional_body(request, NoteBody)
    return ok(await stocktakes.cancel_stocktake(current_actor(request), ident))
