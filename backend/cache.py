"""The one Redis handle. With CRADLE_REDIS_URL unset it is fakeredis, which speaks the same redis.asyncio API
(Lua included), so every caller has one code path whether a server runs or not.

run_script() and mget() are the two commands hot requests send once each (a live order claim, the identity
lookup): on a plain TCP Redis they go through the loop's pipelined connection (backend.redis_pipe), elsewhere
(fakeredis, TLS, a unix socket) through redis-py; the reply is the same either way."""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Sequence
from typing import Any

import redis.exceptions
from redis.asyncio import BlockingConnectionPool, Connection, Redis
from redis.commands.core import AsyncScript

from backend.redis_pipe import Address, Pipe, bulk, pack
from backend.settings import Settings

_redis: Redis | None = None
_address: Address | None = None
_pipes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Pipe] = weakref.WeakKeyDictionary()
_prefix = "cradle:"
# Connections per process. A request beyond them waits for one (up to POOL_WAIT_S) rather than failing: every
# authenticated request reads Redis first (backend.security.identity), so a burst of a few hundred requests in one
# worker asks for that many at once, and redis-py's plain pool answers the 101st with MaxConnectionsError.
POOL_SIZE = 100
POOL_WAIT_S = 10


def configure_redis(settings: Settings, *, prefix: str = "cradle:") -> Redis:
    global _redis, _prefix, _address
    _prefix = prefix
    _address = None
    if settings.redis_url:
        pool = BlockingConnectionPool.from_url(
            settings.redis_url, max_connections=POOL_SIZE, timeout=POOL_WAIT_S, decode_responses=True)
        _redis = Redis.from_pool(pool)
        if pool.connection_class is Connection:  # plain TCP (not TLS, not a unix socket)
            kw = pool.connection_kwargs
            _address = Address(kw.get("host") or "localhost", int(kw.get("port") or 6379), int(kw.get("db") or 0),
                               kw.get("username"), kw.get("password"))
    else:
        from fakeredis import FakeAsyncRedis

        _redis = FakeAsyncRedis(decode_responses=True, max_connections=2**16)  # in-process: no sockets to spare
    return _redis


def get_redis() -> Redis:
    if _redis is None:
        raise RuntimeError("Redis is not configured: call configure_redis() at start-up")
    return _redis


def key(*parts: object) -> str:
    """Namespaced key: every Cradle key starts with the process prefix (tests use a private one)."""
    return _prefix + ":".join(str(p) for p in parts)


def _pipe() -> Pipe | None:
    if _address is None:
        return None
    loop = asyncio.get_running_loop()
    pipe = _pipes.get(loop)
    if pipe is None or pipe.address is not _address:  # configure_redis() made a new one
        if pipe is not None:
            pipe.close()
        pipe = _pipes[loop] = Pipe(_address)
    return pipe


async def run_script(script: AsyncScript, keys: Sequence[Any], args: Sequence[Any]) -> Any:
    """EVALSHA of a registered script (loading it first if the server has lost it), as ``script(keys, args)``."""
    pipe = _pipe()
    if pipe is None:
        return await script(keys=keys, args=args)
    packed = b"*%d\r\n%s%s" % (3 + len(keys) + len(args), _script_head(script.sha, tuple(keys)), bulk(args))
    try:
        return await pipe.call(packed)
    except redis.exceptions.NoScriptError:
        await get_redis().script_load(script.script)
        return await pipe.call(packed)


@functools.lru_cache(maxsize=4096)
def _script_head(sha: str, keys: tuple[Any, ...]) -> bytes:
    """EVALSHA, the script's digest, the key count and the keys, packed once per (script, keys): a burst repeats
    the same session's keys and the same shoppers' identity keys."""
    return bulk((b"EVALSHA", sha, len(keys), *keys))


async def mget(keys: Sequence[str]) -> list[Any]:
    pipe = _pipe()
    if pipe is None:
        return await get_redis().mget(keys)
    return await pipe.call(pack((b"MGET", *keys)))


async def close_redis() -> None:
    global _redis
    for pipe in list(_pipes.values()):
        try:
            pipe.close()
        except RuntimeError:  # its loop is closed; the socket went with it
            pass
    _pipes.clear()
    if _redis is not None:
        await _redis.aclose()
        _redis = None
