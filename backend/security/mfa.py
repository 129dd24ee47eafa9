"""TOTP multi-factor login for HQ admins and finance (RFC 6238 through pyotp, 30 s steps, ±1 step drift).

Policy (documented in docs/admin.md):
- A privileged account (hq_admin, finance) with MFA enrolled must give a code at every login.
- HQ may require MFA for every privileged account (setting "require_mfa"); an account that has not enrolled
  is then walked through enrolment at its next login before it gets tokens.
- Other roles, and privileged accounts while MFA is neither enrolled nor required, log in with the password
  alone and get {access_token, refresh_token, expires_in} as before (the demo accounts under `make run`).

Login answers for an MFA account: {"mfa_required": true, "mfa_token"} (or "mfa_enrollment_required" with an
enrolment secret); POST /api/v1/auth/mfa/verify {"mfa_token", "otp"} finishes it. The mfa_token lives 5 min in
Redis and allows 5 wrong codes. A code is accepted once (its time step is remembered).
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
from backend.security.fieldcrypt import seal, unseal
from backend.security.models import SecuritySetting, StaffMfa
from backend.security.tokens import issue_pair
from backend.staff.models import Role, User

MFA_ROLES = frozenset({Role.HQ_ADMIN, Role.FINANCE})
ISSUER = "Cradle 母婴连锁"
PENDING_TTL_S = 300
MAX_WRONG = 5


async def get_setting(name: str, default: Any = None) -> Any:
    row = await SecuritySetting.get_or_none(key=name)
    return default if row is None else row.value


async def set_setting(name: str, value: Any, *, user: Any) -> None:
    async with in_transaction() as conn:
        row = await SecuritySetting.get_or_none(key=name).using_db(conn)
        before = None if row is None else row.value
        await SecuritySetting.update_or_create(key=name, defaults={"value": value}, using_db=conn)
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
    mfa.enabled, mfa.enabled_at = True, datetime.now(UTC)
    await mfa.save(update_fields=["enabled", "enabled_at"])
    await record_audit(user, "security.mfa_enable", "user", user.id, after={"mfa": True}, via="api")


async def disable(target: User, *, by: Any) -> None:
    """HQ resets a lost authenticator (the user enrols again at the next login if MFA is required)."""
    deleted = await StaffMfa.filter(user_id=target.id).delete()
    if not deleted:
        raise Conflict("该账号未绑定动态验证码")
    await record_audit(by, "security.mfa_reset", "user", target.id, before={"mfa": True}, after={"mfa": False},
                       via="admin")


async def _pending(user: User, purpose: str) -> str:
    token = secrets.token_urlsafe(24)
    await get_redis().set(key("mfa", token), f"{purpose}:{user.id}:0", ex=PENDING_TTL_S)
    return token


async def after_password(user: User, otp: str | None = None) -> dict[str, object]:
    """Called by the login once the password is right: tokens, or the MFA step this account needs."""
    if user.role not in MFA_ROLES:
        return issue_pair("staff", user.id, user.role.value)
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    if mfa and mfa.enabled:
        if otp:
            if not await _accept(mfa, otp):
                raise Unauthorized("动态验证码不正确", code="invalid_otp")
            return issue_pair("staff", user.id, user.role.value)
        return {"mfa_required": True, "mfa_token": await _pending(user, "verify"), "expires_in": PENDING_TTL_S}
    if await get_setting("require_mfa", False):
        enrol = await begin_enrolment(user)
        return {"mfa_enrollment_required": True, "mfa_token": await _pending(user, "enrol"),
                "expires_in": PENDING_TTL_S, **enrol}
    return issue_pair("staff", user.id, user.role.value)


async def verify_pending(mfa_token: str, otp: str) -> dict[str, object]:
    """Second login step: the code for an MFA account, or the first code of a new enrolment."""
    redis = get_redis()
    k = key("mfa", mfa_token)
    raw = await redis.get(k)
    if not raw:
        raise Unauthorized("验证已过期，请重新登录", code="mfa_expired")
    purpose, user_id, wrong = raw.split(":")
    user = await User.get_or_none(id=int(user_id))
    if user is None or not user.is_active:
        raise Unauthorized("账号不存在或已停用")
    mfa = await StaffMfa.get_or_none(user_id=user.id)
    ok_ = mfa is not None and await _accept(mfa, otp)
    if not ok_:
        if int(wrong) + 1 >= MAX_WRONG:
            await redis.delete(k)
        else:
            await redis.set(k, f"{purpose}:{user_id}:{int(wrong) + 1}", keepttl=True)
        raise Unauthorized("动态验证码不正确", code="invalid_otp")
    await redis.delete(k)
    assert mfa is not None
    if purpose == "enrol" and not mfa.enabled:
        mfa.enabled, mfa.enabled_at = True, datetime.now(UTC)
        await mfa.save(update_fields=["enabled", "enabled_at"])
        await record_audit(user, "security.mfa_enable", "user", user.id, after={"mfa": True}, via="api")
    return issue_pair("staff", user.id, user.role.value)
