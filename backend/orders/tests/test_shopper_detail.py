"""The shopper's GET /orders/<id>: every saving of the receipt (promotion, coupon, points) with its amount, the
points spent, tracking per shipment and per line the units a return may still ask for, through partial shipment,
an open return, a received return and a second one; a paid but unshipped order has nothing to return."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.members import coupons, points
from backend.members.models import CouponKind, Member, PointsKind
from backend.orders.models import OrderDiscount
from backend.org.models import Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import shopper_auth

NOW = datetime.now(UTC)


async def _promotion(client: Any, author: Any, approver: Any) -> None:
    body = {"name": "满300减30", "kind": "full_reduction", "threshold_fen": 30000, "amount_fen": 3000,
            "starts_at": (NOW - timedelta(hours=1)).isoformat(), "ends_at": (NOW + timedelta(days=1)).isoformat()}
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(author), json=body)
    assert resp.status == 201, resp.text
    for step, who in (("submit", author), ("approve", approver)):
        _, r = await client.post(f"/admin/api/v1/promotions/{resp.json['id']}/{step}", headers=auth(who))
        assert r.status == 200, r.text


async def _world(client: Any) -> dict[str, Any]:
    store = await make_location("S001")
    for code, price in (("MILK1", 20000), ("WIPE1", 1000)):
        await stock_in(await make_sku(code, price_fen=price), store, 20)
    author = await make_user(Role.HQ_ADMIN, username="author")
    approver = await make_user(Role.HQ_ADMIN, username="approver")
    await _promotion(client, author, approver)
    member = await Member.create(member_code="MD1", nickname="小宝妈妈")
    async with in_transaction() as conn:
        await points.credit(member.id, 10000, PointsKind.ADJUST, conn, ref="opening")
    t = await coupons.create_template(coupons.TemplateIn(name="满50减20", kind=CouponKind.AMOUNT, amount_fen=2000,
                                                         threshold_fen=5000, valid_days=30))
    coupon = await coupons.issue(t.id, member.id)
    return {"store": store, "staff": approver, "member": member, "coupon": coupon}


async def _order(client: Any, w: dict[str, Any], with_savings: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {"channel": "miniprogram", "location_code": "S001",
                            "items": [{"sku_code": "MILK1", "qty": 2}, {"sku_code": "WIPE1", "qty": 3}],
                            "address": {"name": "王女士", "phone": "13800138000", "province": "上海市",
                                        "city": "上海市", "district": "徐汇区", "detail": "漕溪北路1号"}}
    if with_savings:
        body.update(coupon_id=w["coupon"].id, points=10000)
    _, resp = await client.post("/api/v1/orders", headers=shopper_auth(w["member"]), json=body)
    assert resp.status == 201, resp.text
    return resp.json["order"]


async def _detail(client: Any, w: dict[str, Any], oid: int) -> dict[str, Any]:
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(w["member"]))
    assert resp.status == 200, resp.text
    return resp.json["order"]


def _returnable(order: dict[str, Any]) -> dict[str, int]:
    return {i["sku_code"]: i["returnable_qty"] for i in order["items"]}


async def test_detail_shows_each_saving_points_tracking_and_returnable_through_partial_returns(
        client: Any, db: None) -> None:
    w = await _world(client)
    staff = auth(w["staff"])
    # what the checkout page showed is what the order keeps
    _, prev = await client.post("/api/v1/checkout/preview", headers=shopper_auth(w["member"]), json={
        "items": [{"sku_code": "MILK1", "qty": 2}, {"sku_code": "WIPE1", "qty": 3}], "coupon_id": w["coupon"].id,
        "points": 10000, "location_code": "S001"})
    assert prev.status == 200, prev.text
    placed = await _order(client, w)
    oid = placed["id"]

    d = await _detail(client, w, oid)
    # 43000 list; 满300减30 -3000 -> 40000; 满50减20 -2000 -> 38000; points: 10000 offered, cap 50 % = 19000 -> 10000
    assert [(x["kind"], x["label"], x["amount_fen"]) for x in d["discounts"]] == [
        ("promotion", "满300减30", 3000), ("coupon", prev.json["discounts"][1]["label"], 2000),
        ("points", "积分抵扣（10000 积分）", 10000)]
    assert [x["label"] for x in d["discounts"]] == [x["label"] for x in prev.json["discounts"]]
    assert d["points_used"] == 10000 == prev.json["points_used"]
    assert d["subtotal_fen"] == 43000 and d["total_fen"] == 28000 == prev.json["total_fen"]
    assert d["subtotal_fen"] - sum(x["amount_fen"] for x in d["discounts"]) == d["total_fen"]
    assert sum(i["discount_fen"] for i in d["items"]) == 15000
    assert _returnable(d) == {"MILK1": 0, "WIPE1": 0}  # pending: nothing shipped
    assert d["address"]["name"] == "王女士" and d["address"]["phone"] == "138****8000"
    assert "漕溪北路1号" in d["address"]["detail"]
    assert d["items"][0]["name"] and d["items"][0]["price_fen"] == 20000
    assert "cost_fen" not in str(d) and "events" not in d  # no staff figures for the shopper

    # paid, not shipped: cancelled, never returned
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=staff,
                                json={"method": "wechat", "amount_fen": 28000})
    assert resp.status == 201, resp.text
    assert _returnable(await _detail(client, w, oid)) == {"MILK1": 0, "WIPE1": 0}

    # ship the milk only, with tracking
    items = {i["sku_code"]: i["id"] for i in d["items"]}
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=staff, json={
        "lines": [{"item_id": items["MILK1"], "qty": 2}], "carrier": "sf", "tracking_no": "SF1234567890"})
    assert resp.status < 300, resp.text
    d = await _detail(client, w, oid)
    assert [(s["carrier"], s["carrier_name"], s["tracking_no"]) for s in d["shipments"]] == [
        ("sf", "顺丰速运", "SF1234567890")]
    assert d["shipments"][0]["items"] == [{"order_item_id": items["MILK1"], "qty": 2}]
    assert _returnable(d) == {"MILK1": 2, "WIPE1": 0}

    # one milk asked back: an open request holds it
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=shopper_auth(w["member"]),
                                json={"items": [{"order_item_id": items["MILK1"], "qty": 1}], "reason": "商品破损"})
    assert resp.status == 201, resp.text
    rma_id = resp.json["return"]["id"]
    d = await _detail(client, w, oid)
    assert _returnable(d) == {"MILK1": 1, "WIPE1": 0}
    assert [(r["status"], r["status_name"], r["items"]) for r in d["returns"]] == [
        ("requested", "待审核", [{"order_item_id": items["MILK1"], "qty": 1}])]

    # approved and received: it came back (qty_returned), still one left to return
    for step in ("approve", "receive"):
        _, resp = await client.post(f"/api/v1/orders/{oid}/returns/{rma_id}/{step}", headers=staff)
        assert resp.status < 300, resp.text
    d = await _detail(client, w, oid)
    assert {i["sku_code"]: i["qty_returned"] for i in d["items"]} == {"MILK1": 1, "WIPE1": 0}
    assert _returnable(d) == {"MILK1": 1, "WIPE1": 0}

    # the wipes ship too; the second milk is asked back; nothing more of it may be
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=staff, json={
        "lines": [{"item_id": items["WIPE1"], "qty": 3}], "carrier": "中通快递", "tracking_no": "ZT998"})
    assert resp.status < 300, resp.text
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=shopper_auth(w["member"]),
                                json={"items": [{"order_item_id": items["MILK1"], "qty": 1}], "reason": "不想要了"})
    assert resp.status == 201, resp.text
    d = await _detail(client, w, oid)
    assert _returnable(d) == {"MILK1": 0, "WIPE1": 3}
    assert [(s["carrier_name"], s["tracking_no"]) for s in d["shipments"]] == [
        ("顺丰速运", "SF1234567890"), ("中通快递", "ZT998")]
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=shopper_auth(w["member"]),
                                json={"items": [{"order_item_id": items["MILK1"], "qty": 1}], "reason": "不想要了"})
    assert resp.status == 400 and "最多可退 0 件" in resp.json["error"]["message"]
    # the savings stay what the receipt said
    assert d["points_used"] == 10000 and sum(x["amount_fen"] for x in d["discounts"]) == 15000
    # the shopper's list answers the same shape (the list cards show names and the latest tracking no)
    _, listed = await client.get("/api/v1/orders", headers=shopper_auth(w["member"]))
    assert listed.json["total"] == 1 and listed.json["items"] == [d]

    # staff see the same savings in the full detail; another shopper sees nothing
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=staff)
    assert resp.json["order"]["points_used"] == 10000
    assert [x["amount_fen"] for x in resp.json["order"]["discounts"]] == [3000, 2000, 10000]
    other = await Member.create(member_code="MD2", nickname="别人")
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(other))
    assert resp.status == 404


async def test_order_without_savings_has_none_and_a_cancel_keeps_the_receipt(client: Any, db: None) -> None:
    w = await _world(client)
    placed = await _order(client, w, with_savings=False)
    d = await _detail(client, w, placed["id"])
    assert [(x["kind"], x["amount_fen"]) for x in d["discounts"]] == [("promotion", 3000)]
    assert d["points_used"] == 0 and d["total_fen"] == 40000
    with_all = await _order(client, w)
    _, resp = await client.post(f"/api/v1/orders/{with_all['id']}/cancel", headers=shopper_auth(w["member"]),
                                json={})
    assert resp.status == 200, resp.text
    d = await _detail(client, w, with_all["id"])
    assert d["status"] == "cancelled" and d["points_used"] == 10000  # what was used on it, given back on cancel
    assert _returnable(d) == {"MILK1": 0, "WIPE1": 0}
    assert (await Member.get(id=w["member"].id)).points == 10000
    assert await OrderDiscount.filter(order_id=with_all["id"]).count() == 3
