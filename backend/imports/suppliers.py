"""Import kind "suppliers": one row per supplier, or per (supplier, supplied SKU) with the supplier's columns
repeated; through backend.purchasing.suppliers."""

from __future__ import annotations

import re
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.catalog.models import Sku
from backend.cleaning import CellError
from backend.errors import Conflict
from backend.imports.kind import Failed, Ids, Kind, Reject, record
from backend.imports.models import ImportJob, ImportRecord, ImportRow
from backend.purchasing import suppliers
from backend.purchasing.models import PurchaseOrder, Supplier, SupplierProduct

_SUPPLIER_CODE = re.compile(r"^[A-Za-z0-9_.-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SUPPLIER_FIELDS = ("name", "contact_name", "contact_phone", "email", "address", "payment_terms_days")


def _bounded(raw: Any, *, label: str, default: int, minimum: int, maximum: int, suffix: str = "") -> int:
    s = cleaning.text(raw, label=label).removesuffix(suffix).strip() if suffix else cleaning.text(raw, label=label)
    if not s:
        return default
    n = cleaning.integer(s, label=label, minimum=minimum)
    if n > maximum:
        raise CellError(f"{label}不能大于 {maximum}")
    return n


def clean(v: dict[str, Any]) -> dict[str, Any]:
    code = cleaning.text(v.get("supplier_code"), max_len=32, required=True, label="供应商编码")
    if not _SUPPLIER_CODE.match(code):
        raise CellError(f"供应商编码「{code}」只能包含字母、数字和 _ . -")
    email = cleaning.text(v.get("email"), max_len=128, label="邮箱")
    if email and not _EMAIL.match(email):
        raise CellError(f"邮箱「{email}」格式不正确")
    out: dict[str, Any] = {
        "supplier_code": code, "name": cleaning.text(v.get("name"), max_len=128, required=True, label="供应商名称"),
        "contact_name": cleaning.text(v.get("contact_name"), max_len=64, label="联系人"),
        "contact_phone": cleaning.contact_phone(v.get("contact_phone")), "email": email,
        "address": cleaning.text(v.get("address"), max_len=255, label="地址"),
        "payment_terms_days": _bounded(v.get("payment_terms_days"), label="账期", default=30, minimum=0,
                                       maximum=365, suffix="天"),
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, label="商品编码") or None,
    }
    yuan_raw = cleaning.text(v.get("cost_price"), label="进价")
    fen_raw = cleaning.text(v.get("cost_price_fen"), label="进价（分）")
    extra = [cleaning.text(v.get(f)) for f in ("lead_time_days", "min_order_qty", "is_preferred")]
    out["_supplier_key"] = (out["supplier_code"], out["sku_code"] or "")
    if out["sku_code"] is None:
        if yuan_raw or fen_raw or any(extra):
            raise CellError("填写了进价、交货周期或起订量，但缺少商品编码")
        return out
    if fen_raw:
        price = cleaning.integer(fen_raw, label="进价（分）", minimum=1)
        if yuan_raw and cleaning.money_fen(yuan_raw, label="进价") != price:
            raise CellError(f"进价「{yuan_raw}」元与进价（分）「{fen_raw}」不一致")
    elif yuan_raw:
        price = cleaning.money_fen(yuan_raw, label="进价")
    else:
        raise CellError(f"商品 {out['sku_code']} 缺少进价")
    if price <= 0:
        raise CellError("进价必须大于 0")
    if price > 10**10:
        raise CellError("进价过大（最多 1 亿元）")
    out.update({
        "price_fen": price,
        "lead_time_days": _bounded(v.get("lead_time_days"), label="交货周期", default=7, minimum=0, maximum=365,
                                   suffix="天"),
        "min_order_qty": _bounded(v.get("min_order_qty"), label="起订量", default=1, minimum=1, maximum=100000),
        "is_preferred": cleaning.flag(v.get("is_preferred"), label="首选供应商"),
    })
    return out


# Old systems' order states: paid and waiting to be handed over become allocated orders; the rest are refused.


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    taken = set(await Supplier.filter(code__in=[r["supplier_code"] for r in rows]).values_list("code", flat=True))
    skus = set(await Sku.filter(code__in=[r["sku_code"] for r in rows if r["sku_code"]]).values_list("code", flat=True))
    kept: list[dict[str, Any]] = []
    for r in rows:
        if r["supplier_code"] in taken:
            reject(r, f"供应商编码 {r['supplier_code']} 已存在")
        elif r["sku_code"] and r["sku_code"] not in skus:
            reject(r, f"商品编码 {r['sku_code']} 不存在")
        else:
            kept.append(r)
    # A supplier's own columns repeat on each of its rows: the newest row's values stand for the supplier.
    newest: dict[str, dict[str, Any]] = {}
    for r in kept:
        cur = newest.get(r["supplier_code"])
        if cur is None or cleaning.newer(r, cur):
            newest[r["supplier_code"]] = r
    for r in kept:
        r.update({f: newest[r["supplier_code"]][f] for f in SUPPLIER_FIELDS})


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    """Through the purchasing services (their transactions become savepoints of this batch's)."""
    d = row.data
    s = await Supplier.get_or_none(code=d["supplier_code"]).using_db(conn)
    if s is None:
        s = await suppliers.create_supplier(
            suppliers.SupplierIn(code=d["supplier_code"], **{f: d[f] for f in SUPPLIER_FIELDS}), user=user,
            via="import")
        await record(job, row.row_no, "supplier", s.id, conn)
    elif not await ImportRecord.filter(job_id=job.id, entity_type="supplier", entity_id=s.id).using_db(conn).exists():
        raise Conflict(f"第 {row.row_no} 行：供应商编码 {s.code} 已存在")
    if d.get("sku_code"):
        sp = await suppliers.set_supplier_product(s.code, suppliers.SupplierProductIn(
            sku_code=d["sku_code"], price_fen=d["price_fen"], lead_time_days=d["lead_time_days"],
            min_order_qty=d["min_order_qty"], is_preferred=d["is_preferred"]), user=user, via="import")
        if not await ImportRecord.filter(job_id=job.id, entity_type="supplier_product", entity_id=sp.id) \
                .using_db(conn).exists():
            await record(job, row.row_no, "supplier_product", sp.id, conn)



async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    out: list[str] = []
    if ids["supplier"]:
        if await PurchaseOrder.filter(supplier_id__in=ids["supplier"]).using_db(conn).exists():
            out.append("导入的供应商已有采购单")
        if await SupplierProduct.filter(supplier_id__in=ids["supplier"]).using_db(conn) \
                .exclude(id__in=ids["supplier_product"] or [0]).exists():
            out.append("导入的供应商之后又维护了供货商品")
    return out


async def _undo_supplier_product(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await SupplierProduct.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_supplier(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Supplier.filter(id=rec.entity_id).using_db(conn).delete()


KIND = Kind(clean=clean, dup_key="_supplier_key", checker=lambda: check, import_row=import_row,
            blockers=blockers, undo={"supplier_product": _undo_supplier_product, "supplier": _undo_supplier},
            whole_file=True)
