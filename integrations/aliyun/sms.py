"""Alibaba Cloud SMS (Dysmsapi, API version 2017-05-25) over httpx: SendSms and SendBatchSms, RPC-style requests
signed with HMAC-SHA1 (integrations.aliyun.signing). The endpoint is CRADLE_ALIYUN_SMS_ENDPOINT (the local fake
fakes.aliyun_sms under make run and in tests). Installed in the core's port backend.crm.senders by backend.wiring.

Answers are JSON {"Code", "Message", "BizId", "RequestId"}; Code "OK" is success. Classified for the sender:
throttling, system errors, HTTP 5xx and the network -> retry; anything else (a bad number, a template or sign
name not approved, a signature refused) -> failed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from backend.crm.config import CrmConfig, crm_config
from backend.crm.senders import SendResult
from backend.errors import ServiceUnavailable
from integrations.aliyun.signing import sign

API_VERSION = "2017-05-25"
RETRY_CODES = frozenset({
    "isv.BUSINESS_LIMIT_CONTROL",  # the provider's per-number / per-second flow control
    "Throttling", "Throttling.User", "ServiceUnavailable", "InternalError", "isp.SYSTEM_ERROR",
})


class AliyunSms:
    def __init__(self, cfg: CrmConfig, http: httpx.AsyncClient | None = None) -> None:
        self.cfg = cfg
        self._http = http

    def _params(self, action: str, extra: Mapping[str, str], now: datetime | None = None) -> dict[str, str]:
        params = {
            "AccessKeyId": self.cfg.sms_access_key_id, "Action": action, "Format": "JSON",
            "RegionId": self.cfg.sms_region, "SignatureMethod": "HMAC-SHA1", "SignatureNonce": uuid.uuid4().hex,
            "SignatureVersion": "1.0", "Timestamp": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": API_VERSION, **extra,
        }
        params["Signature"] = sign("POST", params, self.cfg.sms_access_key_secret)
        return params

    async def _call(self, action: str, extra: Mapping[str, str]) -> SendResult:
        params = self._params(action, extra)
        try:
            if self._http is not None:
                resp = await self._http.post(self.cfg.sms_endpoint, data=params)
            else:
                async with httpx.AsyncClient(timeout=self.cfg.sms_timeout_s, trust_env=False) as http:
                    resp = await http.post(self.cfg.sms_endpoint, data=params)
        except httpx.HTTPError as exc:
            return SendResult("retry", code="network", message=type(exc).__name__)
        try:
            data: dict[str, Any] = resp.json()
        except ValueError:
            return SendResult("retry", code=f"http_{resp.status_code}", message="not JSON")
        code, message = str(data.get("Code") or ""), str(data.get("Message") or "")[:200]
        if resp.status_code == 200 and code == "OK":
            return SendResult("sent", provider_id=str(data.get("BizId") or ""), code=code, message=message)
        if resp.status_code >= 500 or code in RETRY_CODES:
            return SendResult("retry", code=code or f"http_{resp.status_code}", message=message)
        return SendResult("failed", code=code or f"http_{resp.status_code}", message=message)

    async def send(self, *, phone: str, template_code: str, params: Mapping[str, str], out_id: str) -> SendResult:
        """SendSms: one number (or up to 1000 comma-separated) with one template and its parameters."""
        return await self._call("SendSms", {
            "PhoneNumbers": phone, "SignName": self.cfg.sms_sign_name, "TemplateCode": template_code,
            "TemplateParam": json.dumps(dict(params), ensure_ascii=False, separators=(",", ":")), "OutId": out_id,
        })

    async def send_batch(self, *, phones: Sequence[str], template_code: str,
                         params: Sequence[Mapping[str, str]]) -> SendResult:
        """SendBatchSms: up to 100 numbers, each with its own sign name and template parameters."""
        if not phones or len(phones) != len(params) or len(phones) > 100:
            raise ValueError("SendBatchSms takes 1-100 numbers, one parameter set each")
        return await self._call("SendBatchSms", {
            "PhoneNumberJson": json.dumps(list(phones)),
            "SignNameJson": json.dumps([self.cfg.sms_sign_name] * len(phones), ensure_ascii=False),
            "TemplateCode": template_code,
            "TemplateParamJson": json.dumps([dict(p) for p in params], ensure_ascii=False, separators=(",", ":")),
        })


def provider() -> AliyunSms:
    cfg = crm_config()
    if not cfg.sms_configured:
        raise ServiceUnavailable("短信通道尚未配置（CRADLE_ALIYUN_SMS_ACCESS_KEY_ID / _SECRET）", code="sms_not_configured")
    return AliyunSms(cfg)
