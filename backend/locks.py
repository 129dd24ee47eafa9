"""Redis locks: a key set with NX and an expiry holding a random token; only the holder of the token releases or
extends it (atomic Lua), so a holder whose lock ran out never frees someone else's. A crashed holder lets go when
the key expires."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from backend.cache import get_redis

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


def _ms(ttl_s: float) -> int:
    return max(1, int(ttl_s * 1000))


async def acquire(name: str, ttl_s: float) -> str | None:
    """The token if the lock was free (now held for ttl_s), else None."""
    token = secrets.token_hex(8)
    return token if await get_redis().set(name, token, nx=True, px=_ms(ttl_s)) else None


async def release(name: str, token: str) -> None:
    await get_redis().eval(_RELEASE, 1, name, token)


async def extend(name: str, token: str, ttl_s: float) -> bool:
    """Keep holding the lock for another ``ttl_s``; False if it was lost (expired and taken by another)."""
    return bool(await get_redis().eval(_EXTEND, 1, name, token, str(_ms(ttl_s))))


@asynccontextmanager
async def held(name: str, ttl_s: float) -> AsyncIterator[bool]:
    """Try the lock once: yields whether it is held, and releases it on the way out."""
    token = await acquire(name, ttl_s)
    try:
        yield token is not None
    finally:
        if token is not None:
            await release(name, token)
