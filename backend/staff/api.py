"""Auth routes: staff login, token refresh, who am I."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.client_address import client_ip
from backend.http import Body, ok, parse_body
from backend.security import current_actor, requires
from backend.security.ratelimit import login_attempt
from backend.staff import auth
from backend.staff.models import ROLE_NAMES_ZH

bp = Blueprint("auth", url_prefix="/api/v1/auth")


class LoginBody(Body):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=128)
    otp: str | None = Field(default=None, max_length=8)  # TOTP code for accounts with MFA (optional)


class RefreshBody(Body):
    refresh_token: str = Field(min_length=1)


@bp.post("/login")
async def login(request: Request) -> HTTPResponse:
    body = parse_body(request, LoginBody)
    await login_attempt(client_ip(request), body.username)  # 429 before lockout
    return ok(await auth.login(body.username, body.password, body.otp))


@bp.post("/refresh")
async def refresh(request: Request) -> HTTPResponse:
    body = parse_body(request, RefreshBody)
    return ok(await auth.refresh(body.refresh_token))


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
