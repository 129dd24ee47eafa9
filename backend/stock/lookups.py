"""Finding SKUs, locations and batches by the codes people type or scan (shared by the stock services)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.errors import NotFound, ValidationError
from backend.org.models import Location
from backend.stock.models import Batch
from backend.timestamps import business_today, iso


async def sku_by_code(code: str | None, conn: BaseDBAsyncClient | None = None, *, barcode: str | None = None) -> Sku:
    """A SKU by its code, or by barcode (a scanned code is also tried as a barcode and vice versa)."""
    code = (code or "").strip()
    barcode = (barcode or "").strip()
    if not code and not barcode:
        raise ValidationError("请提供商品编码或条码")
    sku: Sku | None = None
    if code:
        sku = await Sku.get_or_none(code=code).using_db(conn)
        if sku is None:
            sku = await Sku.get_or_none(barcode=code).using_db(conn)
    if sku is None and barcode:
        sku = await Sku.get_or_none(barcode=barcode).using_db(conn)
        if sku is None:
            sku = await Sku.get_or_none(code=barcode).using_db(conn)
    if sku is None:
        raise NotFound(f"商品 {code or barcode} 不存在")
    return sku


async def location_by_code(code: str | None, conn: BaseDBAsyncClient | None = None) -> Location:
    code = (code or "").strip()
    if not code:
        raise ValidationError("请提供门店或仓库编码")
    loc = await Location.get_or_none(code=code).using_db(conn)
    if loc is None:
        raise NotFound(f"门店或仓库 {code} 不存在")
    return loc


async def active_location_by_code(code: str | None, conn: BaseDBAsyncClient | None = None) -> Location:
    loc = await location_by_code(code, conn)
    if not loc.is_active:
        raise ValidationError(f"{loc.name} 已停用")
    return loc


async def batch_by_no(sku: Sku, batch_no: str, conn: BaseDBAsyncClient | None = None) -> Batch:
    batch = await Batch.get_or_none(sku_id=sku.id, batch_no=batch_no.strip()).using_db(conn)
    if batch is None:
        raise NotFound(f"商品 {sku.code} 没有批次 {batch_no}")
    return batch


def fefo_key(expiry: dt.date | None, batch_id: int) -> tuple[int, str, int]:
    """Earliest expiry first; batches without an expiry date last."""
    return (0 if expiry else 1, expiry.isoformat() if expiry else "", batch_id)


def days_to_expiry(expiry: dt.date | None, on: dt.date | None = None) -> int | None:
    if expiry is None:
        return None
    return (expiry - (on or business_today())).days


def batch_json(batch: Batch, on: dt.date | None = None) -> dict[str, Any]:
    days = days_to_expiry(batch.expiry_date, on)
    return {
        "batch_no": batch.batch_no,
        "production_date": iso(batch.production_date),
        "expiry_date": iso(batch.expiry_date),
        "days_to_expiry": days,
        "expired": days is not None and days < 0,
    }


def location_json(loc: Location) -> dict[str, Any]:
    return {"location_code": loc.code, "location_name": loc.name, "kind": loc.kind.value}


def new_doc_no(prefix: str) -> str:
    """A readable, unique document number: prefix + date + random suffix, e.g. T20261123-7F3A9C."""
    import uuid

    return f"{prefix}{business_today():%Y%m%d}-{uuid.uuid4().hex[:6].upper()}"
