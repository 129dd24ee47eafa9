"""Baby profiles (宝宝档案) over the mini-program routes: add / list / edit / remove one's own children with a birth
date or a due date, validation in Chinese, another member's child is 404; and the whole loop: a child added
through the route gets its care reminder through the WeChat fake (subscribe message) when the job runs on the
milestone day (the day is passed to the job)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from backend.members import reminders
from backend.members.children import MAX_CHILDREN, add_months
from backend.members.models import CareReminderDelivery, Child, DeliveryStatus, Member
from backend.members.reminders import care_reminders_job
from backend.settings import Settings
from backend.timestamps import business_today
from fakes.server import FakeServer
from fakes.wechat import DEMO_CARE_TEMPLATE_ID
from integrations.wechat import miniprogram as wechat
from tests.factories import member_token
from tests.fixtures import use_settings

URL = "/api/v1/members/me/children"


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


@pytest.fixture
def care_settings(wechat_settings: Settings) -> Iterator[Settings]:
    s = use_settings(dataclasses.replace(wechat_settings, wechat_care_template_id=DEMO_CARE_TEMPLATE_ID))
    wechat._client.cache_clear()
    yield s
    use_settings(wechat_settings)


async def test_add_list_edit_remove_own_children(db: None, client: Any) -> None:
    ann = await Member.create(member_code="C1", nickname="安妈")
    bob = await Member.create(member_code="C2", nickname="博爸")
    on = business_today()
    born = on - dt.timedelta(days=100)
    due = on + dt.timedelta(days=60)
    _, resp = await client.post(URL, headers=_shopper(ann), json={"name": "小安", "gender": "girl",
                                                                  "birth_date": born.isoformat()})
    assert resp.status == 201, resp.text
    first = resp.json
    assert (first["name"], first["gender"], first["birthday"], first["expecting"], first["stage"],
            first["stage_name"], first["formula_stage"]) == ("小安", "girl", born.isoformat(), False, "stage1",
                                                             "0-6个月（1段）", 1)
    assert first["age_months"] == 3
    _, resp = await client.post(URL, headers=_shopper(ann), json={"name": "二宝", "due_date": due.isoformat()})
    assert resp.status == 201
    second = resp.json
    assert (second["expecting"], second["stage"], second["stage_name"], second["gender"]) == (
        True, "pregnancy", "孕期", "")

    _, resp = await client.get(URL, headers=_shopper(ann))
    assert [c["name"] for c in resp.json["items"]] == ["小安", "二宝"]
    _, resp = await client.get("/api/v1/members/me", headers=_shopper(ann))
    assert [c["name"] for c in resp.json["children"]] == ["小安", "二宝"]

    # the baby arrived: the due date becomes the birth date
    _, resp = await client.put(f"{URL}/{second['id']}", headers=_shopper(ann),
                               json={"name": "乐乐", "gender": "boy", "birth_date": on.isoformat()})
    assert resp.status == 200, resp.text
    assert (resp.json["name"], resp.json["expecting"], resp.json["stage"]) == ("乐乐", False, "stage1")

    # bob cannot see, edit or remove ann's children: 404 as if they did not exist
    _, resp = await client.get(URL, headers=_shopper(bob))
    assert resp.json["items"] == []
    _, resp = await client.put(f"{URL}/{first['id']}", headers=_shopper(bob),
                               json={"name": "改名", "birth_date": born.isoformat()})
    assert resp.status == 404 and resp.json["error"]["message"] == "宝宝信息不存在"
    _, resp = await client.delete(f"{URL}/{first['id']}", headers=_shopper(bob))
    assert resp.status == 404
    assert (await Child.get(id=first["id"])).name == "小安"

    _, resp = await client.delete(f"{URL}/{first['id']}", headers=_shopper(ann))
    assert resp.status == 200 and resp.json == {"deleted": True}
    _, resp = await client.delete(f"{URL}/{first['id']}", headers=_shopper(ann))
    assert resp.status == 404
    _, resp = await client.get(URL, headers=_shopper(ann))
    assert [c["name"] for c in resp.json["items"]] == ["乐乐"]
    _, resp = await client.get(URL)
    assert resp.status == 401


async def test_bad_children_answer_400_in_chinese_and_write_nothing(db: None, client: Any) -> None:
    m = await Member.create(member_code="C3", nickname="x")
    on = business_today()
    cases = [
        ({"name": "宝", "birth_date": (on + dt.timedelta(days=1)).isoformat()}, "出生日期不能晚于今天"),
        ({"name": "宝", "birth_date": add_months(on, -12 * 20).isoformat()}, "18 岁以下"),
        ({"name": "宝", "due_date": (on - dt.timedelta(days=1)).isoformat()}, "预产期不能早于今天"),
        ({"name": "宝", "due_date": (on + dt.timedelta(days=400)).isoformat()}, "10 个月"),
        ({"name": "宝"}, "二选一"),
        ({"name": "宝", "birth_date": on.isoformat(), "due_date": on.isoformat()}, "二选一"),
        ({"name": "", "birth_date": on.isoformat()}, "name"),
        ({"name": "宝", "gender": "x", "birth_date": on.isoformat()}, "gender"),
        ({"name": "宝", "birth_date": "2024-02-30"}, "birth_date"),
        ({"name": "宝", "birth_date": on.isoformat(), "extra": 1}, "extra"),
    ]
    for body, word in cases:
        _, resp = await client.post(URL, headers=_shopper(m), json=body)
        assert resp.status == 400, (body, resp.text)
        assert word in resp.text, (word, resp.text)
    assert await Child.all().count() == 0
    for i in range(MAX_CHILDREN):
        _, resp = await client.post(URL, headers=_shopper(m), json={"name": f"宝{i}", "birth_date": on.isoformat()})
        assert resp.status == 201
    _, resp = await client.post(URL, headers=_shopper(m), json={"name": "多一个", "birth_date": on.isoformat()})
    assert resp.status == 400 and resp.json["error"]["message"] == f"最多添加 {MAX_CHILDREN} 个宝宝"


async def test_child_added_in_the_miniprogram_gets_its_care_reminder_on_the_day(
        client: Any, care_settings: Settings, wechat_fake: FakeServer) -> None:
    # the shopper logs in the WeChat way (code -> openid on the fake), as the mini-program does
    _, resp = await client.post("/api/v1/auth/wechat", json={"code": "openid:o-baby-loop,nonce:1"})
    assert resp.status == 200, resp.text
    h = {"Authorization": f"Bearer {resp.json['access_token']}"}
    born = business_today() - dt.timedelta(days=20)
    _, resp = await client.post(URL, headers=h, json={"name": "豆豆", "gender": "boy", "birth_date": born.isoformat()})
    assert resp.status == 201
    child_id = resp.json["id"]

    # the member page asks for the care template and records what wx.requestSubscribeMessage answered
    _, resp = await client.get("/api/v1/members/me/subscriptions", headers=h)
    tid = resp.json["items"][0]["template_id"]
    async with httpx.AsyncClient() as http:  # the user taps 允许: WeChat's side
        r = await http.post(wechat_fake.base_url + "/fake/subscribe/accept",
                            json={"openid": "o-baby-loop", "template_id": tid})
    assert r.status_code == 200
    _, resp = await client.post("/api/v1/members/me/subscriptions", headers=h,
                                json={"results": {tid: "accept", "errMsg": "requestSubscribeMessage:ok"}})
    assert resp.json["items"][0]["credits"] == 1

    sent = wechat_fake.app.ctx.state.subscribe_sent
    due = add_months(born, 6)
    assert await care_reminders_job(due - dt.timedelta(days=1)) == 0  # the day before: nothing
    assert [x for x in sent if x["touser"] == "o-baby-loop"] == []
    assert await care_reminders_job(due) == 1  # the milestone day
    msgs = [x for x in sent if x["touser"] == "o-baby-loop"]
    assert len(msgs) == 1
    assert msgs[0]["template_id"] == tid
    assert msgs[0]["data"]["thing1"]["value"] == "豆豆"
    assert msgs[0]["data"]["thing2"]["value"] == reminders.TEMPLATE_TEXT[6]
    assert msgs[0]["data"]["date3"]["value"] == f"{due.year}年{due.month}月{due.day}日"
    row = await CareReminderDelivery.get(child_id=child_id)
    assert (row.kind, row.due_on, row.status) == ("m6", due, DeliveryStatus.SENT)
    assert await care_reminders_job(due) == 0  # once
    assert len([x for x in sent if x["touser"] == "o-baby-loop"]) == 1
