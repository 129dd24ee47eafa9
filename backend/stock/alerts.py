"""Stock alerts: low stock, near expiry (with the value at risk) and expired stock still on the shelf.

Plain async functions; daily_digest() is what a scheduled job (Celery beat) or the WeCom bot sends each morning.
- low stock: per SKU x location that holds or held the SKU, sellable = on hand - reserved of unexpired batches,
  alert when sellable <= the SKU's low_stock_threshold.
- near expiry: batches with on hand > 0 expiring within `days` (today included); value at risk = on hand x the
  SKU's moving-average unit cost.
- expired: batches with on hand > 0 past their expiry date (never sold; write them off with reason expiry).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.errors import ValidationError
from backend.finance.models import InventoryValuation
from backend.org.models import Location
from backend.stock.lookups import batch_json, location_by_code, location_json
from backend.stock.models import Stock
from backend.timestamps import business_today

MAX_DAYS = 3650


async def _scope(location_code: str | None, location_ids: frozenset[int] | None,
                 conn: BaseDBAsyncClient | None) -> list[Location]:
    if location_code:
        return [await location_by_code(location_code, conn)]
    qs = Location.filter(is_active=True)
    if location_ids is not None:
        qs = qs.filter(id__in=list(location_ids))
    return list(await qs.using_db(conn).order_by("priority", "code"))


async def _unit_costs(sku_ids: set[int], conn: BaseDBAsyncClient | None) -> dict[int, int]:
    out: dict[int, int] = {}
    for v in await InventoryValuation.filter(sku_id__in=list(sku_ids)).using_db(conn):
        out[v.sku_id] = (v.value_fen + v.qty // 2) // v.qty if v.qty > 0 else 0
    return out


async def low_stock(*, location_code: str | None = None, location_ids: frozenset[int] | None = None,
                    conn: BaseDBAsyncClient | None = None, on: dt.date | None = None) -> dict[str, Any]:
    on = on or business_today()
    locs = await _scope(location_code, location_ids, conn)
    by_id = {loc.id: loc for loc in locs}
    rows = await Stock.filter(location_id__in=list(by_id)).using_db(conn).select_related("batch")
    agg: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])  # on_hand, reserved, sellable
    for s in rows:
        a = agg[(s.sku_id, s.location_id)]
        a[0] += s.on_hand
        a[1] += s.reserved
        if not (s.batch.expiry_date and s.batch.expiry_date < on):
            a[2] += s.on_hand - s.reserved
    skus = {s.id: s for s in await Sku.filter(id__in=list({k[0] for k in agg}), is_active=True).using_db(conn)}
    items = []
    for (sku_id, loc_id), (on_hand, reserved, sellable) in agg.items():
        sku = skus.get(sku_id)
        if sku is None or sellable > sku.low_stock_threshold:
            continue
        items.append({
            "sku_code": sku.code, "name": sku.name, **location_json(by_id[loc_id]),
            "on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved, "sellable": sellable,
            "threshold": sku.low_stock_threshold, "shortage": sku.low_stock_threshold - sellable,
        })
    items.sort(key=lambda i: (i["sellable"], i["location_code"], i["sku_code"]))
    return {"date": on.isoformat(), "items": items, "total": len(items)}


async def _batches(*, location_code: str | None, location_ids: frozenset[int] | None, conn: BaseDBAsyncClient | None,
                   expiry_from: dt.date | None, expiry_to: dt.date, on: dt.date) -> list[dict[str, Any]]:
    locs = await _scope(location_code, location_ids, conn)
    by_id = {loc.id: loc for loc in locs}
    qs = Stock.filter(location_id__in=list(by_id), on_hand__gt=0, batch__expiry_date__lte=expiry_to)
    if expiry_from is not None:
        qs = qs.filter(batch__expiry_date__gte=expiry_from)
    rows = await qs.using_db(conn).select_related("batch", "sku")
    costs = await _unit_costs({s.sku_id for s in rows}, conn)
    items = []
    for s in rows:
        unit = costs.get(s.sku_id, 0)
        items.append({
            "sku_code": s.sku.code, "name": s.sku.name, **location_json(by_id[s.location_id]),
            **batch_json(s.batch, on), "on_hand": s.on_hand, "reserved": s.reserved,
            "unit_cost_fen": unit, "value_at_risk_fen": s.on_hand * unit,
        })
    items.sort(key=lambda i: (i["expiry_date"], i["location_code"], i["sku_code"]))
    return items


async def near_expiry(*, days: int = 60, location_code: str | None = None,
                      location_ids: frozenset[int] | None = None, conn: BaseDBAsyncClient | None = None,
                      on: dt.date | None = None) -> dict[str, Any]:
    if days < 0 or days > MAX_DAYS:
        raise ValidationError(f"days 必须在 0 到 {MAX_DAYS} 之间")
    on = on or business_today()
    items = await _batches(location_code=location_code, location_ids=location_ids, conn=conn, expiry_from=on,
                           expiry_to=on + dt.timedelta(days=days), on=on)
    return {"date": on.isoformat(), "days": days, "items": items, "total": len(items),
            "qty": sum(i["on_hand"] for i in items), "value_at_risk_fen": sum(i["value_at_risk_fen"] for i in items)}


async def expired(*, location_code: str | None = None, location_ids: frozenset[int] | None = None,
                  conn: BaseDBAsyncClient | None = None, on: dt.date | None = None) -> dict[str, Any]:
    on = on or business_today()
    items = await _batches(location_code=location_code, location_ids=location_ids, conn=conn, expiry_from=None,
                           expiry_to=on - dt.timedelta(days=1), on=on)
    return {"date": on.isoformat(), "items": items, "total": len(items),
            "qty": sum(i["on_hand"] for i in items), "value_fen": sum(i["value_at_risk_fen"] for i in items)}


async def daily_digest(*, days: int = 60, location_code: str | None = None,
                       on: dt.date | None = None) -> dict[str, Any]:
    """Everything a morning stock report needs, chain-wide (or one location), with counts per location."""
    on = on or business_today()
    low = await low_stock(location_code=location_code, on=on)
    near = await near_expiry(days=days, location_code=location_code, on=on)
    gone = await expired(location_code=location_code, on=on)
    per_loc: dict[str, dict[str, Any]] = {}

    def slot(item: dict[str, Any]) -> dict[str, Any]:
        return per_loc.setdefault(item["location_code"], {
            "location_code": item["location_code"], "location_name": item["location_name"],
            "low_stock": 0, "near_expiry": 0, "expired": 0, "value_at_risk_fen": 0, "expired_value_fen": 0,
        })

    for i in low["items"]:
        slot(i)["low_stock"] += 1
    for i in near["items"]:
        s = slot(i)
        s["near_expiry"] += 1
        s["value_at_risk_fen"] += i["value_at_risk_fen"]
    for i in gone["items"]:
        s = slot(i)
        s["expired"] += 1
        s["expired_value_fen"] += i["value_at_risk_fen"]
    return {
        "date": on.isoformat(),
        "low_stock": low,
        "near_expiry": near,
        "expired": gone,
        "by_location": sorted(per_loc.values(), key=lambda s: s["location_code"]),
    }
