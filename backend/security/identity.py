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

A route whose work is itself one Redis script (the live order claim, backend.live.pool) folds that MGET into its
script instead (``requires(identity_in_script=True)``, shoppers only): the gate hands the handler a ScriptCheck,
the script refuses with 'identity' before doing anything unless the entry is exactly the shopper's and no hold
stands, and the handler then asks the database as the gate would have (backend.security.actor.with_identity_check).
"""

from __future__ import annotations

import functools
import json
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import redis.exceptions
from tortoise.fields import DatetimeField

from backend.cache import get_redis, key, mget
from backend.org.models import User

log = logging.getLogger(__name__)
_REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)

ENTRY_TTL_S = 30
HOLD_S = 90
_NOT_CACHED = frozenset({"password_hash"})


def _entry(sid: str) -> str:
    return key("ident", "s", sid)


def _holds(kind: str, subject_id: int, sid: str) -> list[str]:
    return [key("ident", "hold", kind, subject_id), key("ident", "hold", "s", sid), key("ident", "hold", "all")]


# Redis unreachable: every request reads the database, and this process trusts no entry until HOLD_S after the
# last failure (an entry written before an invalidation this process could not record has expired by then).
_untrusted_until = 0.0


def _redis_failed(what: str, exc: Exception) -> None:
    global _untrusted_until
    _untrusted_until = time.monotonic() + HOLD_S
    log.warning("identity cache %s: Redis unavailable (%s); the database answers", what, exc)


def trusted() -> bool:
    """Whether this process may answer from a cached entry now (not within HOLD_S of a Redis failure)."""
    return time.monotonic() >= _untrusted_until


def encode(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"))


class Unconfirmed(Exception):
    """A route's script found no entry confirming the caller, or a hold: the database must decide. ``cacheable``:
    no hold stood, so the database's answer may be cached (as lookup's second value)."""

    def __init__(self, cacheable: bool) -> None:
        super().__init__("identity unconfirmed")
        self.cacheable = cacheable


@dataclass
class ScriptCheck:
    """The identity check a route's Redis script makes: ``keys`` (the entry, then the holds) go after the script's
    own keys and ``expected`` after its own arguments, both already encoded; ``confirmed`` once the script passed
    it."""

    keys: tuple[bytes, ...]
    expected: bytes
    confirmed: bool = False


def member_check(member_id: int, sid: str) -> ScriptCheck | None:
    """The check of a shopper's token, or None when this process trusts no entry now (the gate then asks)."""
    if not trusted():
        return None
    return ScriptCheck(*_member_check_names(key(""), member_id, sid))


@functools.lru_cache(maxsize=4096)
def _member_check_names(prefix: str, member_id: int, sid: str) -> tuple[tuple[bytes, ...], bytes]:
    """A check's keys and expected entry, encoded, per (key prefix, member, session): built once per process, as a
    burst repeats the same shoppers' tokens. Only names, nothing that can go stale (the prefix is part of the cache
    key; the names are built under it)."""
    names = (_entry(sid), *_holds("member", member_id, sid))
    return tuple(n.encode() for n in names), encode({"member_id": member_id}).encode()


def lua_check(first_key: int, arg: int) -> str:
    """Lua that returns {'identity', 'hold' | 'miss'} unless the entry (KEYS[first_key]) is ARGV[arg] and none of
    the three holds after it stands; does nothing when the script was given no check (fewer keys)."""
    e, h = first_key, first_key + 1
    return (f"if #KEYS >= {e} then\n"
            f"  if redis.call('EXISTS', KEYS[{h}], KEYS[{h + 1}], KEYS[{h + 2}]) > 0 then return {{'identity', 'hold'}} end\n"
            f"  if redis.call('GET', KEYS[{e}]) ~= ARGV[{arg}] then return {{'identity', 'miss'}} end\n"
            f"end\n")


def unconfirmed(reply: list[Any]) -> Unconfirmed:
    """The exception for a script's {'identity', why} reply."""
    return Unconfirmed(cacheable=str(reply[1]) == "miss")


async def lookup(kind: str, subject_id: int, sid: str) -> tuple[dict[str, Any] | None, bool]:
    """(the cached identity or None, whether it may be cached): one round trip. A staff entry's "user" comes as
    User._init_from_db takes it (user_row). The answer is shared by every request that read the same entry
    (_decoded): read it, never change it."""
    if not trusted():
        return None, False
    try:
        entry, *holds = await mget([_entry(sid), *_holds(kind, subject_id, sid)])
    except _REDIS_DOWN as exc:
        _redis_failed("lookup", exc)
        return None, False
    if any(holds):
        return None, False
    return (_decoded(entry) if entry else None), True


@functools.lru_cache(maxsize=4096)
def _decoded(entry: str | bytes) -> dict[str, Any]:
    """An entry as its text says, decoded once per process: the same text is the same identity, so nothing here
    can go stale (what counts is what Redis holds now, read by every request). A burst of one caller's requests
    parses it once instead of per request (JSON and the user's timestamps, 12 us)."""
    payload = json.loads(entry)
    if "user" in payload:
        payload["user"] = user_row(payload["user"])
    return payload


async def remember(sid: str, payload: dict[str, Any]) -> None:
    try:
        await get_redis().set(_entry(sid), encode(payload), ex=ENTRY_TTL_S)
    except _REDIS_DOWN as exc:
        _redis_failed("remember", exc)


async def _hold(name: str) -> None:
    """Put a hold; with Redis unreachable the change still commits: no node reads an entry while Redis is down,
    a restarted Redis holds none, and this process trusts none for HOLD_S (another node that never saw Redis
    fail may serve an entry up to ENTRY_TTL_S old: docs/security.md, the identity cache)."""
    try:
        await get_redis().set(name, "1", ex=HOLD_S)
    except _REDIS_DOWN as exc:
        _redis_failed("hold", exc)


def user_columns(user: Any) -> dict[str, Any]:
    """The user's columns as the database would give them (for User._init_from_db), without the password hash."""
    out: dict[str, Any] = {}
    for name in user._meta.db_fields:
        if name in _NOT_CACHED:
            continue
        value = getattr(user, name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else getattr(value, "value", value)
    return out


def user_row(cols: dict[str, Any]) -> dict[str, Any]:
    """user_columns' answer read back for User._init_from_db: its timestamps (ISO text in the cache) as datetimes,
    parsed by the standard library's C parser rather than the ORM's (iso8601, in Python): every staff request
    builds its user from it."""
    return {**cols, **{n: datetime.fromisoformat(cols[n]) for n in _timestamps() if isinstance(cols.get(n), str)}}


@functools.cache
def _timestamps() -> tuple[str, ...]:
    return tuple(n for n in User._meta.db_fields if isinstance(User._meta.fields_map.get(n), DatetimeField))


async def forget(kind: str, subject_id: int) -> None:
    """Every cached identity of this staff member or shopper stops counting now (call it in the change's
    transaction, before it commits)."""
    await _hold(key("ident", "hold", kind, subject_id))


async def forget_session(sid: str) -> None:
    await _hold(key("ident", "hold", "s", sid))


async def forget_everyone() -> None:
    """A change that ends many subjects' sessions at once (MFA made compulsory for a set of roles)."""
    await _hold(key("ident", "hold", "all"))
