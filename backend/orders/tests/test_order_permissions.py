"""Money on orders needs its permission (backend.security.authorization): cancelling a paid or allocated order
refunds it, so it needs orders.refund like the refunds route; a live seller cancels only live-channel orders, a
purchaser none; store-bound staff place orders only at their own stores, on every channel; a balance payment
needs stored_value.spend. Every refusal to staff is in the audit log."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.members import paycode
from backend.orders.models import Order, OrderStatus
from backend.orders.tests.helpers import check_invariants, make_member, place, shopper_auth, stock_of
from backend.org.models import LocationKind, Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _world() -> dict[str, Any]:
    a = await make_location("SA")
    b = await make_location("SB")
    wh = await make_location("WH", kind=LocationKind.WAREHOUSE, priority=1)
    sku = await make_sku("MILK1", price_fen=10000)
    for loc, qty in ((a, 10), (b, 10), (wh, 50)):
        await stock_in(sku, loc, qty)
    people = {
        "hq": await make_user(Role.HQ_ADMIN, username="hq"),
        "manager": await make_user(Role.STORE_MANAGER, username="mgr_a", locations=[a]),
        "clerk": await make_user(Role.CLERK, username="clerk_a", locations=[a]),
        "finance": await make_user(Role.FINANCE, username="fin"),
        "buyer": await make_user(Role.PURCHASER, username="buyer"),
        "live": await make_user(Role.LIVE_SELLER, username="live_a", locations=[a]),
    }
    return {"a": a, "b": b, "wh": wh, "sku": sku, **people}


async def _paid_order(client: Any, w: dict[str, Any], channel: str = "phone") -> int:
    resp = await place(client, auth(w["hq"]), [("MILK1", 1)], channel=channel, location_code="SA",
                       payments=[{"method": "cash", "amount_fen": 10000}])
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] in ("paid", "allocated")
    return int(resp.json["order"]["id"])


async def _denials(permission: str) -> list[AuditLog]:
    rows = await AuditLog.filter(action="permission.denied").order_by("id")
    return [r for r in rows if (r.after or {}).get("permission") == permission]


async def test_clerk_cannot_cancel_a_paid_order_and_the_refusal_is_audited(db: None, client: Any) -> None:
    w = await _world()
    order_id = await _paid_order(client, w)
    _, resp = await client.post(f"/api/v1/orders/{order_id}/refunds", headers=auth(w["clerk"]), json={})
    assert resp.status == 403  # the gate: the refunds route is orders.refund
    _, resp = await client.post(f"/api/v1/orders/{order_id}/cancel", headers=auth(w["clerk"]), json={})
    assert resp.status == 403, resp.text
    assert resp.json["error"]["code"] == "forbidden" and "退款权限" in resp.json["error"]["message"]
    order = await Order.get(id=order_id)
    assert order.status != OrderStatus.CANCELLED and order.refunded_fen == 0  # nothing written
    denied = await _denials("orders.refund")
    assert [(d.username, d.entity_type) for d in denied] == [("clerk_a", "route"), ("clerk_a", "order")]
    assert denied[1].entity_id == str(order_id) and denied[1].after["refundable_fen"] == 10000

    _, resp = await client.post(f"/api/v1/orders/{order_id}/cancel", headers=auth(w["manager"]), json={})
    assert resp.status == 200, resp.text
    order = await Order.get(id=order_id)
    assert order.status == OrderStatus.CANCELLED and order.refunded_fen == 10000
    uses = await AuditLog.filter(action__in=("order.cancel", "order.refund"), entity_id=str(order_id))
    assert {u.action for u in uses} == {"order.cancel", "order.refund"} and {u.username for u in uses} == {"mgr_a"}
    await check_invariants()


async def test_clerk_still_cancels_an_unpaid_order(db: None, client: Any) -> None:
    w = await _world()
    resp = await place(client, auth(w["clerk"]), [("MILK1", 2)], channel="phone", location_code="SA")
    assert resp.status == 201, resp.text
    order_id = resp.json["order"]["id"]
    _, resp = await client.post(f"/api/v1/orders/{order_id}/cancel", headers=auth(w["clerk"]), json={})
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    assert await stock_of(w["sku"].id, w["a"].id) == (10, 0)


async def test_live_seller_cancels_only_live_orders_and_purchaser_none(db: None, client: Any) -> None:
    w = await _world()
    phone = await place(client, auth(w["hq"]), [("MILK1", 1)], channel="phone", location_code="SA")
    live = await place(client, auth(w["hq"]), [("MILK1", 1)], channel="live", location_code="SA")
    assert phone.status == live.status == 201
    _, resp = await client.post(f"/api/v1/orders/{phone.json['order']['id']}/cancel", headers=auth(w["live"]))
    assert resp.status == 403 and resp.json["error"]["message"] == "您的角色不能取消该渠道的订单"
    assert [d.after["channel"] for d in await _denials("orders.cancel")] == ["phone"]
    _, resp = await client.post(f"/api/v1/orders/{live.json['order']['id']}/cancel", headers=auth(w["live"]))
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    paid_live = await _paid_order(client, w, channel="live")
    _, resp = await client.post(f"/api/v1/orders/{paid_live}/cancel", headers=auth(w["live"]))
    assert resp.status == 403  # a paid live order refunds: orders.refund, which a live seller has not
    _, resp = await client.post(f"/api/v1/orders/{phone.json['order']['id']}/cancel", headers=auth(w["buyer"]))
    assert resp.status == 403  # the gate: a purchaser cancels no sales orders
    assert [d.username for d in await _denials("orders.cancel")] == ["live_a", "buyer"]


async def test_shopper_cancels_own_unpaid_order_only(db: None, client: Any) -> None:
    w = await _world()
    member = await make_member()
    resp = await place(client, shopper_auth(member), [("MILK1", 1)], channel="miniprogram")
    assert resp.status == 201, resp.text
    order_id = resp.json["order"]["id"]
    other = await make_member("别人")
    _, resp = await client.post(f"/api/v1/orders/{order_id}/cancel", headers=shopper_auth(other))
    assert resp.status == 404
    _, resp = await client.post(f"/api/v1/orders/{order_id}/pay", headers=auth(w["hq"]),
                                json={"method": "cash", "amount_fen": 10000})
    assert resp.status == 201, resp.text
    _, resp = await client.post(f"/api/v1/orders/{order_id}/cancel", headers=shopper_auth(member))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"


@pytest.mark.parametrize("channel", ["phone", "taobao", "jd", "pdd", "douyin", "kuaishou", "wechat_shop",
                                     "miniprogram", "live", "pos"])
async def test_clerk_refused_at_another_store_on_every_channel(db: None, client: Any, channel: str) -> None:
    w = await _world()
    before = await stock_of(w["sku"].id, w["b"].id)
    for who in ("clerk", "manager"):
        resp = await place(client, auth(w[who]), [("MILK1", 1)], channel=channel, location_code="SB",
                           payments=[{"method": "cash", "amount_fen": 10000}])
        assert resp.status == 403, (who, resp.text)
        assert resp.json["error"]["code"] == "forbidden"
    assert await stock_of(w["sku"].id, w["b"].id) == before and await Order.all().count() == 0
    # without a location the order still comes from the clerk's own store, never from another one
    resp = await place(client, auth(w["clerk"]), [("MILK1", 1)], channel=channel,
                       **({"external_id": f"X-{channel}"} if channel not in ("pos", "miniprogram", "phone", "live")
                          else {}))
    assert resp.status == 201, resp.text
    assert (await Order.get(id=resp.json["order"]["id"])).location_id == w["a"].id
    # chain-wide roles still place anywhere
    resp = await place(client, auth(w["hq"]), [("MILK1", 1)], channel=channel, location_code="SB")
    assert resp.status == 201, resp.text


async def test_clerk_with_no_stock_at_own_store_is_short_not_sent_elsewhere(db: None, client: Any) -> None:
    w = await _world()
    resp = await place(client, auth(w["clerk"]), [("MILK1", 11)], channel="phone")
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"


async def test_balance_payment_needs_stored_value_spend(db: None, client: Any) -> None:
    w = await _world()
    member = await make_member(balance_fen=50000)
    resp = await place(client, auth(w["hq"]), [("MILK1", 1)], channel="phone", location_code="SA",
                       member_code=member.member_code)
    order_id = resp.json["order"]["id"]
    for who in ("finance", "buyer"):
        _, resp = await client.post(f"/api/v1/orders/{order_id}/pay", headers=auth(w[who]),
                                    json={"method": "balance", "amount_fen": 10000})
        assert resp.status == 403, resp.text
    resp = await place(client, auth(w["finance"]), [("MILK1", 1)], channel="phone", location_code="SA",
                       member_code=member.member_code, payments=[{"method": "balance", "amount_fen": 10000}])
    assert resp.status == 403
    assert [d.username for d in await _denials("stored_value.spend")] == ["fin", "buyer", "fin"]
    shown = (await paycode.issue(member))["code"]  # and the member's own confirmation (backend.members.paycode)
    _, resp = await client.post(f"/api/v1/orders/{order_id}/pay", headers=auth(w["clerk"]),
                                json={"method": "balance", "amount_fen": 10000, "auth_code": shown})
    assert resp.status == 201, resp.text


async def test_clerk_cancel_racing_a_payment_never_refunds(db: None, client: Any) -> None:
    """The cancel's check runs on the locked row: a payment that lands first makes the clerk's cancel a 403;
    a cancel that lands first makes the payment fail. Never a clerk-made refund."""
    w = await _world()
    outcomes = set()
    for n in range(6):
        resp = await place(client, auth(w["clerk"]), [("MILK1", 1)], channel="phone", location_code="SA")
        order_id = resp.json["order"]["id"]
        pay = client.post(f"/api/v1/orders/{order_id}/pay", headers=auth(w["manager"]),
                          json={"method": "cash", "amount_fen": 10000, "external_ref": f"race-{n}"})
        cancel = client.post(f"/api/v1/orders/{order_id}/cancel", headers=auth(w["clerk"]), json={})
        (_, paid), (_, cancelled) = await asyncio.gather(pay, cancel)
        order = await Order.get(id=order_id)
        assert order.refunded_fen == 0, (paid.status, cancelled.status)
        if cancelled.status == 200:
            assert paid.status >= 400 and order.status == OrderStatus.CANCELLED and order.paid_fen == 0
        else:
            assert cancelled.status == 403 and paid.status == 201 and order.status != OrderStatus.CANCELLED
        outcomes.add(cancelled.status)
    assert not await AuditLog.filter(action="order.refund").exists()
    await check_invariants()
