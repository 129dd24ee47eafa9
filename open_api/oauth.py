"""POST /open/oauth/token: the OAuth 2.0 token endpoint for partner applications (client credentials grant).

Answers and errors are RFC 6749's (section 5.1 / 5.2: {"access_token", "token_type", "expires_in", "scope"} or
{"error", "error_description"}), not the {"error": {"code", "message"}} body of the rest of the API: OAuth client
libraries read them. The work is backend.partners.oauth (Authlib)."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic_ext import openapi

from backend import client_address
from backend.client_address import client_ip, is_trusted, parse_ip, trusted_networks
from backend.partners import oauth
from backend.security import ratelimit
from backend.settings import get_settings

bp = Blueprint("open_oauth", url_prefix="/open/oauth")

TOKEN_PER_ADDRESS_PER_MIN = 120

_FORM = {"application/x-www-form-urlencoded": {
    "schema": {"type": "object", "required": ["grant_type"], "properties": {
        "grant_type": {"type": "string", "enum": ["client_credentials"]},
        "scope": {"type": "string", "description": "空格分隔，如 \"orders:read stock:read\"；省略时为应用的全部授权范围"},
        "client_id": {"type": "string", "description": "不用 HTTP Basic 认证时在表单中提交"},
        "client_secret": {"type": "string", "description": "不用 HTTP Basic 认证时在表单中提交"}}},
    "example": {"grant_type": "client_credentials", "scope": "orders:read stock:read"}}}
_TOKEN = {"access_token": "kq3Vb...", "token_type": "Bearer", "expires_in": 3600, "scope": "orders:read stock:read"}
_ERROR = {"error": "invalid_client", "error_description": "The client cannot authenticate with methods: [...]"}


def _uri(request: Request) -> str:
    """The URL the client called, https when nginx (a trusted proxy) says so: Authlib refuses plain http to any
    host but a loopback address."""
    peer = parse_ip(client_address.peer_ip(request))
    proxied = peer is not None and is_trusted(peer, trusted_networks(get_settings().trusted_proxies))
    scheme = "https" if proxied and request.headers.get("x-forwarded-proto") == "https" else request.scheme
    return f"{scheme}://{request.host}{request.path}"


@bp.post("/token")
@openapi.summary("OAuth 2.0 令牌端点（客户端凭证模式）")
@openapi.tag("open-oauth")
@openapi.body(_FORM, required=True)
@openapi.response(200, {"application/json": {"schema": {"type": "object"}, "example": _TOKEN}}, "访问令牌")
@openapi.response(400, {"application/json": {"schema": {"type": "object"}, "example": {
    "error": "invalid_scope", "error_description": "The requested scope is invalid, unknown, or malformed."}}},
    "RFC 6749 5.2 错误")
@openapi.response(401, {"application/json": {"schema": {"type": "object"}, "example": _ERROR}}, "客户端认证失败")
async def token(request: Request) -> HTTPResponse:
    """Client authentication by HTTP Basic (client_id:client_secret) or by client_id and client_secret in the
    form; the access token is valid for an hour."""
    await ratelimit.hit("open-token-ip", client_ip(request) or "-", TOKEN_PER_ADDRESS_PER_MIN)
    status, body, headers = await oauth.issue(oauth.TokenRequest(
        uri=_uri(request), headers=request.headers, content_type=request.headers.get("content-type", ""),
        body=request.body or b""))
    return json_response(body, status=status, headers={**headers, "Cache-Control": "no-store", "Pragma": "no-cache"})
