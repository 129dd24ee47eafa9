"""The WeCom API client (wechatpy underneath) against the WeCom fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backend.messaging.messenger import ApprovalCardInfo
from fakes.server import FakeServer, run_fake
from fakes.wecom import DEMO_AGENT_ID, DEMO_CORP_ID, DEMO_SECRET, WeComFakeConfig, create_wecom_fake
from integrations.wecom.cards import approval_card
from integrations.wecom.client import WeComClient, WeComError


@pytest.fixture()
def fake() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"manager1", "clerk1", "admin"})) as s:
        yield s


def _client(fake: FakeServer, secret: str = DEMO_SECRET) -> WeComClient:
    return WeComClient(DEMO_CORP_ID, secret, DEMO_AGENT_ID, api_base=fake.base_url + "/cgi-bin/", timeout=5)


def _card(po_no: str = "PO20261123001") -> dict:
    return approval_card(ApprovalCardInfo(po_no=po_no, supplier="贝因美", location="旗舰店", total_fen=880000))


def test_sends_a_card_to_the_fake(fake: FakeServer) -> None:
    state = fake.app.ctx.state
    client = _client(fake)
    card = _card()
    result = client.send_template_card("manager1", card)
    assert result.msgid and result.response_code and result.invalid_users == ()
    sent = state.messages[-1]
    assert sent.msgtype == "template_card" and sent.users == ["manager1"]
    assert sent.body["agentid"] == DEMO_AGENT_ID
    assert sent.body["template_card"] == card
    assert state.cards[card["task_id"]].button_keys == ["approve:PO20261123001", "reject:PO20261123001"]


def test_token_is_fetched_once_and_cached(fake: FakeServer) -> None:
    state = fake.app.ctx.state
    client = _client(fake)
    client.send_text("clerk1", "第一条")
    client.send_text(["clerk1", "manager1"], "第二条")
    assert [p for _, p in state.calls].count("/cgi-bin/gettoken") == 1
    assert state.texts_to("clerk1") == ["第一条", "第二条"]
    assert state.texts_to("manager1") == ["第二条"]


def test_expired_token_is_refreshed_and_the_call_retried_once(fake: FakeServer) -> None:
    state = fake.app.ctx.state
    client = _client(fake)
    client.send_text("clerk1", "一")
    state.expire_tokens()  # WeCom revoked/expired it before our cached expiry
    client.send_text("clerk1", "二")
    paths = [p for _, p in state.calls]
    assert paths.count("/cgi-bin/gettoken") == 2
    assert paths.count("/cgi-bin/message/send") == 3  # one refused with 42001, then the retry
    assert state.texts_to("clerk1") == ["一", "二"]


def test_wrong_secret_raises(fake: FakeServer) -> None:
    with pytest.raises(WeComError) as err:
        _client(fake, secret="wrong").send_text("clerk1", "x")
    assert err.value.errcode == 40001
    assert fake.app.ctx.state.messages == []


def test_unknown_users_are_reported(fake: FakeServer) -> None:
    result = _client(fake).send_text(["clerk1", "ghost"], "hi")
    assert result.invalid_users == ("ghost",)
    with pytest.raises(WeComError) as err:
        _client(fake).send_text("ghost", "hi")
    assert err.value.errcode == 81013


def test_duplicate_task_id_refused(fake: FakeServer) -> None:
    client = _client(fake)
    card = _card()
    client.send_template_card("manager1", card)
    with pytest.raises(WeComError) as err:
        client.send_template_card("manager1", card)
    assert err.value.errcode == 40058


def test_update_card_button_greys_it_out_once(fake: FakeServer) -> None:
    state = fake.app.ctx.state
    client = _client(fake)
    card = _card()
    sent = client.send_template_card("manager1", card)
    client.update_card_button("manager1", sent.response_code, "已同意")
    assert state.cards[card["task_id"]].replaced == {"manager1": "已同意"}
    assert state.updates[-1]["button"] == {"replace_name": "已同意"}
    with pytest.raises(WeComError):  # a response_code works once
        client.update_card_button("manager1", sent.response_code, "已驳回")
    assert state.cards[card["task_id"]].replaced == {"manager1": "已同意"}


def test_unreachable_server_raises_wecom_error() -> None:
    client = WeComClient(DEMO_CORP_ID, DEMO_SECRET, DEMO_AGENT_ID, api_base="http://127.0.0.1:9/cgi-bin/", timeout=2)
    with pytest.raises(WeComError) as err:
        client.send_text("clerk1", "x")
    assert err.value.errcode is None


async def test_async_wrappers(fake: FakeServer) -> None:
    client = _client(fake)
    card = _card("PO20261123002")
    sent = await client.asend_template_card(["manager1"], card)
    await client.aupdate_card_button(["manager1"], sent.response_code, "已驳回")
    await client.asend_text("manager1", "已驳回 PO20261123002")
    state = fake.app.ctx.state
    assert state.cards[card["task_id"]].replaced == {"manager1": "已驳回"}
    assert state.texts_to("manager1") == ["已驳回 PO20261123002"]


def test_from_settings() -> None:
    from backend.settings import Settings

    s = Settings(wecom_api_base="http://127.0.0.1:1/cgi-bin")
    client = WeComClient.from_settings(s)
    assert client.api_base == "http://127.0.0.1:1/cgi-bin/"
    assert client.agent_id == s.wecom_agent_id
