"""The staff notification outbox: WeCom messages to staff, written with the business change, sent in the background.

    submit_po / shopper's message ──enqueue(), same transaction──> staff_notifications (pending)
        ──kick() after commit / deliver_due() on the beat──claim──> WeCom message/send ──> sent | retry later | failed

- **Outbox**: ``enqueue`` runs inside the business transaction, so the notification exists if and only if the
  change committed (a rolled-back submit leaves no row). Its ``dedupe_key`` is unique ("po_approval:<po id>:<n>",
  "aftersales:<message id>"): enqueueing the same thing again (a retried request) adds nothing. Callers hold the
  row lock of what the notification is about (the PO's guarded UPDATE, the order's row lock), so the check and
  the insert are not raced.
- **Delivery** (``deliver_due``, the "staff.notifications" job of backend.tasks.schedule, every few seconds, and
  ``kick()`` right after the commit): claims due rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL and a guarded
  UPDATE moving ``next_attempt_at`` forward as a lease, so two workers never send one row), sends through the
  staff messenger (backend.messaging.messenger: WeCom, installed by backend.wiring). The request that enqueued never waits on WeCom.
- **Outcomes**: WeCom accepted -> sent; the users WeCom answered as ``invaliduser`` (left, not in the app's range)
  are recorded in ``invalid_users`` and not retried. WeCom down, a timeout, a token or rate-limit error ->
  ``attempts + 1`` and retried after ``BACKOFF_BASE_S · 2^(attempts−1)`` (capped); after ``MAX_ATTEMPTS``, or at
  once for an error no retry can fix (bad message, every user invalid), -> failed, logged, and listed by
  ``GET /admin/api/v1/notifications?status=failed``. A card WeCom refuses because its task_id was already used
  was delivered by an earlier attempt whose answer was lost: sent, not sent twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.due_rows import PassResult, claim_due, work_claimed
from backend.messaging.messenger import MessengerError, messenger
from backend.messaging.models import NotificationStatus, StaffNotification
from backend.raw_sql import execute, fetch
from backend.tasks.celery_app import app, kick_job
from backend.timestamps import iso

log = logging.getLogger("cradle.staff.notifications")

KIND_PO_APPROVAL = "po_approval"
KIND_AFTERSALES = "aftersales_message"
KIND_REFUND_FAILED = "refund_failed"  # backend.orders.refunds: a refund the provider did not make, to finance
KIND_REFUND_REQUEST = "refund_request"  # backend.orders.refund_requests: a shopper's request, to the store
KIND_STOCK_DIGEST = "stock_digest"  # backend.stock.digest: the morning stock digest
KIND_ALERT = "alert"  # backend.ops.alerts: low stock, near expiry, dead letters, failed refunds or backups
KIND_HR_INTERVIEW = "hr_interview"  # backend.hr.recruiting: an interview scheduled, to its interviewers
KIND_HR_CERTIFICATE = "hr_certificate"  # backend.hr.certificates: a certificate expiring, to the store manager
KIND_STOCK_DISCREPANCY = "stock_discrepancy"  # backend.stock.discrepancies: an offline sale the books lacked
KIND_PRICE_VARIANCE = "price_variance"  # backend.orders.offline_prices: an offline sale charged below the price list
KINDS = {KIND_PO_APPROVAL: "采购单待审批", KIND_AFTERSALES: "售后留言", KIND_REFUND_FAILED: "退款失败",
         KIND_REFUND_REQUEST: "退款申请", KIND_STOCK_DIGEST: "库存日报", KIND_ALERT: "告警",
         KIND_HR_INTERVIEW: "面试安排", KIND_HR_CERTIFICATE: "证书到期", KIND_STOCK_DISCREPANCY: "库存差异",
         KIND_PRICE_VARIANCE: "离线售价差异"}

MAX_ATTEMPTS = 8
BACKOFF_BASE_S = 10.0
BACKOFF_MAX_S = 3600.0
LEASE_S = 60.0  # longer than a send can take (token + send + one token retry, 5 s timeout each)
CLAIM_BATCH = 50
CONCURRENCY = 4
# WeCom errors that no retry fixes: bad message or parameters, every recipient invalid, content too long/empty.
PERMANENT_ERRCODES = frozenset({40008, 40058, 44004, 45002, 47001, 81013})


def backoff(attempts: int) -> float:
    return min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_MAX_S)


def text_payload(content: str) -> dict[str, Any]:
    return {"msgtype": "text", "content": content}


def card_payload(card: dict[str, Any]) -> dict[str, Any]:
    return {"msgtype": "template_card", "card": card}


async def enqueue(conn: BaseDBAsyncClient, *, kind: str, user_ids: list[str], payload: dict[str, Any],
                  dedupe_key: str, now: datetime | None = None) -> StaffNotification | None:
    """Queue a WeCom message to staff inside the caller's transaction. None when there is nobody to tell or the
    same dedupe_key was queued before (nothing is added then). Call ``kick()`` after the commit."""
    users = sorted({u for u in user_ids if u})
    if not users:
        log.warning("%s: nobody bound to WeCom to tell (%s)", kind, dedupe_key)
        return None
    if await StaffNotification.filter(dedupe_key=dedupe_key).using_db(conn).exists():
        return None
    return await StaffNotification.create(kind=kind, dedupe_key=dedupe_key, user_ids=users, payload=payload,
                                          next_attempt_at=now or datetime.now(UTC), using_db=conn)


# ---- kicking the delivery right after a commit ------------------------------------------------------------

_kicks: set[asyncio.Task[Any]] = set()


def kick() -> None:
    """Deliver now rather than at the next beat (after the enqueueing transaction committed). Never waits, neither
    on WeCom nor on the broker: a task of the running event loop runs the delivery itself when Celery is eager
    (``make run``, tests), or hands a Celery message to the workers. Losing a kick loses nothing: the beat job
    delivers every due row."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # called outside an event loop: the beat delivers it
    task = loop.create_task(_deliver_here() if app.conf.task_always_eager else _kick_worker(),
                            name="staff.notifications.kick")
    _kicks.add(task)
    task.add_done_callback(_kicks.discard)


