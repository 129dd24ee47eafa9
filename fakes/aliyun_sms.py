"""A local fake of Alibaba Cloud SMS (Dysmsapi 2017-05-25) speaking its wire format, for tests and make run.

- ``GET|POST /`` with the RPC common parameters (AccessKeyId, Action, Format, RegionId, SignatureMethod=HMAC-SHA1,
  SignatureNonce, SignatureVersion=1.0, Timestamp, Version) and ``Signature``: the fake recomputes the signature
  with the AccessKey secret (StringToSign = METHOD&%2F&percentEncode(sorted canonical query)) and answers
  ``SignatureDoesNotMatch`` (400) when it differs, ``SignatureNonceUsed`` for a nonce seen before,
  ``InvalidAccessKeyId.NotFound`` for an unknown key.
- ``SendSms`` (PhoneNumbers, SignName, TemplateCode, TemplateParam JSON, OutId) and ``SendBatchSms``
  (PhoneNumberJson, SignNameJson, TemplateCode, TemplateParamJson): each message is recorded (``state.messages``)
  and answered ``{"Code": "OK", "BizId", "RequestId", "Message": "OK"}``. A malformed number ->
  ``isv.MOBILE_NUMBER_ILLEGAL``; an unknown sign name -> ``isv.SMS_SIGNATURE_ILLEGAL``.
- Delivery receipts in Alibaba's SmsReport shape (phone_number, send_time, report_time, success, err_code,
  err_msg, sms_size, biz_id, out_id) are queued per message (``take_reports()``); a number ending in 0000 is
  "not delivered" (err_code MOBILE_NOT_ON_SERVICE). With ``report_url`` set (make run) they are POSTed there.
- Replies (SmsUp shape: phone_number, send_time, content, sign_name, dest_code, sequence_id): ``POST
  /fake/reply {"phone_number", "content"}`` queues one (``take_replies()``) and POSTs it to ``reply_url`` when set.
- Switches: ``outage`` (every send answers HTTP 503 ServiceUnavailable), ``fail_templates`` (sends of these
  template codes answer 503), ``fail_next`` (the next N sends do). ``GET /fake/messages`` lists what was sent.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend import demo_accounts
from fakes.server import unique_app_name
from integrations.aliyun.signing import sign

CST = timezone(timedelta(hours=8))
_PHONE = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")


@dataclass
class AliyunSmsFakeConfig:
    access_key_id: str = demo_accounts.ALIYUN_SMS_ACCESS_KEY_ID
    access_key_secret: str = demo_accounts.ALIYUN_SMS_ACCESS_KEY_SECRET
    sign_names: tuple[str, ...] = ("Cradle母婴",)


@dataclass
class SentSms:
    biz_id: str
    phone: str
    sign_name: str
    template_code: str
    params: dict[str, Any]
    out_id: str
    at: datetime


@dataclass
class AliyunSmsFakeState:
    config: AliyunSmsFakeConfig = field(default_factory=AliyunSmsFakeConfig)
    messages: list[SentSms] = field(default_factory=list)
    calls: int = 0  # every request that reached an action (failed ones too)
    outage: bool = False
    fail_templates: set[str] = field(default_factory=set)
    fail_next: int = 0
    report_url: str = ""
    reply_url: str = ""
    nonces: set[str] = field(default_factory=set)
    _reports: list[dict[str, Any]] = field(default_factory=list)
    _replies: list[dict[str, Any]] = field(default_factory=list)

    def take_reports(self) -> list[dict[str, Any]]:
        out, self._reports = self._reports, []
        return out

    def take_replies(self) -> list[dict[str, Any]]:
        out, self._replies = self._replies, []
        return out

    def sent_to(self, phone: str) -> list[SentSms]:
        return [m for m in self.messages if m.phone == phone]


def _answer(code: str, message: str, status: int = 200, **extra: Any) -> HTTPResponse:
    return json_response({"Code": code, "Message": message, "RequestId": str(uuid.uuid4()).upper(), **extra},
                         status=status, ensure_ascii=False)


def _check_common(state: AliyunSmsFakeState, method: str, params: dict[str, str]) -> HTTPResponse | None:
    for name in ("AccessKeyId", "Action", "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp",
                 "Version", "Signature"):
        if not params.get(name):
            return _answer("MissingParameter", f"The input parameter \"{name}\" that is mandatory for processing "
                                               "this request is not supplied.", 400)
    if params["AccessKeyId"] != state.config.access_key_id:
        return _answer("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404)
    if params["SignatureMethod"] != "HMAC-SHA1" or params["SignatureVersion"] != "1.0":
        return _answer("InvalidParameter", "Specified signature method or version is not supported.", 400)
    try:
        at = datetime.strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return _answer("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.", 400)
    if abs((datetime.now(UTC) - at).total_seconds()) > 900:
        return _answer("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", 400)
    if sign(method, params, state.config.access_key_secret) != params["Signature"]:
        return _answer("SignatureDoesNotMatch", "Specified signature is not matched with our calculation.", 400)
    if params["SignatureNonce"] in state.nonces:
        return _answer("SignatureNonceUsed", "Specified signature nonce was used already.", 400)
    state.nonces.add(params["SignatureNonce"])
    return None


def _report(m: SentSms) -> dict[str, Any]:
    ok = not m.phone.endswith("0000")
    now = datetime.now(CST).strftime("%Y-%m-%d %H:%M:%S")
    return {"phone_number": m.phone, "send_time": m.at.strftime("%Y-%m-%d %H:%M:%S"), "report_time": now,
            "success": ok, "err_code": "DELIVERED" if ok else "MOBILE_NOT_ON_SERVICE",
            "err_msg": "用户接收成功" if ok else "停机或空号", "sms_size": "1", "biz_id": m.biz_id, "out_id": m.out_id}


async def _push(url: str, items: list[dict[str, Any]]) -> None:
    try:
        async with httpx.AsyncClient(timeout=10.0, trust_env=False) as http:
            await http.post(url, json=items)
    except httpx.HTTPError:
        pass  # Alibaba retries later; the fake keeps nothing


def _send(state: AliyunSmsFakeState, phones: list[str], signs: list[str], template: str,
          params: list[dict[str, Any]], out_id: str) -> HTTPResponse:
    state.calls += 1
    if state.outage or template in state.fail_templates or state.fail_next > 0:
        state.fail_next = max(0, state.fail_next - 1)
        return _answer("ServiceUnavailable", "The request has failed due to a temporary failure of the server.", 503)
    if not phones or len(phones) > 1000 or not all(_PHONE.match(p) for p in phones):
        return _answer("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")
    if not all(s in state.config.sign_names for s in signs):
        return _answer("isv.SMS_SIGNATURE_ILLEGAL", "该账号下找不到对应签名")
    if not re.fullmatch(r"SMS_[A-Za-z0-9_]+", template):
        return _answer("isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板")
    biz_id = f"{secrets.randbelow(10**6):06d}^{secrets.randbelow(10**10):010d}"
    now = datetime.now(CST)
    sent = [SentSms(biz_id, p[-11:], s, template, pr, out_id, now) for p, s, pr in zip(phones, signs, params,
                                                                                       strict=True)]
    state.messages.extend(sent)
    reports = [_report(m) for m in sent]
    state._reports.extend(reports)
    if state.report_url:
        asyncio.get_running_loop().create_task(_push(state.report_url, reports))
    return _answer("OK", "OK", BizId=biz_id)


def _json(value: str, kind: type) -> Any:
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, kind) else None


def aliyun_sms_blueprint(state: AliyunSmsFakeState, name: str | None = None, url_prefix: str = "") -> Blueprint:
    bp = Blueprint(name or unique_app_name("fake_aliyun_sms_bp"), url_prefix=url_prefix or None)

    @bp.route("/", methods=["GET", "POST"])
    async def rpc(request: Request) -> HTTPResponse:
        source = request.form if request.method == "POST" and request.form else request.args
        params = {k: v[0] for k, v in source.items()}
        bad = _check_common(state, request.method, params)
        if bad is not None:
            return bad
        action = params["Action"]
        if action == "SendSms":
            tp = _json(params.get("TemplateParam") or "{}", dict)
            if tp is None:
                return _answer("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
            phones = [p for p in (params.get("PhoneNumbers") or "").split(",") if p]
            return _send(state, phones, [params.get("SignName", "")] * len(phones), params.get("TemplateCode", ""),
                         [tp] * len(phones), params.get("OutId", ""))
        if action == "SendBatchSms":
            phones, signs = _json(params.get("PhoneNumberJson", ""), list), _json(params.get("SignNameJson", ""), list)
            tps = _json(params.get("TemplateParamJson") or "[]", list)
            if phones is None or signs is None or tps is None or not len(phones) == len(signs) == len(tps):
                return _answer("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
            if len(phones) > 100:
                return _answer("isv.BATCH_LIMIT", "批量发送号码数超过上限")
            return _send(state, [str(p) for p in phones], [str(s) for s in signs], params.get("TemplateCode", ""),
                         tps, params.get("OutId", ""))
        return _answer("InvalidAction.NotFound", "Specified api is not found, please check your url and method.",
                       404)

    @bp.post("/fake/reply")
    async def reply(request: Request) -> HTTPResponse:
        """Test/demo hook: a member replies to our sign's number; queued and POSTed as SmsUp."""
        body = request.json or {}
        item = {"phone_number": str(body.get("phone_number", "")), "content": str(body.get("content", "")),
                "send_time": datetime.now(CST).strftime("%Y-%m-%d %H:%M:%S"),
                "sign_name": state.config.sign_names[0], "dest_code": "1234",
                "sequence_id": secrets.randbelow(10**10)}
        state._replies.append(item)
        if state.reply_url:
            await _push(state.reply_url, [item])
        return json_response({"queued": True, "pushed_to": state.reply_url})

    @bp.get("/fake/messages")
    async def messages(request: Request) -> HTTPResponse:
        return json_response({"messages": [
            {"biz_id": m.biz_id, "phone": m.phone[:3] + "****" + m.phone[-4:], "template_code": m.template_code,
             "params": m.params, "out_id": m.out_id, "at": m.at.isoformat()} for m in state.messages[-200:]]},
            ensure_ascii=False)

    return bp


def create_aliyun_sms_fake(config: AliyunSmsFakeConfig | None = None) -> Sanic:
    """A Sanic app serving the fake; its state is ``app.ctx.state`` (an :class:`AliyunSmsFakeState`)."""
    state = AliyunSmsFakeState(config=config or AliyunSmsFakeConfig())
    app = Sanic(unique_app_name("fake_aliyun_sms"), configure_logging=False)
    app.ctx.state = state
    app.blueprint(aliyun_sms_blueprint(state))
    return app
