"""The staff routes of /api/v1, two blueprints:

    bp       /api/v1/auth: staff login, token refresh (rotation), logout, who am I
    work_bp  /api/v1: clock in/out (mini-program), shifts, attendance report, commissions, profiles
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.client_address import client_ip
from backend.http import Body, created, ok, optional_body, parse_body, parse_query
from backend.org.models import ROLE_NAMES_ZH, Role
from backend.security import current_actor, requires, sessions
from backend.security.ratelimit import login_attempt
from backend.staff import attendance, auth, performance, shifts
from backend.staff.models import ClockKind
from backend.stock.lookups import location_by_code
from backend.timestamps import iso

bp = Blueprint("auth", url_prefix="/api/v1/auth")


class LoginBody(Body):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=128)
    otp: str | None = Field(default=None, max_length=8)  # TOTP code for accounts with MFA (optional)


class RefreshBody(Body):
    refresh_token: str = Field(min_length=1, max_length=2048)


class LogoutBody(Body):
    all: bool = False  # true: end every session of the caller (every device), not only this one


@bp.post("/login")
async def login(request: Request) -> HTTPResponse:
    body = parse_body(request, LoginBody)
    address = client_ip(request)
    await login_attempt(address)
    return ok(await auth.login(body.username, body.password, body.otp, address=address))


@bp.post("/refresh")
async def refresh(request: Request) -> HTTPResponse:
    """A new {access_token, refresh_token, expires_in} for a staff or member session; the refresh token sent
    stops working (store the new one). Sending an already-used refresh token ends the session."""
    body = parse_body(request, RefreshBody)
    return ok(await sessions.refresh(body.refresh_token))


@bp.post("/logout")
@requires()
async def logout(request: Request) -> HTTPResponse:
    """End this session (staff or member): its access and refresh tokens stop working at once.
    `{"all": true}` ends every session of the caller."""
    body = optional_body(request, LogoutBody)
    actor = current_actor(request)
    if body.all:
        ended = await sessions.end_all(actor)
    else:
        ended = int(await sessions.end(actor.session_id, user=actor.user))
    return ok({"logged_out": True, "sessions_ended": ended})


@bp.get("/me")
@requires()
async def me(request: Request) -> HTTPResponse:
    actor = current_actor(request)
    if actor.user:
        u = actor.user
        return ok({"kind": "staff", "id": u.id, "username": u.username, "display_name": u.display_name,
                   "role": u.role.value, "role_name": ROLE_NAMES_ZH[u.role],
                   "location_ids": sorted(actor.location_ids) if actor.location_ids is not None else None})
    m = actor.member
    return ok({"kind": "member", "id": m.id, "member_code": m.member_code, "nickname": m.nickname})


# ---- work: attendance, shifts, commissions, profiles ------------------------------------------------------

work_bp = Blueprint("staff_work", url_prefix="/api/v1")  # the staff work routes, below the auth ones

MANAGERS = (Role.STORE_MANAGER, Role.HQ_ADMIN)


class ClockIn(Body):
    kind: ClockKind
    lat: float | None = Field(default=None, ge=-90, le=90)
    lng: float | None = Field(default=None, ge=-180, le=180)


class ShiftIn(Body):
    username: str = Field(min_length=1, max_length=64)
    location_code: str = Field(min_length=1, max_length=32)
    date: dt.date
    start: dt.time  # local time (Asia/Shanghai)
    end: dt.time  # before start: the shift ends the next day


class ProfileIn(Body):
    employee_no: str | None = Field(default=None, max_length=32)
    hire_date: dt.date | None = None
    commission_rate_bp: int | None = Field(default=None, ge=0, le=5000)
    note: str | None = Field(default=None, max_length=255)


@work_bp.post("/attendance/clock")
@requires(staff=True)
async def clock(request: Request) -> HTTPResponse:
    body = parse_body(request, ClockIn)
    actor = current_actor(request)
    assert actor.user is not None
    result = await attendance.clock(actor.user, body.kind, lat=body.lat, lng=body.lng, source="app")
    return ok(attendance.clock_json(result), status=200 if result.duplicate else 201)


@work_bp.post("/attendance/records/<record_id:int>/confirm")
@requires(*MANAGERS)
async def confirm_clock(request: Request, record_id: int) -> HTTPResponse:
    """The store manager confirms a clock recorded without a position at their geofenced store."""
    record = await attendance.confirm_clock(record_id, actor=current_actor(request))
    return ok({"id": record.id, "confirmed_at": iso(record.confirmed_at)
               if record.confirmed_at else None})


class UnverifiedQuery(Body):
    location_code: str | None = Field(default=None, max_length=32)


@work_bp.get("/attendance/unverified")
@requires(*MANAGERS)
async def unverified(request: Request) -> HTTPResponse:
    """Clocks waiting for the manager's confirmation (no position at a geofenced store), oldest first."""
    q = parse_query(request, UnverifiedQuery)
    return ok({"items": await attendance.unverified_clocks(await _scope(request, q.location_code))})


class MonthQuery(Body):
    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    location_code: str | None = Field(default=None, max_length=32)


async def _scope(request: Request, location_code: str | None) -> list[int] | None:
    actor = current_actor(request)
    if location_code:
        loc = await location_by_code(location_code)
        actor.require_location(loc.id)
        return [loc.id]
    return None if actor.location_ids is None else sorted(actor.location_ids)


@work_bp.get("/attendance/report")
@requires(*MANAGERS)
async def report(request: Request) -> HTTPResponse:
    q = parse_query(request, MonthQuery)
    return ok(await attendance.monthly_report(q.month, location_ids=await _scope(request, q.location_code)))


@work_bp.get("/staff/commissions")
@requires(*MANAGERS, Role.FINANCE)
async def commissions(request: Request) -> HTTPResponse:
    q = parse_query(request, MonthQuery)
    return ok(await performance.commissions(q.month, location_ids=await _scope(request, q.location_code)))


@work_bp.post("/staff/shifts")
@requires(*MANAGERS)
async def add_shift(request: Request) -> HTTPResponse:
    body = parse_body(request, ShiftIn)
    s = await shifts.add_shift(body.to(shifts.NewShift), actor=current_actor(request))
    return created({"id": s.id})


class ShiftQuery(Body):
    date_from: dt.date
    date_to: dt.date
    location_code: str | None = Field(default=None, max_length=32)
    username: str | None = Field(default=None, max_length=64)


@work_bp.get("/staff/shifts")
@requires(staff=True)
async def list_shifts(request: Request) -> HTTPResponse:
    q = parse_query(request, ShiftQuery)
    return ok({"items": await shifts.list_shifts(location_ids=await _scope(request, q.location_code),
                                                 date_from=q.date_from, date_to=q.date_to, username=q.username)})


@work_bp.get("/staff/<username:str>/profile")
@requires(*MANAGERS)
async def get_profile(request: Request, username: str) -> HTTPResponse:
    return ok(await shifts.profile_json(username, viewer=current_actor(request)))


@work_bp.put("/staff/<username:str>/profile")
@requires(Role.HQ_ADMIN)
async def put_profile(request: Request, username: str) -> HTTPResponse:
    body = parse_body(request, ProfileIn)
    await shifts.set_profile(username, body.changes(), actor=current_actor(request))
    return ok(await shifts.profile_json(username, viewer=current_actor(request)))
