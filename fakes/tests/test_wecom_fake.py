"""The WeCom fake: its API over real HTTP, and callback delivery to a served app speaking WeCom's format."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fakeredis import FakeAsyncRedis
from sanic import Request, Sanic
from sanic.response import HTTPResponse, text
from wechatpy.enterprise.crypto import WeChatCrypto

from backend.messaging.messenger import ApprovalCardInfo
from bots.replies import (
    CardButtonEvent,
    Reply,
    parse_incoming,
    render_passive,
)
from bots.wecom.crypto import CallbackRejected, MalformedCallback, WeComCrypto
from bots.wecom.replay import RedisReplayGuard
from fakes.server import FakeServer, run_fake, unique_app_name
from fakes.wecom import (
    DEMO_AGENT_ID,
    DEMO_CORP_ID,
    DEMO_SECRET,
    WeComFakeConfig,
    build_callback,
    build_verify,
    create_wecom_fake,
    decrypt,
    encrypt,
    open_reply,
    text_message_xml,
    xml_fields,
)
from integrations.wecom.cards import approval_card
from integrations.wecom.client import WeComClient

CFG = WeComFakeConfig()


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"manager1", "clerk1"})) as server:
        yield server


def _http() -> httpx.Client:
    return httpx.Client(timeout=10, trust_env=False)


def _token(fake: FakeServer) -> str:
    with _http() as http:
        r = http.get(f"{fake}/cgi-bin/gettoken", params={"corpid": DEMO_CORP_ID, "corpsecret": DEMO_SECRET})
    body = r.json()
    assert body["errcode"] == 0 and body["expires_in"] == 7200
    return str(body["access_token"])


# ---- crypto agrees with wechatpy (written independently) -----------------------------------------------

def test_fake_crypto_interoperates_with_wechatpy() -> None:
    wc = WeChatCrypto(CFG.token, CFG.encoding_aes_key, CFG.corp_id)
    cb = build_callback(CFG, "<xml><Content><![CDATA[你好]]></Content></xml>")
    p = cb.params
    assert wc.decrypt_message(cb.body, p["msg_signature"], p["timestamp"], p["nonce"]) == cb.plain
    reply = wc.encrypt_message("<xml><Content><![CDATA[收到]]></Content></xml>", "n1", "1700000000")
    assert open_reply(CFG, reply) == "<xml><Content><![CDATA[收到]]></Content></xml>"
    assert decrypt(CFG, encrypt(CFG, "x" * 100)) == "x" * 100
    with pytest.raises(ValueError):
        decrypt(WeComFakeConfig(corp_id="ww_other"), encrypt(CFG, "x"))


# ---- API ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("params", "errcode"), [
    ({"corpsecret": DEMO_SECRET}, 41002),
    ({"corpid": DEMO_CORP_ID}, 41004),
    ({"corpid": "ww_nope", "corpsecret": DEMO_SECRET}, 40013),
    ({"corpid": DEMO_CORP_ID, "corpsecret": "nope"}, 40001),
])
def test_gettoken_errors(fake: FakeServer, params: dict[str, str], errcode: int) -> None:
    with _http() as http:
        assert http.get(f"{fake}/cgi-bin/gettoken", params=params).json()["errcode"] == errcode


@pytest.mark.parametrize(("token", "errcode"), [("", 41001), ("made-up", 40014)])
def test_send_requires_a_valid_token(fake: FakeServer, token: str, errcode: int) -> None:
    with _http() as http:
        r = http.post(f"{fake}/cgi-bin/message/send", params={"access_token": token} if token else {},
                      json={"touser": "clerk1", "agentid": DEMO_AGENT_ID, "msgtype": "text", "text": {"content": "x"}})
    assert r.json()["errcode"] == errcode


@pytest.mark.parametrize(("body", "errcode"), [
    ({"touser": "clerk1", "agentid": 1, "msgtype": "text", "text": {"content": "x"}}, 40056),
    ({"touser": "clerk1", "agentid": DEMO_AGENT_ID, "msgtype": "video", "video": {}}, 40008),
    ({"touser": "clerk1", "agentid": DEMO_AGENT_ID, "msgtype": "text", "text": {}}, 40058),
    ({"touser": "", "agentid": DEMO_AGENT_ID, "msgtype": "text", "text": {"content": "x"}}, 40058),
    ({"touser": "clerk1", "agentid": DEMO_AGENT_ID, "msgtype": "template_card",
      "template_card": {"card_type": "button_interaction", "main_title": {"title": "t"}, "task_id": "bad id!",
                        "button_list": [{"text": "a", "key": "k"}]}}, 40058),
    ({"touser": "clerk1", "agentid": DEMO_AGENT_ID, "msgtype": "template_card",
      "template_card": {"card_type": "button_interaction", "main_title": {"title": "t"}, "task_id": "t1",
                        "button_list": [{"text": str(i), "key": str(i)} for i in range(7)]}}, 40058),
])
def test_send_validates_like_wecom(fake: FakeServer, body: dict[str, Any], errcode: int) -> None:
    with _http() as http:
        r = http.post(f"{fake}/cgi-bin/message/send", params={"access_token": _token(fake)}, json=body)
    assert r.json()["errcode"] == errcode


def test_send_bad_json(fake: FakeServer) -> None:
    with _http() as http:
        r = http.post(f"{fake}/cgi-bin/message/send", params={"access_token": _token(fake)}, content=b"{nope")
    assert r.json()["errcode"] == 47001


def test_update_template_card_validates_response_code(fake: FakeServer) -> None:
    with _http() as http:
        r = http.post(f"{fake}/cgi-bin/message/update_template_card", params={"access_token": _token(fake)},
                      json={"userids": ["manager1"], "agentid": DEMO_AGENT_ID, "response_code": "nope",
                            "button": {"replace_name": "已同意"}})
    assert r.json()["errcode"] == 40058


# ---- callbacks delivered to a served app -------------------------------------------------------------

def _bot_app() -> Sanic:
    """A minimal WeCom callback speaking the real protocol through bots' crypto and replies (not the product's
    endpoint: that one is wired to the services in bots/)."""
    app = Sanic(unique_app_name("wecom_cb_test"), configure_logging=False)
    crypto = WeComCrypto(CFG.token, CFG.encoding_aes_key, CFG.corp_id,
                         replay_guard=RedisReplayGuard(FakeAsyncRedis()))
    app.ctx.seen = []

    @app.get("/cb")
    async def verify(request: Request) -> HTTPResponse:
        a = request.args
        try:
            return text(await crypto.verify_url(a.get("msg_signature"), a.get("timestamp"), a.get("nonce"),
                                                 a.get("echostr")))
        except (CallbackRejected, MalformedCallback) as exc:
            return text(exc.message, status=exc.status)

    @app.post("/cb")
    async def receive(request: Request) -> HTTPResponse:
        a = request.args
        try:
            plain = await crypto.decrypt_message(request.body, a.get("msg_signature"), a.get("timestamp"),
                                                 a.get("nonce"))
        except (CallbackRejected, MalformedCallback) as exc:
            return text(exc.message, status=exc.status)
        msg = parse_incoming(plain)
        app.ctx.seen.append(msg)
        if isinstance(msg, CardButtonEvent):
            reply = Reply(button_label="已同意" if msg.event_key.startswith("approve:") else "已驳回")
        else:
            reply = Reply(text=f"收到：{getattr(msg, 'content', '')}")
        xml = render_passive(reply, msg, corp_id=CFG.corp_id)
        return text(crypto.encrypt_reply(xml) if xml else "success", content_type="text/xml")

    return app


@pytest.fixture()
def bot() -> Iterator[FakeServer]:
    with run_fake(_bot_app) as server:
        yield server


def test_verify_url_over_http(bot: FakeServer) -> None:
    v = build_verify(CFG, echostr_plain="5927782489442352469")
    with _http() as http:
        assert http.get(f"{bot}/cb?{v.query}").text == "5927782489442352469"
        forged = dict(v.params, msg_signature="0" * 40)
        assert http.get(f"{bot}/cb", params=forged).status_code == 403


def test_callback_delivery_and_replay_over_http(bot: FakeServer) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "查库存 爱他美2段"))
    resp = cb.deliver(f"{bot}/cb")
    assert resp.status_code == 200
    reply = xml_fields(open_reply(CFG, resp.content))
    assert (reply["MsgType"], reply["ToUserName"], reply["Content"]) == ("text", "clerk1", "收到：查库存 爱他美2段")
    assert cb.deliver(f"{bot}/cb").status_code == 403  # the same delivery again
    assert len(bot.app.ctx.seen) == 1


def test_fake_hooks_deliver_text_and_card_clicks(fake: FakeServer, bot: FakeServer) -> None:
    url = f"{bot}/cb"
    with _http() as http:
        r = http.post(f"{fake}/fake/wecom/deliver/text", json={"url": url, "from_user": "clerk1", "content": "帮助"})
        assert r.json()["status"] == 200 and r.json()["reply"]["Content"] == "收到：帮助"

        client = WeComClient(DEMO_CORP_ID, DEMO_SECRET, DEMO_AGENT_ID, api_base=f"{fake}/cgi-bin/")
        card = approval_card(ApprovalCardInfo(po_no="PO20261123009", supplier="s", location="l", total_fen=100))
        client.send_template_card("manager1", card)
        click = {"url": url, "from_user": "manager1", "task_id": card["task_id"], "key": "approve:PO20261123009"}

        r = http.post(f"{fake}/fake/wecom/deliver/click", json=click)
        body = r.json()
        assert body["status"] == 200 and body["reply"]["MsgType"] == "update_button"
        assert body["response_code"]
        state = fake.app.ctx.state
        assert state.cards[card["task_id"]].replaced == {"manager1": "已同意"}
        seen = bot.app.ctx.seen[-1]
        assert isinstance(seen, CardButtonEvent) and seen.task_id == card["task_id"]
        assert seen.response_code == body["response_code"]

        # the buttons are grey now: WeCom would not let the user click again...
        assert http.post(f"{fake}/fake/wecom/deliver/click", json=click).status_code == 409
        # ...unless a test forces a second delivery (a retry / double click race)
        assert http.post(f"{fake}/fake/wecom/deliver/click", json=dict(click, force=True)).json()["status"] == 200

        # clicks must name a real card, recipient and button; targets must be loopback
        assert http.post(f"{fake}/fake/wecom/deliver/click", json=dict(click, key="delete:x")).status_code == 400
        assert http.post(f"{fake}/fake/wecom/deliver/click", json=dict(click, from_user="clerk1")).status_code == 404
        assert http.post(f"{fake}/fake/wecom/deliver/text",
                         json={"url": "http://example.com/cb", "from_user": "x"}).status_code == 400
