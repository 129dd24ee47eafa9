"""Production mode (CRADLE_ENV=production): the checks that keep a deployment from running on published secrets.

Everything the demo needs is public: the README prints the JWT secret, the field key, WeChat Pay's API key and
the WeCom token; deploy/cradle.env.example ships placeholders; the local fakes (fakes/) answer as WeChat, WeCom,
Alipay and the marketplaces would. In development (``make run``, tests) that is the point. In production any one
of them left in place lets a reader of the README sign an admin token, sign a WeChat Pay notify that marks an
unpaid order paid, or log in through a fake as any shopper. So in production the API (``manage serve`` and the
app factory) and Celery worker/beat refuse to start while any of these holds, listing every problem at once:

- a secret setting (SECRET_SETTINGS) is empty, a published demo value, a placeholder of the env example, too
  short or of a single repeated pattern;
- an account id (WeChat appid, merchant id, WeCom corp id, Alipay app id) is a demo value or a placeholder;
- any setting still carries a placeholder (``CHANGE-ME``, ``example.com``, ``ww0000…``);
- an outside API base (WeChat, WeChat Pay, WeCom, Alipay, each marketplace shop) points at a fake: a
  ``/_fakes/`` path, a loopback or unspecified host, or plain http;
- the fakes are mounted (a route under /_fakes/) or asked for (CRADLE_FAKES=1);
- the WeChat Pay merchant certificate, or a configured Alipay key, is missing or unreadable;
- e-invoicing configured (an app key) with the fake's credentials or seller tax number, or a fake router;
- the database is not PostgreSQL or Redis is the in-process stand-in (several workers would not share it).

The marketplace shops live in the database (channel_accounts), so ``channel_account_problems`` is also checked
by ``manage serve`` and Celery at start (every active shop) and by the adapter factory before each use.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import ipaddress
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from backend import demo_accounts
from backend.channels.models import ChannelAccount
from backend.crm.config import CrmConfig, crm_config
from backend.db import init_db
from backend.settings import ENVIRONMENTS, PEM_SETTINGS, SECRET_SETTINGS, Settings

PRODUCTION = "production"

# Secrets: a reader of them can forge something. name -> minimum length (exact for keys of a fixed format).
EXACT_LENGTH = {"wechat_mch_key", "wecom_aes_key"}
ALIPAY_KEYS = ("alipay_app_private_key", "alipay_public_key")
# Account ids: not secret, but a demo one means the deployment talks to (or pretends to be) the demo's account.
ACCOUNT_IDS = ("wechat_appid", "wechat_mch_id", "wecom_corp_id", "alipay_app_id")
# Outside services the server calls: in production never a fake.
API_BASES = ("wechat_api_base", "wechat_pay_api_base", "wecom_api_base", "alipay_gateway")
# The e-invoice platform (百望云) may be left unconfigured (no app key: e-invoice requests answer
# einvoice_not_configured); configured, its credentials and seller tax number must not be the fake's and its
# router not a fake.
EINVOICE_SECRETS = ("einvoice_app_key", "einvoice_app_secret", "einvoice_password", "einvoice_tax_no")

_PLACEHOLDER_WORDS = ("change-me", "changeme", "change_me", "placeholder", "your-", "xxxx")
_ZERO_ID = re.compile(r"[A-Za-z_]*\d{0,2}0{7,}\d{0,3}")  # ww0000000000000000, wx0000…, 1900000000
_EXAMPLE_HOST = re.compile(r"(^|\.)example\.(com|net|org|cn)$|\.(test|invalid|example|localhost)$")


class ProductionConfigError(RuntimeError):
    """The production guard found problems; str() lists every one, for the operator."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"Cradle refuses to start in production mode (CRADLE_ENV=production): {len(problems)} problem(s)\n"
            f"{lines}\nSee docs/security.md (production checklist) and deploy/cradle.env.example.")


def is_production(settings: Settings) -> bool:
    return settings.env == PRODUCTION


def env_var(name: str) -> str:
    return f"CRADLE_{name.upper()}"


@functools.cache
def demo_values() -> frozenset[str]:
    """Every secret and account id published with the code: the settings' defaults (printed in the README), the
    fakes' demo accounts and the demo marketplace shops' credentials (backend.demo_accounts)."""
    defaults = Settings()
    values = {str(getattr(defaults, name)) for name in (*SECRET_SETTINGS, *ACCOUNT_IDS)}
    values |= demo_accounts.published_values()
    return frozenset(v for v in values if v)


def is_placeholder(value: str) -> bool:
    low = value.strip().lower()
    if any(word in low for word in _PLACEHOLDER_WORDS) or _ZERO_ID.fullmatch(value.strip()):
        return True
    host = _host(value)
    return bool(host and _EXAMPLE_HOST.search(host))


