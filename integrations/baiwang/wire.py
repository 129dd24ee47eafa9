"""The wire format of the 百望云 open platform (``/router/rest``), shared by the client and the local fake.

- Every call is ``POST {base}?method=...&version=...&appKey=...&format=json&timestamp=<ms>&token=...&type=sync
  &requestId=...&sign=...`` with a compact JSON body (no spaces); version 7.0 calls add ``signType=MD5
  &encryptType=NONE&encryptScope=00``.
- ``sign = MD5(appSecret + k1v1k2v2... (the query parameters but sign, sorted by name, empty ones left out)
  + body + appSecret)``, upper-case hex.
- The token (``baiwang.oauth.token``, grant_type=password) is not signed: its body carries the user name, the
  password as ``SHA256(password + salt)`` and the app secret.
- An answer is ``{"success": true, "response": ...}`` or ``{"success": false, "errorResponse": {"code",
  "message", "subCode", "subMessage"}}``; amounts are JSON numbers in yuan with two decimals.

Amounts never pass through float: ``dumps`` writes Decimal as a JSON number as it is, ``loads`` reads numbers
as Decimal.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

TOKEN_METHOD = "baiwang.oauth.token"
ISSUE = "baiwang.output.invoice.issue"  # v6.0, body {"taxNo", "data": {...}}: blue (and paper red) invoices
FORMAT_CREATE = "baiwang.output.format.create"  # v6.0: the layout file (PDF) of an issued 数电 invoice
RED_ADD = "baiwang.output.redinvoice.add"  # v7.0 flat: 红字确认单 (red confirmation), auto-issued when confirmed
RED_INFO = "baiwang.output.redinvoice.redforminfo"  # v6.0 flat: the confirmation's state and its red invoice
V7_METHODS = frozenset({RED_ADD})
TOKEN_ERRORS = frozenset({"100001", "100002"})  # token invalid / expired: log in again
SIGN_ERROR = "100007"


def _enc(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k), ensure_ascii=False)}:{_enc(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_enc(v) for v in value) + "]"
    if isinstance(value, float):
        raise TypeError("amounts are Decimal, never float")
    return json.dumps(value, ensure_ascii=False)


def dumps(value: Any) -> str:
    """Compact JSON (the signed body), Decimal written as a number."""
    return _enc(value)


def loads(raw: str | bytes) -> Any:
    return json.loads(raw, parse_float=Decimal)


def sign(params: dict[str, str], body: str, secret: str) -> str:
    joined = "".join(f"{k}{v}" for k, v in sorted(params.items()) if k != "sign" and v not in ("", None))
    return hashlib.md5(f"{secret}{joined}{body}{secret}".encode()).hexdigest().upper()


def password_hash(password: str, salt: str) -> str:
    return hashlib.sha256(f"{password}{salt}".encode()).hexdigest()


def yuan(fen: int) -> Decimal:
    """Fen as a two-decimal yuan amount (exact)."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def fen(amount: Any) -> int:
    """A yuan amount of an answer as fen; refuses more than two decimals."""
    value = Decimal(str(amount)) * 100
    if value != value.to_integral_value():
        raise ValueError(f"not a yuan amount with two decimals: {amount!r}")
    return int(value)


def rate(tax_rate_bp: int) -> Decimal:
    """1300 basis points -> 0.13."""
    return (Decimal(tax_rate_bp) / 10000).normalize() if tax_rate_bp else Decimal("0")


def rate_bp(value: Any) -> int:
    return int(Decimal(str(value)) * 10000)
