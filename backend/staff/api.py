"""Auth routes: staff login, token refresh (rotation), logout, who am I."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.client_address import client_ip
from backend.http import Body, ok, optional_body, parse_body
from backend.org.models import ROLE_NAMES_ZH
from backend.security import current_actor, requires, sessions
from backend.security.ratelimit import login_attempt
from backend.staff import auth

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
