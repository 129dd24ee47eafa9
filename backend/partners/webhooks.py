"""Webhooks to partners: subscriptions, the signed delivery outbox, retries with backoff, the log and replay.

    order placed / paid / shipped  ──PLACED/PAID/SHIPPED hooks, same transaction──┐
    stock relayed to the channels  ──RELAYED hook (channels.sync), same transaction──┴─> open_webhook_deliveries
    deliver_due() (every 5 s: Celery beat or the embedded runner) ──claim──> POST url ──> delivered | retry | dead

- **Outbox**: a business event writes one delivery row per active subscription to its type, in the transaction of
  the event, so a delivery exists if and only if the event committed. Which subscriptions exist is cached per
  process for SUBSCRIPTIONS_TTL_S (a change made in this process clears it at once; other workers see a new
  subscription within that time), so an order placed with no partner subscribed costs no query.
- **Signature**: ``X-Cradle-Timestamp`` (Unix seconds) and ``X-Cradle-Signature: v1=<hex>``, the HMAC-SHA256 of
  ``"<timestamp>.<body>"`` under the subscription's secret; the receiver recomputes it over the raw body and
  refuses a timestamp older than 5 minutes (``verify`` is the reference). ``X-Cradle-Event-Id`` is the same on
  every attempt and replay, so the receiver drops repeats.
- **Retries**: any answer but 2xx, or no answer within DELIVERY_TIMEOUT_S, counts an attempt and retries after
  ``BACKOFF_BASE_S · 2^(attempt−1)``; after MAX_ATTEMPTS the row is dead. Every attempt is logged
  (open_webhook_attempts). HQ replays a delivery (fresh attempts, due now) from the admin API.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.due_rows import PassResult, claim_due, work_claimed
from backend.errors import NotFound, ValidationError
from backend.fieldcrypt import seal, unseal
from backend.orders.models import Order, Shipment
from backend.partners.models import (
    ClientStatus,
    DeliveryStatus,
    OpenClient,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from backend.raw_sql import execute, fetch
from backend.settings import get_settings
from backend.timestamps import iso

log = logging.getLogger("cradle.partners")

EVENTS: dict[str, str] = {
    "order.created": "订单已创建",
    "order.paid": "订单已付款",
    "order.shipped": "订单已发货",
    "stock.changed": "库存已变化",
}
SUBSCRIPTIONS_TTL_S = 5.0
DELIVERY_TIMEOUT_S = 10.0
BACKOFF_BASE_S = 30.0
MAX_ATTEMPTS = 8
TOLERANCE_S = 300
CLAIM_BATCH = 100
CONCURRENCY = 8
MAX_PER_CLIENT = 10  # subscriptions

# ---- subscriptions -------------------------------------------------------------------------------------------


def _check(url: str, events: list[str]) -> list[str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("回调地址必须是 http(s) URL", details=[{"field": "url", "message": "取值不合法"}])
    if parts.scheme != "https" and get_settings().env == "production":  # the body and its signature in clear
        raise ValidationError("生产环境的回调地址必须使用 https", details=[{"field": "url", "message": "取值不合法"}])
    unknown = [e for e in events if e not in EVENTS]
    if unknown or not events:
        raise ValidationError(f"事件类型不合法：{'、'.join(unknown) or '至少选择一项'}；可选：{'、'.join(EVENTS)}",
                              details=[{"field": "events", "message": "取值不在允许范围内"}])
    return sorted(set(events))


def subscription_json(sub: WebhookSubscription) -> dict[str, Any]:
    return {"id": sub.id, "url": sub.url, "events": sub.events, "is_active": sub.is_active,
            "created_at": iso(sub.created_at)}


async def subscribe(user: Any, client: OpenClient, *, url: str, events: list[str]) -> dict[str, Any]:
    """A subscription; the answer holds its signing secret, shown this once."""
    events = _check(url, events)
    if client.status != ClientStatus.ACTIVE:
        raise ValidationError("该合作方应用已吊销")
    if await WebhookSubscription.filter(client_id=client.id, is_active=True).count() >= MAX_PER_CLIENT:
        raise ValidationError(f"每个合作方应用最多 {MAX_PER_CLIENT} 个回调订阅")
    secret = "whsec_" + secrets.token_urlsafe(32)
    async with in_transaction() as conn:
        sub = await WebhookSubscription.create(client_id=client.id, url=url, events=events, secret=seal(secret),
                                               using_db=conn)
        await record_audit(user, "open_webhook.subscribe", "open_client", client.client_id,
                           after={"subscription_id": sub.id, "url": url, "events": events}, using_db=conn)
    forget_subscriptions()
    return {"subscription": subscription_json(sub), "signing_secret": secret}


async def unsubscribe(user: Any, client: OpenClient, subscription_id: int) -> dict[str, Any]:
    sub = await WebhookSubscription.get_or_none(id=subscription_id, client_id=client.id)
    if sub is None:
        raise NotFound("回调订阅不存在")
    async with in_transaction() as conn:
        await WebhookSubscription.filter(id=sub.id).using_db(conn).update(is_active=False)
        await record_audit(user, "open_webhook.unsubscribe", "open_client", client.client_id,
                           before={"subscription_id": sub.id, "url": sub.url, "events": sub.events}, using_db=conn)
    forget_subscriptions()
    sub.is_active = False
    return {"subscription": subscription_json(sub)}


async def subscriptions_of(client: OpenClient) -> dict[str, Any]:
    rows = await WebhookSubscription.filter(client_id=client.id).order_by("id")
    return {"items": [subscription_json(s) for s in rows]}


@dataclass
class _Cache:
    until: float = 0.0
    by_event: dict[str, list[int]] | None = None


_cache = _Cache()


def forget_subscriptions() -> None:
    _cache.until, _cache.by_event = 0.0, None


async def _subscribers(event_type: str, conn: BaseDBAsyncClient) -> list[int]:
    if _cache.by_event is None or time.monotonic() >= _cache.until:
        rows = await (WebhookSubscription.filter(is_active=True, client__status=ClientStatus.ACTIVE)
                      .using_db(conn).values_list("id", "events"))
        by_event: dict[str, list[int]] = {}
        for sub_id, events in rows:
            for e in events or []:
                by_event.setdefault(e, []).append(int(sub_id))
        _cache.by_event, _cache.until = by_event, time.monotonic() + SUBSCRIPTIONS_TTL_S
    return (_cache.by_event or {}).get(event_type, [])


# ---- events (the outbox) ---------------------------------------------------------------------------------------


async def enqueue(event_type: str, data: dict[str, Any], conn: BaseDBAsyncClient) -> int:
    """One delivery per subscription to `event_type`, in the caller's transaction. Returns how many."""
    subs = await _subscribers(event_type, conn)
    if not subs:
        return 0
    now = datetime.now(UTC)
    event_id = "evt_" + secrets.token_hex(12)
    payload = {"id": event_id, "type": event_type, "created_at": iso(now), "data": data}
    await WebhookDelivery.bulk_create([WebhookDelivery(subscription_id=s, event_id=event_id, event_type=event_type,
                                                       payload=payload, next_attempt_at=now) for s in subs],
                                      using_db=conn)
    return len(subs)


