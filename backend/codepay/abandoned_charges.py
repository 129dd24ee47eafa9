"""The sweep for counter sales whose request died while their payment code was being charged.

Normally the clerk's 收款 again (same Idempotency-Key) settles such a sale: the retry asks the provider about
the trade first. If nobody comes back, the sale is still pending with its stock held, and the shopper may have
been charged. Every minute this job takes the POS orders still pending whose charge began (the CHARGING_MARK
event) longer ago than the poll window + 2 minutes and nobody holds their lock: it reverses (WeChat) / cancels
(Alipay; a paid trade is refunded) the charge, then cancels the order. Without a confirmed reversal the order
stays as it is and the next run tries again; the goods were never handed over without a confirmed payment,
so giving the money back is the safe side.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from backend.codepay.counter import CHARGING_MARK, cancel_pending, order_lock
from backend.codepay.providers import Provider
from backend.errors import AppError
from backend.orders import gateways
from backend.orders.models import Order, OrderEvent, OrderStatus
from backend.org.models import Channel
from backend.settings import get_settings

log = logging.getLogger("cradle.codepay")


def _provider(note: str) -> Provider:
    return gateways.alipay() if note.startswith(CHARGING_MARK + "支付宝") else gateways.wechat()


async def reconcile_abandoned_charges(now: datetime | None = None, *, limit: int = 100) -> int:
    """Reverse and cancel abandoned payment-code sales. Returns how many orders were cancelled."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(seconds=get_settings().codepay_poll_timeout_s + 120)
    rows = await (OrderEvent.filter(note__startswith=CHARGING_MARK, created_at__lt=cutoff,
                                    order__status=OrderStatus.PENDING, order__channel=Channel.POS)
                  .order_by("id").limit(limit).values_list("order_id", "note"))
    cancelled = 0
    for order_id, note in dict(rows).items():
        async with order_lock(order_id) as got:
            if not got:
                continue  # a request (the clerk's retry) is on it
            order = await Order.get(id=order_id)
            if order.status != OrderStatus.PENDING:
                continue
            try:
                provider = _provider(note)
            except AppError as exc:  # e.g. Alipay no longer configured
                log.warning("codepay sweep: order %s: %s", order.order_no, exc.message)
                continue
            if not await asyncio.to_thread(provider.cancel, order.order_no):
                log.warning("codepay sweep: %s did not confirm reversing %s; next run retries", provider.name,
                            order.order_no)
                continue
            await cancel_pending(order_id, None, f"付款码收款中断，{provider.name}收款已撤销，订单自动取消")
            cancelled += 1
    return cancelled
