"""Fixed-window rate limits: one counter per (purpose, subject, window).

The counters live in Redis (INCR + EXPIRE) so every API worker shares them. When Redis cannot be reached the
limit falls back to a counter in this process: each worker then limits on its own (weaker, by the number of
workers), which beats locking every staff member out of the tills while Redis is down. The progressive delay
after wrong passwords (backend.security.login_throttle) lives in the database and holds either way.
"""

from __future__ import annotations

import logging
import time

import redis.exceptions

from backend.cache import get_redis, key
from backend.errors import RateLimited

log = logging.getLogger("cradle.ratelimit")

LOGIN_PER_IP_PER_MIN = 120  # every login attempt from one address, whatever the username

_local: dict[str, int] = {}  # key -> count, for the current window only (older windows are dropped)


def _local_incr(k: str, window: int) -> int:
    stale = [name for name in _local if not name.endswith(f":{window}")]
    for name in stale:
        del _local[name]
    _local[k] = _local.get(k, 0) + 1
    return _local[k]


async def hit(purpose: str, subject: str, limit: int, window_s: int = 60) -> int:
    """Count one attempt; raise RateLimited (429) when the window already holds `limit` attempts."""
    window = int(time.time()) // window_s
    k = key("rl", purpose, subject, window)
    try:
        redis_client = get_redis()
        n = int(await redis_client.incr(k))
        if n == 1:
            await redis_client.expire(k, window_s + 1)
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
        log.warning("rate limit %s: Redis unavailable (%s), counting in this process", purpose, exc)
        n = _local_incr(k, window)
    if n > limit:
        retry_after = max(1, (window + 1) * window_s - int(time.time()))
        raise RateLimited(f"尝试过于频繁，请 {retry_after} 秒后再试", retry_after=retry_after)
    return n


async def login_attempt(address: str) -> None:
    """Every login attempt from one address (no per-username window: anyone could fill it from anywhere and
    keep that user out; guessing one username is slowed per address by backend.security.login_throttle)."""
    await hit("login-ip", address or "-", LOGIN_PER_IP_PER_MIN)