async def _deliver_here() -> None:
    try:
        await deliver_due()
    except Exception:  # the database went away: the beat delivers it
        log.exception("kicked notification delivery failed")


async def _kick_worker() -> None:
    try:
        await asyncio.to_thread(kick_job, "staff.notifications")
    except Exception:  # the broker is down: the beat delivers it
        log.exception("could not kick the notification delivery")


async def drain(within_s: float = 30.0) -> None:
    """Wait until the kicked deliveries of this process have finished (tests, shutdown)."""
    while _kicks:
        done, _ = await asyncio.wait(set(_kicks), timeout=within_s)
        if not done:
            raise TimeoutError(f"{len(_kicks)} notification deliveries still running after {within_s}s")


async def cancel_kicks() -> None:
    for task in list(_kicks):
        task.cancel()
    await asyncio.gather(*_kicks, return_exceptions=True)


# ---- delivery ---------------------------------------------------------------------------------------------


def _conn() -> BaseDBAsyncClient:
    return Tortoise.get_connection("default")


async def deliver_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> PassResult:
    """One delivery pass: send every due notification (a few at a time). Safe to run concurrently."""
    now = now or datetime.now(UTC)
    ids = await claim_due("staff_notifications", now=now, limit=limit, lease_s=LEASE_S)
    return await work_claimed(ids, lambda notification_id: deliver_one(notification_id, now=now),
                              concurrency=CONCURRENCY, what="staff notification")


async def _send(row: StaffNotification) -> Any:
    payload = row.payload
    client = messenger()
    if payload.get("msgtype") == "template_card":
        return await client.asend_template_card(row.user_ids, payload["card"])
    return await client.asend_text(row.user_ids, str(payload.get("content") or ""))


