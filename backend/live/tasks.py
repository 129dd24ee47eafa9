"""Periodic live-session work (Celery beat / the embedded scheduler of `make run`, see backend.tasks.schedule)."""

from __future__ import annotations

import logging

from backend.live import pool
from backend.live.models import LiveSession, SessionStatus
from backend.live.sessions import end_expired_sessions

log = logging.getLogger("cradle.live")


async def housekeeping() -> dict[str, int]:
    """End sessions whose window passed (their remainder goes back to the normal pool) and settle or refund
    the Redis claims that a dead worker left behind."""
    ended = await end_expired_sessions()
    settled = refunded = 0
    for sid in await LiveSession.filter(status=SessionStatus.LIVE).values_list("id", flat=True):
        done = await pool.reconcile_claims(int(sid))
        settled += done["settled"]
        refunded += done["refunded"]
    if ended or settled or refunded:
        log.info("live housekeeping: %s ended, %s claims settled, %s refunded", ended, settled, refunded)
    return {"ended": ended, "settled": settled, "refunded": refunded}
