"""Analytics over orders, stock and valuations. Quantities are units, money integer fen, rates in basis points
(int) plus an exact percentage string.

Sales counted: order items of orders that were paid (any status from paid on, except cancelled), by the local
day the order was placed, net of returned units.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from backend.analytics.forecast import forecast
from backend.catalog.models import Sku
from backend.finance.models import InventoryValuation
from backend.finance.reports import ratio_bp, ratio_pct
from backend.orders.models import Order, OrderItem, OrderStatus
from backend.raw_sql import connection, fetch_rows, is_postgres
from backend.stock.lookups import sku_by_code
from backend.stock.models import Stock
from backend.timestamps import CHINA, business_today, day_bounds

COUNTED = [OrderStatus.PAID, OrderStatus.REVIEW, OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.SHIPPED,
           OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.RETURNED]


async def _sales_rows(d0: dt.date, d1: dt.date, location_ids: frozenset[int] | None,
                      sku_id: int | None = None) -> list[dict[str, Any]]:
    start, end = day_bounds(d0, d1)
    qs = OrderItem.filter(order__placed_at__gte=start, order__placed_at__lt=end, order__status__in=COUNTED)
    if location_ids is not None:
        qs = qs.filter(order__location_id__in=list(location_ids))
    if sku_id is not None:
        qs = qs.filter(sku_id=sku_id)
    rows = await qs.values("sku_id", "qty", "qty_returned", "line_total_fen", "order__placed_at",
                           "order__member_id", "order_id")
    for r in rows:
        r["day"] = r["order__placed_at"].astimezone(CHINA).date()
        r["units"] = int(r["qty"]) - int(r["qty_returned"])
    return rows


def _days(d0: dt.date, d1: dt.date) -> list[dt.date]:
    return [d0 + dt.timedelta(days=i) for i in range((d1 - d0).days + 1)]


async def _daily_units(d0: dt.date, d1: dt.date, location_ids: frozenset[int] | None,
                       sku_id: int) -> dict[dt.date, int]:
    """Units sold per local day of one SKU (the rows _sales_rows counts), summed by the database in one statement
    (order_items is indexed by SKU): a row per day with sales, not per order line."""
    start, end = day_bounds(d0, d1)
    conn = connection()
    postgres = is_postgres(conn)
    # the local (China) day the order was placed; SQLite keeps timestamps as text with their offset
    day = f"CAST(o.placed_at AT TIME ZONE '{CHINA.key}' AS DATE)" if postgres else "date(o.placed_at, '+8 hours')"
    values: list[Any] = [sku_id, start, end, *(s.value for s in COUNTED)]
    statuses = ", ".join(f"${i}" for i in range(4, len(values) + 1))
    where = f"i.sku_id = $1 AND o.placed_at >= $2 AND o.placed_at < $3 AND o.status IN ({statuses})"
    if location_ids is not None:
        if not location_ids:
            return defaultdict(int)
        first = len(values) + 1
        values += sorted(location_ids)
        where += f" AND o.location_id IN ({', '.join(f'${i}' for i in range(first, len(values) + 1))})"
    rows = await fetch_rows(conn, f"SELECT {day}, CAST(SUM(i.qty - i.qty_returned) AS BIGINT) FROM order_items i "
                                  f"JOIN orders o ON o.id = i.order_id WHERE {where} GROUP BY 1", values)
    daily: dict[dt.date, int] = defaultdict(int)
    for d, units in rows:
        daily[d if isinstance(d, dt.date) else dt.date.fromisoformat(d)] = int(units)
    return daily


async def sales_trend_forecast(sku_code: str, d0: dt.date, d1: dt.date, horizon: int,
                               location_ids: frozenset[int] | None) -> dict[str, Any]:
    sku = await sku_by_code(sku_code)
    daily = await _daily_units(d0, d1, location_ids, sku.id)
    days = _days(d0, d1)
    series = [float(daily[d]) for d in days]
    fc = forecast(series, horizon)
    return {
        "sku_code": sku.code, "name": sku.name, "from": d0.isoformat(), "to": d1.isoformat(),
        "history": [{"date": d.isoformat(), "units": daily[d]} for d in days],
        "forecast": [{"date": (d1 + dt.timedelta(days=h + 1)).isoformat(), "units": v}
                     for h, v in enumerate(fc.values)],
        "method": fc.method, "params": fc.params, "forecast_total_units": round(sum(fc.values), 2),
    }


async def sellers(d0: dt.date, d1: dt.date, location_ids: frozenset[int] | None, limit: int = 20) -> dict[str, Any]:
    """Best sellers by units (and revenue), and slow sellers: SKUs with stock on hand that sold least."""
    units: dict[int, int] = defaultdict(int)
    revenue: dict[int, int] = defaultdict(int)
    for r in await _sales_rows(d0, d1, location_ids):
        units[r["sku_id"]] += r["units"]
        revenue[r["sku_id"]] += int(r["line_total_fen"])
    stock_qs = Stock.filter(on_hand__gt=0)
    if location_ids is not None:
        stock_qs = stock_qs.filter(location_id__in=list(location_ids))
    on_hand: dict[int, int] = defaultdict(int)
    for sku_id, qty in await stock_qs.values_list("sku_id", "on_hand"):
        on_hand[int(sku_id)] += int(qty)
    ids = set(units) | set(on_hand)
    skus = {s.id: s for s in await Sku.filter(id__in=list(ids))}

    def row(sid: int) -> dict[str, Any]:
        s = skus[sid]
        return {"sku_code": s.code, "name": s.name, "units": units.get(sid, 0),
                "revenue_fen": revenue.get(sid, 0), "on_hand": on_hand.get(sid, 0)}

    best = sorted((sid for sid in units if units[sid] > 0 and sid in skus),
                  key=lambda sid: (-units[sid], -revenue[sid], skus[sid].code))[:limit]
    slow = sorted((sid for sid in on_hand if sid in skus),
                  key=lambda sid: (units.get(sid, 0), -on_hand[sid], skus[sid].code))[:limit]
    return {"from": d0.isoformat(), "to": d1.isoformat(), "best": [row(s) for s in best],
            "slow": [row(s) for s in slow]}


async def turnover(d0: dt.date, d1: dt.date, location_ids: frozenset[int] | None) -> dict[str, Any]:
    """Stock turnover days per SKU: units on hand now / average units sold per day over the window
    (None when nothing sold: the stock does not turn)."""
    n_days = (d1 - d0).days + 1
    units: dict[int, int] = defaultdict(int)
    for r in await _sales_rows(d0, d1, location_ids):
        units[r["sku_id"]] += r["units"]
    stock_qs = Stock.all()
    if location_ids is not None:
        stock_qs = stock_qs.filter(location_id__in=list(location_ids))
    on_hand: dict[int, int] = defaultdict(int)
    for sku_id, qty in await stock_qs.values_list("sku_id", "on_hand"):
        on_hand[int(sku_id)] += int(qty)
    skus = {s.id: s for s in await Sku.filter(id__in=list(set(units) | set(on_hand)))}
    items = []
    for sid, s in sorted(skus.items(), key=lambda kv: kv[1].code):
        sold = units.get(sid, 0)
        days = None if sold <= 0 else round(on_hand.get(sid, 0) * n_days / sold, 1)
        items.append({"sku_code": s.code, "name": s.name, "on_hand": on_hand.get(sid, 0), "units_sold": sold,
                      "turnover_days": days})
    return {"from": d0.isoformat(), "to": d1.isoformat(), "days": n_days, "items": items}


async def expiry_risk(days: int, location_ids: frozenset[int] | None, today: dt.date | None = None) -> dict[str, Any]:
    """Value at risk: units of batches expiring within `days` (already expired included) at the SKU's moving
    average unit cost, integer fen, per SKU and in total."""
    today = today or business_today()
    limit = today + dt.timedelta(days=days)
    qs = Stock.filter(on_hand__gt=0, batch__expiry_date__lte=limit).select_related("sku", "batch", "location")
    if location_ids is not None:
        qs = qs.filter(location_id__in=list(location_ids))
    rows = await qs
    vals = {v.sku_id: v for v in await InventoryValuation.filter(sku_id__in=list({r.sku_id for r in rows}))}
    items = []
    total = 0
    for r in sorted(rows, key=lambda r: (r.batch.expiry_date, r.sku.code, r.location.code)):
        v = vals.get(r.sku_id)
        # value of these units at the moving average: on_hand * value / qty, rounded half up, integer fen
        value = (r.on_hand * v.value_fen * 2 + v.qty) // (2 * v.qty) if v and v.qty > 0 else 0
        total += value
        items.append({"sku_code": r.sku.code, "name": r.sku.name, "location_code": r.location.code,
                      "batch_no": r.batch.batch_no, "expiry_date": r.batch.expiry_date.isoformat(),
                      "days_left": (r.batch.expiry_date - today).days, "on_hand": r.on_hand, "value_fen": value})
    return {"as_of": today.isoformat(), "days": days, "value_at_risk_fen": total, "items": items}


async def repurchase(d0: dt.date, d1: dt.date, location_ids: frozenset[int] | None) -> dict[str, Any]:
    """Members who bought in the window, and how many of them bought on two or more different orders."""
    start, end = day_bounds(d0, d1)
    qs = Order.filter(placed_at__gte=start, placed_at__lt=end, status__in=COUNTED, member_id__not_isnull=True)
    if location_ids is not None:
        qs = qs.filter(location_id__in=list(location_ids))
    per_member: dict[int, int] = defaultdict(int)
    for mid in await qs.values_list("member_id", flat=True):
        per_member[int(mid)] += 1
    buyers = len(per_member)
    repeat = sum(1 for n in per_member.values() if n >= 2)
    return {"from": d0.isoformat(), "to": d1.isoformat(), "buyers": buyers, "repeat_buyers": repeat,
            "repurchase_rate_bp": ratio_bp(repeat, buyers), "repurchase_rate_pct": ratio_pct(repeat, buyers)}