async def deliver_one(notification_id: int, *, now: datetime | None = None) -> str:
    """Send one claimed notification; records the outcome and returns it."""
    row = await StaffNotification.get_or_none(id=notification_id)
    if row is None or row.status != NotificationStatus.PENDING:
        return "skipped"
    try:
        result = await _send(row)
    except MessengerError as exc:
        if exc.errcode == 40058 and "task_id" in exc.errmsg and ("used" in exc.errmsg or "exist" in exc.errmsg):
            return await _sent(row, [], note="卡片已由之前的一次发送送达")
        return await _failed(row, f"{exc.errcode}: {exc.errmsg}", retryable=exc.errcode not in PERMANENT_ERRCODES,
                             now=now)
    except Exception as exc:  # a bug or the network stack: counted like WeCom being down
        log.exception("staff notification %s (%s) failed", row.id, row.dedupe_key)
        return await _failed(row, f"{type(exc).__name__}: {exc}", retryable=True, now=now)
    invalid = [u for u in result.invalid_users if u in row.user_ids]
    if invalid:
        log.warning("staff notification %s: WeCom does not know %s (not retried)", row.dedupe_key, invalid)
    return await _sent(row, invalid)


async def _sent(row: StaffNotification, invalid: list[str], note: str = "") -> str:
    at = datetime.now(UTC)
    await StaffNotification.filter(id=row.id, status=NotificationStatus.PENDING).update(
        status=NotificationStatus.SENT, sent_at=at, next_attempt_at=None, invalid_users=invalid, last_error=note,
        updated_at=at)
    log.info("staff notification %s sent to %s", row.dedupe_key, [u for u in row.user_ids if u not in invalid])
    return "sent"


async def _failed(row: StaffNotification, error: str, *, retryable: bool, now: datetime | None) -> str:
    at = now or datetime.now(UTC)
    rows = await fetch(_conn(), "UPDATE staff_notifications SET attempts = attempts + 1, last_error = $1, "
                                "updated_at = $2 WHERE id = $3 AND status = 'pending' RETURNING attempts",
                       [error[:255], datetime.now(UTC), row.id])
    if not rows:
        return "skipped"  # finished meanwhile by another run whose lease overlapped
    attempts = int(rows[0]["attempts"])
    if retryable and attempts < MAX_ATTEMPTS:
        delay = backoff(attempts)
        await execute(_conn(), "UPDATE staff_notifications SET next_attempt_at = $1 WHERE id = $2 AND status = 'pending'",
                      [at + timedelta(seconds=delay), row.id])
        log.info("staff notification %s not sent (%s), attempt %s, retry in %.0fs", row.dedupe_key, error, attempts,
                 delay)
        return "retry"
    await execute(_conn(), "UPDATE staff_notifications SET status = 'failed', next_attempt_at = NULL "
                           "WHERE id = $1 AND status = 'pending'", [row.id])
    log.error("staff notification %s failed after %s attempts: %s", row.dedupe_key, attempts, error)
    return "failed"


# ---- the back office's view -------------------------------------------------------------------------------


def notification_dict(n: StaffNotification) -> dict[str, Any]:
    payload = n.payload or {}
    if payload.get("msgtype") == "template_card":
        card = payload.get("card") or {}
        title = card.get("main_title") or {}
        preview = " ".join(str(p) for p in (title.get("title"), title.get("desc"), card.get("sub_title_text")) if p)
    else:
        preview = str(payload.get("content") or "")
    return {
        "id": n.id, "kind": n.kind, "kind_name": KINDS.get(n.kind, n.kind), "dedupe_key": n.dedupe_key,
        "user_ids": n.user_ids, "invalid_users": n.invalid_users, "msgtype": payload.get("msgtype"),
        "preview": preview[:200], "status": NotificationStatus(n.status).value, "attempts": n.attempts,
        "next_attempt_at": iso(n.next_attempt_at), "last_error": n.last_error, "sent_at": iso(n.sent_at),
        "created_at": iso(n.created_at),
    }


async def listing(*, status: str | None, kind: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = StaffNotification.all()
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [notification_dict(n) for n in rows], "total": total}


async def retry(notification_id: int, conn: BaseDBAsyncClient) -> StaffNotification | None:
    """A failed notification sent again: fresh attempts, due now (None: not found or not failed)."""
    now = datetime.now(UTC)
    if not await execute(conn, "UPDATE staff_notifications SET status = 'pending', attempts = 0, next_attempt_at = $1, "
                               "updated_at = $1 WHERE id = $2 AND status = 'failed'", [now, notification_id]):
        return None
    return await StaffNotification.get(id=notification_id).using_db(conn)
