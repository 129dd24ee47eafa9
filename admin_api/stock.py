"""Stock by location, transfers and stocktakes for the back office, within the caller's stores."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, scope_ids, scoped_location
from backend.http import Body, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires
from backend.stock import discrepancies, stocktakes, transfers
from backend.stock.lookups import batch_json
from backend.stock.models import Stock

bp = Blueprint("admin_stock", url_prefix="/")
READERS = (Role.HQ_ADMIN, Role.FINANCE, Role.PURCHASER, Role.STORE_MANAGER)


class StockQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    sku_code: str | None = Field(default=None, max_length=32)
    include_empty: bool = False


@bp.get("/stock")
@requires(*READERS)
async def stock_levels(request: Request) -> HTTPResponse:
    """On hand / reserved / available per SKU x location with batches. A store manager sees their stores;
    naming another store is a 403."""
    q = parse_query(request, StockQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    qs = Stock.all()
    ids = scope_ids(actor, loc)
    if ids is not None:
        qs = qs.filter(location_id__in=ids)
    if q.sku_code:
        qs = qs.filter(sku__code=q.sku_code)
    if not q.include_empty:
        qs = qs.filter(on_hand__gt=0)
    rows = await qs.select_related("sku", "location", "batch").order_by("sku__code", "location__code", "batch_id")
    grouped: dict[tuple[int, int], dict[str, Any]] = {}
    batches: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for s in rows:
        key = (s.sku_id, s.location_id)
        g = grouped.setdefault(key, {"sku_code": s.sku.code, "name": s.sku.name, "location_code": s.location.code,
                                     "location_name": s.location.name, "on_hand": 0, "reserved": 0})
        g["on_hand"] += s.on_hand
        g["reserved"] += s.reserved
        batches[key].append({**batch_json(s.batch), "on_hand": s.on_hand, "reserved": s.reserved})
    items = []
    for key, g in grouped.items():
        items.append({**g, "available": g["on_hand"] - g["reserved"], "batches": batches[key]})
    offset, limit = q.window()
    return ok(q.page_of({"items": items[offset:offset + limit], "total": len(items)}))


class TransferQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)
    location_code: str | None = Field(default=None, max_length=32)
    direction: str | None = Field(default=None, max_length=8)


@bp.get("/transfers")
@requires(*READERS)
async def list_transfers(request: Request) -> HTTPResponse:
    q = parse_query(request, TransferQuery)
    actor = current_actor(request)
    await scoped_location(actor, q.location_code)
    offset, limit = q.window()
    return ok(await transfers.list_transfers(actor, status=q.status, location_code=q.location_code,
                                             direction=q.direction, offset=offset, limit=limit))


@bp.get("/transfers/<ident:str>")
@requires(*READERS)
async def get_transfer(request: Request, ident: str) -> HTTPResponse:
    return ok(await transfers.get_transfer(current_actor(request), ident))


class StocktakeQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)
    location_code: str | None = Field(default=None, max_length=32)


@bp.get("/stocktakes")
@requires(*READERS)
async def list_stocktakes(request: Request) -> HTTPResponse:
    q = parse_query(request, StocktakeQuery)
    actor = current_actor(request)
    await scoped_location(actor, q.location_code)
    offset, limit = q.window()
    return ok(await stocktakes.list_stocktakes(actor, location_code=q.location_code, status=q.status,
                                               offset=offset, limit=limit))


@bp.get("/stocktakes/<ident:str>")
@requires(*READERS)
async def get_stocktake(request: Request, ident: str) -> HTTPResponse:
    return ok(await stocktakes.get_stocktake(current_actor(request), ident))


class DiscrepancyQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)
    location_code: str | None = Field(default=None, max_length=32)


class ResolveBody(Body):
    note: str = Field(max_length=255)


@bp.get("/stock/discrepancies")
@requires(Role.STORE_MANAGER, Role.FINANCE)
async def list_discrepancies(request: Request) -> HTTPResponse:
    """Stock discrepancies (库存差异: offline counter sales the books no longer had stock for), newest first,
    with the number still open; a store manager sees their stores."""
    q = parse_query(request, DiscrepancyQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    offset, limit = q.window()
    return ok(await discrepancies.list_discrepancies(location_ids=scope_ids(actor, loc), status=q.status,
                                                     offset=offset, limit=limit))


@bp.post("/stock/discrepancies/<discrepancy_id:int>/resolve")
@requires(Role.STORE_MANAGER)
async def resolve_discrepancy(request: Request, discrepancy_id: int) -> HTTPResponse:
    """Close a discrepancy with what was done (a count, a transfer); audited."""
    body = parse_body(request, ResolveBody)
    return ok(await discrepancies.resolve(current_actor(request), discrepancy_id, body.note))
