"""Configurable roles (backend.security.roles): the permission catalogue, the roles, and who has which. HQ only.

    GET   /admin/api/v1/permissions            the catalogue: every permission, its routes and the fixed roles
    GET   /admin/api/v1/roles                  the fixed roles (the default set) then the custom ones (admin_users)
    POST  /admin/api/v1/roles                  {"code", "name", "base_role", "permissions", "store_codes"?,
                                               "warehouse_codes"?, "channels"?} a custom role (null scope: all)
    GET   /admin/api/v1/roles/<code>           one role
    PATCH /admin/api/v1/roles/<code>           change a custom role: its users see it at their next request
    PUT   /admin/api/v1/users/<id>/role        {"role": "<fixed role or custom code>"}: ends the user's sessions
"""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import doc_body
from backend.http import Body, created, ok, parse_body
from backend.org.models import Channel, Role
from backend.security import current_actor, requires
from backend.security import roles as role_service
from backend.security.authorization import table_rows
from backend.staff import accounts

bp = Blueprint("admin_roles", url_prefix="/")


class AssignIn(Body):
    role: str = Field(min_length=2, max_length=32)


class RoleIn(Body):
    code: str = Field(pattern=role_service.CODE_PATTERN)
    name: str = Field(min_length=1, max_length=64)
    base_role: Role
    permissions: list[str] = Field(max_length=1000)
    store_codes: list[str] | None = Field(default=None, max_length=200)
    warehouse_codes: list[str] | None = Field(default=None, max_length=200)
    channels: list[Channel] | None = None


class RoleUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    permissions: list[str] | None = Field(default=None, max_length=1000)
    store_codes: list[str] | None = Field(default=None, max_length=200)
    warehouse_codes: list[str] | None = Field(default=None, max_length=200)
    channels: list[Channel] | None = None
    is_active: bool | None = None


@bp.get("/permissions")
@requires(Role.HQ_ADMIN)
async def list_permissions(request: Request) -> HTTPResponse:
    items = role_service.catalogue(role_service.route_paths(table_rows(request.app)))
    return ok({"items": items, "total": len(items)})


@bp.post("/roles")
@doc_body(RoleIn)
@requires(Role.HQ_ADMIN)
async def create_role(request: Request) -> HTTPResponse:
    body = parse_body(request, RoleIn)
    role = await role_service.create_role(body.to(role_service.NewRole), actor_user=current_actor(request).user)
    return created({"role": await role_service.role_dict(role)})


@bp.get("/roles/<code:str>")
@requires(Role.HQ_ADMIN)
async def get_role(request: Request, code: str) -> HTTPResponse:
    return ok({"role": await role_service.describe_role(code)})


@bp.patch("/roles/<code:str>")
@doc_body(RoleUpdate)
@requires(Role.HQ_ADMIN)
async def update_role(request: Request, code: str) -> HTTPResponse:
    body = parse_body(request, RoleUpdate)
    role = await role_service.update_role(code, body.changes(), actor_user=current_actor(request).user)
    return ok({"role": await role_service.role_dict(role)})


@bp.put("/users/<user_id:int>/role")
@doc_body(AssignIn)
@requires(Role.HQ_ADMIN)
async def assign_role(request: Request, user_id: int) -> HTTPResponse:
    body = parse_body(request, AssignIn)
    user = await role_service.assign_role(user_id, body.role, actor_user=current_actor(request).user)
    return ok(await accounts.user_dict(user))