def _order_data(order: Order) -> dict[str, Any]:
    return {"order_no": order.order_no, "status": str(getattr(order.status, "value", order.status)),
            "channel": str(getattr(order.channel, "value", order.channel)), "external_id": order.external_id,
            "total_fen": order.total_fen, "paid_fen": order.paid_fen}


async def on_placed(order: Order, conn: BaseDBAsyncClient) -> None:
    """orders.placement.PLACED_HOOKS entry."""
    await enqueue("order.created", _order_data(order), conn)


async def on_paid(order: Order, conn: BaseDBAsyncClient) -> None:
    """orders.payments.PAID_HOOKS entry."""
    await enqueue("order.paid", _order_data(order), conn)


async def on_shipped(order: Order, shipment: Shipment, conn: BaseDBAsyncClient) -> None:
    """orders.fulfilment.SHIPPED_HOOKS entry."""
    await enqueue("order.shipped", {**_order_data(order), "shipment_no": shipment.shipment_no,
                                    "carrier": shipment.carrier, "tracking_no": shipment.tracking_no}, conn)


async def on_stock_relayed(sku_ids: Iterable[int], conn: BaseDBAsyncClient) -> None:
    """channels.sync.RELAYED_HOOKS entry: one stock.changed per SKU whose stock moved, with the totals now."""
    ids = sorted(set(sku_ids))
    if not ids or not await _subscribers("stock.changed", conn):
        return
    codes = dict(await Sku.filter(id__in=ids).using_db(conn).values_list("id", "code"))
    marks = ",".join(str(int(i)) for i in ids)
    rows = await fetch(conn, "SELECT s.sku_id, l.code, SUM(s.on_hand) AS on_hand, SUM(s.reserved) AS reserved "
                             f"FROM stocks s JOIN locations l ON l.id = s.location_id WHERE s.sku_id IN ({marks}) "
                             "AND l.is_active GROUP BY s.sku_id, l.code ORDER BY s.sku_id, l.code", [])
    per_sku: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for r in rows:
        on_hand, reserved = int(r["on_hand"]), int(r["reserved"])
        per_sku[int(r["sku_id"])].append({"location_code": r["code"], "on_hand": on_hand, "reserved": reserved,
                                          "available": on_hand - reserved})
    for sku_id in ids:
        if sku_id in codes:
            await enqueue("stock.changed", {"sku_code": codes[sku_id], "locations": per_sku[sku_id]}, conn)


