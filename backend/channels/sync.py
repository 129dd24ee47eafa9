"""Outbox relay and stock pushes: every stock change reaches every channel that lists the SKU.

    apply_change ──INSERT──> channel_outbox ──relay()──> push_states.desired_seq += 1 ──dispatch──> push()

relay(): claims outbox rows (FOR UPDATE SKIP LOCKED on PostgreSQL, so several relays never take the same rows),
deletes them and, per SKU and per channel listing it, bumps ``desired_seq`` of the (channel, sku) push state in the
same transaction; then hands the (account, sku, seq) work to the dispatcher (Celery tasks, or the in-process pump).
Many changes of one SKU between two relay passes become one push (coalescing). It also re-dispatches push work
that is overdue (a message lost with a killed worker): the database, not the broker, is the source of truth.

push(): one (channel, sku) at a time (a Redis lock), computes the quantity NOW (``publish_quantity.quantity_for``), takes
a token from the platform's Redis token bucket, calls ``adapter.push_stock`` and records ``pushed_seq`` with a
guarded UPDATE that only moves forward: the latest quantity wins and an older push never overwrites a newer
one; work for a seq already covered is skipped. Failures count ``attempts`` in the database; the caller retries
after ``Outcome.retry_after`` (exponential backoff, or the platform's Retry-After); after ``max_attempts`` (or
a non-retryable error) the push lands in the dead-letter list, from which staff replay it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend import locks
from backend.audit import record_audit
from backend.cache import get_redis, key
from backend.channels import shipments, tasks
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
from backend.errors import InvalidState, NotFound
from backend.raw_sql import execute, fetch, is_postgres

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


@dataclass
class RelayResult:
    events: int = 0
    skus: int = 0
    dispatched: int = 0
    requeued: int = 0


Dispatcher = Callable[[list[PushWork]], Awaitable[None] | None]
_dispatcher: Dispatcher | None = None


def set_dispatcher(fn: Dispatcher | None) -> None:
    """Where push work goes: None restores the default (Celery tasks; eager/in-process without a broker)."""
    global _dispatcher
    _dispatcher = fn


async def dispatch(work: list[PushWork]) -> None:
    if not work:
        return
    fn = _dispatcher
    if fn is None:
        fn = tasks.dispatch_push
    result = fn(work)
    if result is not None:
        await result


# ---- relay --------------------------------------------------------------------------------------------------

UPSERT_STATE = (
    "INSERT INTO channel_push_states (account_id, sku_id, desired_seq, pushed_seq, status, attempts, last_error, "
    "enqueued_at, updated_at) VALUES ($1, $2, 1, 0, 'pending', 0, '', $3, $3) "
    "ON CONFLICT (account_id, sku_id) DO UPDATE SET desired_seq = channel_push_states.desired_seq + 1, "
    "status = CASE WHEN channel_push_states.status = 'retrying' THEN 'retrying' ELSE 'pending' END, "
    "attempts = CASE WHEN channel_push_states.status = 'retrying' THEN channel_push_states.attempts ELSE 0 END, "
    "enqueued_at = CASE WHEN channel_push_states.status = 'retrying' THEN channel_push_states.enqueued_at "
    "ELSE $3 END, updated_at = $3 "
    "RETURNING desired_seq, status"
)


async def bump(account_id: int, sku_id: int, conn: Any, now: datetime) -> PushWork | None:
    """Ask for a fresh push of (account, sku). Returns the work to dispatch (None: a retry is already due)."""
    rows = await fetch(conn, UPSERT_STATE, [account_id, sku_id, now])
    if rows[0]["status"] == PushStatus.RETRYING.value:
        return None
    return PushWork(account_id, sku_id, int(rows[0]["desired_seq"]))


# Called (sku ids, conn) in the relay's transaction with the SKUs whose stock changed (backend.wiring: the
# partners' stock.changed webhooks). The outbox rows are consumed here, so this is where a change is seen once.
RELAYED_HOOKS: list[Callable[[list[int], BaseDBAsyncClient], Awaitable[None]]] = []


async def relay(*, now: datetime | None = None, limit: int | None = None) -> RelayResult:
    """One relay pass: outbox rows -> coalesced push work, plus overdue work. Safe to run concurrently."""
    cfg = sync_config()
    now = now or datetime.now(UTC)
    limit = limit or cfg.relay_batch
    result = RelayResult()
    work: list[PushWork] = []
    async with in_transaction() as conn:
        lock = " FOR UPDATE SKIP LOCKED" if is_postgres(conn) else ""
        rows = await fetch(conn, f"SELECT id, sku_id FROM channel_outbox ORDER BY id LIMIT {int(limit)}{lock}", [])
        if rows:
            ids = [int(r["id"]) for r in rows]
            await execute(conn, "DELETE FROM channel_outbox WHERE id IN (" + ",".join(str(i) for i in ids) + ")",
                          [])
            sku_ids = sorted({int(r["sku_id"]) for r in rows})
            result.events, result.skus = len(rows), len(sku_ids)
            for hook in RELAYED_HOOKS:  # partners: the stock.changed webhook outbox, in this transaction
                await hook(sku_ids, conn)
            mappings = await (SkuMapping.filter(sku_id__in=sku_ids, is_active=True, account__is_active=True,
                                                account__push_enabled=True)
                              .using_db(conn).order_by("account_id", "sku_id").values_list("account_id", "sku_id"))
            for account_id, sku_id in mappings:
                item = await bump(int(account_id), int(sku_id), conn, now)
                if item is not None:
                    work.append(item)
        work += await _overdue(conn, now, cfg.requeue_after_s, result)
    await dispatch(work)
    result.dispatched = len(work)
    return result


async def _overdue(conn: Any, now: datetime, after_s: float, result: RelayResult) -> list[PushWork]:
    """Push work whose message should have run by now (lost with a killed worker, or never sent)."""
    cutoff = now - timedelta(seconds=after_s)
    rows = await fetch(
        conn,
        "SELECT id, account_id, sku_id, desired_seq FROM channel_push_states WHERE pushed_seq < desired_seq AND ("
        "(status = 'pending' AND (enqueued_at IS NULL OR enqueued_at < $1)) OR "
        "(status = 'retrying' AND next_attempt_at < $1)) ORDER BY id LIMIT 500",
        [cutoff],
    )
    if not rows:
        return []
    ids = ",".join(str(int(r["id"])) for r in rows)
    await execute(conn, f"UPDATE channel_push_states SET status = 'pending', enqueued_at = $1 WHERE id IN ({ids})",
                  [now])
    result.requeued = len(rows)
    return [PushWork(int(r["account_id"]), int(r["sku_id"]), int(r["desired_seq"])) for r in rows]


async def request_push(account_id: int, sku_id: int) -> PushWork | None:
    """Make (account, sku) publish its current quantity again (reconciliation, replay, new mapping)."""
    async with in_transaction() as conn:
        return await bump(account_id, sku_id, conn, datetime.now(UTC))


async def request_pushes(pairs: list[tuple[int, int]], *, send: bool = True) -> list[PushWork]:
    now = datetime.now(UTC)
    work: list[PushWork] = []
    async with in_transaction() as conn:
        for account_id, sku_id in pairs:
            item = await bump(account_id, sku_id, conn, now)
            if item is not None:
                work.append(item)
    if send:
        await dispatch(work)
    return work


# ---- locks and rate limits ----------------------------------------------------------------------------------

_BUCKET = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local data = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(data[1])
local ts = tonumber(data[2])
if tokens == nil then tokens = burst end
if ts == nil then ts = now end
if now > ts then tokens = math.min(burst, tokens + (now - ts) * rate) end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(math.max(now, ts)))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return tostring(wait)
"""


