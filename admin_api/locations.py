"""Stores and warehouses. Everyone in the back office reads the locations in their scope; HQ changes them."""

from __future__ import annotations

from typing import Literal

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import Query, doc_body, scoped_location
from backend.http import created, ok, parse_body, parse_query
from backend.org.models import Location, Role
from backend.security import current_actor, requires
from backend.stock import locations

bp = Blueprint("admin_locations", url_prefix="/locations")
READERS = (Role.HQ_ADMIN, Role.FINANCE, Role.PURCHASER, Role.STORE_MANAGER)


class LocationQuery(Query):
    kind: Literal["store", "warehouse"] | None = None
    include_inactive: bool = True


@bp.get("/")
@requires(*READERS)
async def list_locations(request: Request) -> HTTPResponse:
    """Locations in the caller's scope (every one for chain-wide roles)."""
    q = parse_query(request, LocationQuery)
    actor = current_actor(request)
    qs = Location.all() if q.include_inactive else Location.filter(is_active=True)
    if q.kind:
        qs = qs.filter(kind=q.kind)
    if actor.location_ids is not None:
        qs = qs.filter(id__in=sorted(actor.location_ids))
    items = [locations.location_dict(loc) for loc in await qs.order_by("priority", "code")]
    return ok({"items": items, "total": len(items)})


@bp.post("/")
@doc_body(locations.LocationIn)
@requires(Role.HQ_ADMIN)
async def create_location(request: Request) -> HTTPResponse:
    body = parse_body(request, locations.LocationIn)
    loc = await locations.create_location(body, user=current_actor(request).user)
    return created(locations.location_dict(loc))


@bp.get("/<code:str>")
@requires(*READERS)
async def get_location(request: Request, code: str) -> HTTPResponse:
    loc = await scoped_location(current_actor(request), code)
    assert loc is not None
    return ok(locations.location_dict(loc))


@bp.patch("/<code:str>")
@doc_body(locations.LocationUpdate)
@requires(Role.HQ_ADMIN)
async def update_location(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, locations.LocationUpdate)
    loc = await locations.update_location(code, body, user=current_actor(request).user)
    return ok(locations.location_dict(loc))
