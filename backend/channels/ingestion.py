"""Platform orders in: webhooks and pulls, idempotent by the platform's order id.

Every delivery (webhook, pull, reconciliation) goes through ``ingest(account, event)``:

1. one platform order at a time (a Redis lock per platform order id; the database's unique keys
   (platform, platform_order_id) and (channel, external_id) back it up);
2. the ``PlatformOrder`` row remembers the furthest state the platform has reported (created < paid <
   cancelled/refunded): a delivery that is older or the same changes nothing (duplicates, redeliveries,
   a pull of an order the webhook already brought, a "created" arriving after its "cancelled");
3. the Cradle order is then moved to match, through the orders services: placed (channel = platform,
   external_id = the platform order id, platform prices), paid with a "platform" payment whose external_ref is
   the platform order id, or cancelled (stock released). A cancel seen before the order itself still yields
   one order, placed and cancelled at once, so the history is complete and stock ends where it started.

Orders that cannot become Cradle orders (a platform SKU we have not mapped, no stock anywhere) keep the error
on the PlatformOrder row for staff and reconciliation; the platform is still acknowledged.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend import locks
from backend.cache import key
from backend.catalog.models import Sku
from backend.channels.accounts import adapter_for, system_actor
from backend.channels.adapters import STATUS_RANK, OrderStatus, PlatformError, PlatformOrderEvent
from backend.channels.models import ChannelAccount, PlatformOrder, SkuMapping
from backend.errors import AppError, InsufficientStock, InvalidState
from backend.orders.models import Order
from backend.orders.models import OrderStatus as CradleStatus
from backend.orders.payments import record_payment
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.pricing import PricingContext, charge_as_sold
from backend.orders.returns import cancel_order
from backend.orders.state import record_event

log = logging.getLogger("cradle.channels")

PLATFORM_PRICES = "platform_prices"  # pricing option: {sku_id: unit price fen} as the platform sold them
PLATFORM_TOTAL = "platform_total_fen"  # pricing option: what the buyer paid the platform for the order
OPEN_STATES = (CradleStatus.PENDING, CradleStatus.PAID, CradleStatus.REVIEW, CradleStatus.ALLOCATED)


async def platform_pricing(ctx: PricingContext) -> None:
    """Platform orders are priced as the platform sold them (runs after every other step and overrides it,
    live promotions of ours included: they were not given)."""
    prices = ctx.options.get(PLATFORM_PRICES)
    if prices is None:
        return
    ctx.handled.update({PLATFORM_PRICES, PLATFORM_TOTAL})
    total = ctx.options.get(PLATFORM_TOTAL)
    charge_as_sold(ctx, [int(prices.get(str(ln.sku.id), ln.unit_price_fen)) for ln in ctx.lines],
                   int(total) if total is not None else None)



@dataclass
class IngestResult:
    status: str  # created | updated | duplicate | error
    platform_order_id: str
    order_id: int | None = None
    error: str = ""


class Unmapped(Exception):
    pass


def _merge_sources(current: str, source: str) -> str:
    parts = [p for p in current.split(",") if p]
    if source not in parts:
        parts.append(source)
    return ",".join(parts)[:32]


async def _lock(name: str, wait_s: float = 20.0) -> str:
    deadline = asyncio.get_running_loop().time() + wait_s
    while (token := await locks.acquire(name, 30.0)) is None:
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"platform order lock {name} busy")
        await asyncio.sleep(0.02)
    return token


async def ingest(account: ChannelAccount, event: PlatformOrderEvent) -> IngestResult:
    """Apply one delivery about one platform order. Raises PlatformError when the order's details had to be
    fetched and the platform did not answer (the caller lets the platform redeliver / keeps the pull cursor)."""
    name = key("channels", "order", account.platform, event.platform_order_id)
    token = await _lock(name)
    try:
        return await _ingest(account, event)
    finally:
        await locks.release(name, token)


async def _ingest(account: ChannelAccount, event: PlatformOrderEvent) -> IngestResult:
    po = await PlatformOrder.get_or_none(platform=account.platform, platform_order_id=event.platform_order_id)
    rank = STATUS_RANK[event.status]
    if po is not None:
        po.deliveries += 1
        po.sources = _merge_sources(po.sources, event.source)
        seen = OrderStatus(po.status)
        if rank < STATUS_RANK[seen] or seen == event.status or (rank == STATUS_RANK[seen]):
            await po.save(update_fields=["deliveries", "sources", "updated_at"])
            if po.order_id is None and not po.error:
                await _converge(account, po, event)  # an earlier attempt died half-way: finish it
            return IngestResult("duplicate", po.platform_order_id, po.order_id)
    items, total = event.items, event.total_fen
    status = event.status
    if items is None and po is not None and po.items is not None:
        items, total = [tuple(i) for i in po.items], po.total_fen  # type: ignore[misc]
    if items is None:
        full = await adapter_for(account).fetch_order(event.platform_order_id)
        items, total = full.items, full.total_fen
        if STATUS_RANK[full.status] > rank:  # the platform has moved on since the message was sent
            status = full.status
        event.buyer_name = event.buyer_name or full.buyer_name
        event.buyer_phone = event.buyer_phone or full.buyer_phone
        event.buyer_address = event.buyer_address or full.buyer_address
        event.buyer_remark = event.buyer_remark or full.buyer_remark
    stored_items = [[str(i[0]), int(i[1]), int(i[2])] for i in items or []]
    if po is None:
        po = PlatformOrder(account_id=account.id, platform=account.platform,
                           platform_order_id=event.platform_order_id, deliveries=1, sources=event.source)
        created = True
    else:
        created = False
    po.status = status.value
    po.platform_status = event.platform_status[:32]
    po.event_ms = max(po.event_ms or 0, event.event_ms)
    po.items = stored_items
    po.total_fen = total if total is not None else sum(q * p for _, q, p in stored_items)
    try:
        await po.save()
    except Exception:
        if not created:
            raise
        # A concurrent first delivery won the insert (no Redis lock across processes without a server).
        existing = await PlatformOrder.get(platform=account.platform, platform_order_id=event.platform_order_id)
        return IngestResult("duplicate", existing.platform_order_id, existing.order_id)
    result = await _converge(account, po, event)
    if result.status == "error":
        return result
    return IngestResult("created" if created else "updated", po.platform_order_id, po.order_id)


async def _lines(account: ChannelAccount, items: list[list[Any]]) -> tuple[list[LineIn], dict[str, int]]:
    ids = [str(i[0]) for i in items]
    mapped = dict(await SkuMapping.filter(account_id=account.id, platform_sku_id__in=ids, is_active=True)
                  .values_list("platform_sku_id", "sku_id"))
    missing = [i for i in ids if i not in mapped]
    if missing:
        raise Unmapped(f"平台商品 {', '.join(missing)} 未关联本店商品")
    codes = dict(await Sku.filter(id__in=list(mapped.values())).values_list("id", "code"))
    lines = [LineIn(codes[mapped[str(sku)]], int(qty)) for sku, qty, _ in items]
    prices = {str(mapped[str(sku)]): int(price) for sku, _, price in items}
    return lines, prices


async def _converge(account: ChannelAccount, po: PlatformOrder, event: PlatformOrderEvent) -> IngestResult:
    """Bring the Cradle order to the platform's state."""
    status = OrderStatus(po.status)
    order = await Order.get_or_none(id=po.order_id) if po.order_id else None
    if order is None:
        order = await Order.get_or_none(channel=account.platform, external_id=po.platform_order_id)
    actor = await system_actor()
    if order is None:
        try:
            lines, prices = await _lines(account, po.items or [])
            paid = status in (OrderStatus.PAID, OrderStatus.REFUNDED)
            placed = await place_order(
                actor, OrderRequest(channel=account.platform, items=lines, external_id=po.platform_order_id,
                payments_in=[PaymentIn("platform", int(po.total_fen or 0), _payment_ref(po))]
                if paid and po.total_fen else None,
                options={PLATFORM_PRICES: prices, PLATFORM_TOTAL: po.total_fen},
                receiver_name=event.buyer_name or "", receiver_phone=event.buyer_phone or "",
                receiver_address=event.buyer_address or "", note=f"{account.platform} 订单 {po.platform_order_id}",
                buyer_remark=event.buyer_remark or "",
            ))
        except Unmapped as exc:
            return await _error(po, str(exc))
        except InsufficientStock as exc:
            if status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED):
                return await _error(po, "平台订单已关闭，且本店无库存，未建单")
            return await _error(po, f"库存不足，无法承接平台订单：{exc.message}")
        except AppError as exc:
            return await _error(po, exc.message)
        order = await Order.get(id=placed.order_id)
    po.order_id = order.id
    po.error = ""
    await po.save(update_fields=["order_id", "error", "updated_at"])
    try:
        if status in (OrderStatus.PAID, OrderStatus.REFUNDED) and order.status == CradleStatus.PENDING:
            async with in_transaction() as conn:
                order = await Order.get(id=order.id).using_db(conn)
                if order.status == CradleStatus.PENDING:
                    await record_payment(order, method="platform", amount_fen=order.total_fen - order.paid_fen,
                                         external_ref=_payment_ref(po), conn=conn, user=actor.user)
        if status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED):
            async with in_transaction() as conn:
                order = await Order.get(id=order.id).using_db(conn)
                if order.status in OPEN_STATES:
                    reason = "平台订单已退款" if status == OrderStatus.REFUNDED else "平台订单已取消"
                    await cancel_order(order, conn=conn, user=actor.user, reason=reason)
                elif order.status != CradleStatus.CANCELLED:
                    await record_event(order, "平台订单已退款，请按售后流程处理退货", actor.user, conn)
    except InvalidState as exc:  # moved by someone else meanwhile; the next delivery converges
        log.info("platform order %s: %s", po.platform_order_id, exc.message)
    return IngestResult("updated", po.platform_order_id, order.id)


