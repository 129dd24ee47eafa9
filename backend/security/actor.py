"""The caller of a request (staff user or member) and the @requires declaration every route carries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from sanic import Request
from tortoise.expressions import Subquery

from backend.errors import Forbidden, Unauthorized
from backend.org.models import CHAIN_WIDE_ROLES, CustomRole, Location, LocationKind, Role, User
from backend.security import identity
from backend.security.models import AuthSession
from backend.security.tokens import EXPIRED_MESSAGE, Claims, decode

STAFF_ROLES = frozenset(Role) - {Role.SHOPPER}
MEMBER_DELETED_MESSAGE = "该会员账号已注销，请重新登录"

# The shoppers' account model (backend.members.models.Member). Members sit above security (they use its
# actors and field encryption), so backend.wiring installs the model here rather than security importing it.
_member_model: Any = None


def use_member_model(model: Any) -> None:
    global _member_model
    _member_model = model


def member_model() -> Any:
    if _member_model is None:
        raise RuntimeError("no member model installed: the composition root calls backend.wiring.wire()")
    return _member_model


@dataclass
class Actor:
    role: Role
    user: User | None = None
    member: Any = None  # backend.members.models.Member for shoppers (None on a route declared member_row=False)
    location_ids: frozenset[int] | None = None  # None: every location
    session_id: str = ""  # the login session of the token (backend.security.sessions)
    # A custom role (backend.security.roles) narrows the base role: the catalogue permissions it keeps (None:
    # everything the fixed role has) and the sales channels it acts on (None: all).
    permissions: frozenset[str] | None = None
    channels: frozenset[str] | None = None
    role_code: str = ""  # the custom role's code ("" for a fixed role)
    member_id: int | None = None  # the shopper's id, also when the member row was not loaded

    def __post_init__(self) -> None:
        if self.member_id is None and self.member is not None:
            self.member_id = self.member.id

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


async def role_location_ids(role: CustomRole) -> frozenset[int] | None:
    """The locations a custom role's data scope covers (None: every location)."""
    if role.store_ids is None and role.warehouse_ids is None:
        return None
    ids: set[int] = set()
    for chosen, kind in ((role.store_ids, LocationKind.STORE), (role.warehouse_ids, LocationKind.WAREHOUSE)):
        if chosen is None:
            ids |= set(await Location.filter(kind=kind).values_list("id", flat=True))
        else:
            ids |= {int(i) for i in chosen}
    return frozenset(ids)


async def load_staff_actor(user: User) -> Actor:
    """The staff caller, read fresh: a change of the user's role, custom role or stores applies at once."""
    base: frozenset[int] | None = None
    if user.role not in CHAIN_WIDE_ROLES:
        base = frozenset(int(i) for i in await user.locations.all().values_list("location_id", flat=True))
    if user.custom_role_id is None:
        return Actor(role=user.role, user=user, location_ids=base)
    custom = await CustomRole.get_or_none(id=user.custom_role_id)
    if custom is None or not custom.is_active:  # a disabled role admits nothing
        return Actor(role=user.role, user=user, location_ids=frozenset(), permissions=frozenset(),
                     channels=frozenset(), role_code=custom.code if custom else "")
    scope = await role_location_ids(custom)
    ids = scope if base is None else (base if scope is None else base & scope)
    return Actor(role=user.role, user=user, location_ids=ids, permissions=frozenset(custom.permissions),
                 channels=None if custom.channels is None else frozenset(custom.channels), role_code=custom.code)


def _revoked(sid: str) -> Subquery:
    return Subquery(AuthSession.filter(id=sid, revoked_at__not_isnull=True).values("id"))


async def actor_from_token(token: str, *, member_row: bool = True) -> Actor:
    """The caller of an access token. The token's session must not be revoked and, for staff, the token's
    version must still be the user's: both are answered by the one query that loads the caller (the session's
    state is a subquery beside the user or member row), so ending sessions costs no extra round trip.

    That answer is cached per session in Redis (backend.security.identity): a staff caller, and a shopper on a
    route that does not need the member row (``member_row=False``), costs no SQL statement until the entry
    expires or a change of the subject puts a hold on it."""
    claims = decode(token, "access")
    cached, cacheable = await identity.lookup(claims.kind, claims.subject_id, claims.sid)
    if cached is not None:
        actor = _from_cache(claims, cached, member_row)
        if actor is not None:
            return actor
    actor = await (_staff_from_db(claims) if claims.kind == "staff" else _member_from_db(claims))
    if cacheable:
        await identity.remember(claims.sid, _to_cache(actor))
    return actor


def deferred_shopper(token: str) -> tuple[Actor, identity.ScriptCheck] | None:
    """A shopper's token on a route whose Redis script checks the identity (requires(identity_in_script=True)):
    the actor as the token says, and the check the script makes. None for staff, or while this process trusts
    no cached entry: the gate then authenticates as on any route."""
    claims = decode(token, "access")
    if claims.kind != "member":
        return None
    check = identity.member_check(claims.subject_id, claims.sid)
    if check is None:
        return None
    return Actor(role=Role.SHOPPER, member_id=claims.subject_id, location_ids=frozenset(),
                 session_id=claims.sid), check


T = TypeVar("T")


