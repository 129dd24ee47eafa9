"""Progressive delay of password guessing, per (username, client address).

There is no account lockout: a lock that anyone can trigger from anywhere lets an attacker keep a manager out
of the tills. Instead the failures of one username from one address are counted (one atomic upsert, the same
on PostgreSQL and SQLite, so concurrent guesses all count); after FREE_FAILURES of them that pair is refused
(429 rate_limited with Retry-After) for a delay that doubles with every further failure up to MAX_DELAY_S. The
same user logging in from another address is not affected; a success from an address clears its count.
Names that are no account are counted the same way, so the answers never tell them apart. The counters live in
the database and so hold when Redis is down. Brute force spread over many addresses is limited by the per-address
rate limit (backend.security.ratelimit) and, for the privileged roles, by MFA.
"""

from __future__ import annotations

import math
import time

from backend.errors import RateLimited
from backend.raw_sql import connection, execute, fetch
from backend.security.models import LoginFailure

FREE_FAILURES = 5  # wrong passwords from one address for one username before the delay starts
BASE_DELAY_S = 30  # the delay after the FREE_FAILURES-th failure; doubled for each one after it
MAX_DELAY_S = 15 * 60
FORGET_AFTER_S = 24 * 3600  # a failure older than this no longer counts
BLOCKED_MESSAGE = "登录尝试过于频繁，请 {seconds} 秒后再试"


def _now_ms() -> int:
    return int(time.time() * 1000)


def delay_s(failures: int) -> int:
    """Seconds refused after the failures-th consecutive failure (0 while under FREE_FAILURES)."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_S, BASE_DELAY_S * 2 ** min(failures - FREE_FAILURES, 30))


def _blocked(retry_after_ms: int) -> RateLimited:
    seconds = max(1, math.ceil(retry_after_ms / 1000))
    return RateLimited(BLOCKED_MESSAGE.format(seconds=seconds), retry_after=seconds)


async def check(username: str, address: str) -> None:
    """Raise 429 while this username is delayed for this address (before any password is looked at)."""
    blocked = await LoginFailure.filter(username=username, address=address).values_list("blocked_until_ms",
                                                                                         flat=True)
    now = _now_ms()
    if blocked and blocked[0] > now:
        raise _blocked(blocked[0] - now)


_UPSERT = """
INSERT INTO login_failures (username, address, failures, last_failed_ms, blocked_until_ms)
VALUES ($1, $2, 1, $3, 0)
ON CONFLICT (username, address) DO UPDATE SET
    failures = CASE WHEN login_failures.last_failed_ms < $4 THEN 1 ELSE login_failures.failures + 1 END,
    last_failed_ms = $3
RETURNING failures
"""


async def record_failure(username: str, address: str) -> int:
    """Count one failure (atomically) and start or lengthen the delay; answers the count."""
    conn = connection()
    now = _now_ms()
    rows = await fetch(conn, _UPSERT, [username, address, now, now - FORGET_AFTER_S * 1000])
    failures = int(rows[0]["failures"])
    delay = delay_s(failures)
    if delay:
        # Guarded by the count: a slower concurrent failure never shortens the delay a later one set.
        await execute(conn, "UPDATE login_failures SET blocked_until_ms = $1 WHERE username = $2 AND address = $3 "
                            "AND failures = $4", [now + delay * 1000, username, address, failures])
    return failures


async def clear(username: str, address: str) -> None:
    await LoginFailure.filter(username=username, address=address).delete()
