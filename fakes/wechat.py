"""A local fake of WeChat's mini-program server API and WeChat Pay v2 (XML), speaking the real wire formats.

Endpoints (paths as on api.weixin.qq.com and api.mch.weixin.qq.com, served from one base URL):

- ``GET  /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code`` -> ``{openid, session_key, unionid}``
- ``GET  /cgi-bin/token?grant_type=client_credential&appid&secret`` -> ``{access_token, expires_in}``
- ``POST /wxa/business/getuserphonenumber?access_token=`` ``{"code"}`` -> ``{errcode: 0, phone_info: {...}}``
- ``POST /cgi-bin/message/subscribe/send?access_token=`` ``{touser, template_id, page?, data: {thing1: {value}},
  miniprogram_state?, lang?}`` -> ``{errcode: 0, errmsg: "ok", msgid}``; 43101 "user refuse to accept the msg" when
  the user holds no accepted (one-time) subscription to that template, 40037 for an unknown template, 47003 for
  data that does not fit the template's keywords (thing <= 20 chars, name <= 10, phrase <= 5 ...)
- ``POST /fake/subscribe/accept`` ``{"openid", "template_id", "times"?}``: test/demo hook for the user tapping
  "允许" in ``wx.requestSubscribeMessage`` (each accept allows one message, as one-time subscriptions do)
- ``POST /pay/unifiedorder`` (signed XML, MD5 or HMAC-SHA256) -> signed XML with ``prepay_id``
- ``POST /pay/orderquery``, ``POST /pay/closeorder``, ``POST /secapi/pay/refund`` (signed XML)
- ``POST /pay/micropay`` (付款码支付: the shopper's 18-digit code, 10-15 first) and ``POST /secapi/pay/reverse``
  (撤销; a paid trade is refunded), signed XML; ``/pay/orderquery`` answers micropay trades too
- ``POST /fake/pay/confirm`` ``{"out_trade_no"| "prepay_id", "result_code"?}``: test/demo hook that "pays" an order
  and POSTs the signed pay-notify XML to the order's ``notify_url``; answers what the merchant replied. A closed
  order (``/pay/closeorder``) cannot be paid any more: ``{"error": "ORDERCLOSED"}``, as the WeChat client says.
- Refunds: ``POST /secapi/pay/refund`` refunds one ``out_refund_no`` once (a repeat answers the same refund_id and
  moves no money; ``refund_calls`` counts calls per number, ``PayOrder.refunds`` holds each refund), then the
  refund result notify (``req_info``: the result XML encrypted AES-256-ECB with md5(API key), as WeChat does,
  see :func:`build_refund_notify_xml`) is POSTed to the request's ``notify_url`` (``auto_refund_notify``; tests
  turn it off and post ``refund["notify_xml"]`` themselves). ``POST /pay/refundquery`` answers
  ``refund_status_0``. Switches on the state for retry tests: ``refund_fail_next`` (the next N refund calls answer
  SYSTEMERROR), ``refund_hang_s`` (answer only after that long: the merchant times out), ``refund_hold`` (refunds
  stay PROCESSING and send no notify until ``POST /fake/pay/refund/settle {"out_refund_no", "status"?}``).
  The merchant certificate WeChat requires on /secapi/ is a TLS client certificate; this fake serves plain HTTP,
  so it cannot see one (``secapi_calls`` records the calls so a test can at least see which went there).

Deterministic test codes (wx.login / getPhoneNumber codes are free text in the real world):

- login ``js_code``: ``"openid:xyz"`` gives openid ``xyz``; comma-separated ``key:value`` pairs may add
  ``unionid:abc`` (else unionid is ``"union-" + openid``), ``nounionid:1`` (no unionid in the answer) and
  ``nonce:n`` (ignored; makes a fresh code for the same openid). Any other code maps to a stable hashed openid.
  Codes starting with ``bad`` or ``invalid`` answer 40029; a code used twice answers 40163, as WeChat does.
- phone ``code``: ``"phone:13800138000"`` gives that number; any other code a stable hashed 139 number.
- micropay ``auth_code`` (see :func:`micropay_scenario`): not 18 digits starting 10-15 -> AUTH_CODE_INVALID; a code
  already used by another trade -> AUTHCODEEXPIRE; ``1x88SNN...`` (x 0-5, S scenario, NN a count) picks a test
  scenario: S=1 USERPAYING, then SUCCESS on the NN-th orderquery; S=2 USERPAYING until reversed; S=3 NOTENOUGH
  (余额不足); S=4 AUTHCODEEXPIRE; S=5 USERPAYING, then PAYERROR on the NN-th query; S=9 pays at once but every
  answer about the trade is signed with a wrong key (a forged response). Any other valid code pays at once.

Point wechatpy at a fake at ``base``::

    client = WeChatClient(appid, secret)
    client.API_BASE_URL = base + "/cgi-bin/"      # cgi-bin/* calls
    client.wxa.API_BASE_URL = base + "/"          # wxa component: sns/jscode2session, wxa/business/...
    # WeChatClient.fetch_access_token has the token URL hard-coded: override it in a subclass to use
    # self._fetch_access_token(url=base + "/cgi-bin/token", params={...}) (see fakes/tests/test_wechat_fake.py).
    pay = WeChatPay(appid, api_key, mch_id)
    pay.API_BASE_URL = base + "/"                 # pay/unifiedorder, secapi/pay/refund ...
    pay.order.create(..., client_ip="127.0.0.1")  # without client_ip wechatpy resolves a public host name
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import xmltodict
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic.response import text as text_response

from backend import demo_accounts
from fakes.server import unique_app_name

CST = timezone(timedelta(hours=8))

# Demo credentials (backend.demo_accounts); `make run` and tests use these unless they pass their own config.
DEMO_APPID = demo_accounts.WECHAT_APPID
DEMO_SECRET = demo_accounts.WECHAT_SECRET
DEMO_MCH_ID = demo_accounts.WECHAT_MCH_ID
DEMO_MCH_API_KEY = demo_accounts.WECHAT_MCH_API_KEY
DEMO_CARE_TEMPLATE_ID = demo_accounts.WECHAT_CARE_TEMPLATE_ID


@dataclass
class WeChatFakeConfig:
    appid: str = DEMO_APPID
    secret: str = DEMO_SECRET
    mch_id: str = DEMO_MCH_ID
    api_key: str = DEMO_MCH_API_KEY
    single_use_codes: bool = True
    token_ttl: int = 7200
    # Subscribe-message templates of the mini-program (template_id -> its keywords, as picked in 小程序后台).
    subscribe_templates: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {DEMO_CARE_TEMPLATE_ID: ("thing1", "thing2", "date3")})


@dataclass
class PayOrder:
    out_trade_no: str
    prepay_id: str
    params: dict[str, str]  # business fields of the unifiedorder request
    total_fee: int
    notify_url: str
    openid: str
    attach: str = ""
    trade_state: str = "NOTPAY"  # NOTPAY, SUCCESS, CLOSED, REFUND, PAYERROR
    transaction_id: str = ""
    time_end: str = ""
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    trade_type: str = "JSAPI"
    auth_code: str = ""  # micropay: the shopper's payment code
    queries_left: int = 0  # micropay USERPAYING: orderquery calls until the shopper "enters the password"
    then: str = ""  # micropay USERPAYING: the state reached then (SUCCESS or PAYERROR; "" never)
    forged: bool = False  # answers about this trade are signed with a wrong key
    charged: int = 0  # how many times money moved for this trade (a correct merchant never sees 2)


@dataclass
class WeChatFakeState:
    """Everything the fake remembers; tests may inspect it through ``app.ctx.state``."""

    config: WeChatFakeConfig
    access_tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (epoch seconds)
    used_codes: set[str] = field(default_factory=set)
    sessions: dict[str, str] = field(default_factory=dict)  # openid -> session_key
    orders: dict[str, PayOrder] = field(default_factory=dict)  # out_trade_no -> order
    calls: list[tuple[str, str]] = field(default_factory=list)  # (method, path) in arrival order
    subscriptions: dict[tuple[str, str], int] = field(default_factory=dict)  # (openid, template_id) -> accepts left
    subscribe_sent: list[dict[str, Any]] = field(default_factory=list)  # delivered messages, with their msgid
    used_auth_codes: dict[str, str] = field(default_factory=dict)  # micropay auth_code -> out_trade_no
    reversals: list[str] = field(default_factory=list)  # out_trade_no of every /secapi/pay/reverse call
    closes: list[str] = field(default_factory=list)  # out_trade_no of every /pay/closeorder call
    refund_calls: dict[str, int] = field(default_factory=dict)  # out_refund_no -> /secapi/pay/refund calls
    secapi_calls: list[str] = field(default_factory=list)  # path of every /secapi/ call
    refund_fail_next: int = 0  # the next N refund calls answer SYSTEMERROR (nothing refunded)
    refund_hang_s: float = 0.0  # refund calls answer only after this long
    refund_hold: bool = False  # refunds stay PROCESSING, no notify, until /fake/pay/refund/settle
    auto_refund_notify: bool = True  # POST the refund notify to notify_url once a refund succeeds

    def refunds_made(self, out_trade_no: str | None = None) -> int:
        """Refunds that moved money (a correct merchant never makes two for one out_refund_no), of one trade."""
        return sum(1 for o in self.orders.values() for no in o.refunds
                   if no != "reverse" and out_trade_no in (None, o.out_trade_no))

    def refund(self, out_refund_no: str) -> dict[str, Any] | None:
        return next((o.refunds[out_refund_no] for o in self.orders.values() if out_refund_no in o.refunds), None)

    def order_by_prepay_id(self, prepay_id: str) -> PayOrder | None:
        return next((o for o in self.orders.values() if o.prepay_id == prepay_id), None)


# --------------------------------------------------------------------------------------------------------
# Deterministic identities


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def parse_login_code(code: str) -> dict[str, str]:
    """``"openid:xyz,unionid:abc,nonce:1"`` -> ``{"openid": "xyz", "unionid": "abc", "nonce": "1"}``."""
    out: dict[str, str] = {}
    if code.startswith("openid:"):
        for part in code.split(","):
            key, sep, value = part.partition(":")
            if sep:
                out[key.strip()] = value.strip()
    if not out.get("openid"):
        out = {"openid": "o" + base64.urlsafe_b64encode(bytes.fromhex(_digest("openid", code))[:20])
               .decode().rstrip("=")[:27]}
    return out


def session_key_for(config: WeChatFakeConfig, openid: str) -> str:
    """A stable base64 16-byte AES key per (app, openid), like WeChat's session_key."""
    raw = hmac.new(config.secret.encode(), f"session:{config.appid}:{openid}".encode(), hashlib.sha256).digest()
    return base64.b64encode(raw[:16]).decode()


