"""Order review (订单审核): hold rules stop paid orders in review; reviewers release (then it ships as usual) or
cancel (stock released, money refunded); held orders of one buyer to one address merge into parcels per
location with stock and ledger exact; clerks cannot decide."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.orders.models import Order, OrderReview, Refund, ReviewStatus
from backend.org.models import LocationKind, Role
from backend.stock.models import Reservation, ReservationStatus
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import balance, check_invariants, make_member, place, stock_of

ADDRESS = "上海市徐汇区漕溪北路 88 号 3 楼"
RULES = "/admin/api/v1/order-reviews/rules"


async def _rule(client: Any, h: dict[str, str], kind: str, **body: Any) -> Any:
    _, resp = await client.put(f"{RULES}/{kind}", headers=h, json={"enabled": True, **body})
    assert resp.status == 200, resp.text
    return resp.json["rule"]


async def _paid(client: Any, h: dict[str, str], sku: str, qty: int, price: int, *, location: str, ref: str,
                **extra: Any) -> dict[str, Any]:
    body = {"receiver_name": "王丽", "receiver_phone": "13800000001", "receiver_address": ADDRESS, **extra}
    resp = await place(client, h, [(sku, qty)], channel="phone", location_code=location, **body)
    assert resp.status == 201, resp.text
    oid = resp.json["order"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                json={"method": "wechat", "amount_fen": qty * price, "external_ref": ref})
    assert resp.status == 201, resp.text
    return resp.json["order"]


async def _setup() -> dict[str, Any]:
    store = await make_location("ST1")
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=50000)
    await stock_in(sku, store, 10)
    await stock_in(sku, wh, 10)
    hq = auth(await make_user(Role.HQ_ADMIN))
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    clerk = await make_user(Role.CLERK, locations=[store])
    return {"store": store, "wh": wh, "sku": sku, "hq": hq, "manager": auth(manager), "clerk": auth(clerk),
            "manager_user": manager}


async def test_high_value_order_stops_in_review_and_a_manager_releases_it_then_it_ships(client) -> None:
    s = await _setup()
    rule = await _rule(client, s["hq"], "high_value", threshold_fen=100000)
    assert rule["name"] == "大额订单" and rule["threshold_fen"] == 100000
    small = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX0")
    assert small["status"] == "allocated"  # under the threshold: on as usual
    order = await _paid(client, s["hq"], "A1", 2, 50000, location="ST1", ref="WX1")
    assert order["status"] == "review"
    oid = order["id"]
    assert await stock_of(s["sku"].id, s["store"].id) == (10, 3)  # still held while in review

    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=s["hq"], json={})
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"  # nothing ships from review

    _, resp = await client.get("/admin/api/v1/order-reviews", headers=s["manager"])
    assert resp.status == 200 and [i["order_id"] for i in resp.json["items"]] == [oid]
    assert resp.json["items"][0]["reasons"][0]["rule"] == "high_value"
    assert "大额审核门槛" in resp.json["items"][0]["reasons"][0]["message"]

    # a clerk of the store cannot release it: the back office refuses the role
    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/release", headers=s["clerk"], json={})
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    assert (await Order.get(id=oid)).status == "review"

    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/release", headers=s["manager"],
                                json={"reason": "已电话核实"})
    assert resp.status == 200, resp.text
    assert resp.json["order"]["status"] == "allocated"
    review = await OrderReview.get(order_id=oid)
    assert review.status == ReviewStatus.RELEASED and review.decision_note == "已电话核实"
    assert review.decided_by_id == s["manager_user"].id
    log = await AuditLog.get(action="order.review_release", entity_id=str(oid))
    assert log.after["note"] == "已电话核实"

    # released: fulfilled as usual
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=s["hq"], json={"carrier": "顺丰"})
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "shipped"
    assert await stock_of(s["sku"].id, s["store"].id) == (8, 1)
    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/release", headers=s["manager"], json={})
    assert resp.status == 409  # not in review any more
    await check_invariants()


async def test_cancel_from_review_releases_the_reservation_and_refunds(client) -> None:
    s = await _setup()
    await _rule(client, s["hq"], "buyer_remark")
    order = await _paid(client, s["hq"], "A1", 3, 50000, location="ST1", ref="WX2", buyer_remark="请周末送货")
    assert order["status"] == "review"
    oid = order["id"]
    assert await stock_of(s["sku"].id, s["store"].id) == (10, 3)

    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/cancel", headers=s["manager"], json={})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"  # a reason is required
    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/cancel", headers=s["clerk"],
                                json={"reason": "x"})
    assert resp.status == 403

    _, resp = await client.post(f"/admin/api/v1/order-reviews/{oid}/cancel", headers=s["manager"],
                                json={"reason": "买家要求取消"})
    assert resp.status == 200, resp.text
    assert resp.json["order"]["status"] == "cancelled"
    assert await stock_of(s["sku"].id, s["store"].id) == (10, 0)
    assert not await Reservation.filter(ref_id=str(oid), status=ReservationStatus.ACTIVE).exists()
    assert sum(r.amount_fen for r in await Refund.filter(order_id=oid)) == 150000
    review = await OrderReview.get(order_id=oid)
    assert review.status == ReviewStatus.CANCELLED and review.decision_note == "买家要求取消"
    assert await AuditLog.filter(action="order.review_cancel", entity_id=str(oid)).exists()
    _, resp = await client.get("/admin/api/v1/order-reviews", headers=s["manager"])
    assert resp.json["items"] == []
    await check_invariants()


async def test_address_risk_and_first_order_rules(client) -> None:
    s = await _setup()
    rule = await _rule(client, s["hq"], "address_risk", keywords=["菜鸟驿站"])
    assert rule["keywords"] == ["菜鸟驿站"]
    await _rule(client, s["hq"], "first_order")
    incomplete = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX3", receiver_address="")
    risky = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX4",
                        receiver_address="上海市徐汇区 菜鸟驿站 12 号柜")
    fine = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX5")
    assert (incomplete["status"], risky["status"], fine["status"]) == ("review", "review", "allocated")
    reasons = {r.order_id: r.reasons for r in await OrderReview.all()}
    assert reasons[incomplete["id"]][0]["message"] == "收货信息不完整：缺少收货地址"
    assert "菜鸟驿站" in reasons[risky["id"]][0]["message"]

    member = await make_member()
    first = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX6", member_code=member.member_code)
    second = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX7", member_code=member.member_code)
    assert (first["status"], second["status"]) == ("review", "allocated")

    # a store manager may read the rules but only HQ changes them (audited)
    _, resp = await client.get(RULES, headers=s["manager"])
    assert resp.status == 200 and {r["kind"] for r in resp.json["items"]} == {
        "high_value", "address_risk", "first_order", "buyer_remark"}
    _, resp = await client.put(f"{RULES}/first_order", headers=s["manager"], json={"enabled": False})
    assert resp.status == 403
    _, resp = await client.put(f"{RULES}/high_value", headers=s["hq"], json={"enabled": True, "threshold_fen": 0})
    assert resp.status == 400
    _, resp = await client.put(f"{RULES}/nope", headers=s["hq"], json={"enabled": True})
    assert resp.status == 404
    assert await AuditLog.filter(action="order.hold_rule").count() == 2


async def test_counter_sales_are_never_held(client) -> None:
    s = await _setup()
    await _rule(client, s["hq"], "high_value", threshold_fen=1)
    resp = await place(client, s["manager"], [("A1", 1)], channel="pos", location_code="ST1",
                       payments=[{"method": "cash", "amount_fen": 50000}])
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "completed"


async def test_merge_moves_held_orders_to_one_location_and_splits_by_warehouse(client) -> None:
    s = await _setup()
    other = await make_sku("B1", price_fen=30000)
    await stock_in(other, s["wh"], 5)  # B1 only at the warehouse
    await _rule(client, s["hq"], "high_value", threshold_fen=1)
    member = await make_member()
    m = member.member_code
    a = await _paid(client, s["hq"], "A1", 2, 50000, location="WH1", ref="WX8", member_code=m)
    b = await _paid(client, s["hq"], "A1", 1, 50000, location="ST1", ref="WX9", member_code=m)
    c = await _paid(client, s["hq"], "B1", 1, 30000, location="WH1", ref="WX10", member_code=m)
    assert {a["status"], b["status"], c["status"]} == {"review"}
    # another buyer's order, or another address, does not merge
    stranger = await _paid(client, s["hq"], "A1", 1, 50000, location="WH1", ref="WX11",
                           member_code=(await make_member()).member_code)
    _, resp = await client.post("/admin/api/v1/order-reviews/merge", headers=s["hq"],
                                json={"order_ids": [a["id"], stranger["id"]]})
    assert resp.status == 400 and "同一买家" in resp.json["error"]["message"]
    _, resp = await client.post("/admin/api/v1/order-reviews/merge", headers=s["manager"],
                                json={"order_ids": [a["id"], b["id"]]})
    assert resp.status == 403  # the warehouse's order is not the store manager's

    before_stock = [await stock_of(s["sku"].id), await stock_of(other.id)]
    advances = await balance(accounts.CUSTOMER_ADVANCES)
    assert await balance(accounts.CUSTOMER_ADVANCES, location_id=s["store"].id) == -50000

    _, resp = await client.post("/admin/api/v1/order-reviews/merge", headers=s["hq"],
                                json={"order_ids": [a["id"], b["id"], c["id"]], "reason": "同一地址合并发货"})
    assert resp.status == 200, resp.text
    parcels = resp.json["parcels"]
    assert len(parcels) == 1 and parcels[0]["location_code"] == "WH1"
    assert sorted(parcels[0]["order_ids"]) == sorted([a["id"], b["id"], c["id"]])
    assert (await Order.get(id=b["id"])).location_id == s["wh"].id
    # stock: the same units, the store's hold moved to the warehouse
    assert [await stock_of(s["sku"].id), await stock_of(other.id)] == before_stock
    assert await stock_of(s["sku"].id, s["store"].id) == (10, 0)
    assert await stock_of(s["sku"].id, s["wh"].id) == (10, 4)
    # ledger: the total advance unchanged, the store's part moved with the order
    assert await balance(accounts.CUSTOMER_ADVANCES) == advances
    assert await balance(accounts.CUSTOMER_ADVANCES, location_id=s["store"].id) == 0
    merge_nos = {r.merge_no for r in await OrderReview.filter(order_id__in=[a["id"], b["id"], c["id"]])}
    assert merge_nos == {parcels[0]["merge_no"]}
    assert await AuditLog.filter(action="order.review_merge").exists()
    await check_invariants()

    # split by warehouse: an order the main location cannot fill stays where it is, its own parcel
    d = await _paid(client, s["hq"], "A1", 1, 50000, location="WH1", ref="WX12", member_code=m)
    e = await _paid(client, s["hq"], "B1", 1, 30000, location="WH1", ref="WX13", member_code=m)
    f = await _paid(client, s["hq"], "A1", 7, 50000, location="ST1", ref="WX14", member_code=m)
    assert await stock_of(s["sku"].id, s["wh"].id) == (10, 5)  # 5 left there: not enough for f's 7
    _, resp = await client.post("/admin/api/v1/order-reviews/merge", headers=s["hq"],
                                json={"order_ids": [d["id"], e["id"], f["id"]]})
    assert resp.status == 200, resp.text
    by_location = {p["location_code"]: sorted(p["order_ids"]) for p in resp.json["parcels"]}
    assert by_location == {"WH1": sorted([d["id"], e["id"]]), "ST1": [f["id"]]}
    assert await stock_of(s["sku"].id, s["store"].id) == (10, 7)
    await check_invariants()
