"""A platform order is priced as the platform sold it: a live promotion of ours saved nothing on it, so it
leaves no receipt line or PromotionApplication behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.channels.accounts import system_actor
from backend.channels.ingestion import PLATFORM_PRICES, PLATFORM_TOTAL
from backend.orders.models import Order, OrderEvent
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Role
from backend.promotions import workflow
from backend.promotions.models import PromotionApplication, PromotionKind
from backend.security.actor import load_staff_actor
from tests.factories import make_location, make_sku, make_user, stock_in


async def test_platform_prices_leave_no_promotion_behind(db: None) -> None:
    from backend.org.models import LocationKind

    wh = await make_location("WH", kind=LocationKind.WAREHOUSE)
    milk = await make_sku("MILK1", price_fen=20000)
    await stock_in(milk, wh, 10)
    author = await load_staff_actor(await make_user(Role.HQ_ADMIN, username="author"))
    approver = await load_staff_actor(await make_user(Role.HQ_ADMIN, username="approver"))
    now = datetime.now(UTC)
    p = await workflow.create_promotion(author, workflow.PromotionDraft(
        name="全场满300减30", kind=PromotionKind.FULL_REDUCTION, threshold_fen=30000, amount_fen=3000,
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(days=1)))
    await workflow.submit(author, p["id"])
    await workflow.approve(approver, p["id"])
    placed = await place_order(await system_actor(), OrderRequest(channel="taobao", items=[LineIn("MILK1", 2)],
                               external_id="TB1", options={PLATFORM_PRICES: {str(milk.id): 18800},
                                                           PLATFORM_TOTAL: 37600}))
    order = await Order.get(id=placed.order_id)
    assert (order.subtotal_fen, order.discount_fen, order.total_fen) == (37600, 0, 37600)
    assert not await PromotionApplication.filter(order_id=order.id).exists()
    first = await OrderEvent.filter(order_id=order.id).order_by("id").first()
    assert first is not None and "满300减30" not in first.note

