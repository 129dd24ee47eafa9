"""Alibaba Cloud RPC-style request signing (SignatureVersion 1.0, HMAC-SHA1), as the Alibaba Cloud docs give it:

    CanonicalizedQueryString = sorted(k=v of every parameter but Signature, each percent-encoded), joined by "&"
    StringToSign = HTTPMethod + "&" + percentEncode("/") + "&" + percentEncode(CanonicalizedQueryString)
    Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign))

percentEncode is UTF-8 URL encoding with only A-Z a-z 0-9 - _ . ~ left as they are ("+" -> %20, "*" -> %2A,
"%7E" -> "~" in Java terms)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import quote


def percent_encode(value: str) -> str:
    return quote(str(value), safe="-_.~")


def canonical_query(params: Mapping[str, str]) -> str:
    return "&".join(f"{percent_encode(k)}={percent_encode(params[k])}" for k in sorted(params) if k != "Signature")


def string_to_sign(method: str, params: Mapping[str, str]) -> str:
    return f"{method.upper()}&{percent_encode('/')}&{percent_encode(canonical_query(params))}"


def sign(method: str, params: Mapping[str, str], access_key_secret: str) -> str:
    digest = hmac.new(f"{access_key_secret}&".encode(), string_to_sign(method, params).encode(), hashlib.sha1)
    return base64.b64encode(digest.digest()).decode()
