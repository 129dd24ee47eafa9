"""The caller of a request (staff user or member) and the @requires decorator every route uses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from sanic import Request

from backend.errors import Forbidden, Unauthorized
from backend.security.tokens import decode
from backend.staff.models import CHAIN_WIDE_ROLES, Role, User

STAFF_ROLES = frozenset(Role) - {Role.SHOPPER}


@dataclass
class Actor:
    role: Role
    user: User | None = None
    member: Any = None  # backend.members.models.Member for shoppers
    location_ids: frozenset[int] | None = None  # None: every location

    @property
    def is_staff(self) -> bool:
        return self.user is not None

    @property
    def id(self) -> int | None:
        return self.user.id if self.user else None

    @property
    def username(self) -> str:
        return self.user.username if self.user else ""

    def can_access_location(self, location_id: int | None) -> bool:
        if self.location_ids is None:
            return True
        return location_id is not None and location_id in self.location_ids

    def require_location(self, location_id: int | None) -> None:
        if not self.can_access_location(location_id):
            raise Forbidden("无权操作该门店或仓库的数据")


async def load_staff_actor(user: User) -> Actor:
    if user.role in CHAIN_WIDE_ROLES:
        return Actor(role=user.role, user=user, location_ids=None)
    ids = await user.locations.all().values_list("location_id", flat=True)
    return Actor(role=user.role, user=user, location_ids=frozenset(int(i) for i in ids))


async def actor_from_token(token: str) -> Actor:
    claims = decode(token, "access")
    if claims.kind == "staff":
        user = await User.get_or_none(id=claims.subject_id)
        if user is None or not user.is_active:
            raise Unauthorized("账号不存在或已停用")
        return await load_staff_actor(user)
    from backend.members.models import Member

    member = await Member.get_or_none(id=claims.subject_id)
    if member is None or member.merged_into_id is not None:  # merged away: continue as the surviving member
        raise Unauthorized("会员不存在")
    return Actor(role=Role.SHOPPER, member=member, location_ids=frozenset())


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized()
    return token.strip()


def current_actor(request: Request) -> Actor:
    actor = getattr(request.ctx, "actor", None)
    if actor is None:
        raise Unauthorized()
    return actor


Handler = Callable[..., Awaitable[Any]]


def requires(*roles: Role | str, staff: bool = False) -> Callable[[Handler], Handler]:
    """Authenticate the request and check the caller's role.

    `requires()` lets any logged-in caller in; `requires(staff=True)` any staff; `requires(Role.X, ...)` only
    those roles (Role.SHOPPER admits members). hq_admin may do whatever any staff role may.
    """
    allowed = frozenset(Role(r) for r in roles)

    def decorator(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
            actor = await actor_from_token(bearer_token(request))
            if staff and not actor.is_staff:
                raise Forbidden("仅限员工使用")
            if allowed and actor.role not in allowed:
                if not (actor.role == Role.HQ_ADMIN and allowed & STAFF_ROLES):
                    raise Forbidden()
            request.ctx.actor = actor
            return await handler(request, *args, **kwargs)

        wrapper.__cradle_roles__ = allowed  # type: ignore[attr-defined]
        return wrapper

    return decorator
