"""Fixed-window rate limits in Redis (INCR + EXPIRE): one counter per (purpose, subject, window)."""

from __future__ import annotations

import time

from backend.cache import get_redis, key
from backend.errors import RateLimited

LOGIN_PER_IP_PER_MIN = 120
LOGIN_PER_USER_PER_MIN = 10


async def hit(purpose: str, subject: str, limit: int, window_s: int = 60) -> int:
    """Count one attempt; raise RateLimited (429) when the window already holds `limit` attempts."""
    window = int(time.time()) // window_s
    k = key("rl", purpose, subject, window)
    redis = get_redis()
    n = int(await redis.incr(k))
    if n == 1:
        await redis.expire(k, window_s + 1)
    if n > limit:
        raise RateLimited(f"尝试过于频繁，请 {window_s} 秒后再试")
    return n


async def login_attempt(ip: str, username: str) -> None:
    await hit("login-ip", ip or "-", LOGIN_PER_IP_PER_MIN)
    await hit("login-user", username.lower(), LOGIN_PER_USER_PER_MIN)
