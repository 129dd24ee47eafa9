"""Login sessions (token families): start one per login, rotate its refresh token, end it, revoke them all.

- Every login (password, WeChat, the MFA step) calls `start_staff` / `start_member`: one AuthSession row and a
  token pair whose tokens name it.
- `refresh` rotates: the refresh token of generation n is exchanged once for a pair of generation n + 1 (a
  guarded UPDATE, so two concurrent uses of the same token cannot both win). A refresh token older than the
  session's generation is a replay of a rotated token (stolen, or a client that kept the old one): the whole
  session is revoked and the event is audited ("auth.refresh_reuse").
- `end` is logout; `revoke_user` ends every session of a staff member (password reset, role, scope, status
  and MFA changes call it in their own transaction) by moving User.token_version on, which the access-token
  check compares for free, and marking the rows revoked.
- A staff session refreshed while its account now needs MFA and the session did not pass it (MFA enrolled
  or made compulsory after the login) is revoked instead of rotated.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Subquery
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Unauthorized
from backend.org.models import Role, User
from backend.security import identity
from backend.security.actor import MEMBER_DELETED_MESSAGE, member_model
from backend.security.login_throttle import FORGET_AFTER_S
from backend.security.mfa_policy import required_for as mfa_required_for
from backend.security.models import AuthSession, LoginFailure
from backend.security.tokens import EXPIRED_MESSAGE, Kind, decode, mint_pair, new_session_id
from backend.settings import get_settings

REUSE_MESSAGE = "登录凭证已被使用过，为安全起见已退出该登录，请重新登录"


def _now() -> datetime:
    return datetime.now(UTC)


async def _start(kind: Kind, subject_id: int, role: str, *, method: str, mfa: bool, version: int | None,
                 address: str, conn: BaseDBAsyncClient | None = None) -> dict[str, object]:
    sid = new_session_id()
    await AuthSession.create(
        id=sid, kind=kind, user_id=subject_id if kind == "staff" else None,
        member_id=subject_id if kind == "member" else None, method=method, mfa=mfa, address=address[:64],
        expires_at=_now() + timedelta(seconds=get_settings().refresh_ttl_s), using_db=conn,
    )
    return mint_pair(kind, subject_id, role, sid=sid, generation=0, version=version)


async def start_staff(user: User, *, method: str, mfa: bool = False, address: str = "") -> dict[str, object]:
    """A new session for a staff member whose login (every factor it needs) has succeeded."""
    return await _start("staff", user.id, user.role.value, method=method, mfa=mfa, version=user.token_version,
                        address=address)


async def start_member(member_id: int, *, method: str, address: str = "",
                       conn: BaseDBAsyncClient | None = None) -> dict[str, object]:
    return await _start("member", member_id, Role.SHOPPER.value, method=method, mfa=False, version=None,
                        address=address, conn=conn)


async def _revoke(sid: str, reason: str) -> bool:
    await identity.forget_session(sid)
    return bool(await AuthSession.filter(id=sid, revoked_at=None).update(revoked_at=_now(), revoked_reason=reason))


async def _reuse_detected(row: AuthSession, generation: int) -> NoReturn:
    await _revoke(row.id, "refresh_reuse")
    user = await User.get_or_none(id=row.user_id) if row.user_id else None  # type: ignore[attr-defined]
    subject = ("user", row.user_id) if row.kind == "staff" else ("member", row.member_id)  # type: ignore[attr-defined]
    await record_audit(user, "auth.refresh_reuse", subject[0], subject[1], via="api",
                       after={"session": row.id, "presented_generation": generation,
                              "current_generation": row.generation})
    raise Unauthorized(REUSE_MESSAGE, code="unauthorized")


async def refresh(refresh_token: str) -> dict[str, object]:
    """A new token pair for a live session, in exchange for its newest refresh token (which then stops working)."""
    claims = decode(refresh_token, "refresh")
    row = await AuthSession.get_or_none(id=claims.sid)
    subject_id = None if row is None else (
        row.user_id if claims.kind == "staff" else row.member_id)  # type: ignore[attr-defined]
    if row is None or row.kind != claims.kind or subject_id != claims.subject_id:
        raise Unauthorized(EXPIRED_MESSAGE)
    if row.revoked_at is not None:
        raise Unauthorized(EXPIRED_MESSAGE)
    if claims.generation < row.generation:
        await _reuse_detected(row, claims.generation)
    now = _now()
    if claims.generation != row.generation or row.expires_at <= now:
        raise Unauthorized(EXPIRED_MESSAGE)
    version: int | None = None
    if claims.kind == "staff":
        user = await User.get_or_none(id=claims.subject_id)
        if user is None or not user.is_active or user.token_version != claims.version:
            raise Unauthorized(EXPIRED_MESSAGE)
        if not row.mfa and await mfa_required_for(user):
            await _revoke(row.id, "mfa_required")  # MFA came after this login: log in again with a code
            raise Unauthorized("该账号已启用动态验证码，请重新登录", code="unauthorized")
        role, version = user.role.value, user.token_version
    else:
        member = await member_model().get_or_none(id=claims.subject_id)
        if member is None or member.merged_into_id is not None:  # type: ignore[attr-defined]
            raise Unauthorized("会员不存在")
        if member.deleted_at is not None:
            raise Unauthorized(MEMBER_DELETED_MESSAGE, code="member_deleted")
        role = Role.SHOPPER.value
    rotated = await AuthSession.filter(id=row.id, generation=claims.generation, revoked_at=None).update(
        generation=claims.generation + 1, refreshed_at=now,
        expires_at=now + timedelta(seconds=get_settings().refresh_ttl_s))
    if not rotated:  # the same refresh token won a concurrent refresh a moment ago: a replay all the same
        await _reuse_detected(row, claims.generation)
    return mint_pair(claims.kind, claims.subject_id, role, sid=row.id, generation=claims.generation + 1,
                     version=version)


async def end(sid: str, *, user: Any = None) -> bool:
    """Logout: the session's access and refresh tokens stop working at once."""
    ended = await _revoke(sid, "logout")
    if ended and user is not None:
        await record_audit(user, "auth.logout", "user", user.id, after={"session": sid}, via="api")
    return ended


