"""Promotions at checkout: never before approval, never outside the window or for another store/channel;
the approved one applies and the order shows each saving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from backend.audit.models import AuditLog
from backend.members.models import Member
from backend.org.models import Role
from backend.promotions.models import PromotionApplication
from tests.factories import auth, make_location, make_sku, make_user, stock_in

NOW = datetime.now(UTC)


def window(start_h: float = -1, end_h: float = 24) -> dict[str, str]:
    return {"starts_at": (NOW + timedelta(hours=start_h)).isoformat(),
            "ends_at": (NOW + timedelta(hours=end_h)).isoformat()}


async def _world() -> dict[str, Any]:
    a = await make_location("SA")
    b = await make_location("SB")
    milk = await make_sku("MILK1", price_fen=20000)
    wipe = await make_sku("WIPE1", price_fen=1000, category="湿巾")
    for loc in (a, b):
        await stock_in(milk, loc, 50)
        await stock_in(wipe, loc, 50)
    author = await make_user(Role.HQ_ADMIN, username="author")
    approver = await make_user(Role.HQ_ADMIN, username="approver")
    return {"a": a, "b": b, "author": author, "approver": approver}


async def _sell(client: Any, user: Any, location: str = "SA", channel: str = "pos", items: Any = None,
                member_code: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"channel": channel, "location_code": location,
                            "items": items or [{"sku_code": "MILK1", "qty": 2}, {"sku_code": "WIPE1", "qty": 3}]}
    if member_code:
        body["member_code"] = member_code
    _, resp = await client.post("/api/v1/orders", headers=auth(user), json=body)
    assert resp.status == 201, resp.text
    return resp.json["order"]


async def _create(client: Any, user: Any, **body: Any) -> dict[str, Any]:
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(user), json=body)
    assert resp.status == 201, resp.text
    return resp.json


async def test_not_applied_until_approved_then_applied_with_a_discount_line(db: None, client: Any) -> None:
    w = await _world()
    full = {"subtotal": 2 * 20000 + 3 * 1000}
    p = await _create(client, w["author"], name="满300减30", kind="full_reduction", threshold_fen=30000,
                      amount_fen=3000, location_codes=["SA"], channels=["pos"], **window())
    assert p["status"] == "draft"
    order = await _sell(client, w["author"])
    assert order["total_fen"] == full["subtotal"] and order["discount_fen"] == 0  # draft: never applied

    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/submit", headers=auth(w["author"]))
    assert resp.status == 200 and resp.json["status"] == "pending_approval"
    order = await _sell(client, w["author"])
    assert order["discount_fen"] == 0  # waiting for approval: never applied

    # the author may not approve their own promotion; a store manager may not approve at all
    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/approve", headers=auth(w["author"]))
    assert resp.status == 403
    mgr = await make_user(Role.STORE_MANAGER, locations=[w["a"]])
    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/approve", headers=auth(mgr))
    assert resp.status == 403
    order = await _sell(client, w["author"])
    assert order["discount_fen"] == 0

    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/approve", headers=auth(w["approver"]))
    assert resp.status == 200 and resp.json["status"] == "approved" and resp.json["phase"] == "live"
    order = await _sell(client, w["author"])
    assert order["discount_fen"] == 3000 and order["total_fen"] == full["subtotal"] - 3000
    assert sum(i["discount_fen"] for i in order["items"]) == 3000
    _, resp = await client.get(f"/admin/api/v1/orders/{order['id']}", headers=auth(w["approver"]))
    assert resp.json["order"]["promotions"] == [
        {"promotion_code": p["code"], "name": "满300减30", "kind": "full_reduction", "amount_fen": 3000,
         "label": "满300减30 -¥30.00"}]

    # other store, other channel: not applied
    assert (await _sell(client, w["author"], location="SB"))["discount_fen"] == 0
    assert (await _sell(client, w["author"], channel="phone"))["discount_fen"] == 0

    # once ended: not applied
    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/end", headers=auth(w["author"]))
    assert resp.status == 200 and resp.json["status"] == "ended"
    assert (await _sell(client, w["author"]))["discount_fen"] == 0
    actions = [a.action for a in await AuditLog.filter(entity_type="promotion").order_by("id")]
    assert actions == ["promotion.create", "promotion.pending_approval", "promotion.approve_refused",
                       "promotion.approved", "promotion.ended"]  # the author's own attempt is audited


async def _approved(client: Any, w: dict[str, Any], **body: Any) -> dict[str, Any]:
    p = await _create(client, w["author"], **body)
    for step, who in (("submit", w["author"]), ("approve", w["approver"])):
        _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/{step}", headers=auth(who))
        assert resp.status == 200, resp.text
    return p


async def test_outside_window_rejected_and_edited_never_apply(db: None, client: Any) -> None:
    w = await _world()
    await _approved(client, w, name="明天八折", kind="percent_off", percent_off_bp=2000, **window(2, 48))
    await _approved(client, w, name="昨天八折", kind="percent_off", percent_off_bp=2000, **window(-48, -1))
    p = await _create(client, w["author"], name="驳回的", kind="percent_off", percent_off_bp=5000, **window())
    await client.post(f"/admin/api/v1/promotions/{p['id']}/submit", headers=auth(w["author"]))
    _, resp = await client.post(f"/admin/api/v1/promotions/{p['id']}/reject", headers=auth(w["approver"]),
                                json={"reason": "力度太大"})
    assert resp.status == 200 and resp.json["status"] == "rejected"
    assert (await _sell(client, w["author"]))["discount_fen"] == 0
    _, resp = await client.get("/admin/api/v1/promotions", headers=auth(w["author"]))
    assert {i["name"]: i["phase"] for i in resp.json["items"]} == {"明天八折": "scheduled", "昨天八折": "expired",
                                                                  "驳回的": "rejected"}
    # an approved promotion cannot be edited (no silent change after approval)
    live = resp.json["items"][1]
    _, resp = await client.put(f"/admin/api/v1/promotions/{live['id']}", headers=auth(w["author"]),
                               json={"name": "改", "kind": "percent_off", "percent_off_bp": 9000, **window()})
    assert resp.status == 409


async def test_line_promotions_best_one_then_full_reduction(db: None, client: Any) -> None:
    w = await _world()
    await Member.create(member_code="M1", nickname="会员")
    await _approved(client, w, name="湿巾买2赠1", kind="buy_n_get_m", buy_qty=2, free_qty=1,
                    items=[{"sku_code": "WIPE1"}], **window())
    await _approved(client, w, name="奶粉九折", kind="percent_off", percent_off_bp=1000,
                    items=[{"sku_code": "MILK1"}], **window())
    await _approved(client, w, name="奶粉会员价", kind="member_price",
                    items=[{"sku_code": "MILK1", "price_fen": 17000}], **window())
    await _approved(client, w, name="满300减20", kind="full_reduction", threshold_fen=30000, amount_fen=2000,
                    **window())
    # no member: milk 10% off (2 x 2000), wipes 1 free (1000), then 47000 - 5000 = 42000 >= 30000: -2000
    order = await _sell(client, w["author"])
    assert order["discount_fen"] == 4000 + 1000 + 2000
    # member: member price beats 10% off on milk (2 x 3000)
    order = await _sell(client, w["author"], member_code="M1")
    assert order["discount_fen"] == 6000 + 1000 + 2000
    names = {r.name: r.amount_fen for r in await PromotionApplication.filter(order_id=order["id"])}
    assert names == {"奶粉会员价": 6000, "湿巾买2赠1": 1000, "满300减20": 2000}


async def test_validation_and_store_manager_scope(db: None, client: Any) -> None:
    w = await _world()
    mgr = await make_user(Role.STORE_MANAGER, locations=[w["a"]])
    bad = [
        {"name": "x", "kind": "full_reduction", "threshold_fen": 100, "amount_fen": 100, **window()},
        {"name": "x", "kind": "percent_off", **window()},
        {"name": "x", "kind": "member_price", "items": [{"sku_code": "MILK1"}], **window()},
        {"name": "x", "kind": "percent_off", "percent_off_bp": 100, **window(2, 1)},
        {"name": "x", "kind": "percent_off", "percent_off_bp": 100, "items": [{"sku_code": "NOPE"}], **window()},
        {"name": "x", "kind": "percent_off", "percent_off_bp": 100, "starts_at": "0001-01-01T00:00:00+14:00",
         "ends_at": "2026-01-01T00:00:00Z"},  # found by the schemathesis fuzz: overflowed on read back
    ]
    for body in bad:
        _, resp = await client.post("/admin/api/v1/promotions", headers=auth(w["author"]), json=body)
        assert resp.status == 400, (body, resp.text)
        assert resp.json["error"]["code"] == "validation_error"
    ok_body = {"name": "本店九折", "kind": "percent_off", "percent_off_bp": 1000, **window()}
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(mgr), json=ok_body)
    assert resp.status == 403  # a manager must name their stores
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(mgr),
                                json={**ok_body, "location_codes": ["SB"]})
    assert resp.status == 403
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(mgr),
                                json={**ok_body, "location_codes": ["SA"]})
    assert resp.status == 201
    hq_only = await _create(client, w["author"], **ok_body)
    _, resp = await client.get(f"/admin/api/v1/promotions/{hq_only['id']}", headers=auth(mgr))
    assert resp.status == 403


async def test_pricing_context_carries_one_discount_line_per_promotion(db: None, client: Any) -> None:
    """What a checkout preview / receipt shows: each promotion's saving as its own line."""
    from backend.catalog.models import Sku
    from backend.orders.pricing import PricedLine, PricingContext, price_lines

    w = await _world()
    p1 = await _approved(client, w, name="湿巾买2赠1", kind="buy_n_get_m", buy_qty=2, free_qty=1,
                         items=[{"sku_code": "WIPE1"}], **window())
    p2 = await _approved(client, w, name="满300减20", kind="full_reduction", threshold_fen=30000, amount_fen=2000,
                         **window())
    milk, wipe = await Sku.get(code="MILK1"), await Sku.get(code="WIPE1")
    ctx = PricingContext(channel="pos", location_id=w["a"].id, lines=[PricedLine(milk, 2), PricedLine(wipe, 3)])
    await price_lines(ctx)
    assert ctx.discounts == [
        {"kind": "promotion", "code": p1["code"], "label": "湿巾买2赠1", "amount_fen": 1000},
        {"kind": "promotion", "code": p2["code"], "label": "满300减20", "amount_fen": 2000}]
    assert ctx.total_fen == 43000 - 3000
    await price_lines(ctx)  # priced again (e.g. another store took the order): no doubled lines
    assert len(ctx.discounts) == 2
