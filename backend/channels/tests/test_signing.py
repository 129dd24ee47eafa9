"""Known-answer checks of the signature schemes, with every string to be signed spelled out by hand, so the
adapters and the fakes (which share signing.py) cannot agree on a wrong algorithm unnoticed."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from backend.channels.adapters.base import PullCursor
from backend.channels.adapters.signing import (
    canonical_json,
    douyin_event_sign,
    douyin_sign,
    kuaishou_sign,
    signatures_match,
    top_sign,
    wechat_signature,
)
from backend.money import fen_to_yuan, yuan_to_fen

TOP_PARAMS = {
    "method": "taobao.item.seller.get", "app_key": "12345678", "session": "test", "v": "2.0",
    "timestamp": "2026-11-23 15:04:05", "sign_method": "md5", "format": "json", "fields": "num_iid,title",
    "num_iid": "5001", "empty": "",
}
TOP_STRING = ("app_key12345678fieldsnum_iid,titleformatjsonmethodtaobao.item.seller.getnum_iid5001sessiontest"
              "sign_methodmd5timestamp2026-11-23 15:04:05v2.0")


def test_top_md5_wraps_sorted_pairs_in_the_secret() -> None:
    expected = hashlib.md5(("s3cret" + TOP_STRING + "s3cret").encode()).hexdigest().upper()
    assert top_sign(TOP_PARAMS, "s3cret", "md5") == expected
    assert top_sign({**TOP_PARAMS, "sign": "IGNORED"}, "s3cret", "md5") == expected


def test_top_hmac_variants_key_by_the_secret_without_wrapping() -> None:
    assert top_sign(TOP_PARAMS, "s3cret", "hmac") == hmac.new(
        b"s3cret", TOP_STRING.encode(), hashlib.md5).hexdigest().upper()
    assert top_sign(TOP_PARAMS, "s3cret", "hmac-sha256") == hmac.new(
        b"s3cret", TOP_STRING.encode(), hashlib.sha256).hexdigest().upper()
    with pytest.raises(ValueError):
        top_sign(TOP_PARAMS, "s3cret", "sha1")


def test_top_push_appends_the_body() -> None:
    body = '{"topic":"taobao_trade_TradeBuyerPay"}'
    params = {"app_key": "1", "timestamp": "2026-11-23 15:04:05"}
    raw = "s" + "app_key1timestamp2026-11-23 15:04:05" + body + "s"
    assert top_sign(params, "s", "md5", body=body.encode()) == hashlib.md5(raw.encode()).hexdigest().upper()


def test_douyin_request_sign() -> None:
    param_json = canonical_json({"size": 10, "page": 0, "b": {"z": 1, "a": "中"}})
    assert param_json == '{"b":{"a":"中","z":1},"page":0,"size":10}'
    pattern = ("SEC" + "app_key7000" + "methodorder.searchList" + "param_json" + param_json
               + "timestamp2026-11-23 15:04:05" + "v2" + "SEC")
    kwargs = {"app_key": "7000", "secret": "SEC", "method": "order.searchList", "param_json": param_json,
              "timestamp": "2026-11-23 15:04:05"}
    assert douyin_sign(**kwargs, sign_method="md5") == hashlib.md5(pattern.encode()).hexdigest()
    assert douyin_sign(**kwargs) == hmac.new(b"SEC", pattern.encode(), hashlib.sha256).hexdigest()


def test_douyin_event_sign() -> None:
    body = b'[{"tag":"101","msg_id":"1","data":"{}"}]'
    assert douyin_event_sign(app_key="7000", secret="SEC", body=body) == hashlib.md5(
        b"7000" + body + b"SEC").hexdigest()
    assert douyin_event_sign(app_key="7000", secret="SEC", body=body, sign_method="hmac-sha256") == hmac.new(
        b"SEC", b"7000" + body + b"SEC", hashlib.sha256).hexdigest()


def test_kuaishou_sign_matches_the_documented_string() -> None:
    params = {"appkey": "ks123", "method": "open.seller.order.list", "version": "1", "param": '{"title":"短袖"}',
              "access_token": "token", "timestamp": "1583271919000", "signMethod": "HMAC_SHA256"}
    text = ('access_token=token&appkey=ks123&method=open.seller.order.list&param={"title":"短袖"}'
            '&signMethod=HMAC_SHA256&timestamp=1583271919000&version=1&signSecret=sign-secret')
    expected = base64.b64encode(hmac.new(b"sign-secret", text.encode(), hashlib.sha256).digest()).decode()
    assert kuaishou_sign(params, "sign-secret", "HMAC_SHA256") == expected
    md5_params = {**params, "signMethod": "MD5"}
    md5_text = text.replace("HMAC_SHA256", "MD5")
    assert kuaishou_sign(md5_params, "sign-secret", "MD5") == hashlib.md5(md5_text.encode()).hexdigest()


def test_wechat_signature_sorts_the_three_values() -> None:
    assert wechat_signature("tok", "1700000000", "abc") == hashlib.sha1(b"1700000000abctok").hexdigest()


def test_signatures_match() -> None:
    assert signatures_match("ABC", "ABC")
    assert not signatures_match("ABC", "abc")
    assert not signatures_match("ABC", None)


@pytest.mark.parametrize(("value", "fen"), [("12.50", 1250), (12.5, 1250), (19.9, 1990), ("0.01", 1), (0.1 + 0.2, 30),
                                            ("3", 300), (None, 0), ("0.005", 1)])
def test_yuan_to_fen(value: object, fen: int) -> None:
    assert yuan_to_fen(value) == fen  # type: ignore[arg-type]


def test_fen_to_yuan() -> None:
    assert [fen_to_yuan(v) for v in (0, 1, 1250, 100000, -5)] == ["0.00", "0.01", "12.50", "1000.00", "-0.05"]


def test_pull_cursor_round_trip() -> None:
    cursor = PullCursor(1_700_000_000_000, ["1|paid|1700000000000"])
    assert PullCursor.decode(cursor.encode()) == cursor
    assert PullCursor.decode(None) is None
    with pytest.raises(ValueError):
        PullCursor.decode("garbage")
