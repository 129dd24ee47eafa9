"""/api/v1 routes of printing (thin handlers): the counter receipt of an order and barcode labels.

GET /orders/<id>/receipt?format=escpos|html|json&width=58|80
    staff of the order's store (chain-wide roles anywhere), or the shopper for their own order. escpos: the
    printer's bytes; html: a printable page; json: the receipt's data with the ESC/POS bytes in base64 (the
    mini-program's POS sends them to a Bluetooth printer).
GET /labels/skus/<sku_code>?format=svg|png&location_code=
GET /labels/batches/<batch_id>?format=svg|png&location_code=
    store staff, purchasers and HQ: a shelf label (price of the store named, or of a store-bound caller's only
    store, else the list price); a batch label carries the batch number and expiry date in text and in its
    GS1-128 barcode."""

from __future__ import annotations

import base64
from typing import Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Query, ok, parse_query
from backend.org.models import Role
from backend.printing import labels, receipt_escpos, receipt_html, receipts
from backend.printing.files import ESCPOS_TYPE, HTML_TYPE, PNG_TYPE, SVG_TYPE, file_response
from backend.security import current_actor, requires

bp = Blueprint("printing", url_prefix="/api/v1")


class ReceiptQuery(Query):
    format: Literal["escpos", "html", "json"] = "escpos"
    width: Literal["58", "80"] = "58"  # paper width in mm

    @property
    def paper(self) -> int:
        return int(self.width)


class LabelQuery(Query):
    format: Literal["svg", "png"] = "svg"
    location_code: str | None = Field(default=None, max_length=32)


@bp.get("/orders/<order_id:int>/receipt")
@requires(Role.SHOPPER, Role.CLERK, Role.STORE_MANAGER, member_row=False)
async def order_receipt(request: Request, order_id: int) -> HTTPResponse:
    q = parse_query(request, ReceiptQuery)
    receipt = await receipts.load_receipt(current_actor(request), order_id)
    name = f"小票-{receipt.order_no}"
    if q.format == "html":
        return file_response(receipt_html.render(receipt, q.paper).encode("utf-8"), HTML_TYPE, f"{name}.html",
                             f"receipt-{receipt.order_no}.html")
    data = receipt_escpos.render(receipt, q.paper)
    if q.format == "json":
        return ok({"receipt": {**receipt.to_json(), "width": q.paper,
                               "escpos_base64": base64.b64encode(data).decode("ascii")}})
    return file_response(data, ESCPOS_TYPE, f"{name}.bin", f"receipt-{receipt.order_no}-{q.paper}mm.bin")


def _label_response(label: labels.Label, fmt: str, stem: str) -> HTTPResponse:
    if fmt == "png":
        return file_response(labels.label_png(label), PNG_TYPE, f"{stem}.png", f"label-{label.sku_code}.png")
    return file_response(labels.label_svg(label).encode("utf-8"), SVG_TYPE, f"{stem}.svg",
                         f"label-{label.sku_code}.svg")


@bp.get("/labels/skus/<sku_code:str>")
@requires(Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER)
async def sku_label(request: Request, sku_code: str) -> HTTPResponse:
    q = parse_query(request, LabelQuery)
    label = await labels.sku_label(current_actor(request), sku_code, q.location_code)
    return _label_response(label, q.format, f"价签-{label.sku_code}")


@bp.get("/labels/batches/<batch_id:int>")
@requires(Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER)
async def batch_label(request: Request, batch_id: int) -> HTTPResponse:
    q = parse_query(request, LabelQuery)
    label = await labels.batch_label(current_actor(request), batch_id, q.location_code)
    return _label_response(label, q.format, f"批次标签-{label.sku_code}-{label.batch_no}")
