"""Settings read once from CRADLE_* environment variables (see CONTRACT.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# CRADLE_ENV: development (make run, tests: demo secrets, local fakes) or production (backend.production_guard
# refuses to start on demo/placeholder secrets, fakes or fake API bases). Anything else is refused.
ENVIRONMENTS = ("development", "production")


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(f"CRADLE_{name}")
    return value if value not in (None, "") else default


RETENTION_FLOOR_DAYS = 180


def _retention(name: str, default: int) -> int:
    days = int(_env(name, str(default)) or default)
    if days < RETENTION_FLOOR_DAYS:  # a typo must not purge the audit trail the law asks to keep
        raise ValueError(f"CRADLE_{name} must be at least {RETENTION_FLOOR_DAYS} days, not {days}")
    return days


# The secret settings and their least lengths (backend.production_guard checks them; the log redaction masks
# their values wherever they appear).
SECRET_SETTINGS: dict[str, int] = {
    "jwt_secret": 32,  # signs every staff and shopper token
    "field_key": 32,  # encrypts phones and addresses at rest
    "wechat_secret": 32,  # mini-program AppSecret (32 hex characters)
    "wechat_mch_key": 32,  # WeChat Pay v2 API key: signs payment notifies (exactly 32 characters)
    "wecom_token": 12,  # signs WeCom callbacks (WeCom allows 3-32 letters/digits; its generator gives more)
    "wecom_aes_key": 43,  # EncodingAESKey: 43 base64 characters, a 32-byte AES key
    "wecom_secret": 32,  # the WeCom app's Secret (43 characters)
}
# Key material given as PEM text or a PEM file's path; Alipay may be left unconfigured (both empty: the counter
# answers alipay_not_configured), the WeChat Pay merchant certificate may not (refunds and reversals need it).
PEM_SETTINGS = ("wechat_mch_cert", "wechat_mch_cert_key", "alipay_app_private_key", "alipay_public_key")

@dataclass(frozen=True)
class Settings:
    env: str = "development"
    db_url: str = f"sqlite://{ROOT / 'var' / 'cradle.sqlite3'}"
    redis_url: str | None = None  # None: in-process fakeredis
    broker_url: str | None = None  # None: Celery runs tasks eagerly in-process
    jwt_secret: str = "cradle-dev-secret-change-me"
    access_ttl_s: int = 2 * 3600
    refresh_ttl_s: int = 30 * 24 * 3600
    port: int = 8000
    host: str = "127.0.0.1"
    reservation_ttl_s: int = 30 * 60  # unpaid online orders hold stock this long
    # Group commit at a busy location (backend.orders.group_commit): at most this many orders per batch (1: off) and how
    # long a batch's leader waits for followers of the same SKU before writing.
    group_commit_max: int = 64
    group_commit_window_ms: float = 1.0
    wecom_corp_id: str = "ww_cradle_demo"
    wecom_token: str = "cradle-wecom-token"
    wecom_aes_key: str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    wecom_secret: str = "cradle-wecom-secret"
    wecom_agent_id: int = 1000002
    wecom_api_base: str = "https://qyapi.weixin.qq.com/cgi-bin/"
    wechat_appid: str = "wx_cradle_demo"
    wechat_secret: str = "cradle-wechat-secret"
    wechat_api_base: str = "https://api.weixin.qq.com/"
    wechat_mch_id: str = "1900000109"
    wechat_mch_key: str = "cradlemchkey0123456789abcdefghij"
    wechat_pay_api_base: str = "https://api.mch.weixin.qq.com/"
    # The merchant's API certificate and its key (PEM file paths): WeChat Pay asks for them on refunds and on
    # reversing a payment-code charge (/secapi/...). Empty: not sent (the local fake does not ask).
    wechat_mch_cert: str = ""
    wechat_mch_cert_key: str = ""
    # Children's care reminders sent as mini-program subscribe messages (订阅消息). Empty template id: not sent.
    # The keys name the template's keywords for (baby's name, reminder text, date), as picked in 小程序后台.
    wechat_care_template_id: str = ""
    wechat_care_template_keys: str = "thing1,thing2,date3"
    wechat_care_page: str = "pages/member/member"  # the page a tap on the message opens
    wechat_miniprogram_state: str = "formal"  # formal, trial or developer: which build the message opens
    # Alipay OpenAPI (当面付 barcode pay at the counter). Keys: PEM text, or the path of a PEM file.
    alipay_app_id: str = "2021000000000001"
    alipay_app_private_key: str = ""
    alipay_public_key: str = ""
    alipay_gateway: str = "https://openapi.alipay.com/gateway.do"
    # Counter payment-code sales: how long to wait for a shopper entering the password, and how often to ask.
    codepay_poll_timeout_s: float = 30.0
    codepay_poll_interval_s: float = 2.0
    # A shopper's refund request of a paid order nothing of which is picked yet is approved at once within this
    # many seconds after payment (0: every request waits for the store manager).
    refund_auto_approve_s: int = 30 * 60
    public_base_url: str = "http://127.0.0.1:8000"
    field_key: str = "cradle-dev-field-key-change-me"  # key for encrypted-at-rest fields
    # Peers whose X-Forwarded-For is believed (backend.client_address): nginx. Addresses or networks, commas.
    trusted_proxies: str = "127.0.0.1,::1"
    # Retention (PIPL; the Cybersecurity Law asks for network logs kept at least six months, so neither may be
    # set below RETENTION_FLOOR_DAYS): audit rows and log files older than this many days are purged by the
    # daily job backend.audit.retention. log_dir: where the operator keeps log files (*.log, rotated *.log.N,
    # *.log.gz); empty when logs go to journald / docker only (rotate those with their own settings).
    audit_retention_days: int = 3 * 365
    log_retention_days: int = 180
    log_dir: str = ""
    # Scheduled, verified backups (backend.ops.backups, the "ops.backup" job): where dump files go (empty:
    # <repo>/var/backups), how many to keep, how often, and the PostgreSQL server the scratch database of the
    # restore check is created on (empty: the database's own server).
    backup_dir: str = ""
    backup_keep: int = 7
    backup_interval_s: float = 86400.0
    backup_scratch_url: str = ""
    # Alert scanners (backend.ops.scanners, the "ops.alerts" job): how often they run, the near-expiry window in
    # days, and how long a WeChat Pay / Alipay refund may stay pending before finance is told it is stuck.
    alert_scan_interval_s: float = 900.0
    alert_near_expiry_days: int = 30
    alert_refund_stuck_s: int = 6 * 3600
    chain_name: str = "小摇篮母婴连锁"  # the header of printed receipts, labels and PDF reports
    # E-invoices (backend.invoicing through integrations/baiwang, docs/finance.md#e-invoices): the 百望云 open
    # platform's router, the app (key, secret), the platform user (name, password, its salt), the seller's tax
    # number and name, and the 19-digit 税收分类编码 put on every line. No app key: e-invoicing is off (requests
    # answer 409 einvoice_not_configured); `make run` points it at the mounted fake.
    einvoice_api_base: str = "https://openapi.baiwang.com/router/rest"
    einvoice_app_key: str = ""
    einvoice_app_secret: str = ""
    einvoice_username: str = ""
    einvoice_password: str = ""
    einvoice_user_salt: str = ""
    einvoice_tax_no: str = ""
    einvoice_seller_name: str = ""
    einvoice_goods_code: str = "1030303020000000000"
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        d = cls()
        env = (_env("ENV", d.env) or d.env).strip().lower()
        if env not in ENVIRONMENTS:  # a typo ("prod") must not quietly mean development mode
            raise ValueError(f"CRADLE_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}")
        return cls(
            env=env,
            db_url=_env("DB_URL", d.db_url) or d.db_url,
            redis_url=_env("REDIS_URL"),
            broker_url=_env("BROKER_URL"),
            jwt_secret=_env("JWT_SECRET", d.jwt_secret) or d.jwt_secret,
            port=int(_env("PORT", str(d.port)) or d.port),
            host=_env("HOST", d.host) or d.host,
            reservation_ttl_s=int(_env("RESERVATION_TTL_S", str(d.reservation_ttl_s)) or d.reservation_ttl_s),
            group_commit_max=int(_env("GROUP_COMMIT_MAX", str(d.group_commit_max)) or d.group_commit_max),
            group_commit_window_ms=float(_env("GROUP_COMMIT_WINDOW_MS", str(d.group_commit_window_ms))
                                         or d.group_commit_window_ms),
            wecom_corp_id=_env("WECOM_CORP_ID", d.wecom_corp_id) or d.wecom_corp_id,
            wecom_token=_env("WECOM_TOKEN", d.wecom_token) or d.wecom_token,
            wecom_aes_key=_env("WECOM_AES_KEY", d.wecom_aes_key) or d.wecom_aes_key,
            wecom_secret=_env("WECOM_SECRET", d.wecom_secret) or d.wecom_secret,
            wecom_agent_id=int(_env("WECOM_AGENT_ID", str(d.wecom_agent_id)) or d.wecom_agent_id),
            wecom_api_base=_env("WECOM_API_BASE", d.wecom_api_base) or d.wecom_api_base,
            wechat_appid=_env("WECHAT_APPID", d.wechat_appid) or d.wechat_appid,
            wechat_secret=_env("WECHAT_SECRET", d.wechat_secret) or d.wechat_secret,
            wechat_api_base=_env("WECHAT_API_BASE", d.wechat_api_base) or d.wechat_api_base,
            wechat_mch_id=_env("WECHAT_MCH_ID", d.wechat_mch_id) or d.wechat_mch_id,
            wechat_mch_key=_env("WECHAT_MCH_KEY", d.wechat_mch_key) or d.wechat_mch_key,
            wechat_pay_api_base=_env("WECHAT_PAY_API_BASE", d.wechat_pay_api_base) or d.wechat_pay_api_base,
            wechat_mch_cert=_env("WECHAT_MCH_CERT", "") or "",
            wechat_mch_cert_key=_env("WECHAT_MCH_CERT_KEY", "") or "",
            wechat_care_template_id=_env("WECHAT_CARE_TEMPLATE_ID", "") or "",
            wechat_care_template_keys=_env("WECHAT_CARE_TEMPLATE_KEYS", d.wechat_care_template_keys)
            or d.wechat_care_template_keys,
            wechat_care_page=_env("WECHAT_CARE_PAGE", d.wechat_care_page) or d.wechat_care_page,
            wechat_miniprogram_state=_env("WECHAT_MINIPROGRAM_STATE", d.wechat_miniprogram_state)
            or d.wechat_miniprogram_state,
            alipay_app_id=_env("ALIPAY_APP_ID", d.alipay_app_id) or d.alipay_app_id,
            alipay_app_private_key=_env("ALIPAY_APP_PRIVATE_KEY", "") or "",
            alipay_public_key=_env("ALIPAY_PUBLIC_KEY", "") or "",
            alipay_gateway=_env("ALIPAY_GATEWAY", d.alipay_gateway) or d.alipay_gateway,
            codepay_poll_timeout_s=float(_env("CODEPAY_POLL_TIMEOUT_S", str(d.codepay_poll_timeout_s)) or 30),
            codepay_poll_interval_s=float(_env("CODEPAY_POLL_INTERVAL_S", str(d.codepay_poll_interval_s)) or 2),
            refund_auto_approve_s=int(_env("REFUND_AUTO_APPROVE_S", str(d.refund_auto_approve_s))
                                      or d.refund_auto_approve_s),
            # Unset: where this server listens, so the demo's fakes and callbacks follow CRADLE_PORT.
            public_base_url=_env("PUBLIC_BASE_URL") or f"http://{_env('HOST', d.host)}:{_env('PORT', str(d.port))}",
            field_key=_env("FIELD_KEY", d.field_key) or d.field_key,
            trusted_proxies=_env("TRUSTED_PROXIES", d.trusted_proxies) or d.trusted_proxies,
            audit_retention_days=_retention("AUDIT_RETENTION_DAYS", d.audit_retention_days),
            log_retention_days=_retention("LOG_RETENTION_DAYS", d.log_retention_days),
            log_dir=_env("LOG_DIR", "") or "",
            backup_dir=_env("BACKUP_DIR", "") or "",
            backup_keep=int(_env("BACKUP_KEEP", str(d.backup_keep)) or d.backup_keep),
            backup_interval_s=float(_env("BACKUP_INTERVAL_S", str(d.backup_interval_s)) or d.backup_interval_s),
            backup_scratch_url=_env("BACKUP_SCRATCH_URL", "") or "",
            alert_scan_interval_s=float(_env("ALERT_SCAN_INTERVAL_S", "") or d.alert_scan_interval_s),
            alert_near_expiry_days=int(_env("ALERT_NEAR_EXPIRY_DAYS", "") or d.alert_near_expiry_days),
            alert_refund_stuck_s=int(_env("ALERT_REFUND_STUCK_S", "") or d.alert_refund_stuck_s),
            chain_name=_env("CHAIN_NAME", d.chain_name) or d.chain_name,
            einvoice_api_base=_env("EINVOICE_API_BASE", "") or d.einvoice_api_base,
            einvoice_app_key=_env("EINVOICE_APP_KEY", "") or "",
            einvoice_app_secret=_env("EINVOICE_APP_SECRET", "") or "",
            einvoice_username=_env("EINVOICE_USERNAME", "") or "",
            einvoice_password=_env("EINVOICE_PASSWORD", "") or "",
            einvoice_user_salt=_env("EINVOICE_USER_SALT", "") or "",
            einvoice_tax_no=_env("EINVOICE_TAX_NO", "") or "",
            einvoice_seller_name=_env("EINVOICE_SELLER_NAME", "") or "",
            einvoice_goods_code=_env("EINVOICE_GOODS_CODE", "") or d.einvoice_goods_code,
        )

    @property
    def is_postgres(self) -> bool:
        return self.db_url.startswith(("postgres://", "postgresql://", "asyncpg://"))


_current: Settings | None = None


def get_settings() -> Settings:
    global _current
    if _current is None:
        _current = Settings.from_env()
    return _current


def use_settings(settings: Settings) -> Settings:
    """Install settings for this process (the app factory and the tests call it)."""
    global _current
    _current = settings
    return settings
