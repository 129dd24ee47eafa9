"""Order search: channel, status, date range (local dates, inclusive), member, SKU, order number, location;
newest first, paginated. Staff see their locations' orders, shoppers only their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Subquery

from backend.errors import Forbidden, ValidationError
from backend.orders.models import Order, OrderItem, OrderStatus
from backend.orders.serializers import order_dict
from backend.orders.shopper_view import shopper_orders
from backend.security import Actor
from backend.timestamps import day_bounds


@dataclass
class OrderQuery:
    channel: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    member_id: int | None = None
    member_code: str | None = None
    sku_code: str | None = None
    order_no: str | None = None
    location_code: str | None = None
    external_id: str | None = None
    page: int = 1
    page_size: int = 20


async def search_orders(q: OrderQuery, actor: Actor) -> dict[str, Any]:
    qs = Order.all()
    if not actor.is_staff:
        if actor.member is None:
            raise Forbidden()
        qs = qs.filter(member_id=actor.member.id)
    elif actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    if q.channel:
        qs = qs.filter(channel=q.channel)
    if q.status:
        wanted = [w.strip() for w in q.status.split(",") if w.strip()]
        bad = [w for w in wanted if w not in {st.value for st in OrderStatus}]
        if bad or not wanted:
            raise ValidationError(f"订单状态取值无效：{'，'.join(bad) or q.status}",
                                  details=[{"field": "status", "message": "取值不在允许范围内"}])
        qs = qs.filter(status__in=wanted)
    if q.date_from:
        qs = qs.filter(placed_at__gte=day_bounds(q.date_from, q.date_from)[0])
    if q.date_to:
        qs = qs.filter(placed_at__lt=day_bounds(q.date_to, q.date_to)[1])
    if q.member_id:
        qs = qs.filter(member_id=q.member_id)
    if q.member_code:
        qs = qs.filter(member__member_code=q.member_code)
    if q.order_no:
        qs = qs.filter(order_no=q.order_no)
    if q.external_id:
        qs = qs.filter(external_id=q.external_id)
    if q.location_code:
        qs = qs.filter(location__code=q.location_code)
    if q.sku_code:
        qs = qs.filter(id__in=Subquery(OrderItem.filter(sku__code=q.sku_code).values("order_id")))
    page = max(1, q.page)
    size = min(max(1, q.page_size), 200)
    total = await qs.count()
    orders = await qs.order_by("-id").offset((page - 1) * size).limit(size).select_related("location", "member")
    if not actor.is_staff:  # the mini-program's shape: names, savings, returnable units, tracking
        return {"items": await shopper_orders(list(orders)), "total": total, "page": page, "page_size": size}
    items_by_order: dict[int, list[tuple[OrderItem, str]]] = {o.id: [] for o in orders}
    if orders:
        for item in await OrderItem.filter(order_id__in=list(items_by_order)).select_related("sku").order_by("id"):
            items_by_order[item.order_id].append((item, item.sku.code))
    return {
        "items": [
            order_dict(o, items_by_order[o.id], location_code=o.location.code if o.location else None,
                       member_code=o.member.member_code if o.member else None)
            for o in orders
        ],
        "total": total,
        "page": page,
        "page_size": size,
    }
