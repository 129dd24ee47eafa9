"""Accounts payable under /admin/api/v1/finance: supplier invoices matched three ways (PO, receipt, invoice)
and payment runs (backend.purchasing.payables, backend.purchasing.payment_runs). The payables ageing is
GET /finance/payables (the finance blueprint's)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.purchasing import payables, payment_runs
from backend.security import current_actor, requires

bp = Blueprint("admin_payables", url_prefix="/")


class InvoiceLineIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: StrictInt = Field(gt=0, le=1_000_000)
    unit_price_fen: StrictInt = Field(ge=0, le=payables.MAX_FEN)  # net of VAT


class InvoiceIn(Body):
    invoice_no: str = Field(min_length=1, max_length=32)
    po_no: str = Field(min_length=1, max_length=32)
    invoice_date: dt.date
    lines: list[InvoiceLineIn] = Field(min_length=1, max_length=200)
    vat_fen: StrictInt | None = Field(default=None, ge=0, le=payables.MAX_FEN)  # as printed; default: per line at the PO rate


class ReasonIn(Body):
    reason: str = Field(min_length=1, max_length=255)


class RunIn(Body):
    pay_date: dt.date
    invoice_ids: list[int] | None = Field(default=None, min_length=1, max_length=500)
    due_by: dt.date | None = None


class StatusQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)


@bp.post("/finance/supplier-invoices")
@requires(Role.FINANCE)
async def enter_invoice(request: Request) -> HTTPResponse:
    """{invoice_no, po_no, invoice_date, lines: [{sku_code, qty, unit_price_fen}], vat_fen?}: matched (payable)
    or held with the reasons."""
    body = parse_body(request, InvoiceIn)
    inv = await payables.enter_invoice(body.to(payables.InvoiceIn), user=current_actor(request).user)
    return created(await payables.invoice_json(inv))


@bp.get("/finance/supplier-invoices")
@requires(Role.FINANCE)
async def list_invoices(request: Request) -> HTTPResponse:
    q = parse_query(request, StatusQuery)
    offset, limit = q.window()
    return ok(await payables.list_invoices(q.status, offset, limit))


@bp.get("/finance/supplier-invoices/<invoice_id:int>")
@requires(Role.FINANCE)
async def get_invoice(request: Request, invoice_id: int) -> HTTPResponse:
    return ok(await payables.invoice_json(await payables.load(invoice_id)))


@bp.post("/finance/supplier-invoices/<invoice_id:int>/release")
@requires(Role.FINANCE)
async def release_invoice(request: Request, invoice_id: int) -> HTTPResponse:
    body = parse_body(request, ReasonIn)
    inv = await payables.release(invoice_id, body.reason, user=current_actor(request).user)
    return ok(await payables.invoice_json(inv))


@bp.post("/finance/supplier-invoices/<invoice_id:int>/cancel")
@requires(Role.FINANCE)
async def cancel_invoice(request: Request, invoice_id: int) -> HTTPResponse:
    body = parse_body(request, ReasonIn)
    inv = await payables.cancel(invoice_id, body.reason, user=current_actor(request).user)
    return ok(await payables.invoice_json(inv))


@bp.post("/finance/payment-runs")
@requires(Role.FINANCE)
async def propose_run(request: Request) -> HTTPResponse:
    """{pay_date, invoice_ids | due_by}: a pending run a second finance user approves."""
    body = parse_body(request, RunIn)
    run = await payment_runs.propose(body.pay_date, body.invoice_ids, body.due_by, user=current_actor(request).user)
    return created(await payment_runs.run_json(run))


@bp.get("/finance/payment-runs")
@requires(Role.FINANCE)
async def list_runs(request: Request) -> HTTPResponse:
    q = parse_query(request, StatusQuery)
    offset, limit = q.window()
    return ok(await payment_runs.list_runs(q.status, offset, limit))


@bp.get("/finance/payment-runs/<run_id:int>")
@requires(Role.FINANCE)
async def get_run(request: Request, run_id: int) -> HTTPResponse:
    return ok(await payment_runs.run_json(await payment_runs.load(run_id)))


@bp.post("/finance/payment-runs/<run_id:int>/approve")
@requires(Role.FINANCE)
async def approve_run(request: Request, run_id: int) -> HTTPResponse:
    run = await payment_runs.approve(run_id, user=current_actor(request).user)
    return ok(await payment_runs.run_json(run))


@bp.post("/finance/payment-runs/<run_id:int>/cancel")
@requires(Role.FINANCE)
async def cancel_run(request: Request, run_id: int) -> HTTPResponse:
    run = await payment_runs.cancel(run_id, user=current_actor(request).user)
    return ok(await payment_runs.run_json(run))
