"""MFA routes: the second login step, and enrolment for a logged-in HQ admin or finance user."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.client_address import client_ip
from backend.http import Body, ok, parse_body
from backend.security import current_actor, mfa, requires
from backend.security.ratelimit import hit

bp = Blueprint("auth_mfa", url_prefix="/api/v1/auth/mfa")


class VerifyBody(Body):
    mfa_token: str = Field(min_length=10, max_length=64)
    otp: str = Field(min_length=6, max_length=8)


class OtpBody(Body):
    otp: str = Field(min_length=6, max_length=8)


@bp.post("/verify")
async def verify(request: Request) -> HTTPResponse:
    """Finish a login that answered mfa_required / mfa_enrollment_required: tokens as from /auth/login."""
    body = parse_body(request, VerifyBody)
    address = client_ip(request)
    await hit("mfa-verify", address, 30)
    return ok(await mfa.verify_pending(body.mfa_token, body.otp, address=address))


@bp.get("/")
@requires(staff=True)
async def mfa_status(request: Request) -> HTTPResponse:
    user = current_actor(request).user
    assert user is not None
    return ok(await mfa.status(user))


@bp.post("/enrol")
@requires(staff=True)
async def enrol(request: Request) -> HTTPResponse:
    """A new TOTP secret and its otpauth:// URI (scan it in an authenticator app), then POST /confirm."""
    user = current_actor(request).user
    assert user is not None
    return ok(await mfa.begin_enrolment(user))


@bp.post("/confirm")
@requires(staff=True)
async def confirm(request: Request) -> HTTPResponse:
    body = parse_body(request, OtpBody)
    user = current_actor(request).user
    assert user is not None
    await mfa.confirm_enrolment(user, body.otp)
    return ok({"enrolled": True})