def _payment_ref(po: PlatformOrder) -> str:
    return f"{po.platform}:{po.platform_order_id}"[:64]


async def _error(po: PlatformOrder, message: str) -> IngestResult:
    po.error = message[:255]
    await po.save(update_fields=["error", "updated_at"])
    log.warning("platform order %s/%s not placed: %s", po.platform, po.platform_order_id, message)
    return IngestResult("error", po.platform_order_id, None, message)


async def ingest_webhook(account: ChannelAccount, headers: Any, query: Any, body: bytes) -> list[IngestResult]:
    """Verify a push with the account's adapter (raises SignatureError / MalformedWebhook) and ingest it."""
    events = adapter_for(account).verify_webhook(headers, query, body)
    return [await ingest(account, e) for e in events]


async def pull(account: ChannelAccount) -> list[IngestResult]:
    """Orders modified since the account's cursor; the cursor moves only once every event is stored."""
    from datetime import UTC, datetime

    events, cursor = await adapter_for(account).pull_orders(account.pull_cursor)
    results = [await ingest(account, e) for e in events]
    await ChannelAccount.filter(id=account.id).update(pull_cursor=cursor, pulled_at=datetime.now(UTC))
    account.pull_cursor = cursor
    return results


async def pull_all() -> dict[str, int]:
    """Pull every active account; one failing platform does not stop the others."""
    out: dict[str, int] = {}
    for account in await ChannelAccount.filter(is_active=True).order_by("id"):
        try:
            out[account.platform] = len(await pull(account))
        except PlatformError as exc:
            log.warning("pull %s failed: %r", account.platform, exc)
            out[account.platform] = -1
    return out
