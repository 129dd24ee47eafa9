"""The marketplaces' request and webhook signature schemes, written once.

Both sides use these: the adapters sign what they send and verify what they receive, and the local fakes in
``fakes/platforms/`` verify what the adapters send and sign the webhooks they deliver. Known-answer vectors
spelled out by hand live in ``backend/channels/tests/test_signing.py`` so a mistake here cannot hide behind the
round trip.

Schemes:

- TOP style (Taobao TOP, JD JOS, Pinduoduo): sort every parameter but ``sign`` by name, concatenate
  ``name + value`` (empty values skipped), optionally append the raw body (Qimen-style HTTP pushes), then
  ``md5``: MD5(secret + s + secret); ``hmac``: HMAC-MD5(secret, s); ``hmac-sha256``: HMAC-SHA256(secret, s);
  uppercase hex.
- Douyin shop (Doudian): ``secret + "app_key"..."method"..."param_json"..."timestamp"..."v"... + secret``;
  ``hmac-sha256`` keyed by the secret or ``md5``; lowercase hex. ``param_json`` is the key-sorted compact JSON
  body. Message pushes carry header ``event-sign`` = MD5(app_key + body + secret) (or HMAC-SHA256 with header
  ``sign-method: hmac-sha256``).
- Kuaishou shop: ``k=v`` pairs sorted and joined by ``&``, then ``&signSecret=<sign secret>``; ``MD5`` gives
  lowercase hex, ``HMAC_SHA256`` gives base64 of the HMAC keyed by the sign secret.
- WeChat (shop message push, plaintext mode): SHA1 hex of the sorted, concatenated token, timestamp, nonce.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

TOP_SIGN_METHODS = ("md5", "hmac", "hmac-sha256")
DOUYIN_SIGN_METHODS = ("md5", "hmac-sha256")
KUAISHOU_SIGN_METHODS = ("MD5", "HMAC_SHA256")


def canonical_json(obj: Any) -> str:
    """Compact JSON with keys sorted at every level, UTF-8 kept (Doudian's ``param_json``)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def compact_json(obj: Any) -> str:
    """Compact JSON in the given key order, UTF-8 kept."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def md5_hex(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def hmac_hex(secret: str, text: str, digestmod: Any) -> str:
    return hmac.new(secret.encode("utf-8"), text.encode("utf-8"), digestmod).hexdigest()


def _to_text(body: bytes | str) -> str:
    return body.decode("utf-8") if isinstance(body, bytes) else body


def concat_sorted_kv(params: Mapping[str, Any], *, exclude: tuple[str, ...] = ("sign",)) -> str:
    """``k1v1k2v2...`` over the parameters sorted by name (ASCII), skipping ``exclude`` and empty values."""
    return "".join(f"{k}{params[k]}" for k in sorted(params)
                   if k not in exclude and params[k] is not None and params[k] != "")


def top_sign(params: Mapping[str, Any], secret: str, sign_method: str = "md5", body: bytes | str = "") -> str:
    """Taobao TOP / JD JOS / Pinduoduo request signature (uppercase hex)."""
    payload = concat_sorted_kv(params) + _to_text(body)
    if sign_method == "md5":
        return md5_hex(secret + payload + secret).upper()
    if sign_method == "hmac":
        return hmac_hex(secret, payload, hashlib.md5).upper()
    if sign_method == "hmac-sha256":
        return hmac_hex(secret, payload, hashlib.sha256).upper()
    raise ValueError(f"unsupported TOP sign_method {sign_method!r}")


def douyin_sign(*, app_key: str, secret: str, method: str, param_json: str, timestamp: str, v: str = "2",
                sign_method: str = "hmac-sha256") -> str:
    """Doudian open API request signature (lowercase hex)."""
    pattern = f"{secret}app_key{app_key}method{method}param_json{param_json}timestamp{timestamp}v{v}{secret}"
    if sign_method == "md5":
        return md5_hex(pattern)
    if sign_method == "hmac-sha256":
        return hmac_hex(secret, pattern, hashlib.sha256)
    raise ValueError(f"unsupported Doudian sign_method {sign_method!r}")


def douyin_event_sign(*, app_key: str, secret: str, body: bytes | str, sign_method: str = "md5") -> str:
    """Doudian message-push ``event-sign`` header over the raw body (lowercase hex)."""
    raw = app_key + _to_text(body) + secret
    if sign_method == "md5":
        return md5_hex(raw)
    if sign_method == "hmac-sha256":
        return hmac_hex(secret, raw, hashlib.sha256)
    raise ValueError(f"unsupported Doudian event sign method {sign_method!r}")


def kuaishou_sign(params: Mapping[str, Any], sign_secret: str, sign_method: str = "MD5") -> str:
    """Kuaishou shop open API signature over the system parameters plus ``param``."""
    base = "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "sign" and params[k] is not None)
    text = f"{base}&signSecret={sign_secret}"
    if sign_method == "MD5":
        return md5_hex(text)
    if sign_method == "HMAC_SHA256":
        digest = hmac.new(sign_secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).digest()
        return base64.b64encode(digest).decode("ascii")
    raise ValueError(f"unsupported Kuaishou signMethod {sign_method!r}")


def wechat_signature(token: str, timestamp: str, nonce: str) -> str:
    """WeChat server message signature (plaintext mode): SHA1 of the sorted, concatenated values."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode("utf-8")).hexdigest()


def signatures_match(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a computed signature with a received one."""
    return given is not None and hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))
