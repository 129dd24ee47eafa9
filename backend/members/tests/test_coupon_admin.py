"""Coupon templates in the back office: HQ creates, edits until the first coupon exists, disables, previews and
issues to named members or a segment; store managers read only; every change audited; bad input 400 in Chinese."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.catalog.models import Product
from backend.members.models import Child, Coupon, CouponTemplate, Member, MemberTag
from backend.orders.models import Order
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, member_token

URL = "/admin/api/v1/coupon-templates"
AMOUNT = {"name": "满200减30", "kind": "amount", "amount_fen": 3000, "threshold_fen": 20000, "valid_days": 15,
          "total_quota": 100, "per_member_limit": 1, "description": "全场通用"}


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


async def _members(n: int, prefix: str = "M") -> list[Member]:
    await Member.bulk_create([Member(member_code=f"{prefix}{i:04d}", nickname=f"会员{i}") for i in range(n)])
    return list(await Member.filter(member_code__startswith=prefix).order_by("id"))


async def test_hq_creates_lists_edits_until_issued_and_disables(db: None, client: Any) -> None:
    hq = auth(await make_user(Role.HQ_ADMIN, username="mkt"))
    _, resp = await client.post(URL, headers=hq, json=AMOUNT)
    assert resp.status == 201, resp.text
    t = resp.json
    assert (t["kind"], t["kind_name"], t["amount_fen"], t["threshold_fen"], t["total_quota"], t["remaining"],
            t["editable"], t["is_active"]) == ("amount", "满减券", 3000, 20000, 100, 100, True, True)
    assert t["label"] == "优惠券「满200减30」（满¥200.00减¥30.00）"

    category_id = (await Product.get(id=(await make_sku()).product_id)).category_id
    disc = {"name": "奶粉85折", "kind": "discount", "discount_bp": 8500, "max_discount_fen": 5000,
            "category_id": category_id, "valid_from": "2026-12-01T00:00:00+08:00",
            "valid_to": "2026-12-31T23:59:59+08:00", "total_quota": 0, "per_member_limit": 2}
    _, resp = await client.post(URL, headers=hq, json=disc)
    assert resp.status == 201, resp.text
    assert resp.json["discount_bp"] == 8500 and resp.json["remaining"] is None

    _, resp = await client.get(URL, headers=hq)
    assert resp.status == 200 and resp.json["total"] == 2
    assert [i["name"] for i in resp.json["items"]] == ["奶粉85折", "满200减30"]

    _, resp = await client.put(f"{URL}/{t['id']}", headers=hq, json={**AMOUNT, "amount_fen": 5000})
    assert resp.status == 200 and resp.json["amount_fen"] == 5000

    # the first coupon freezes the terms
    member = (await _members(1))[0]
    _, resp = await client.post(f"{URL}/{t['id']}/issue", headers=hq, json={"member_codes": [member.member_code]})
    assert resp.status == 200 and resp.json["issued"] == 1, resp.text
    _, resp = await client.put(f"{URL}/{t['id']}", headers=hq, json={**AMOUNT, "amount_fen": 9000})
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    assert "不能再修改" in resp.json["error"]["message"]
    assert (await CouponTemplate.get(id=t["id"])).amount_fen == 5000

    _, resp = await client.post(f"{URL}/{t['id']}/disable", headers=hq)
    assert resp.status == 200 and resp.json["is_active"] is False
    _, resp = await client.post(f"/api/v1/coupons/{t['id']}/claim", headers=_shopper(member))
    assert resp.status == 409 and resp.json["error"]["message"] == "该优惠券活动已结束"
    _, resp = await client.post(f"{URL}/{t['id']}/issue", headers=hq, json={"member_codes": [member.member_code]})
    assert resp.status == 409
    # the coupon the member already holds stays usable
    _, resp = await client.get("/api/v1/members/me/coupons?status=available", headers=_shopper(member))
    assert [c["template_id"] for c in resp.json["items"]] == [t["id"]]
    _, resp = await client.post(f"{URL}/{t['id']}/enable", headers=hq)
    assert resp.status == 200 and resp.json["is_active"] is True

    actions = [a for a, in [(r.action,) for r in await AuditLog.filter(entity_type="coupon_template").order_by("id")]]
    assert actions == ["coupon_template.create", "coupon_template.create", "coupon_template.update",
                       "coupon_template.issue", "coupon_template.disable", "coupon_template.enable"]
    upd = await AuditLog.get(action="coupon_template.update")
    assert upd.before["amount_fen"] == 3000 and upd.after["amount_fen"] == 5000


async def test_bad_templates_answer_400_in_chinese_and_write_nothing(db: None, client: Any) -> None:
    hq = auth(await make_user(Role.HQ_ADMIN))
    cases = [
        ({**AMOUNT, "kind": "percent"}, "kind"),
        ({**AMOUNT, "amount_fen": 0}, "amount_fen"),
        ({**AMOUNT, "amount_fen": 20000}, "amount_fen"),  # not less than the threshold
        ({**AMOUNT, "amount_fen": -1}, "amount_fen"),
        ({**AMOUNT, "kind": "discount", "discount_bp": 10000}, "discount_bp"),
        ({**AMOUNT, "kind": "discount", "discount_bp": 500}, "discount_bp"),
        ({**AMOUNT, "valid_days": None}, "valid_days"),
        ({**AMOUNT, "valid_days": 0}, "valid_days"),
        ({**AMOUNT, "valid_days": None, "valid_from": "2026-12-02T00:00:00+08:00",
          "valid_to": "2026-12-01T00:00:00+08:00"}, "valid_to"),
        ({**AMOUNT, "valid_days": None, "valid_to": "2026-12-01T00:00:00"}, "valid_to"),
        ({**AMOUNT, "valid_from": "9999-12-31T00:00:00+08:00"}, "valid_from"),
        ({**AMOUNT, "per_member_limit": 0}, "per_member_limit"),
        ({**AMOUNT, "total_quota": -5}, "total_quota"),
        ({**AMOUNT, "category_id": 999999}, "category_id"),
        ({**AMOUNT, "name": ""}, "name"),
        ({**AMOUNT, "bogus": 1}, "bogus"),
    ]
    for body, field in cases:
        _, resp = await client.post(URL, headers=hq, json=body)
        assert resp.status == 400, (body, resp.text)
        err = resp.json["error"]
        assert err["code"] == "validation_error"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in err["message"]), err
        assert field in str(err.get("details")), (field, err)
    assert await CouponTemplate.all().count() == 0
    _, resp = await client.get(f"{URL}/12345", headers=hq)
    assert resp.status == 404 and resp.json["error"]["message"] == "优惠券模板不存在"


async def test_store_manager_reads_but_cannot_write_or_issue(db: None, client: Any) -> None:
    store = await make_location("ST1")
    hq = auth(await make_user(Role.HQ_ADMIN))
    manager = auth(await make_user(Role.STORE_MANAGER, locations=[store]))
    clerk = auth(await make_user(Role.CLERK, locations=[store]))
    _, resp = await client.post(URL, headers=hq, json=AMOUNT)
    tid = resp.json["id"]
    _, resp = await client.get(URL, headers=manager)
    assert resp.status == 200 and resp.json["total"] == 1
    _, resp = await client.get(f"{URL}/{tid}", headers=manager)
    assert resp.status == 200
    member = (await _members(1))[0]
    for method, path, body in (("post", URL, AMOUNT), ("put", f"{URL}/{tid}", AMOUNT),
                               ("post", f"{URL}/{tid}/disable", None),
                               ("post", f"{URL}/{tid}/issue", {"member_codes": [member.member_code]})):
        _, resp = await getattr(client, method)(path, headers=manager, json=body)
        assert resp.status == 403, (path, resp.text)
    _, resp = await client.get(URL, headers=clerk)
    assert resp.status == 403
    _, resp = await client.get(URL, headers=_shopper(member))
    assert resp.status in (401, 403)
    assert await Coupon.all().count() == 0


async def test_issue_to_a_segment_with_preview_limit_and_quota(db: None, client: Any) -> None:
    hq = auth(await make_user(Role.HQ_ADMIN))
    store = await make_location("ST1")
    other = await make_location("ST2")
    ms = await _members(8)
    today = business_today()
    # gold members 0-5; 0..3 bought at ST1 (3 of them recently), 4 at ST2; 0,1 have a baby in stage 1, 2 expecting
    await Member.filter(id__in=[m.id for m in ms[:6]]).update(level="gold")
    now = dt.datetime.now(dt.UTC)
    for i, (m, loc, days) in enumerate([(ms[0], store, 3), (ms[1], store, 10), (ms[2], store, 20),
                                        (ms[3], store, 200), (ms[4], other, 1)]):
        await Order.create(order_no=f"SO{i}", channel="pos", status="completed", member_id=m.id, location_id=loc.id,
                           paid_at=now - dt.timedelta(days=days), total_fen=1000)
    await Child.create(member_id=ms[0].id, name="一号", birthday=today - dt.timedelta(days=40))
    await Child.create(member_id=ms[1].id, name="二号", birthday=today - dt.timedelta(days=100))
    await Child.create(member_id=ms[2].id, name="三号", birthday=today + dt.timedelta(days=60))
    await MemberTag.create(member_id=ms[5].id, tag="VIP")
    await MemberTag.create(member_id=ms[0].id, tag="VIP")

    _, resp = await client.post(URL, headers=hq, json={**AMOUNT, "total_quota": 2})
    tid = resp.json["id"]

    async def preview(segment: dict[str, Any]) -> dict[str, Any]:
        _, r = await client.post(f"{URL}/{tid}/issue/preview", headers=hq, json={"segment": segment})
        assert r.status == 200, r.text
        return r.json

    assert (await preview({"levels": ["gold"]}))["members"] == 6
    assert (await preview({"store_codes": ["ST1"]}))["members"] == 4
    assert (await preview({"store_codes": ["ST1"], "purchased_within_days": 30}))["members"] == 3
    assert (await preview({"lapsed_days": 90}))["members"] == 1
    assert (await preview({"child_stages": ["stage1"]}))["members"] == 2
    assert (await preview({"child_stages": ["pregnancy"]}))["members"] == 1
    assert (await preview({"tags": ["VIP"], "levels": ["gold"]}))["members"] == 2
    p = await preview({"store_codes": ["ST1"], "child_stages": ["stage1", "pregnancy"]})
    assert (p["members"], p["already_at_limit"], p["would_issue"], p["remaining"]) == (3, 0, 2, 2)
    assert await Coupon.all().count() == 0  # a preview writes nothing

    for bad, word in (({}, "筛选条件"), ({"levels": ["diamond"]}, "diamond"), ({"child_stages": ["teen"]}, "teen"),
                      ({"store_codes": ["NOPE"]}, "NOPE")):
        _, r = await client.post(f"{URL}/{tid}/issue/preview", headers=hq, json={"segment": bad})
        assert r.status == 400 and word in r.json["error"]["message"], r.text
    _, r = await client.post(f"{URL}/{tid}/issue", headers=hq, json={"member_codes": ["NOBODY"]})
    assert r.status == 400 and "NOBODY" in r.json["error"]["message"]
    _, r = await client.post(f"{URL}/{tid}/issue", headers=hq, json={})
    assert r.status == 400 and "二选一" in r.json["error"]["message"]

    # named issue to member 0 first; then the segment: 0 is at the limit, one more fits the quota of 2
    _, r = await client.post(f"{URL}/{tid}/issue", headers=hq, json={"member_codes": [ms[0].member_code]})
    assert r.json["issued"] == 1
    _, r = await client.post(f"{URL}/{tid}/issue", headers=hq,
                             json={"segment": {"store_codes": ["ST1"], "child_stages": ["stage1", "pregnancy"]}})
    assert r.status == 200, r.text
    assert (r.json["members"], r.json["issued"], r.json["already_at_limit"], r.json["not_issued"]) == (3, 1, 1, 1)
    assert r.json["stopped_reason"] == "优惠券已被领完"
    assert r.json["template"]["issued_count"] == 2 and r.json["template"]["remaining"] == 0
    holders = sorted(await Coupon.filter(template_id=tid).values_list("member_id", flat=True))
    assert holders == sorted([ms[0].id, ms[1].id])
    assert set(await Coupon.filter(template_id=tid).values_list("source", flat=True)) == {"issue"}
    audit = await AuditLog.filter(action="coupon_template.issue").order_by("-id").first()
    assert audit is not None and audit.after["issued"] == 1 and audit.after["segment"]["store_codes"] == ["ST1"]
