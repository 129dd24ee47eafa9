"""OAuth 2.0 for partners: the token endpoint (client credentials, RFC 6749 section 4.4) and bearer tokens.

The protocol is Authlib's (``authlib.oauth2.rfc6749.AuthorizationServer`` with its ``ClientCredentialsGrant`` and
RFC 6750 ``BearerTokenGenerator``): client authentication by HTTP Basic (``client_secret_basic``) or by
``client_id``/``client_secret`` in the form body (``client_secret_post``), grant and scope validation, the token
answer and the RFC 6749 section 5.2 error answers are Authlib's. Authlib's server is synchronous, so the
asynchronous parts sit around it: the client row is read before the server runs (``query_client`` answers
from it) and the tokens it issued are written after (``save_token`` collects them).

Access tokens are opaque random strings (``BearerTokenGenerator`` with Authlib's ``generate_token``); the
database keeps their SHA-256. Each request on /open/v1 looks its token up together with its client, so an
expired token, a revoked token and any token of a revoked client are refused (401) from the next request on.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from authlib.common.security import generate_token
from authlib.oauth2.rfc6749 import AuthorizationServer, ClientMixin, OAuth2Request
from authlib.oauth2.rfc6749.errors import InsecureTransportError, InvalidRequestError
from authlib.oauth2.rfc6749.grants import ClientCredentialsGrant
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6749.util import extract_basic_authorization, scope_to_list
from authlib.oauth2.rfc6750 import BearerTokenGenerator

from backend.errors import Unauthorized
from backend.partners.clients import SCOPES, secret_matches
from backend.partners.models import ClientStatus, OpenClient, OpenToken
from backend.security import ratelimit

TOKEN_TTL_S = 3600
TOKENS_PER_CLIENT_PER_MIN = 30
AUTH_METHODS = ("client_secret_basic", "client_secret_post")
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_FIELD = 200  # longer client ids, secrets or scope strings are refused before any lookup


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PartnerClient(ClientMixin):
    """Authlib's view of an OpenClient row."""

    def __init__(self, row: OpenClient) -> None:
        self.row = row

    def get_client_id(self) -> str:
        return self.row.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str | None:
        """No scope asked: every scope the client holds. Else the scopes asked, if it holds them all (None:
        Authlib answers invalid_scope)."""
        allowed = list(self.row.scopes)
        if not scope:
            return " ".join(allowed)
        asked = scope_to_list(scope)
        return " ".join(sorted(set(asked))) if set(asked) <= set(allowed) else None

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return secret_matches(self.row, client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return endpoint == "token" and method in AUTH_METHODS

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "client_credentials"


class _Grant(ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = list(AUTH_METHODS)


@dataclass
class Issued:
    access_token: str
    scopes: list[str]
    expires_in: int
    client: OpenClient


class _Server(AuthorizationServer):
    """One token request: the client row read beforehand, the tokens issued collected for the caller."""

    def __init__(self, row: OpenClient | None) -> None:
        super().__init__(scopes_supported=list(SCOPES))
        self._row = row
        self.issued: list[Issued] = []
        self.register_grant(_Grant)
        self.register_token_generator("default", BearerTokenGenerator(
            access_token_generator=lambda **_: generate_token(48), expires_generator=TOKEN_TTL_S))

    def query_client(self, client_id: str) -> PartnerClient | None:
        row = self._row
        if row is None or row.client_id != client_id or row.status != ClientStatus.ACTIVE:
            return None
        return PartnerClient(row)

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        self.issued.append(Issued(token["access_token"], scope_to_list(token.get("scope")) or [],
                                  int(token["expires_in"]), request.client.row))

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        return request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> tuple[int, Any, dict]:
        return status, body, dict(headers)

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None


class _FormRequest(OAuth2Request):
    """Authlib's request over a parsed form body (what its Flask and Django integrations build)."""

    def __init__(self, uri: str, headers: Mapping[str, str], form: dict[str, str]) -> None:
        super().__init__("POST", uri, headers=headers)
        self._form = form
        self.payload = BasicOAuth2Payload(form)

    @property
    def args(self) -> dict[str, str]:
        return {}

    @property
    def form(self) -> dict[str, str]:
        return self._form


@dataclass
class TokenRequest:
    """What the token endpoint read from the HTTP request."""

    uri: str
    headers: Mapping[str, str]  # case-insensitive (Sanic's)
    content_type: str
    body: bytes


def _oauth_request(req: TokenRequest) -> tuple[OAuth2Request | None, str]:
    """Authlib's request, or why the body is not a token request (RFC 6749 section 3.2: form-encoded, each
    parameter at most once)."""
    if req.content_type.split(";")[0].strip().lower() != FORM_TYPE:
        return None, f"The token request must be {FORM_TYPE}"
    try:
        pairs = parse_qsl(req.body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(req.body),
                          max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None, "The request body is not a valid form"
    if not _basic_header_readable(req.headers.get("authorization") or ""):
        return None, "The Authorization header is not valid HTTP Basic credentials"
    names = [k for k, _ in pairs]
    if len(names) != len(set(names)):
        return None, "A parameter is repeated"
    if any(len(v) > MAX_FIELD or "\x00" in v for _, v in pairs):
        return None, "A parameter is too long"
    try:
        return _FormRequest(req.uri, req.headers, dict(pairs)), ""
    except InsecureTransportError:
        return None, "insecure"


def _basic_header_readable(header: str) -> bool:
    """HTTP Basic credentials Authlib can read (it lets a non-UTF-8 value raise): base64 of UTF-8 text."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return True
    try:
        base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (ValueError, binascii.Error):
        return False
    return len(value) <= 2 * MAX_FIELD


def _client_id(req: TokenRequest, oauth: OAuth2Request) -> str | None:
    basic_id, _ = extract_basic_authorization(req.headers)
    client_id = basic_id or oauth.payload.data.get("client_id")
    return client_id if client_id and len(client_id) <= 40 else None


async def issue(req: TokenRequest) -> tuple[int, Any, dict[str, str]]:
    """The token endpoint: (status, JSON body, headers) as Authlib answers them; the tokens issued are stored."""
    oauth, problem = _oauth_request(req)
    if oauth is None:
        error = InsecureTransportError() if problem == "insecure" else InvalidRequestError(description=problem)
        return _Server(None).handle_error_response(None, error)
    client_id = _client_id(req, oauth)
    if client_id:  # a partner asking for a token per call would fill the token table: a token lasts an hour
        await ratelimit.hit("open-token-client", client_id, TOKENS_PER_CLIENT_PER_MIN)
    row = await OpenClient.get_or_none(client_id=client_id) if client_id else None
    server = _Server(row)
    status, body, headers = server.create_token_response(oauth)
    now = datetime.now(UTC)
    for token in server.issued:
        await OpenToken.create(token_hash=token_hash(token.access_token), client_id=token.client.id,
                               scopes=token.scopes, expires_at=now + timedelta(seconds=token.expires_in))
    return status, body, headers


@dataclass(frozen=True)
class PartnerCaller:
    client: OpenClient
    scopes: frozenset[str]


class InvalidToken(Unauthorized):
    """401 with RFC 6750's WWW-Authenticate challenge."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.response_headers = {"WWW-Authenticate": 'Bearer realm="cradle-open", error="invalid_token"'}


def bearer(header: str | None) -> str:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip() or len(value) > 512:
        raise InvalidToken("缺少合作方访问令牌（Authorization: Bearer <access_token>）")
    return value.strip()


async def authenticate_bearer(header: str | None, *, now: datetime | None = None) -> PartnerCaller:
    """The partner behind the bearer token; 401 for a missing, unknown, expired or revoked token or a revoked
    client. The token's scopes narrowed to what the client still holds (a scope HQ took away stops at once)."""
    row = await OpenToken.get_or_none(token_hash=token_hash(bearer(header))).select_related("client")
    now = now or datetime.now(UTC)
    if row is None or row.revoked or row.expires_at <= now or row.client.status != ClientStatus.ACTIVE:
        raise InvalidToken("访问令牌无效、已过期或已被吊销")
    return PartnerCaller(row.client, frozenset(row.scopes) & frozenset(row.client.scopes))


async def prune_tokens(*, now: datetime | None = None) -> int:
    """Delete tokens expired for a day (job partners.prune_tokens): they can never be accepted again."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=1)
    return await OpenToken.filter(expires_at__lt=cutoff).delete()
