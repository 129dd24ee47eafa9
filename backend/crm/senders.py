"""The SMS and e-mail providers as the core sees them (a port). backend.wiring installs the clients:
integrations.aliyun.sms (Alibaba Cloud SMS, Dysmsapi) and integrations.smtp.mailer (SMTP through aiosmtplib).
Each is a factory called per pass so configuration changed at run time applies.

A send never raises for a provider's answer; it returns a SendResult:
  sent    accepted; provider_id is the SMS BizId or the e-mail's Message-ID
  retry   no trustworthy answer or a passing refusal (network, 5xx, throttling, system error): try again later
  failed  refused for good (bad number, bad template, recipient refused): never retried
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from backend.errors import ServiceUnavailable

State = Literal["sent", "retry", "failed"]


@dataclass(frozen=True)
class SendResult:
    state: State
    provider_id: str = ""
    code: str = ""
    message: str = ""


class SmsSender(Protocol):
    async def send(self, *, phone: str, template_code: str, params: Mapping[str, str], out_id: str) -> SendResult: ...


class EmailSender(Protocol):
    async def send(self, *, to: str, subject: str, body: str, headers: Mapping[str, str]) -> SendResult: ...


_sms: Callable[[], SmsSender] | None = None
_email: Callable[[], EmailSender] | None = None


def install(*, sms: Callable[[], SmsSender], email: Callable[[], EmailSender]) -> None:
    global _sms, _email
    _sms, _email = sms, email


def sms_sender() -> SmsSender:
    if _sms is None:
        raise ServiceUnavailable("短信通道未配置", code="sms_not_configured")
    return _sms()


def email_sender() -> EmailSender:
    if _email is None:
        raise ServiceUnavailable("邮件通道未配置", code="email_not_configured")
    return _email()
