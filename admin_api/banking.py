"""Bank and cash under /admin/api/v1/finance: statement import and reconciliation
(backend.finance.bank_reconciliation), the cash position and the cash forecast
(backend.purchasing.cash_forecast)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query, doc_body
from backend.errors import ValidationError
from backend.finance import bank_reconciliation as recon
from backend.http import Body, created, ok, parse_body, parse_query, upload_route
from backend.org.models import Role
from backend.purchasing import cash_forecast
from backend.security import current_actor, requires
from backend.timestamps import business_today

bp = Blueprint("admin_banking", url_prefix="/")


class ImportQuery(Query):
    account_code: str = Field(min_length=4, max_length=16)
    filename: str | None = Field(default=None, max_length=255)


class AccountBody(Body):
    account_code: str = Field(min_length=4, max_length=16)


class MatchIn(Body):
    journal_line_id: StrictInt = Field(gt=0)


class StatementQuery(PageQuery):
    account_code: str | None = Field(default=None, max_length=16)


class LineQuery(PageQuery):
    account_code: str = Field(min_length=4, max_length=16)
    status: str | None = Field(default=None, max_length=16)


class ReportQuery(Query):
    account_code: str = Field(min_length=4, max_length=16)
    as_of: dt.date | None = None


class PositionQuery(Query):
    as_of: dt.date | None = None


class ForecastQuery(Query):
    weeks: int = Field(default=8, ge=1, le=cash_forecast.MAX_WEEKS)


@bp.post("/finance/bank-statements")
@upload_route
@requires(Role.FINANCE)
async def import_statement(request: Request) -> HTTPResponse:
    """Upload a bank's statement export (multipart "file" or the raw body; CSV or xlsx) with ?account_code= (1002,
    1001 or a sub-account). ICBC, CCB and CMB layouts are recognised from the headers; lines already imported
    are skipped."""
    q = parse_query(request, ImportQuery)
    f = request.files.get("file") if request.files else None
    data, filename = (f.body, f.name) if f is not None else (request.body, q.filename or "statement.csv")
    if not data:
        raise ValidationError("请上传银行对账单文件")
    return created(await recon.import_statement(q.account_code, data, filename or "statement.csv",
                                                user=current_actor(request).user))


@bp.get("/finance/bank-statements")
@requires(Role.FINANCE)
async def list_statements(request: Request) -> HTTPResponse:
    q = parse_query(request, StatementQuery)
    return ok(q.page_of(await recon.list_statements(q.account_code, *q.window())))


@bp.get("/finance/bank-statement-lines")
@requires(Role.FINANCE)
async def list_lines(request: Request) -> HTTPResponse:
    """?account_code=&status=matched|unmatched"""
    q = parse_query(request, LineQuery)
    return ok(q.page_of(await recon.list_lines(q.account_code, q.status, *q.window())))


@bp.post("/finance/bank-reconciliation/auto-match")
@doc_body(AccountBody)
@requires(Role.FINANCE)
async def auto_match(request: Request) -> HTTPResponse:
    b = parse_body(request, AccountBody)
    return ok(await recon.auto_match(b.account_code, user=current_actor(request).user))


@bp.post("/finance/bank-statement-lines/<line_id:int>/match")
@doc_body(MatchIn)
@requires(Role.FINANCE)
async def match_line(request: Request, line_id: int) -> HTTPResponse:
    b = parse_body(request, MatchIn)
    return ok(await recon.line_answer(await recon.match(line_id, b.journal_line_id, user=current_actor(request).user)))


@bp.post("/finance/bank-statement-lines/<line_id:int>/unmatch")
@requires(Role.FINANCE)
async def unmatch_line(request: Request, line_id: int) -> HTTPResponse:
    return ok(await recon.line_answer(await recon.unmatch(line_id, user=current_actor(request).user)))


@bp.get("/finance/bank-reconciliation")
@requires(Role.FINANCE)
async def reconciliation_report(request: Request) -> HTTPResponse:
    """?account_code=&as_of=: statement balance against book balance with the reconciling items."""
    q = parse_query(request, ReportQuery)
    return ok(await recon.report(q.account_code, q.as_of or business_today()))


@bp.get("/finance/cash-position")
@requires(Role.FINANCE)
async def cash_position(request: Request) -> HTTPResponse:
    q = parse_query(request, PositionQuery)
    return ok(await cash_forecast.cash_position(q.as_of))


@bp.get("/finance/cash-forecast")
@requires(Role.FINANCE)
async def forecast(request: Request) -> HTTPResponse:
    """?weeks=N (1-26): week by week from today, the open receivables and payables by due date and the budgets."""
    q = parse_query(request, ForecastQuery)
    return ok(await cash_forecast.forecast(q.weeks))
