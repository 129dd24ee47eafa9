"""The coupon centre: listing, claiming over HTTP, and the races that count (run on PostgreSQL to mean it):
300 members claiming a 100-coupon template at once get exactly 100; one member claiming many times at once gets
exactly their limit; an edit racing the first claim either lands first or is refused."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from backend.members import coupons
from backend.members.models import Coupon, CouponKind, CouponTemplate, Member
from tests.factories import member_token


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


async def _template(**kw: Any) -> CouponTemplate:
    data = {"name": "新人券", "kind": CouponKind.AMOUNT, "amount_fen": 1000, "valid_days": 7, **kw}
    return await coupons.create_template(coupons.TemplateIn(**data))


async def _members(n: int) -> list[Member]:
    await Member.bulk_create([Member(member_code=f"R{i:05d}", nickname=f"会员{i}") for i in range(n)])
    return list(await Member.filter(member_code__startswith="R").order_by("id"))


async def test_coupon_centre_lists_and_claims(db: None, client: Any) -> None:
    t = await _template(total_quota=2, per_member_limit=1, threshold_fen=5000, amount_fen=500)
    await _template(name="内部券", claimable=False)
    gone = await _template(name="过期活动", valid_days=None, valid_to=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    ann, bob, cat = await _members(3)
    _, resp = await client.get("/api/v1/coupons/available", headers=_shopper(ann))
    assert resp.status == 200
    assert [(i["name"], i["remaining"], i["claimed"], i["can_claim"]) for i in resp.json["items"]] == [
        ("新人券", 2, 0, True)]

    _, resp = await client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(ann))
    assert resp.status == 201, resp.text
    c = resp.json
    assert (c["template_id"], c["name"], c["amount_fen"], c["threshold_fen"], c["status"]) == (
        t.id, "新人券", 500, 5000, "available")
    assert dt.datetime.fromisoformat(c["expires_at"]) - dt.datetime.fromisoformat(c["valid_from"]) == dt.timedelta(days=7)

    _, resp = await client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(ann))
    assert resp.status == 409 and resp.json["error"]["code"] == "coupon_limit"
    assert resp.json["error"]["message"] == "每人限领 1 张，您已领取过"
    _, resp = await client.get("/api/v1/coupons/available", headers=_shopper(ann))
    assert [(i["claimed"], i["can_claim"], i["remaining"]) for i in resp.json["items"]] == [(1, False, 1)]
    _, resp = await client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(bob))
    assert resp.status == 201
    _, resp = await client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(cat))
    assert resp.status == 409 and resp.json["error"]["code"] == "coupon_sold_out"
    assert resp.json["error"]["message"] == "优惠券已被领完"
    _, resp = await client.get("/api/v1/coupons/available", headers=_shopper(cat))
    assert [(i["remaining"], i["can_claim"]) for i in resp.json["items"]] == [(0, False)]

    for tid in (gone.id,):
        _, resp = await client.post(f"/api/v1/coupons/{tid}/claim", headers=_shopper(cat))
        assert resp.status == 409 and resp.json["error"]["message"] == "该优惠券已过期"
    hidden = await CouponTemplate.get(name="内部券")
    _, resp = await client.post(f"/api/v1/coupons/{hidden.id}/claim", headers=_shopper(cat))
    assert resp.status == 404
    _, resp = await client.post("/api/v1/coupons/99999/claim", headers=_shopper(cat))
    assert resp.status == 404 and resp.json["error"]["message"] == "优惠券不存在"

    _, resp = await client.get("/api/v1/members/me/coupons", headers=_shopper(ann))
    assert [x["code"] for x in resp.json["items"]] == [c["code"]]
    _, resp = await client.get("/api/v1/coupons/available")
    assert resp.status == 401


async def test_300_members_racing_for_100_coupons_get_exactly_100(db: None, client: Any) -> None:
    t = await _template(total_quota=100, per_member_limit=1)
    members = await _members(300)
    await client.get("/api/v1/health")  # start the app once before the race

    async def claim(m: Member) -> int:
        _, resp = await client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(m))
        assert resp.status in (201, 409), resp.text
        if resp.status == 409:
            assert resp.json["error"]["code"] == "coupon_sold_out", resp.text
        return resp.status

    statuses = await asyncio.gather(*(claim(m) for m in members))
    assert statuses.count(201) == 100 and statuses.count(409) == 200
    assert await Coupon.filter(template_id=t.id).count() == 100
    assert len(set(await Coupon.filter(template_id=t.id).values_list("member_id", flat=True))) == 100
    assert (await CouponTemplate.get(id=t.id)).issued_count == 100


async def test_one_member_claiming_concurrently_gets_exactly_the_limit(db: None, client: Any) -> None:
    t = await _template(total_quota=50, per_member_limit=3)
    (m,) = await _members(1)
    await client.get("/api/v1/health")
    results = await asyncio.gather(*(client.post(f"/api/v1/coupons/{t.id}/claim", headers=_shopper(m))
                                     for _ in range(12)))
    statuses = [r.status for _, r in results]
    assert statuses.count(201) == 3 and statuses.count(409) == 9, statuses
    assert {r.json["error"]["code"] for _, r in results if r.status == 409} == {"coupon_limit"}
    assert sorted(await Coupon.filter(template_id=t.id, member_id=m.id).values_list("seq", flat=True)) == [1, 2, 3]
    assert (await CouponTemplate.get(id=t.id)).issued_count == 3  # the refused claims took nothing from the quota


async def test_edit_racing_the_first_claim_never_changes_an_issued_coupon(db: None, client: Any) -> None:
    from backend.members import coupon_admin
    from backend.org.models import Role
    from backend.security.actor import Actor
    from tests.factories import make_user

    hq = await make_user(Role.HQ_ADMIN)
    actor = Actor(user=hq, role=Role.HQ_ADMIN, location_ids=None)
    for round_ in range(5):
        t = await _template(name=f"券{round_}", amount_fen=1000, total_quota=10)
        (m,) = [await Member.create(member_code=f"E{round_}", nickname="e")]
        body = coupons.TemplateIn(name=f"券{round_}", kind=CouponKind.AMOUNT, amount_fen=3000, valid_days=7,
                                         total_quota=10)
        claim, edit = await asyncio.gather(coupons.claim(t.id, m), coupon_admin.update_template(actor, t.id, body),
                                           return_exceptions=True)
        assert isinstance(claim, Coupon), claim
        final = await CouponTemplate.get(id=t.id)
        if isinstance(edit, BaseException):  # the claim came first: the terms it was issued under stay
            assert final.amount_fen == 1000
        else:  # the edit came first: the coupon carries the new terms
            assert final.amount_fen == 3000
        assert final.issued_count == 1
