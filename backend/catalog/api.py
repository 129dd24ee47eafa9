"""HTTP routes for catalog (thin handlers over the catalog services)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.catalog import products, search
from backend.catalog.models import PriceListItem, Sku
from backend.catalog.pricing import prices_for
from backend.errors import NotFound, ValidationError
from backend.http import ok, parse_query
from backend.org.models import Channel, Location
from backend.security import requires

bp = Blueprint("catalog", url_prefix="/api/v1")


class SkuQuery(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    q: str | None = Field(default=None, max_length=64)
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=search.MAX_PAGE_SIZE)
    category_id: int | None = None
    brand_id: int | None = None
    include_inactive: bool = False
    channel: Channel | None = None
    location_code: str | None = Field(default=None, max_length=32)


def sku_summary(sku: Sku, price_fen: int) -> dict[str, Any]:
    product = sku.product
    brand = product.brand
    return {
        "sku_code": sku.code, "name": sku.name, "barcode": sku.barcode, "price_fen": price_fen,
        "list_price_fen": int(sku.price_fen), "spec": sku.spec, "unit": sku.unit,
        "product_code": product.code, "brand": brand.name if brand else None, "category_id": product.category_id,
        "formula_stage": product.formula_stage, "is_active": sku.is_active,
    }


@bp.get("/skus")
@requires(staff=True)
async def list_skus(request: Request) -> HTTPResponse:
    """Search SKUs by name, pinyin initials (e.g. "atm" for 爱他美), barcode or SKU code. Staff only."""
    query = parse_query(request, SkuQuery)
    category_ids = await products.descendant_ids(query.category_id) if query.category_id else None
    location = None
    if query.location_code:
        location = await Location.get_or_none(code=query.location_code)
        if location is None:
            raise ValidationError(f"门店或仓库 {query.location_code} 不存在")
    result = await search.search_skus(query.q, page=query.page, page_size=query.page_size,
                                      include_inactive=query.include_inactive, category_ids=category_ids,
                                      brand_id=query.brand_id)
    prices = await prices_for(result.items, query.channel, location)
    return ok({"items": [sku_summary(s, prices[s.id]) for s in result.items], "total": result.total,
               "page": result.page, "page_size": result.page_size})


@bp.get("/skus/<code:str>")
@requires(staff=True)
async def sku_detail(request: Request, code: str) -> HTTPResponse:
    """One SKU (by code, or by barcode) with its product, brand, category, baby attributes and price lists."""
    sku = await search.find_sku(code)
    if sku is None:
        raise NotFound(f"SKU {code} 不存在")
    await sku.fetch_related("product", "product__brand", "product__category")
    product = sku.product
    items = await PriceListItem.filter(sku_id=sku.id).select_related("price_list", "price_list__location") \
        .order_by("price_list_id")
    return ok({
        "sku_code": sku.code, "name": sku.name, "spec": sku.spec, "barcode": sku.barcode, "unit": sku.unit,
        "price_fen": int(sku.price_fen), "tax_rate_bp": sku.tax_rate_bp, "pinyin_initials": sku.pinyin_initials,
        "low_stock_threshold": sku.low_stock_threshold, "batch_tracked": sku.batch_tracked,
        "is_active": sku.is_active,
        "product": {"code": product.code, "name": product.name, "description": product.description,
                    "is_active": product.is_active},
        "brand": {"id": product.brand.id, "name": product.brand.name} if product.brand else None,
        "category": {"id": product.category.id, "name": product.category.name,
                     "path": await products.category_path(product.category)},
        "baby": {"age_min_months": product.age_min_months, "age_max_months": product.age_max_months,
                 "formula_stage": product.formula_stage, "shelf_life_days": product.shelf_life_days},
        "price_lists": [
            {"id": i.price_list.id, "name": i.price_list.name, "channel": i.price_list.channel,
             "location_code": i.price_list.location.code if i.price_list.location else None,
             "price_fen": int(i.price_fen), "valid_from": i.price_list.valid_from,
             "valid_to": i.price_list.valid_to, "is_active": i.price_list.is_active}
            for i in items
        ],
    })


@bp.get("/categories")
@requires()
async def categories(request: Request) -> HTTPResponse:
    """The category tree."""
    return ok({"items": await products.category_tree()})


@bp.get("/brands")
@requires()
async def brands(request: Request) -> HTTPResponse:
    """Every brand, by name."""
    return ok({"items": [{"id": b.id, "name": b.name} for b in await products.list_brands()]})
