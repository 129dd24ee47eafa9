"""Tunables and provider settings of customer communications, read from CRADLE_CRM_*, CRADLE_ALIYUN_SMS_* and
CRADLE_SMTP_* environment variables; tests and the development mounts replace them with ``configure(...)``.

Empty provider settings (no AccessKey, no SMTP host) mean "not configured": `make run` then points them at the
local fakes (fakes.aliyun_sms mounted under /_fakes/aliyun-sms, an aiosmtpd sink on 127.0.0.1)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any


def _env(name: str, default: str) -> str:
    value = os.environ.get(f"CRADLE_{name}")
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class CrmConfig:
    # Alibaba Cloud SMS (Dysmsapi 2017-05-25)
    sms_endpoint: str = "https://dysmsapi.aliyuncs.com/"
    sms_access_key_id: str = ""
    sms_access_key_secret: str = ""
    sms_sign_name: str = "Cradle母婴"
    sms_region: str = "cn-hangzhou"
    sms_timeout_s: float = 8.0
    # templates of the transactional messages (approved in the Alibaba console)
    sms_template_shipped: str = "SMS_CRADLE_SHIPPED"
    sms_template_pickup: str = "SMS_CRADLE_PICKUP"
    # SMTP
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_from: str = "Cradle母婴 <no-reply@cradle.local>"
    smtp_timeout_s: float = 10.0
    # sending rules
    sms_rate_per_s: float = 50.0  # messages per second per channel across all workers (provider's QPS)
    email_rate_per_s: float = 20.0
    max_attempts: int = 5  # provider errors before a recipient is marked failed
    backoff_base_s: float = 30.0
    backoff_max_s: float = 3600.0
    lease_s: float = 120.0
    claim_batch: int = 200
    frequency_cap: int = 3  # marketing messages per member per window (all channels)
    frequency_days: int = 7
    quiet_start_hour: int = 21  # China time: no marketing message from 21:00 ...
    quiet_end_hour: int = 8  # ... to 08:00 (deferred to 08:00, not dropped)
    unsubscribe_ttl_days: int = 90  # life of an e-mail unsubscribe link
    dispatch_interval_s: float = 10.0

    @classmethod
    def from_env(cls) -> CrmConfig:
        d = cls()
        return cls(
            sms_endpoint=_env("ALIYUN_SMS_ENDPOINT", d.sms_endpoint),
            sms_access_key_id=_env("ALIYUN_SMS_ACCESS_KEY_ID", ""),
            sms_access_key_secret=_env("ALIYUN_SMS_ACCESS_KEY_SECRET", ""),
            sms_sign_name=_env("ALIYUN_SMS_SIGN_NAME", d.sms_sign_name),
            sms_template_shipped=_env("ALIYUN_SMS_TEMPLATE_SHIPPED", d.sms_template_shipped),
            sms_template_pickup=_env("ALIYUN_SMS_TEMPLATE_PICKUP", d.sms_template_pickup),
            smtp_host=_env("SMTP_HOST", ""),
            smtp_port=int(_env("SMTP_PORT", str(d.smtp_port))),
            smtp_username=_env("SMTP_USERNAME", ""),
            smtp_password=_env("SMTP_PASSWORD", ""),
            smtp_starttls=_env("SMTP_STARTTLS", "0") in ("1", "true", "yes"),
            smtp_from=_env("SMTP_FROM", d.smtp_from),
            sms_rate_per_s=float(_env("CRM_SMS_RATE_PER_S", str(d.sms_rate_per_s))),
            email_rate_per_s=float(_env("CRM_EMAIL_RATE_PER_S", str(d.email_rate_per_s))),
            max_attempts=int(_env("CRM_MAX_ATTEMPTS", str(d.max_attempts))),
            backoff_base_s=float(_env("CRM_BACKOFF_BASE_S", str(d.backoff_base_s))),
            frequency_cap=int(_env("CRM_FREQUENCY_CAP", str(d.frequency_cap))),
            frequency_days=int(_env("CRM_FREQUENCY_DAYS", str(d.frequency_days))),
            dispatch_interval_s=float(_env("CRM_DISPATCH_INTERVAL_S", str(d.dispatch_interval_s))),
        )

    @property
    def sms_configured(self) -> bool:
        return bool(self.sms_access_key_id and self.sms_access_key_secret)

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host)

    def backoff(self, attempts: int) -> float:
        return min(self.backoff_max_s, self.backoff_base_s * 2 ** max(0, attempts - 1))

    def rate_per_s(self, channel: str) -> float:
        return self.sms_rate_per_s if channel == "sms" else self.email_rate_per_s


_config: CrmConfig | None = None


def crm_config() -> CrmConfig:
    global _config
    if _config is None:
        _config = CrmConfig.from_env()
    return _config


def configure(**changes: Any) -> CrmConfig:
    """Replace some values (tests, the development mounts pointing the providers at the fakes)."""
    global _config
    _config = replace(crm_config(), **changes)
    return _config


def reset() -> None:
    global _config
    _config = None
