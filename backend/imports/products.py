"""Import kind "products": one SKU per row (with its product, category path and brand created as needed)."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.catalog.models import Brand, Category, Product, Sku
from backend.catalog.products import valid_barcode
from backend.cleaning import CellError
from backend.imports.kind import Check, Failed, Ids, Kind, Reject, record
from backend.imports.models import ImportJob, ImportRecord, ImportRow
from backend.orders.models import OrderItem
from backend.stock.models import StockMovement


def clean(v: dict[str, Any]) -> dict[str, Any]:
    code = cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码")
    barcode = cleaning.text(v.get("barcode"), max_len=32, label="条码") or None
    if barcode and not valid_barcode(barcode):
        raise CellError(f"条码「{barcode}」校验位不正确")
    category = cleaning.text(v.get("category"), max_len=200, required=True, label="分类")
    return {
        "sku_code": code, "name": cleaning.text(v.get("name"), max_len=128, required=True, label="商品名称"),
        "barcode": barcode, "price_fen": cleaning.money_fen(v.get("price"), label="售价"),
        "category": [c.strip() for c in category.replace(">", "/").split("/") if c.strip()],
        "brand": cleaning.text(v.get("brand"), max_len=64, label="品牌") or None,
        "spec": cleaning.text(v.get("spec"), max_len=64, label="规格"),
        "unit": cleaning.text(v.get("unit"), max_len=8, label="单位") or "件",
    }


def checker() -> Check:
    seen_barcodes: dict[str, int] = {}  # barcode -> the first accepted row of the file using it

    async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
        codes = [r["sku_code"] for r in rows]
        existing = set(await Sku.filter(code__in=codes).values_list("code", flat=True))
        existing_products = set(await Product.filter(code__in=[f"P{c}"[:32] for c in codes])
                                .values_list("code", flat=True))
        barcodes = [r["barcode"] for r in rows if r["barcode"]]
        taken = set(await Sku.filter(barcode__in=barcodes).values_list("barcode", flat=True))
        for r in rows:
            if r["sku_code"] in existing or f"P{r['sku_code']}"[:32] in existing_products:
                reject(r, f"商品编码 {r['sku_code']} 已存在")
            elif r["barcode"] and r["barcode"] in taken:
                reject(r, f"条码 {r['barcode']} 已被其他商品使用")
            elif r["barcode"] and r["barcode"] in seen_barcodes:
                reject(r, f"条码 {r['barcode']} 与第 {seen_barcodes[r['barcode']]} 行重复")
            elif r["barcode"]:
                seen_barcodes[r["barcode"]] = r["_row"]
    return check


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    d = row.data
    parent: Category | None = None
    for name in d["category"]:
        cat = await Category.get_or_none(name=name, parent_id=parent.id if parent else None).using_db(conn)
        if cat is None:
            cat = await Category.create(name=name[:64], parent_id=parent.id if parent else None, using_db=conn)
            await record(job, row.row_no, "category", cat.id, conn)
        parent = cat
    assert parent is not None
    brand = None
    if d.get("brand"):
        brand = await Brand.get_or_none(name=d["brand"]).using_db(conn)
        if brand is None:
            brand = await Brand.create(name=d["brand"], using_db=conn)
            await record(job, row.row_no, "brand", brand.id, conn)
    product = await Product.create(code=f"P{d['sku_code']}"[:32], name=d["name"], brand_id=brand.id if brand else None,
                                   category_id=parent.id, using_db=conn)
    await record(job, row.row_no, "product", product.id, conn)
    sku = Sku(code=d["sku_code"], product_id=product.id, name=d["name"], spec=d["spec"], barcode=d["barcode"],
              unit=d["unit"], price_fen=d["price_fen"])
    await sku.save(using_db=conn)
    await record(job, row.row_no, "sku", sku.id, conn)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    out: list[str] = []
    if ids["sku"]:
        if await OrderItem.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有订单")
        if await StockMovement.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有库存变动")
    return out


async def _undo_sku(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Sku.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_product(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Product.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_brand(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    if not await Product.filter(brand_id=rec.entity_id).using_db(conn).exists():
        await Brand.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_category(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    eid = rec.entity_id
    if not await Product.filter(category_id=eid).using_db(conn).exists() and \
            not await Category.filter(parent_id=eid).using_db(conn).exists():
        await Category.filter(id=eid).using_db(conn).delete()


KIND = Kind(clean=clean, dup_key="sku_code", checker=checker, import_row=import_row, blockers=blockers,
            undo={"sku": _undo_sku, "product": _undo_product, "brand": _undo_brand, "category": _undo_category})
