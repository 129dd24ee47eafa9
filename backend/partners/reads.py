"""What the partner API reads: orders, stock, SKUs and shipments, over the domains' own services and models.

Lists page by an opaque cursor (the last id seen, base64url): stable while rows are added, unlike page numbers.
Partners see no member data unless their token holds members:read.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from backend.catalog.models import Sku
from backend.catalog.pricing import prices_for
from backend.errors import NotFound, ValidationError
from backend.orders.models import Order, OrderItem, OrderStatus, Shipment, ShipmentLine
from backend.orders.serializers import order_body, order_dict
from backend.stock.availability import stock_lookup
from backend.timestamps import CHINA, iso

MEMBER_FIELDS = ("member_id", "member_code", "buyer_remark")
ORDER_FIELDS = ("order_no", "status", "channel", "external_id", "location_code", "subtotal_fen", "discount_fen",
                "shipping_fen", "total_fen", "paid_fen", "refunded_fen", "payment_method", "pickup", "placed_at",
                "paid_at", "shipped_at", "completed_at", "cancelled_at", "items")


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        after = data["after"]
        if isinstance(after, int) and not isinstance(after, bool) and 0 <= after < 2**63:
            return after
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        pass
    raise ValidationError("cursor 参数不合法，请使用上一页返回的 next_cursor",
                          details=[{"field": "cursor", "message": "取值不合法"}])


def _page(rows: list[Any], limit: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    more = len(rows) > limit
    return {"items": items, "next_cursor": encode_cursor(rows[limit - 1].id) if more else None}


def partner_order(data: dict[str, Any], *, members: bool) -> dict[str, Any]:
    out = {k: data[k] for k in ORDER_FIELDS}
    out["items"] = [{k: i[k] for k in ("sku_code", "name", "qty", "unit_price_fen", "discount_fen",
                                       "line_total_fen", "qty_shipped", "qty_returned")} for i in data["items"]]
    if members:
        out.update({k: data.get(k) for k in MEMBER_FIELDS})
    return out


async def list_orders(*, cursor: str | None, limit: int, status: OrderStatus | None = None,
                      updated_since: datetime | None = None, members: bool = False) -> dict[str, Any]:
    """Orders by id ascending, after the cursor (two queries per page: orders, their items)."""
    query = Order.filter(id__gt=decode_cursor(cursor))
    if status is not None:
        query = query.filter(status=status)
    if updated_since is not None:  # a time without a zone is China time, as every time the API answers
        if updated_since.tzinfo is None:
            updated_since = updated_since.replace(tzinfo=CHINA)
        query = query.filter(updated_at__gte=updated_since)
    rows = await query.order_by("id").limit(limit + 1).select_related("location", "member")
    page = rows[:limit]
    items: dict[int, list[tuple[OrderItem, str]]] = {o.id: [] for o in page}
    for item in await OrderItem.filter(order_id__in=list(items)).select_related("sku").order_by("id"):
        items[item.order_id].append((item, item.sku.code))
    bodies = [order_dict(o, items[o.id], location_code=o.location.code if o.location else None,
                         member_code=o.member.member_code if o.member else None) for o in page]
    return _page(rows, limit, [partner_order(b, members=members) for b in bodies])


CODE_MAX = 32  # longer order numbers and SKU codes in a path exist nowhere: 404 without a lookup


async def get_order(order_no: str, *, members: bool = False) -> dict[str, Any]:
    order = await Order.get_or_none(order_no=order_no) if len(order_no) <= CODE_MAX else None
    if order is None:
        raise NotFound(f"订单 {order_no} 不存在")
    body = await order_body(order.id)
    return {"order": partner_order(body["order"], members=members)}


def sku_json(sku: Sku, price_fen: int) -> dict[str, Any]:
    return {"sku_code": sku.code, "name": sku.name, "barcode": sku.barcode, "spec": sku.spec, "unit": sku.unit,
            "price_fen": price_fen, "list_price_fen": int(sku.price_fen), "is_active": sku.is_active}


async def list_skus(*, cursor: str | None, limit: int) -> dict[str, Any]:
    rows = await Sku.filter(id__gt=decode_cursor(cursor)).order_by("id").limit(limit + 1)
    prices = await prices_for(rows[:limit], None, None)
    return _page(rows, limit, [sku_json(s, prices[s.id]) for s in rows[:limit]])


async def get_sku(code: str) -> dict[str, Any]:
    sku = await Sku.get_or_none(code=code) if len(code) <= CODE_MAX else None
    if sku is None:
        raise NotFound(f"商品 {code} 不存在")
    prices = await prices_for([sku], None, None)
    return {"sku": sku_json(sku, prices[sku.id])}


async def stock_of(sku_code: str) -> dict[str, Any]:
    """Quantities per active location (the stock service's lookup, batches left out)."""
    if len(sku_code) > CODE_MAX:
        raise NotFound(f"商品 {sku_code[:CODE_MAX]} 不存在")
    found = await stock_lookup(sku_code=sku_code)
    if found.get("sku_code") != sku_code:
        raise NotFound(f"商品 {sku_code} 不存在")
    return {"sku_code": sku_code, "totals": {k: found["totals"][k] for k in ("on_hand", "reserved", "available")},
            "locations": [{"location_code": loc["location_code"], "on_hand": loc["on_hand"],
                           "reserved": loc["reserved"], "available": loc["available"]} for loc in found["locations"]]}


async def list_shipments(*, cursor: str | None, limit: int, order_no: str | None = None) -> dict[str, Any]:
    query = Shipment.filter(id__gt=decode_cursor(cursor))
    if order_no:
        query = query.filter(order__order_no=order_no)
    rows = await query.order_by("id").limit(limit + 1).select_related("order", "location")
    page = rows[:limit]
    lines: dict[int, list[dict[str, Any]]] = {s.id: [] for s in page}
    for line in await ShipmentLine.filter(shipment_id__in=list(lines)).select_related(
            "order_item__sku", "batch").order_by("id"):
        lines[line.shipment_id].append({"sku_code": line.order_item.sku.code, "qty": line.qty,
                                        "batch_no": line.batch.batch_no})
    items = [{"shipment_no": s.shipment_no, "order_no": s.order.order_no, "location_code": s.location.code,
              "carrier": s.carrier, "tracking_no": s.tracking_no, "shipped_at": iso(s.shipped_at),
              "lines": lines[s.id]} for s in page]
    return _page(rows, limit, items)
