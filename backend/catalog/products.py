"""Catalogue maintenance: brands, the category tree, products, SKUs and price lists.

Write services take plain arguments or a parameter object (the HTTP layer validates the request body and
converts it; an update takes the mapping of the fields the caller sent), refuse duplicates with a 409 `conflict` in Chinese, and record an audit row in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Brand, Category, PriceList, PriceListItem, Product, Sku
from backend.errors import Conflict, NotFound, ValidationError
from backend.org.models import Channel, Location
from backend.timestamps import iso

CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"


def ean13_check_digit(first12: str) -> int:
    """The EAN-13 check digit of the first 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def valid_barcode(barcode: str) -> bool:
    """8 to 14 digits; a 13-digit code (EAN-13) must carry the right check digit."""
    if not re.fullmatch(r"\d{8,14}", barcode):
        return False
    if len(barcode) == 13:
        return ean13_check_digit(barcode[:12]) == int(barcode[12])
    return True


# ---------------------------------------------------------------- parameter objects


@dataclass(frozen=True)
class NewProduct:
    code: str
    name: str
    category_id: int
    brand_id: int | None = None
    description: str = ""
    age_min_months: int | None = None
    age_max_months: int | None = None
    formula_stage: int | None = None
    shelf_life_days: int | None = None


@dataclass(frozen=True)
class NewSku:
    code: str
    product_code: str
    name: str
    price_fen: int
    spec: str = ""
    barcode: str | None = None
    unit: str = "件"
    tax_rate_bp: int = 1300
    low_stock_threshold: int = 10
    batch_tracked: bool = True


@dataclass(frozen=True)
class NewPriceList:
    name: str
    channel: Channel | None = None
    location_code: str | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    is_active: bool = True


@dataclass(frozen=True)
class PriceItem:
    sku_code: str
    price_fen: int


# ---------------------------------------------------------------- helpers


def _snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        v = getattr(obj, f)
        out[f] = iso(v) if isinstance(v, datetime) else v
    return out


def _check_barcode(barcode: str | None) -> None:
    if barcode is not None and not valid_barcode(barcode):
        raise ValidationError(f"条码 {barcode} 不合法：须为 8-14 位数字，13 位条码须符合 EAN-13 校验位")


def _check_ages(lo: int | None, hi: int | None) -> None:
    if lo is not None and hi is not None and lo > hi:
        raise ValidationError("适用月龄下限不能大于上限")


def _check_window(start: datetime | None, end: datetime | None) -> None:
    for value in (start, end):
        # Also keeps dates the database and the local time zone can hold (year 1 or 9999 overflow on read).
        if value is not None and not datetime(2000, 1, 1, tzinfo=value.tzinfo) <= value <= \
                datetime(2100, 1, 1, tzinfo=value.tzinfo):
            raise ValidationError("价格表时间须在 2000 年至 2100 年之间")
    if start and end and end <= start:
        raise ValidationError("价格表结束时间须晚于开始时间")


async def _brand(brand_id: int | None, conn: BaseDBAsyncClient) -> Brand | None:
    if brand_id is None:
        return None
    brand = await Brand.get_or_none(id=brand_id).using_db(conn)
    if brand is None:
        raise ValidationError(f"品牌 {brand_id} 不存在")
    return brand


async def _category(category_id: int, conn: BaseDBAsyncClient) -> Category:
    cat = await Category.get_or_none(id=category_id).using_db(conn)
    if cat is None:
        raise ValidationError(f"分类 {category_id} 不存在")
    return cat


# ---------------------------------------------------------------- brands


async def list_brands(conn: BaseDBAsyncClient | None = None) -> list[Brand]:
    return await Brand.all().using_db(conn).order_by("name")


async def create_brand(name: str, *, user: Any = None, via: str = "admin") -> Brand:
    async with in_transaction() as conn:
        if await Brand.filter(name=name).using_db(conn).exists():
            raise Conflict(f"品牌「{name}」已存在")
        try:
            brand = await Brand.create(name=name, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"品牌「{name}」已存在") from exc
        await record_audit(user, "catalog.brand.create", "brand", brand.id, after={"name": brand.name}, via=via,
                           using_db=conn)
    return brand


async def rename_brand(brand_id: int, name: str, *, user: Any = None, via: str = "admin") -> Brand:
    async with in_transaction() as conn:
        brand = await Brand.get_or_none(id=brand_id).using_db(conn)
        if brand is None:
            raise NotFound("品牌不存在")
        if await Brand.filter(name=name).exclude(id=brand_id).using_db(conn).exists():
            raise Conflict(f"品牌「{name}」已存在")
        before = brand.name
        brand.name = name
        await brand.save(using_db=conn, update_fields=["name"])
        await record_audit(user, "catalog.brand.update", "brand", brand.id, before={"name": before},
                           after={"name": brand.name}, via=via, using_db=conn)
    return brand


