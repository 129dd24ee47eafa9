"""TOTP MFA for HQ admin and finance logins and the require-MFA setting (login throttling: backend/staff/tests)."""

from __future__ import annotations

import time
from typing import Any

import pyotp

from backend.audit.models import AuditLog
from backend.org.models import Role
from backend.security.models import StaffMfa
from tests.factories import auth, make_user

LOGIN = "/api/v1/auth/login"


async def _login(client: Any, username: str, **extra: Any) -> Any:
    _, resp = await client.post(LOGIN, json={"username": username, "password": "cradle123", **extra})
    return resp


def _code(secret: str, offset_steps: int = 0) -> str:
    return pyotp.TOTP(secret).at(time.time() + offset_steps * 30)


async def test_without_mfa_login_answers_tokens_as_the_contract_says(db: None, client: Any) -> None:
    for role in (Role.HQ_ADMIN, Role.FINANCE, Role.CLERK):
        user = await make_user(role)
        resp = await _login(client, user.username)
        assert resp.status == 200
        assert {"access_token", "refresh_token", "expires_in"} <= set(resp.json)


async def test_enrol_then_every_login_needs_a_fresh_code(db: None, client: Any) -> None:
    admin = await make_user(Role.HQ_ADMIN, username="boss")
    h = auth(admin)
    _, resp = await client.post("/api/v1/auth/mfa/enrol", headers=h)
    assert resp.status == 200 and resp.json["otpauth_uri"].startswith("otpauth://totp/")
    secret = resp.json["secret"]
    row = await StaffMfa.get(user_id=admin.id)
    assert secret not in row.secret  # sealed at rest
    _, resp = await client.post("/api/v1/auth/mfa/confirm", headers=h, json={"otp": "000000"})
    assert resp.status == 400 and resp.json["error"]["code"] == "invalid_otp"
    _, resp = await client.post("/api/v1/auth/mfa/confirm", headers=h, json={"otp": _code(secret, -1)})
    assert resp.status == 200

    # password alone: no tokens, a second step
    resp = await _login(client, "boss")
    assert resp.status == 200 and resp.json["mfa_required"] is True and "access_token" not in resp.json
    token = resp.json["mfa_token"]
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": "123456"})
    assert resp.status == 401 and resp.json["error"]["code"] == "invalid_otp"
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": _code(secret)})
    assert resp.status == 200 and "access_token" in resp.json
    # the token is single use and the same code is never accepted twice
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": _code(secret)})
    assert resp.status == 401
    resp = await _login(client, "boss", otp=_code(secret))
    assert resp.status == 401 and resp.json["error"]["code"] == "invalid_otp"
    resp = await _login(client, "boss", otp=_code(secret, 1))  # next step (clock drift allowed)
    assert resp.status == 200 and "access_token" in resp.json
    assert await AuditLog.filter(action="security.mfa_enable", entity_id=str(admin.id)).exists()


async def test_require_mfa_setting_walks_privileged_users_through_enrolment(db: None, client: Any) -> None:
    admin = await make_user(Role.HQ_ADMIN, username="boss")
    await make_user(Role.FINANCE, username="fin")
    await make_user(Role.CLERK, username="clerk")
    _, resp = await client.put("/admin/api/v1/settings/security", headers=auth(admin), json={"require_mfa": True})
    assert resp.status == 200
    assert (await _login(client, "clerk")).json.get("access_token")  # other roles unaffected
    resp = await _login(client, "fin")
    assert resp.status == 200 and resp.json["mfa_enrollment_required"] and "access_token" not in resp.json
    secret, token = resp.json["secret"], resp.json["mfa_token"]
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": _code(secret)})
    assert resp.status == 200 and "access_token" in resp.json
    assert (await _login(client, "fin")).json["mfa_required"] is True
    # HQ resets a lost phone; a clerk may not touch the setting
    fin = await StaffMfa.get(user__username="fin")
    _, resp = await client.delete(f"/admin/api/v1/users/{fin.user_id}/mfa", headers=auth(admin))
    assert resp.status == 200 and not await StaffMfa.filter(user__username="fin").exists()
    clerk = await make_user(Role.CLERK)
    _, resp = await client.put("/admin/api/v1/settings/security", headers=auth(clerk), json={"require_mfa": False})
    assert resp.status == 403


async def test_a_pending_mfa_login_allows_five_attempts_even_when_they_race(db: None, client: Any) -> None:
    import asyncio

    admin = await make_user(Role.HQ_ADMIN, username="boss")
    h = auth(admin)
    _, resp = await client.post("/api/v1/auth/mfa/enrol", headers=h)
    secret = resp.json["secret"]
    assert (await client.post("/api/v1/auth/mfa/confirm", headers=h, json={"otp": _code(secret)}))[1].status == 200
    token = (await _login(client, "boss")).json["mfa_token"]
    wrong = [f"{n:06d}" for n in range(100000, 100012) if f"{n:06d}" not in {_code(secret, d) for d in (-1, 0, 1)}]
    answers = await asyncio.gather(*(client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": otp})
                                     for otp in wrong[:10]))
    codes = [r.json["error"]["code"] for _, r in answers]
    assert codes.count("invalid_otp") == 5 and codes.count("mfa_expired") == 5  # never more than 5 checked
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": _code(secret, 1)})
    assert resp.status == 401 and resp.json["error"]["code"] == "mfa_expired"  # the pending login is gone
