"""The mini-program's shop (no token needed): top categories, stores, products of a category or a search, and one
SKU's page (what the shopper's store has, its variants). Prices are what checkout charges: backend.catalog.pricing,
the mini-program channel's price lists at the store the shopper chose, channel-wide without one."""

from __future__ import annotations

from typing import Any

from backend.catalog.models import Category, Sku
from backend.catalog.pricing import price_for, prices_for
from backend.catalog.products import descendant_ids
from backend.errors import NotFound
from backend.org.models import Location, LocationKind
from backend.stock.models import Stock

SHOP_CHANNEL = "miniprogram"
PAGE_SIZE = 20


def _sku_item(s: Sku, price_fen: int) -> dict[str, Any]:
    """price_fen: what checkout charges for it; list_price_fen: the SKU's own price."""
    return {"sku_code": s.code, "name": s.name, "price_fen": price_fen, "list_price_fen": int(s.price_fen),
            "image": "", "spec": s.spec}


async def categories() -> list[dict[str, Any]]:
    rows = await Category.filter(parent_id=None).order_by("sort", "id").values_list("id", "name")
    return [{"id": i, "name": n} for i, n in rows]


async def stores() -> list[dict[str, Any]]:
    rows = await Location.filter(kind=LocationKind.STORE, is_active=True).order_by("code")
    return [{"code": loc.code, "name": loc.name, "address": loc.address} for loc in rows]


async def products(*, category_id: int | None, q: str | None, page: int) -> dict[str, Any]:
    qs = Sku.filter(is_active=True, product__is_active=True)
    if category_id is not None:
        qs = qs.filter(product__category_id__in=list(set(await descendant_ids(category_id, None)) | {category_id}))
    if q:
        qs = qs.filter(name__icontains=q.strip())
    total = await qs.count()
    rows = await qs.order_by("code").offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
    prices = await prices_for(rows, SHOP_CHANNEL, None)
    return {"items": [_sku_item(s, prices[s.id]) for s in rows], "total": total}


async def sku_page(sku_code: str, location_code: str | None) -> dict[str, Any]:
    sku = await Sku.get_or_none(code=sku_code, is_active=True).select_related("product__brand")
    if sku is None:
        raise NotFound("商品不存在或已下架")
    available = 0
    loc = None
    if location_code:
        loc = await Location.get_or_none(code=location_code)
        if loc is None:
            raise NotFound("门店不存在")
        rows = await Stock.filter(sku_id=sku.id, location_id=loc.id).values_list("on_hand", "reserved")
        available = sum(max(int(h) - int(r), 0) for h, r in rows)
    price = await price_for(sku, SHOP_CHANNEL, loc)
    p = sku.product
    age = None
    if p.age_min_months is not None or p.age_max_months is not None:
        age = f"{p.age_min_months or 0}-{p.age_max_months or ''}个月"
    # Other sizes and stages a shopper may exchange this SKU for: the product's other SKUs, then the same brand's
    # SKUs in the same category (another stage is often another product), at the price checkout would charge.
    variants = await Sku.filter(is_active=True, product__is_active=True, product__category_id=p.category_id,
                                product__brand_id=p.brand_id).exclude(id=sku.id) \
        .select_related("product").order_by("product_id", "code").limit(20)
    variants.sort(key=lambda v: (v.product_id != p.id, v.product.formula_stage or 0, v.code))
    variant_prices = await prices_for(variants, SHOP_CHANNEL, loc) if variants else {}
    return {**_sku_item(sku, price), "available": available, "stage": p.formula_stage, "age_range": age,
               "brand": p.brand.name if p.brand else None, "description": p.description,
               "variants": [{**_sku_item(v, variant_prices[v.id]), "stage": v.product.formula_stage}
                            for v in variants]}
