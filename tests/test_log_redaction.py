"""No token or secret in any log line (backend.observability.redaction): real channel pushes, WeChat and WeCom calls
with every logger captured at DEBUG (httpx and urllib3 log the request URLs), then grep for the secrets."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
from collections.abc import Iterator

import pytest

from backend.channels.adapters import create_adapter
from backend.channels.adapters.base import AdapterConfig
from backend.observability import redaction
from backend.observability.logs import JsonFormatter, install_redaction
from backend.settings import Settings, get_settings, use_settings
from fakes.platforms import DEMO_CREDENTIALS, PLATFORM_FAKES
from fakes.server import run_fake


@pytest.fixture(autouse=True)
def _redacting() -> None:
    install_redaction()  # what configure_logging and the app factory do


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        for name in ("httpx", "httpcore", "urllib3", "wechatpy", "sanic.access", "sanic.root"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        yield caplog


def _text(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the handlers would print: messages, tracebacks and extra fields."""
    parts = []
    for record in caplog.records:
        parts.append(caplog.handler.format(record))
        parts.append(JsonFormatter().format(record))
    return "\n".join(parts)


@pytest.mark.parametrize("raw,secret", [
    ("HTTP Request: POST https://openapi-fxg.jinritemai.com/sku/syncStock?app_key=7&access_token=AT-1234567&sign=ff"
     " \"HTTP/1.1 200 OK\"", "AT-1234567"),
    ("GET /cgi-bin/gettoken?corpid=ww1&corpsecret=CS-abcdefgh HTTP/1.1", "CS-abcdefgh"),
    ("GET /sns/jscode2session?appid=wx1&secret=WS-abcdefgh&js_code=JC-1234567&grant_type=authorization_code",
     "WS-abcdefgh"),
    ("GET /sns/jscode2session?appid=wx1&secret=WS-abcdefgh&js_code=JC-1234567", "JC-1234567"),
    ("form: method=taobao.item.quantity.update&session=6100000SESSION&sign=AB12", "6100000SESSION"),
    ("{'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyOjEifQ.c2lnbmF0dXJl'}", "eyJhbGciOiJIUzI1NiJ9"),
    ("authorization: Bearer opaque-token-123", "opaque-token-123"),
    ("refresh with {\"refresh_token\": \"RT-abcdefg\", \"expires_in\": 7200}", "RT-abcdefg"),
    ("AdapterConfig(app_key='12345678', app_secret='AS-abcdefg', access_token='AT-abcdefg')", "AS-abcdefg"),
    ("connecting to postgres://cradle:PW-abcdefg@10.0.0.5:5432/cradle", "PW-abcdefg"),
    ("<xml><appid>wx1</appid><sign>SIGN-ABCDEF</sign></xml>", "SIGN-ABCDEF"),
])
def test_the_patterns(raw: str, secret: str) -> None:
    out = redaction.redact(raw)
    assert secret not in out and redaction.MASK in out, out


def test_what_is_not_secret_stays() -> None:
    line = ('{"error": {"code": "validation_error", "key": "approve:PO1"}} GET /api/v1/stock?sku_code=BF1005 '
            'order_no=SO2026 status=201')
    assert redaction.redact(line) == line


def test_the_configured_secrets_are_masked_wherever_they_appear(caplog: pytest.LogCaptureFixture) -> None:
    previous = get_settings()
    s = use_settings(dataclasses.replace(previous, jwt_secret="jwt-" + "9f8e7d6c5b4a" * 3))
    try:
        install_redaction()
        with caplog.at_level(logging.INFO):
            logging.getLogger("cradle.test").info("oops, the key is %s (in a sentence)", s.jwt_secret)
        assert s.jwt_secret not in caplog.text and "***" in caplog.text
    finally:
        use_settings(previous)


def test_tracebacks_and_extra_fields_are_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("cradle.test")
    with caplog.at_level(logging.INFO):
        try:
            raise RuntimeError("GET https://api.weixin.qq.com/cgi-bin/token?appid=wx1&secret=TB-secret-value")
        except RuntimeError:
            log.exception("call failed")
        log.info("pushed", extra={"url": "https://x.example/api?access_token=EX-token-value",
                                  "headers": {"Authorization": "Bearer EX-bearer-value"}})
    text = _text(caplog)
    assert "TB-secret-value" not in text and "EX-token-value" not in text and "EX-bearer-value" not in text
    assert "secret=***" in text and "access_token=***" in text
    body = json.loads(JsonFormatter().format(caplog.records[-1]))
    assert body["url"].endswith("access_token=***")


