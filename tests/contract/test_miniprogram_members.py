"""Contract scenarios of the coupon centre, my coupons and the baby profiles pages (see test_miniprogram.py for
how recordings work): each plays the page's calls against the real app over the demo and checks them against
miniprogram/tests/contract/<scenario>.json, which the pages' jest tests answer from."""

from __future__ import annotations

import dataclasses
import datetime as dt

from backend.members.models import Child, Coupon
from backend.settings import get_settings, use_settings
from backend.timestamps import business_today
from fakes.wechat import DEMO_CARE_TEMPLATE_ID
from tests.contract.recorder import query_string
from tests.contract.test_miniprogram import member_tokens


async def test_coupon_centre(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("coupon_centre", "pages/coupons (领券中心): the claimable templates, claim one, claim it again "
                                    "(limit), then pages/my-coupons: the three tabs")
    member = await member_tokens(rec, "coupons")
    listed = await rec.get("/api/v1/coupons/available", auth="member", expect=200)
    assert listed["items"] and all(i["can_claim"] for i in listed["items"])
    first = listed["items"][0]
    claimed = await rec.post(f"/api/v1/coupons/{first['id']}/claim", auth="member", expect=201)
    assert claimed["template_id"] == first["id"] and claimed["status"] == "available"
    again = await rec.post(f"/api/v1/coupons/{first['id']}/claim", auth="member", expect=409)
    assert again["error"]["code"] == "coupon_limit"
    after = await rec.get("/api/v1/coupons/available", auth="member", expect=200)
    assert next(i for i in after["items"] if i["id"] == first["id"])["can_claim"] is False
    for status in ("available", "used", "expired"):
        await rec.get(f"/api/v1/members/me/coupons{query_string({'status': status})}", auth="member", expect=200)
    assert await Coupon.filter(member_id=member["id"]).count() == 1
    rec.check()


async def test_children(recorder) -> None:  # type: ignore[no-untyped-def]
    use_settings(dataclasses.replace(get_settings(), wechat_care_template_id=DEMO_CARE_TEMPLATE_ID))
    rec = recorder("children", "pages/children (宝宝档案): list, add a born baby (and subscribe to the care "
                               "reminder in the same tap), add an expected one, a refused date, edit, remove")
    await member_tokens(rec, "children")
    on = business_today()
    await rec.get("/api/v1/members/me/children", auth="member", expect=200)
    subs = await rec.get("/api/v1/members/me/subscriptions", auth="member", expect=200)
    tid = subs["items"][0]["template_id"]
    born = await rec.post("/api/v1/members/me/children",
                          {"name": "小豆", "gender": "boy", "birth_date": (on - dt.timedelta(days=75)).isoformat()},
                          auth="member", expect=201)
    await rec.post("/api/v1/members/me/subscriptions",
                   {"results": {tid: "accept", "errMsg": "requestSubscribeMessage:ok"}}, auth="member", expect=200)
    await rec.get("/api/v1/members/me/children", auth="member", expect=200)
    expected = await rec.post("/api/v1/members/me/children",
                              {"name": "二宝", "gender": "", "due_date": (on + dt.timedelta(days=90)).isoformat()},
                              auth="member", expect=201)
    assert expected["expecting"] is True and expected["stage"] == "pregnancy"
    await rec.get("/api/v1/members/me/children", auth="member", expect=200)
    refused = await rec.post("/api/v1/members/me/children",
                             {"name": "三宝", "gender": "girl", "birth_date": (on + dt.timedelta(days=3)).isoformat()},
                             auth="member", expect=400)
    assert "出生日期不能晚于今天" in refused["error"]["message"]
    edited = await rec.call("PUT", f"/api/v1/members/me/children/{born['id']}",
                            {"name": "豆豆", "gender": "boy", "birth_date": (on - dt.timedelta(days=75)).isoformat()},
                            auth="member", expect=200)
    assert edited["name"] == "豆豆"
    await rec.get("/api/v1/members/me/children", auth="member", expect=200)
    await rec.call("DELETE", f"/api/v1/members/me/children/{expected['id']}", {}, auth="member", expect=200)
    final = await rec.get("/api/v1/members/me/children", auth="member", expect=200)
    assert [c["name"] for c in final["items"]] == ["豆豆"]
    assert await Child.filter(name="豆豆").count() == 1
    rec.check()
