"""Printable A4 PDFs for the back office under /admin/api/v1/printing (thin handlers over backend.printing):
the P&L and balance sheet (the same figures as /finance/pnl and /finance/balance-sheet) and purchase orders,
each with the chain's header."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import Query
from backend.http import parse_query
from backend.org.models import Channel, Role
from backend.printing import finance_pdf, po_pdf
from backend.printing.files import PDF_TYPE, file_response
from backend.security import current_actor, requires
from backend.timestamps import business_today

bp = Blueprint("admin_printing", url_prefix="/printing")


class PeriodQuery(Query):
    date_from: dt.date | None = Field(default=None, alias="from")
    date_to: dt.date | None = Field(default=None, alias="to")
    location_code: str | None = Field(default=None, max_length=32)
    channel: Channel | None = None


class AsOfQuery(Query):
    as_of: dt.date | None = None


@bp.get("/pnl")
@requires(Role.FINANCE, Role.STORE_MANAGER)
async def pnl_pdf(request: Request) -> HTTPResponse:
    """?from=&to= (default: this month to today), location_code, channel: the P&L as an A4 PDF."""
    q = parse_query(request, PeriodQuery)
    date_to = q.date_to or business_today()
    date_from = q.date_from or date_to.replace(day=1)
    data, _ = await finance_pdf.pnl_document(current_actor(request), date_from, date_to,
                                             location_code=q.location_code,
                                             channel=q.channel.value if q.channel else None)
    return file_response(data, PDF_TYPE, f"利润表-{date_from}-{date_to}.pdf", f"pnl-{date_from}-{date_to}.pdf")


@bp.get("/balance-sheet")
@requires(Role.FINANCE)
async def balance_sheet_pdf(request: Request) -> HTTPResponse:
    q = parse_query(request, AsOfQuery)
    as_of = q.as_of or business_today()
    data = await finance_pdf.balance_sheet_document(current_actor(request), as_of)
    return file_response(data, PDF_TYPE, f"资产负债表-{as_of}.pdf", f"balance-sheet-{as_of}.pdf")


@bp.get("/purchase-orders/<po_no:str>")
@requires(Role.PURCHASER, Role.STORE_MANAGER, Role.FINANCE)
async def po_pdf_file(request: Request, po_no: str) -> HTTPResponse:
    data, po = await po_pdf.po_document(current_actor(request), po_no)
    return file_response(data, PDF_TYPE, f"采购单-{po['po_no']}.pdf", f"po-{po['po_no']}.pdf")
