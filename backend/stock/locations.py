"""Stores and warehouses: create, change, deactivate. Every change is audited."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, NotFound, ValidationError
from backend.org.models import Location, LocationKind
from backend.stock.models import Stock

LOCATION_FIELDS = ["code", "name", "kind", "address", "lat", "lng", "priority", "is_active"]


@dataclass(frozen=True)
class NewLocation:
    code: str
    name: str
    kind: LocationKind
    address: str = ""
    lat: Decimal | None = None
    lng: Decimal | None = None
    priority: int = 100


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


async def list_locations(*, location_ids: frozenset[int] | None, kind: str | None,
                         include_inactive: bool) -> list[Location]:
    """Locations by priority and code; location_ids: the caller's scope (None: every one)."""
    qs = Location.all() if include_inactive else Location.filter(is_active=True)
    if kind:
        qs = qs.filter(kind=kind)
    if location_ids is not None:
        qs = qs.filter(id__in=sorted(location_ids))
    return await qs.order_by("priority", "code")


async def create_location(new: NewLocation, *, user: Any, via: str = "admin") -> Location:
    async with in_transaction() as conn:
        if await Location.filter(code=new.code).using_db(conn).exists():
            raise Conflict(f"编码 {new.code} 已被使用")
        loc = await Location.create(**asdict(new), using_db=conn)
        await record_audit(user, "location.create", "location", loc.id, after=location_dict(loc), via=via,
                           using_db=conn)
    return loc


async def update_location(code: str, changes: dict[str, Any], *, user: Any, via: str = "admin") -> Location:
    """changes: the fields given (name, address, lat, lng, priority, is_active), None clearing lat / lng."""
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