@pytest.mark.parametrize("platform", ["douyin", "wechat_shop", "taobao", "kuaishou"])
async def test_a_channel_push_logs_no_platform_token(captured: pytest.LogCaptureFixture, platform: str) -> None:
    creds = DEMO_CREDENTIALS[platform]
    with run_fake(PLATFORM_FAKES[platform]) as server:
        fake = server.app.ctx.state
        fake.reset({"5001:6001": 3})
        adapter = create_adapter(platform, AdapterConfig(**creds.adapter_kwargs(), base_url=server.base_url))
        try:
            await adapter.push_stock("5001:6001", 7)
            issued = list(getattr(fake, "tokens", {}) or [])  # WeChat shop: the token the fake handed out
        finally:
            await adapter.aclose()
    assert fake.stock["5001:6001"] == 7  # the push really went out
    assert issued or platform != "wechat_shop"
    text = _text(captured)
    assert "HTTP Request: POST" in text  # httpx logged the request line with its URL
    for value in (creds.app_secret, creds.access_token, creds.webhook_token, *issued):
        if value:
            assert value not in text, (platform, value)


async def test_a_wechat_login_logs_neither_the_app_secret_nor_the_code(captured: pytest.LogCaptureFixture) -> None:
    from backend.members import wechat
    from backend.wiring import wire
    from fakes.wechat import DEMO_APPID, DEMO_SECRET, create_wechat_fake

    wire()  # the mini-program client behind backend.members.wechat's port (as the app and the db fixtures do)
    previous = get_settings()
    with run_fake(create_wechat_fake) as server:
        use_settings(dataclasses.replace(previous, wechat_api_base=server.base_url + "/", wechat_appid=DEMO_APPID,
                                         wechat_secret=DEMO_SECRET))
        try:
            code = "openid:redaction-test,nonce:91"
            session = await wechat.code_to_session(code)
        finally:
            use_settings(previous)
    assert session.openid
    text = _text(captured)
    assert "jscode2session" in text  # urllib3 logged the request with its query string
    assert DEMO_SECRET not in text and code not in text and "nonce:91" not in text
    assert "secret=***" in text


def test_a_wecom_push_logs_neither_the_corp_secret_nor_the_token(captured: pytest.LogCaptureFixture) -> None:
    from fakes.wecom import DEMO_AGENT_ID, DEMO_CORP_ID, WeComFakeConfig, create_wecom_fake
    from integrations.wecom.client import WeComClient

    secret = "wecom-corp-secret-for-redaction-test-000001"
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"clerk1"}, corp_secret=secret)) as s:
        state = s.app.ctx.state
        client = WeComClient(DEMO_CORP_ID, secret, DEMO_AGENT_ID, api_base=s.base_url + "/cgi-bin/", timeout=5)
        client.send_text("clerk1", "到货提醒")
        tokens = list(state.access_tokens)
    assert state.texts_to("clerk1") == ["到货提醒"] and tokens
    text = _text(captured)
    assert "gettoken" in text and "message/send" in text
    assert secret not in text
    for token in tokens:
        assert token not in text


def test_the_json_log_of_a_process_has_no_secret() -> None:
    """configure_logging's handler (what manage serve and Celery use) prints scrubbed JSON."""
    from backend.observability.logs import configure_logging

    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    try:
        configure_logging("INFO", json_logs=True)
        root.handlers[0].stream = stream  # type: ignore[attr-defined]
        logging.getLogger("httpx").info('HTTP Request: %s %s "%s %d %s"', "POST",
                                        "https://api.weixin.qq.com/cgi-bin/token?appid=wx1&secret=JS-secret-1",
                                        "HTTP/1.1", 200, "OK")
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
    line = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert "JS-secret-1" not in line["message"] and "secret=***" in line["message"]


def test_default_settings_secrets_are_registered() -> None:
    assert Settings().jwt_secret in redaction.settings_secrets(Settings())
