"""/api/v1/hr: the staff directory in the mini-program's clerk mode and WeCom. Any staff member reads the employee
records of their own stores (name, position, store, phone masked; no address, no contract); another store's
record is a 403. The full records are the back office's (/admin/api/v1/hr)."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.hr import certificates, employees, scope
from backend.hr.models import Employee, EmployeeStatus
from backend.http import PageQuery, ok, parse_query
from backend.security import current_actor, requires

bp = Blueprint("hr", url_prefix="/api/v1/hr")

DIRECTORY_FIELDS = ("id", "employee_no", "name", "position", "status", "location_code", "location_name",
                    "username", "phone")


class DirectoryQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    q: str | None = Field(default=None, max_length=64)


def _entry(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in DIRECTORY_FIELDS}


@bp.get("/colleagues")
@requires(staff=True)
async def list_colleagues(request: Request) -> HTTPResponse:
    """Active colleagues of the caller's stores (HQ: all)."""
    q = parse_query(request, DirectoryQuery)
    actor = current_actor(request)
    employees.require_staff_directory(actor)
    offset, limit = q.window()
    result = await employees.listing(actor=actor, location_code=q.location_code, status=EmployeeStatus.ACTIVE.value,
                                     q=q.q, offset=offset, limit=limit)
    return ok(q.page_of({"items": [_entry(r) for r in result["items"]], "total": result["total"]}))


@bp.get("/colleagues/<employee_id:int>")
@requires(staff=True)
async def get_colleague(request: Request, employee_id: int) -> HTTPResponse:
    """One colleague of the caller's stores, with their certificates' expiry dates."""
    actor = current_actor(request)
    emp = await scope.load(Employee, employee_id, actor, missing=employees.MISSING)
    out = _entry(await employees.employee_dict(emp))
    out["certificates"] = [{k: c[k] for k in ("kind", "kind_name", "expires_on", "days_left", "status")}
                           for c in (await certificates.listing(actor=actor, employee_id=emp.id, expiring_within=None,
                                                                offset=0, limit=100))["items"]]
    return ok(out)
