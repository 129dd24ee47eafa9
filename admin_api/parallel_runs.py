"""The parallel run of a migrated store (backend.imports.parallel_run) under /admin/api/v1/parallel-runs: HQ
(the migration lead) creates a run, uploads the old system's daily export per section and day, explains the
differences and signs off; the store's manager reads its run.

Upload as multipart/form-data (field "file") or as the raw file body with ?filename=; ?section=sales|stock|members.
Days are YYYY-MM-DD business days (China time)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import Query, doc_body
from backend.errors import ValidationError
from backend.http import Body, created, ok, parse_body, parse_query, upload_route
from backend.imports import parallel_run as pr
from backend.imports.parallel_export import Section
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_parallel_runs", url_prefix="/parallel-runs")


class RunIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    required_days: int = Field(default=pr.DEFAULT_REQUIRED_DAYS, ge=1, le=31)
    sales_tolerance_fen: int = Field(default=0, ge=0, le=100_000_000)
    stock_tolerance_qty: int = Field(default=0, ge=0, le=100_000)
    balance_tolerance_fen: int = Field(default=0, ge=0, le=100_000_000)
    points_tolerance: int = Field(default=0, ge=0, le=10_000_000)
    note: str = Field(default="", max_length=255)


class RunUpdate(Body):
    required_days: int | None = Field(default=None, ge=1, le=31)
    sales_tolerance_fen: int | None = Field(default=None, ge=0, le=100_000_000)
    stock_tolerance_qty: int | None = Field(default=None, ge=0, le=100_000)
    balance_tolerance_fen: int | None = Field(default=None, ge=0, le=100_000_000)
    points_tolerance: int | None = Field(default=None, ge=0, le=10_000_000)
    note: str | None = Field(default=None, max_length=255)


class ExplainIn(Body):
    reason: str = Field(min_length=1, max_length=255)


class UploadQuery(Query):
    section: Section
    filename: str | None = Field(default=None, max_length=255)


class DayQuery(Query):
    section: str | None = Field(default=None, pattern="^(sales|stock|balance|points)$")


def _day(raw: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise ValidationError("日期格式应为 YYYY-MM-DD") from exc


@bp.get("/")
@requires(Role.STORE_MANAGER)
async def list_runs(request: Request) -> HTTPResponse:
    """Every run in the caller's stores with its days' status and the clear streak."""
    return ok({"items": await pr.list_runs(current_actor(request))})


@bp.post("/")
@doc_body(RunIn)
@requires(Role.HQ_ADMIN)
async def create_run(request: Request) -> HTTPResponse:
    body = parse_body(request, RunIn)
    run = await pr.create_run(pr.NewRun(**body.model_dump()), user=current_actor(request).user)
    return created(await pr.run_json(await pr.load_run(run.id)))


@bp.get("/<run_id:int>")
@requires(Role.STORE_MANAGER)
async def get_run(request: Request, run_id: int) -> HTTPResponse:
    return ok(await pr.run_json(await pr.load_run(run_id, current_actor(request))))


@bp.patch("/<run_id:int>")
@doc_body(RunUpdate)
@requires(Role.HQ_ADMIN)
async def update_run(request: Request, run_id: int) -> HTTPResponse:
    """Change the tolerances or the days the sign-off needs; every uploaded day is compared again."""
    body = parse_body(request, RunUpdate)
    run = await pr.update_settings(run_id, body.model_dump(exclude_none=True), user=current_actor(request).user)
    return ok(await pr.run_json(run))


@bp.post("/<run_id:int>/days/<day:str>/exports")
@upload_route
@requires(Role.HQ_ADMIN)
async def upload_export(request: Request, run_id: int, day: str) -> HTTPResponse:
    """One section of the old system's export for the day; stored and compared at once. The answer is the
    day with its differences and their drill-down."""
    q = parse_query(request, UploadQuery)
    f = request.files.get("file") if request.files else None
    data, filename = (f.body, f.name or q.filename or "export.csv") if f is not None else (
        request.body, q.filename or "export.csv")
    if not data:
        raise ValidationError("请上传 CSV 或 xlsx 文件")
    actor = current_actor(request)
    await pr.upload(run_id, _day(day), q.section, data, filename, user=actor.user)
    return created(await pr.day_detail(run_id, _day(day), actor))


@bp.post("/<run_id:int>/days/<day:str>/compare")
@requires(Role.HQ_ADMIN)
async def compare_day(request: Request, run_id: int, day: str) -> HTTPResponse:
    """Compare the day again with Cradle's figures as they are now (late syncs, corrections)."""
    actor = current_actor(request)
    await pr.compare_day(run_id, _day(day), user=actor.user)
    return ok(await pr.day_detail(run_id, _day(day), actor))


@bp.get("/<run_id:int>/days/<day:str>")
@requires(Role.STORE_MANAGER)
async def get_day(request: Request, run_id: int, day: str) -> HTTPResponse:
    """The day's status and differences with drill-down (?section=sales|stock|balance|points)."""
    q = parse_query(request, DayQuery)
    return ok(await pr.day_detail(run_id, _day(day), current_actor(request), section=q.section))


@bp.post("/<run_id:int>/differences/<difference_id:int>/explain")
@doc_body(ExplainIn)
@requires(Role.HQ_ADMIN)
async def explain(request: Request, run_id: int, difference_id: int) -> HTTPResponse:
    body = parse_body(request, ExplainIn)
    diff = await pr.explain(run_id, difference_id, body.reason, user=current_actor(request).user)
    return ok(pr.difference_json(diff))


@bp.post("/<run_id:int>/sign-off")
@requires(Role.HQ_ADMIN)
async def sign_off(request: Request, run_id: int) -> HTTPResponse:
    """The sign-off report; 409 invalid_state until the required consecutive days are clear."""
    return ok({"report": await pr.sign_off(run_id, user=current_actor(request).user)})


@bp.get("/<run_id:int>/report")
@requires(Role.STORE_MANAGER)
async def report(request: Request, run_id: int) -> HTTPResponse:
    return ok({"report": await pr.report_of(run_id, current_actor(request))})
