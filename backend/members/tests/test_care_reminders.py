"""Care reminders as WeChat subscribe messages, through the real wechatpy client over HTTP to the WeChat fake:
one message per due reminder to members who accepted the template, none to others, nothing new on a second run,
43101 marks the row skipped, a failure is retried by the next run, the access token is fetched once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from backend.members import reminders
from backend.members.children import add_months
from backend.members.models import CareReminderDelivery, Child, DeliveryStatus, Member, SubscribeConsent
from backend.members.reminders import care_reminders_job
from backend.settings import Settings
from fakes.server import FakeServer
from fakes.wechat import DEMO_CARE_TEMPLATE_ID, WeChatFakeState
from integrations.wechat import miniprogram as wechat
from tests.factories import member_token
from tests.fixtures import use_settings

TODAY = dt.date(2026, 11, 23)
TID = DEMO_CARE_TEMPLATE_ID


@pytest.fixture
def care_settings(wechat_settings: Settings) -> Iterator[Settings]:
    s = use_settings(dataclasses.replace(wechat_settings, wechat_care_template_id=TID))
    wechat._client.cache_clear()  # a fresh wechatpy client: no access token cached yet
    yield s
    use_settings(wechat_settings)


def _fake(server: FakeServer) -> WeChatFakeState:
    return server.app.ctx.state


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


def _accept_in_wechat(server: FakeServer, openid: str, times: int = 1) -> None:
    """The user taps 允许 in wx.requestSubscribeMessage: WeChat's side."""
    r = httpx.post(server.base_url + "/fake/subscribe/accept", json={"openid": openid, "template_id": TID,
                                                                      "times": times})
    assert r.status_code == 200, r.text


async def _member_with_child(code: str, openid: str | None, months: int, name: str = "小宝") -> tuple[Member, Child]:
    m = await Member.create(member_code=code, nickname=code, openid=openid)
    c = await Child.create(member_id=m.id, name=name, birthday=add_months(TODAY, -months))
    return m, c


def _sent_to(server: FakeServer, openid: str) -> list[dict[str, Any]]:
    return [x for x in _fake(server).subscribe_sent if x["touser"] == openid]


async def test_job_sends_once_per_due_reminder_to_consenting_members_only(
        client: Any, care_settings: Settings, wechat_fake: FakeServer) -> None:
    ada, ada_child = await _member_with_child("CR1", "o-care-ada", 6, name="安安")
    bob, _ = await _member_with_child("CR2", "o-care-bob", 12)  # never subscribes
    cat, _ = await _member_with_child("CR3", "o-care-cat", 36)
    await Child.create(member_id=ada.id, name="乐乐", birthday=add_months(TODAY, -12))  # ada's second child
    await Child.create(member_id=cat.id, name="不到日子", birthday=add_months(TODAY, -7))  # no milestone today

    # the page asks, the user accepts, the page tells the backend (the answer exactly as wx returns it)
    _, items = await client.get("/api/v1/members/me/subscriptions", headers=_shopper(ada))
    assert items.json["items"] == [{"scene": "care_reminder", "name": "宝宝成长提醒", "template_id": TID,
                                    "status": None, "credits": 0}]
    for m, times in ((ada, 2), (cat, 1)):
        _accept_in_wechat(wechat_fake, m.openid, times)
        for _ in range(times):
            _, resp = await client.post("/api/v1/members/me/subscriptions", headers=_shopper(m),
                                        json={"results": {TID: "accept", "errMsg": "requestSubscribeMessage:ok"}})
            assert resp.status == 200, resp.text
    assert resp.json["items"][0]["status"] == "accept" and resp.json["items"][0]["credits"] == 1
    _, resp = await client.post("/api/v1/members/me/subscriptions", headers=_shopper(bob),
                                json={"results": {TID: "reject"}})
    assert resp.status == 200 and resp.json["items"][0]["credits"] == 0
    before_calls = list(_fake(wechat_fake).calls)

    assert await care_reminders_job(TODAY) == 3  # ada's two children, cat's one; bob none
    ada_msgs = _sent_to(wechat_fake, "o-care-ada")
    assert len(ada_msgs) == 2 and len(_sent_to(wechat_fake, "o-care-cat")) == 1
    assert _sent_to(wechat_fake, "o-care-bob") == []
    first = next(x for x in ada_msgs if x["data"]["thing1"]["value"] == "安安")
    assert first["template_id"] == TID and first["page"] == "pages/member/member"
    assert first["data"]["thing2"]["value"] == reminders.TEMPLATE_TEXT[6]
    assert first["data"]["date3"]["value"] == "2026年11月23日"
    rows = await CareReminderDelivery.filter(member_id=ada.id).order_by("id")
    assert {(r.child_id, r.kind, r.status, r.attempts) for r in rows} >= {(ada_child.id, "m6", "sent", 1)}
    assert all(r.msgid for r in rows)

    # the token was fetched once for three sends
    new_calls = _fake(wechat_fake).calls[len(before_calls):]
    assert [p for _, p in new_calls].count("/cgi-bin/token") == 1
    assert [p for _, p in new_calls].count("/cgi-bin/message/subscribe/send") == 3

    # a second run the same day sends nothing new
    sent_before = len(_fake(wechat_fake).subscribe_sent)
    assert await care_reminders_job(TODAY) == 0
    assert len(_fake(wechat_fake).subscribe_sent) == sent_before
    assert await CareReminderDelivery.all().count() == 3
    assert (await SubscribeConsent.get(member_id=ada.id)).credits == 0


