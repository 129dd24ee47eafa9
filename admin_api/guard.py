"""One gate in front of every /admin/ route, whoever wrote it: a caller must be a logged-in staff member in a
back-office role. Each route still checks its own roles (@requires) and store scope; this gate makes sure no
admin route can be reached by a clerk, a live seller or a shopper even if a route forgot to say so."""

from __future__ import annotations

from sanic import Request, Sanic

from backend.errors import Forbidden
from backend.security.actor import actor_from_token, bearer_token
from backend.staff.models import Role

ADMIN_PREFIX = "/admin/"
ADMIN_ROLES = frozenset({Role.HQ_ADMIN, Role.FINANCE, Role.STORE_MANAGER, Role.PURCHASER})


async def admin_gate(request: Request) -> None:
    if not request.path.startswith(ADMIN_PREFIX):
        return
    actor = await actor_from_token(bearer_token(request))
    if not actor.is_staff or actor.role not in ADMIN_ROLES:
        raise Forbidden("后台管理接口仅限总部、财务、采购和店长使用")


def install_admin_guard(app: Sanic) -> None:
    app.register_middleware(admin_gate, "request")
