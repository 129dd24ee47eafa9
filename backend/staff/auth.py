"""Staff login: password check with lockout, and token refresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.errors import Forbidden, Unauthorized
from backend.members.models import Member
from backend.security.passwords import verify_password
from backend.security.tokens import decode, issue_pair
from backend.staff.models import Role, User

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


async def login(username: str, password: str, otp: str | None = None) -> dict[str, object]:
    user = await User.get_or_none(username=username)
    now = datetime.now(UTC)
    if user is None or not user.is_active:
        raise Unauthorized("用户名或密码错误")
    if user.locked_until and user.locked_until > now:
        raise Forbidden("登录失败次数过多，账号已临时锁定，请 15 分钟后再试", code="account_locked")
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
        await user.save(update_fields=["failed_logins", "locked_until"])
        raise Unauthorized("用户名或密码错误")
    if user.failed_logins or user.locked_until:
        user.failed_logins = 0
        user.locked_until = None
        await user.save(update_fields=["failed_logins", "locked_until"])
    from backend.security import mfa

    return await mfa.after_password(user, otp)  # tokens, or the TOTP step for an MFA account


async def refresh(refresh_token: str) -> dict[str, object]:
    claims = decode(refresh_token, "refresh")
    if claims.kind == "staff":
        user = await User.get_or_none(id=claims.subject_id)
        if user is None or not user.is_active:
            raise Unauthorized("账号不存在或已停用")
        return issue_pair("staff", user.id, user.role.value)
    member = await Member.get_or_none(id=claims.subject_id)
    if member is None:
        raise Unauthorized("会员不存在")
    return issue_pair("member", member.id, Role.SHOPPER.value)
