"""Shipments of platform orders out to the marketplaces: carrier and tracking number.

    fulfilment.ship ──SHIPPED_HOOKS, same transaction──> channel_shipment_pushes (pending)
    push_due() (beat, every relay interval) ──claim──> adapter.push_shipment ──> done | retry later | dead letter

- **Outbox**: ``on_shipped`` runs inside the shipment's transaction. For an order that came from a marketplace
  (it has a ``PlatformOrder``) it checks the platform can take the shipment (a tracking number, a carrier the
  platform knows; otherwise the shipment is refused with a 400 and nothing is written) and inserts one
  ``ShipmentPush`` row, so the push exists if and only if the shipment committed. Other orders: nothing.
- **Relay** (``push_due``): claims due rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, and a guarded UPDATE that
  moves ``next_attempt_at`` forward as a lease, so several workers never push one row at once), takes a token
  from the platform's Redis token bucket (the one stock pushes use), calls ``adapter.push_shipment``.
- **Outcomes**: success -> done. The platform saying the order is already shipped -> done as well (an earlier
  attempt whose answer was lost, or a later parcel of a split shipment): a repeat never makes a second shipment.
  Rate limits wait (Retry-After or the first backoff) without counting a failure. Other failures count
  ``attempts`` and retry after ``backoff_base_s · 2^(attempt−1)``; after ``max_attempts`` or a non-retryable
  error the row is dead and a ``DeadLetter(kind="shipment")`` is open, which staff replay from the admin API
  (``backend.channels.sync.replay_dead_letter``: fresh attempts, due now).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.channels.accounts import adapter_for, platform_name
from backend.channels.adapters import ADAPTERS, PlatformError
from backend.channels.config import sync_config
from backend.channels.models import (
    DeadLetter,
    DeadLetterStatus,
    PlatformOrder,
    ShipmentPush,
    ShipmentPushStatus,
)
from backend.channels.throttle import take_token
from backend.due_rows import PassResult, claim_due, work_claimed
from backend.errors import ValidationError
from backend.orders.carriers import CARRIER_NAMES, carrier_code
from backend.orders.models import Order, Shipment
from backend.raw_sql import execute, fetch

log = logging.getLogger("cradle.channels")

CLAIM_BATCH = 100
CONCURRENCY = 8
ALREADY_SHIPPED_NOTE = "平台已显示该订单发货（之前的回传已生效，或订单已在平台发货）"


async def platform_order_of(order: Order, conn: BaseDBAsyncClient) -> PlatformOrder | None:
    """The marketplace order this Cradle order was placed for, if any. Ingestion places it with channel = the
    platform and external_id = the platform order id, so the lookup is one hit on the unique (platform, platform
    order id) key, and none at all for store, mini-program and live orders. A row not linked yet (ingestion died
    between placing the order and linking it) still counts."""
    channel = str(order.channel)
    if channel not in ADAPTERS or not order.external_id:
        return None
    po = await PlatformOrder.get_or_none(platform=channel, platform_order_id=order.external_id).using_db(conn)
    if po is None or po.order_id not in (None, order.id):
        return None
    return po


async def on_shipped(order: Order, shipment: Shipment, conn: BaseDBAsyncClient) -> None:
    """SHIPPED_HOOKS entry: the outbox row of a platform order's shipment, in the shipment's transaction."""
    po = await platform_order_of(order, conn)
    if po is None:
        return

    name = platform_name(po.platform)
    if not shipment.tracking_no.strip():
        raise ValidationError(f"该订单来自{name}，需填写快递单号，平台才能标记发货",
                              details=[{"field": "tracking_no", "message": "平台订单必填"}])
    code = carrier_code(shipment.carrier)
    known = ADAPTERS[po.platform].CARRIERS if po.platform in ADAPTERS else {}
    if code is None or code not in known:
        choices = "、".join(CARRIER_NAMES[c] for c in CARRIER_NAMES if c in known)
        raise ValidationError(f"{name}不支持物流公司「{shipment.carrier or '未填写'}」，可选：{choices}",
                              details=[{"field": "carrier", "message": "平台不支持该物流公司"}])
    await ShipmentPush.create(account_id=po.account_id, order_id=order.id, platform_order_id=po.platform_order_id,
                              shipment_no=shipment.shipment_no, carrier=code, tracking_no=shipment.tracking_no.strip(),
                              next_attempt_at=datetime.now(UTC), using_db=conn)


# ---- the relay ----------------------------------------------------------------------------------------------


async def push_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> PassResult:
    """One relay pass: push every due shipment of an active shop (a few at a time). Safe to run concurrently."""
    cfg = sync_config()
    ids = await claim_due("channel_shipment_pushes", now=now or datetime.now(UTC), limit=limit,
                          lease_s=max(cfg.requeue_after_s, cfg.push_timeout_s * 2),
                          join="JOIN channel_accounts a ON a.id = t.account_id",
                          where="AND a.is_active = $2 AND a.push_enabled = $2", params=[True])
    return await work_claimed(ids, push_one, concurrency=CONCURRENCY, what="shipment push")


async def push_one(push_id: int) -> str:
    """Push one claimed shipment to its platform; records the outcome and returns it."""
    cfg = sync_config()
    row = await ShipmentPush.get_or_none(id=push_id).select_related("account")
    if row is None or row.status != ShipmentPushStatus.PENDING:
        return "skipped"
    account = row.account
    wait = await take_token(account.platform)
    if wait > 0:
        await _later(row.id, wait)
        return "rate_limited"
    try:
        await adapter_for(account).push_shipment(row.platform_order_id, row.carrier, row.tracking_no)
    except PlatformError as exc:
        if exc.kind == "already_shipped":
            await _done(row, ALREADY_SHIPPED_NOTE)
            return "done"
        if exc.kind == "rate_limited":
            await _later(row.id, exc.retry_after if exc.retry_after is not None else cfg.backoff(1))
            return "rate_limited"
        return await _failed(row, f"{exc.kind}: {exc.message}", retryable=exc.retryable)
    except Exception as exc:  # a bug or the network stack: counted like a platform failure
        log.exception("shipment push %s to %s failed", row.shipment_no, account.platform)
        return await _failed(row, f"{type(exc).__name__}: {exc}", retryable=True)
    await _done(row, "")
    return "done"


def _conn() -> BaseDBAsyncClient:
    return Tortoise.get_connection("default")


async def _later(push_id: int, delay_s: float) -> None:
    now = datetime.now(UTC)
    await execute(_conn(), "UPDATE channel_shipment_pushes SET next_attempt_at = $1, updated_at = $2 "
                           "WHERE id = $3 AND status = 'pending'", [now + timedelta(seconds=delay_s), now, push_id])


async def _done(row: ShipmentPush, note: str) -> None:
    now = datetime.now(UTC)
    await execute(_conn(), "UPDATE channel_shipment_pushes SET status = 'done', pushed_at = $1, next_attempt_at = NULL, "
                           "last_error = $2, updated_at = $1 WHERE id = $3 AND status = 'pending'",
                  [now, note[:255], row.id])
    await DeadLetter.filter(shipment_push_id=row.id, kind="shipment",
                            status__in=[DeadLetterStatus.OPEN, DeadLetterStatus.REPLAYING]).update(
        status=DeadLetterStatus.RESOLVED, resolved_at=now)
    log.info("shipment %s of %s order %s pushed (%s %s)", row.shipment_no, row.account.platform,
             row.platform_order_id, row.carrier, row.tracking_no)


async def _failed(row: ShipmentPush, error: str, *, retryable: bool) -> str:
    cfg = sync_config()
    now = datetime.now(UTC)
    conn = _conn()
    rows = await fetch(conn, "UPDATE channel_shipment_pushes SET attempts = attempts + 1, last_error = $1, "
                             "updated_at = $2 WHERE id = $3 AND status = 'pending' RETURNING attempts",
                       [error[:255], now, row.id])
    if not rows:
        return "skipped"  # finished meanwhile by another relay whose lease overlapped
    attempts = int(rows[0]["attempts"])
    if retryable and attempts < cfg.max_attempts:
        delay = cfg.backoff(attempts)
        await _later(row.id, delay)
        log.info("shipment %s push failed (%s), attempt %s, retry in %.2fs", row.shipment_no, error, attempts, delay)
        return "retry"
    await execute(conn, "UPDATE channel_shipment_pushes SET status = 'dead', next_attempt_at = NULL WHERE id = $1",
                  [row.id])
    await _open_letter(row, attempts, error)
    log.warning("shipment %s push dead after %s attempts: %s", row.shipment_no, attempts, error)
    return "dead"


async def _open_letter(row: ShipmentPush, attempts: int, error: str) -> None:
    letter = await DeadLetter.filter(shipment_push_id=row.id, kind="shipment",
                                     status__in=[DeadLetterStatus.OPEN, DeadLetterStatus.REPLAYING]).first()
    if letter is None:
        await DeadLetter.create(account_id=row.account_id, kind="shipment", shipment_push_id=row.id,
                                attempts=attempts, error=error[:500])
        return
    letter.status, letter.error = DeadLetterStatus.OPEN, error[:500]
    letter.attempts += attempts
    await letter.save(update_fields=["status", "error", "attempts", "updated_at"])


async def replay(letter: DeadLetter, conn: Any, now: datetime) -> bool:
    """A replayed shipment letter: fresh attempts, due at once (the next relay pass pushes it). False when the
    shipment has reached the platform meanwhile (nothing to replay)."""
    return bool(await execute(
        conn, "UPDATE channel_shipment_pushes SET status = 'pending', attempts = 0, last_error = '', "
              "next_attempt_at = $1, updated_at = $1 WHERE id = $2 AND status <> 'done'",
        [now, letter.shipment_push_id]))
