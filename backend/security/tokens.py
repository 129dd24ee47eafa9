"""JWT access and refresh tokens (python-jose, HS256). Subjects are "staff:<id>" or "member:<id>"."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Literal

from jose import JWTError, jwt

from backend.errors import Unauthorized
from backend.settings import get_settings

ALGORITHM = "HS256"
Kind = Literal["staff", "member"]


@dataclass(frozen=True)
class Claims:
    kind: Kind
    subject_id: int
    role: str
    token_type: str
    jti: str


def issue_pair(kind: Kind, subject_id: int, role: str) -> dict[str, object]:
    s = get_settings()
    now = int(time.time())
    base = {"sub": f"{kind}:{subject_id}", "role": role, "iat": now}
    access = jwt.encode(
        {**base, "typ": "access", "exp": now + s.access_ttl_s, "jti": uuid.uuid4().hex}, s.jwt_secret, ALGORITHM
    )
    refresh = jwt.encode(
        {**base, "typ": "refresh", "exp": now + s.refresh_ttl_s, "jti": uuid.uuid4().hex}, s.jwt_secret, ALGORITHM
    )
    return {"access_token": access, "refresh_token": refresh, "expires_in": s.access_ttl_s, "token_type": "Bearer"}


def decode(token: str, expected_type: str) -> Claims:
    try:
        data = jwt.decode(token, get_settings().jwt_secret, algorithms=[ALGORITHM])
    except JWTError as exc:
        raise Unauthorized("登录已失效，请重新登录", code="unauthorized") from exc
    if data.get("typ") != expected_type:
        raise Unauthorized("令牌类型不正确")
    kind, _, raw_id = str(data.get("sub", "")).partition(":")
    if kind not in ("staff", "member") or not raw_id.isdigit():
        raise Unauthorized("令牌无效")
    return Claims(kind=kind, subject_id=int(raw_id), role=str(data.get("role", "")), token_type=expected_type,
                  jti=str(data.get("jti", "")))  # type: ignore[arg-type]