def _host(value: str) -> str | None:
    if "://" not in value:
        return None
    try:
        return (urlsplit(value.strip()).hostname or "").lower() or None
    except ValueError:
        return None


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def fake_base_problem(label: str, url: str) -> str | None:
    """Why this outside API base is not the real service (None: fine)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return f"{label} is not a URL: {url!r}"
    if "/_fakes" in parts.path:
        return f"{label} points at a local fake ({url}): the real service's address is needed"
    host = (parts.hostname or "").lower()
    if not host:
        return f"{label} is not a URL: {url!r}"
    if is_loopback_host(host):
        return f"{label} points at this machine ({url}), where only a fake could answer"
    if parts.scheme != "https":
        return f"{label} must use https, not {parts.scheme or 'no scheme'} ({url})"
    return None


def _secret_problem(name: str, value: str, demo: frozenset[str]) -> str | None:
    var = env_var(name)
    if not value:
        return f"{var} is not set"
    if value in demo:
        return f"{var} is the published demo value: anyone who read the README can use it"
    if is_placeholder(value):
        return f"{var} is still the placeholder of deploy/cradle.env.example"
    wanted = SECRET_SETTINGS[name]
    if name in EXACT_LENGTH and len(value) != wanted:
        return f"{var} must be exactly {wanted} characters (it has {len(value)})"
    if len(value) < wanted:
        return f"{var} is too short: {len(value)} characters, at least {wanted} (openssl rand -hex 32)"
    if len(set(value)) < 8:
        return f"{var} is one repeated pattern ({len(set(value))} distinct characters): use random bytes"
    if name == "wecom_aes_key":
        try:
            if len(base64.b64decode(value + "=", validate=True)) != 32:
                raise ValueError
        except (binascii.Error, ValueError):
            return f"{var} is not a WeCom EncodingAESKey (43 base64 characters of a 32-byte key)"
    return None


def _pem_problem(name: str, value: str, demo: frozenset[str]) -> str | None:
    var = env_var(name)
    if not value:
        return f"{var} is not set"
    text = value.strip()
    if not text.startswith("-----BEGIN"):
        path = Path(text)
        try:
            text = path.read_text()
        except (OSError, UnicodeDecodeError) as exc:
            return f"{var}: cannot read the PEM file {text} ({exc.__class__.__name__})"
    if "-----BEGIN" not in text:
        return f"{var} holds no PEM key or certificate"
    if text.strip() in demo:
        return f"{var} is a published demo key"
    return None


def crm_problems(cfg: CrmConfig | None = None) -> list[str]:
    """Alibaba Cloud SMS, when configured (CRADLE_ALIYUN_SMS_*): not the demo AccessKey, not a fake endpoint.
    Unconfigured, the SMS channel answers sms_not_configured and nothing is sent."""
    cfg = cfg or crm_config()
    if not (cfg.sms_access_key_id or cfg.sms_access_key_secret):
        return []
    problems = []
    demo = demo_values()
    for var, value in (("CRADLE_ALIYUN_SMS_ACCESS_KEY_ID", cfg.sms_access_key_id),
                       ("CRADLE_ALIYUN_SMS_ACCESS_KEY_SECRET", cfg.sms_access_key_secret)):
        if not value or value in demo or is_placeholder(value):
            shown = "not set" if not value else "the published demo value" if value in demo else "a placeholder"
            problems.append(f"{var} is {shown}")
    problem = fake_base_problem("CRADLE_ALIYUN_SMS_ENDPOINT", cfg.sms_endpoint)
    if problem:
        problems.append(problem)
    return problems


def settings_problems(settings: Settings, *, fakes_env: str | None = None) -> list[str]:
    """Every reason these settings must not serve production (empty: fine). fakes_env is CRADLE_FAKES."""
    problems: list[str] = []
    if settings.env not in ENVIRONMENTS:
        problems.append(f"CRADLE_ENV must be one of {', '.join(ENVIRONMENTS)}, not {settings.env!r}")
    demo = demo_values()
    for name in SECRET_SETTINGS:
        problem = _secret_problem(name, str(getattr(settings, name)), demo)
        if problem:
            problems.append(problem)
    alipay_on = any(getattr(settings, k) for k in ALIPAY_KEYS)
    for name in PEM_SETTINGS:
        if name in ALIPAY_KEYS and not alipay_on:
            continue  # Alipay not configured: the counter answers alipay_not_configured
        problem = _pem_problem(name, str(getattr(settings, name)), demo)
        if problem:
            problems.append(problem)
    for name in ACCOUNT_IDS:
        if name == "alipay_app_id" and not alipay_on:
            continue
        value = str(getattr(settings, name))
        if not value or value in demo:
            problems.append(f"{env_var(name)} is {'not set' if not value else 'the demo account'} ({value!r})")
    for name in API_BASES:
        if name == "alipay_gateway" and not alipay_on:
            continue
        problem = fake_base_problem(env_var(name), str(getattr(settings, name)))
        if problem:
            problems.append(problem)
    if settings.einvoice_app_key:  # e-invoicing configured (else requests answer einvoice_not_configured)
        for name in EINVOICE_SECRETS:
            value = str(getattr(settings, name))
            if not value or value in demo or is_placeholder(value):
                shown = "not set" if not value else "the published demo value" if value in demo else "a placeholder"
                problems.append(f"{env_var(name)} is {shown}")
        problem = fake_base_problem(env_var("einvoice_api_base"), settings.einvoice_api_base)
        if problem:
            problems.append(problem)
    checked = {*SECRET_SETTINGS, *PEM_SETTINGS, *EINVOICE_SECRETS}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if f.name not in checked and isinstance(value, str) and value and is_placeholder(value):
            shown = "" if "://" in value else f" ({value!r})"  # a URL may carry a password: not printed
            problems.append(f"{env_var(f.name)} still carries a placeholder of deploy/cradle.env.example{shown}")
    problems += crm_problems()
    if not settings.is_postgres:
        problems.append("CRADLE_DB_URL must be PostgreSQL (postgres://...) in production, not "
                        f"{settings.db_url.split(':', 1)[0]}")
    if not settings.redis_url:
        problems.append("CRADLE_REDIS_URL is not set: the in-process stand-in is not shared between workers")
    if fakes_env not in (None, "", "0"):
        problems.append(f"CRADLE_FAKES={fakes_env}: production never mounts the local fakes (set 0 or unset)")
    return problems


def routes_problems(paths: Iterable[str]) -> list[str]:
    """Fakes or the benchmark's reference routes mounted in the app (any route under /_fakes/ or /_bench/)."""
    paths = list(paths)
    problems = []
    for prefix, what in (("_fakes", "the local fakes are"), ("_bench", "the benchmark's reference routes are")):
        found = sorted({p for p in paths if p.lstrip("/").startswith(prefix)})
        if found:
            problems.append(f"{what} mounted ({len(found)} routes under /{prefix}/, e.g. /{found[0].lstrip('/')})")
    return problems


