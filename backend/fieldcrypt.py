"""Encrypted-at-rest fields (phone numbers, addresses) and their lookup hashes.

Values are sealed with AES-256-GCM under a key derived (HKDF-SHA256) from `settings.field_key`; the stored
text is ``v1:<base64url(nonce || ciphertext || tag)>``. Equality lookups use a keyed blind index
(HMAC-SHA256 under a second derived key) so a column can be unique and searchable without holding the
plain value. Both keys change when field_key changes (rotation would re-encrypt; not automated here).

    from backend.fieldcrypt import seal, unseal, blind_index, normalise_phone, mask_phone
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backend.errors import ValidationError
from backend.settings import get_settings

PREFIX = "v1:"
_NONCE = 12


class FieldDecryptError(ValueError):
    """The stored value was not sealed with this key (or was tampered with)."""


@lru_cache(maxsize=8)
def _derive(field_key: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"cradle-fieldcrypt", info=purpose).derive(
        field_key.encode())


def _enc_key(field_key: str | None = None) -> bytes:
    return _derive(field_key or get_settings().field_key, b"encrypt")


def _index_key(field_key: str | None = None) -> bytes:
    return _derive(field_key or get_settings().field_key, b"blind-index")


def derived_key(purpose: bytes) -> bytes:
    """A 32-byte key for one purpose (signed links, tokens), derived from settings.field_key like the field keys."""
    return _derive(get_settings().field_key, b"purpose:" + purpose)


def seal(plain: str, *, field_key: str | None = None) -> str:
    """Encrypt a text value for storage (a fresh random nonce each time)."""
    nonce = os.urandom(_NONCE)
    data = AESGCM(_enc_key(field_key)).encrypt(nonce, plain.encode(), PREFIX.encode())
    return PREFIX + base64.urlsafe_b64encode(nonce + data).decode().rstrip("=")


def unseal(stored: str, *, field_key: str | None = None) -> str:
    """Decrypt a value written by seal(). Raises FieldDecryptError when it cannot be opened."""
    if not stored.startswith(PREFIX):
        raise FieldDecryptError("not a sealed value")
    raw = stored[len(PREFIX):]
    try:
        blob = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        return AESGCM(_enc_key(field_key)).decrypt(blob[:_NONCE], blob[_NONCE:], PREFIX.encode()).decode()
    except (InvalidTag, ValueError) as exc:
        raise FieldDecryptError("cannot decrypt field") from exc


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX)


def blind_index(value: str, *, purpose: str = "phone", field_key: str | None = None) -> str:
    """Deterministic keyed hash (64 hex chars) for equality lookups and unique constraints."""
    msg = f"{purpose}\x1f{value}".encode()
    return hmac.new(_index_key(field_key), msg, hashlib.sha256).hexdigest()


_PHONE = re.compile(r"^1[3-9]\d{9}$")


def normalise_phone(phone: str) -> str:
    """A mainland mobile number as 11 digits ("+86 138-0013-8000" -> "13800138000"), else ValidationError."""
    digits = re.sub(r"[\s\-()]", "", phone or "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if not _PHONE.match(digits):
        raise ValidationError("手机号格式不正确", details=[{"field": "phone", "message": "手机号格式不正确"}])
    return digits


def phone_hash(phone: str) -> str:
    return blind_index(normalise_phone(phone), purpose="phone")


def mask_phone(phone: str | None) -> str:
    """138****8000 (empty for no phone)."""
    if not phone:
        return ""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "****" + phone[-4:]