async def with_identity_check(request: Request, work: Callable[[identity.ScriptCheck | None], Awaitable[T]]) -> T:
    """Run a handler's ``work``, passing it the identity check the gate left to its script (None: the gate has
    authenticated the caller). The script refused the identity (identity.Unconfirmed): the caller is
    authenticated by the database (a 401 for a token that no longer counts) and the work runs again, unchecked.
    Any refusal before the script ran waits for that authentication first, so a dead token is always a 401."""
    check = getattr(request.ctx, "identity_check", None)
    if check is None:
        return await work(None)
    try:
        return await work(check)
    except identity.Unconfirmed as exc:
        # The script read the entry and the holds as lookup's MGET would: the database answers now.
        claims = decode(bearer_token(request), "access")
        actor = await _member_from_db(claims)
        if exc.cacheable:
            await identity.remember(claims.sid, _to_cache(actor))
        _authenticated(request, actor)
    except Exception:
        if not check.confirmed:
            _authenticated(request, await actor_from_token(bearer_token(request), member_row=False))
        raise
    return await work(None)


def _authenticated(request: Request, actor: Actor) -> None:
    request.ctx.identity_check = None
    request.ctx.actor = actor


def _from_cache(claims: Claims, cached: dict[str, Any], member_row: bool) -> Actor | None:
    if claims.kind == "staff":
        cols = cached["user"]
        if cols["id"] != claims.subject_id or cols["token_version"] != claims.version:
            return None  # minted under another version: the database decides (and refuses)
        user = User._init_from_db(**cols, password_hash="")  # never read from the caller; not cached
        loc, perms, channels = cached["loc"], cached["perms"], cached["channels"]
        return Actor(role=user.role, user=user, location_ids=None if loc is None else frozenset(loc),
                     session_id=claims.sid, permissions=None if perms is None else frozenset(perms),
                     channels=None if channels is None else frozenset(channels), role_code=cached["role_code"])
    if member_row or cached.get("member_id") != claims.subject_id:
        return None
    return Actor(role=Role.SHOPPER, member_id=claims.subject_id, location_ids=frozenset(), session_id=claims.sid)


def _to_cache(actor: Actor) -> dict[str, Any]:
    if actor.user is not None:
        def listed(values: frozenset[Any] | None) -> list[Any] | None:
            return None if values is None else sorted(values)

        return {"user": identity.user_columns(actor.user), "loc": listed(actor.location_ids),
                "perms": listed(actor.permissions), "channels": listed(actor.channels), "role_code": actor.role_code}
    return {"member_id": actor.member_id}


async def _staff_from_db(claims: Claims) -> Actor:
    user = await User.filter(id=claims.subject_id).annotate(session_revoked=_revoked(claims.sid)).first()
    if user is None or not user.is_active:
        raise Unauthorized("账号不存在或已停用")
    if user.token_version != claims.version or user.session_revoked is not None:  # type: ignore[attr-defined]
        raise Unauthorized(EXPIRED_MESSAGE)
    actor = await load_staff_actor(user)
    actor.session_id = claims.sid
    return actor


async def _member_from_db(claims: Claims) -> Actor:
    member = await member_model().filter(id=claims.subject_id).annotate(session_revoked=_revoked(claims.sid)).first()
    if member is None or member.merged_into_id is not None:  # merged away: continue as the surviving member
        raise Unauthorized("会员不存在")
    if member.deleted_at is not None:  # the account was deleted (PIPL): its tokens mean nobody now
        raise Unauthorized(MEMBER_DELETED_MESSAGE, code="member_deleted")
    if member.session_revoked is not None:  # type: ignore[attr-defined]
        raise Unauthorized(EXPIRED_MESSAGE)
    return Actor(role=Role.SHOPPER, member=member, location_ids=frozenset(), session_id=claims.sid,
                 member_id=member.id)


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


def audience(roles: frozenset[Role], staff: bool = False) -> frozenset[Role]:
    """Who a `requires(...)` declaration admits: the roles named (hq_admin with any staff role), else any staff
    with staff=True, else any logged-in caller (shoppers included)."""
    if roles:
        return roles | ({Role.HQ_ADMIN} if roles & STAFF_ROLES else frozenset())
    return STAFF_ROLES if staff else frozenset(Role)


def requires(*roles: Role | str, staff: bool = False, member_row: bool = True,
             identity_in_script: bool = False) -> Callable[[Handler], Handler]:
    """Declare who may call a route: `requires()` any logged-in caller, `requires(staff=True)` any staff,
    `requires(Role.X, ...)` those roles (hq_admin too when a staff role is named; Role.SHOPPER admits members).

    The authorization table (backend.security.authorization.ROUTES) decides and its gate enforces, before the
    handler runs; tests/test_authorization.py checks this declaration equals the table's row. The handler
    reads the actor the gate authenticated (current_actor); without one the call fails closed (401).
    ``member_row=False``: the handler reads only ``actor.member_id`` of a shopper, so the gate may answer from
    the identity cache without loading the member row (``actor.member`` is None then).
    ``identity_in_script=True`` (with member_row=False): a shopper's identity check is left to the handler's
    Redis script (backend.security.identity, ScriptCheck), which runs its work in with_identity_check."""
    if identity_in_script and member_row:
        raise ValueError("identity_in_script needs member_row=False: the script confirms an id, not a row")
    admitted = audience(frozenset(Role(r) for r in roles), staff)

    def decorator(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
            if getattr(request.ctx, "actor", None) is None:
                raise Unauthorized()
            return await handler(request, *args, **kwargs)

        wrapper.__cradle_roles__ = admitted  # type: ignore[attr-defined]
        wrapper.__cradle_member_row__ = member_row  # type: ignore[attr-defined]
        wrapper.__cradle_identity_in_script__ = identity_in_script  # type: ignore[attr-defined]
        return wrapper

    return decorator
