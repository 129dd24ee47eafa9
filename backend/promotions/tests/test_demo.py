"""The demo's promotions: loaded once through the approval workflow; a demo checkout at the counter gets the
approved ones and never the store promotion still waiting for approval."""

from __future__ import annotations

from typing import Any

from backend.catalog.models import Sku
from backend.demo import SECTIONS, load_demo
from backend.members.models import Member
from backend.orders.models import Order
from backend.org.models import Location
from backend.promotions.models import Promotion, PromotionApplication, PromotionStatus
from backend.stock.models import Stock
from tests.factories import auth

SECTIONS_UP_TO_PROMOTIONS = SECTIONS[:[name for name, _ in SECTIONS].index("promotions") + 1]


async def _available(sku: Sku, location: Location) -> int:
    rows = await Stock.filter(sku_id=sku.id, location_id=location.id).values_list("on_hand", "reserved")
    return sum(a - b for a, b in rows)


async def test_demo_promotions_load_once_and_a_demo_checkout_applies_only_approved_ones(db: None, client: Any) -> None:
    from backend.org.models import User

    await load_demo("small", sections=SECTIONS_UP_TO_PROMOTIONS)
    promos = {p.name: p for p in await Promotion.all()}
    assert {n: p.status for n, p in promos.items()} == {
        "奶粉满199减20": PromotionStatus.APPROVED, "纸尿裤买3送1": PromotionStatus.APPROVED,
        "湿巾8.8折": PromotionStatus.APPROVED, "奶粉会员价": PromotionStatus.APPROVED,
        "徐汇店奶瓶9折": PromotionStatus.PENDING_APPROVAL}
    marketing, admin = await User.get(username="marketing1"), await User.get(username="admin")
    assert all(p.created_by_id == marketing.id and p.approved_by_id == admin.id
               for n, p in promos.items() if n != "徐汇店奶瓶9折")
    again = await load_demo("small", sections=SECTIONS_UP_TO_PROMOTIONS)
    assert again[-1] == "promotions: already loaded" and await Promotion.all().count() == 5

    # a counter checkout at ST-001 (the pending promotion's store): formula over 199 and a baby bottle
    st1 = await Location.get(code="ST-001")
    clerk = await User.get(username="clerk1")
    member = await Member.filter(merged_into_id=None).order_by("id").first()
    assert member is not None
    milk_item = await promos["奶粉会员价"].items.all().first()
    assert milk_item is not None
    milk = await Sku.get(id=milk_item.sku_id)
    bottles = [s for s in await Sku.filter(code__startswith="BT").order_by("code") if await _available(s, st1) >= 1]
    assert bottles
    bottle = bottles[0]
    qty = max(2, -(-19900 // milk.price_fen))
    assert await _available(milk, st1) >= qty
    _, resp = await client.post("/api/v1/pos/preview", headers=auth(clerk), json={
        "location_code": "ST-001", "member_id": member.id,
        "items": [{"sku_code": milk.code, "qty": qty}, {"sku_code": bottle.code, "qty": 1}]})
    assert resp.status == 200, resp.text
    labels = [d["label"] for d in resp.json["discounts"]]
    assert any("奶粉会员价" in x for x in labels) and any("奶粉满199减20" in x for x in labels), labels
    assert not any("奶瓶" in x for x in labels), labels
    member_saving = (milk.price_fen - milk_item.price_fen) * qty
    assert resp.json["total_fen"] == milk.price_fen * qty + bottle.price_fen - member_saving - 2000

    # the order itself: the same savings recorded, the pending promotion nowhere
    _, resp = await client.post("/api/v1/orders", headers=auth(clerk), json={
        "channel": "pos", "location_code": "ST-001", "member_code": member.member_code,
        "items": [{"sku_code": milk.code, "qty": qty}, {"sku_code": bottle.code, "qty": 1}]})
    assert resp.status == 201, resp.text
    order = await Order.get(id=resp.json["order"]["id"])
    applied = {a.promotion_id: a.amount_fen for a in await PromotionApplication.filter(order_id=order.id)}
    assert applied == {promos["奶粉会员价"].id: member_saving, promos["奶粉满199减20"].id: 2000}
    assert order.discount_fen == member_saving + 2000

    # the mini-program's checkout preview shows the chain-wide ones too: buy 3 diapers, get the 4th free
    from backend.orders.tests.helpers import shopper_auth

    diaper = await Sku.filter(code__startswith="DP").order_by("code").first()
    assert diaper is not None
    _, resp = await client.post("/api/v1/checkout/preview", headers=shopper_auth(member), json={
        "items": [{"sku_code": diaper.code, "qty": 4}]})
    assert resp.status == 200, resp.text
    unit = resp.json["subtotal_fen"] // 4  # the mini-program's price list may price it below the shelf price
    assert resp.json["discounts"] == [{"label": "纸尿裤买3送1", "amount_fen": unit, "kind": "promotion"}]
    assert resp.json["total_fen"] == 3 * unit