async def test_refused_by_wechat_is_skipped_and_a_failure_is_retried(
        client: Any, care_settings: Settings, wechat_fake: FakeServer) -> None:
    # dan told the mini-program "accept", but WeChat holds no subscription for him (e.g. used elsewhere): 43101
    dan, _ = await _member_with_child("CR4", "o-care-dan", 6)
    _, resp = await client.post("/api/v1/members/me/subscriptions", headers=_shopper(dan),
                                json={"results": {TID: "accept"}})
    assert resp.status == 200
    assert await care_reminders_job(TODAY) == 0
    row = await CareReminderDelivery.get(member_id=dan.id)
    assert row.status == DeliveryStatus.SKIPPED and "43101" in row.last_error
    assert (await SubscribeConsent.get(member_id=dan.id)).credits == 0
    assert await care_reminders_job(TODAY) == 0  # skipped stays skipped
    assert _sent_to(wechat_fake, "o-care-dan") == []

    # eve's first attempt meets a WeChat outage (the API unreachable); the next run sends it, once
    eve, _ = await _member_with_child("CR5", "o-care-eve", 12)
    _accept_in_wechat(wechat_fake, "o-care-eve")
    await client.post("/api/v1/members/me/subscriptions", headers=_shopper(eve), json={"results": {TID: "accept"}})
    use_settings(dataclasses.replace(care_settings, wechat_api_base="http://127.0.0.1:9/"))
    assert await care_reminders_job(TODAY) == 0
    row = await CareReminderDelivery.get(member_id=eve.id)
    assert row.status == DeliveryStatus.FAILED and row.attempts == 1 and row.last_error
    assert (await SubscribeConsent.get(member_id=eve.id)).credits == 1  # the accept was not used up
    use_settings(care_settings)
    assert await care_reminders_job(TODAY + dt.timedelta(days=1)) == 1  # next day's run retries it
    row = await CareReminderDelivery.get(member_id=eve.id)
    assert row.status == DeliveryStatus.SENT and row.attempts == 2
    assert len(_sent_to(wechat_fake, "o-care-eve")) == 1
    assert await care_reminders_job(TODAY + dt.timedelta(days=1)) == 0


async def test_consent_route_validation_and_no_template_configured(client: Any, db: None, settings: Settings) -> None:
    m, _ = await _member_with_child("CR6", "o-care-fay", 6)
    _, resp = await client.get("/api/v1/members/me/subscriptions", headers=_shopper(m))
    assert resp.status == 200 and resp.json == {"items": []}  # not configured: nothing to ask for
    assert await care_reminders_job(TODAY) == 0 and await CareReminderDelivery.all().count() == 0
    use_settings(dataclasses.replace(settings, wechat_care_template_id=TID))
    try:
        _, resp = await client.post("/api/v1/members/me/subscriptions", headers=_shopper(m),
                                    json={"results": {"other-template": "accept"}})
        assert resp.status == 400 and resp.json["error"]["message"] == "没有可订阅的消息模板"
        _, resp = await client.post("/api/v1/members/me/subscriptions", headers=_shopper(m),
                                    json={"results": {TID: "maybe"}})
        assert resp.status == 400 and "accept" in resp.json["error"]["message"]
        assert await SubscribeConsent.all().count() == 0
        # no accepted consent: nothing is planned or sent
        assert await care_reminders_job(TODAY) == 0 and await CareReminderDelivery.all().count() == 0
    finally:
        use_settings(settings)
