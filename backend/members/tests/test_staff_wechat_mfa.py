"""The WeChat staff login gives tokens only after the same TOTP step as the password login; shopper sessions
rotate and log out like staff ones."""

from __future__ import annotations

import time
from typing import Any

import pyotp

from backend.members.tests.helpers import bearer
from backend.org.models import Role, User
from backend.security.models import AuthSession, StaffMfa
from backend.security.sessions import revoke_member
from backend.settings import Settings
from tests.factories import auth, make_user


async def _enrolled_finance(client: Any) -> tuple[User, str]:
    fin = await make_user(Role.FINANCE, username="fin")
    await User.filter(id=fin.id).update(wechat_openid="fin-openid")
    h = auth(fin)
    _, resp = await client.post("/api/v1/auth/mfa/enrol", headers=h)
    secret = resp.json["secret"]
    _, resp = await client.post("/api/v1/auth/mfa/confirm", headers=h, json={"otp": pyotp.TOTP(secret).now()})
    assert resp.status == 200
    return await User.get(id=fin.id), secret


async def test_wechat_staff_login_of_an_mfa_account_needs_the_totp_step(client: Any,
                                                                       wechat_settings: Settings) -> None:
    fin, secret = await _enrolled_finance(client)
    _, resp = await client.post("/api/v1/auth/wechat/staff", json={"code": "openid:fin-openid,nonce:101"})
    assert resp.status == 200
    assert resp.json["mfa_required"] is True and "access_token" not in resp.json and "staff" not in resp.json
    assert not await AuthSession.filter(user_id=fin.id).exists()
    token = resp.json["mfa_token"]
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": "000000"})
    assert resp.status == 401 and resp.json["error"]["code"] == "invalid_otp"
    otp = pyotp.TOTP(secret).at(time.time() + 30)  # the confirm used the current step
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={"mfa_token": token, "otp": otp})
    assert resp.status == 200 and resp.json["access_token"]
    _, me = await client.get("/api/v1/staff/me", headers=bearer(resp.json))
    assert me.status == 200 and me.json["username"] == "fin"
    session = await AuthSession.get(user_id=fin.id)
    assert session.mfa is True and session.method == "wechat"


async def test_wechat_staff_login_when_mfa_is_compulsory_walks_through_enrolment(client: Any,
                                                                                wechat_settings: Settings) -> None:
    hq = await make_user(Role.HQ_ADMIN, username="hq")
    fin = await make_user(Role.FINANCE, username="fin")
    await User.filter(id=fin.id).update(wechat_openid="fin-openid")
    _, resp = await client.put("/admin/api/v1/settings/security", headers=auth(hq), json={"require_mfa": True})
    assert resp.status == 200
    _, resp = await client.post("/api/v1/auth/wechat/staff", json={"code": "openid:fin-openid,nonce:102"})
    assert resp.status == 200 and resp.json["mfa_enrollment_required"] and "access_token" not in resp.json
    _, resp = await client.post("/api/v1/auth/mfa/verify", json={
        "mfa_token": resp.json["mfa_token"], "otp": pyotp.TOTP(resp.json["secret"]).now()})
    assert resp.status == 200 and resp.json["access_token"], resp.json
    assert await StaffMfa.filter(user_id=fin.id, enabled=True).exists()


async def test_wechat_staff_login_without_mfa_answers_tokens_and_the_profile(client: Any,
                                                                            wechat_settings: Settings) -> None:
    clerk = await make_user(Role.CLERK, username="c1")
    await User.filter(id=clerk.id).update(wechat_openid="c1-openid")
    _, resp = await client.post("/api/v1/auth/wechat/staff", json={"code": "openid:c1-openid,nonce:103"})
    assert resp.status == 200 and resp.json["access_token"] and resp.json["staff"]["username"] == "c1"


async def test_shopper_refresh_rotates_and_logout_ends_the_session(client: Any, wechat_settings: Settings) -> None:
    _, resp = await client.post("/api/v1/auth/wechat", json={"code": "openid:alice,nonce:104"})
    first = resp.json
    member_id = first["member"]["id"]
    _, resp = await client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert resp.status == 200 and resp.json["refresh_token"] != first["refresh_token"]
    second = resp.json
    _, me = await client.get("/api/v1/members/me", headers=bearer(second))
    assert me.status == 200
    _, reused = await client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status == 401  # reuse: the family ends
    assert (await client.get("/api/v1/members/me", headers=bearer(second)))[1].status == 401

    _, resp = await client.post("/api/v1/auth/wechat", json={"code": "openid:alice,nonce:105"})
    third = resp.json
    _, out = await client.post("/api/v1/auth/logout", headers=bearer(third))
    assert out.status == 200 and out.json["sessions_ended"] == 1
    assert (await client.get("/api/v1/members/me", headers=bearer(third)))[1].status == 401
    _, resp = await client.post("/api/v1/auth/refresh", json={"refresh_token": third["refresh_token"]})
    assert resp.status == 401
    assert await revoke_member(member_id, "test") == 0  # nothing left open
