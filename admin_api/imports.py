"""Legacy import routes (HQ only): preview (headers and suggested column mapping) -> upload = dry run report
(waiting, or in the background with progress polled) ->
run in batches (waiting, or in the background with progress polled) -> rollback; saved mappings.

Upload as multipart/form-data (field "file") or as the raw file body with ?filename=. Query: kind
(products|stock|members|suppliers|open_orders|sales_history), mapping (a saved mapping's name), columns (a JSON object
{file header: field} made for this file: exactly those columns are read; also a multipart field), batch_size."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query, doc_body
from backend.errors import ValidationError
from backend.http import Body, created, loads_strict, ok, parse_body, parse_query, upload_route, validate
from backend.imports import importer, mapping, sales_history
from backend.imports.models import ColumnMapping, ImportJob, ImportKind
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_imports", url_prefix="/imports")


class UploadQuery(Query):
    kind: ImportKind
    mapping: str | None = Field(default=None, max_length=64)
    filename: str | None = Field(default=None, max_length=255)
    columns: str | None = Field(default=None, max_length=8000)
    batch_size: int = Field(default=importer.BATCH_SIZE, ge=1, le=5000)
    wait: bool = True  # the dry run's answer waits for the report; false: 202 with the job checking


class Columns(Body):
    columns: dict[str, str] = Field(min_length=1, max_length=50)


def _file_of(request: Request, q: UploadQuery) -> tuple[bytes, str]:
    f = request.files.get("file") if request.files else None
    if f is not None:
        data, filename = f.body, f.name or q.filename or "upload.csv"
    else:
        data, filename = request.body, q.filename or "upload.csv"
    if not data:
        raise ValidationError("请上传 CSV 或 xlsx 文件")
    return data, filename


def _columns_of(request: Request, q: UploadQuery) -> dict[str, str] | None:
    raw = (request.form.get("columns") if request.files else None) or q.columns
    if not raw:
        return None
    return validate(Columns, {"columns": loads_strict(raw)}).columns


@bp.post("/preview")
@upload_route
@requires(Role.HQ_ADMIN)
async def preview(request: Request) -> HTTPResponse:
    """The file's headers, first rows and the suggested column of each field (nothing stored)."""
    q = parse_query(request, UploadQuery)
    data, filename = _file_of(request, q)
    return ok(await importer.preview(q.kind, data, filename, mapping_name=q.mapping))


@bp.post("/")
@upload_route
@requires(Role.HQ_ADMIN)
async def upload(request: Request) -> HTTPResponse:
    """Dry run: every row cleaned and checked; the answer lists each rejected row with its reason. wait=false
    answers 202 once the file is read and its mapping accepted; poll GET /imports/<id> (checked_rows of
    total_rows) until the job is checked, then read its report."""
    q = parse_query(request, UploadQuery)
    data, filename = _file_of(request, q)
    if not q.wait:
        job = await importer.start_dry_run(q.kind, data, filename, user=current_actor(request).user,
                                           mapping_name=q.mapping, columns=_columns_of(request, q),
                                           batch_size=q.batch_size)
        return ok({"job": importer.job_dict(job)}, status=202)
    job = await importer.dry_run(q.kind, data, filename, user=current_actor(request).user,
                                 mapping_name=q.mapping, columns=_columns_of(request, q), batch_size=q.batch_size)
    return created({"job": importer.job_dict(job), "rejected": await importer.rejected_rows(job.id),
                    "notes": await importer.noted_rows(job.id)})


@bp.get("/")
@requires(Role.HQ_ADMIN)
async def list_jobs(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    total = await ImportJob.all().count()
    jobs = await ImportJob.all().order_by("-id").offset(offset).limit(limit)
    return ok({"items": [importer.job_dict(j) for j in jobs], "total": total})


@bp.get("/<job_id:int>")
@requires(Role.HQ_ADMIN)
async def get_job(request: Request, job_id: int) -> HTTPResponse:
    """The job with its progress (checked_rows / total_rows while checking, imported_rows / ok_rows while
    running) and the rejected rows."""
    job = await importer._load_job(job_id)
    return ok({"job": importer.job_dict(job), "rejected": await importer.rejected_rows(job.id),
               "notes": await importer.noted_rows(job.id)})


class RowsQuery(PageQuery):
    ok: bool | None = None


@bp.get("/<job_id:int>/rows")
@requires(Role.HQ_ADMIN)
async def list_rows(request: Request, job_id: int) -> HTTPResponse:
    """The row-by-row report: every row of the file with its verdict (ok=true / false to filter)."""
    q = parse_query(request, RowsQuery)
    job = await importer._load_job(job_id)
    offset, limit = q.window()
    items, total = await importer.report_rows(job.id, ok=q.ok, offset=offset, limit=limit)
    return ok({"items": items, "total": total})


@bp.get("/<job_id:int>/totals")
@requires(Role.HQ_ADMIN)
async def totals(request: Request, job_id: int) -> HTTPResponse:
    """A sales-history import's reconciliation: the file against what was imported, per store and month."""
    return ok(await sales_history.totals(await importer._load_job(job_id)))


class RunQuery(Query):
    wait: bool = True


@bp.post("/<job_id:int>/run")
@requires(Role.HQ_ADMIN)
async def run(request: Request, job_id: int) -> HTTPResponse:
    """Import the accepted rows. wait=false answers 202 once the job is running; poll GET /imports/<id>."""
    user = current_actor(request).user
    if not parse_query(request, RunQuery).wait:
        return ok({"job": importer.job_dict(await importer.start_import(job_id, user=user))}, status=202)
    job = await importer.run_import(job_id, user=user)
    return ok({"job": importer.job_dict(job)})


@bp.post("/<job_id:int>/rollback")
@requires(Role.HQ_ADMIN)
async def rollback(request: Request, job_id: int) -> HTTPResponse:
    job = await importer.rollback(job_id, user=current_actor(request).user)
    return ok({"job": importer.job_dict(job)})


class MappingBody(Body):
    kind: ImportKind
    name: str = Field(min_length=1, max_length=64)
    columns: dict[str, str] = Field(min_length=1, max_length=50)


@bp.get("/mappings")
@requires(Role.HQ_ADMIN)
async def list_mappings(request: Request) -> HTTPResponse:
    rows = await ColumnMapping.all().order_by("kind", "name")
    return ok({"items": [mapping.mapping_dict(m) for m in rows], "fields": mapping.fields_dict()})


@bp.put("/mappings")
@doc_body(MappingBody)
@requires(Role.HQ_ADMIN)
async def save_mapping(request: Request) -> HTTPResponse:
    body = parse_body(request, MappingBody)
    m = await mapping.save_mapping(body.kind, body.name, body.columns)
    return created(mapping.mapping_dict(m))