def phone_for_code(code: str) -> str:
    if code.startswith("phone:") and code[6:].isdigit():
        return code[6:]
    return "139" + str(int(_digest("phone", code), 16))[:8]


def encrypt_wxa_data(session_key: str, appid: str, payload: dict[str, Any],
                     iv: str | None = None) -> tuple[str, str]:
    """Encrypt ``payload`` (plus a watermark) the way the WeChat client does for the legacy
    getPhoneNumber/getUserInfo ``encryptedData``; returns ``(encrypted_data, iv)`` in base64.

    ``wechatpy.crypto.WeChatWxaCrypto(session_key, iv, appid).decrypt_message(encrypted_data)`` reverses it.
    """
    body = dict(payload)
    body["watermark"] = {"appid": appid, "timestamp": int(time.time())}
    iv_raw = base64.b64decode(iv) if iv else os.urandom(16)
    padder = padding.PKCS7(128).padder()
    plain = padder.update(json.dumps(body, ensure_ascii=False).encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(base64.b64decode(session_key)), modes.CBC(iv_raw)).encryptor()
    data = enc.update(plain) + enc.finalize()
    return base64.b64encode(data).decode(), base64.b64encode(iv_raw).decode()


# --------------------------------------------------------------------------------------------------------
# WeChat Pay v2 signing and XML (the same algorithm as wechatpy.pay.utils, written out independently)


