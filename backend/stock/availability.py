"""Stock lookups: what is on hand, reserved and available for a SKU, per location and per batch.

Lookups are chain-wide for every staff member (a clerk tells a shopper which store has the tin); changes are
store-scoped and live in the other stock modules. available = on_hand - reserved. Batches past their expiry
date are still on hand (until written off) but never sold; they are reported as `expired` quantities.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.org.models import Location
from backend.stock.lookups import (
    batch_json,
    fefo_key,
    location_by_code,
    location_json,
    sku_by_code,
)
from backend.stock.models import Stock
from backend.timestamps import business_today


def _qty(on_hand: int, reserved: int) -> dict[str, int]:
    return {"on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved}


async def stock_for_sku(
    sku: Sku, *, location: Location | None = None, conn: BaseDBAsyncClient | None = None,
    on: dt.date | None = None,
) -> dict[str, Any]:
    """{"sku_code", "locations": [{"location_code", "on_hand", "reserved", "available", ...batches}], "totals"}.

    Every active location is listed (zeros included) so "which store has it" has one answer per store;
    with `location` only that one.
    """
    on = on or business_today()
    locs_qs = Location.filter(id=location.id) if location else Location.filter(is_active=True)
    locations = await locs_qs.using_db(conn).order_by("priority", "code")
    rows_qs = Stock.filter(sku_id=sku.id).select_related("batch")
    if location:
        rows_qs = rows_qs.filter(location_id=location.id)
    rows = await rows_qs.using_db(conn)
    by_loc: dict[int, list[Stock]] = {}
    for r in rows:
        by_loc.setdefault(r.location_id, []).append(r)
    out_locs = []
    tot_on = tot_res = tot_exp = 0
    for loc in locations:
        loc_rows = sorted(by_loc.get(loc.id, []), key=lambda s: fefo_key(s.batch.expiry_date, s.batch_id))
        on_hand = sum(s.on_hand for s in loc_rows)
        reserved = sum(s.reserved for s in loc_rows)
        expired = sum(s.on_hand - s.reserved for s in loc_rows if s.batch.expiry_date and s.batch.expiry_date < on)
        batches = [
            {**batch_json(s.batch, on), **_qty(s.on_hand, s.reserved)}
            for s in loc_rows if s.on_hand or s.reserved
        ]
        out_locs.append({
            **location_json(loc), **_qty(on_hand, reserved), "expired": expired,
            "sellable": on_hand - reserved - expired, "batches": batches,
        })
        tot_on += on_hand
        tot_res += reserved
        tot_exp += expired
    return {
        "sku_code": sku.code, "name": sku.name, "barcode": sku.barcode, "unit": sku.unit,
        "low_stock_threshold": sku.low_stock_threshold,
        "locations": out_locs,
        "totals": {**_qty(tot_on, tot_res), "expired": tot_exp, "sellable": tot_on - tot_res - tot_exp},
    }


async def stock_lookup(
    *, sku_code: str | None = None, barcode: str | None = None, location_code: str | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> dict[str, Any]:
    sku = await sku_by_code(sku_code, conn, barcode=barcode)
    location = await location_by_code(location_code, conn) if location_code else None
    return await stock_for_sku(sku, location=location, conn=conn)


async def batches_for(
    *, sku_code: str | None = None, barcode: str | None = None, location_code: str | None = None,
    include_empty: bool = False, conn: BaseDBAsyncClient | None = None,
) -> dict[str, Any]:
    """The batches of a SKU, earliest expiry first, each with its quantities per location."""
    on = business_today()
    sku = await sku_by_code(sku_code, conn, barcode=barcode)
    qs = Stock.filter(sku_id=sku.id).select_related("batch", "location")
    if location_code:
        loc = await location_by_code(location_code, conn)
        qs = qs.filter(location_id=loc.id)
    rows = await qs.using_db(conn)
    grouped: dict[int, list[Stock]] = {}
    for r in rows:
        if include_empty or r.on_hand or r.reserved:
            grouped.setdefault(r.batch_id, []).append(r)
    items = []
    for _, brows in sorted(grouped.items(), key=lambda kv: fefo_key(kv[1][0].batch.expiry_date, kv[0])):
        brows.sort(key=lambda s: (s.location.priority, s.location.code))
        items.append({
            **batch_json(brows[0].batch, on),
            **_qty(sum(s.on_hand for s in brows), sum(s.reserved for s in brows)),
            "locations": [{**location_json(s.location), **_qty(s.on_hand, s.reserved)} for s in brows],
        })
    return {"sku_code": sku.code, "name": sku.name, "location_code": location_code or None, "batches": items}


async def location_quantities(sku_id: int, location_id: int, conn: BaseDBAsyncClient | None = None) -> dict[str, int]:
    rows = await Stock.filter(sku_id=sku_id, location_id=location_id).using_db(conn).values("on_hand", "reserved")
    return _qty(sum(r["on_hand"] for r in rows), sum(r["reserved"] for r in rows))


async def list_locations(*, include_inactive: bool = False, kind: str | None = None,
                         conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    qs = Location.all() if include_inactive else Location.filter(is_active=True)
    if kind:
        qs = qs.filter(kind=kind)
    return [
        {**location_json(loc), "id": loc.id, "address": loc.address, "priority": loc.priority,
         "is_active": loc.is_active,
         "lat": str(loc.lat) if loc.lat is not None else None, "lng": str(loc.lng) if loc.lng is not None else None}
        for loc in await qs.using_db(conn).order_by("priority", "code")
    ]
