"""Staff accounts as HQ manages them: create, change role or status, store scopes, password reset.
Every change is audited (never the password or its hash). A password reset, a role or status change and a
store-scope change end every session of the user in the same transaction (backend.security.sessions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, NotFound, ValidationError
from backend.org.models import CHAIN_WIDE_ROLES, ROLE_NAMES_ZH, CustomRole, Location, Role, User, UserLocation
from backend.security import identity, sessions
from backend.security.models import StaffMfa
from backend.security.passwords import hash_password_async
from backend.timestamps import iso

STAFF_ROLE_CHOICES = [r for r in Role if r != Role.SHOPPER]


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: Role
    password: str
    location_codes: Sequence[str] = ()


def role_list() -> list[dict[str, Any]]:
    return [{"role": r.value, "name": ROLE_NAMES_ZH[r], "chain_wide": r in CHAIN_WIDE_ROLES}
            for r in STAFF_ROLE_CHOICES]


async def user_dict(user: User, codes: list[str] | None = None) -> dict[str, Any]:
    if codes is None:
        codes = sorted(await Location.filter(staff__user_id=user.id).values_list("code", flat=True))
    return {
        "id": user.id, "username": user.username, "display_name": user.display_name, "role": user.role.value,
        "role_name": ROLE_NAMES_ZH[user.role], "is_active": user.is_active,
        "mfa_enabled": await StaffMfa.filter(user_id=user.id, enabled=True).exists(),
        "chain_wide": user.role in CHAIN_WIDE_ROLES, "location_codes": codes,
        "custom_role": await CustomRole.filter(id=user.custom_role_id).first().values_list("code", flat=True)
        if user.custom_role_id else None,
        "created_at": iso(user.created_at),
    }


async def require_visible(actor: Any, user: User) -> None:
    """A store manager (any store-bound caller) sees themself and the staff sharing one of their stores, never
    a chain-wide account; chain-wide callers see everyone."""
    if actor.location_ids is None or user.id == actor.id:
        return
    if user.role in CHAIN_WIDE_ROLES or not (await user_location_ids(user.id)) & actor.location_ids:
        raise Forbidden("无权查看其他门店的员工")


async def user_location_ids(user_id: int) -> set[int]:
    return {int(i) for i in await UserLocation.filter(user_id=user_id).values_list("location_id", flat=True)}


async def _locations(codes: list[str], conn: Any) -> list[Location]:
    wanted = sorted({c.strip() for c in codes if c.strip()})
    found = {loc.code: loc for loc in await Location.filter(code__in=wanted).using_db(conn)}
    missing = [c for c in wanted if c not in found]
    if missing:
        raise ValidationError(f"门店或仓库 {'、'.join(missing)} 不存在")
    return [found[c] for c in wanted]


def _check_role(role: Role) -> None:
    if role == Role.SHOPPER:
        raise ValidationError("员工账号不能使用顾客角色")


async def create_user(new: NewUser, *, actor_user: Any, via: str = "admin") -> User:
    _check_role(new.role)
    password_hash = await hash_password_async(new.password)
    async with in_transaction() as conn:
        if await User.filter(username=new.username).using_db(conn).exists():
            raise Conflict(f"用户名 {new.username} 已存在")
        locs = await _locations(new.location_codes, conn)
        if new.role not in CHAIN_WIDE_ROLES and not locs:
            raise ValidationError(f"{ROLE_NAMES_ZH[new.role]}必须至少分配一个门店或仓库")
        user = await User.create(username=new.username, display_name=new.display_name, role=new.role,
                                 password_hash=password_hash, using_db=conn)
        for loc in locs:
            await UserLocation.create(user_id=user.id, location_id=loc.id, using_db=conn)
        await record_audit(actor_user, "user.create", "user", user.id, via=via, using_db=conn,
                           after={"username": user.username, "role": user.role.value,
                                  "location_codes": [loc.code for loc in locs]})
    return user


async def _get(user_id: int, conn: Any = None) -> User:
    user = await User.get_or_none(id=user_id).using_db(conn)
    if user is None:
        raise NotFound("员工不存在")
    return user


async def update_user(user_id: int, changes: Mapping[str, Any], *, actor_user: Any, via: str = "admin") -> User:
    """Change the sent fields (display_name, role, is_active); a None leaves its field as it is."""
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise ValidationError("没有要修改的字段")
    if "role" in changes:
        _check_role(changes["role"])
    async with in_transaction() as conn:
        user = await _get(user_id, conn)
        if actor_user is not None and user.id == actor_user.id and (
                changes.get("is_active") is False or changes.get("role", user.role) != user.role):
            raise ValidationError("不能停用自己的账号或修改自己的角色")
        before = {k: getattr(user, k).value if k == "role" else getattr(user, k) for k in changes}
        for k, v in changes.items():
            setattr(user, k, v)
        fields = list(changes)
        if "role" in changes and changes["role"] != before["role"] and user.custom_role_id is not None:
            before["custom_role_id"], user.custom_role_id = user.custom_role_id, None  # a fixed role now
            fields.append("custom_role_id")
        await user.save(update_fields=fields, using_db=conn)
        await identity.forget("staff", user.id)  # the cached caller (name, phone...) of its sessions
        after = {k: v.value if isinstance(v, Role) else v for k, v in changes.items()}
        if any(before[k] != after[k] for k in ("role", "is_active") if k in changes):
            after["sessions_ended"] = await sessions.revoke_user(user.id, "account_changed", conn)
        await record_audit(actor_user, "user.update", "user", user.id, before=before, after=after, via=via,
                           using_db=conn)
    return user


async def set_scopes(user_id: int, codes: list[str], *, actor_user: Any, via: str = "admin") -> User:
    async with in_transaction() as conn:
        user = await _get(user_id, conn)
        locs = await _locations(codes, conn)
        if user.role not in CHAIN_WIDE_ROLES and not locs:
            raise ValidationError(f"{ROLE_NAMES_ZH[user.role]}必须至少分配一个门店或仓库")
        before = sorted(await Location.filter(staff__user_id=user.id).using_db(conn).values_list("code", flat=True))
        await UserLocation.filter(user_id=user.id).using_db(conn).delete()
        for loc in locs:
            await UserLocation.create(user_id=user.id, location_id=loc.id, using_db=conn)
        after = [loc.code for loc in locs]
        if after != before:  # the sessions' store scope is no longer the user's
            await sessions.revoke_user(user.id, "scope_changed", conn)
        await record_audit(actor_user, "user.scopes", "user", user.id, before={"location_codes": before},
                           after={"location_codes": after}, via=via, using_db=conn)
    return user


async def reset_password(user_id: int, password: str, *, actor_user: Any, via: str = "admin") -> None:
    password_hash = await hash_password_async(password)  # before the transaction: it holds no row meanwhile
    async with in_transaction() as conn:
        user = await _get(user_id, conn)
        user.password_hash = password_hash
        await user.save(update_fields=["password_hash"], using_db=conn)
        ended = await sessions.revoke_user(user.id, "password_reset", conn)
        await record_audit(actor_user, "user.password_reset", "user", user.id,
                           after={"password": "已重置", "sessions_ended": ended}, via=via, using_db=conn)


async def end_sessions(user_id: int, *, actor_user: Any, via: str = "admin") -> int:
    """HQ ends every session of a staff member at once (a lost phone, a suspected leak)."""
    async with in_transaction() as conn:
        user = await _get(user_id, conn)
        ended = await sessions.revoke_user(user.id, "ended_by_admin", conn)
        await record_audit(actor_user, "user.sessions_end", "user", user.id, after={"sessions_ended": ended},
                           via=via, using_db=conn)
    return ended
