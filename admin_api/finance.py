"""Finance under /admin/api/v1/finance.

The reports are the same handlers as /api/v1/finance (backend.finance.api), mounted again so the back office
has one prefix: roles, store scoping, xlsx and SVG behave identically. Settlement reconciliation (platform
settlement files against our orders) lives here only."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query
from backend.errors import ValidationError
from backend.finance import settlement
from backend.finance.api import bp as finance_bp
from backend.finance.models import SettlementRun
from backend.http import created, ok, parse_query
from backend.security import current_actor, requires
from backend.staff.models import Role

bp = Blueprint("admin_finance", url_prefix="/")

for route in finance_bp._future_routes:
    # The finance blueprint's routes are "/finance/..."; the same paths under this prefix.
    bp.add_route(route.handler, route.uri, methods=route.methods, name=f"finance_{route.handler.__name__}")


class SettlementQuery(Query):
    channel: str = Field(min_length=1, max_length=16)
    date_from: dt.date = Field(alias="from")
    date_to: dt.date = Field(alias="to")
    filename: str | None = Field(default=None, max_length=255)


@bp.post("/finance/settlements")
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
