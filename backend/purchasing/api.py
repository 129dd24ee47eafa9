"""Purchasing routes under /api/v1/purchasing: thin handlers over the services (roles checked here, store
scope and state rules in the services)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Body, Page, created, ok, optional_body, parse_body, parse_query
from backend.org.models import Role
from backend.purchasing import orders, receiving, scorecard, settings_store, suggestions, suppliers
from backend.purchasing.models import POStatus, PurchaseOrder, Supplier
from backend.security import current_actor, requires
from backend.stock.lookups import location_by_code

bp = Blueprint("purchasing", url_prefix="/api/v1/purchasing")

READERS = (Role.PURCHASER, Role.STORE_MANAGER, Role.FINANCE, Role.HQ_ADMIN)
BUYERS = (Role.PURCHASER, Role.STORE_MANAGER, Role.HQ_ADMIN)
SUPPLIER_ADMINS = (Role.PURCHASER, Role.HQ_ADMIN)
RECEIVERS = (Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER, Role.HQ_ADMIN)


# ---- suppliers -----------------------------------------------------------------------------------------------

class SupplierIn(Body):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    name: str = Field(min_length=1, max_length=128)
    contact_name: str = Field(default="", max_length=64)
    contact_phone: str = Field(default="", max_length=32)
    email: str = Field(default="", max_length=128)
    address: str = Field(default="", max_length=255)
    payment_terms_days: int = Field(default=30, ge=0, le=365)


class SupplierUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=128)
    contact_name: str | None = Field(default=None, max_length=64)
    contact_phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=128)
    address: str | None = Field(default=None, max_length=255)
    payment_terms_days: int | None = Field(default=None, ge=0, le=365)
    is_active: bool | None = None


class SupplierProductIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    price_fen: int = Field(ge=1, le=settings_store.MAX_UNIT_PRICE_FEN)
    lead_time_days: int = Field(default=7, ge=0, le=365)
    min_order_qty: int = Field(default=1, ge=1, le=100000)
    is_preferred: bool = False



@bp.get("/suppliers")
@requires(*READERS)
async def list_suppliers(request: Request) -> HTTPResponse:
    return ok({"items": [suppliers.supplier_json(s) for s in await Supplier.all().order_by("code")]})


@bp.post("/suppliers")
@requires(*SUPPLIER_ADMINS)
async def create_supplier(request: Request) -> HTTPResponse:
    body = parse_body(request, SupplierIn)
    s = await suppliers.create_supplier(body.to(suppliers.SupplierIn), user=current_actor(request).user)
    return created(suppliers.supplier_json(s))


@bp.get("/suppliers/<code:str>")
@requires(*READERS)
async def get_supplier(request: Request, code: str) -> HTTPResponse:
    s = await suppliers.get_supplier(code)
    return ok({**suppliers.supplier_json(s), "products": await suppliers.supplier_products(code)})


@bp.patch("/suppliers/<code:str>")
@requires(*SUPPLIER_ADMINS)
async def update_supplier(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, SupplierUpdate)
    return ok(suppliers.supplier_json(await suppliers.update_supplier(code, body.changes(), user=current_actor(request).user)))


@bp.put("/suppliers/<code:str>/products")
@requires(*SUPPLIER_ADMINS)
async def set_supplier_product(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, SupplierProductIn)
    await suppliers.set_supplier_product(code, body.to(suppliers.SupplierProductIn), user=current_actor(request).user)
    return ok({"items": await suppliers.supplier_products(code)})


class ScoreQuery(Body):
    since: dt.date | None = None


@bp.get("/suppliers/<code:str>/scorecard")
@requires(*READERS)
async def supplier_scorecard(request: Request, code: str) -> HTTPResponse:
    q = parse_query(request, ScoreQuery)
    return ok(await scorecard.scorecard(code, since=q.since))


# ---- replenishment -----------------------------------------------------------------------------------------

class FromSuggestionsIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    sku_codes: list[str] | None = Field(default=None, max_length=500)  # None: every suggestion
    # sku_code -> the quantity the buyer orders instead of the suggested one (only for suggested SKUs)
    quantities: dict[str, Annotated[int, Field(gt=0, le=1_000_000)]] | None = Field(default=None, max_length=500)



class LocationQuery(Body):
    location_code: str = Field(min_length=1, max_length=32)


@bp.get("/suggestions")
@requires(*BUYERS)
async def list_suggestions(request: Request) -> HTTPResponse:
    q = parse_query(request, LocationQuery)
    loc = await location_by_code(q.location_code)
    current_actor(request).require_location(loc.id)
    return ok({"items": await suggestions.suggestions(q.location_code)})


@bp.post("/suggestions/draft")
@requires(*BUYERS)
async def draft_from_suggestions(request: Request) -> HTTPResponse:
    body = parse_body(request, FromSuggestionsIn)
    pos = await suggestions.draft_from_suggestions(body.location_code, body.sku_codes, body.quantities,
                                                  actor=current_actor(request))
    return created({"items": [await orders.po_json(po) for po in pos]})


# ---- purchase orders ---------------------------------------------------------------------------------------

class POLineIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: int = Field(gt=0, le=1_000_000)
    unit_price_fen: int | None = Field(default=None, gt=0, le=settings_store.MAX_UNIT_PRICE_FEN)  # default: the supplier's price


class POIn(Body):
    supplier_code: str = Field(min_length=1, max_length=32)
    location_code: str = Field(min_length=1, max_length=32)
    lines: list[POLineIn] = Field(min_length=1, max_length=200)
    note: str = Field(default="", max_length=255)
    submit: bool = False  # create and submit for approval in one step


class ReceiptLineIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: int = Field(ge=0, le=1_000_000)  # accepted into stock
    rejected_qty: int = Field(default=0, ge=0, le=1_000_000)
    reject_reason: str = Field(default="", max_length=128)
    batch_no: str | None = Field(default=None, min_length=1, max_length=48)
    expiry_date: dt.date | None = None
    production_date: dt.date | None = None


class ReceiptIn(Body):
    lines: list[ReceiptLineIn] = Field(min_length=1, max_length=200)
    client_ref: str | None = Field(default=None, min_length=1, max_length=64)
    note: str = Field(default="", max_length=255)



class POQuery(Page):
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=200)
    status: POStatus | None = None
    location_code: str | None = None
    supplier_code: str | None = None


@bp.get("/orders")
@requires(*READERS)
async def list_orders(request: Request) -> HTTPResponse:
    q = parse_query(request, POQuery)
    actor = current_actor(request)
    qs = PurchaseOrder.all()
    if actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    if q.status:
        qs = qs.filter(status=q.status)
    if q.location_code:
        qs = qs.filter(location__code=q.location_code)
    if q.supplier_code:
        qs = qs.filter(supplier__code=q.supplier_code)
    offset, size = q.clamp()
    total = await qs.count()
    items = [await orders.po_json(po, with_lines=False) for po in await qs.order_by("-id").offset(offset).limit(size)]
    return ok({"items": items, "total": total})


@bp.post("/orders")
@requires(*BUYERS)
async def create_order(request: Request) -> HTTPResponse:
    body = parse_body(request, POIn)
    po = await orders.create_po(body.to(orders.POIn), actor=current_actor(request))
    return created(await orders.po_json(po))


async def _visible(request: Request, po_no: str) -> PurchaseOrder:
    po = await orders.get_po(po_no)
    current_actor(request).require_location(po.location_id)
    return po


@bp.get("/orders/<po_no:str>")
@requires(*READERS, Role.CLERK)
async def get_order(request: Request, po_no: str) -> HTTPResponse:
    po = await _visible(request, po_no)
    out = await orders.po_json(po)
    out["receipts"] = [await receiving.receipt_json(r) for r in await po.receipts.all().order_by("id")]
    return ok(out)


@bp.get("/approvals")
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def my_approvals(request: Request) -> HTTPResponse:
    return ok({"items": [await orders.po_json(po, with_lines=False)
                         for po in await orders.pending_for(current_actor(request), limit=100)]})


class RejectIn(Body):
    reason: str = Field(default="", max_length=255)


class ConfirmIn(Body):
    expected_date: dt.date | None = None


async def _answer(t: orders.Transition) -> HTTPResponse:
    return ok({**await orders.po_json(t.po), "changed": t.changed})


@bp.post("/orders/<po_no:str>/submit")
@requires(*BUYERS)
async def submit(request: Request, po_no: str) -> HTTPResponse:
    return await _answer(await orders.submit_po(po_no, actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/approve")
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def approve(request: Request, po_no: str) -> HTTPResponse:
    return await _answer(await orders.decide_po(po_no, approve=True, actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/reject")
@requires(Role.STORE_MANAGER, Role.HQ_ADMIN)
async def reject(request: Request, po_no: str) -> HTTPResponse:
    body = optional_body(request, RejectIn)
    return await _answer(await orders.decide_po(po_no, approve=False, reason=body.reason,
                                                actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/send")
@requires(*BUYERS)
async def send(request: Request, po_no: str) -> HTTPResponse:
    return await _answer(await orders.send_po(po_no, actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/confirm")
@requires(*BUYERS)
async def confirm(request: Request, po_no: str) -> HTTPResponse:
    body = optional_body(request, ConfirmIn)
    return await _answer(await orders.confirm_po(po_no, actor=current_actor(request),
                                                 expected_date=body.expected_date))


@bp.post("/orders/<po_no:str>/close")
@requires(*BUYERS)
async def close(request: Request, po_no: str) -> HTTPResponse:
    return await _answer(await orders.close_po(po_no, actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/cancel")
@requires(*BUYERS)
async def cancel(request: Request, po_no: str) -> HTTPResponse:
    return await _answer(await orders.cancel_po(po_no, actor=current_actor(request)))


@bp.post("/orders/<po_no:str>/receipts")
@requires(*RECEIVERS)
async def receive(request: Request, po_no: str) -> HTTPResponse:
    body = parse_body(request, ReceiptIn)
    r = await receiving.receive(po_no, body.to(receiving.ReceiptIn), actor=current_actor(request))
    po = await orders.get_po(po_no)
    return created({"receipt": await receiving.receipt_json(r), "order": await orders.po_json(po)})


# ---- settings ----------------------------------------------------------------------------------------------

class PolicyIn(Body):
    store_manager_limit_fen: int | None = Field(default=None, ge=0, le=settings_store.MAX_PO_TOTAL_FEN)
    second_approval_above_fen: int | None = Field(default=None, ge=0, le=settings_store.MAX_PO_TOTAL_FEN)
    adjustment_cost_band_bp: int | None = Field(default=None, ge=0, le=10000)
    over_delivery_tolerance_bp: int | None = Field(default=None, ge=0, le=10000)
    velocity_window_days: int | None = Field(default=None, ge=1, le=365)
    safety_stock_days: int | None = Field(default=None, ge=0, le=365)


@bp.get("/settings")
@requires(*READERS)
async def get_settings(request: Request) -> HTTPResponse:
    return ok(await settings_store.all_settings())


@bp.put("/settings")
@requires(Role.HQ_ADMIN)
async def put_settings(request: Request) -> HTTPResponse:
    body = parse_body(request, PolicyIn)
    changes: dict[str, Any] = body.model_dump(exclude_none=True)
    for k, v in changes.items():
        await settings_store.set_setting(k, v, user=current_actor(request).user)
    return ok(await settings_store.all_settings())
