"""The payment-code fakes refuse what the real services refuse: requests signed with the wrong key, malformed
codes, a code used twice; and a repeated out_trade_no never moves money twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alipay import AliPay
from wechatpy.exceptions import WeChatPayException
from wechatpy.pay import WeChatPay

from fakes.alipay import create_alipay_fake, generate_key_pair
from fakes.server import FakeServer, run_fake
from fakes.wechat import DEMO_APPID, DEMO_MCH_API_KEY, DEMO_MCH_ID, create_wechat_fake


@pytest.fixture(scope="module")
def wx() -> Iterator[FakeServer]:
    with run_fake(create_wechat_fake) as server:
        yield server


@pytest.fixture(scope="module")
def ali() -> Iterator[FakeServer]:
    with run_fake(create_alipay_fake) as server:
        yield server


def _pay(fake: FakeServer, key: str = DEMO_MCH_API_KEY) -> WeChatPay:
    pay = WeChatPay(appid=DEMO_APPID, api_key=key, mch_id=DEMO_MCH_ID, timeout=10)
    pay.API_BASE_URL = fake.base_url + "/"
    return pay


def _alipay(fake: FakeServer, private_key: str | None = None) -> AliPay:
    cfg = fake.app.ctx.state.config
    pay = AliPay(appid=cfg.app_id, app_private_key_string=private_key or cfg.app_private_key,
                 alipay_public_key_string=cfg.alipay_public_key)
    pay._gateway = fake.base_url + "/gateway.do"
    return pay


def test_micropay_signature_code_format_and_single_use(wx: FakeServer) -> None:
    with pytest.raises(WeChatPayException) as bad:
        _pay(wx, "x" * 32).micropay.create(body="b", total_fee=100, auth_code="134000000000000001",
                                           client_ip="127.0.0.1", out_trade_no="F1")
    assert bad.value.return_code == "FAIL" and bad.value.return_msg == "签名错误"
    pay = _pay(wx)
    with pytest.raises(WeChatPayException) as malformed:
        pay.micropay.create(body="b", total_fee=100, auth_code="16400000000000000", client_ip="127.0.0.1",
                            out_trade_no="F2")
    assert malformed.value.errcode == "AUTH_CODE_INVALID"
    paid = pay.micropay.create(body="b", total_fee=100, auth_code="134000000000000002", client_ip="127.0.0.1",
                               out_trade_no="F3")
    assert paid["trade_type"] == "MICROPAY" and pay.check_signature(dict(paid))
    with pytest.raises(WeChatPayException) as again:  # the same trade again: no second charge
        pay.micropay.create(body="b", total_fee=100, auth_code="134000000000000002", client_ip="127.0.0.1",
                            out_trade_no="F3")
    assert again.value.errcode == "ORDERPAID"
    with pytest.raises(WeChatPayException) as reused:  # a payment code pays once
        pay.micropay.create(body="b", total_fee=100, auth_code="134000000000000002", client_ip="127.0.0.1",
                            out_trade_no="F4")
    assert reused.value.errcode == "AUTHCODEEXPIRE"
    assert wx.app.ctx.state.orders["F3"].charged == 1
    assert pay.order.reverse(out_trade_no="F3")["recall"] == "N"
    assert pay.order.query(out_trade_no="F3")["trade_state"] == "REVOKED"


def test_alipay_gateway_checks_the_request_signature_and_signs_answers(ali: FakeServer) -> None:
    wrong = _alipay(ali, private_key=generate_key_pair()[0])
    refused = wrong.api_alipay_trade_pay("G1", "bar_code", "2850000000000001", "s", total_amount="1.00")
    assert refused["code"] == "40002" and refused["sub_code"] == "isv.invalid-signature"
    pay = _alipay(ali)
    paid = pay.api_alipay_trade_pay("G2", "bar_code", "2850000000000002", "s", total_amount="1.00")
    assert paid["code"] == "10000" and paid["total_amount"] == "1.00"
    again = pay.api_alipay_trade_pay("G2", "bar_code", "2850000000000002", "s", total_amount="1.00")
    assert again["sub_code"] == "ACQ.TRADE_HAS_SUCCESS"
    reused = pay.api_alipay_trade_pay("G3", "bar_code", "2850000000000002", "s", total_amount="1.00")
    assert reused["sub_code"] == "ACQ.PAYMENT_AUTH_CODE_INVALID"
    assert ali.app.ctx.state.trades["G2"].charged == 1
    cancelled = pay.api_alipay_trade_cancel(out_trade_no="G2")
    assert cancelled["action"] == "refund" and cancelled["retry_flag"] == "N"
    assert pay.api_alipay_trade_query(out_trade_no="G2")["trade_status"] == "TRADE_CLOSED"
