"""Stores and warehouses: create, change, deactivate. Every change is audited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import Field
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, NotFound, ValidationError
from backend.http import Body
from backend.org.models import Location, LocationKind
from backend.stock.models import Stock

LOCATION_FIELDS = ["code", "name", "kind", "address", "lat", "lng", "priority", "is_active"]


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


def location_dict(loc: Location) -> dict[str, Any]:
    return {
        "id": loc.id, "code": loc.code, "name": loc.name, "kind": LocationKind(loc.kind).value,
        "kind_name": "仓库" if loc.kind == LocationKind.WAREHOUSE else "门店", "address": loc.address,
        "lat": str(loc.lat) if loc.lat is not None else None, "lng": str(loc.lng) if loc.lng is not None else None,
        "priority": loc.priority, "is_active": loc.is_active,
    }


async def get_location(code: str) -> Location:
    loc = await Location.get_or_none(code=code)
    if loc is None:
        raise NotFound(f"门店或仓库 {code} 不存在")
    return loc


async def create_location(body: LocationIn, *, user: Any, via: str = "admin") -> Location:
    async with in_transaction() as conn:
        if await Location.filter(code=body.code).using_db(conn).exists():
            raise Conflict(f"编码 {body.code} 已被使用")
        loc = await Location.create(**body.model_dump(), using_db=conn)
        await record_audit(user, "location.create", "location", loc.id, after=location_dict(loc), via=via,
                           using_db=conn)
    return loc


async def update_location(code: str, body: LocationUpdate, *, user: Any, via: str = "admin") -> Location:
    changes = body.model_dump(exclude_unset=True)
    if not changes:
        raise ValidationError("没有要修改的字段")
    async with in_transaction() as conn:
        loc = await Location.get_or_none(code=code).using_db(conn)
        if loc is None:
            raise NotFound(f"门店或仓库 {code} 不存在")
        before = location_dict(loc)
        if changes.get("is_active") is False and loc.is_active:
            held = await Stock.filter(location_id=loc.id, on_hand__gt=0).using_db(conn).exists()
            if held:
                raise Conflict(f"{loc.name} 仍有库存，请先调拨或盘点清零后再停用")
        for k, v in changes.items():
            setattr(loc, k, v)
        await loc.save(update_fields=list(changes), using_db=conn)
        await record_audit(user, "location.update", "location", loc.id, before=before, after=location_dict(loc),
                           via=via, using_db=conn)
    return loc
