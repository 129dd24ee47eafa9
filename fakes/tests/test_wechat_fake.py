"""wechatpy's real client code against the WeChat fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sanic import Request, Sanic
from sanic.response import HTTPResponse, text
from wechatpy import WeChatClient
from wechatpy.crypto import WeChatWxaCrypto
from wechatpy.exceptions import InvalidSignatureException, WeChatClientException, WeChatPayException
from wechatpy.pay import WeChatPay

from fakes.server import FakeServer, run_fake, unique_app_name
from fakes.wechat import (
    DEMO_APPID,
    DEMO_MCH_API_KEY,
    DEMO_MCH_ID,
    DEMO_SECRET,
    WeChatFakeConfig,
    build_pay_notify_xml,
    create_wechat_fake,
    encrypt_wxa_data,
    pay_sign,
    session_key_for,
)


class LocalWeChatClient(WeChatClient):
    """WeChatClient with every base URL (including the hard-coded token URL) pointed at ``base_url``."""

    def __init__(self, base_url: str, appid: str, secret: str, **kwargs: Any) -> None:
        super().__init__(appid, secret, **kwargs)
        self.API_BASE_URL = base_url + "/cgi-bin/"
        self.wxa.API_BASE_URL = base_url + "/"

    def fetch_access_token(self) -> dict[str, Any]:
        return self._fetch_access_token(
            url=self.API_BASE_URL + "token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


def local_pay(base_url: str, api_key: str = DEMO_MCH_API_KEY, mch_id: str = DEMO_MCH_ID) -> WeChatPay:
    pay = WeChatPay(appid=DEMO_APPID, api_key=api_key, mch_id=mch_id, timeout=10)
    pay.API_BASE_URL = base_url + "/"
    return pay


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeServer]:
    with run_fake(create_wechat_fake) as server:
        yield server


@pytest.fixture()
def client(fake: FakeServer) -> LocalWeChatClient:
    return LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET, timeout=10)


# ---- code2session ---------------------------------------------------------------------------------------

def test_code_to_session_is_deterministic_per_openid(client: LocalWeChatClient, fake: FakeServer) -> None:
    first = client.wxa.code_to_session("openid:alice")
    again = client.wxa.code_to_session("openid:alice,nonce:2")
    assert first["openid"] == again["openid"] == "alice"
    assert first["unionid"] == "union-alice"
    assert first["session_key"] == again["session_key"] == session_key_for(WeChatFakeConfig(), "alice")
    other = client.wxa.code_to_session("openid:bob,unionid:u-42")
    assert (other["openid"], other["unionid"]) == ("bob", "u-42")
    assert "unionid" not in client.wxa.code_to_session("openid:carol,nounionid:1")
    # a free-form code (as real wx.login gives) maps to a stable opaque openid
    opaque = client.wxa.code_to_session("0a3Xyz000aBc")["openid"]
    assert opaque.startswith("o") and len(opaque) == 28
    assert ("GET", "/sns/jscode2session") in fake.app.ctx.state.calls


def test_code_to_session_errors_like_wechat(fake: FakeServer) -> None:
    with pytest.raises(WeChatClientException) as used:
        c = LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET)
        c.wxa.code_to_session("openid:dave")
        c.wxa.code_to_session("openid:dave")
    assert used.value.errcode == 40163
    with pytest.raises(WeChatClientException) as bad_code:
        LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET).wxa.code_to_session("bad-code")
    assert bad_code.value.errcode == 40029

    # wrong secret: the token fetch wechatpy does first already fails with 40125
    with pytest.raises(WeChatClientException) as bad_secret:
        LocalWeChatClient(fake.base_url, DEMO_APPID, "wrong").wxa.code_to_session("openid:erin")
    assert bad_secret.value.errcode == 40125
    # raw wire check of jscode2session itself (no token involved)
    raw = requests.get(fake.base_url + "/sns/jscode2session", params={
        "appid": "wx-unknown", "secret": DEMO_SECRET, "js_code": "openid:x",
        "grant_type": "authorization_code"}, timeout=10).json()
    assert raw["errcode"] == 40013
    raw = requests.get(fake.base_url + "/sns/jscode2session", params={
        "appid": DEMO_APPID, "secret": "nope", "js_code": "openid:x",
        "grant_type": "authorization_code"}, timeout=10).json()
    assert raw["errcode"] == 40125


# ---- phone number ---------------------------------------------------------------------------------------

def test_get_user_phone_number(client: LocalWeChatClient) -> None:
    res = client.wxa._post("wxa/business/getuserphonenumber", data={"code": "phone:13800138000"})
    assert res["errcode"] == 0
    info = res["phone_info"]
    assert info["phoneNumber"] == info["purePhoneNumber"] == "13800138000"
    assert info["countryCode"] == "86"
    assert info["watermark"]["appid"] == DEMO_APPID
    hashed = client.wxa._post("wxa/business/getuserphonenumber", data={"code": "any"})["phone_info"]
    assert hashed["purePhoneNumber"].startswith("139") and len(hashed["purePhoneNumber"]) == 11
    with pytest.raises(WeChatClientException) as bad:
        client.wxa._post("wxa/business/getuserphonenumber", data={"code": "bad"})
    assert bad.value.errcode == 40029


def test_phone_call_with_stale_token_is_retried_by_wechatpy(fake: FakeServer) -> None:
    stale = LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET, access_token="stale-token")
    res = stale.wxa._post("wxa/business/getuserphonenumber", data={"code": "phone:13900001111"})
    assert res["phone_info"]["purePhoneNumber"] == "13900001111"
    no_retry = LocalWeChatClient(fake.base_url, DEMO_APPID, DEMO_SECRET, access_token="stale", auto_retry=False)
    with pytest.raises(WeChatClientException) as exc:
        no_retry.wxa._post("wxa/business/getuserphonenumber", data={"code": "phone:13900001111"})
    assert exc.value.errcode == 40001


def test_legacy_encrypted_phone_data_decrypts_with_wechatpy(client: LocalWeChatClient) -> None:
    session = client.wxa.code_to_session("openid:frank")
    encrypted, iv = encrypt_wxa_data(session["session_key"], DEMO_APPID,
                                     {"phoneNumber": "13700001234", "purePhoneNumber": "13700001234",
                                      "countryCode": "86"})
    plain = WeChatWxaCrypto(session["session_key"], iv, DEMO_APPID).decrypt_message(encrypted)
    assert plain["purePhoneNumber"] == "13700001234"


# ---- WeChat Pay v2 --------------------------------------------------------------------------------------

def _create(pay: WeChatPay, out_trade_no: str, total_fee: int = 1250, notify_url: str = "http://127.0.0.1:9/n",
            **kw: Any) -> dict[str, Any]:
    return pay.order.create(trade_type="JSAPI", body="Cradle 测试订单", total_fee=total_fee,
                            notify_url=notify_url, client_ip="127.0.0.1", user_id="alice",
                            out_trade_no=out_trade_no, **kw)


def test_unifiedorder_md5_and_hmac(fake: FakeServer) -> None:
    pay = local_pay(fake.base_url)
    res = _create(pay, "CR0001")
    assert res["return_code"] == res["result_code"] == "SUCCESS"
    assert res["prepay_id"].startswith("wx")
    assert pay.check_signature(res)  # the fake's answer is signed with the merchant key
    again = _create(pay, "CR0001")
    assert again["prepay_id"] == res["prepay_id"]
    with pytest.raises(WeChatPayException) as dup:
        _create(pay, "CR0001", total_fee=999)
    assert dup.value.errcode == "INVALID_REQUEST"

    hm = _create(pay, "CR0002", sign_type="HMAC-SHA256")
    assert hm["result_code"] == "SUCCESS"
    assert hm["sign"] == pay_sign({k: v for k, v in hm.items() if k != "sign"}, DEMO_MCH_API_KEY, "HMAC-SHA256")

    params = pay.jsapi.get_jsapi_params(res["prepay_id"])
    assert set(params) >= {"timeStamp", "nonceStr", "package", "signType", "paySign"}
    assert params["package"] == f"prepay_id={res['prepay_id']}"


def test_unifiedorder_rejects_a_bad_signature(fake: FakeServer) -> None:
    wrong_key = local_pay(fake.base_url, api_key="x" * 32)
    with pytest.raises(WeChatPayException) as exc:
        _create(wrong_key, "CR0003")
    assert exc.value.return_code == "FAIL"
    assert exc.value.return_msg == "签名错误"
    assert "CR0003" not in fake.app.ctx.state.orders


def test_parse_payment_result_accepts_a_built_notify_and_rejects_a_forged_one() -> None:
    pay = WeChatPay(appid=DEMO_APPID, api_key=DEMO_MCH_API_KEY, mch_id=DEMO_MCH_ID)
    xml = build_pay_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key=DEMO_MCH_API_KEY,
                               out_trade_no="CR0100", total_fee=1250, openid="alice", attach="order:7")
    data = pay.parse_payment_result(xml)
    assert (data["out_trade_no"], data["total_fee"], data["result_code"]) == ("CR0100", 1250, "SUCCESS")
    assert data["transaction_id"].startswith("4200") and data["attach"] == "order:7"
    forged = build_pay_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key=DEMO_MCH_API_KEY,
                                  out_trade_no="CR0100", total_fee=1, openid="alice", sign="0" * 32)
    with pytest.raises(InvalidSignatureException):
        pay.parse_payment_result(forged)


def _merchant_app(received: list[dict[str, Any]]) -> Sanic:
    """A stand-in for the backend's notify endpoint: verifies with wechatpy and acknowledges in XML."""
    app = Sanic(unique_app_name("merchant"), configure_logging=False)
    pay = WeChatPay(appid=DEMO_APPID, api_key=DEMO_MCH_API_KEY, mch_id=DEMO_MCH_ID)

    @app.post("/pay/notify")
    async def notify(request: Request) -> HTTPResponse:
        try:
            received.append(pay.parse_payment_result(request.body))
        except InvalidSignatureException:
            return text("<xml><return_code><![CDATA[FAIL]]></return_code>"
                        "<return_msg><![CDATA[签名错误]]></return_msg></xml>", content_type="text/xml")
        return text("<xml><return_code><![CDATA[SUCCESS]]></return_code>"
                    "<return_msg><![CDATA[OK]]></return_msg></xml>", content_type="text/xml")

    return app


