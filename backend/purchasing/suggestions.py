"""Replenishment suggestions per SKU x location, and turning them into draft purchase orders.

For each SKU a location stocks or sold within the window:
    velocity   = units sold (sale movements) over the last `velocity_window_days` / window  (units per day)
    need       = velocity x (supplier lead time + `safety_stock_days`)
    position   = on hand - reserved (unexpired) + still to come on open or draft POs for that location
    suggest    = need - position, rounded up to the supplier's minimum order quantity (0 when not positive)
The supplier is the SKU's preferred supplier, else the cheapest. Integer arithmetic: velocity is kept as
(units, days) and need rounded up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from tortoise.functions import Sum

from backend.catalog.models import Sku
from backend.errors import ValidationError
from backend.org.models import Location
from backend.purchasing.models import POStatus, PurchaseOrder, PurchaseOrderLine, SupplierProduct
from backend.purchasing.orders import OPEN_STATUSES, POIn, POLineIn, create_po
from backend.purchasing.settings_store import get_setting
from backend.security.actor import Actor
from backend.stock.lookups import location_by_code
from backend.stock.models import MovementKind, Stock, StockMovement
from backend.timestamps import business_today, day_bounds


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


async def suggestions(location_code: str, *, on: dt.date | None = None) -> list[dict[str, Any]]:
    loc = await location_by_code(location_code)
    on = on or business_today()
    window = await get_setting("velocity_window_days")
    safety = await get_setting("safety_stock_days")
    since = day_bounds(on - dt.timedelta(days=window), on)[0]
    sold_rows = await StockMovement.filter(location_id=loc.id, kind=MovementKind.SALE, created_at__gte=since) \
        .annotate(total=Sum("on_hand_delta")).group_by("sku_id").values("sku_id", "total")
    sold = {int(r["sku_id"]): -int(r["total"] or 0) for r in sold_rows}
    stock: dict[int, int] = {}
    for s in await Stock.filter(location_id=loc.id).select_related("batch"):
        if s.batch.expiry_date and s.batch.expiry_date < on:
            continue
        stock[s.sku_id] = stock.get(s.sku_id, 0) + s.on_hand - s.reserved
    open_qty: dict[int, int] = {}
    for ln in await PurchaseOrderLine.filter(po__location_id=loc.id, po__status__in=[POStatus.DRAFT, *OPEN_STATUSES]):
        open_qty[ln.sku_id] = open_qty.get(ln.sku_id, 0) + max(ln.qty - ln.qty_received, 0)
    offers: dict[int, SupplierProduct] = {}
    for sp in await SupplierProduct.filter(supplier__is_active=True).select_related("supplier"):
        cur = offers.get(sp.sku_id)
        if cur is None or (sp.is_preferred, -sp.price_fen) > (cur.is_preferred, -cur.price_fen):
            offers[sp.sku_id] = sp
    sku_ids = sorted(set(sold) | set(stock))
    skus = {s.id: s for s in await Sku.filter(id__in=sku_ids, is_active=True)}
    out = []
    for sku_id in sku_ids:
        sku = skus.get(sku_id)
        offer = offers.get(sku_id)
        if sku is None or offer is None:
            continue
        units = sold.get(sku_id, 0)
        need = _ceil_div(units * (offer.lead_time_days + safety), window) if units > 0 else 0
        position = stock.get(sku_id, 0) + open_qty.get(sku_id, 0)
        qty = need - position
        if qty <= 0:
            continue
        qty = _ceil_div(qty, offer.min_order_qty) * offer.min_order_qty
        out.append({
            "sku_code": sku.code, "name": sku.name, "location_code": loc.code,
            "sold_in_window": units, "window_days": window, "lead_time_days": offer.lead_time_days,
            "safety_stock_days": safety, "need": need, "available": stock.get(sku_id, 0),
            "on_order": open_qty.get(sku_id, 0), "suggested_qty": qty,
            "supplier_code": offer.supplier.code, "supplier_name": offer.supplier.name,
            "unit_price_fen": offer.price_fen,
        })
    return out


async def draft_from_suggestions(location_code: str, sku_codes: Collection[str] | None = None,
                                 quantities: Mapping[str, int] | None = None, *,
                                 actor: Actor) -> list[PurchaseOrder]:
    """One draft PO per supplier holding the suggested lines (optionally only `sku_codes`, optionally with the
    buyer's `quantities` instead of the suggested ones)."""
    loc: Location = await location_by_code(location_code)
    actor.require_location(loc.id)
    rows = await suggestions(location_code)
    if sku_codes is not None:
        wanted = set(sku_codes)
        rows = [r for r in rows if r["sku_code"] in wanted]
    if not rows:
        raise ValidationError("当前没有需要补货的商品")
    quantities = quantities or {}
    by_supplier: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_supplier.setdefault(r["supplier_code"], []).append(r)
    pos = []
    for code, rs in sorted(by_supplier.items()):
        pos.append(await create_po(POIn(
            supplier_code=code, location_code=loc.code, note="由补货建议生成",
            lines=[POLineIn(sku_code=r["sku_code"], qty=quantities.get(r["sku_code"], r["suggested_qty"])) for r in rs],
        ), actor=actor))
    return pos



