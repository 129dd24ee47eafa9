"""PIPL: GET /members/me/export gives the member all their own data (phone unmasked to its owner) and nothing of
another member's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.fieldcrypt import phone_hash, seal
from backend.members import balance, coupons, points
from backend.members.models import BalanceKind, Child, CouponKind, Member, PointsKind, SubscribeConsent
from tests.factories import make_location, make_sku, member_token, stock_in


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


async def _member(code: str, phone: str, nickname: str) -> Member:
    m = await Member.create(member_code=code, nickname=nickname, phone=seal(phone), phone_hash=phone_hash(phone))
    async with in_transaction() as conn:
        await points.credit(m.id, 300, PointsKind.ADJUST, conn, ref=f"open:{code}")
        await balance.top_up(m.id, 5000, "cash", conn, ref=f"top:{code}")
    await Child.create(member=m, name=f"{nickname}的宝宝", gender="girl", birthday=dt.date(2025, 3, 1))
    return m


async def test_export_holds_all_own_data_and_nothing_of_others(db: None, client: Any) -> None:
    store = await make_location("S001")
    await stock_in(await make_sku("MILK1", price_fen=20000), store, 5)
    alice = await _member("MA1", "13800138000", "王女士")
    bob = await _member("MB1", "13900139000", "李女士")
    await SubscribeConsent.create(member=alice, template_id="TPL1", status="accept", credits=1, accepted_count=1)
    t = await coupons.create_template(coupons.TemplateIn(name="满50减20", kind=CouponKind.AMOUNT, amount_fen=2000,
                                                         threshold_fen=5000, valid_days=30))
    await coupons.issue(t.id, alice.id)
    body = {"channel": "miniprogram", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 1}],
            "address": {"name": "王女士", "phone": "15800158000", "province": "上海市", "city": "上海市",
                        "district": "徐汇区", "detail": "漕溪北路1号"}}
    _, placed = await client.post("/api/v1/orders", headers=_shopper(alice), json=body)
    assert placed.status == 201, placed.text
    _, resp = await client.post("/api/v1/orders", headers=_shopper(bob), json={**body, "address": {
        **body["address"], "name": "李女士", "phone": "15900159000"}})
    assert resp.status == 201, resp.text

    _, resp = await client.get("/api/v1/members/me/export", headers=_shopper(alice))
    assert resp.status == 200, resp.text
    d = resp.json
    assert d["profile"]["phone"] == "13800138000" and d["profile"]["member_code"] == "MA1"
    assert d["profile"]["points"] == 300 and d["profile"]["balance_fen"] == 5000
    assert [(e["delta"], e["kind"]) for e in d["points_ledger"]] == [(300, "adjust")]
    assert [(e["delta_fen"], e["kind"]) for e in d["balance_ledger"]] == [(5000, BalanceKind.TOPUP.value)]
    assert len(d["orders"]) == 1
    order = d["orders"][0]
    assert order["order_no"] == placed.json["order"]["order_no"] and order["receiver_phone"] == "15800158000"
    assert "漕溪北路1号" in order["receiver_address"]
    assert [(i["name"] != "", i["qty"]) for i in order["items"]] == [(True, 1)]
    assert [c["name"] for c in d["children"]] == ["王女士的宝宝"]
    assert [(s["template_id"], s["status"]) for s in d["subscriptions"]] == [("TPL1", "accept")]
    assert [c["name"] for c in d["coupons"]] == ["满50减20"]
    text = resp.text
    for other in ("13900139000", "15900159000", "李女士", "MB1"):
        assert other not in text


async def test_export_needs_a_shopper(db: None, client: Any) -> None:
    _, resp = await client.get("/api/v1/members/me/export")
    assert resp.status == 401
