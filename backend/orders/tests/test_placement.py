"""Placing orders over HTTP: the contract shape, reservations with expiry, POS at the counter, shoppers."""

from __future__ import annotations

from backend.orders.models import Order, OrderEvent, OrderStatus
from backend.org.models import LocationKind, Role
from backend.stock.models import Reservation, ReservationStatus
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import admin_headers, check_invariants, make_member, place, shopper_auth, stock_of


async def test_online_order_reserves_with_expiry_and_answers_contract_shape(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=12800)
    await stock_in(sku, wh, 10)
    resp = await place(client, await admin_headers(), [("A1", 3)])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert {"id", "order_no", "status", "total_fen", "items"} <= set(order)
    assert order["status"] == "pending" and order["status_name"] == "待付款"
    assert order["total_fen"] == 3 * 12800
    assert order["location_code"] == "WH1"
    assert order["items"][0]["sku_code"] == "A1" and order["items"][0]["qty"] == 3
    assert await stock_of(sku.id) == (10, 3)
    res = await Reservation.filter(status=ReservationStatus.ACTIVE)
    assert len(res) == 1 and res[0].expires_at is not None and res[0].order_item_id is not None
    assert await OrderEvent.filter(order_id=order["id"], to_status="pending").count() == 1
    await check_invariants()


async def test_duplicate_lines_are_merged(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    resp = await place(client, await admin_headers(), [("A1", 1), ("A1", 2)])
    assert resp.status == 201
    assert [(i["sku_code"], i["qty"]) for i in resp.json["order"]["items"]] == [("A1", 3)]


async def test_pos_sale_with_payment_completes_at_the_counter(client) -> None:
    store = await make_location("S1")
    sku = await make_sku("A1", price_fen=5000)
    await stock_in(sku, store, 5)
    clerk = await make_user(Role.CLERK, locations=[store])
    resp = await place(client, auth(clerk), [("A1", 2)], channel="pos",
                       payments=[{"method": "cash", "amount_fen": 10000}])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert order["status"] == "completed"
    assert order["paid_fen"] == 10000
    assert order["items"][0]["qty_shipped"] == 2
    assert await stock_of(sku.id) == (3, 0)
    path = await OrderEvent.filter(order_id=order["id"]).order_by("id").values_list("to_status", flat=True)
    assert path == ["pending", "paid", "allocated", "shipped", "completed"]
    await check_invariants()


async def test_pos_payment_must_match_total(client) -> None:
    store = await make_location("S1")
    await stock_in(await make_sku("A1", price_fen=5000), store, 5)
    clerk = await make_user(Role.CLERK, locations=[store])
    resp = await place(client, auth(clerk), [("A1", 2)], channel="pos",
                       payments=[{"method": "cash", "amount_fen": 9000}])
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    assert await Order.all().count() == 0


async def test_clerk_cannot_sell_from_another_store_at_the_counter(client) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    sku = await make_sku("A1")
    await stock_in(sku, s2, 5)
    clerk = await make_user(Role.CLERK, locations=[s1])
    resp = await place(client, auth(clerk), [("A1", 1)], channel="pos", location_code="S2")
    assert resp.status == 403
    resp = await place(client, auth(clerk), [("A1", 1)], channel="pos")  # own store has none
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert await Order.all().count() == 0


async def test_shopper_orders_are_tied_to_the_member(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    member = await make_member()
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="miniprogram")
    assert resp.status == 201, resp.text
    assert resp.json["order"]["member_id"] == member.id
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="pos")
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="live",
                       payments=[{"method": "cash", "amount_fen": 1}])
    assert resp.status == 403


async def test_shopper_sees_only_own_orders(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    a, b = await make_member("甲"), await make_member("乙")
    oid = (await place(client, shopper_auth(a), [("A1", 1)])).json["order"]["id"]
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(a))
    assert resp.status == 200 and resp.json["order"]["id"] == oid
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(b))
    assert resp.status == 404 and resp.json["error"]["code"] == "not_found"
    _, resp = await client.get("/api/v1/orders", headers=shopper_auth(b))
    assert resp.status == 200 and resp.json["total"] == 0
    _, resp = await client.get("/api/v1/orders", headers=shopper_auth(a))
    assert resp.json["total"] == 1


async def test_unpaid_order_status_is_pending_in_db(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    oid = (await place(client, await admin_headers(), [("A1", 1)])).json["order"]["id"]
    assert (await Order.get(id=oid)).status == OrderStatus.PENDING
