"""Configurable roles: the permission catalogue, the fixed roles as the default set, and roles HQ defines.

The catalogue is derived from the authorization table (backend.security.authorization): every route that needs a
token is one permission, its named permission when it has one ("orders.refund", shared by the routes that are
that action), else the route itself ("admin_orders.list_orders"); the named permissions that services check on
the data ("stored_value.spend") are in it too. A fixed role holds every permission whose routes admit it (that
is the seeded default set; its behaviour is the table's, unchanged).

A custom role has a base fixed role, keeps a subset of the base role's permissions, and a data scope: the stores,
warehouses and sales channels it may act on (null: all). A user given it acts as the base role narrowed to both
(backend.security.actor.load_staff_actor; the gate admits a route iff the route's permission is in the role).
Identities are read on every request, so an edit applies to the role's users at their next request; assigning
a role to a user ends the user's sessions, as every role change does. Every change is audited.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, NotFound, ValidationError
from backend.org.models import (
    CHAIN_WIDE_ROLES,
    ROLE_NAMES_ZH,
    Channel,
    CustomRole,
    Location,
    LocationKind,
    Role,
    User,
)
from backend.security import identity, sessions
from backend.security.authorization import PERMISSIONS, ROUTES, route_permission

FIXED_ROLES = [r for r in Role if r != Role.SHOPPER]
CODE_PATTERN = r"^[a-z][a-z0-9_]{1,31}$"


def _catalogue() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, p in PERMISSIONS.items():
        out[name] = {"name": name, "description": p.description, "routes": [], "roles": set(p.roles)}
    for key, rule in ROUTES.items():
        if rule.public:
            continue
        name = route_permission(key, rule)
        entry = out.setdefault(name, {"name": name, "description": rule.note, "routes": [], "roles": set()})
        entry["routes"].append(key)
        entry["roles"] |= set(rule.roles)
    return out


CATALOGUE = _catalogue()


def catalogue(paths: dict[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """Every permission with its routes (and their "METHOD /path" when `paths` maps route keys to them) and the
    fixed roles that hold it."""
    out = []
    for name in sorted(CATALOGUE):
        e = CATALOGUE[name]
        staff = [r for r in FIXED_ROLES if r in e["roles"]]
        if not staff:
            continue  # shoppers' own routes: no staff role can hold them
        out.append({"name": name, "description": e["description"], "routes": sorted(e["routes"]),
                    "paths": sorted(p for k in e["routes"] for p in (paths or {}).get(k, [])),
                    "roles": [r.value for r in staff]})
    return out


def fixed_permissions(role: Role) -> frozenset[str]:
    return frozenset(name for name, e in CATALOGUE.items() if role in e["roles"])


def _fixed_dict(role: Role) -> dict[str, Any]:
    return {"code": role.value, "role": role.value, "name": ROLE_NAMES_ZH[role], "builtin": True,
            "base_role": role.value, "chain_wide": role in CHAIN_WIDE_ROLES, "is_active": True,
            "permissions": sorted(fixed_permissions(role)), "store_codes": None, "warehouse_codes": None,
            "channels": None}


async def role_dict(role: CustomRole) -> dict[str, Any]:
    ids = [int(i) for i in (role.store_ids or []) + (role.warehouse_ids or [])]
    codes = dict(await Location.filter(id__in=ids).values_list("id", "code")) if ids else {}
    return {"code": role.code, "role": role.base_role.value, "name": role.name, "builtin": False,
            "base_role": role.base_role.value, "chain_wide": role.base_role in CHAIN_WIDE_ROLES,
            "is_active": role.is_active, "permissions": sorted(role.permissions),
            "store_codes": None if role.store_ids is None else sorted(codes[i] for i in role.store_ids),
            "warehouse_codes": None if role.warehouse_ids is None else sorted(codes[i] for i in role.warehouse_ids),
            "channels": None if role.channels is None else sorted(role.channels),
            "users": await User.filter(custom_role_id=role.id).count()}


async def list_roles() -> list[dict[str, Any]]:
    """The fixed roles (the seeded default set) then the custom ones."""
    return [_fixed_dict(r) for r in FIXED_ROLES] + [await role_dict(r) for r in await CustomRole.all().order_by("id")]


async def describe_role(code: str) -> dict[str, Any]:
    if code in {r.value for r in FIXED_ROLES}:
        return _fixed_dict(Role(code))
    role = await CustomRole.get_or_none(code=code)
    if role is None:
        raise NotFound(f"角色 {code} 不存在")
    return await role_dict(role)


@dataclass(frozen=True)
class NewRole:
    code: str
    name: str
    base_role: Role
    permissions: Sequence[str]
    store_codes: Sequence[str] | None = None  # None: every store
    warehouse_codes: Sequence[str] | None = None
    channels: Sequence[Channel] | None = None


def _check_permissions(base: Role, names: list[str]) -> list[str]:
    wanted = sorted(set(names))
    unknown = [n for n in wanted if n not in CATALOGUE]
    if unknown:
        raise ValidationError(f"权限不存在：{'、'.join(unknown[:10])}",
                              details=[{"field": "permissions", "message": "不在权限目录中"}])
    beyond = [n for n in wanted if n not in fixed_permissions(base)]
    if beyond:
        raise ValidationError(f"权限超出基础角色「{ROLE_NAMES_ZH[base]}」的范围：{'、'.join(beyond[:10])}",
                              details=[{"field": "permissions", "message": "超出基础角色"}])
    return wanted


async def _location_ids(codes: list[str] | None, kind: LocationKind, field: str) -> list[int] | None:
    if codes is None:
        return None
    wanted = sorted({c.strip() for c in codes if c.strip()})
    found = dict(await Location.filter(code__in=wanted, kind=kind).values_list("code", "id"))
    missing = [c for c in wanted if c not in found]
    if missing:
        what = "门店" if kind == LocationKind.STORE else "仓库"
        raise ValidationError(f"{what} {'、'.join(missing)} 不存在", details=[{"field": field, "message": "不存在"}])
    return sorted(found[c] for c in wanted)


def _base(role: Role) -> Role:
    if role == Role.SHOPPER:
        raise ValidationError("员工角色不能以顾客为基础角色", details=[{"field": "base_role", "message": "不允许"}])
    return role


async def create_role(new: NewRole, *, actor_user: Any, via: str = "admin") -> CustomRole:
    base = _base(new.base_role)
    if new.code in {r.value for r in Role}:
        raise Conflict(f"角色编码 {new.code} 已被内置角色使用")
    perms = _check_permissions(base, new.permissions)
    stores = await _location_ids(new.store_codes, LocationKind.STORE, "store_codes")
    warehouses = await _location_ids(new.warehouse_codes, LocationKind.WAREHOUSE, "warehouse_codes")
    channels = None if new.channels is None else sorted({c.value for c in new.channels})
    async with in_transaction() as conn:
        if await CustomRole.filter(code=new.code).using_db(conn).exists():
            raise Conflict(f"角色编码 {new.code} 已存在")
        role = await CustomRole.create(code=new.code, name=new.name, base_role=base, permissions=perms,
                                       store_ids=stores, warehouse_ids=warehouses, channels=channels, using_db=conn)
        await record_audit(actor_user, "role.create", "role", role.code, via=via, using_db=conn,
                           after={"name": role.name, "base_role": base.value, "permissions": perms,
                                  "store_ids": stores, "warehouse_ids": warehouses, "channels": channels})
    return role


async def get_role(code: str) -> CustomRole:
    role = await CustomRole.get_or_none(code=code)
    if role is None:
        if code in {r.value for r in FIXED_ROLES}:
            raise ValidationError("内置角色不能修改")
        raise NotFound(f"角色 {code} 不存在")
    return role


async def update_role(code: str, changes: Mapping[str, Any], *, actor_user: Any, via: str = "admin") -> CustomRole:
    """Change a custom role's sent fields (name, permissions, store_codes, warehouse_codes, channels, is_active:
    a None scope means all); its users see the change at their next request (no new login)."""
    if not changes:
        raise ValidationError("没有要修改的字段")
    role = await get_role(code)
    values: dict[str, Any] = {}
    if "name" in changes and changes["name"] is not None:
        values["name"] = changes["name"]
    if "is_active" in changes and changes["is_active"] is not None:
        values["is_active"] = changes["is_active"]
    if "permissions" in changes and changes["permissions"] is not None:
        values["permissions"] = _check_permissions(role.base_role, changes["permissions"])
    if "store_codes" in changes:
        values["store_ids"] = await _location_ids(changes["store_codes"], LocationKind.STORE, "store_codes")
    if "warehouse_codes" in changes:
        values["warehouse_ids"] = await _location_ids(changes["warehouse_codes"], LocationKind.WAREHOUSE, "warehouse_codes")
    if "channels" in changes:
        values["channels"] = None if changes["channels"] is None else sorted({c.value for c in changes["channels"]})
    async with in_transaction() as conn:
        role = await CustomRole.get(id=role.id).using_db(conn).select_for_update()
        before = {k: getattr(role, k) for k in values}
        for k, v in values.items():
            setattr(role, k, v)
        await role.save(update_fields=[*values, "updated_at"], using_db=conn)
        await identity.forget_everyone()  # its users' cached identities carry its permissions and scope
        await record_audit(actor_user, "role.update", "role", role.code, before=before, after=values, via=via,
                           using_db=conn)
    return role


async def assign_role(user_id: int, code: str, *, actor_user: Any, via: str = "admin") -> User:
    """Give a user a fixed role (by its value) or a custom one (by its code). Ends the user's sessions."""
    custom = None if code in {r.value for r in FIXED_ROLES} else await CustomRole.get_or_none(code=code)
    if custom is None and code not in {r.value for r in FIXED_ROLES}:
        raise ValidationError(f"角色 {code} 不存在", details=[{"field": "role", "message": "不存在"}])
    async with in_transaction() as conn:
        user = await User.get_or_none(id=user_id).using_db(conn).select_for_update()
        if user is None:
            raise NotFound("员工不存在")
        if actor_user is not None and user.id == actor_user.id:
            raise ValidationError("不能修改自己的角色")
        old_custom = await CustomRole.get_or_none(id=user.custom_role_id).using_db(conn) if user.custom_role_id \
            else None
        before = {"role": user.role.value, "custom_role": old_custom.code if old_custom else None}
        user.role = custom.base_role if custom else Role(code)
        user.custom_role_id = custom.id if custom else None
        await user.save(update_fields=["role", "custom_role_id"], using_db=conn)
        after: dict[str, Any] = {"role": user.role.value, "custom_role": custom.code if custom else None}
        if after != before:
            after["sessions_ended"] = await sessions.revoke_user(user.id, "account_changed", conn)
        await record_audit(actor_user, "user.role_assign", "user", user.id, before=before, after=after, via=via,
                           using_db=conn)
    return user


def route_paths(routes: Any) -> dict[str, list[str]]:
    """{route key: ["GET /admin/api/v1/..."]} from the app's table rows (backend.security.authorization)."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in routes:
        out[row.name] += [f"{m} {row.path}" for m in row.methods]
    return out

