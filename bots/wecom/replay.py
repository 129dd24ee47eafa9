"""Replay guard for WeCom callbacks: remembers (timestamp, nonce, signature) triples for a while.

The interface is one coroutine so any store with an atomic "set if absent, with expiry" can back it. The
implementation here is written against redis.asyncio (``SET key 1 NX EX ttl``); fakeredis speaks the same API.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

from redis.asyncio import Redis


class ReplayGuard(Protocol):
    async def first_seen(self, key: str, ttl_seconds: int) -> bool:
        """Atomically record ``key`` for ``ttl_seconds``; True the first time, False if it is already there."""
        ...


def replay_key(timestamp: str, nonce: str, signature: str) -> str:
    """A short fixed-length key for one signed request (the raw parts are attacker-sized)."""
    raw = "\x1f".join((timestamp, nonce, signature)).encode()
    return hashlib.sha256(raw).hexdigest()


class RedisReplayGuard:
    """``SET <prefix><key> 1 NX EX <ttl>``: atomic across processes sharing the Redis server."""

    def __init__(self, redis: Redis, prefix: str = "cradle:wecom:replay:") -> None:
        self.redis = redis
        self.prefix = prefix

    async def first_seen(self, key: str, ttl_seconds: int) -> bool:
        return bool(await self.redis.set(self.prefix + key, "1", nx=True, ex=max(1, int(ttl_seconds))))