# ---- signing ---------------------------------------------------------------------------------------------------


def body_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def sign(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(secret: str, headers: dict[str, str], body: bytes, *, now: float | None = None) -> bool:
    """What a receiver does (the reference for docs/open-api.md): the timestamp fresh, the signature matching."""
    lower = {k.lower(): v for k, v in headers.items()}
    try:
        timestamp = int(lower.get("x-cradle-timestamp", ""))
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_S:
        return False
    given = lower.get("x-cradle-signature", "").removeprefix("v1=")
    return hmac.compare_digest(given, sign(secret, timestamp, body))


# ---- delivery ---------------------------------------------------------------------------------------------------


def backoff(attempt: int) -> float:
    return BACKOFF_BASE_S * 2 ** (attempt - 1)


async def deliver_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> PassResult:
    """One pass: post every due delivery of an active client (a few at a time). Safe to run concurrently."""
    ids = await claim_due("open_webhook_deliveries", now=now or datetime.now(UTC), limit=limit,
                          lease_s=DELIVERY_TIMEOUT_S * 3,
                          join="JOIN open_webhook_subscriptions s ON s.id = t.subscription_id "
                               "JOIN open_clients c ON c.id = s.client_id",
                          where="AND s.is_active = $2 AND c.status = $3", params=[True, ClientStatus.ACTIVE.value])
    if not ids:
        return PassResult()
    async with httpx.AsyncClient(timeout=DELIVERY_TIMEOUT_S, follow_redirects=False) as http:
        async def work(delivery_id: int) -> str:
            return await deliver_one(delivery_id, http)

        return await work_claimed(ids, work, concurrency=CONCURRENCY, what="webhook delivery")


async def deliver_one(delivery_id: int, http: httpx.AsyncClient) -> str:
    row = await WebhookDelivery.get_or_none(id=delivery_id).select_related("subscription")
    if row is None or row.status != DeliveryStatus.PENDING:
        return "skipped"
    body = body_bytes(row.payload)
    timestamp = int(time.time())
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "Cradle-Webhooks/1",
               "X-Cradle-Event": row.event_type, "X-Cradle-Event-Id": row.event_id,
               "X-Cradle-Delivery-Id": str(row.id), "X-Cradle-Timestamp": str(timestamp),
               "X-Cradle-Signature": "v1=" + sign(unseal(row.subscription.secret), timestamp, body)}
    started = time.monotonic()
    status_code: int | None = None
    error = ""
    try:
        resp = await http.post(row.subscription.url, content=body, headers=headers)
        status_code = resp.status_code
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"[:255]
    took = int((time.monotonic() - started) * 1000)
    return await _record(row, status_code, error, took)


