"""Staff users, roles and store scopes. HQ manages accounts; a store manager reads the staff of their own
stores only (anyone else's record is a 403)."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from tortoise.expressions import Q, Subquery

from admin_api.common import PageQuery, doc_body, scoped_location
from backend.errors import Forbidden, NotFound
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role, User, UserLocation
from backend.security import current_actor, requires, roles
from backend.staff import accounts

bp = Blueprint("admin_users", url_prefix="/")


class UserQuery(PageQuery):
    q: str | None = Field(default=None, max_length=64)
    role: Role | None = None
    location_code: str | None = Field(default=None, max_length=32)
    is_active: bool | None = None


class UserIn(Body):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    display_name: str = Field(min_length=1, max_length=64)
    role: Role
    password: str = Field(min_length=8, max_length=128)
    location_codes: list[str] = Field(default_factory=list, max_length=100)


class UserUpdate(Body):
    display_name: str | None = Field(default=None, min_length=1, max_length=64)
    role: Role | None = None
    is_active: bool | None = None


class ScopesIn(Body):
    location_codes: list[str] = Field(max_length=100)


class PasswordIn(Body):
    password: str = Field(min_length=8, max_length=128)


@bp.get("/roles")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER)
async def list_roles(request: Request) -> HTTPResponse:
    """The fixed roles (items) and the custom roles HQ defined (custom; backend.security.roles)."""
    return ok({"items": accounts.role_list(), "custom": [r for r in await roles.list_roles() if not r["builtin"]]})


@bp.get("/users")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER)
async def list_users(request: Request) -> HTTPResponse:
    """Staff accounts; a store manager sees the staff assigned to their stores."""
    q = parse_query(request, UserQuery)
    actor = current_actor(request)
    loc = await scoped_location(actor, q.location_code)
    qs = User.all()
    ids = [loc.id] if loc else (None if actor.location_ids is None else sorted(actor.location_ids))
    if ids is not None:
        qs = qs.filter(id__in=Subquery(UserLocation.filter(location_id__in=ids).values("user_id")))
    if q.role:
        qs = qs.filter(role=q.role)
    if q.is_active is not None:
        qs = qs.filter(is_active=q.is_active)
    if q.q:
        qs = qs.filter(Q(username__icontains=q.q) | Q(display_name__icontains=q.q))
    offset, limit = q.window()
    total = await qs.count()
    users = await qs.order_by("id").offset(offset).limit(limit)
    return ok(q.page_of({"items": [await accounts.user_dict(u) for u in users], "total": total}))


@bp.post("/users")
@doc_body(UserIn)
@requires(Role.HQ_ADMIN)
async def create_user(request: Request) -> HTTPResponse:
    body = parse_body(request, UserIn)
    user = await accounts.create_user(body.to(accounts.NewUser), actor_user=current_actor(request).user)
    return created(await accounts.user_dict(user))


@bp.get("/users/<user_id:int>")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER)
async def get_user(request: Request, user_id: int) -> HTTPResponse:
    actor = current_actor(request)
    user = await User.get_or_none(id=user_id)
    if user is None:
        if actor.location_ids is not None:
            raise Forbidden("无权查看其他门店的员工")
        raise NotFound("员工不存在")
    await accounts.require_visible(actor, user)
    return ok(await accounts.user_dict(user))


@bp.patch("/users/<user_id:int>")
@doc_body(UserUpdate)
@requires(Role.HQ_ADMIN)
async def update_user(request: Request, user_id: int) -> HTTPResponse:
    body = parse_body(request, UserUpdate)
    user = await accounts.update_user(user_id, body.changes(), actor_user=current_actor(request).user)
    return ok(await accounts.user_dict(user))


@bp.put("/users/<user_id:int>/locations")
@doc_body(ScopesIn)
@requires(Role.HQ_ADMIN)
async def set_user_locations(request: Request, user_id: int) -> HTTPResponse:
    body = parse_body(request, ScopesIn)
    user = await accounts.set_scopes(user_id, body.location_codes, actor_user=current_actor(request).user)
    return ok(await accounts.user_dict(user))


@bp.post("/users/<user_id:int>/password")
@doc_body(PasswordIn)
@requires(Role.HQ_ADMIN)
async def reset_password(request: Request, user_id: int) -> HTTPResponse:
    body = parse_body(request, PasswordIn)
    await accounts.reset_password(user_id, body.password, actor_user=current_actor(request).user)
    return ok({"reset": True})


@bp.delete("/users/<user_id:int>/sessions")
@requires(Role.HQ_ADMIN)
async def end_user_sessions(request: Request, user_id: int) -> HTTPResponse:
    """End every session of the user: their access and refresh tokens stop working at once."""
    ended = await accounts.end_sessions(user_id, actor_user=current_actor(request).user)
    return ok({"sessions_ended": ended})
