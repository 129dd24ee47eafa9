"""Marketing e-mail over SMTP with aiosmtplib (STARTTLS and login when configured: CRADLE_SMTP_*). Installed in the
core's port backend.crm.senders by backend.wiring; under make run and in tests the server is the local aiosmtpd
sink (fakes.smtp_sink).

The SMTP server refusing the recipient (5xx on RCPT) is final: failed. A connection error, a timeout or a 4xx
answer is passing: retry."""

from __future__ import annotations

from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib

from backend.crm.config import CrmConfig, crm_config
from backend.crm.senders import SendResult
from backend.errors import ServiceUnavailable


class SmtpMailer:
    def __init__(self, cfg: CrmConfig) -> None:
        self.cfg = cfg

    def build(self, *, to: str, subject: str, body: str, headers: Mapping[str, str]) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.cfg.smtp_from
        msg["To"] = to
        msg["Subject"] = subject
        msg["Message-ID"] = make_msgid(domain="cradle.local")
        for name, value in headers.items():
            msg[name] = value
        msg.set_content(body)
        return msg

    async def send(self, *, to: str, subject: str, body: str, headers: Mapping[str, str]) -> SendResult:
        msg = self.build(to=to, subject=subject, body=body, headers=headers)
        try:
            await aiosmtplib.send(
                msg, hostname=self.cfg.smtp_host, port=self.cfg.smtp_port, timeout=self.cfg.smtp_timeout_s,
                username=self.cfg.smtp_username or None, password=self.cfg.smtp_password or None,
                start_tls=self.cfg.smtp_starttls, use_tls=False)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            state = "failed" if codes and all(c >= 500 for c in codes) else "retry"
            return SendResult(state, code=f"rcpt_{codes[0] if codes else 0}", message="recipient refused")
        except aiosmtplib.SMTPResponseException as exc:
            return SendResult("failed" if exc.code >= 500 else "retry", code=f"smtp_{exc.code}",
                              message=str(exc.message)[:200])
        except (aiosmtplib.SMTPException, OSError) as exc:
            return SendResult("retry", code="network", message=type(exc).__name__)
        return SendResult("sent", provider_id=str(msg["Message-ID"]))


def provider() -> SmtpMailer:
    cfg = crm_config()
    if not cfg.smtp_configured:
        raise ServiceUnavailable("邮件通道尚未配置（CRADLE_SMTP_HOST）", code="email_not_configured")
    return SmtpMailer(cfg)
