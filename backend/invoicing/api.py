"""The shopper's e-invoice routes (mini-program): ask for the invoice of one's own completed order, see it.

    POST /api/v1/orders/<id>/invoice   {buyer_type: individual|company, buyer_name, buyer_tax_no?, buyer_email?}
                                       (Idempotency-Key: the same request again answers the same invoice)
    GET  /api/v1/orders/<id>/invoices  the order's blue invoice and its red ones
"""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Body, ok, parse_body
from backend.invoicing import service
from backend.invoicing.models import BuyerType
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("invoicing", url_prefix="/api/v1")


class InvoiceRequestIn(Body):
    buyer_type: BuyerType = BuyerType.INDIVIDUAL
    buyer_name: str = Field(min_length=1, max_length=100)
    buyer_tax_no: str = Field(default="", max_length=20)
    buyer_email: str = Field(default="", max_length=100)

    def buyer(self) -> service.Buyer:
        return service.Buyer(self.buyer_type, self.buyer_name, self.buyer_tax_no, self.buyer_email)


def request_key(request: Request) -> str:
    return (request.headers.get("Idempotency-Key") or "").strip()[:128]


@bp.post("/orders/<order_id:int>/invoice")
@requires(Role.SHOPPER)
async def request_invoice(request: Request, order_id: int) -> HTTPResponse:
    """Ask for the e-invoice (电子发票) of one's own completed order: 201 when asked now, 200 for the same request
    again; the invoice number and PDF once the platform issued it (status issued), else pending."""
    body = parse_body(request, InvoiceRequestIn)
    inv, made = await service.request_blue(current_actor(request), order_id, body.buyer(),
                                           request_key=request_key(request))
    return ok({"invoice": await service.invoice_json(inv)}, status=201 if made else 200)


@bp.get("/orders/<order_id:int>/invoices")
@requires(Role.SHOPPER)
async def order_invoices(request: Request, order_id: int) -> HTTPResponse:
    return ok(await service.order_invoices(current_actor(request), order_id))
