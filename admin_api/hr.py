"""HR records under /admin/api/v1/hr (backend.hr): employees (contact sealed at rest, shown masked; `reveal`
reads audited), position changes, store transfers, certificates and their expiry notices, performance reviews.
Store managers reach their own stores' records, HQ all; every change is audited by its service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query, doc_body
from backend.hr import certificates, employees, reviews, training
from backend.hr.models import CertificateKind, Employee, EmployeeStatus
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_hr", url_prefix="/hr")

Month = Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")


class EmployeeQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    status: EmployeeStatus | None = None
    q: str | None = Field(default=None, max_length=64)


class EmployeeIn(Body):
    name: str = Field(min_length=1, max_length=64)
    location_code: str = Field(min_length=1, max_length=32)
    position: str = Field(min_length=1, max_length=64)
    hired_on: dt.date
    phone: str | None = Field(default=None, max_length=20)
    address: str | None = Field(default=None, max_length=255)
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    username: str | None = Field(default=None, max_length=64)
    employee_no: str | None = Field(default=None, min_length=1, max_length=32)


class EmployeeUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, max_length=20)
    address: str | None = Field(default=None, max_length=255)
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    status: EmployeeStatus | None = None
    left_on: dt.date | None = None
    username: str | None = Field(default=None, max_length=64)


class DetailQuery(Query):
    reveal: bool = False  # the plain phone and address (the read is audited)


class PositionIn(Body):
    position: str = Field(min_length=1, max_length=64)
    starts_on: dt.date
    reason: str = Field(default="", max_length=255)


class TransferIn(Body):
    to_location_code: str = Field(min_length=1, max_length=32)
    effective_on: dt.date
    reason: str = Field(default="", max_length=255)


class MonthQuery(Query):
    month: str = Month


@bp.get("/employees")
@requires(Role.STORE_MANAGER)
async def list_employees(request: Request) -> HTTPResponse:
    """Employee records of the caller's stores (HQ: all); phone masked, address hidden."""
    q = parse_query(request, EmployeeQuery)
    offset, limit = q.window()
    result = await employees.listing(actor=current_actor(request), location_code=q.location_code,
                                     status=q.status.value if q.status else None, q=q.q, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/employees")
@doc_body(EmployeeIn)
@requires(Role.STORE_MANAGER)
async def create_employee(request: Request) -> HTTPResponse:
    body = parse_body(request, EmployeeIn)
    emp = await employees.create_employee(employees.NewEmployee(**body.model_dump()), actor=current_actor(request))
    return created(await employees.employee_dict(emp, detail=True))


@bp.get("/employees/<employee_id:int>")
@requires(Role.STORE_MANAGER)
async def get_employee(request: Request, employee_id: int) -> HTTPResponse:
    """The record with its position history, transfers, training and certificates; `?reveal=true` shows the
    plain phone and address and is audited."""
    q = parse_query(request, DetailQuery)
    actor = current_actor(request)
    out: dict[str, Any] = await employees.get(employee_id, actor=actor)
    if q.reveal:
        out.update(await employees.reveal_contact(employee_id, actor=actor))
    out["training"] = await training.employee_training(employee_id)
    out["certificates"] = (await certificates.listing(actor=actor, employee_id=employee_id, expiring_within=None,
                                                      offset=0, limit=100))["items"]
    return ok(out)


@bp.patch("/employees/<employee_id:int>")
@doc_body(EmployeeUpdate)
@requires(Role.STORE_MANAGER)
async def update_employee(request: Request, employee_id: int) -> HTTPResponse:
    """Name, phone, address, contract dates, the linked staff account, or leaving (status left, left_on)."""
    body = parse_body(request, EmployeeUpdate)
    emp = await employees.update(employee_id, body.model_dump(exclude_unset=True), actor=current_actor(request))
    return ok(await employees.employee_dict(emp, detail=True))


@bp.post("/employees/<employee_id:int>/positions")
@doc_body(PositionIn)
@requires(Role.STORE_MANAGER)
async def change_position(request: Request, employee_id: int) -> HTTPResponse:
    body = parse_body(request, PositionIn)
    emp = await employees.change_position(employee_id, position=body.position, starts_on=body.starts_on,
                                          reason=body.reason, actor=current_actor(request))
    return created(await employees.employee_dict(emp, detail=True))


@bp.post("/employees/<employee_id:int>/transfers")
@doc_body(TransferIn)
@requires(Role.HQ_ADMIN)
async def transfer_employee(request: Request, employee_id: int) -> HTTPResponse:
    """Move the employee to another store; their staff account's store scope moves with them."""
    body = parse_body(request, TransferIn)
    emp = await employees.transfer(employee_id, to_location_code=body.to_location_code,
                                   effective_on=body.effective_on, reason=body.reason, actor=current_actor(request))
    return created(await employees.employee_dict(emp, detail=True))


@bp.get("/employees/<employee_id:int>/performance")
@requires(Role.STORE_MANAGER)
async def employee_performance(request: Request, employee_id: int) -> HTTPResponse:
    """The month's sales, orders and commission of the employee's staff account, and the month's review."""
    q = parse_query(request, MonthQuery)
    return ok(await reviews.performance_of(employee_id, q.month, actor=current_actor(request)))


# ---- certificates ----------------------------------------------------------------------------------------


class CertificateQuery(PageQuery):
    employee_id: int | None = Field(default=None, ge=1)
    expiring_within: int | None = Field(default=None, ge=0, le=3650)  # days


class CertificateIn(Body):
    employee_id: int = Field(ge=1)
    kind: CertificateKind
    expires_on: dt.date
    number: str = Field(default="", max_length=64)
    issued_on: dt.date | None = None


class RenewIn(Body):
    expires_on: dt.date
    issued_on: dt.date | None = None
    number: str | None = Field(default=None, max_length=64)


@bp.get("/certificates")
@requires(Role.STORE_MANAGER)
async def list_certificates(request: Request) -> HTTPResponse:
    """Certificates soonest expiring first, with days left, status (valid | expiring | expired) and the notices
    sent; `expiring_within=30` for those due within 30 days."""
    q = parse_query(request, CertificateQuery)
    offset, limit = q.window()
    result = await certificates.listing(actor=current_actor(request), employee_id=q.employee_id,
                                        expiring_within=q.expiring_within, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/certificates")
@doc_body(CertificateIn)
@requires(Role.STORE_MANAGER)
async def add_certificate(request: Request) -> HTTPResponse:
    body = parse_body(request, CertificateIn)
    cert = await certificates.add(certificates.NewCertificate(**body.model_dump()), actor=current_actor(request))
    return created(await certificates.cert_dict(cert))


@bp.patch("/certificates/<certificate_id:int>")
@doc_body(RenewIn)
@requires(Role.STORE_MANAGER)
async def renew_certificate(request: Request, certificate_id: int) -> HTTPResponse:
    """A renewed certificate: its new expiry date (notices start over for it)."""
    body = parse_body(request, RenewIn)
    cert = await certificates.renew(certificate_id, expires_on=body.expires_on, issued_on=body.issued_on,
                                    number=body.number, actor=current_actor(request))
    return ok(await certificates.cert_dict(cert))


@bp.get("/certificate-notices")
@requires(Role.STORE_MANAGER)
async def list_certificate_notices(request: Request) -> HTTPResponse:
    """The expiry notices sent (30 and 7 days before), newest first, with the outbox row that carried each."""
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    result = await certificates.notices(actor=current_actor(request), offset=offset, limit=limit)
    return ok(q.page_of(result))


# ---- performance reviews ---------------------------------------------------------------------------------


class ReviewQuery(PageQuery):
    period: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    employee_id: int | None = Field(default=None, ge=1)


class ReviewIn(Body):
    employee_id: int = Field(ge=1)
    period: str = Month
    score: int = Field(ge=1, le=5)
    comments: str = Field(default="", max_length=2000)


@bp.get("/reviews")
@requires(Role.STORE_MANAGER)
async def list_reviews(request: Request) -> HTTPResponse:
    q = parse_query(request, ReviewQuery)
    offset, limit = q.window()
    result = await reviews.listing(actor=current_actor(request), period=q.period, employee_id=q.employee_id,
                                   offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/reviews")
@doc_body(ReviewIn)
@requires(Role.STORE_MANAGER)
async def create_review(request: Request) -> HTTPResponse:
    """A month's review (score 1-5); the month's sales, orders and commission are kept with it."""
    body = parse_body(request, ReviewIn)
    actor = current_actor(request)
    review = await reviews.create(body.employee_id, period=body.period, score=body.score, comments=body.comments,
                                  actor=actor)
    return created(reviews.review_dict(review, await Employee.get(id=review.employee_id)))
