"""Catalogue and price lists for HQ (thin handlers over backend.catalog.products). Purchasers and store
managers read; HQ changes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from backend.catalog import products
from backend.catalog.models import Brand, PriceList, PriceListItem, Product, Sku
from backend.catalog.search import search_skus
from backend.errors import NotFound
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Channel, Role
from backend.security import current_actor, requires
from backend.timestamps import iso

bp = Blueprint("admin_catalog", url_prefix="/catalog")
READERS = (Role.HQ_ADMIN, Role.PURCHASER, Role.STORE_MANAGER, Role.FINANCE)


def sku_dict(s: Sku) -> dict[str, Any]:
    return {"id": s.id, "code": s.code, "product_id": s.product_id, "name": s.name, "spec": s.spec,
            "barcode": s.barcode, "unit": s.unit, "price_fen": s.price_fen, "tax_rate_bp": s.tax_rate_bp,
            "low_stock_threshold": s.low_stock_threshold, "batch_tracked": s.batch_tracked,
            "is_active": s.is_active}


def product_dict(p: Product) -> dict[str, Any]:
    return {"id": p.id, "code": p.code, "name": p.name, "brand_id": p.brand_id, "category_id": p.category_id,
            "description": p.description, "age_min_months": p.age_min_months, "age_max_months": p.age_max_months,
            "formula_stage": p.formula_stage, "shelf_life_days": p.shelf_life_days, "is_active": p.is_active}


def price_list_dict(pl: PriceList) -> dict[str, Any]:
    return {"id": pl.id, "name": pl.name, "channel": pl.channel, "location_id": pl.location_id,
            "valid_from": iso(pl.valid_from),
            "valid_to": iso(pl.valid_to), "is_active": pl.is_active}


class BrandIn(Body):
    name: str = Field(min_length=1, max_length=64)


class CategoryIn(Body):
    name: str = Field(min_length=1, max_length=64)
    parent_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    sort: int = Field(default=0, ge=-1_000_000, le=1_000_000)


class CategoryUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    parent_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    sort: int | None = Field(default=None, ge=-1_000_000, le=1_000_000)


class _BabyAttributes(Body):
    age_min_months: int | None = Field(default=None, ge=0, le=216)
    age_max_months: int | None = Field(default=None, ge=0, le=216)
    formula_stage: int | None = Field(default=None, ge=1, le=4)
    shelf_life_days: int | None = Field(default=None, ge=1, le=3650)


class ProductIn(_BabyAttributes):
    code: str = Field(pattern=products.CODE_PATTERN)
    name: str = Field(min_length=1, max_length=128)
    brand_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    category_id: int = Field(ge=1, le=2**31 - 1)
    description: str = Field(default="", max_length=4000)


class ProductUpdate(_BabyAttributes):
    name: str | None = Field(default=None, min_length=1, max_length=128)
    brand_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    category_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    description: str | None = Field(default=None, max_length=4000)
    is_active: bool | None = None


class SkuIn(Body):
    code: str = Field(pattern=products.CODE_PATTERN)
    product_code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=160)
    spec: str = Field(default="", max_length=64)
    barcode: str | None = None
    unit: str = Field(default="件", min_length=1, max_length=8)
    price_fen: int = Field(ge=0, le=100_000_000)
    tax_rate_bp: int = Field(default=1300, ge=0, le=10000)
    low_stock_threshold: int = Field(default=10, ge=0, le=1_000_000)
    batch_tracked: bool = True


class SkuUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=160)
    spec: str | None = Field(default=None, max_length=64)
    barcode: str | None = None
    unit: str | None = Field(default=None, min_length=1, max_length=8)
    price_fen: int | None = Field(default=None, ge=0, le=100_000_000)
    tax_rate_bp: int | None = Field(default=None, ge=0, le=10000)
    low_stock_threshold: int | None = Field(default=None, ge=0, le=1_000_000)
    batch_tracked: bool | None = None
    is_active: bool | None = None


class PriceListIn(Body):
    name: str = Field(min_length=1, max_length=64)
    channel: Channel | None = None
    location_code: str | None = Field(default=None, max_length=32)
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    is_active: bool = True


class PriceListUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    is_active: bool | None = None


class PriceItemIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    price_fen: int = Field(ge=0, le=100_000_000)


class PriceItemsIn(Body):
    items: list[PriceItemIn] = Field(min_length=1, max_length=5000)


def _user(request: Request) -> Any:
    return current_actor(request).user


@bp.get("/brands")
@requires(*READERS)
async def list_brands(request: Request) -> HTTPResponse:
    return ok({"items": [{"id": b.id, "name": b.name} for b in await products.list_brands()]})


@bp.post("/brands")
@doc_body(BrandIn)
@requires(Role.HQ_ADMIN)
async def create_brand(request: Request) -> HTTPResponse:
    b: Brand = await products.create_brand(parse_body(request, BrandIn).name, user=_user(request))
    return created({"id": b.id, "name": b.name})


@bp.put("/brands/<brand_id:int>")
@doc_body(BrandIn)
@requires(Role.HQ_ADMIN)
async def rename_brand(request: Request, brand_id: int) -> HTTPResponse:
    b = await products.rename_brand(brand_id, parse_body(request, BrandIn).name, user=_user(request))
    return ok({"id": b.id, "name": b.name})


@bp.get("/categories")
@requires(*READERS)
async def categories(request: Request) -> HTTPResponse:
    return ok({"items": await products.category_tree()})


@bp.post("/categories")
@doc_body(CategoryIn)
@requires(Role.HQ_ADMIN)
async def create_category(request: Request) -> HTTPResponse:
    body = parse_body(request, CategoryIn)
    c = await products.create_category(body.name, body.parent_id, body.sort, user=_user(request))
    return created({"id": c.id, "name": c.name, "parent_id": c.parent_id, "sort": c.sort})


@bp.patch("/categories/<category_id:int>")
@doc_body(CategoryUpdate)
@requires(Role.HQ_ADMIN)
async def update_category(request: Request, category_id: int) -> HTTPResponse:
    c = await products.update_category(category_id, parse_body(request, CategoryUpdate).changes(),
                                       user=_user(request))
    return ok({"id": c.id, "name": c.name, "parent_id": c.parent_id, "sort": c.sort})


@bp.post("/products")
@doc_body(ProductIn)
@requires(Role.HQ_ADMIN)
async def create_product(request: Request) -> HTTPResponse:
    p = await products.create_product(parse_body(request, ProductIn).to(products.NewProduct), user=_user(request))
    return created(product_dict(p))


@bp.get("/products/<code:str>")
@requires(*READERS)
async def get_product(request: Request, code: str) -> HTTPResponse:
    p = await Product.get_or_none(code=code)
    if p is None:
        raise NotFound("商品不存在")
    skus = await Sku.filter(product_id=p.id).order_by("code")
    return ok({**product_dict(p), "skus": [sku_dict(s) for s in skus]})


@bp.patch("/products/<code:str>")
@doc_body(ProductUpdate)
@requires(Role.HQ_ADMIN)
async def update_product(request: Request, code: str) -> HTTPResponse:
    p = await products.update_product(code, parse_body(request, ProductUpdate).changes(),
                                     user=_user(request))
    return ok(product_dict(p))


class SkuQuery(PageQuery):
    q: str | None = Field(default=None, max_length=64)
    include_inactive: bool = True


@bp.get("/skus")
@requires(*READERS)
async def list_skus(request: Request) -> HTTPResponse:
    q = parse_query(request, SkuQuery)
    result = await search_skus(q.q, page=q.page, page_size=q.page_size, include_inactive=q.include_inactive)
    return ok({"items": [sku_dict(s) for s in result.items], "total": result.total, "page": result.page,
               "page_size": result.page_size})


@bp.post("/skus")
@doc_body(SkuIn)
@requires(Role.HQ_ADMIN)
async def create_sku(request: Request) -> HTTPResponse:
    s = await products.create_sku(parse_body(request, SkuIn).to(products.NewSku), user=_user(request))
    return created(sku_dict(s))


@bp.patch("/skus/<code:str>")
@doc_body(SkuUpdate)
@requires(Role.HQ_ADMIN)
async def update_sku(request: Request, code: str) -> HTTPResponse:
    s = await products.update_sku(code, parse_body(request, SkuUpdate).changes(), user=_user(request))
    return ok(sku_dict(s))


@bp.get("/price-lists")
@requires(*READERS)
async def list_price_lists(request: Request) -> HTTPResponse:
    return ok({"items": [price_list_dict(pl) for pl in await products.list_price_lists()]})


@bp.post("/price-lists")
@doc_body(PriceListIn)
@requires(Role.HQ_ADMIN)
async def create_price_list(request: Request) -> HTTPResponse:
    pl = await products.create_price_list(parse_body(request, PriceListIn).to(products.NewPriceList),
                                         user=_user(request))
    return created(price_list_dict(pl))


@bp.get("/price-lists/<price_list_id:int>")
@requires(*READERS)
async def get_price_list(request: Request, price_list_id: int) -> HTTPResponse:
    pl = await PriceList.get_or_none(id=price_list_id)
    if pl is None:
        raise NotFound("价格表不存在")
    items = await PriceListItem.filter(price_list_id=pl.id).select_related("sku").order_by("sku__code")
    return ok({**price_list_dict(pl),
               "items": [{"sku_code": i.sku.code, "name": i.sku.name, "price_fen": i.price_fen} for i in items]})


@bp.patch("/price-lists/<price_list_id:int>")
@doc_body(PriceListUpdate)
@requires(Role.HQ_ADMIN)
async def update_price_list(request: Request, price_list_id: int) -> HTTPResponse:
    pl = await products.update_price_list(price_list_id, parse_body(request, PriceListUpdate).changes(),
                                          user=_user(request))
    return ok(price_list_dict(pl))


@bp.put("/price-lists/<price_list_id:int>/items")
@doc_body(PriceItemsIn)
@requires(Role.HQ_ADMIN)
async def set_price_list_items(request: Request, price_list_id: int) -> HTTPResponse:
    items = [products.PriceItem(i.sku_code, i.price_fen) for i in parse_body(request, PriceItemsIn).items]
    n = await products.set_price_list_items(price_list_id, items,
                                            user=_user(request))
    return ok({"updated": n})


@bp.delete("/price-lists/<price_list_id:int>/items/<sku_code:str>")
@requires(Role.HQ_ADMIN)
async def remove_price_list_item(request: Request, price_list_id: int, sku_code: str) -> HTTPResponse:
    await products.remove_price_list_item(price_list_id, sku_code, user=_user(request))
    return ok({"removed": True})