def pay_sign(params: dict[str, Any], api_key: str, sign_type: str = "MD5") -> str:
    """WeChat Pay v2 signature: sorted non-empty ``k=v`` pairs joined by ``&``, then ``&key=<api key>``."""
    pairs = [f"{k}={params[k]}" for k in sorted(params) if k != "sign" and params[k] not in (None, "")]
    pairs.append(f"key={api_key}")
    raw = "&".join(pairs).encode()
    if sign_type == "HMAC-SHA256":
        return hmac.new(api_key.encode(), raw, hashlib.sha256).hexdigest().upper()
    return hashlib.md5(raw).hexdigest().upper()


def to_xml(params: dict[str, Any]) -> str:
    parts = ["<xml>"]
    for k, v in params.items():
        if v is None:
            continue
        s = str(v)
        if s.isdigit():
            parts.append(f"<{k}>{s}</{k}>")
        else:
            parts.append(f"<{k}><![CDATA[{s}]]></{k}>")
    parts.append("</xml>")
    return "".join(parts)


def parse_xml(body: bytes | str) -> dict[str, str]:
    data = xmltodict.parse(body)
    xml = data.get("xml") if isinstance(data, dict) else None
    if not isinstance(xml, dict):
        raise ValueError("no <xml> root")
    return {k: ("" if v is None else str(v)) for k, v in xml.items()}


def signed_xml(params: dict[str, Any], api_key: str, sign_type: str = "MD5") -> str:
    params = {k: v for k, v in params.items() if v is not None}
    params["sign"] = pay_sign(params, api_key, sign_type)
    return to_xml(params)


def build_pay_notify_xml(*, appid: str, mch_id: str, api_key: str, out_trade_no: str, total_fee: int,
                         openid: str, transaction_id: str | None = None, result_code: str = "SUCCESS",
                         time_end: str | None = None, attach: str | None = None,
                         trade_type: str = "JSAPI", sign: str | None = None) -> str:
    """The XML WeChat Pay POSTs to ``notify_url`` when an order is paid, signed with MD5 as WeChat does.

    Pass ``sign="..."`` to forge a bad signature. ``wechatpy.pay.WeChatPay.parse_payment_result`` accepts it.
    """
    params: dict[str, Any] = {
        "appid": appid,
        "attach": attach,
        "bank_type": "CFT",
        "cash_fee": total_fee,
        "fee_type": "CNY",
        "is_subscribe": "N",
        "mch_id": mch_id,
        "nonce_str": secrets.token_hex(16),
        "openid": openid,
        "out_trade_no": out_trade_no,
        "result_code": result_code,
        "return_code": "SUCCESS",
        "time_end": time_end or datetime.now(CST).strftime("%Y%m%d%H%M%S"),
        "total_fee": total_fee,
        "trade_type": trade_type,
        "transaction_id": transaction_id or new_transaction_id(),
    }
    if result_code != "SUCCESS":
        params["err_code"] = "PAYERROR"
        params["err_code_des"] = "支付失败"
    params = {k: v for k, v in params.items() if v is not None}
    params["sign"] = sign or pay_sign(params, api_key, "MD5")
    return to_xml(params)


def refund_req_info(api_key: str, fields: dict[str, Any]) -> str:
    """The refund notify's req_info: the result as <root> XML, AES-256-ECB (PKCS#7) with the lowercase hex
    md5 of the API key as the key, base64."""
    inner = "<root>" + "".join(f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields.items() if v is not None) + "</root>"
    padder = padding.PKCS7(128).padder()
    plain = padder.update(inner.encode()) + padder.finalize()
    key = hashlib.md5(api_key.encode()).hexdigest().encode()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # noqa: S305 - WeChat's format
    return base64.b64encode(enc.update(plain) + enc.finalize()).decode()


def build_refund_notify_xml(*, appid: str, mch_id: str, api_key: str, order: PayOrder, out_refund_no: str) -> str:
    """The XML WeChat Pay POSTs to a refund's notify_url: return_code, appid, mch_id, nonce_str and req_info (not
    signed; the encryption with the API key authenticates it). wechatpy's parse_refund_notify_result reads it."""
    r = order.refunds[out_refund_no]
    fields = {
        "transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no, "refund_id": r["refund_id"],
        "out_refund_no": out_refund_no, "total_fee": order.total_fee, "settlement_total_fee": order.total_fee,
        "refund_fee": r["refund_fee"], "settlement_refund_fee": r["refund_fee"], "refund_status": r["status"],
        "success_time": r.get("success_time") or None, "refund_recv_accout": "支付用户的零钱",
        "refund_account": "REFUND_SOURCE_UNSETTLED_FUNDS", "refund_request_source": "API",
    }
    return to_xml({"return_code": "SUCCESS", "appid": appid, "mch_id": mch_id, "nonce_str": secrets.token_hex(16),
                   "req_info": refund_req_info(api_key, fields)})


