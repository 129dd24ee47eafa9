"""Secrets never reach a log line: every record is scrubbed where it is created, whoever logs it (httpx and urllib3
with request URLs, wechatpy, Sanic, Celery, our own code) and whichever handler writes it.

``install()`` wraps the logging record factory: the message is formatted once (``msg % args``) and scrubbed, and so
is the traceback of ``exc_info``; the JSON formatter scrubs ``extra`` fields too. What is scrubbed:

- query / form / JSON / repr fields with a secret's name: ``access_token=…``, ``"secret": "…"``, ``corpsecret``,
  ``session`` (Taobao's), ``js_code``, ``sign``, ``password``, ``refresh_token``, ``otp``... (SECRET_NAMES);
- ``Authorization`` / ``Cookie`` header values, ``Bearer …`` anywhere, and anything shaped like a JWT;
- the password of a URL (``postgres://cradle:…@db``);
- the literal value of every configured secret (the settings' secrets at install, each marketplace shop's
  credentials when its adapter is built: ``register_secret``), whatever the text around it;
- mainland mobile numbers (PIPL): ``13800138000`` / ``+8613800138000`` become ``138****8000`` wherever they stand,
  as a run of exactly 11 digits (longer digit runs such as timestamps and order numbers are left alone).
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from backend.settings import PEM_SETTINGS, SECRET_SETTINGS

MASK = "***"
SECRET_NAMES = (
    "access_token", "refresh_token", "id_token", "token", "mfa_token", "webhook_token", "component_access_token",
    "secret", "appsecret", "app_secret", "client_secret", "corpsecret", "api_key", "apikey", "mch_key",
    "password", "passwd", "pwd", "session", "sessionkey", "session_key", "js_code", "auth_code", "otp",
    "sign", "signature", "msg_signature", "encodingaeskey", "encoding_aes_key", "aes_key", "private_key",
    "app_private_key", "echostr",
)
# In a query string only (as JSON keys they name error codes and card buttons): WeChat's OAuth code, a key.
QUERY_ONLY_NAMES = ("code", "key")


def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_NAMES = _alternation(SECRET_NAMES)
# name=value in a query string or form body, or name='value' in a repr (value up to &, whitespace, a quote)
_QUERY = re.compile(rf"(?i)(?<![A-Za-z0-9_])({_alternation(SECRET_NAMES + QUERY_ONLY_NAMES)})="
                    r"(?:([\"'])(?:\\.|(?!\2).)*\2|[^&\s\"'<>,;)]+)")
# "name": "value" / 'name': 'value' (JSON, Python reprs)
_QUOTED = re.compile(rf"(?i)([\"']({_NAMES})[\"']\s*[:=]\s*)([\"'])((?:\\.|(?!\3).)*)\3")
_XML = re.compile(rf"(?i)<({_NAMES})>(?:<!\[CDATA\[)?[^<\]]*(?:\]\]>)?</\1>")
_AUTH_HEADER = re.compile(r"(?i)(\b(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key)[\"']?\s*[:=]\s*"
                          r"[\"']?)(?:(bearer|basic|token)\s+)?[^\s\"',}]+")
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# A mainland mobile number: 1[3-9] and nine more digits, not inside a longer run of digits.
_MOBILE = re.compile(r"(?:(?<=\+86)|(?<!\d))(1[3-9]\d)(\d{4})(\d{4})(?!\d)")
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)([^@/\s]+)(@)", re.I)

_known: set[str] = set()
_known_re: re.Pattern[str] | None = None
_lock = threading.Lock()
_installed = False


def register_secret(*values: str | None) -> None:
    """Mask these exact values in every later log line (values of 6 characters or more)."""
    global _known_re
    fresh = {v for v in values if v and len(v) >= 6 and v not in _known}
    if not fresh:
        return
    with _lock:
        _known.update(fresh)
        _known_re = re.compile("|".join(re.escape(v) for v in sorted(_known, key=len, reverse=True)))


def redact(text: str) -> str:
    """The text with every secret this module knows how to recognise masked."""
    if not text:
        return text
    known = _known_re
    if known is not None:
        text = known.sub(MASK, text)
    text = _URL_PASSWORD.sub(rf"\1{MASK}\3", text)
    text = _AUTH_HEADER.sub(lambda m: m.group(1) + (m.group(2) + " " if m.group(2) else "") + MASK, text)
    text = _BEARER.sub(rf"\1 {MASK}", text)
    text = _JWT.sub(MASK, text)
    text = _QUERY.sub(rf"\1={MASK}", text)
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{m.group(3)}{MASK}{m.group(3)}", text)
    text = _XML.sub(lambda m: f"<{m.group(1)}>{MASK}</{m.group(1)}>", text)
    text = _MOBILE.sub(r"\1****\3", text)
    return text


def redact_value(value: Any) -> Any:
    """An ``extra`` field of a log record: strings scrubbed, containers scrubbed through their text."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict | list | tuple):
        return redact(repr(value)) if _looks_secret(repr(value)) else value
    return value


def _looks_secret(text: str) -> bool:
    return redact(text) != text


_formatter = logging.Formatter()


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    """Format the record's message and traceback now, scrubbed (handlers then print what is left)."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: let logging report it as it would
        return record
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(_formatter.formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


def install(secrets: tuple[str, ...] = ()) -> None:
    """Scrub every log record of this process from now on (idempotent); ``secrets``: exact values to mask."""
    global _installed
    register_secret(*secrets)
    with _lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            return scrub_record(previous(*args, **kwargs))

        logging.setLogRecordFactory(factory)
        _installed = True


def settings_secrets(settings: Any) -> tuple[str, ...]:
    """The secret values among the settings (what production_guard checks), to mask wherever they appear."""
    values = [str(getattr(settings, n, "") or "") for n in SECRET_SETTINGS]
    values += [v for n in PEM_SETTINGS if (v := str(getattr(settings, n, "") or "")).startswith("-----BEGIN")]
    return tuple(v for v in values if v)
