"""A counter sale whose request died mid-charge and was never retried: the sweep reverses the charge at the
provider and cancels the order (stock back); a sale a request still works on is left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from backend.cache import get_redis, key
from backend.codepay.abandoned_charges import reconcile_abandoned_charges
from backend.codepay.counter import CHARGING_MARK
from backend.codepay.tests.test_counter import _setup, code
from backend.orders.models import Order, OrderPayment
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.state import record_event
from backend.orders.tests.helpers import check_invariants, stock_of
from backend.org.models import Role
from backend.security.actor import Actor
from backend.settings import Settings
from fakes.alipay import AlipayFakeState
from fakes.wechat import WeChatFakeState
from integrations.alipay import barcode as alipay
from integrations.wechat import pay as wechat


async def _abandoned(clerk: Any, method: str, auth_code: str) -> Order:
    """What a request leaves behind when it dies after charging: a pending order with the charging mark."""
    actor = Actor(role=Role.CLERK, user=clerk, location_ids=frozenset(
        await clerk.locations.all().values_list("location_id", flat=True)))
    placed = await place_order(actor, OrderRequest(channel="pos", items=[LineIn("A1", 1)], location_code="S1",
                               payments_in=[PaymentIn(method, 5000, deferred=True)]))
    order = await Order.get(id=placed.order_id)
    provider = wechat.provider() if method == "wechat" else alipay.provider()
    await record_event(order, f"{CHARGING_MARK}{provider.name}付款码（****）", clerk)
    provider.charge(out_trade_no=order.order_no, amount_fen=5000, auth_code=auth_code, subject="x")
    return order


async def test_abandoned_charges_are_reversed_and_the_sales_cancelled(
        codepay_settings: Settings, wx: WeChatFakeState, ali: AlipayFakeState) -> None:
    sku, clerk = await _setup()
    paid_wx = await _abandoned(clerk, "wechat", code("wechat"))  # the shopper was charged
    waiting_ali = await _abandoned(clerk, "alipay", code("alipay", 2))  # still "entering the password"
    busy = await _abandoned(clerk, "wechat", code("wechat"))
    assert await stock_of(sku.id) == (5, 3)

    assert await reconcile_abandoned_charges() == 0  # too recent: its request may still be polling
    await get_redis().set(key("codepay", busy.id), "someone", ex=60)  # a retry is working on this one
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert await reconcile_abandoned_charges(later) == 2

    assert wx.orders[paid_wx.order_no].trade_state == "REVOKED" and "reverse" in wx.orders[paid_wx.order_no].refunds
    assert ali.trades[waiting_ali.order_no].status == "TRADE_CLOSED"
    for order in (paid_wx, waiting_ali):
        assert (await Order.get(id=order.id)).status == "cancelled"
    assert (await Order.get(id=busy.id)).status == "pending"
    assert wx.orders[busy.order_no].trade_state == "SUCCESS"
    assert await OrderPayment.all().count() == 0
    assert await stock_of(sku.id) == (5, 1)  # only the busy one still holds its unit
    await check_invariants()
    await get_redis().delete(key("codepay", busy.id))
    assert await reconcile_abandoned_charges(later) == 1
    assert wx.orders[busy.order_no].trade_state == "REVOKED"
