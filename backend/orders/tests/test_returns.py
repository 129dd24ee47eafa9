"""Returns (restock into the batch it left from, or write off), refunds, and cancelling."""

from __future__ import annotations

from backend.finance import accounts
from backend.finance.models import InventoryValuation
from backend.orders.models import Refund, ReturnRequest
from backend.org.models import LocationKind, Role
from backend.stock.models import Batch, Stock, StockMovement
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import admin_headers, balance, check_invariants, make_member, place, shopper_auth, stock_of

PRICE = 11300  # 10000 net + 1300 VAT
COST = 7000


async def _shipped(client, h, qty: int = 4, headers_place=None):
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=PRICE)
    await stock_in(sku, wh, 10, unit_cost_fen=COST, batch_no="B1")
    oid = (await place(client, headers_place or h, [("A1", qty)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "alipay", "amount_fen": qty * PRICE})
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h)
    assert resp.status == 201
    item_id = resp.json["order"]["items"][0]["id"]
    return oid, item_id, sku, wh


async def test_return_with_restock_goes_back_into_the_same_batch_at_its_cost(client) -> None:
    h = await admin_headers()
    oid, item_id, sku, wh = await _shipped(client, h)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 2}], "reason": "不合适"})
    assert resp.status == 201, resp.text
    rma = resp.json["return"]
    assert rma["status"] == "requested" and rma["status_name"] == "待审核" and rma["refund_fen"] == 2 * PRICE
    # receiving before approval is refused
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma['id']}/receive", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma['id']}/approve", headers=h)
    assert resp.json["return"]["status"] == "approved"
    cogs_before = await balance(accounts.COGS)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma['id']}/receive", headers=h)
    assert resp.status == 200 and resp.json["return"]["status"] == "received"
    assert resp.json["return"]["lines"][0]["cost_fen"] == 2 * COST
    batch = await Batch.get(batch_no="B1")
    row = await Stock.get(sku_id=sku.id, location_id=wh.id, batch_id=batch.id)
    assert (row.on_hand, row.reserved) == (8, 0)
    assert await StockMovement.filter(kind="return").count() == 1
    val = await InventoryValuation.get(sku_id=sku.id)
    assert (val.qty, val.value_fen) == (8, 8 * COST)
    assert await balance(accounts.COGS) == cogs_before - 2 * COST

    # refund more than refundable is refused; the default refunds the returned units' value
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=h,
                                json={"rma_id": rma["id"], "amount_fen": 4 * PRICE + 1})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    sales_before = await balance(accounts.SALES)
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=h, json={"rma_id": rma["id"]})
    assert resp.status == 201, resp.text
    assert resp.json["refund"]["amount_fen"] == 2 * PRICE and resp.json["refund"]["method"] == "alipay"
    assert resp.json["order"]["refunded_fen"] == 2 * PRICE
    assert await balance(accounts.SALES) == sales_before + 2 * 10000
    assert await balance(accounts.BANK) == 2 * PRICE
    assert (await ReturnRequest.get(id=rma["id"])).status == "refunded"
    # the same RMA cannot be refunded twice
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=h, json={"rma_id": rma["id"]})
    assert resp.status == 409
    await check_invariants()


async def test_return_written_off_does_not_restock_and_books_a_loss(client) -> None:
    h = await admin_headers()
    oid, item_id, sku, _ = await _shipped(client, h)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 4}], "reason": "奶粉已开罐"})
    rma_id = resp.json["return"]["id"]
    await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/approve", headers=h)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/receive", headers=h,
                                json={"lines": [{"item_id": item_id, "restock": False}]})
    assert resp.status == 200 and resp.json["return"]["lines"][0]["restock"] is False
    assert await stock_of(sku.id) == (6, 0)
    assert await balance(accounts.INVENTORY_LOSS) == 4 * COST
    assert await balance(accounts.COGS) == 0
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=h)
    assert resp.json["order"]["status"] == "returned"
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=h, json={"rma_id": rma_id})
    assert resp.status == 201
    assert await balance(accounts.SALES) == 0 and await balance(accounts.OUTPUT_VAT) == 0
    await check_invariants()


async def test_cannot_return_more_than_shipped_or_already_requested(client) -> None:
    h = await admin_headers()
    oid, item_id, _, _ = await _shipped(client, h, qty=2)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 3}]})
    assert resp.status == 400
    assert (await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                              json={"lines": [{"item_id": item_id, "qty": 2}]}))[1].status == 201
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 1}]})
    assert resp.status == 400 and "最多可退 0 件" in resp.json["error"]["message"]


