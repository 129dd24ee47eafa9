"""Suppliers: list/search, detail (contact, supplied SKUs, scorecard), create and update, and the SKUs each
supplies (set, remove) over backend.purchasing. HQ and purchasers change them; store managers read."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from tortoise.expressions import Q

from admin_api.common import Query, doc_body
from backend.http import created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.purchasing import suppliers
from backend.purchasing.api import SupplierIn, SupplierProductIn, SupplierUpdate
from backend.purchasing.models import Supplier
from backend.purchasing.scorecard import scorecard
from backend.security import current_actor, requires

bp = Blueprint("admin_suppliers", url_prefix="/suppliers")
WRITERS = (Role.HQ_ADMIN, Role.PURCHASER)
READERS = (*WRITERS, Role.STORE_MANAGER)


class SupplierQuery(Query):
    q: str = ""
    include_inactive: bool = True


@bp.get("/")
@requires(*READERS)
async def list_suppliers(request: Request) -> HTTPResponse:
    """Suppliers, optionally searched by code, name or contact."""
    q = parse_query(request, SupplierQuery)
    qs = Supplier.all() if q.include_inactive else Supplier.filter(is_active=True)
    if q.q.strip():
        t = q.q.strip()
        qs = qs.filter(Q(code__icontains=t) | Q(name__icontains=t) | Q(contact_name__icontains=t))
    items = [suppliers.supplier_json(s) for s in await qs.order_by("code")]
    return ok({"items": items, "total": len(items)})


@bp.post("/")
@doc_body(SupplierIn)
@requires(*WRITERS)
async def create_supplier(request: Request) -> HTTPResponse:
    body = parse_body(request, SupplierIn)
    s = await suppliers.create_supplier(body.to(suppliers.SupplierIn), user=current_actor(request).user, via="admin")
    return created(suppliers.supplier_json(s))


@bp.get("/<code:str>")
@requires(*READERS)
async def get_supplier(request: Request, code: str) -> HTTPResponse:
    s = await suppliers.get_supplier(code)
    return ok({**suppliers.supplier_json(s), "products": await suppliers.supplier_products(code),
               "scorecard": await scorecard(code)})


@bp.patch("/<code:str>")
@doc_body(SupplierUpdate)
@requires(*WRITERS)
async def update_supplier(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, SupplierUpdate)
    s = await suppliers.update_supplier(code, body.changes(), user=current_actor(request).user, via="admin")
    return ok(suppliers.supplier_json(s))


@bp.get("/<code:str>/products")
@requires(*READERS)
async def list_supplier_products(request: Request, code: str) -> HTTPResponse:
    """The SKUs the supplier sells us: net price (fen, excluding VAT), lead time (days), minimum order qty."""
    return ok({"items": await suppliers.supplier_products(code)})


@bp.put("/<code:str>/products")
@doc_body(SupplierProductIn)
@requires(*WRITERS)
async def set_supplier_product(request: Request, code: str) -> HTTPResponse:
    """Add one SKU to the supplier (or change its price, lead time, MOQ, preferred flag); audited."""
    body = parse_body(request, SupplierProductIn)
    await suppliers.set_supplier_product(code, body.to(suppliers.SupplierProductIn), user=current_actor(request).user, via="admin")
    return ok({"items": await suppliers.supplier_products(code)})


@bp.delete("/<code:str>/products/<sku_code:str>")
@requires(*WRITERS)
async def remove_supplier_product(request: Request, code: str, sku_code: str) -> HTTPResponse:
    """The supplier no longer sells us this SKU; audited."""
    await suppliers.remove_supplier_product(code, sku_code, user=current_actor(request).user, via="admin")
    return ok({"items": await suppliers.supplier_products(code)})
