"""Reconciliation (Celery beat): compare every channel with Cradle and correct the drift, orders first.

For every active account, orders first, then (for every account) stock:

1. Orders: every order the platform modified in the look-back window is compared with our ingested copy
   and the Cradle order (missing, behind the platform's state, or a Cradle order that does not match: paid on
   the platform but pending here, closed there but open here) and re-ingested; ingestion is idempotent, so
   this only ever fixes what is wrong. Orders first: a platform sale we missed would otherwise look like stock
   drift, and pushing our (too high) number back would invite an oversell.
2. Stock: every listed SKU's platform quantity is read and compared with ``publish_quantity.quantity_for``; a mismatch
   (a seller edited the platform console, a push lost) is corrected by a push through the normal push path
   (same lock and sequence, so it cannot overtake a newer push).

Each run is a ``ReconciliationRun`` row with counts and one detail entry per correction or error.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from backend.catalog.models import Sku
from backend.channels.accounts import adapter_for
from backend.channels.adapters import OrderStatus, PlatformError
from backend.channels.adapters.base import PullCursor
from backend.channels.config import sync_config
from backend.channels.ingestion import _converge, ingest
from backend.channels.models import ChannelAccount, PlatformOrder, ReconciliationRun, SkuMapping
from backend.channels.publish_quantity import quantity_for
from backend.channels.stock_push import push
from backend.channels.sync import request_pushes
from backend.orders.models import Order
from backend.orders.models import OrderStatus as CradleStatus

log = logging.getLogger("cradle.channels")

MAX_DETAILS = 500


def _order_matches(po: PlatformOrder | None, order: Order | None, status: OrderStatus) -> bool:
    if po is None or po.status != status.value:
        return False
    if order is None:
        return bool(po.error)  # known and explained (unmapped SKU, no stock): nothing to redo
    if status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED):
        return order.status not in (CradleStatus.PENDING, CradleStatus.PAID, CradleStatus.REVIEW,
                                    CradleStatus.ALLOCATED)
    if status == OrderStatus.PAID:
        return order.status != CradleStatus.PENDING
    return True


async def reconcile(*, trigger: str = "beat", platforms: list[str] | None = None) -> ReconciliationRun:
    run = await ReconciliationRun.create(trigger=trigger, details=[])
    details: list[dict[str, Any]] = []
    accounts = ChannelAccount.filter(is_active=True).order_by("id")
    if platforms:
        accounts = accounts.filter(platform__in=platforms)
    accounts_list = await accounts
    for account in accounts_list:  # every channel's orders first: they move our stock
        try:
            await _orders(account, run, details)
        except PlatformError as exc:
            run.errors += 1
            details.append({"kind": "error", "platform": account.platform, "step": "orders", "error": str(exc)})
    for account in accounts_list:
        await _stock(account, run, details)
    run.details = details[:MAX_DETAILS]
    run.finished_at = datetime.now(UTC)
    await run.save()
    log.info("reconciliation %s: %s SKUs checked, %s fixed; %s orders checked, %s fixed; %s errors", run.id,
             run.skus_checked, run.stock_fixed, run.orders_checked, run.orders_fixed, run.errors)
    return run


async def _orders(account: ChannelAccount, run: ReconciliationRun, details: list[dict[str, Any]]) -> None:
    adapter = adapter_for(account)
    g = adapter.TIME_GRANULARITY_MS
    since = (int(time.time() * 1000) - sync_config().reconcile_lookback_s * 1000) // g * g
    events, _ = await adapter.pull_orders(PullCursor(since).encode())
    latest: dict[str, Any] = {}
    for event in events:  # oldest first: keep each order's newest state
        latest[event.platform_order_id] = event
    for event in latest.values():
        run.orders_checked += 1
        po = await PlatformOrder.get_or_none(platform=account.platform, platform_order_id=event.platform_order_id)
        order = await Order.get_or_none(id=po.order_id) if po is not None and po.order_id else None
        if _order_matches(po, order, event.status):
            continue
        before = {"known": po is not None, "status": po.status if po else None,
                  "order_status": order.status.value if order else None}
        event.source = "reconcile"
        if po is not None and po.status == event.status.value:
            result = await _converge(account, po, event)
        else:
            result = await ingest(account, event)
        order = await Order.get_or_none(id=result.order_id) if result.order_id else None
        entry = {"kind": "order", "platform": account.platform, "platform_order_id": event.platform_order_id,
                 "platform_status": event.status.value, "before": before,
                 "order_no": order.order_no if order else None,
                 "order_status": order.status.value if order else None}
        if result.status == "error":
            run.errors += 1
            entry["error"] = result.error
        else:
            run.orders_fixed += 1
        details.append(entry)


async def _stock(account: ChannelAccount, run: ReconciliationRun, details: list[dict[str, Any]]) -> None:
    adapter = adapter_for(account)
    mappings = await SkuMapping.filter(account_id=account.id, is_active=True).order_by("id")
    codes = dict(await Sku.filter(id__in=[m.sku_id for m in mappings]).values_list("id", "code"))
    for m in mappings:
        try:
            theirs = await adapter.fetch_stock(m.platform_sku_id)
        except PlatformError as exc:
            run.errors += 1
            details.append({"kind": "error", "platform": account.platform, "step": "stock",
                            "platform_sku_id": m.platform_sku_id, "error": str(exc)})
            continue
        ours = await quantity_for(m.sku_id, account)
        run.skus_checked += 1
        if theirs == ours:
            continue
        entry: dict[str, Any] = {"kind": "stock", "platform": account.platform, "sku_code": codes.get(m.sku_id),
                                 "platform_sku_id": m.platform_sku_id, "platform_qty": theirs, "our_qty": ours}
        if not account.push_enabled:
            entry["result"] = "push_disabled"
            details.append(entry)
            continue
        await request_pushes([(account.id, m.sku_id)], send=False)
        outcome = await push(account.id, m.sku_id)
        entry["result"] = outcome.status
        entry["pushed_qty"] = outcome.qty
        if outcome.status == "pushed":
            run.stock_fixed += 1
        elif outcome.status == "busy":  # a push worker holds this SKU now; it publishes the quantity asked above
            entry["result"] = "in_progress"
            await request_pushes([(account.id, m.sku_id)])
        else:
            run.errors += 1
            entry["error"] = outcome.error
            if outcome.again:  # busy or failing: leave it to the push workers
                await request_pushes([(account.id, m.sku_id)])
        details.append(entry)
