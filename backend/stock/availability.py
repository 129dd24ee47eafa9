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
from backend.errors import NotFound, ValidationError
from backend.org.models import Location
from backend.raw_sql import connection, fetch
from backend.stock.lookups import (
    batch_json,
    days_to_expiry,
    fefo_key,
    location_by_code,
    location_json,
    sku_by_code,
)
from backend.stock.models import Stock
from backend.timestamps import business_today, iso


def _qty(on_hand: int, reserved: int) -> dict[str, int]:
    return {"on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved}


# The whole lookup in one statement: the SKU (by code, else barcode, as sku_by_code decides), every active location
# (or the one asked for, active or not) and their stock rows with the batches. No SKU: no row; the location asked
# for not found: one row with no location.
_LOOKUP = """
WITH s AS (
  SELECT id, code, name, barcode, unit, low_stock_threshold FROM skus
  WHERE code = $1 OR barcode = $1 OR barcode = $2 OR code = $2
  ORDER BY CASE WHEN code = $1 THEN 0 WHEN barcode = $1 THEN 1 WHEN barcode = $2 THEN 2 ELSE 3 END
  LIMIT 1
), l AS (
  SELECT id, code, name, kind, priority FROM locations WHERE (CAST($3 AS VARCHAR) IS NULL AND is_active) OR code = $3
)
SELECT s.code AS sku_code, s.name AS sku_name, s.barcode, s.unit, s.low_stock_threshold,
       l.id AS location_id, l.code AS location_code, l.name AS location_name, l.kind,
       st.on_hand, st.reserved, st.batch_id, b.batch_no, b.production_date, b.expiry_date
FROM s
LEFT JOIN l ON 1 = 1
LEFT JOIN stocks st ON st.sku_id = s.id AND st.location_id = l.id
LEFT JOIN batches b ON b.id = st.batch_id
ORDER BY l.priority, l.code
"""


def _date(value: Any) -> dt.date | None:
    """A DATE column: a date on PostgreSQL, ISO text on SQLite."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


async def stock_lookup(
    *, sku_code: str | None = None, barcode: str | None = None, location_code: str | None = None,
    conn: BaseDBAsyncClient | None = None, on: dt.date | None = None,
) -> dict[str, Any]:
    """{"sku_code", "locations": [{"location_code", "on_hand", "reserved", "available", ...batches}], "totals"}.

    Every active location is listed (zeros included) so "which store has it" has one answer per store; with
    `location_code` only that one. One SQL statement, no ORM objects (the hot read of the stock lookup)."""
    code, scanned = (sku_code or "").strip() or None, (barcode or "").strip() or None
    if not code and not scanned:
        raise ValidationError("请提供商品编码或条码")
    where = (location_code or "").strip() or None
    rows = await fetch(connection(conn), _LOOKUP, [code, scanned, where])
    if not rows:
        raise NotFound(f"商品 {code or scanned} 不存在")
    if where and rows[0]["location_id"] is None:
        raise NotFound(f"门店或仓库 {where} 不存在")
    on = on or business_today()
    by_loc: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        if r["location_id"] is not None:
            by_loc.setdefault(r["location_id"], []).append(r)
    out_locs = []
    tot_on = tot_res = tot_exp = 0
    for loc_rows in by_loc.values():
        first = loc_rows[0]
        stocked = sorted((r for r in loc_rows if r["batch_id"] is not None),
                         key=lambda r: fefo_key(_date(r["expiry_date"]), r["batch_id"]))
        on_hand = sum(r["on_hand"] for r in stocked)
        reserved = sum(r["reserved"] for r in stocked)
        expired = sum(r["on_hand"] - r["reserved"] for r in stocked
                      if _date(r["expiry_date"]) and _date(r["expiry_date"]) < on)
        batches = []
        for r in stocked:
            if r["on_hand"] or r["reserved"]:
                expiry = _date(r["expiry_date"])
                days = days_to_expiry(expiry, on)
                batches.append({"batch_no": r["batch_no"], "production_date": iso(_date(r["production_date"])),
                                "expiry_date": iso(expiry), "days_to_expiry": days,
                                "expired": days is not None and days < 0, **_qty(r["on_hand"], r["reserved"])})
        out_locs.append({
            "location_code": first["location_code"], "location_name": first["location_name"], "kind": first["kind"],
            **_qty(on_hand, reserved), "expired": expired, "sellable": on_hand - reserved - expired,
            "batches": batches,
        })
        tot_on += on_hand
        tot_res += reserved
        tot_exp += expired
    head = rows[0]
    return {
        "sku_code": head["sku_code"], "name": head["sku_name"], "barcode": head["barcode"], "unit": head["unit"],
        "low_stock_threshold": head["low_stock_threshold"],
        "locations": out_locs,
        "totals": {**_qty(tot_on, tot_res), "expired": tot_exp, "sellable": tot_on - tot_res - tot_exp},
    }


async def stock_for_sku(sku: Sku, *, location: Location | None = None, conn: BaseDBAsyncClient | None = None,
                        on: dt.date | None = None) -> dict[str, Any]:
    """stock_lookup for a SKU already in hand (the WeCom bot)."""
    return await stock_lookup(sku_code=sku.code, location_code=location.code if location else None, conn=conn, on=on)


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