async def end_all(actor: Any) -> int:
    """Logout everywhere: every session of the caller (staff or member) ends."""
    if actor.user is not None:
        async with in_transaction() as conn:
            ended = await revoke_user(actor.user.id, "logout_all", conn)
            await record_audit(actor.user, "auth.logout_all", "user", actor.user.id, after={"sessions_ended": ended},
                               via="api", using_db=conn)
        return ended
    return await revoke_member(actor.member.id, "logout_all")


async def revoke_user(user_id: int, reason: str, conn: BaseDBAsyncClient | None = None) -> int:
    """End every session of a staff member (call it inside the transaction of the change that requires it)."""
    await identity.forget("staff", user_id)
    await User.filter(id=user_id).using_db(conn).update(token_version=F("token_version") + 1)
    return await AuthSession.filter(user_id=user_id, revoked_at=None).using_db(conn).update(
        revoked_at=_now(), revoked_reason=reason)


async def revoke_member(member_id: int, reason: str, conn: BaseDBAsyncClient | None = None) -> int:
    await identity.forget("member", member_id)
    return await AuthSession.filter(member_id=member_id, revoked_at=None).using_db(conn).update(
        revoked_at=_now(), revoked_reason=reason)


async def revoke_without_mfa(roles: frozenset[Role], reason: str, conn: BaseDBAsyncClient | None = None) -> int:
    """End the sessions of these roles that did not pass a TOTP code (MFA has just been made compulsory)."""
    await identity.forget_everyone()
    return await AuthSession.filter(
        kind="staff", mfa=False, revoked_at=None,
        user_id__in=Subquery(User.filter(role__in=list(roles)).values("id")),
    ).using_db(conn).update(revoked_at=_now(), revoked_reason=reason)


async def prune() -> dict[str, int]:
    """Periodic job: drop expired sessions (every token minted for one has expired too) and stale failure rows."""
    now = _now()
    sessions = await AuthSession.filter(expires_at__lt=now).delete()
    now_ms = int(now.timestamp() * 1000)
    failures = await LoginFailure.filter(last_failed_ms__lt=now_ms - FORGET_AFTER_S * 1000,
                                         blocked_until_ms__lt=now_ms).delete()
    return {"sessions": sessions, "login_failures": failures}
