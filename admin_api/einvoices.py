"""E-invoices in the back office (backend.invoicing): list and read them, ask for an order's blue invoice, send
one the platform refused again.

    GET  /admin/api/v1/einvoices?status=failed&kind=red&order_no=...   newest first, paged
    GET  /admin/api/v1/einvoices/<id>
    POST /admin/api/v1/einvoices {order_no, buyer_type, buyer_name, buyer_tax_no?, buyer_email?}  (Idempotency-Key)
    POST /admin/api/v1/einvoices/<id>/retry {buyer_type?, buyer_name?, ...}   a refused one again (corrected)
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery
from backend.errors import NotFound
from backend.http import Body, ok, optional_body, parse_body, parse_query
from backend.invoicing import service
from backend.invoicing.api import InvoiceRequestIn, request_key
from backend.invoicing.models import BuyerType
from backend.orders.models import Order
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_einvoices", url_prefix="/einvoices")


class EInvoiceQuery(PageQuery):
    status: Literal["pending", "issued", "failed"] | None = None
    kind: Literal["blue", "red"] | None = None
    order_no: str | None = Field(default=None, max_length=32)


class AdminInvoiceIn(InvoiceRequestIn):
    order_no: str = Field(min_length=1, max_length=32)


class RetryIn(Body):
    buyer_type: BuyerType | None = None
    buyer_name: str | None = Field(default=None, min_length=1, max_length=100)
    buyer_tax_no: str = Field(default="", max_length=20)
    buyer_email: str = Field(default="", max_length=100)


@bp.get("/")
@requires(Role.FINANCE, Role.HQ_ADMIN, Role.STORE_MANAGER)
async def list_einvoices(request: Request) -> HTTPResponse:
    q = parse_query(request, EInvoiceQuery)
    offset, limit = q.window()
    data = await service.listing(current_actor(request), status=q.status, kind=q.kind, order_no=q.order_no,
                                 offset=offset, limit=limit)
    return ok(q.page_of(data))


@bp.get("/<invoice_id:int>")
@requires(Role.FINANCE, Role.HQ_ADMIN, Role.STORE_MANAGER)
async def get_einvoice(request: Request, invoice_id: int) -> HTTPResponse:
    return ok(await service.get_invoice(current_actor(request), invoice_id))


@bp.post("/")
@requires(Role.FINANCE, Role.HQ_ADMIN, Role.STORE_MANAGER)
async def request_einvoice(request: Request) -> HTTPResponse:
    """The blue invoice of a completed order, for the buyer at the counter or on the phone: 201 when asked now,
    200 for the same request (Idempotency-Key) again."""
    body = parse_body(request, AdminInvoiceIn)
    order_id = await Order.filter(order_no=body.order_no).first().values_list("id", flat=True)
    if order_id is None:
        raise NotFound("订单不存在")
    inv, made = await service.request_blue(current_actor(request), int(order_id), body.buyer(),
                                           request_key=request_key(request))
    return ok({"invoice": await service.invoice_json(inv)}, status=201 if made else 200)


@bp.post("/<invoice_id:int>/retry")
@requires(Role.FINANCE, Role.HQ_ADMIN)
async def retry_einvoice(request: Request, invoice_id: int) -> HTTPResponse:
    body = optional_body(request, RetryIn)
    buyer = (service.Buyer(body.buyer_type, body.buyer_name, body.buyer_tax_no, body.buyer_email)
             if body.buyer_type is not None and body.buyer_name is not None else None)
    inv = await service.retry(invoice_id, current_actor(request), buyer)
    return ok({"invoice": await service.invoice_json(inv)})