def test_full_payment_flow_with_notify_over_http(fake: FakeServer) -> None:
    received: list[dict[str, Any]] = []
    with run_fake(_merchant_app(received)) as merchant:
        pay = local_pay(fake.base_url)
        res = _create(pay, "CR0200", total_fee=4990, notify_url=merchant.base_url + "/pay/notify",
                      attach="order:42")
        assert pay.order.query(out_trade_no="CR0200")["trade_state"] == "NOTPAY"

        confirm = requests.post(fake.base_url + "/fake/pay/confirm", json={"prepay_id": res["prepay_id"]},
                                timeout=10).json()
        assert confirm["acknowledged"] is True and confirm["notify_status"] == 200
        assert len(received) == 1
        note = received[0]
        assert (note["out_trade_no"], note["total_fee"], note["openid"]) == ("CR0200", 4990, "alice")
        assert note["transaction_id"] == confirm["transaction_id"] and note["attach"] == "order:42"

        queried = pay.order.query(out_trade_no="CR0200")
        assert queried["trade_state"] == "SUCCESS" and queried["transaction_id"] == note["transaction_id"]
        with pytest.raises(WeChatPayException) as paid:
            _create(pay, "CR0200", total_fee=4990, notify_url=merchant.base_url + "/pay/notify")
        assert paid.value.errcode == "ORDERPAID"

        refund = pay.refund.apply(total_fee=4990, refund_fee=1000, out_refund_no="RF0200",
                                  out_trade_no="CR0200")
        assert refund["refund_fee"] == "1000" and refund["refund_id"]
        assert pay.refund.apply(total_fee=4990, refund_fee=1000, out_refund_no="RF0200",
                                out_trade_no="CR0200")["refund_id"] == refund["refund_id"]
        with pytest.raises(WeChatPayException) as too_much:
            pay.refund.apply(total_fee=4990, refund_fee=4000, out_refund_no="RF0201", out_trade_no="CR0200")
        assert too_much.value.errcode == "ERROR"  # 累计退款金额超过订单金额 (NOTENOUGH: merchant balance)


def test_close_unpaid_order(fake: FakeServer) -> None:
    pay = local_pay(fake.base_url)
    _create(pay, "CR0300")
    assert pay.order.close("CR0300")["result_code"] == "SUCCESS"
    with pytest.raises(WeChatPayException) as closed:
        _create(pay, "CR0300")
    assert closed.value.errcode == "ORDERCLOSED"


def test_two_fakes_run_side_by_side_with_their_own_state() -> None:
    with run_fake(create_wechat_fake) as a, run_fake(create_wechat_fake,
                                                     config=WeChatFakeConfig(appid="wxother")) as b:
        assert a.base_url != b.base_url
        LocalWeChatClient(a.base_url, DEMO_APPID, DEMO_SECRET).wxa.code_to_session("openid:z")
        assert b.app.ctx.state.sessions == {}
        assert "z" in a.app.ctx.state.sessions
