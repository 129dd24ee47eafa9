"""Finance under /admin/api/v1/finance.

The reports are the same handlers as /api/v1/finance (backend.finance.api), mounted again so the back office
has one prefix: roles, store scoping, xlsx and SVG behave identically. Settlement reconciliation (platform
settlement files against our orders) and its posting, and manual adjusting entries (maker-checker) live here
only."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query
from backend.channels import settlement
from backend.errors import ValidationError
from backend.finance import manual_entries
from backend.finance.api import bp as finance_bp
from backend.finance.models import SettlementRun
from backend.http import Body, created, ok, parse_body, parse_query, upload_route
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_finance", url_prefix="/")

for route in finance_bp._future_routes:
    # The finance blueprint's routes are "/finance/..."; the same paths under this prefix.
    bp.add_route(route.handler, route.uri, methods=route.methods, name=f"finance_{route.handler.__name__}")


class SettlementQuery(Query):
    channel: str = Field(min_length=1, max_length=16)
    date_from: dt.date = Field(alias="from")
    date_to: dt.date = Field(alias="to")
    filename: str | None = Field(default=None, max_length=255)


class LineIn(Body):
    account: str = Field(min_length=1, max_length=16)
    debit_fen: StrictInt = Field(default=0, ge=0, le=manual_entries.MAX_FEN)
    credit_fen: StrictInt = Field(default=0, ge=0, le=manual_entries.MAX_FEN)
    memo: str = Field(default="", max_length=255)


class EntryIn(Body):
    date: dt.date
    memo: str = Field(min_length=1, max_length=255)
    lines: list[LineIn] = Field(min_length=2, max_length=100)


class RejectIn(Body):
    reason: str = Field(min_length=1, max_length=255)


@bp.post("/finance/settlements")
@upload_route
@requires(Role.FINANCE)
async def reconcile(request: Request) -> HTTPResponse:
    """Upload a platform settlement file (multipart "file" or the raw body) with ?channel=&from=&to=: every
    line matched to our orders; the answer lists the differences."""
    q = parse_query(request, SettlementQuery)
    f = request.files.get("file") if request.files else None
    data, filename = (f.body, f.name) if f is not None else (request.body, q.filename or "settlement.csv")
    if not data:
        raise ValidationError("请上传结算单文件")
    run = await settlement.reconcile(q.channel, data, filename or "settlement.csv", date_from=q.date_from,
                                     date_to=q.date_to, user=current_actor(request).user)
    return created(await settlement.run_report(run.id, only_differences=True))


@bp.get("/finance/settlements")
@requires(Role.FINANCE)
async def list_runs(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    runs = await SettlementRun.all().order_by("-id").offset(offset).limit(limit)
    return ok({"items": [settlement.run_dict(r) for r in runs], "total": await SettlementRun.all().count()})


class RunQuery(Query):
    only_differences: bool = False


@bp.get("/finance/settlements/<run_id:int>")
@requires(Role.FINANCE)
async def get_run(request: Request, run_id: int) -> HTTPResponse:
    q = parse_query(request, RunQuery)
    return ok(await settlement.run_report(run_id, only_differences=q.only_differences))


@bp.post("/finance/settlements/<run_id:int>/post")
@requires(Role.FINANCE)
async def post_run(request: Request, run_id: int) -> HTTPResponse:
    """Book the run's matched lines: Dr bank (paid out), Dr platform fees (kept), Cr platform receivable.
    Once per run (a repeat answers already_posted: true) and once per order across runs."""
    return ok(await settlement.post_run(run_id, user=current_actor(request).user))


# ---- manual adjusting entries (maker-checker) ------------------------------------------------------------------


class EntryListQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)


@bp.post("/finance/journal-entries")
@requires(Role.FINANCE)
async def draft_entry(request: Request) -> HTTPResponse:
    """Draft a manual adjusting entry {date, memo, lines: [{account, debit_fen | credit_fen, memo}]}; it posts
    when another finance user approves it."""
    body = parse_body(request, EntryIn)
    entry = await manual_entries.draft(body.to(manual_entries.EntryDraft), user=current_actor(request).user)
    return created(await manual_entries.entry_json(entry))


@bp.get("/finance/journal-entries")
@requires(Role.FINANCE)
async def list_entries(request: Request) -> HTTPResponse:
    q = parse_query(request, EntryListQuery)
    offset, limit = q.window()
    return ok(await manual_entries.list_entries(q.status, offset, limit))


@bp.get("/finance/journal-entries/<entry_id:int>")
@requires(Role.FINANCE)
async def get_entry(request: Request, entry_id: int) -> HTTPResponse:
    return ok(await manual_entries.entry_json(await manual_entries.load(entry_id)))


@bp.post("/finance/journal-entries/<entry_id:int>/approve")
@requires(Role.FINANCE)
async def approve_entry(request: Request, entry_id: int) -> HTTPResponse:
    entry = await manual_entries.approve(entry_id, user=current_actor(request).user)
    return ok(await manual_entries.entry_json(entry))


@bp.post("/finance/journal-entries/<entry_id:int>/reject")
@requires(Role.FINANCE)
async def reject_entry(request: Request, entry_id: int) -> HTTPResponse:
    body = parse_body(request, RejectIn)
    entry = await manual_entries.reject(entry_id, body.reason, user=current_actor(request).user)
    return ok(await manual_entries.entry_json(entry))
