"""Login sessions: refresh rotation with reuse detection, logout, and the account changes that end sessions."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
import pytest
from jose import jwt

from backend.audit.models import AuditLog
from backend.org.models import Role, User
from backend.security.models import AuthSession, StaffMfa
from backend.security.sessions import prune
from backend.settings import get_settings
from tests.factories import auth, make_location, make_user

LOGIN, REFRESH, LOGOUT, ME = "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/me"


async def _login(client: Any, username: str) -> dict[str, Any]:
    _, resp = await client.post(LOGIN, json={"username": username, "password": "cradle123"})
    assert resp.status == 200, resp.text
    assert {"access_token", "refresh_token", "expires_in"} <= set(resp.json)  # the contract
    return resp.json


def _bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


async def _status(client: Any, tokens: dict[str, Any]) -> int:
    _, resp = await client.get(ME, headers=_bearer(tokens))
    return resp.status


async def _refresh(client: Any, refresh_token: str) -> Any:
    _, resp = await client.post(REFRESH, json={"refresh_token": refresh_token})
    return resp


async def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(db: None, client: Any) -> None:
    user = await make_user(Role.CLERK, username="till")
    first = await _login(client, "till")
    resp = await _refresh(client, first["refresh_token"])
    assert resp.status == 200
    second = resp.json
    assert second["refresh_token"] != first["refresh_token"] and await _status(client, second) == 200
    resp = await _refresh(client, second["refresh_token"])
    assert resp.status == 200
    third = resp.json

    # the first refresh token again (a thief's copy): refused, and the whole family is revoked with it
    resp = await _refresh(client, first["refresh_token"])
    assert resp.status == 401 and resp.json["error"]["code"] == "unauthorized"
    assert (await _refresh(client, third["refresh_token"])).status == 401
    assert await _status(client, third) == 401 and await _status(client, second) == 401
    row = await AuthSession.get(user_id=user.id)
    assert row.revoked_at is not None and row.revoked_reason == "refresh_reuse"
    audit = await AuditLog.get(action="auth.refresh_reuse")
    assert audit.entity_id == str(user.id) and audit.after["session"] == row.id
    # another login of the same user is not touched
    other = await _login(client, "till")
    assert await _status(client, other) == 200 and (await _refresh(client, other["refresh_token"])).status == 200


async def test_one_refresh_token_used_twice_at_once_gets_tokens_once(db: None, client: Any) -> None:
    await make_user(Role.CLERK, username="till")
    tokens = await _login(client, "till")
    answers = await asyncio.gather(*(_refresh(client, tokens["refresh_token"]) for _ in range(8)))
    assert sorted(r.status for r in answers) == [200] + [401] * 7


async def test_logout_ends_this_session_at_once_and_all_ends_every_one(db: None, client: Any) -> None:
    await make_user(Role.STORE_MANAGER, username="mgr", locations=[await make_location("S001")])
    phone, till, tablet = [await _login(client, "mgr") for _ in range(3)]
    _, resp = await client.post(LOGOUT, headers=_bearer(phone))
    assert resp.status == 200 and resp.json == {"logged_out": True, "sessions_ended": 1}
    assert await _status(client, phone) == 401  # the access token, not only the refresh token
    assert (await _refresh(client, phone["refresh_token"])).status == 401
    assert await _status(client, till) == 200
    assert await AuditLog.filter(action="auth.logout").count() == 1

    _, resp = await client.post(LOGOUT, headers=_bearer(till), json={"all": True})
    assert resp.status == 200 and resp.json["sessions_ended"] == 2
    assert await _status(client, till) == 401 and await _status(client, tablet) == 401
    assert (await _refresh(client, tablet["refresh_token"])).status == 401
    assert (await client.post(LOGOUT, headers=_bearer(till)))[1].status == 401


async def _reset_password(client: Any, hq: User, target: User) -> None:
    _, resp = await client.post(f"/admin/api/v1/users/{target.id}/password", headers=auth(hq),
                                json={"password": "a-new-password-1"})
    assert resp.status == 200


async def _deactivate(client: Any, hq: User, target: User) -> None:
    _, resp = await client.patch(f"/admin/api/v1/users/{target.id}", headers=auth(hq), json={"is_active": False})
    assert resp.status == 200


async def _change_role(client: Any, hq: User, target: User) -> None:
    _, resp = await client.patch(f"/admin/api/v1/users/{target.id}", headers=auth(hq), json={"role": "clerk"})
    assert resp.status == 200


async def _change_stores(client: Any, hq: User, target: User) -> None:
    await make_location("S002")
    _, resp = await client.put(f"/admin/api/v1/users/{target.id}/locations", headers=auth(hq),
                               json={"location_codes": ["S002"]})
    assert resp.status == 200


async def _enable_mfa(client: Any, hq: User, target: User) -> None:
    h = auth(await User.get(id=target.id))
    _, resp = await client.post("/api/v1/auth/mfa/enrol", headers=h)
    _, resp = await client.post("/api/v1/auth/mfa/confirm", headers=h,
                                json={"otp": pyotp.TOTP(resp.json["secret"]).now()})
    assert resp.status == 200


async def _reset_mfa(client: Any, hq: User, target: User) -> None:
    await StaffMfa.create(user_id=target.id, secret="x", enabled=True)
    _, resp = await client.delete(f"/admin/api/v1/users/{target.id}/mfa", headers=auth(hq))
    assert resp.status == 200


async def _require_mfa(client: Any, hq: User, target: User) -> None:
    _, resp = await client.put("/admin/api/v1/settings/security", headers=auth(hq), json={"require_mfa": True})
    assert resp.status == 200


CHANGES: dict[str, tuple[Role, Callable[[Any, User, User], Awaitable[None]]]] = {
    "password_reset": (Role.STORE_MANAGER, _reset_password),
    "deactivation": (Role.STORE_MANAGER, _deactivate),
    "role_change": (Role.STORE_MANAGER, _change_role),
    "store_change": (Role.STORE_MANAGER, _change_stores),
    "mfa_enabled": (Role.FINANCE, _enable_mfa),
    "mfa_reset": (Role.FINANCE, _reset_mfa),
    "mfa_made_compulsory": (Role.FINANCE, _require_mfa),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
async def test_account_changes_end_every_session_of_the_user(db: None, client: Any, change: str) -> None:
    role, do = CHANGES[change]
    hq = await make_user(Role.HQ_ADMIN, username="hq")
    target = await make_user(role, username="target", locations=[await make_location("S001")])
    await make_user(Role.CLERK, username="bystander", locations=[await make_location("S009")])
    sessions = [await _login(client, "target"), await _login(client, "target")]
    unrelated = await _login(client, "bystander")
    await do(client, hq, target)
    for tokens in sessions:
        assert await _status(client, tokens) == 401, change
        assert (await _refresh(client, tokens["refresh_token"])).status == 401, change
    assert not await AuthSession.filter(user_id=target.id, revoked_at=None).exists()
    assert await _status(client, unrelated) == 200  # only the user concerned
    assert (await _refresh(client, unrelated["refresh_token"])).status == 200


async def test_refresh_of_a_session_that_skipped_mfa_now_required_is_refused(db: None, client: Any) -> None:
    fin = await make_user(Role.FINANCE, username="fin")
    tokens = await _login(client, "fin")
    # MFA switched on underneath (as a restore or a direct database fix would): refresh still checks it
    await StaffMfa.create(user_id=fin.id, secret="x", enabled=True)
    resp = await _refresh(client, tokens["refresh_token"])
    assert resp.status == 401
    assert (await AuthSession.get(user_id=fin.id)).revoked_reason == "mfa_required"


async def test_tokens_without_a_session_or_of_an_old_version_are_refused(db: None, client: Any) -> None:
    user = await make_user(Role.CLERK, username="till")
    s = get_settings()
    now = int(time.time())
    legacy = jwt.encode({"sub": f"staff:{user.id}", "role": "clerk", "typ": "access", "iat": now, "exp": now + 60},
                        s.jwt_secret, "HS256")  # as minted before sessions existed
    _, resp = await client.get(ME, headers={"Authorization": f"Bearer {legacy}"})
    assert resp.status == 401
    old_version = auth(user)
    await User.filter(id=user.id).update(token_version=5)
    assert (await client.get(ME, headers=old_version))[1].status == 401
    assert (await client.get(ME, headers=auth(await User.get(id=user.id))))[1].status == 200


async def test_prune_drops_expired_sessions_only(db: None, client: Any) -> None:
    await make_user(Role.CLERK, username="till")
    live = await _login(client, "till")
    await _login(client, "till")
    await AuthSession.filter(id__not=jwt.get_unverified_claims(live["access_token"])["sid"]).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert (await prune())["sessions"] == 1
    assert await AuthSession.all().count() == 1 and await _status(client, live) == 200


async def test_hq_ends_every_session_of_a_user(db: None, client: Any) -> None:
    hq = await make_user(Role.HQ_ADMIN, username="hq")
    clerk = await make_user(Role.CLERK, username="till", locations=[await make_location("S001")])
    tokens = [await _login(client, "till") for _ in range(2)]
    _, resp = await client.delete(f"/admin/api/v1/users/{clerk.id}/sessions", headers=auth(clerk))
    assert resp.status == 403
    _, resp = await client.delete(f"/admin/api/v1/users/{clerk.id}/sessions", headers=auth(hq))
    assert resp.status == 200 and resp.json == {"sessions_ended": 2}
    assert [await _status(client, t) for t in tokens] == [401, 401]
    assert (await AuditLog.get(action="user.sessions_end")).entity_id == str(clerk.id)
    _, resp = await client.delete("/admin/api/v1/users/99999/sessions", headers=auth(hq))
    assert resp.status == 404
