"""WeChat Pay (prepay through the fake, signed notify verified and idempotent) and what a shopper's token
may not do: read another's order, call any clerk route."""

from __future__ import annotations

from typing import Any

import pytest

from backend.finance.models import JournalEntry
from backend.members.models import Member
from backend.orders.models import Order, OrderPayment
from backend.settings import Settings
from fakes.wechat import DEMO_APPID, DEMO_MCH_API_KEY, DEMO_MCH_ID, build_pay_notify_xml
from tests.factories import make_location, make_sku, member_token, stock_in


def _shopper(member: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(member.id)}"}


async def _order(client: Any, headers: dict[str, str]) -> dict[str, Any]:
    _, resp = await client.post("/api/v1/orders", headers=headers, json={
        "channel": "miniprogram", "items": [{"sku_code": "MILK1", "qty": 1}], "location_code": "S001"})
    assert resp.status == 201, resp.text
    return resp.json["order"]


async def _setup() -> tuple[Member, Member]:
    store = await make_location("S001")
    sku = await make_sku("MILK1", price_fen=12800)
    await stock_in(sku, store, 5)
    a = await Member.create(member_code="MA", nickname="甲", openid="alice")
    b = await Member.create(member_code="MB", nickname="乙", openid="bob")
    return a, b


def _notify(order_no: str, fee: int, txn: str, **kw: Any) -> str:
    return build_pay_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key=DEMO_MCH_API_KEY,
                                out_trade_no=order_no, total_fee=fee, openid="alice", transaction_id=txn, **kw)


async def test_prepay_and_notify_pays_once_bad_signature_refused(client: Any, wechat_settings: Settings) -> None:
    alice, _ = await _setup()
    order = await _order(client, _shopper(alice))
    _, pre = await client.post(f"/api/v1/orders/{order['id']}/pay/wechat", headers=_shopper(alice), json={})
    assert pre.status == 200, pre.text
    assert pre.json["package"].startswith("prepay_id=wx") and pre.json["signType"] and pre.json["paySign"]
    assert set(pre.json) >= {"timeStamp", "nonceStr", "package", "signType", "paySign"}

    forged = _notify(order["order_no"], 12800, "4200000001", sign="0" * 32)
    _, bad = await client.post("/api/v1/pay/wechat/notify", content=forged)
    assert bad.status == 200 and "<return_code><![CDATA[FAIL]]>" in bad.text  # WeChat: 200 + FAIL
    assert (await Order.get(id=order["id"])).status == "pending"
    assert await OrderPayment.all().count() == 0

    good = _notify(order["order_no"], 12800, "4200000002")
    for _ in range(3):  # WeChat resends until acknowledged: the order is paid once
        _, resp = await client.post("/api/v1/pay/wechat/notify", content=good)
        assert resp.status == 200 and "<return_code><![CDATA[SUCCESS]]>" in resp.text
    paid = await Order.get(id=order["id"])
    assert paid.status == "allocated" and paid.paid_fen == 12800
    assert await OrderPayment.filter(order_id=paid.id).count() == 1
    assert await JournalEntry.filter(source_type__startswith="order_pay").count() >= 1
    assert (await Member.get(id=alice.id)).points == 128  # earned on payment

    _, again = await client.post(f"/api/v1/orders/{order['id']}/pay/wechat", headers=_shopper(alice), json={})
    assert again.status == 409


async def test_shopper_cannot_read_anothers_order(client: Any, db: None) -> None:
    alice, bob = await _setup()
    order = await _order(client, _shopper(alice))
    for method, url in [("get", f"/api/v1/orders/{order['id']}"), ("post", f"/api/v1/orders/{order['id']}/cancel"),
                        ("post", f"/api/v1/orders/{order['id']}/pay/wechat")]:
        kw: dict[str, Any] = {"json": {}} if method == "post" else {}
        _, resp = await getattr(client, method)(url, headers=_shopper(bob), **kw)
        assert resp.status == 404, (url, resp.status)
    _, mine = await client.get("/api/v1/orders", headers=_shopper(bob))
    assert mine.json["items"] == []
    _, own = await client.get(f"/api/v1/orders/{order['id']}", headers=_shopper(alice))
    assert own.status == 200


CLERK_ROUTES = [
    ("get", "/api/v1/pos/members?q=13800138000"),
    ("post", "/api/v1/pos/preview"),
    ("post", "/api/v1/pos/members/1/topup"),
    ("get", "/api/v1/staff/me"),
    ("post", "/api/v1/auth/wechat/bind"),
    ("get", "/api/v1/skus?q=milk"),
    ("get", "/api/v1/stock?sku_code=MILK1"),
    ("post", "/api/v1/orders/1/pay"),
    ("post", "/api/v1/orders/1/ship"),
    ("get", "/api/v1/transfers/1"),
    ("post", "/api/v1/transfers/1/receive"),
    ("get", "/api/v1/stocktakes/1"),
    ("post", "/api/v1/stocktakes/1/counts"),
]


@pytest.mark.parametrize(("method", "url"), CLERK_ROUTES)
async def test_shopper_token_cannot_call_clerk_routes(client: Any, db: None, method: str, url: str) -> None:
    alice = await Member.create(member_code="MA", nickname="甲")
    kw: dict[str, Any] = {"headers": _shopper(alice)}
    if method == "post":
        kw["json"] = {"location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 1}]}
    _, resp = await getattr(client, method)(url, **kw)
    assert resp.status == 403, (url, resp.status, resp.text)
    assert resp.json["error"]["code"] == "forbidden"


async def test_shop_routes_without_token(client: Any, db: None) -> None:
    await _setup()
    _, cats = await client.get("/api/v1/shop/categories")
    assert [c["name"] for c in cats.json["items"]] == ["奶粉"]
    _, stores = await client.get("/api/v1/shop/stores")
    assert stores.json["items"][0]["code"] == "S001"
    _, prods = await client.get(f"/api/v1/shop/products?category_id={cats.json['items'][0]['id']}")
    assert prods.json["total"] == 1 and prods.json["items"][0]["sku_code"] == "MILK1"
    _, sku = await client.get("/api/v1/shop/skus/MILK1?location_code=S001")
    assert sku.status == 200 and sku.json["available"] == 5 and sku.json["price_fen"] == 12800
    _, missing = await client.get("/api/v1/shop/skus/NOPE")
    assert missing.status == 404
