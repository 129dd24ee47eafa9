"""Sales per clerk and their commission, and a store's sales today (what "今日销售" answers).

An order counts for its seller (Order.seller, see backend.orders.sellers: the clerk at the POS or who keyed a
phone order, the live session's seller; nobody for mini-program and marketplace orders, never a system or
head-office account that merely placed it) when it was placed in the period and is not pending or cancelled; its amount is total - refunded (fen). Commission =
amount x the clerk's rate (profile, else the chain default), rounded half up to the fen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.orders.models import Order, OrderStatus
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Location, User
from backend.staff.attendance import CHINA, local_now, month_bounds
from backend.staff.models import StaffProfile
from backend.staff.settings_store import get_staff_setting
from backend.timestamps import day_bounds

NOT_SALES = (OrderStatus.PENDING, OrderStatus.CANCELLED)


async def commissions(month: str, *, location_ids: list[int] | None = None,
                      seller_ids: list[int] | None = None) -> dict[str, Any]:
    """``seller_ids``: only these sellers (an HR review of one employee, backend.hr.reviews)."""
    first, last = month_bounds(month)
    start, end = day_bounds(first, last)
    qs = Order.filter(placed_at__gte=start, placed_at__lt=end, seller_id__isnull=False) \
        .exclude(status__in=list(NOT_SALES))
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    if seller_ids is not None:
        qs = qs.filter(seller_id__in=seller_ids)
    rows = await qs.values("seller_id", "total_fen", "refunded_fen")
    default_rate = await get_staff_setting("commission_rate_bp")
    totals: dict[int, list[int]] = {}
    for r in rows:
        t = totals.setdefault(int(r["seller_id"]), [0, 0])
        t[0] += 1
        t[1] += int(r["total_fen"]) - int(r["refunded_fen"])
    users = {u.id: u for u in await User.filter(id__in=list(totals))}
    rates = {p.user_id: p.commission_rate_bp for p in await StaffProfile.filter(user_id__in=list(totals))}
    items = []
    for uid, (count, amount) in totals.items():
        rate = rates.get(uid)
        rate = default_rate if rate is None else rate
        items.append({"username": users[uid].username, "display_name": users[uid].display_name,
                      "orders": count, "sales_fen": amount, "rate_bp": rate,
                      "commission_fen": (amount * rate + 5000) // 10000})
    items.sort(key=lambda i: (-i["sales_fen"], i["username"]))
    return {"month": month, "items": items}


async def today_sales(location_ids: list[int] | None, *, now: dt.datetime | None = None) -> dict[str, Any]:
    day = (now or local_now()).astimezone(CHINA).date()
    start, end = day_bounds(day, day)
    qs = Order.filter(placed_at__gte=start, placed_at__lt=end).exclude(status__in=list(NOT_SALES))
    locs = Location.filter(is_active=True)
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
        locs = locs.filter(id__in=location_ids)
    rows = await qs.values("location_id", "channel", "total_fen", "refunded_fen")
    by_loc: dict[int, dict[str, Any]] = {}
    for loc in await locs.order_by("priority", "code"):
        by_loc[loc.id] = {"location_code": loc.code, "location_name": loc.name, "orders": 0, "sales_fen": 0,
                          "channels": {}}
    for r in rows:
        b = by_loc.get(r["location_id"])
        if b is None:
            continue
        amount = int(r["total_fen"]) - int(r["refunded_fen"])
        b["orders"] += 1
        b["sales_fen"] += amount
        name = CHANNEL_NAMES_ZH[Channel(r["channel"])]
        b["channels"][name] = b["channels"].get(name, 0) + amount
    items = list(by_loc.values())
    return {"date": day.isoformat(), "items": items, "orders": sum(i["orders"] for i in items),
            "sales_fen": sum(i["sales_fen"] for i in items)}
