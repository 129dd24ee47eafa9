"""JWT access and refresh tokens (python-jose, HS256). Subjects are "staff:<id>" or "member:<id>".

Every token names its session ("sid", a backend.security.models.AuthSession row); a refresh token also carries
the session's generation ("gen", only the newest is accepted) and a staff token the user's token version
("ver", User.token_version when it was minted). Minting is pure; backend.security.sessions records the
session and is what every login calls."""

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
EXPIRED_MESSAGE = "登录已失效，请重新登录"


@dataclass(frozen=True)
class Claims:
    kind: Kind
    subject_id: int
    role: str
    token_type: str
    jti: str
    sid: str
    generation: int
    version: int | None  # staff only


def new_session_id() -> str:
    return uuid.uuid4().hex


def mint_pair(kind: Kind, subject_id: int, role: str, *, sid: str, generation: int = 0,
              version: int | None = None) -> dict[str, object]:
    """An access token and the refresh token of generation `generation` of session `sid`."""
    s = get_settings()
    now = int(time.time())
    base: dict[str, object] = {"sub": f"{kind}:{subject_id}", "role": role, "iat": now, "sid": sid}
    if version is not None:
        base["ver"] = version
    access = jwt.encode(
        {**base, "typ": "access", "exp": now + s.access_ttl_s, "jti": uuid.uuid4().hex}, s.jwt_secret, ALGORITHM
    )
    refresh = jwt.encode(
        {**base, "typ": "refresh", "gen": generation, "exp": now + s.refresh_ttl_s, "jti": uuid.uuid4().hex},
        s.jwt_secret, ALGORITHM,
    )
    return {"access_token": access, "refresh_token": refresh, "expires_in": s.access_ttl_s, "token_type": "Bearer"}


# Tokens this process verified: (token, type, secret) -> (exp, claims). A token's validity is a function of the
# token, the secret and the clock alone, so a repeat is answered by checking its expiry again, without the HMAC
# and base64/JSON of python-jose (about a sixth of a cached stock lookup's CPU). What can end a token earlier
# (logout, role or scope change, password, a merged or deleted member) is not the token's business: the session
# and version checks of backend.security.actor / identity still run on every request. Bounded, oldest out first.
_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str, str], tuple[int, Claims]] = {}


def decode(token: str, expected_type: str) -> Claims:
    secret = get_settings().jwt_secret
    k = (token, expected_type, secret)
    hit = _verified.get(k)
    if hit is not None:
        if int(time.time()) <= hit[0]:  # python-jose's rule: expired once exp < now (whole seconds, no leeway)
            return hit[1]
        del _verified[k]
    claims, exp = _verify(token, expected_type, secret)
    if exp is not None:
        if len(_verified) >= _VERIFIED_MAX:
            _verified.pop(next(iter(_verified)))
        _verified[k] = (exp, claims)
    return claims


def _verify(token: str, expected_type: str, secret: str) -> tuple[Claims, int | None]:
    """The claims and the expiry to cache them until (None: not cached, e.g. a token with "nbf")."""
    try:
        data = jwt.decode(token, secret, algorithms=[ALGORITHM])
    except JWTError as exc:
        raise Unauthorized(EXPIRED_MESSAGE, code="unauthorized") from exc
    if data.get("typ") != expected_type:
        raise Unauthorized("令牌类型不正确")
    kind, _, raw_id = str(data.get("sub", "")).partition(":")
    if kind not in ("staff", "member") or not raw_id.isdigit():
        raise Unauthorized("令牌无效")
    sid, gen, ver = data.get("sid"), data.get("gen", 0), data.get("ver")
    # A token without a session (minted before sessions existed) or a staff token without a version is refused.
    if not isinstance(sid, str) or not sid or not isinstance(gen, int) or (
            kind == "staff" and not isinstance(ver, int)):
        raise Unauthorized(EXPIRED_MESSAGE)
    claims = Claims(kind=kind, subject_id=int(raw_id), role=str(data.get("role", "")), token_type=expected_type,
                    jti=str(data.get("jti", "")), sid=sid, generation=gen, version=ver)  # type: ignore[arg-type]
    exp = data.get("exp")
    return claims, (exp if isinstance(exp, int) and "nbf" not in data else None)
