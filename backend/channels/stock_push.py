"""One stock push: publish the current quantity of one SKU on one channel (``push``), and the work items and
outcomes the dispatchers (backend.channels.tasks: Celery; backend.channels.pump: in-process) carry.

push(): one (channel, sku) at a time (a Redis lock), computes the quantity NOW (``publish_quantity.quantity_for``), takes
a token from the platform's Redis token bucket (backend.channels.throttle), calls ``adapter.push_stock`` and records
``pushed_seq`` with a guarded UPDATE that only moves forward: the latest quantity wins and an older push never
overwrites a newer one; work for a seq already covered is skipped. Failures count ``attempts`` in the database; the
caller retries after ``Outcome.retry_after`` (exponential backoff, or the platform's Retry-After); after
``max_attempts`` (or a non-retryable error) the push lands in the dead-letter list, from which staff replay it
(backend.channels.sync.replay_dead_letter).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise import Tortoise

from backend import locks
from backend.cache import key
from backend.channels.accounts import adapter_for
from backend.channels.adapters import PlatformError
from backend.channels.config import sync_config
from backend.channels.models import (
    ChannelAccount,
    DeadLetter,
    DeadLetterStatus,
    PushState,
    PushStatus,
    SkuMapping,
)
from backend.channels.publish_quantity import quantity_for
from backend.channels.throttle import take_token
from backend.raw_sql import execute, fetch

log = logging.getLogger("cradle.channels")


@dataclass(frozen=True)
class PushWork:
    account_id: int
    sku_id: int
    seq: int


@dataclass(frozen=True)
class Outcome:
    """pushed | skipped | busy | rate_limited | retry | dead. ``retry_after``: when to call push() again."""

    status: str
    qty: int | None = None
    retry_after: float | None = None
    error: str = ""

    @property
    def again(self) -> bool:
        return self.retry_after is not None


def lock_name(account_id: int, sku_id: int) -> str:
    return key("channels", "push", account_id, sku_id)


async def push(account_id: int, sku_id: int, seq: int | None = None) -> Outcome:
    """Publish the current quantity of one SKU on one channel, if that channel is behind. Never raises for
    platform trouble: the outcome says whether and when to call again."""
    cfg = sync_config()
    state = await PushState.get_or_none(account_id=account_id, sku_id=sku_id)
    if state is None or state.pushed_seq >= state.desired_seq or (seq is not None and state.pushed_seq >= seq):
        return Outcome("skipped")
    if state.status == PushStatus.DEAD:
        return Outcome("skipped", error="dead letter open")
    lock = lock_name(account_id, sku_id)
    token = await locks.acquire(lock, cfg.lock_ttl_s)
    if token is None:
        return Outcome("busy", retry_after=0.2)
    try:
        last: Outcome = Outcome("skipped")
        for n in range(20):  # bounded: a SKU selling non-stop still yields the worker
            if n and not await locks.extend(lock, token, cfg.lock_ttl_s):
                return Outcome("busy", qty=last.qty, retry_after=0.2)  # another holder now: it carries on
            state = await PushState.get(id=state.id)
            target = state.desired_seq
            if state.pushed_seq >= target or state.status == PushStatus.DEAD:
                return last
            last = await _push_once(state, target)
            if last.status != "pushed":
                return last
        return Outcome("pushed", qty=last.qty, retry_after=0.0)
    finally:
        await locks.release(lock, token)


async def _push_once(state: PushState, target: int) -> Outcome:
    cfg = sync_config()
    account = await ChannelAccount.get_or_none(id=state.account_id)
    mapping = await SkuMapping.get_or_none(account_id=state.account_id, sku_id=state.sku_id, is_active=True)
    if account is None or mapping is None or not account.is_active or not account.push_enabled:
        await _advance(state.id, target, None)  # nothing listed there any more: nothing to publish
        return Outcome("skipped")
    wait = await take_token(account.platform)
    if wait > 0:
        return Outcome("rate_limited", retry_after=wait)
    qty = await quantity_for(state.sku_id, account)
    try:
        await adapter_for(account).push_stock(mapping.platform_sku_id, qty)
    except PlatformError as exc:
        if exc.kind == "rate_limited":
            return Outcome("rate_limited", qty=qty,
                           retry_after=exc.retry_after if exc.retry_after is not None else cfg.backoff(1))
        return await _failed(state, mapping, qty, f"{exc.kind}: {exc.message}", retryable=exc.retryable)
    except Exception as exc:  # a bug or the network stack: counted like a platform failure
        log.exception("push %s/%s failed", account.platform, mapping.platform_sku_id)
        return await _failed(state, mapping, qty, f"{type(exc).__name__}: {exc}", retryable=True)
    await _advance(state.id, target, qty)
    await DeadLetter.filter(account_id=state.account_id, sku_id=state.sku_id, kind="stock",
                            status__in=[DeadLetterStatus.OPEN, DeadLetterStatus.REPLAYING]).update(
        status=DeadLetterStatus.RESOLVED, resolved_at=datetime.now(UTC), qty=qty)
    return Outcome("pushed", qty=qty)


async def _advance(state_id: int, target: int, qty: int | None) -> None:
    """Record a push covering ``target``; never moves pushed_seq backwards."""
    conn = Tortoise.get_connection("default")
    now = datetime.now(UTC)
    await execute(
        conn,
        "UPDATE channel_push_states SET pushed_seq = $1, pushed_qty = COALESCE($2, pushed_qty), pushed_at = $3, "
        "status = CASE WHEN desired_seq <= $1 THEN 'ok' ELSE 'pending' END, attempts = 0, last_error = '', "
        "next_attempt_at = NULL, updated_at = $3 WHERE id = $4 AND pushed_seq < $1",
        [target, qty, now, state_id],
    )


async def _failed(state: PushState, mapping: SkuMapping, qty: int, error: str, *, retryable: bool) -> Outcome:
    cfg = sync_config()
    now = datetime.now(UTC)
    conn = Tortoise.get_connection("default")
    rows = await fetch(conn, "UPDATE channel_push_states SET attempts = attempts + 1, last_error = $1, updated_at = $2 "
                             "WHERE id = $3 RETURNING attempts", [error[:255], now, state.id])
    attempts = int(rows[0]["attempts"]) if rows else 1
    if retryable and attempts < cfg.max_attempts:
        delay = cfg.backoff(attempts)
        await execute(conn, "UPDATE channel_push_states SET status = 'retrying', next_attempt_at = $1 WHERE id = $2",
                      [now + timedelta(seconds=delay), state.id])
        log.info("push %s sku %s failed (%s), attempt %s, retry in %.2fs", mapping.platform_sku_id, state.sku_id,
                 error, attempts, delay)
        return Outcome("retry", qty=qty, retry_after=delay, error=error)
    await execute(conn, "UPDATE channel_push_states SET status = 'dead', next_attempt_at = NULL WHERE id = $1",
                  [state.id])
    letter = await DeadLetter.filter(account_id=state.account_id, sku_id=state.sku_id, kind="stock",
                                     status__in=[DeadLetterStatus.OPEN, DeadLetterStatus.REPLAYING]).first()
    if letter is None:
        await DeadLetter.create(account_id=state.account_id, sku_id=state.sku_id, kind="stock",
                                platform_sku_id=mapping.platform_sku_id, qty=qty, attempts=attempts, error=error[:500])
    else:
        letter.status, letter.qty, letter.error = DeadLetterStatus.OPEN, qty, error[:500]
        letter.attempts += attempts
        await letter.save(update_fields=["status", "qty", "error", "attempts", "updated_at"])
    log.warning("push %s sku %s dead after %s attempts: %s", mapping.platform_sku_id, state.sku_id, attempts, error)
    return Outcome("dead", qty=qty, error=error)

