"""The one Redis handle. With CRADLE_REDIS_URL unset it is fakeredis, which speaks the same redis.asyncio API
(Lua included), so every caller has one code path whether a server runs or not."""

from __future__ import annotations

from redis.asyncio import BlockingConnectionPool, Redis

from backend.settings import Settings

_redis: Redis | None = None
_prefix = "cradle:"
# Connections per process. A request beyond them waits for one (up to POOL_WAIT_S) rather than failing: every
# authenticated request reads Redis first (backend.security.identity), so a burst of a few hundred requests in one
# worker asks for that many at once, and redis-py's plain pool answers the 101st with MaxConnectionsError.
POOL_SIZE = 100
POOL_WAIT_S = 10


def configure_redis(settings: Settings, *, prefix: str = "cradle:") -> Redis:
    global _redis, _prefix
    _prefix = prefix
    if settings.redis_url:
        _redis = Redis.from_pool(BlockingConnectionPool.from_url(
            settings.redis_url, max_connections=POOL_SIZE, timeout=POOL_WAIT_S, decode_responses=True))
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


async def close_redis() -> None:
    global _redis
    if _redis is not None:
        await _redis.aclose()
        _redis = None