def _conn() -> BaseDBAsyncClient:
    return Tortoise.get_connection("default")


async def _record(row: WebhookDelivery, status_code: int | None, error: str, took_ms: int) -> str:
    now = datetime.now(UTC)
    conn = _conn()
    rows = await fetch(conn, "UPDATE open_webhook_deliveries SET attempts = attempts + 1, last_status_code = $1, "
                             "last_error = $2, updated_at = $3 WHERE id = $4 AND status = 'pending' "
                             "RETURNING attempts", [status_code, error[:255], now, row.id])
    if not rows:
        return "skipped"
    attempts = int(rows[0]["attempts"])
    await WebhookAttempt.create(delivery_id=row.id, attempt=attempts, status_code=status_code, error=error[:255],
                                duration_ms=took_ms)
    if not error:
        await execute(conn, "UPDATE open_webhook_deliveries SET status = 'delivered', delivered_at = $1, "
                            "next_attempt_at = NULL WHERE id = $2", [now, row.id])
        return "delivered"
    if attempts < MAX_ATTEMPTS:
        await execute(conn, "UPDATE open_webhook_deliveries SET next_attempt_at = $1 WHERE id = $2",
                      [now + timedelta(seconds=backoff(attempts)), row.id])
        log.info("webhook %s to subscription %s failed (%s), attempt %s", row.event_id, row.subscription_id, error,
                 attempts)
        return "retry"
    await execute(conn, "UPDATE open_webhook_deliveries SET status = 'dead', next_attempt_at = NULL WHERE id = $1",
                  [row.id])
    log.warning("webhook %s to subscription %s dead after %s attempts: %s", row.event_id, row.subscription_id,
                attempts, error)
    return "dead"


# ---- the log and replay --------------------------------------------------------------------------------------


def delivery_json(row: WebhookDelivery, attempts: list[WebhookAttempt] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row.id, "subscription_id": row.subscription_id, "event_id": row.event_id,
        "event_type": row.event_type, "status": row.status.value, "attempts": row.attempts,
        "next_attempt_at": iso(row.next_attempt_at), "last_status_code": row.last_status_code,
        "last_error": row.last_error, "delivered_at": iso(row.delivered_at), "created_at": iso(row.created_at),
    }
    if attempts is not None:
        out["payload"] = row.payload
        out["attempt_log"] = [{"attempt": a.attempt, "status_code": a.status_code, "error": a.error,
                               "duration_ms": a.duration_ms, "at": iso(a.created_at)} for a in attempts]
    return out


async def deliveries_of(client: OpenClient, *, status: DeliveryStatus | None, offset: int,
                        limit: int) -> dict[str, Any]:
    query = WebhookDelivery.filter(subscription__client_id=client.id)
    if status is not None:
        query = query.filter(status=status)
    rows = await query.order_by("-id").offset(offset).limit(limit)
    return {"items": [delivery_json(r) for r in rows], "total": await query.count()}


async def _delivery(client: OpenClient, delivery_id: int) -> WebhookDelivery:
    row = await WebhookDelivery.get_or_none(id=delivery_id, subscription__client_id=client.id)
    if row is None:
        raise NotFound("回调投递记录不存在")
    return row


async def delivery_detail(client: OpenClient, delivery_id: int) -> dict[str, Any]:
    row = await _delivery(client, delivery_id)
    attempts = await WebhookAttempt.filter(delivery_id=row.id).order_by("id")
    return {"delivery": delivery_json(row, attempts)}


async def replay(user: Any, client: OpenClient, delivery_id: int) -> dict[str, Any]:
    """Send a delivery again (delivered or dead): fresh attempts, due now, the same event id and body."""
    row = await _delivery(client, delivery_id)
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        await WebhookDelivery.filter(id=row.id).using_db(conn).update(
            status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now, last_error="", updated_at=now)
        await record_audit(user, "open_webhook.replay", "open_client", client.client_id,
                           after={"delivery_id": row.id, "event_id": row.event_id, "was": row.status.value},
                           using_db=conn)
    return await delivery_detail(client, row.id)