def micropay_scenario(auth_code: str) -> tuple[str, int] | None:
    """What the fake does with a payment code: None if the code is malformed (not 18 digits starting 10-15),
    else (scenario, n): ("pay", 0), ("userpaying", n) then SUCCESS on the n-th query, ("userpaying", 0) until
    reversed, ("userpaying_fail", n) then PAYERROR, ("notenough", 0), ("expired", 0) or ("forged", 0)."""
    if len(auth_code) != 18 or not auth_code.isdigit() or not "10" <= auth_code[:2] <= "15":
        return None
    if auth_code[2:4] != "88":
        return "pay", 0
    kind, n = auth_code[4], int(auth_code[5:7])
    return {"1": ("userpaying", max(n, 1)), "2": ("userpaying", 0), "3": ("notenough", 0), "4": ("expired", 0),
            "5": ("userpaying_fail", max(n, 1)), "9": ("forged", 0)}.get(kind, ("pay", 0))


def new_transaction_id() -> str:
    return "4200" + datetime.now(CST).strftime("%Y%m%d") + str(secrets.randbelow(10**10)).zfill(10)


# --------------------------------------------------------------------------------------------------------
# The fake


def _err(errcode: int, errmsg: str) -> HTTPResponse:
    return json_response({"errcode": errcode, "errmsg": f"{errmsg} rid: {secrets.token_hex(4)}"})


def _xml(body: str) -> HTTPResponse:
    return text_response(body, content_type="text/xml; charset=utf-8")


def _fail(msg: str) -> HTTPResponse:
    return _xml(to_xml({"return_code": "FAIL", "return_msg": msg}))


