"""WeCom callback crypto against callbacks built by the fake (independent AES/signature code)."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator

import pytest
from fakeredis import FakeAsyncRedis
from redis.asyncio import Redis

from bots.wecom.crypto import (
    InvalidSignature,
    MalformedCallback,
    ReplayedRequest,
    StaleRequest,
    WeComCrypto,
    parse_envelope,
)
from bots.wecom.replay import RedisReplayGuard, replay_key
from fakes.wecom import (
    WeComFakeConfig,
    build_callback,
    build_verify,
    card_event_xml,
    open_reply,
    text_message_xml,
    xml_fields,
)

CFG = WeComFakeConfig()
REAL_REDIS = os.environ.get("CRADLE_TEST_REDIS", "").strip()


@pytest.fixture(params=["fakeredis", "redis"])
async def redis(request: pytest.FixtureRequest) -> AsyncIterator[Redis]:
    if request.param == "fakeredis":
        client: Redis = FakeAsyncRedis(decode_responses=True)
    else:
        if not REAL_REDIS:
            pytest.skip("CRADLE_TEST_REDIS not set")
        client = Redis.from_url(REAL_REDIS, decode_responses=True)
    yield client
    await client.aclose()


@pytest.fixture
async def crypto(redis: Redis) -> AsyncIterator[WeComCrypto]:
    prefix = f"cradle-test-wecom-{uuid.uuid4().hex[:10]}:"
    yield WeComCrypto(CFG.token, CFG.encoding_aes_key, CFG.corp_id,
                      replay_guard=RedisReplayGuard(redis, prefix=prefix))
    async for k in redis.scan_iter(match=prefix + "*"):
        await redis.delete(k)


def _args(cb):  # type: ignore[no-untyped-def]
    return cb.params["msg_signature"], cb.params["timestamp"], cb.params["nonce"]


# ---- URL verification -----------------------------------------------------------------------------------

async def test_verify_url_round_trip(crypto: WeComCrypto) -> None:
    v = build_verify(CFG, echostr_plain="1616140317555161061")
    echo = await crypto.verify_url(v.params["msg_signature"], v.params["timestamp"], v.params["nonce"],
                                   v.params["echostr"])
    assert echo == "1616140317555161061"


async def test_verify_url_refuses_forged_signature(crypto: WeComCrypto) -> None:
    v = build_verify(CFG)
    with pytest.raises(InvalidSignature):
        await crypto.verify_url("0" * 40, v.params["timestamp"], v.params["nonce"], v.params["echostr"])
    other = build_verify(WeComFakeConfig(token="someone-elses-token"))
    with pytest.raises(InvalidSignature):
        await crypto.verify_url(other.params["msg_signature"], other.params["timestamp"], other.params["nonce"],
                                other.params["echostr"])


async def test_verify_url_requires_parameters(crypto: WeComCrypto) -> None:
    v = build_verify(CFG)
    with pytest.raises(MalformedCallback):
        await crypto.verify_url(v.params["msg_signature"], v.params["timestamp"], v.params["nonce"], None)


# ---- incoming messages ------------------------------------------------------------------------------------

async def test_decrypts_text_message(crypto: WeComCrypto) -> None:
    plain = text_message_xml(CFG, "clerk1", "查库存 爱他美2段", msg_id="1234567890123456")
    cb = build_callback(CFG, plain)
    assert "Encrypt" in cb.body and "查库存" not in cb.body
    got = await crypto.decrypt_message(cb.body, *_args(cb))
    assert got == plain
    fields = xml_fields(got)
    assert (fields["FromUserName"], fields["Content"], fields["MsgType"]) == ("clerk1", "查库存 爱他美2段", "text")


async def test_decrypts_card_event_and_accepts_bytes(crypto: WeComCrypto) -> None:
    plain = card_event_xml(CFG, "manager1", "approve:PO20261123001", "po-PO20261123001-ab12")
    cb = build_callback(CFG, plain)
    assert await crypto.decrypt_message(cb.body.encode(), *_args(cb)) == plain


async def test_encrypted_reply_decrypts_back(crypto: WeComCrypto) -> None:
    reply = "<xml><ToUserName><![CDATA[clerk1]]></ToUserName><Content><![CDATA[库存：12 罐]]></Content></xml>"
    body = crypto.encrypt_reply(reply, nonce="nonce123")
    fields = xml_fields(body)
    assert set(fields) == {"Encrypt", "MsgSignature", "TimeStamp", "Nonce"}
    assert fields["Nonce"] == "nonce123"
    assert open_reply(CFG, body) == reply
    # and the signature really covers the payload
    tampered = body.replace(fields["Encrypt"], fields["Encrypt"][::-1])
    with pytest.raises(ValueError):
        open_reply(CFG, tampered)


@pytest.mark.parametrize("tamper", ["signature", "timestamp", "nonce", "token", "encrypt"])
async def test_forged_message_refused(crypto: WeComCrypto, tamper: str) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "同意 PO20261123001"))
    sig, ts, nonce = _args(cb)
    body = cb.body
    if tamper == "signature":
        sig = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    elif tamper == "timestamp":
        ts = str(int(ts) - 1)
    elif tamper == "nonce":
        nonce = nonce + "1"
    elif tamper == "token":
        forged = build_callback(WeComFakeConfig(token="guessed-token"), text_message_xml(CFG, "x", "同意"))
        body, (sig, ts, nonce) = forged.body, _args(forged)
    else:
        other = build_callback(CFG, text_message_xml(CFG, "manager1", "同意 PO20269999999"))
        body = other.body  # a valid Encrypt under someone else's signature
    with pytest.raises(InvalidSignature):
        await crypto.decrypt_message(body, sig, ts, nonce)


async def test_forged_request_does_not_burn_the_nonce(crypto: WeComCrypto) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "上班打卡"))
    sig, ts, nonce = _args(cb)
    with pytest.raises(InvalidSignature):
        await crypto.decrypt_message(cb.body, "f" * 40, ts, nonce)
    assert await crypto.decrypt_message(cb.body, sig, ts, nonce) == cb.plain


async def test_replayed_message_refused(crypto: WeComCrypto) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "manager1", "同意 PO20261123001"))
    assert await crypto.decrypt_message(cb.body, *_args(cb)) == cb.plain
    with pytest.raises(ReplayedRequest):
        await crypto.decrypt_message(cb.body, *_args(cb))
    # the same message under a fresh nonce is a new delivery
    again = build_callback(CFG, cb.plain)
    assert await crypto.decrypt_message(again.body, *_args(again)) == cb.plain


async def test_concurrent_replays_let_exactly_one_through(crypto: WeComCrypto) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "manager1", "同意 PO20261123001"))
    results = await asyncio.gather(*(crypto.decrypt_message(cb.body, *_args(cb)) for _ in range(8)),
                                   return_exceptions=True)
    assert sum(r == cb.plain for r in results) == 1
    assert all(isinstance(r, ReplayedRequest) for r in results if r != cb.plain)


@pytest.mark.parametrize("age", [-301, 301, 3600, -86400])
async def test_stale_or_future_timestamp_refused(crypto: WeComCrypto, age: int) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "下班打卡"), timestamp=str(int(time.time()) - age))
    with pytest.raises(StaleRequest):
        await crypto.decrypt_message(cb.body, *_args(cb))


async def test_small_clock_skew_accepted(crypto: WeComCrypto) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "下班打卡"), timestamp=str(int(time.time()) - 240))
    assert await crypto.decrypt_message(cb.body, *_args(cb)) == cb.plain


async def test_message_for_another_corp_refused(crypto: WeComCrypto) -> None:
    other = WeComFakeConfig(corp_id="ww_other_corp")  # same token and key, different receiver id
    cb = build_callback(other, text_message_xml(other, "clerk1", "待审批"))
    with pytest.raises(MalformedCallback):
        await crypto.decrypt_message(cb.body, *_args(cb))


@pytest.mark.parametrize("body", [
    "",
    "not xml",
    "<xml><ToUserName>x</ToUserName></xml>",
    "<root><Encrypt>abc</Encrypt></root>",
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xml><Encrypt>&b;</Encrypt></xml>',
])
async def test_malformed_bodies_refused(crypto: WeComCrypto, body: str) -> None:
    with pytest.raises(MalformedCallback):
        await crypto.decrypt_message(body, "0" * 40, str(int(time.time())), "1")


async def test_missing_query_parameters_refused(crypto: WeComCrypto) -> None:
    cb = build_callback(CFG, text_message_xml(CFG, "clerk1", "帮助"))
    with pytest.raises(MalformedCallback):
        await crypto.decrypt_message(cb.body, None, cb.params["timestamp"], cb.params["nonce"])
    signed_nonsense = build_callback(CFG, cb.plain, timestamp="yesterday")  # correctly signed, not a number
    with pytest.raises(MalformedCallback):
        await crypto.decrypt_message(signed_nonsense.body, *_args(signed_nonsense))


def test_bad_aes_key_is_a_configuration_error() -> None:
    guard = RedisReplayGuard(FakeAsyncRedis())
    with pytest.raises(ValueError):
        WeComCrypto("t", "too-short", "ww1", replay_guard=guard)
    with pytest.raises(ValueError):
        WeComCrypto("t", "!" * 43, "ww1", replay_guard=guard)


def test_rejections_are_forbidden_app_errors() -> None:
    for exc in (InvalidSignature(), StaleRequest(), ReplayedRequest()):
        assert exc.status == 403 and exc.to_body()["error"]["code"] == "forbidden"
        assert exc.message  # Chinese message for the error body
    assert MalformedCallback().status == 400


def test_parse_envelope_flat_fields() -> None:
    assert parse_envelope("<xml><Encrypt><![CDATA[abc]]></Encrypt><AgentID>7</AgentID></xml>") == {
        "Encrypt": "abc", "AgentID": "7"}


async def test_replay_guard_keys_expire(redis: Redis) -> None:
    prefix = f"cradle-test-wecom-{uuid.uuid4().hex[:10]}:"
    guard = RedisReplayGuard(redis, prefix=prefix)
    key = replay_key("1700000000", "n1", "sig")
    assert await guard.first_seen(key, 600) is True
    assert await guard.first_seen(key, 600) is False
    ttl = await redis.ttl(prefix + key)
    assert 0 < ttl <= 600
    await redis.delete(prefix + key)