def channel_account_problems(account: Any, demo: frozenset[str] | None = None) -> list[str]:
    """A marketplace shop that would talk to a fake or with the demo's credentials."""
    demo = demo if demo is not None else demo_values()
    label = f"channel shop {account.platform}"
    problems: list[str] = []
    if account.base_url:
        problem = fake_base_problem(f"{label}'s base_url", account.base_url)
        if problem:
            problems.append(problem)
    for name in ("app_key", "app_secret", "access_token", "webhook_token"):
        value = getattr(account, name) or ""
        if value and value in demo:
            problems.append(f"{label}'s {name} is the published demo credential")
        elif value and is_placeholder(value):
            problems.append(f"{label}'s {name} is a placeholder")
    return problems


async def active_channel_problems() -> list[str]:
    """channel_account_problems of every active shop (the database must be open)."""
    demo = demo_values()
    problems: list[str] = []
    for account in await ChannelAccount.filter(is_active=True).order_by("platform"):
        problems += channel_account_problems(account, demo)
    return problems


def check_settings(settings: Settings, *, fakes_env: str | None = None) -> None:
    """Raise ProductionConfigError in production mode when settings_problems finds anything."""
    if not is_production(settings):
        return
    problems = settings_problems(settings, fakes_env=fakes_env)
    if problems:
        raise ProductionConfigError(problems)


async def check_startup(settings: Settings, *, fakes_env: str | None = None) -> None:
    """The whole start-up guard of a production process: settings, then (database opened and closed here) the
    active channel shops. Nothing in development mode."""
    if not is_production(settings):
        return
    problems = settings_problems(settings, fakes_env=fakes_env)
    if settings.is_postgres:  # the database holds the marketplace shops' addresses and credentials
        from tortoise import Tortoise

        await init_db(settings)
        try:
            problems += await active_channel_problems()
        finally:
            await Tortoise.close_connections()
    if problems:
        raise ProductionConfigError(problems)


def mode_banner(settings: Settings) -> str:
    """The line `manage serve` prints first: which mode, and what that means."""
    if is_production(settings):
        return "Cradle PRODUCTION mode (CRADLE_ENV=production): start-up guard passed, no fakes mounted"
    return ("Cradle DEVELOPMENT mode (CRADLE_ENV unset): demo secrets and local fakes under /_fakes/ - never expose "
            "this server; set CRADLE_ENV=production for a deployment")
