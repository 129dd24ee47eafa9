"""Unpaid orders past their reservation time are cancelled and their stock goes back on sale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.orders.expiry import release_expired_reservations
from backend.orders.models import Order, OrderStatus
from backend.org.models import LocationKind
from tests.factories import make_location, make_sku, stock_in

from .helpers import admin_headers, check_invariants, place, stock_of


async def test_expired_unpaid_orders_are_cancelled_and_release_stock(client, settings) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=100)
    await stock_in(sku, wh, 10)
    unpaid = (await place(client, h, [("A1", 3)])).json["order"]["id"]
    paid = (await place(client, h, [("A1", 2)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{paid}/pay", headers=h, json={"method": "cash", "amount_fen": 200})
    assert await stock_of(sku.id) == (10, 5)

    assert await release_expired_reservations(datetime.now(UTC)) == 0  # nothing expired yet
    later = datetime.now(UTC) + timedelta(seconds=settings.reservation_ttl_s + 1)
    assert await release_expired_reservations(later) == 1
    assert (await Order.get(id=unpaid)).status == OrderStatus.CANCELLED
    assert (await Order.get(id=paid)).status == OrderStatus.ALLOCATED
    assert await stock_of(sku.id) == (10, 2)
    assert await release_expired_reservations(later) == 0  # idempotent
    _, resp = await client.get(f"/api/v1/orders/{unpaid}", headers=h)
    assert "超时未付款" in resp.json["order"]["events"][-1]["note"]
    await check_invariants()


async def test_partly_paid_expired_order_is_refunded(client, settings) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=1000), wh, 10)
    oid = (await place(client, h, [("A1", 1)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 400})
    later = datetime.now(UTC) + timedelta(seconds=settings.reservation_ttl_s + 1)
    assert await release_expired_reservations(later) == 1
    order = await Order.get(id=oid)
    assert order.status == OrderStatus.CANCELLED and order.refunded_fen == 400
    await check_invariants()
