"""Outbox relay: every stock change reaches every channel that lists the SKU.

    apply_change ──INSERT──> channel_outbox ──relay()──> push_states.desired_seq += 1 ──dispatch──> push()

relay(): claims outbox rows (FOR UPDATE SKIP LOCKED on PostgreSQL, so several relays never take the same rows),
deletes them and, per SKU and per channel listing it, bumps ``desired_seq`` of the (channel, sku) push state in the
same transaction; then hands the (account, sku, seq) work to the dispatcher (Celery tasks, or the in-process pump).
Many changes of one SKU between two relay passes become one push (coalescing). It also re-dispatches push work
that is overdue (a message lost with a killed worker): the database, not the broker, is the source of truth.

The push itself is backend.channels.stock_push; pushes that ran out of attempts are dead letters, which staff
replay from here (``replay_dead_letter``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.channels import shipments, tasks
from backend.channels.config import sync_config
from backend.channels.models import DeadLetter, DeadLetterStatus, PushState, PushStatus, SkuMapping
from backend.channels.stock_push import PushWork
from backend.errors import InvalidState, NotFound
from backend.raw_sql import execute, fetch, is_postgres

log = logging.getLogger("cradle.channels")



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
