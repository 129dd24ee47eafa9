"""Stores and warehouses. Everyone in the back office reads the locations in their scope; HQ changes them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import Query, doc_body, scoped_location
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import LocationKind, Role
from backend.security import current_actor, requires
from backend.stock import locations

bp = Blueprint("admin_locations", url_prefix="/locations")
READERS = (Role.HQ_ADMIN, Role.FINANCE, Role.PURCHASER, Role.STORE_MANAGER)


class LocationIn(Body):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")
    name: str = Field(min_length=1, max_length=64)
    kind: LocationKind
    address: str = Field(default="", max_length=255)
    lat: Decimal | None = Field(default=None, ge=-90, le=90, decimal_places=6)
    lng: Decimal | None = Field(default=None, ge=-180, le=180, decimal_places=6)
    priority: int = Field(default=100, ge=0, le=10000)


class LocationUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    address: str | None = Field(default=None, max_length=255)
    lat: Decimal | None = Field(default=None, ge=-90, le=90, decimal_places=6)
    lng: Decimal | None = Field(default=None, ge=-180, le=180, decimal_places=6)
    priority: int | None = Field(default=None, ge=0, le=10000)
    is_active: bool | None = None


class LocationQuery(Query):
    kind: Literal["store", "warehouse"] | None = None
    include_inactive: bool = True


@bp.get("/")
@requires(*READERS)
async def list_locations(request: Request) -> HTTPResponse:
    """Locations in the caller's scope (every one for chain-wide roles)."""
    q = parse_query(request, LocationQuery)
    found = await locations.list_locations(location_ids=current_actor(request).location_ids, kind=q.kind,
                                           include_inactive=q.include_inactive)
    items = [locations.location_dict(loc) for loc in found]
    return ok({"items": items, "total": len(items)})


@bp.post("/")
@doc_body(LocationIn)
@requires(Role.HQ_ADMIN)
async def create_location(request: Request) -> HTTPResponse:
    body = parse_body(request, LocationIn)
    loc = await locations.create_location(locations.NewLocation(**body.model_dump()), user=current_actor(request).user)
    return created(locations.location_dict(loc))


@bp.get("/<code:str>")
@requires(*READERS)
async def get_location(request: Request, code: str) -> HTTPResponse:
    loc = await scoped_location(current_actor(request), code)
    assert loc is not None
    return ok(locations.location_dict(loc))


@bp.patch("/<code:str>")
@doc_body(LocationUpdate)
@requires(Role.HQ_ADMIN)
async def update_location(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, LocationUpdate)
    loc = await locations.update_location(code, body.model_dump(exclude_unset=True), user=current_actor(request).user)
    return ok(locations.location_dict(loc))
