"""Accounts receivable under /admin/api/v1/finance: customers on account, their invoices, receipts applied to
them and bad-debt write-offs (backend.finance.receivables). The receivables ageing is GET /finance/receivables
(the finance blueprint's)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from backend.finance import accounts, receivables
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_receivables", url_prefix="/")
MAX_FEN = 10**12


class CustomerIn(Body):
    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=64)
    payment_terms_days: StrictInt = Field(default=30, ge=0, le=365)
    credit_limit_fen: StrictInt = Field(default=0, ge=0, le=MAX_FEN)
    contact: str = Field(default="", max_length=64)


class InvoiceIn(Body):
    customer_code: str = Field(min_length=1, max_length=32)
    invoice_no: str = Field(min_length=1, max_length=32)
    date: dt.date
    total_fen: StrictInt = Field(gt=0, le=MAX_FEN)
    tax_rate_bp: StrictInt = Field(default=1300, ge=0, le=10000)
    revenue_account: str = Field(default=accounts.SALES, min_length=4, max_length=16)
    location_code: str | None = Field(default=None, max_length=32)
    due_date: dt.date | None = None
    memo: str = Field(default="", max_length=255)


class AllocationIn(Body):
    invoice_no: str = Field(min_length=1, max_length=32)
    amount_fen: StrictInt = Field(gt=0, le=MAX_FEN)


class ReceiptIn(Body):
    customer_code: str = Field(min_length=1, max_length=32)
    receipt_no: str = Field(min_length=1, max_length=32)
    date: dt.date
    amount_fen: StrictInt = Field(gt=0, le=MAX_FEN)
    account_code: str = Field(default=accounts.BANK, min_length=4, max_length=16)
    reference: str = Field(default="", max_length=64)
    allocations: list[AllocationIn] | None = Field(default=None, max_length=200)


class ApplyIn(Body):
    allocations: list[AllocationIn] | None = Field(default=None, max_length=200)


class WriteOffIn(Body):
    amount_fen: StrictInt = Field(gt=0, le=MAX_FEN)
    reason: str = Field(min_length=1, max_length=255)
    date: dt.date | None = None


class ReasonIn(Body):
    reason: str = Field(min_length=1, max_length=255)


class InvoiceQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)
    customer_code: str | None = Field(default=None, max_length=32)


class ReceiptQuery(PageQuery):
    customer_code: str | None = Field(default=None, max_length=32)


class WriteOffQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)


def _allocations(items: list[AllocationIn] | None) -> list[receivables.Allocation] | None:
    return None if items is None else [receivables.Allocation(a.invoice_no, a.amount_fen) for a in items]


@bp.post("/finance/customers")
@doc_body(CustomerIn)
@requires(Role.FINANCE)
async def create_customer(request: Request) -> HTTPResponse:
    b = parse_body(request, CustomerIn)
    c = await receivables.create_customer(receivables.CustomerData(
        b.code, b.name, b.payment_terms_days, b.credit_limit_fen, b.contact), user=current_actor(request).user)
    return created(await receivables.customer_json(c))


@bp.get("/finance/customers")
@requires(Role.FINANCE)
async def list_customers(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    return ok(q.page_of(await receivables.list_customers(*q.window())))


@bp.post("/finance/customer-invoices")
@doc_body(InvoiceIn)
@requires(Role.FINANCE)
async def create_invoice(request: Request) -> HTTPResponse:
    """A sale on account: Dr 1122 / Cr revenue and output VAT, dated `date`; due after the customer's terms."""
    b = parse_body(request, InvoiceIn)
    inv = await receivables.create_invoice(receivables.InvoiceData(
        b.customer_code, b.invoice_no, b.date, b.total_fen, b.tax_rate_bp, b.revenue_account, b.location_code,
        b.due_date, b.memo), user=current_actor(request).user)
    return created(await receivables.invoice_json(inv))


@bp.get("/finance/customer-invoices")
@requires(Role.FINANCE)
async def list_invoices(request: Request) -> HTTPResponse:
    q = parse_query(request, InvoiceQuery)
    return ok(q.page_of(await receivables.list_invoices(q.status, q.customer_code, *q.window())))


@bp.get("/finance/customer-invoices/<invoice_id:int>")
@requires(Role.FINANCE)
async def get_invoice(request: Request, invoice_id: int) -> HTTPResponse:
    return ok(await receivables.invoice_json(await receivables.load_invoice(invoice_id)))


@bp.post("/finance/customer-receipts")
@doc_body(ReceiptIn)
@requires(Role.FINANCE)
async def create_receipt(request: Request) -> HTTPResponse:
    """Money in (Dr the bank or cash account / Cr 1122), applied to the allocations given or oldest due first;
    the rest stays unapplied."""
    b = parse_body(request, ReceiptIn)
    r = await receivables.create_receipt(receivables.ReceiptData(
        b.customer_code, b.receipt_no, b.date, b.amount_fen, b.account_code, b.reference,
        _allocations(b.allocations)), user=current_actor(request).user)
    return created(await receivables.receipt_json(r))


@bp.get("/finance/customer-receipts")
@requires(Role.FINANCE)
async def list_receipts(request: Request) -> HTTPResponse:
    q = parse_query(request, ReceiptQuery)
    return ok(q.page_of(await receivables.list_receipts(q.customer_code, *q.window())))


@bp.get("/finance/customer-receipts/<receipt_id:int>")
@requires(Role.FINANCE)
async def get_receipt(request: Request, receipt_id: int) -> HTTPResponse:
    return ok(await receivables.receipt_json(await receivables.load_receipt(receipt_id)))


@bp.post("/finance/customer-receipts/<receipt_id:int>/apply")
@doc_body(ApplyIn)
@requires(Role.FINANCE)
async def apply_receipt(request: Request, receipt_id: int) -> HTTPResponse:
    b = parse_body(request, ApplyIn)
    r = await receivables.apply_receipt(receipt_id, _allocations(b.allocations), user=current_actor(request).user)
    return ok(await receivables.receipt_json(r))


@bp.post("/finance/customer-invoices/<invoice_id:int>/write-offs")
@doc_body(WriteOffIn)
@requires(Role.FINANCE)
async def request_write_off(request: Request, invoice_id: int) -> HTTPResponse:
    """A bad-debt write-off waiting for another finance user's approval."""
    b = parse_body(request, WriteOffIn)
    wo = await receivables.request_write_off(invoice_id, b.amount_fen, b.reason, b.date,
                                             user=current_actor(request).user)
    return created(await receivables.write_off_json(wo))


@bp.get("/finance/write-offs")
@requires(Role.FINANCE)
async def list_write_offs(request: Request) -> HTTPResponse:
    q = parse_query(request, WriteOffQuery)
    return ok(q.page_of(await receivables.list_write_offs(q.status, *q.window())))


@bp.post("/finance/write-offs/<write_off_id:int>/approve")
@requires(Role.FINANCE)
async def approve_write_off(request: Request, write_off_id: int) -> HTTPResponse:
    """Post it: Dr 6702 信用减值损失 / Cr 1122. Not by the user who asked for it."""
    wo = await receivables.approve_write_off(write_off_id, user=current_actor(request).user)
    return ok(await receivables.write_off_json(wo))


@bp.post("/finance/write-offs/<write_off_id:int>/reject")
@doc_body(ReasonIn)
@requires(Role.FINANCE)
async def reject_write_off(request: Request, write_off_id: int) -> HTTPResponse:
    b = parse_body(request, ReasonIn)
    wo = await receivables.reject_write_off(write_off_id, b.reason, user=current_actor(request).user)
    return ok(await receivables.write_off_json(wo))