async def take_token(platform: str) -> float:
    """Take one call from the platform's token bucket. Returns 0, or the seconds to wait for a token."""
    cfg = sync_config()
    wait = await get_redis().eval(_BUCKET, 1, key("channels", "bucket", platform), str(cfg.rate_per_s),
                                  str(cfg.burst), repr(time.time()))
    return float(wait)


def lock_name(account_id: int, sku_id: int) -> str:
    return key("channels", "push", account_id, sku_id)


# ---- push ---------------------------------------------------------------------------------------------------


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
    from tortoise import Tortoise

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
    from tortoise import Tortoise

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


# ---- dead letters -------------------------------------------------------------------------------------------


async def replay_dead_letter(letter_id: int, user: Any = None) -> tuple[DeadLetter, list[PushWork]]:
    """Give a dead push a fresh set of attempts: a stock push publishes the CURRENT quantity (not the stale one it
    held); a shipment push is due again at once (backend.channels.shipments). Returns the letter and the work to
    dispatch."""
    async with in_transaction() as conn:
        letter = await DeadLetter.get_or_none(id=letter_id).using_db(conn)
        if letter is None:
            raise NotFound("死信记录不存在")
        if letter.status == DeadLetterStatus.RESOLVED:
            raise InvalidState("该死信已处理完毕，无需重放")
        now = datetime.now(UTC)
        updated = await DeadLetter.filter(id=letter.id, status=letter.status).using_db(conn).update(
            status=DeadLetterStatus.REPLAYING, replay_count=letter.replay_count + 1,
            replayed_by_id=getattr(user, "id", None), replayed_at=now)
        if not updated:
            raise InvalidState("该死信刚刚被处理，请刷新后重试")
        item = None
        if letter.kind == "shipment":  # the shipment push is due again; the next relay pass pushes it
            if not await shipments.replay(letter, conn, now):  # it reached the platform meanwhile
                await DeadLetter.filter(id=letter.id).using_db(conn).update(status=DeadLetterStatus.RESOLVED,
                                                                             resolved_at=now)
        else:
            await execute(conn, "UPDATE channel_push_states SET status = 'pending', attempts = 0 "
                                "WHERE account_id = $1 AND sku_id = $2", [letter.account_id, letter.sku_id])
            item = await bump(letter.account_id, int(letter.sku_id or 0), conn, now)
        if user is not None:
            await record_audit(user, "channels.dead_letter.replay", "channel_dead_letter", letter.id,
                               before={"status": letter.status.value}, after={"status": "replaying"},
                               using_db=conn)
        await letter.refresh_from_db(using_db=conn)
    return letter, [item] if item else []


async def push_lag(account_id: int, now: datetime | None = None) -> dict[str, Any]:
    """How far a shop's published quantities are behind our stock: the pushes still waiting (pending or
    retrying), how long the oldest of them has waited (seconds; 0 when nothing waits) and when a push last reached
    the platform. Dead pushes are not counted here: they wait for a replay (the dead letters)."""
    now = now or datetime.now(UTC)
    waiting = PushState.filter(account_id=account_id, status__in=[PushStatus.PENDING, PushStatus.RETRYING])
    count = await waiting.count()
    oldest = await waiting.filter(enqueued_at__isnull=False).order_by("enqueued_at").first() \
        .values_list("enqueued_at", flat=True)
    last = await PushState.filter(account_id=account_id, pushed_at__isnull=False).order_by("-pushed_at").first() \
        .values_list("pushed_at", flat=True)
    return {"waiting": count, "lag_s": max(0, int((now - oldest).total_seconds())) if oldest else 0,
            "oldest_waiting_since": oldest, "last_pushed_at": last}