# ---------------------------------------------------------------- categories


async def category_tree(conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    """Every category as nested {"id", "name", "sort", "parent_id", "children": [...]}."""
    cats = await Category.all().using_db(conn).order_by("sort", "id")
    nodes = {c.id: {"id": c.id, "name": c.name, "sort": c.sort, "parent_id": c.parent_id, "children": []}
             for c in cats}
    roots: list[dict[str, Any]] = []
    for c in cats:
        node = nodes[c.id]
        parent = nodes.get(c.parent_id) if c.parent_id else None
        (parent["children"] if parent else roots).append(node)
    return roots


async def descendant_ids(category_id: int, conn: BaseDBAsyncClient | None = None) -> list[int]:
    """The category and every category below it."""
    pairs = await Category.all().using_db(conn).values_list("id", "parent_id")
    children: dict[int | None, list[int]] = {}
    for cid, pid in pairs:
        children.setdefault(pid, []).append(cid)
    out, todo = [], [category_id]
    while todo:
        cid = todo.pop()
        out.append(cid)
        todo.extend(children.get(cid, []))
    return out


async def category_path(category: Category, conn: BaseDBAsyncClient | None = None) -> list[str]:
    """Names from the root down to `category`, e.g. ["奶粉", "婴儿配方奶粉"]."""
    names = [category.name]
    parent_id, seen = category.parent_id, {category.id}
    while parent_id and parent_id not in seen:
        seen.add(parent_id)
        parent = await Category.get_or_none(id=parent_id).using_db(conn)
        if parent is None:
            break
        names.append(parent.name)
        parent_id = parent.parent_id
    return list(reversed(names))


async def _sibling_conflict(name: str, parent_id: int | None, conn: BaseDBAsyncClient,
                            exclude_id: int | None = None) -> None:
    qs = Category.filter(name=name, parent_id=parent_id) if parent_id else Category.filter(
        name=name, parent_id__isnull=True)
    if exclude_id:
        qs = qs.exclude(id=exclude_id)
    if await qs.using_db(conn).exists():
        raise Conflict(f"同级分类「{name}」已存在")


async def create_category(name: str, parent_id: int | None = None, sort: int = 0, *, user: Any = None,
                          via: str = "admin") -> Category:
    async with in_transaction() as conn:
        if parent_id is not None:
            await _category(parent_id, conn)
        await _sibling_conflict(name, parent_id, conn)
        try:
            cat = await Category.create(name=name, parent_id=parent_id, sort=sort, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"同级分类「{name}」已存在") from exc
        await record_audit(user, "catalog.category.create", "category", cat.id,
                           after={"name": cat.name, "parent_id": cat.parent_id}, via=via, using_db=conn)
    return cat


async def update_category(category_id: int, changes: Mapping[str, Any], *, user: Any = None,
                          via: str = "admin") -> Category:
    async with in_transaction() as conn:
        cat = await Category.get_or_none(id=category_id).using_db(conn)
        if cat is None:
            raise NotFound("分类不存在")
        for required in ("name", "sort"):
            if required in changes and changes[required] is None:
                raise ValidationError(f"参数 {required} 不能为空")
        before = _snapshot(cat, ["name", "parent_id", "sort"])
        if "parent_id" in changes and changes["parent_id"] is not None:
            if changes["parent_id"] in await descendant_ids(cat.id, conn):
                raise ValidationError("不能把分类移到它自己或它的下级分类之下")
            await _category(changes["parent_id"], conn)
        name = changes.get("name", cat.name)
        parent_id = changes.get("parent_id", cat.parent_id)
        await _sibling_conflict(name, parent_id, conn, exclude_id=cat.id)
        for k, v in changes.items():
            setattr(cat, k, v)
        await cat.save(using_db=conn)
        await record_audit(user, "catalog.category.update", "category", cat.id, before=before,
                           after=_snapshot(cat, ["name", "parent_id", "sort"]), via=via, using_db=conn)
    return cat


# ---------------------------------------------------------------- products

PRODUCT_FIELDS = ["code", "name", "brand_id", "category_id", "description", "age_min_months", "age_max_months",
                  "formula_stage", "shelf_life_days", "is_active"]


async def create_product(new: NewProduct, *, user: Any = None, via: str = "admin") -> Product:
    _check_ages(new.age_min_months, new.age_max_months)
    async with in_transaction() as conn:
        await _brand(new.brand_id, conn)
        await _category(new.category_id, conn)
        if await Product.filter(code=new.code).using_db(conn).exists():
            raise Conflict(f"商品编码 {new.code} 已存在")
        try:
            product = await Product.create(**asdict(new), using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"商品编码 {new.code} 已存在") from exc
        await record_audit(user, "catalog.product.create", "product", product.code,
                           after=_snapshot(product, PRODUCT_FIELDS), via=via, using_db=conn)
    return product


async def update_product(code: str, changes: Mapping[str, Any], *, user: Any = None, via: str = "admin") -> Product:
    async with in_transaction() as conn:
        product = await Product.get_or_none(code=code).using_db(conn)
        if product is None:
            raise NotFound(f"商品 {code} 不存在")
        for required in ("name", "description", "is_active"):
            if required in changes and changes[required] is None:
                raise ValidationError(f"参数 {required} 不能为空")
        if "brand_id" in changes:
            await _brand(changes["brand_id"], conn)
        if changes.get("category_id") is not None:
            await _category(changes["category_id"], conn)
        elif "category_id" in changes:
            raise ValidationError("商品必须属于一个分类")
        _check_ages(changes.get("age_min_months", product.age_min_months),
                    changes.get("age_max_months", product.age_max_months))
        before = _snapshot(product, PRODUCT_FIELDS)
        for k, v in changes.items():
            setattr(product, k, v)
        await product.save(using_db=conn)
        await record_audit(user, "catalog.product.update", "product", product.code, before=before,
                           after=_snapshot(product, PRODUCT_FIELDS), via=via, using_db=conn)
    return product


# ---------------------------------------------------------------- SKUs

SKU_FIELDS = ["code", "product_id", "name", "spec", "barcode", "unit", "price_fen", "tax_rate_bp",
              "low_stock_threshold", "batch_tracked", "is_active"]


async def _barcode_free(barcode: str | None, conn: BaseDBAsyncClient, exclude_id: int | None = None) -> None:
    if not barcode:
        return
    qs = Sku.filter(barcode=barcode)
    if exclude_id:
        qs = qs.exclude(id=exclude_id)
    other = await qs.using_db(conn).first()
    if other is not None:
        raise Conflict(f"条码 {barcode} 已被 SKU {other.code}（{other.name}）使用")


async def create_sku(new: NewSku, *, user: Any = None, via: str = "admin") -> Sku:
    _check_barcode(new.barcode)
    async with in_transaction() as conn:
        product = await Product.get_or_none(code=new.product_code).using_db(conn)
        if product is None:
            raise ValidationError(f"商品 {new.product_code} 不存在")
        if await Sku.filter(code=new.code).using_db(conn).exists():
            raise Conflict(f"SKU 编码 {new.code} 已存在")
        await _barcode_free(new.barcode, conn)
        data = {k: v for k, v in asdict(new).items() if k != "product_code"}
        try:
            sku = await Sku.create(product_id=product.id, **data, using_db=conn)
        except IntegrityError as exc:
            raise Conflict("SKU 编码或条码已存在") from exc
        await record_audit(user, "catalog.sku.create", "sku", sku.code, after=_snapshot(sku, SKU_FIELDS), via=via,
                           using_db=conn)
    return sku


async def update_sku(code: str, changes: Mapping[str, Any], *, user: Any = None, via: str = "admin") -> Sku:
    async with in_transaction() as conn:
        sku = await Sku.get_or_none(code=code).using_db(conn)
        if sku is None:
            raise NotFound(f"SKU {code} 不存在")
        for required in ("name", "unit", "price_fen", "tax_rate_bp", "low_stock_threshold", "batch_tracked",
                         "is_active"):
            if required in changes and changes[required] is None:
                raise ValidationError(f"参数 {required} 不能为空")
        if "barcode" in changes:
            _check_barcode(changes["barcode"])
            await _barcode_free(changes["barcode"], conn, exclude_id=sku.id)
        before = _snapshot(sku, SKU_FIELDS)
        for k, v in changes.items():
            setattr(sku, k, v)
        try:
            await sku.save(using_db=conn)
        except IntegrityError as exc:
            raise Conflict("条码已被其他 SKU 使用") from exc
        await record_audit(user, "catalog.sku.update", "sku", sku.code, before=before,
                           after=_snapshot(sku, SKU_FIELDS), via=via, using_db=conn)
    return sku


# ---------------------------------------------------------------- price lists

PRICE_LIST_FIELDS = ["name", "channel", "location_id", "valid_from", "valid_to", "is_active"]


async def list_price_lists(conn: BaseDBAsyncClient | None = None) -> list[PriceList]:
    return await PriceList.all().using_db(conn).select_related("location").order_by("id")


async def create_price_list(new: NewPriceList, *, user: Any = None, via: str = "admin") -> PriceList:
    if new.channel is None and not new.location_code:
        raise ValidationError("价格表须指定渠道或门店")
    _check_window(new.valid_from, new.valid_to)
    async with in_transaction() as conn:
        location_id = None
        if new.location_code:
            loc = await Location.get_or_none(code=new.location_code).using_db(conn)
            if loc is None:
                raise ValidationError(f"门店或仓库 {new.location_code} 不存在")
            location_id = loc.id
        pl = await PriceList.create(
            name=new.name, channel=new.channel.value if new.channel else None, location_id=location_id,
            valid_from=new.valid_from, valid_to=new.valid_to, is_active=new.is_active, using_db=conn,
        )
        await record_audit(user, "catalog.price_list.create", "price_list", pl.id,
                           after=_snapshot(pl, PRICE_LIST_FIELDS), via=via, using_db=conn)
    return pl


async def update_price_list(price_list_id: int, changes: Mapping[str, Any], *, user: Any = None,
                            via: str = "admin") -> PriceList:
    async with in_transaction() as conn:
        pl = await PriceList.get_or_none(id=price_list_id).using_db(conn)
        if pl is None:
            raise NotFound("价格表不存在")
        if "name" in changes and changes["name"] is None:
            raise ValidationError("参数 name 不能为空")
        if "is_active" in changes and changes["is_active"] is None:
            raise ValidationError("参数 is_active 不能为空")
        _check_window(changes.get("valid_from", pl.valid_from), changes.get("valid_to", pl.valid_to))
        before = _snapshot(pl, PRICE_LIST_FIELDS)
        for k, v in changes.items():
            setattr(pl, k, v)
        await pl.save(using_db=conn)
        await record_audit(user, "catalog.price_list.update", "price_list", pl.id, before=before,
                           after=_snapshot(pl, PRICE_LIST_FIELDS), via=via, using_db=conn)
    return pl


async def set_price_list_items(price_list_id: int, items: Sequence[PriceItem], *, user: Any = None,
                               via: str = "admin") -> int:
    """Set (insert or replace) the price of each listed SKU. All or nothing. Returns the number of items set."""
    codes = [i.sku_code for i in items]
    if len(set(codes)) != len(codes):
        raise ValidationError("同一价格表中 SKU 不能重复")
    async with in_transaction() as conn:
        pl = await PriceList.get_or_none(id=price_list_id).using_db(conn)
        if pl is None:
            raise NotFound("价格表不存在")
        skus = {s.code: s for s in await Sku.filter(code__in=codes).using_db(conn)}
        missing = [c for c in codes if c not in skus]
        if missing:
            raise ValidationError(f"SKU 不存在：{'、'.join(missing[:10])}")
        existing = {i.sku_id: i for i in await PriceListItem.filter(price_list_id=pl.id,
                                                                      sku_id__in=[s.id for s in skus.values()])
                    .using_db(conn)}
        new: list[PriceListItem] = []
        for item in items:
            sku = skus[item.sku_code]
            if sku.id in existing:
                row = existing[sku.id]
                if row.price_fen != item.price_fen:
                    row.price_fen = item.price_fen
                    await row.save(using_db=conn, update_fields=["price_fen"])
            else:
                new.append(PriceListItem(price_list_id=pl.id, sku_id=sku.id, price_fen=item.price_fen))
        if new:
            await PriceListItem.bulk_create(new, using_db=conn)
        await record_audit(user, "catalog.price_list.set_items", "price_list", pl.id,
                           after={"items": [asdict(i) for i in items][:200]}, via=via, using_db=conn)
    return len(items)


async def remove_price_list_item(price_list_id: int, sku_code: str, *, user: Any = None, via: str = "admin") -> None:
    async with in_transaction() as conn:
        sku = await Sku.get_or_none(code=sku_code).using_db(conn)
        deleted = 0
        if sku is not None:
            deleted = await PriceListItem.filter(price_list_id=price_list_id, sku_id=sku.id).using_db(conn).delete()
        if not deleted:
            raise NotFound("价格表中没有该 SKU")
        await record_audit(user, "catalog.price_list.remove_item", "price_list", price_list_id,
                           before={"sku_code": sku_code}, via=via, using_db=conn)
