"""TOTP multi-factor login for HQ admins and finance (RFC 6238 through pyotp, 30 s steps, ±1 step drift).

Policy (documented in docs/admin.md):
- A privileged account (hq_admin, finance) with MFA enrolled must give a code at every login.
- HQ may require MFA for every privileged account (setting "require_mfa"); an account that has not enrolled
  is then walked through enrolment at its next login before it gets tokens.
- Other roles, and privileged accounts while MFA is neither enrolled nor required, log in with the password
  alone and get {access_token, refresh_token, expires_in} as before (the demo accounts under `make run`).

Every path that gives staff tokens goes through `after_first_factor` once its first factor is right: the
password login and the WeChat staff login alike. For an MFA account it answers {"mfa_required": true,
"mfa_token"} (or "mfa_enrollment_required" with an enrolment secret); POST /api/v1/auth/mfa/verify {"mfa_token",
"otp"} finishes it. The mfa_token lives 5 min in Redis and allows 5 attempts. A code is accepted once (its time
step is remembered). Enabling or resetting MFA ends every session of the user, making it compulsory ends the
sessions that did not pass it, and a refresh of a session that skipped MFA the account now needs is refused
(backend.security.sessions).
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from typing import Any

import pyotp
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.cache import get_redis, key
from backend.errors import Conflict, Unauthorized, ValidationError
from backend.fieldcrypt import seal, unseal
from backend.org.models import User
from backend.security import login_throttle, sessions
from backend.security.mfa_policy import MFA_ROLES, get_setting
from backend.security.models import SecuritySetting, StaffMfa

ISSUER = "Cradle 母婴连锁"
PENDING_TTL_S = 300
MAX_WRONG = 5


async def set_setting(name: str, value: Any, *, user: Any) -> None:
    async with in_transaction() as conn:
        row = await SecuritySetting.get_or_none(key=name).using_db(conn)
        before = None if row is None else row.value
        await SecuritySetting.update_or_create(key=name, defaults={"value": value}, using_db=conn)
        if name == "require_mfa" and value and not before:  # sessions that skipped MFA end now
            await sessions.revoke_without_mfa(MFA_ROLES, "mfa_required", conn)
        await record_audit(user, "security.setting", "security_setting", name, before={"value": before},
                           after={"value": value}, via="admin", using_db=conn)


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, issuer=ISSUER)


def _step(at: float | None = None) -> int:
    return int((at or time.time()) // 30)


def _matching_step(secret: str, otp: str, at: float | None = None) -> int | None:
    otp = (otp or "").strip().replace(" ", "")
    if not (otp.isdigit() and len(otp) == 6):
        return None
    now = at or time.time()
    totp = _totp(secret)
    for drift in (0, -1, 1):
        t = now + drift * 30
        if secrets.compare_digest(totp.at(t), otp):
            return _step(t)
    return None


async def _accept(mfa: StaffMfa, otp: str) -> bool:
    """True and remember the step if otp is a fresh valid code for this enrolment."""
    step = _matching_step(unseal(mfa.secret), otp)
    if step is None or step <= mfa.last_step:
        return False
    updated = await StaffMfa.filter(id=mfa.id, last_step__lt=step).update(last_step=step)
    return updated == 1


async def status(user: User) -> dict[str, Any]:
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    required = user.role in MFA_ROLES and bool(await get_setting("require_mfa", False))
    return {"enrolled": bool(mfa and mfa.enabled), "required": required, "eligible": user.role in MFA_ROLES}


async def begin_enrolment(user: User) -> dict[str, Any]:
    """A new secret (replacing an unconfirmed one). Refused when MFA is already on (disable it first)."""
    if user.role not in MFA_ROLES:
        raise ValidationError("仅总部管理员和财务账号需要绑定动态验证码")
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    if mfa and mfa.enabled:
        raise Conflict("已绑定动态验证码")
    secret = pyotp.random_base32()
    if mfa is None:
        await StaffMfa.create(user_id=user.id, secret=seal(secret))
    else:
        mfa.secret, mfa.last_step = seal(secret), 0
        await mfa.save(update_fields=["secret", "last_step"])
    return {"secret": secret, "otpauth_uri": _totp(secret).provisioning_uri(name=user.username, issuer_name=ISSUER)}


async def confirm_enrolment(user: User, otp: str) -> None:
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    if mfa is None or mfa.enabled:
        raise Conflict("请先获取新的绑定密钥")
    if not await _accept(mfa, otp):
        raise ValidationError("动态验证码不正确", code="invalid_otp")
    await _enable(user, mfa)


async def _enable(user: User, mfa: StaffMfa) -> None:
    """MFA is on from now: every session that began without it ends (the user logs in again with a code)."""
    async with in_transaction() as conn:
        mfa.enabled, mfa.enabled_at = True, datetime.now(UTC)
        await mfa.save(update_fields=["enabled", "enabled_at"], using_db=conn)
        ended = await sessions.revoke_user(user.id, "mfa_enabled", conn)
        await record_audit(user, "security.mfa_enable", "user", user.id, after={"mfa": True, "sessions_ended": ended},
                           via="api", using_db=conn)


async def disable(target: User, *, by: Any) -> None:
    """HQ resets a lost authenticator (the user enrols again at the next login if MFA is required). Every session
    of the user ends: whoever holds the lost phone may hold a session too."""
    async with in_transaction() as conn:
        deleted = await StaffMfa.filter(user_id=target.id).using_db(conn).delete()
        if not deleted:
            raise Conflict("该账号未绑定动态验证码")
        ended = await sessions.revoke_user(target.id, "mfa_reset", conn)
        await record_audit(by, "security.mfa_reset", "user", target.id, before={"mfa": True},
                           after={"mfa": False, "sessions_ended": ended}, via="admin", using_db=conn)


async def _pending(user: User, purpose: str, method: str, address: str) -> str:
    token = secrets.token_urlsafe(24)
    redis = get_redis()
    k = key("mfa", token)
    await redis.hset(k, mapping={"purpose": purpose, "user_id": user.id, "method": method, "address": address,
                                 "attempts": 0})
    await redis.expire(k, PENDING_TTL_S)
    return token


async def after_first_factor(user: User, otp: str | None = None, *, method: str = "password",
                             address: str = "") -> dict[str, object]:
    """Every staff login calls this once its first factor (password, WeChat) is right: tokens of a new session,
    or the MFA step this account needs. A wrong inline code raises invalid_otp."""
    if user.role not in MFA_ROLES:
        return await sessions.start_staff(user, method=method, address=address)
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    if mfa and mfa.enabled:
        if otp:
            if not await _accept(mfa, otp):
                raise Unauthorized("动态验证码不正确", code="invalid_otp")
            return await sessions.start_staff(user, method=method, mfa=True, address=address)
        return {"mfa_required": True, "mfa_token": await _pending(user, "verify", method, address),
                "expires_in": PENDING_TTL_S}
    if await get_setting("require_mfa", False):
        enrol = await begin_enrolment(user)
        return {"mfa_enrollment_required": True, "mfa_token": await _pending(user, "enrol", method, address),
                "expires_in": PENDING_TTL_S, **enrol}
    return await sessions.start_staff(user, method=method, address=address)


async def verify_pending(mfa_token: str, otp: str, *, address: str = "-") -> dict[str, object]:
    """Second login step: the code for an MFA account, or the first code of a new enrolment. A pending login
    allows MAX_WRONG attempts in all (counted atomically, so parallel guesses cannot exceed it) and gives
    tokens once; a wrong code also counts as a failed login of the user from this address (the progressive
    delay of backend.security.login_throttle), so logging in again for a fresh mfa_token gains nothing."""
    redis = get_redis()
    k = key("mfa", mfa_token)
    attempts = int(await redis.hincrby(k, "attempts", 1))
    pending = await redis.hgetall(k)
    if not pending.get("user_id"):  # expired or never issued (HINCRBY created a bare hash: drop it)
        await redis.delete(k)
        raise Unauthorized("验证已过期，请重新登录", code="mfa_expired")
    if attempts > MAX_WRONG:
        await redis.delete(k)
        raise Unauthorized("验证已过期，请重新登录", code="mfa_expired")
    user = await User.get_or_none(id=int(pending["user_id"]))
    if user is None or not user.is_active:
        raise Unauthorized("账号不存在或已停用")
    await login_throttle.check(user.username, address)
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    if mfa is None or not await _accept(mfa, otp):
        if attempts >= MAX_WRONG:
            await redis.delete(k)
        await login_throttle.record_failure(user.username, address)
        raise Unauthorized("动态验证码不正确", code="invalid_otp")
    if int(await redis.delete(k)) != 1:  # a parallel request with another valid code finished it first
        raise Unauthorized("验证已过期，请重新登录", code="mfa_expired")
    await login_throttle.clear(user.username, address)
    if pending["purpose"] == "enrol" and not mfa.enabled:
        await _enable(user, mfa)
        user = await User.get(id=user.id)  # its token version moved on
    return await sessions.start_staff(user, method=pending.get("method") or "password", mfa=True,
                                      address=pending.get("address") or "")
