"""The caller's identity per token, cached in Redis so a hot read authenticates without PostgreSQL.

What the database says about a token (backend.security.actor.actor_from_token: the user row, its token version
and store scope, the session not revoked; for a shopper the member neither merged nor deleted, the session not
revoked) is kept under the token's session for ENTRY_TTL_S:

    ident:s:<sid>               JSON: staff {"user": {columns but the password hash}, "loc": [ids] | null,
                                      "perms", "channels", "role_code" (a custom role's, backend.security.roles)}
                                      member {"member_id": id}

Invalidation is a hold, not a delete: the change that makes an identity stale (role, scope, status, password,
MFA: every one moves the token version through sessions.revoke_user; a custom role edited; a member merged or
deleted; a logout) sets

    ident:hold:staff:<id> | ident:hold:member:<id> | ident:hold:s:<sid> | ident:hold:all      for HOLD_S

and while a hold stands every request of that subject reads the database and caches nothing. HOLD_S exceeds
ENTRY_TTL_S by more than any transaction lasts, so an entry written before the change, or by a request that
read the database just before the change committed, is gone before the hold is lifted. One MGET per request
reads the entry and the holds together.
"""

from __future__ import annotations

import json
from typing import Any

from backend.cache import get_redis, key

ENTRY_TTL_S = 30
HOLD_S = 90
_NOT_CACHED = frozenset({"password_hash"})


def _entry(sid: str) -> str:
    return key("ident", "s", sid)


def _holds(kind: str, subject_id: int, sid: str) -> list[str]:
    return [key("ident", "hold", kind, subject_id), key("ident", "hold", "s", sid), key("ident", "hold", "all")]


async def lookup(kind: str, subject_id: int, sid: str) -> tuple[dict[str, Any] | None, bool]:
    """(the cached identity or None, whether it may be cached): one round trip."""
    entry, *holds = await get_redis().mget([_entry(sid), *_holds(kind, subject_id, sid)])
    if any(holds):
        return None, False
    return (json.loads(entry) if entry else None), True


async def remember(sid: str, payload: dict[str, Any]) -> None:
    await get_redis().set(_entry(sid), json.dumps(payload, separators=(",", ":")), ex=ENTRY_TTL_S)


def user_columns(user: Any) -> dict[str, Any]:
    """The user's columns as the database would give them (for User._init_from_db), without the password hash."""
    out: dict[str, Any] = {}
    for name in user._meta.db_fields:
        if name in _NOT_CACHED:
            continue
        value = getattr(user, name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else getattr(value, "value", value)
    return out


async def forget(kind: str, subject_id: int) -> None:
    """Every cached identity of this staff member or shopper stops counting now (call it in the change's
    transaction, before it commits)."""
    await get_redis().set(key("ident", "hold", kind, subject_id), "1", ex=HOLD_S)


async def forget_session(sid: str) -> None:
    await get_redis().set(key("ident", "hold", "s", sid), "1", ex=HOLD_S)


async def forget_everyone() -> None:
    """A change that ends many subjects' sessions at once (MFA made compulsory for a set of roles)."""
    await get_redis().set(key("ident", "hold", "all"), "1", ex=HOLD_S)