def wechat_blueprint(state: WeChatFakeState, name: str = "fake_wechat") -> Blueprint:
    """The fake's routes over ``state``; mount it on any Sanic app."""
    cfg = state.config
    bp = Blueprint(name)

    @bp.middleware("request")
    async def _record(request: Request) -> None:
        state.calls.append((request.method, request.path))

    def _valid_token(token: str) -> bool:
        exp = state.access_tokens.get(token)
        return exp is not None and exp > time.time()

    def _authed_json(request: Request) -> tuple[Any, HTTPResponse | None]:
        """The JSON body of a call made with an access token, or the error WeChat answers instead."""
        if not _valid_token(request.args.get("access_token") or ""):
            return None, _err(40001, "invalid credential, access_token is invalid or not latest")
        try:
            return json.loads(request.body or b"{}"), None
        except ValueError:
            return None, _err(47001, "data format error")

    @bp.get("/sns/jscode2session")
    async def jscode2session(request: Request) -> HTTPResponse:
        q = request.args
        if q.get("grant_type") != "authorization_code":
            return _err(40002, "invalid grant_type")
        if q.get("appid") != cfg.appid:
            return _err(40013, "invalid appid")
        if q.get("secret") != cfg.secret:
            return _err(40125, "invalid appsecret")
        code = q.get("js_code") or ""
        if not code or code.startswith(("bad", "invalid")):
            return _err(40029, "invalid code")
        if cfg.single_use_codes and code in state.used_codes:
            return _err(40163, "code been used")
        state.used_codes.add(code)
        ident = parse_login_code(code)
        openid = ident["openid"]
        session_key = session_key_for(cfg, openid)
        state.sessions[openid] = session_key
        body: dict[str, Any] = {"openid": openid, "session_key": session_key}
        if not ident.get("nounionid"):
            body["unionid"] = ident.get("unionid") or f"union-{openid}"
        return json_response(body)

    @bp.get("/cgi-bin/token")
    async def token(request: Request) -> HTTPResponse:
        q = request.args
        if q.get("grant_type") != "client_credential":
            return _err(40002, "invalid grant_type")
        if q.get("appid") != cfg.appid:
            return _err(40013, "invalid appid")
        if q.get("secret") != cfg.secret:
            return _err(40125, "invalid appsecret")
        tok = secrets.token_urlsafe(48)
        state.access_tokens[tok] = time.time() + cfg.token_ttl
        return json_response({"access_token": tok, "expires_in": cfg.token_ttl})

    @bp.post("/wxa/business/getuserphonenumber")
    async def getuserphonenumber(request: Request) -> HTTPResponse:
        body, refused = _authed_json(request)
        if refused is not None:
            return refused
        code = str(body.get("code") or "") if isinstance(body, dict) else ""
        if not code or code.startswith(("bad", "invalid")):
            return _err(40029, "invalid code")
        phone = phone_for_code(code)
        return json_response({
            "errcode": 0,
            "errmsg": "ok",
            "phone_info": {
                "phoneNumber": phone,
                "purePhoneNumber": phone,
                "countryCode": "86",
                "watermark": {"timestamp": int(time.time()), "appid": cfg.appid},
            },
        })

    # ---- subscribe messages (小程序订阅消息) ---------------------------------------------------------------

    limits = {"thing": 20, "name": 10, "phrase": 5, "character_string": 32, "number": 32, "letter": 32,
              "symbol": 5, "amount": 32, "phone_number": 17, "car_number": 8, "date": 32, "time": 32}

    @bp.post("/cgi-bin/message/subscribe/send")
    async def subscribe_send(request: Request) -> HTTPResponse:
        body, refused = _authed_json(request)
        if refused is not None:
            return refused
        if not isinstance(body, dict):
            return _err(47001, "data format error")
        openid, template_id = str(body.get("touser") or ""), str(body.get("template_id") or "")
        if not openid:
            return _err(40003, "invalid openid")
        keywords = cfg.subscribe_templates.get(template_id)
        if keywords is None:
            return _err(40037, "invalid template_id")
        data = body.get("data")
        if not isinstance(data, dict) or set(data) != set(keywords):
            return _err(47003, "argument invalid! data.keys do not match the template")
        for key, item in data.items():
            value = item.get("value") if isinstance(item, dict) else None
            kind = key.rstrip("0123456789")
            if not isinstance(value, str) or not value or len(value) > limits.get(kind, 20):
                return _err(47003, f"argument invalid! data.{key}.value invalid")
        if body.get("miniprogram_state", "formal") not in ("developer", "trial", "formal"):
            return _err(47003, "argument invalid! miniprogram_state invalid")
        left = state.subscriptions.get((openid, template_id), 0)
        if left <= 0:
            return _err(43101, "user refuse to accept the msg")
        state.subscriptions[(openid, template_id)] = left - 1
        msgid = int(time.time() * 1000) * 1000 + len(state.subscribe_sent)
        state.subscribe_sent.append({"msgid": msgid, "touser": openid, "template_id": template_id,
                                     "page": body.get("page"), "data": data})
        return json_response({"errcode": 0, "errmsg": "ok", "msgid": msgid})

    @bp.post("/fake/subscribe/accept")
    async def subscribe_accept(request: Request) -> HTTPResponse:
        """Test/demo hook: the user tapped 允许 in wx.requestSubscribeMessage for this template."""
        body = request.json if request.body else {}
        body = body if isinstance(body, dict) else {}
        openid, template_id = str(body.get("openid") or ""), str(body.get("template_id") or "")
        if not openid or template_id not in cfg.subscribe_templates:
            return json_response({"error": "openid and a known template_id are required"}, status=400)
        times = body.get("times", 1)
        times = times if isinstance(times, int) and 0 < times <= 100 else 1
        key = (openid, template_id)
        state.subscriptions[key] = state.subscriptions.get(key, 0) + times
        return json_response({"openid": openid, "template_id": template_id, "accepts": state.subscriptions[key]})

    # ---- WeChat Pay v2 ------------------------------------------------------------------------------

    def _read_signed(request: Request) -> tuple[dict[str, str] | None, str, HTTPResponse | None]:
        try:
            data = parse_xml(request.body)
        except Exception:
            return None, "MD5", _fail("XML格式错误")
        sign_type = data.get("sign_type") or "MD5"
        if sign_type not in ("MD5", "HMAC-SHA256"):
            return None, "MD5", _fail("签名类型错误")
        if data.get("mch_id") != cfg.mch_id:
            return None, sign_type, _fail("mch_id参数格式错误")
        if not data.get("sign") or data["sign"] != pay_sign(data, cfg.api_key, sign_type):
            return None, sign_type, _fail("签名错误")
        if data.get("appid") != cfg.appid:
            return None, sign_type, _fail("appid和mch_id不匹配")
        return data, sign_type, None

    def _answer(sign_type: str, fields: dict[str, Any], err: tuple[str, str] | None = None, *,
                forged: bool = False) -> HTTPResponse:
        base: dict[str, Any] = {
            "return_code": "SUCCESS",
            "return_msg": "OK",
            "appid": cfg.appid,
            "mch_id": cfg.mch_id,
            "nonce_str": secrets.token_hex(16),
            "result_code": "FAIL" if err else "SUCCESS",
        }
        if err:
            base["err_code"], base["err_code_des"] = err
        base.update(fields)
        return _xml(signed_xml(base, "forged" + cfg.api_key[6:] if forged else cfg.api_key, sign_type))

    @bp.post("/pay/unifiedorder")
    async def unifiedorder(request: Request) -> HTTPResponse:
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        required = ["nonce_str", "body", "out_trade_no", "total_fee", "spbill_create_ip", "notify_url",
                    "trade_type"]
        missing = [k for k in required if not data.get(k)]
        if data.get("trade_type") == "JSAPI" and not data.get("openid"):
            missing.append("openid")
        if missing:
            return _answer(sign_type, {}, ("PARAM_ERROR", f"缺少参数{missing[0]}"))
        if not data["total_fee"].isdigit() or int(data["total_fee"]) <= 0:
            return _answer(sign_type, {}, ("PARAM_ERROR", "total_fee参数错误"))
        if not data["notify_url"].startswith(("http://", "https://")):
            return _answer(sign_type, {}, ("PARAM_ERROR", "notify_url参数错误"))
        out_trade_no = data["out_trade_no"]
        # A repeated request for the same out_trade_no gets the same prepay_id when the business fields match
        # (time_start/time_expire/nonce_str differ on every wechatpy call); else WeChat's "201" duplicate error.
        signature = {k: data.get(k, "") for k in ("body", "total_fee", "openid", "trade_type", "notify_url")}
        existing = state.orders.get(out_trade_no)
        if existing is not None:
            if existing.trade_state == "SUCCESS":
                return _answer(sign_type, {}, ("ORDERPAID", "该订单已支付"))
            if existing.trade_state == "CLOSED":
                return _answer(sign_type, {}, ("ORDERCLOSED", "该订单已关闭"))
            if existing.params != signature:
                return _answer(sign_type, {}, ("INVALID_REQUEST", "201 商户订单号重复"))
            order = existing  # same request again: WeChat answers the same prepay_id
        else:
            order = PayOrder(
                out_trade_no=out_trade_no,
                prepay_id="wx" + datetime.now(CST).strftime("%d%H%M%S") + secrets.token_hex(12),
                params=signature,
                total_fee=int(data["total_fee"]),
                notify_url=data["notify_url"],
                openid=data.get("openid", ""),
                attach=data.get("attach", ""),
            )
            state.orders[out_trade_no] = order
        return _answer(sign_type, {"trade_type": data["trade_type"], "prepay_id": order.prepay_id,
                                   "device_info": data.get("device_info") or None})

    def _find(data: dict[str, str]) -> PayOrder | None:
        if data.get("out_trade_no"):
            return state.orders.get(data["out_trade_no"])
        if data.get("transaction_id"):
            return next((o for o in state.orders.values() if o.transaction_id == data["transaction_id"]), None)
        return None

    def _paid(order: PayOrder) -> None:
        order.trade_state = "SUCCESS"
        order.transaction_id = new_transaction_id()
        order.time_end = datetime.now(CST).strftime("%Y%m%d%H%M%S")
        order.charged += 1

    def _micropay_fields(order: PayOrder) -> dict[str, Any]:
        return {"openid": order.openid, "is_subscribe": "N", "trade_type": "MICROPAY", "bank_type": "CFT",
                "total_fee": order.total_fee, "cash_fee": order.total_fee, "fee_type": "CNY",
                "transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no,
                "time_end": order.time_end, "attach": order.attach or None}

    @bp.post("/pay/micropay")
    async def micropay(request: Request) -> HTTPResponse:
        """付款码支付: charge the shopper's payment code now; USERPAYING when WeChat asks for the password."""
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        missing = [k for k in ("nonce_str", "body", "out_trade_no", "total_fee", "spbill_create_ip", "auth_code")
                   if not data.get(k)]
        if missing:
            return _answer(sign_type, {}, ("PARAM_ERROR", f"缺少参数{missing[0]}"))
        if not data["total_fee"].isdigit() or int(data["total_fee"]) <= 0:
            return _answer(sign_type, {}, ("PARAM_ERROR", "total_fee参数错误"))
        auth_code, out_trade_no, fee = data["auth_code"], data["out_trade_no"], int(data["total_fee"])
        existing = state.orders.get(out_trade_no)
        if existing is not None:  # the same out_trade_no again: never a second charge
            if existing.trade_type != "MICROPAY" or existing.auth_code != auth_code or existing.total_fee != fee:
                return _answer(sign_type, {}, ("OUT_TRADE_NO_USED", "商户订单号重复"), forged=existing.forged)
            answer = {"SUCCESS": ("ORDERPAID", "订单已支付"), "REVOKED": ("ORDERREVERSED", "订单已撤销"),
                      "USERPAYING": ("USERPAYING", "需要用户输入支付密码"),
                      "PAYERROR": ("ORDERCLOSED", "订单已关闭")}.get(existing.trade_state,
                                                                   ("ORDERCLOSED", "订单已关闭"))
            return _answer(sign_type, {}, answer, forged=existing.forged)
        scenario = micropay_scenario(auth_code)
        if scenario is None:
            return _answer(sign_type, {}, ("AUTH_CODE_INVALID", "授权码参数错误，请用户刷新付款码后重试"))
        if auth_code in state.used_auth_codes or scenario[0] == "expired":
            return _answer(sign_type, {}, ("AUTHCODEEXPIRE", "二维码已过期，请用户在微信上刷新后再试"))
        kind, n = scenario
        state.used_auth_codes[auth_code] = out_trade_no
        if kind == "notenough":
            return _answer(sign_type, {}, ("NOTENOUGH", "余额不足"))
        order = PayOrder(out_trade_no=out_trade_no, prepay_id="", params={"body": data["body"]}, total_fee=fee,
                         notify_url="", openid="o" + _digest("payer", auth_code)[:27], attach=data.get("attach", ""),
                         trade_type="MICROPAY", auth_code=auth_code, forged=kind == "forged")
        state.orders[out_trade_no] = order
        if kind in ("userpaying", "userpaying_fail"):
            order.trade_state, order.queries_left = "USERPAYING", n
            order.then = "" if n == 0 else ("SUCCESS" if kind == "userpaying" else "PAYERROR")
            return _answer(sign_type, {}, ("USERPAYING", "需要用户输入支付密码"))
        _paid(order)
        return _answer(sign_type, _micropay_fields(order), forged=order.forged)

    @bp.post("/pay/orderquery")
    async def orderquery(request: Request) -> HTTPResponse:
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        order = _find(data)
        if order is None:
            return _answer(sign_type, {}, ("ORDERNOTEXIST", "订单不存在"))
        if order.trade_state == "USERPAYING" and order.then:
            order.queries_left -= 1
            if order.queries_left <= 0:
                if order.then == "SUCCESS":
                    _paid(order)
                else:
                    order.trade_state = "PAYERROR"
        fields: dict[str, Any] = {
            "out_trade_no": order.out_trade_no,
            "trade_state": order.trade_state,
            "total_fee": order.total_fee,
            "openid": order.openid or None,
            "trade_type": order.trade_type if order.trade_type == "MICROPAY" else order.params.get("trade_type"),
            "trade_state_desc": {"NOTPAY": "订单未支付", "SUCCESS": "支付成功", "CLOSED": "已关闭",
                                 "REFUND": "转入退款", "PAYERROR": "支付失败",
                                 "USERPAYING": "需要用户输入支付密码", "REVOKED": "已撤销"}.get(order.trade_state),
        }
        if order.transaction_id:
            fields.update(transaction_id=order.transaction_id, time_end=order.time_end,
                          cash_fee=order.total_fee, fee_type="CNY", bank_type="CFT")
        return _answer(sign_type, fields, forged=order.forged)

    @bp.post("/secapi/pay/reverse")
    async def reverse(request: Request) -> HTTPResponse:
        """撤销 a micropay trade: an unpaid one is closed, a paid one refunded in full. recall=N: done."""
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        order = _find(data)
        state.reversals.append(data.get("out_trade_no") or data.get("transaction_id") or "")
        if order is None:
            return _answer(sign_type, {}, ("ORDERNOTEXIST", "订单不存在"))
        if order.trade_type != "MICROPAY":
            return _answer(sign_type, {}, ("TRADE_ERROR", "订单状态错误，只能撤销付款码支付的订单"))
        if order.trade_state == "SUCCESS":
            order.refunds["reverse"] = {"refund_id": "5030" + secrets.token_hex(10), "refund_fee": order.total_fee}
        order.trade_state = "REVOKED"
        return _answer(sign_type, {"recall": "N"}, forged=order.forged)

    @bp.post("/pay/closeorder")
    async def closeorder(request: Request) -> HTTPResponse:
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        order = _find(data)
        state.closes.append(data.get("out_trade_no", ""))
        if order is None:
            return _answer(sign_type, {}, ("ORDERNOTEXIST", "订单不存在"))
        if order.trade_state in ("SUCCESS", "REFUND"):
            return _answer(sign_type, {}, ("ORDERPAID", "订单已支付，不能发起关单"))
        order.trade_state = "CLOSED"
        return _answer(sign_type, {})

    async def _send_refund_notify(order: PayOrder, out_refund_no: str) -> None:
        r = order.refunds[out_refund_no]
        r["notify_xml"] = build_refund_notify_xml(appid=cfg.appid, mch_id=cfg.mch_id, api_key=cfg.api_key,
                                                  order=order, out_refund_no=out_refund_no)
        url = r.get("notify_url") or ""
        if not state.auto_refund_notify or not url:
            return
        await asyncio.sleep(0.05)  # after the refund answer, as WeChat's notify comes later
        record: dict[str, Any] = {"out_refund_no": out_refund_no, "status": None, "response": None}
        try:
            async with httpx.AsyncClient(timeout=10.0, trust_env=False) as http:
                resp = await http.post(url, content=r["notify_xml"].encode(), headers={"Content-Type": "text/xml"})
            record["status"], record["response"] = resp.status_code, resp.text
        except httpx.HTTPError as exc:
            record["response"] = f"{type(exc).__name__}: {exc}"
        r.setdefault("notifications", []).append(record)

    def _settle(order: PayOrder, out_refund_no: str, status: str = "SUCCESS") -> None:
        r = order.refunds[out_refund_no]
        r["status"] = status
        if status == "SUCCESS":
            r["success_time"] = datetime.now(CST).strftime("%Y-%m-%d %H:%M:%S")
        task = asyncio.get_running_loop().create_task(_send_refund_notify(order, out_refund_no))
        notify_tasks.add(task)
        task.add_done_callback(notify_tasks.discard)

    notify_tasks: set[asyncio.Task[Any]] = set()

    @bp.post("/secapi/pay/refund")
    async def refund(request: Request) -> HTTPResponse:
        """申请退款: one refund per out_refund_no (a repeat answers the first one), at most the trade's total."""
        state.secapi_calls.append(request.path)
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        out_refund_no = data.get("out_refund_no") or ""
        state.refund_calls[out_refund_no] = state.refund_calls.get(out_refund_no, 0) + 1
        if state.refund_hang_s:
            await asyncio.sleep(state.refund_hang_s)
        if state.refund_fail_next > 0:
            state.refund_fail_next -= 1
            return _answer(sign_type, {}, ("SYSTEMERROR", "系统超时，请用相同参数再次调用"))
        order = _find(data)
        if order is None:
            return _answer(sign_type, {}, ("ORDERNOTEXIST", "订单不存在"))
        refund_fee = int(data.get("refund_fee") or 0) if (data.get("refund_fee") or "").isdigit() else 0
        if not out_refund_no or refund_fee <= 0 or data.get("total_fee") != str(order.total_fee):
            return _answer(sign_type, {}, ("PARAM_ERROR", "参数错误"))
        existing = order.refunds.get(out_refund_no)
        if existing is None:
            if order.trade_state not in ("SUCCESS", "REFUND"):
                return _answer(sign_type, {}, ("TRADE_STATE_ERROR", "订单状态错误"))
            already = sum(int(r["refund_fee"]) for r in order.refunds.values())
            if already + refund_fee > order.total_fee:
                return _answer(sign_type, {}, ("ERROR", "订单已全额退款或申请退款金额超过订单可退金额"))
            existing = {"refund_id": "5030" + datetime.now(CST).strftime("%Y%m%d") + secrets.token_hex(8),
                        "refund_fee": refund_fee, "status": "PROCESSING", "notify_url": data.get("notify_url", ""),
                        "refund_desc": data.get("refund_desc", ""), "created": time.time()}
            order.refunds[out_refund_no] = existing
            order.trade_state = "REFUND"
            if not state.refund_hold:
                _settle(order, out_refund_no)
        elif existing["refund_fee"] != refund_fee:
            return _answer(sign_type, {}, ("PARAM_ERROR", "同一退款单号的退款金额不一致"))
        return _answer(sign_type, {
            "transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no,
            "out_refund_no": out_refund_no, "refund_id": existing["refund_id"], "refund_channel": None,
            "refund_fee": existing["refund_fee"], "settlement_refund_fee": existing["refund_fee"],
            "total_fee": order.total_fee, "settlement_total_fee": order.total_fee, "fee_type": "CNY",
            "cash_fee": order.total_fee, "cash_refund_fee": existing["refund_fee"],
        })

    @bp.post("/pay/refundquery")
    async def refundquery(request: Request) -> HTTPResponse:
        """查询退款 by out_refund_no / refund_id / out_trade_no / transaction_id: refund_status_<n> per refund."""
        data, sign_type, bad = _read_signed(request)
        if bad is not None or data is None:
            return bad or _fail("参数错误")
        found: list[tuple[PayOrder, str]] = []
        for o in state.orders.values():
            for no, r in o.refunds.items():
                if no == "reverse":
                    continue
                if (data.get("out_refund_no") == no or data.get("refund_id") == r["refund_id"]
                        or (data.get("out_trade_no") and data.get("out_trade_no") == o.out_trade_no)
                        or (data.get("transaction_id") and data.get("transaction_id") == o.transaction_id)):
                    found.append((o, no))
        if not found:
            return _answer(sign_type, {}, ("REFUNDNOTEXIST", "退款订单查询失败"))
        order = found[0][0]
        fields: dict[str, Any] = {"transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no,
                                  "total_fee": order.total_fee, "cash_fee": order.total_fee,
                                  "refund_count": len(found)}
        for n, (o, no) in enumerate(found):
            r = o.refunds[no]
            fields.update({f"out_refund_no_{n}": no, f"refund_id_{n}": r["refund_id"],
                           f"refund_fee_{n}": r["refund_fee"], f"refund_status_{n}": r["status"],
                           f"refund_channel_{n}": "ORIGINAL", f"refund_recv_accout_{n}": "支付用户的零钱",
                           f"refund_success_time_{n}": r.get("success_time") or None})
        return _answer(sign_type, fields)

    @bp.post("/fake/pay/refund/settle")
    async def refund_settle(request: Request) -> HTTPResponse:
        """Test/demo hook: a held refund reaches its result (SUCCESS, REFUNDCLOSE or CHANGE) and its notify is sent."""
        body = request.json if request.body else {}
        body = body if isinstance(body, dict) else {}
        no = str(body.get("out_refund_no") or "")
        order = next((o for o in state.orders.values() if no in o.refunds), None)
        if order is None:
            return json_response({"error": "refund_not_found"}, status=404)
        status = str(body.get("status") or "SUCCESS")
        if status not in ("SUCCESS", "REFUNDCLOSE", "CHANGE"):
            return json_response({"error": "bad_status"}, status=400)
        _settle(order, no, status)
        return json_response({"out_refund_no": no, "refund_status": status})

    @bp.post("/fake/pay/confirm")
    async def confirm(request: Request) -> HTTPResponse:
        """Test/demo hook: the shopper "pays"; the fake POSTs the signed notify XML to notify_url."""
        body = request.json if request.body else {}
        body = body if isinstance(body, dict) else {}
        order = state.orders.get(str(body.get("out_trade_no") or "")) or \
            state.order_by_prepay_id(str(body.get("prepay_id") or ""))
        if order is None:
            return json_response({"error": "order_not_found"}, status=404)
        result_code = str(body.get("result_code") or "SUCCESS")
        if order.trade_state == "CLOSED":  # the shopper's WeChat says 订单已关闭; nothing is paid
            return json_response({"error": "ORDERCLOSED", "out_trade_no": order.out_trade_no}, status=409)
        if order.trade_state == "NOTPAY":
            order.trade_state = "SUCCESS" if result_code == "SUCCESS" else "PAYERROR"
            order.transaction_id = new_transaction_id()
            order.time_end = datetime.now(CST).strftime("%Y%m%d%H%M%S")
        xml = build_pay_notify_xml(
            appid=cfg.appid, mch_id=cfg.mch_id, api_key=cfg.api_key, out_trade_no=order.out_trade_no,
            total_fee=order.total_fee, openid=order.openid, transaction_id=order.transaction_id,
            result_code=result_code, time_end=order.time_end, attach=order.attach or None,
            trade_type=order.params.get("trade_type", "JSAPI"),
        )
        record: dict[str, Any] = {"xml": xml, "status": None, "response": None}
        try:
            async with httpx.AsyncClient(timeout=10.0, trust_env=False) as http:
                resp = await http.post(order.notify_url, content=xml.encode(),
                                       headers={"Content-Type": "text/xml"})
            record["status"], record["response"] = resp.status_code, resp.text
        except httpx.HTTPError as exc:
            record["response"] = f"{type(exc).__name__}: {exc}"
        order.notifications.append(record)
        acked = False
        if record["status"] == 200:
            try:
                acked = parse_xml(record["response"]).get("return_code") == "SUCCESS"
            except Exception:
                acked = False
        return json_response({"out_trade_no": order.out_trade_no, "transaction_id": order.transaction_id,
                              "trade_state": order.trade_state, "notify_status": record["status"],
                              "notify_response": record["response"], "acknowledged": acked})

    return bp


def create_wechat_fake(config: WeChatFakeConfig | None = None) -> Sanic:
    """A Sanic app serving the WeChat fake; its state is ``app.ctx.state`` (a :class:`WeChatFakeState`)."""
    state = WeChatFakeState(config=config or WeChatFakeConfig())
    app = Sanic(unique_app_name("fake_wechat"), configure_logging=False)
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.ctx.state = state
    app.blueprint(wechat_blueprint(state))
    return app