async def test_shopper_requests_a_return_for_own_order_and_staff_reject(client) -> None:
    h = await admin_headers()
    member = await make_member()
    oid, item_id, _, _ = await _shipped(client, h, headers_place=shopper_auth(member))
    stranger = await make_member("路人")
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=shopper_auth(stranger),
                                json={"lines": [{"item_id": item_id, "qty": 1}]})
    assert resp.status == 404
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=shopper_auth(member),
                                json={"lines": [{"item_id": item_id, "qty": 1}], "reason": "破损"})
    assert resp.status == 201
    rma_id = resp.json["return"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/approve", headers=shopper_auth(member))
    assert resp.status == 403
    clerk = await make_user(Role.CLERK)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/approve", headers=auth(clerk))
    assert resp.status == 403
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/reject", headers=h, json={"reason": "超过7天"})
    assert resp.status == 200 and resp.json["return"]["status"] == "rejected"


async def test_cancel_unpaid_order_releases_stock(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1")
    await stock_in(sku, wh, 5)
    oid = (await place(client, h, [("A1", 3)])).json["order"]["id"]
    assert await stock_of(sku.id) == (5, 3)
    _, resp = await client.post(f"/api/v1/orders/{oid}/cancel", headers=h, json={"reason": "顾客不要了"})
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    assert await stock_of(sku.id) == (5, 0)
    _, resp = await client.post(f"/api/v1/orders/{oid}/cancel", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    await check_invariants()


async def test_cancel_paid_order_releases_stock_and_refunds_from_advances(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=PRICE)
    await stock_in(sku, wh, 5)
    oid = (await place(client, h, [("A1", 2)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 2 * PRICE})
    _, resp = await client.post(f"/api/v1/orders/{oid}/cancel", headers=h)
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    assert resp.json["order"]["refunded_fen"] == 2 * PRICE
    assert await stock_of(sku.id) == (5, 0)
    refund = await Refund.get(order_id=oid)
    assert refund.method == "cash" and refund.from_advances_fen == 2 * PRICE
    assert await balance(accounts.CASH) == 0
    assert await balance(accounts.CUSTOMER_ADVANCES) == 0
    assert await balance(accounts.SALES) == 0
    await check_invariants()


async def test_shopper_may_cancel_only_unpaid_own_orders(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=100), wh, 5)
    member = await make_member()
    sh = shopper_auth(member)
    a = (await place(client, sh, [("A1", 1)])).json["order"]["id"]
    b = (await place(client, sh, [("A1", 1)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{b}/pay", headers=h, json={"method": "wechat", "amount_fen": 100})
    assert (await client.post(f"/api/v1/orders/{a}/cancel", headers=sh))[1].status == 200
    _, resp = await client.post(f"/api/v1/orders/{b}/cancel", headers=sh)
    assert resp.status == 409


async def test_refund_without_return_on_a_shipped_order_reverses_revenue(client) -> None:
    h = await admin_headers()
    oid, _, _, _ = await _shipped(client, h, qty=2)
    finance = await make_user(Role.FINANCE)
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=auth(finance),
                                json={"amount_fen": 1130, "reason": "价格保护"})
    assert resp.status == 201, resp.text
    assert await balance(accounts.SALES) == -(2 * 10000 - 1000)
    assert await balance(accounts.OUTPUT_VAT) == -(2 * 1300 - 130)
    clerk = await make_user(Role.CLERK)
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=auth(clerk), json={"amount_fen": 1})
    assert resp.status == 403
    await check_invariants()


async def test_return_accepts_the_miniprogram_body_for_the_shoppers_own_order_only(client) -> None:
    h = await admin_headers()
    me, other = await make_member("我"), await make_member("别人")
    mine_h, other_h = shopper_auth(me), shopper_auth(other)
    oid, item_id, _, _ = await _shipped(client, h, headers_place=mine_h)
    body = {"items": [{"order_item_id": item_id, "qty": 1}], "reason": "尺码不对"}
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=other_h, json=body)
    assert resp.status in (403, 404)
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=mine_h, json=body)
    assert resp.status == 201, resp.text
    rma = resp.json["return"]
    assert rma["id"] and rma["status"] == "requested" and rma["refund_fen"] == PRICE
    assert await ReturnRequest.filter(order_id=oid).count() == 1


async def test_requested_returns_wait_for_a_decision_in_the_callers_stores(client) -> None:
    h = await admin_headers()
    oid, item_id, _, wh = await _shipped(client, h)
    url = "/admin/api/v1/orders/awaiting-decision"
    _, resp = await client.get(url, headers=h)
    assert resp.status == 200 and resp.json["returns"]["total"] == 0
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 1}], "reason": "不合适"})
    rma = resp.json["return"]
    _, resp = await client.get(url, headers=h)
    waiting = resp.json["returns"]
    assert waiting["total"] == 1 and resp.json["refund_requests"]["total"] == 0
    [item] = waiting["items"]
    assert (item["rma_no"], item["order_id"], item["location_code"], item["refund_fen"]) == (
        rma["rma_no"], oid, "WH1", PRICE)
    own = await make_user(Role.STORE_MANAGER, locations=[wh])
    other = await make_user(Role.STORE_MANAGER, locations=[await make_location("ST9")])
    assert (await client.get(url, headers=auth(own)))[1].json["returns"]["total"] == 1
    assert (await client.get(url, headers=auth(other)))[1].json["returns"]["total"] == 0
    assert (await client.get(url + "?location_code=WH1", headers=auth(other)))[1].status == 403
    assert (await client.get(url, headers=auth(await make_user(Role.CLERK, locations=[wh]))))[1].status == 403
    await client.post(f"/api/v1/orders/{oid}/returns/{rma['id']}/approve", headers=h)
    assert (await client.get(url, headers=h))[1].json["returns"]["total"] == 0
