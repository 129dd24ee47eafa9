"""The WeChat fake's subscribe messages through wechatpy's own wxa.send_subscribe_message over real HTTP:
one message per accept, 43101 without one, unknown template 40037, data not fitting the template 47003, a stale
access token 40001 (wechatpy fetches a new one and retries)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from wechatpy.exceptions import WeChatClientException

from fakes.server import FakeServer, run_fake
from fakes.tests.test_wechat_fake import LocalWeChatClient
from fakes.wechat import DEMO_APPID, DEMO_CARE_TEMPLATE_ID, DEMO_SECRET, create_wechat_fake

TID = DEMO_CARE_TEMPLATE_ID
DATA = {"thing1": {"value": "安安"}, "thing2": {"value": "满6个月：可添加辅食"}, "date3": {"value": "2026年11月23日"}}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeServer]:
    with run_fake(create_wechat_fake) as server:
        yield server


def _client(fake: FakeServer) -> LocalWeChatClient:
    return LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET)


def _errcode(fn, *args, **kwargs) -> int:  # type: ignore[no-untyped-def]
    with pytest.raises(WeChatClientException) as exc:
        fn(*args, **kwargs)
    return exc.value.errcode


def test_one_message_per_accept_else_43101(fake: FakeServer) -> None:
    c = _client(fake)
    assert _errcode(c.wxa.send_subscribe_message, "o-sub-1", TID, DATA) == 43101
    r = requests.post(fake.base_url + "/fake/subscribe/accept", json={"openid": "o-sub-1", "template_id": TID},
                      timeout=5)
    assert r.json()["accepts"] == 1
    res = c.wxa.send_subscribe_message("o-sub-1", TID, DATA, page="pages/member/member")
    assert res["errcode"] == 0 and res["msgid"]
    sent = fake.app.ctx.state.subscribe_sent[-1]
    assert sent["touser"] == "o-sub-1" and sent["data"] == DATA and sent["page"] == "pages/member/member"
    assert _errcode(c.wxa.send_subscribe_message, "o-sub-1", TID, DATA) == 43101  # the accept is used up
    assert requests.post(fake.base_url + "/fake/subscribe/accept", json={"openid": "o", "template_id": "nope"},
                         timeout=5).status_code == 400


def test_template_and_data_checked_and_stale_token_refetched(fake: FakeServer) -> None:
    c = _client(fake)
    requests.post(fake.base_url + "/fake/subscribe/accept", json={"openid": "o-sub-2", "template_id": TID,
                                                                   "times": 3}, timeout=5)
    assert _errcode(c.wxa.send_subscribe_message, "o-sub-2", "no-such-template", DATA) == 40037
    assert _errcode(c.wxa.send_subscribe_message, "o-sub-2", TID, {"thing1": {"value": "x"}}) == 47003
    too_long = dict(DATA, thing2={"value": "一二三四五六七八九十一二三四五六七八九十一"})  # 21 > 20
    assert _errcode(c.wxa.send_subscribe_message, "o-sub-2", TID, too_long) == 47003
    # the fake forgets its tokens (as WeChat expires them): 40001, wechatpy fetches a new token and retries
    fake.app.ctx.state.access_tokens.clear()
    assert c.wxa.send_subscribe_message("o-sub-2", TID, DATA)["errcode"] == 0
