"""Signed, expiring unsubscribe tokens for the link in every marketing e-mail (itsdangerous-style: payload and
HMAC-SHA256, both base64url, joined by a dot). The key is derived from CRADLE_FIELD_KEY for this one purpose
(backend.fieldcrypt.derived_key), so a token from one deployment is worthless in another and changing the key
voids every link."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from backend.errors import ValidationError
from backend.fieldcrypt import derived_key

PURPOSE = b"crm-unsubscribe-v1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Unsubscribe:
    member_id: int
    channel: str
    campaign_id: int | None


def make_token(member_id: int, channel: str, campaign_id: int | None, *, ttl_days: int,
               now: datetime | None = None) -> str:
    expires = int(((now or datetime.now(UTC)) + timedelta(days=ttl_days)).timestamp())
    payload = _b64(json.dumps({"m": member_id, "c": channel, "k": campaign_id, "e": expires},
                              separators=(",", ":")).encode())
    sig = _b64(hmac.new(derived_key(PURPOSE), payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{sig}"


def read_token(token: str, *, now: datetime | None = None) -> Unsubscribe:
    """The unsubscribe the token asks for; ValidationError (invalid_token / token_expired) otherwise."""
    payload, _, sig = (token or "").partition(".")
    want = _b64(hmac.new(derived_key(PURPOSE), payload.encode(), hashlib.sha256).digest())
    if not payload or not hmac.compare_digest(want, sig):
        raise ValidationError("退订链接无效", code="invalid_token")
    try:
        data = json.loads(_unb64(payload))
        member_id, channel, expires = int(data["m"]), str(data["c"]), int(data["e"])
        campaign_id = None if data.get("k") is None else int(data["k"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError("退订链接无效", code="invalid_token") from exc
    if (now or datetime.now(UTC)).timestamp() > expires:
        raise ValidationError("退订链接已过期，请回复短信 TD 或联系门店退订", code="token_expired")
    return Unsubscribe(member_id, channel, campaign_id)
