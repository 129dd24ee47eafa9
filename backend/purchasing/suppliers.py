"""Suppliers: contacts, payment terms and the SKUs they supply (net price, lead time, minimum order)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.errors import Conflict, NotFound, ValidationError
from backend.purchasing.models import Supplier, SupplierProduct


@dataclass(frozen=True)
class SupplierIn:
    code: str
    name: str
    contact_name: str = ""
    contact_phone: str = ""
    email: str = ""
    address: str = ""
    payment_terms_days: int = 30


@dataclass(frozen=True)
class SupplierProductIn:
    sku_code: str
    price_fen: int  # net of VAT
    lead_time_days: int = 7
    min_order_qty: int = 1
    is_preferred: bool = False


def supplier_json(s: Supplier) -> dict[str, Any]:
    return {"id": s.id, "code": s.code, "name": s.name, "contact_name": s.contact_name,
            "contact_phone": s.contact_phone, "email": s.email, "address": s.address,
            "payment_terms_days": s.payment_terms_days, "is_active": s.is_active}


async def get_supplier(code: str, conn: Any = None) -> Supplier:
    s = await Supplier.get_or_none(code=code).using_db(conn)
    if s is None:
        raise NotFound(f"供应商 {code} 不存在")
    return s


async def create_supplier(new: SupplierIn, *, user: Any, via: str = "api") -> Supplier:
    async with in_transaction() as c:
        if await Supplier.filter(code=new.code).using_db(c).exists():
            raise Conflict(f"供应商编码 {new.code} 已存在")
        s = await Supplier.create(**asdict(new), using_db=c)
        await record_audit(user, "supplier.create", "supplier", s.code, after=supplier_json(s), via=via, using_db=c)
    return s


async def update_supplier(code: str, changes: Mapping[str, Any], *, user: Any, via: str = "api") -> Supplier:
    """Change the sent fields; a None leaves its field as it is."""
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise ValidationError("没有要修改的字段")
    async with in_transaction() as conn:
        s = await get_supplier(code, conn)
        before = {k: getattr(s, k) for k in changes}
        for k, v in changes.items():
            setattr(s, k, v)
        await s.save(update_fields=list(changes), using_db=conn)
        await record_audit(user, "supplier.update", "supplier", s.code, before=before, after=changes, via=via,
                           using_db=conn)
    return s


async def set_supplier_product(code: str, offer: SupplierProductIn, *, user: Any, via: str = "api") -> SupplierProduct:
    """Add a SKU to what the supplier sells us, or change its price / lead time / MOQ (audited with before)."""
    async with in_transaction() as c:
        s = await get_supplier(code, c)
        sku = await Sku.get_or_none(code=offer.sku_code.strip()).using_db(c)
        if sku is None:  # named in the request: bad input, not a missing resource
            raise ValidationError(f"商品编码 {offer.sku_code} 不存在",
                                  details=[{"field": "sku_code", "message": "商品不存在"}])
        values = {"price_fen": offer.price_fen, "lead_time_days": offer.lead_time_days,
                  "min_order_qty": offer.min_order_qty, "is_preferred": offer.is_preferred}
        old = await SupplierProduct.get_or_none(supplier_id=s.id, sku_id=sku.id).using_db(c)
        before = None if old is None else {k: getattr(old, k) for k in values}
        sp, _ = await SupplierProduct.update_or_create(supplier_id=s.id, sku_id=sku.id, defaults=values, using_db=c)
        await record_audit(user, "supplier.product", "supplier", s.code, before=before,
                           after={"sku_code": sku.code, **values}, via=via, using_db=c)
    return sp


async def remove_supplier_product(code: str, sku_code: str, *, user: Any, via: str = "api") -> None:
    """The supplier no longer sells us this SKU (its purchase orders keep their lines)."""
    async with in_transaction() as c:
        s = await get_supplier(code, c)
        sp = await SupplierProduct.get_or_none(supplier_id=s.id, sku__code=sku_code).using_db(c)
        if sp is None:
            raise NotFound(f"供应商 {code} 没有供货商品 {sku_code}")
        before = {"sku_code": sku_code, "price_fen": sp.price_fen, "lead_time_days": sp.lead_time_days,
                  "min_order_qty": sp.min_order_qty, "is_preferred": sp.is_preferred}
        await sp.delete(using_db=c)
        await record_audit(user, "supplier.product_remove", "supplier", s.code, before=before, after=None, via=via,
                           using_db=c)


async def supplier_products(code: str) -> list[dict[str, Any]]:
    s = await get_supplier(code)
    rows = await SupplierProduct.filter(supplier_id=s.id).select_related("sku").order_by("sku__code")
    return [{"sku_code": r.sku.code, "name": r.sku.name, "price_fen": r.price_fen,
             "lead_time_days": r.lead_time_days, "min_order_qty": r.min_order_qty, "is_preferred": r.is_preferred}
            for r in rows]

