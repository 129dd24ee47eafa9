"""Payment -> allocation, partial shipments batch by batch (FEFO), delivery, completion, and their postings."""

from __future__ import annotations

import datetime as dt

from backend.finance import accounts
from backend.finance.postings import split_vat
from backend.orders.models import OrderPayment, Shipment, ShipmentLine
from backend.org.models import LocationKind, Role
from backend.stock.models import Batch, Reservation, ReservationStatus
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import admin_headers, balance, check_invariants, place, stock_of


async def _paid_order(client, h, qty: int = 5, *, stock: int = 10, price: int = 11300):
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=price)
    soon, later = business_today() + dt.timedelta(days=30), business_today() + dt.timedelta(days=300)
    await stock_in(sku, wh, 3, batch_no="LATE", expiry=later, unit_cost_fen=7000)
    await stock_in(sku, wh, stock - 3, batch_no="SOON", expiry=soon, unit_cost_fen=7000)
    oid = (await place(client, h, [("A1", qty)])).json["order"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                json={"method": "wechat", "amount_fen": qty * price, "external_ref": "WX1"})
    assert resp.status == 201, resp.text
    return oid, sku, wh


async def test_payment_allocates_and_makes_the_reservation_permanent(client) -> None:
    h = await admin_headers()
    oid, sku, _ = await _paid_order(client, h)
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=h)
    assert resp.json["order"]["status"] == "allocated"
    assert resp.json["order"]["paid_fen"] == 5 * 11300
    assert all(r.expires_at is None for r in await Reservation.filter(status=ReservationStatus.ACTIVE))
    # Dr BANK / Cr CUSTOMER_ADVANCES
    assert await balance(accounts.BANK) == 5 * 11300
    assert await balance(accounts.CUSTOMER_ADVANCES) == -5 * 11300
    # the same external_ref again changes nothing
    _, again = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                 json={"method": "wechat", "amount_fen": 5 * 11300, "external_ref": "WX1"})
    assert again.status == 200
    assert await OrderPayment.all().count() == 1
    await check_invariants()


async def test_partial_payment_keeps_the_order_pending(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=1000), wh, 5)
    oid = (await place(client, h, [("A1", 2)])).json["order"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 500})
    assert resp.status == 201 and resp.json["order"]["status"] == "pending"
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 2000})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "alipay", "amount_fen": 1500})
    assert resp.json["order"]["status"] == "allocated" and resp.json["order"]["payment_method"] == "mixed"
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 1})
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"


async def test_partial_shipments_consume_fefo_and_post_the_shipped_part(client) -> None:
    h = await admin_headers()
    oid, sku, wh = await _paid_order(client, h, qty=9)
    item_id = (await client.get(f"/api/v1/orders/{oid}", headers=h))[1].json["order"]["items"][0]["id"]

    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 4}], "carrier": "顺丰", "tracking_no": "SF1"})
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "picking"
    assert resp.json["order"]["items"][0]["qty_shipped"] == 4
    soon = await Batch.get(batch_no="SOON")
    lines = await ShipmentLine.all()
    assert [(ln.batch_id, ln.qty) for ln in lines] == [(soon.id, 4)]  # earliest expiry first
    assert await stock_of(sku.id) == (6, 5)
    gross = 4 * 11300
    net, vat = split_vat(gross, 1300)
    assert (net, vat) == (40000, 5200)
    assert await balance(accounts.SALES) == -net
    assert await balance(accounts.OUTPUT_VAT) == -vat
    assert await balance(accounts.COGS) == 4 * 7000
    assert await balance(accounts.CUSTOMER_ADVANCES) == -(9 * 11300 - gross)

    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 6}]})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"

    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h, json={"carrier": "顺丰", "tracking_no": "SF2"})
    assert resp.status == 201 and resp.json["order"]["status"] == "shipped"
    late = await Batch.get(batch_no="LATE")
    second = await ShipmentLine.filter(shipment__tracking_no="SF2").order_by("id")
    assert [(ln.batch_id, ln.qty) for ln in second] == [(soon.id, 3), (late.id, 2)]
    assert await Shipment.all().count() == 2
    assert await stock_of(sku.id) == (1, 0)
    assert await balance(accounts.CUSTOMER_ADVANCES) == 0
    assert await balance(accounts.SALES) + await balance(accounts.OUTPUT_VAT) == -9 * 11300
    assert await balance(accounts.COGS) == 9 * 7000

    _, resp = await client.post(f"/api/v1/orders/{oid}/complete", headers=h)
    assert resp.status == 200 and resp.json["order"]["status"] == "completed"  # shipped -> completed is allowed
    _, resp = await client.post(f"/api/v1/orders/{oid}/deliver", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    assert "已完成" in resp.json["error"]["message"] and "已送达" in resp.json["error"]["message"]
    await check_invariants()


async def test_deliver_then_complete(client) -> None:
    h = await admin_headers()
    oid, _, _ = await _paid_order(client, h, qty=1)
    assert (await client.post(f"/api/v1/orders/{oid}/ship", headers=h))[1].status == 201
    _, resp = await client.post(f"/api/v1/orders/{oid}/deliver", headers=h, json={"note": "本人签收"})
    assert resp.json["order"]["status"] == "delivered"
    _, resp = await client.post(f"/api/v1/orders/{oid}/complete", headers=h)
    assert resp.json["order"]["status"] == "completed"
    events = [e["to_status"] for e in resp.json["order"]["events"]]
    assert events == ["pending", "paid", "allocated", "shipped", "delivered", "completed"]


async def test_unpaid_orders_cannot_ship(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 5)
    oid = (await place(client, h, [("A1", 1)])).json["order"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    assert "待付款" in resp.json["error"]["message"]


async def test_staff_of_another_store_cannot_touch_the_order(client) -> None:
    h = await admin_headers()
    oid, _, _ = await _paid_order(client, h, qty=1)
    other = await make_location("S9")
    clerk = await make_user(Role.CLERK, locations=[other])
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=auth(clerk))
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    _, resp = await client.get("/api/v1/orders", headers=auth(clerk))
    assert resp.json["total"] == 0
