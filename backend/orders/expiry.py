"""Unpaid orders whose reservation timed out are cancelled and their stock goes back on sale.

`release_expired_reservations(now)` is the plain async job; a Celery beat wrapper lives with the tasks.
Each order is handled in its own transaction with its row locked (as the pay route locks it), so a payment
landing at the same moment is either seen (the order is no longer pending, or its refund covers what was paid)
or waits; an order paid in full meanwhile is skipped.
"""

from __future__ import annotations

import logging
from datetime import datetime

from tortoise.transactions import in_transaction

from backend.errors import InvalidState
from backend.orders import refunds
from backend.orders.models import Order, OrderStatus
from backend.orders.returns import cancel_order
from backend.raw_sql import is_postgres
from backend.stock.models import Reservation, ReservationStatus
from backend.timestamps import utc_now

log = logging.getLogger("cradle.orders")

EXPIRED_NOTE = "超时未付款，系统自动取消"


async def release_expired_reservations(now: datetime | None = None, *, limit: int = 500) -> int:
    """Cancel up to `limit` pending orders whose reservations expired before `now`. Returns how many."""
    now = now or utc_now()
    ref_ids = await (
        Reservation.filter(ref_type="order", status=ReservationStatus.ACTIVE, expires_at__lt=now)
        .distinct().limit(limit).values_list("ref_id", flat=True)
    )
    order_ids = sorted({int(r) for r in ref_ids if str(r).isdigit()})
    cancelled = 0
    for order_id in order_ids:
        try:
            async with in_transaction() as conn:
                qs = Order.filter(id=order_id).using_db(conn)
                if is_postgres(conn):
                    qs = qs.select_for_update()
                order = await qs.first()
                if order is None or order.status != OrderStatus.PENDING:
                    continue
                await cancel_order(order, conn=conn, reason=EXPIRED_NOTE, now=now)
                cancelled += 1
        except InvalidState:
            log.info("order %s changed while expiring; skipped", order_id)
    if cancelled:
        refunds.kick()  # close the mini-program orders' WeChat prepay orders (and refund any partial payment)
    return cancelled
