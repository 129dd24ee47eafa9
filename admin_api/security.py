"""Security settings (HQ): require MFA for every HQ admin and finance login; reset a user's authenticator."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import doc_body
from backend.errors import NotFound
from backend.http import Body, ok, parse_body
from backend.org.models import Role, User
from backend.security import current_actor, mfa, mfa_policy, requires

bp = Blueprint("admin_security", url_prefix="/")


class SecurityBody(Body):
    require_mfa: bool


@bp.get("/settings/security")
@requires(Role.HQ_ADMIN)
async def get_security(request: Request) -> HTTPResponse:
    return ok({"require_mfa": bool(await mfa_policy.get_setting("require_mfa", False)),
               "mfa_roles": sorted(r.value for r in mfa_policy.MFA_ROLES)})


@bp.put("/settings/security")
@doc_body(SecurityBody)
@requires(Role.HQ_ADMIN)
async def put_security(request: Request) -> HTTPResponse:
    body = parse_body(request, SecurityBody)
    await mfa.set_setting("require_mfa", body.require_mfa, user=current_actor(request).user)
    return ok({"require_mfa": body.require_mfa, "mfa_roles": sorted(r.value for r in mfa_policy.MFA_ROLES)})


@bp.delete("/users/<user_id:int>/mfa")
@requires(Role.HQ_ADMIN)
async def reset_mfa(request: Request, user_id: int) -> HTTPResponse:
    target = await User.get_or_none(id=user_id)
    if target is None:
        raise NotFound("员工不存在")
    await mfa.disable(target, by=current_actor(request).user)
    return ok({"reset": True})
