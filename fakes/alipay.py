"""A local fake of Alipay's OpenAPI gateway for 当面付 barcode pay, speaking the real wire format.

One endpoint, as on openapi.alipay.com: ``GET|POST /gateway.do`` with the common parameters (app_id, method,
charset, sign_type=RSA2, timestamp, version, biz_content as JSON) and ``sign``: SHA256withRSA over the sorted
``k=v`` pairs (everything but ``sign``, empty values left out) with the app's private key, base64. The fake checks
it with the app's public key. Answers are JSON ``{"<method with _>_response": {...}, "sign": "..."}`` where
``sign`` is SHA256withRSA over the exact text of the response object with Alipay's private key (the merchant
checks it with Alipay's public key). python-alipay-sdk (``alipay.AliPay``) talks to it unchanged:

    pay = AliPay(appid, app_private_key_string=..., alipay_public_key_string=fake_state.config.alipay_public_key)
    pay._gateway = base + "/gateway.do"

Methods: ``alipay.trade.pay`` (scene=bar_code), ``alipay.trade.query``, ``alipay.trade.cancel``,
``alipay.trade.refund`` (synchronous; one refund per ``out_request_no``: a repeat answers 10000 with
``fund_change`` N and moves nothing) and ``alipay.trade.fastpay.refund.query`` (``refund_amount`` and
``refund_status`` REFUND_SUCCESS for a refund made, neither for one unknown). ``refund_calls`` counts refund calls
per out_request_no; ``refund_fail_next`` (the next N answer ACQ.SYSTEM_ERROR) and ``refund_hang_s`` (answer late:
the merchant times out, though the refund is made) are switches for retry tests.

Deterministic payment codes (16-24 digits starting 25-30, as Alipay's): a malformed one or one already used ->
``ACQ.PAYMENT_AUTH_CODE_INVALID``; ``2x88SNN...`` picks a test scenario, like the WeChat fake's: S=1 10003 (waiting
for the buyer), then TRADE_SUCCESS on the NN-th query; S=2 waiting until cancelled; S=3
``ACQ.BUYER_BALANCE_NOT_ENOUGH``; S=4 invalid code; S=5 waiting, then TRADE_CLOSED on the NN-th query; S=9 pays
at once but every answer about the trade is signed with a wrong key. Any other valid code pays at once.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import text as text_response

from backend import demo_accounts
from fakes.server import unique_app_name

CST = timezone(timedelta(hours=8))
DEMO_APP_ID = demo_accounts.ALIPAY_APP_ID


def generate_key_pair() -> tuple[str, str]:
    """A fresh RSA-2048 key pair as PEM text (private PKCS#8, public SubjectPublicKeyInfo)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


@lru_cache(maxsize=16)
def _private(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@lru_cache(maxsize=16)
def _public(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    return key


def rsa2_sign(message: str, private_pem: str) -> str:
    sig = _private(private_pem).sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(sig).decode()


def rsa2_verify(message: str, signature: str, public_pem: str) -> bool:
    try:
        _public(public_pem).verify(base64.b64decode(signature), message.encode(), padding.PKCS1v15(),
                                   hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_content(params: dict[str, str]) -> str:
    """Alipay's string to sign for a request: sorted ``k=v`` of every non-empty parameter but ``sign``."""
    return "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "sign" and params[k] not in (None, ""))


@dataclass
class AlipayFakeConfig:
    app_id: str = DEMO_APP_ID
    app_public_key: str = ""  # the merchant app's public key: checks request signatures
    alipay_private_key: str = ""  # Alipay's private key: signs the answers
    alipay_public_key: str = ""  # given to the merchant
    app_private_key: str = ""  # only for tests and the demo: the key the merchant signs with

    @classmethod
    def generated(cls, app_id: str = DEMO_APP_ID) -> AlipayFakeConfig:
        """Fresh key pairs for both sides (tests, and `make run` when no keys are configured)."""
        app_private, app_public = generate_key_pair()
        ali_private, ali_public = generate_key_pair()
        return cls(app_id=app_id, app_public_key=app_public, alipay_private_key=ali_private,
                   alipay_public_key=ali_public, app_private_key=app_private)


@lru_cache(maxsize=4)
def demo_config(app_id: str = DEMO_APP_ID) -> AlipayFakeConfig:
    """One generated config per process and app id (`make run` mounts the fake with it; RSA key generation is
    slow enough not to repeat for every app instance)."""
    return AlipayFakeConfig.generated(app_id)


@dataclass
class AlipayTrade:
    out_trade_no: str
    auth_code: str
    total_amount: str
    subject: str
    trade_no: str
    status: str = "WAIT_BUYER_PAY"  # WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_CLOSED
    queries_left: int = 0
    then: str = ""  # TRADE_SUCCESS or TRADE_CLOSED after queries_left queries; "" never
    forged: bool = False
    charged: int = 0
    refunded: bool = False
    gmt_payment: str = ""
    refunds: dict[str, Decimal] = field(default_factory=dict)  # out_request_no -> amount refunded


@dataclass
class AlipayFakeState:
    config: AlipayFakeConfig
    trades: dict[str, AlipayTrade] = field(default_factory=dict)  # out_trade_no -> trade
    used_auth_codes: dict[str, str] = field(default_factory=dict)
    cancels: list[str] = field(default_factory=list)  # out_trade_no of every alipay.trade.cancel
    calls: list[str] = field(default_factory=list)  # method of every request, in arrival order
    refund_calls: dict[str, int] = field(default_factory=dict)  # out_request_no -> alipay.trade.refund calls
    refund_fail_next: int = 0  # the next N refund calls answer ACQ.SYSTEM_ERROR (nothing refunded)
    refund_hang_s: float = 0.0  # refund calls are made, but answered only after this long

    def refunds_made(self, out_trade_no: str | None = None) -> int:
        return sum(len(t.refunds) for t in self.trades.values() if out_trade_no in (None, t.out_trade_no))


def auth_code_scenario(auth_code: str) -> tuple[str, int] | None:
    """None if malformed, else (scenario, n) as in the module docstring."""
    if not (16 <= len(auth_code) <= 24) or not auth_code.isdigit() or not "25" <= auth_code[:2] <= "30":
        return None
    if auth_code[2:4] != "88":
        return "pay", 0
    kind, n = auth_code[4], int(auth_code[5:7])
    return {"1": ("waiting", max(n, 1)), "2": ("waiting", 0), "3": ("notenough", 0), "4": ("invalid", 0),
            "5": ("waiting_close", max(n, 1)), "9": ("forged", 0)}.get(kind, ("pay", 0))


def _now() -> str:
    return datetime.now(CST).strftime("%Y-%m-%d %H:%M:%S")


def alipay_blueprint(state: AlipayFakeState, name: str = "fake_alipay") -> Blueprint:
    cfg = state.config
    bp = Blueprint(name)
    wrong_key: list[str] = []

    def _answer(method: str, body: dict[str, Any], *, forged: bool = False) -> HTTPResponse:
        inner = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        key = cfg.alipay_private_key
        if forged:
            if not wrong_key:
                wrong_key.append(generate_key_pair()[0])
            key = wrong_key[0]
        text = f'{{"{method.replace(".", "_")}_response":{inner},"sign":"{rsa2_sign(inner, key)}"}}'
        return text_response(text, content_type="application/json;charset=utf-8")

    def _fail(method: str, code: str, msg: str, sub_code: str, sub_msg: str, *, forged: bool = False,
              **extra: Any) -> HTTPResponse:
        return _answer(method, {"code": code, "msg": msg, "sub_code": sub_code, "sub_msg": sub_msg, **extra},
                       forged=forged)

    def _biz_fail(method: str, sub_code: str, sub_msg: str, **kw: Any) -> HTTPResponse:
        return _fail(method, "40004", "Business Failed", sub_code, sub_msg, **kw)

    def _paid(trade: AlipayTrade) -> None:
        trade.status, trade.gmt_payment = "TRADE_SUCCESS", _now()
        trade.charged += 1

    def _trade_fields(trade: AlipayTrade) -> dict[str, Any]:
        paid = trade.status == "TRADE_SUCCESS"
        amount = trade.total_amount if paid else "0.00"
        out: dict[str, Any] = {
            "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no, "buyer_logon_id": "159****5620",
            "buyer_user_id": "2088" + str(int(trade.auth_code[-12:]) % 10**12).zfill(12),
            "total_amount": trade.total_amount, "receipt_amount": amount, "buyer_pay_amount": amount,
            "invoice_amount": amount, "point_amount": "0.00",
        }
        if paid:
            out["gmt_payment"] = trade.gmt_payment
            out["fund_bill_list"] = [{"fund_channel": "ALIPAYACCOUNT", "amount": trade.total_amount}]
        return out

    def _pay(method: str, biz: dict[str, Any]) -> HTTPResponse:
        out_trade_no, auth_code = str(biz.get("out_trade_no") or ""), str(biz.get("auth_code") or "")
        subject, scene = str(biz.get("subject") or ""), biz.get("scene")
        try:
            amount = Decimal(str(biz.get("total_amount")))
        except (InvalidOperation, ValueError):
            amount = Decimal(0)
        if not out_trade_no or not subject or scene not in ("bar_code", "wave_code") or amount <= 0 \
                or amount != amount.quantize(Decimal("0.01")):
            return _biz_fail(method, "ACQ.INVALID_PARAMETER", "参数无效")
        total = f"{amount:.2f}"
        existing = state.trades.get(out_trade_no)
        if existing is not None:  # the same out_trade_no again: never a second charge
            if existing.auth_code != auth_code or existing.total_amount != total:
                return _biz_fail(method, "ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改", forged=existing.forged)
            if existing.status == "TRADE_SUCCESS":
                return _biz_fail(method, "ACQ.TRADE_HAS_SUCCESS", "交易已被支付", forged=existing.forged)
            if existing.status == "TRADE_CLOSED":
                return _biz_fail(method, "ACQ.TRADE_HAS_CLOSE", "交易已经关闭", forged=existing.forged)
            return _answer(method, {"code": "10003", "msg": " order success pay inprocess",
                                    **_trade_fields(existing)}, forged=existing.forged)
        scenario = auth_code_scenario(auth_code)
        if scenario is None or scenario[0] == "invalid" or auth_code in state.used_auth_codes:
            return _biz_fail(method, "ACQ.PAYMENT_AUTH_CODE_INVALID",
                             "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款，如再次收款失败，请联系管理员处理。"
                             "[SOUNDWAVE_PARSER_FAIL]")
        kind, n = scenario
        state.used_auth_codes[auth_code] = out_trade_no
        if kind == "notenough":
            return _biz_fail(method, "ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足")
        trade = AlipayTrade(out_trade_no=out_trade_no, auth_code=auth_code, total_amount=total, subject=subject,
                            trade_no=datetime.now(CST).strftime("%Y%m%d") + "22001" + str(secrets.randbelow(10**11))
                            .zfill(11), forged=kind == "forged")
        state.trades[out_trade_no] = trade
        if kind in ("waiting", "waiting_close"):
            trade.queries_left = n
            trade.then = "" if n == 0 else ("TRADE_SUCCESS" if kind == "waiting" else "TRADE_CLOSED")
            return _answer(method, {"code": "10003", "msg": " order success pay inprocess", **_trade_fields(trade)})
        _paid(trade)
        return _answer(method, {"code": "10000", "msg": "Success", **_trade_fields(trade)}, forged=trade.forged)

    def _find(biz: dict[str, Any]) -> AlipayTrade | None:
        if biz.get("out_trade_no"):
            return state.trades.get(str(biz["out_trade_no"]))
        if biz.get("trade_no"):
            return next((t for t in state.trades.values() if t.trade_no == biz["trade_no"]), None)
        return None

    def _query(method: str, biz: dict[str, Any]) -> HTTPResponse:
        trade = _find(biz)
        if trade is None:
            return _biz_fail(method, "ACQ.TRADE_NOT_EXIST", "交易不存在")
        if trade.status == "WAIT_BUYER_PAY" and trade.then:
            trade.queries_left -= 1
            if trade.queries_left <= 0:
                if trade.then == "TRADE_SUCCESS":
                    _paid(trade)
                else:
                    trade.status = "TRADE_CLOSED"
        return _answer(method, {"code": "10000", "msg": "Success", "trade_status": trade.status,
                                **_trade_fields(trade)}, forged=trade.forged)

    def _cancel(method: str, biz: dict[str, Any]) -> HTTPResponse:
        state.cancels.append(str(biz.get("out_trade_no") or biz.get("trade_no") or ""))
        trade = _find(biz)
        if trade is None:
            return _biz_fail(method, "ACQ.TRADE_NOT_EXIST", "交易不存在")
        action = "close"
        if trade.status == "TRADE_SUCCESS":
            action, trade.refunded = "refund", True
        trade.status = "TRADE_CLOSED"
        return _answer(method, {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                                "out_trade_no": trade.out_trade_no, "retry_flag": "N", "action": action},
                       forged=trade.forged)

    def _refund(method: str, biz: dict[str, Any]) -> HTTPResponse:
        no = str(biz.get("out_request_no") or biz.get("out_trade_no") or "")
        state.refund_calls[no] = state.refund_calls.get(no, 0) + 1
        if state.refund_fail_next > 0:
            state.refund_fail_next -= 1
            return _fail(method, "20000", "Service Currently Unavailable", "aop.ACQ.SYSTEM_ERROR", "系统繁忙")
        trade = _find(biz)
        if trade is None:
            return _biz_fail(method, "ACQ.TRADE_NOT_EXIST", "交易不存在")
        try:
            amount = Decimal(str(biz.get("refund_amount")))
        except (InvalidOperation, ValueError):
            amount = Decimal(0)
        if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
            return _biz_fail(method, "ACQ.INVALID_PARAMETER", "参数无效")
        fund_change = "N"
        if no in trade.refunds:
            if trade.refunds[no] != amount:
                return _biz_fail(method, "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
        else:
            if trade.status != "TRADE_SUCCESS":
                return _biz_fail(method, "ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
            if sum(trade.refunds.values(), Decimal(0)) + amount > Decimal(trade.total_amount):
                return _biz_fail(method, "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
            trade.refunds[no] = amount
            fund_change = "Y"
        return _answer(method, {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                                "out_trade_no": trade.out_trade_no, "buyer_logon_id": "159****5620",
                                "fund_change": fund_change,
                                "refund_fee": f"{sum(trade.refunds.values(), Decimal(0)):.2f}",
                                "gmt_refund_pay": _now(), "buyer_user_id": "2088" + trade.auth_code[-12:].zfill(12),
                                "send_back_fee": f"{amount:.2f}"}, forged=trade.forged)

    def _refund_query(method: str, biz: dict[str, Any]) -> HTTPResponse:
        trade = _find(biz)
        if trade is None:
            return _biz_fail(method, "ACQ.TRADE_NOT_EXIST", "交易不存在")
        no = str(biz.get("out_request_no") or "")
        body: dict[str, Any] = {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                                "out_trade_no": trade.out_trade_no, "out_request_no": no}
        if no in trade.refunds:
            body.update(total_amount=trade.total_amount, refund_amount=f"{trade.refunds[no]:.2f}",
                        refund_status="REFUND_SUCCESS", gmt_refund_pay=_now())
        return _answer(method, body, forged=trade.forged)

    handlers = {"alipay.trade.pay": _pay, "alipay.trade.query": _query, "alipay.trade.cancel": _cancel,
                "alipay.trade.refund": _refund, "alipay.trade.fastpay.refund.query": _refund_query}

    @bp.route("/gateway.do", methods=["GET", "POST"])
    async def gateway(request: Request) -> HTTPResponse:
        params = {k: v[0] for k, v in request.args.items()}
        if request.method == "POST" and request.form:
            params.update({k: v[0] for k, v in request.form.items()})
        method = params.get("method", "")
        state.calls.append(method)
        if method not in handlers:
            return _fail(method or "error", "40004", "Business Failed", "isv.invalid-method", "不存在的方法名")
        for k in ("app_id", "charset", "sign_type", "timestamp", "version", "sign"):
            if not params.get(k):
                return _fail(method, "40001", "Missing Required Arguments", f"isv.missing-{k.replace('_', '-')}",
                             f"缺少{k}参数")
        if params["app_id"] != cfg.app_id:
            return _fail(method, "40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数")
        if params["sign_type"] != "RSA2":
            return _fail(method, "40002", "Invalid Arguments", "isv.invalid-signature-type", "无效的签名类型")
        if not rsa2_verify(sign_content(params), params["sign"], cfg.app_public_key):
            return _fail(method, "40002", "Invalid Arguments", "isv.invalid-signature",
                         "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配")
        try:
            biz = json.loads(params.get("biz_content") or "{}")
        except ValueError:
            biz = None
        if not isinstance(biz, dict):
            return _fail(method, "40002", "Invalid Arguments", "isv.invalid-biz-content", "biz_content格式错误")
        answer = handlers[method](method, biz)
        if method == "alipay.trade.refund" and state.refund_hang_s:
            await asyncio.sleep(state.refund_hang_s)
        return answer

    return bp


def create_alipay_fake(config: AlipayFakeConfig | None = None) -> Sanic:
    """A Sanic app serving the Alipay fake; its state is ``app.ctx.state`` (an :class:`AlipayFakeState`).
    Without a config it generates both key pairs (read them from ``app.ctx.state.config``)."""
    state = AlipayFakeState(config=config or AlipayFakeConfig.generated())
    app = Sanic(unique_app_name("fake_alipay"), configure_logging=False)
    app.ctx.state = state
    app.blueprint(alipay_blueprint(state))
    return app
