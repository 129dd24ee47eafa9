"""OpenAPI documentation of the partner API: the oauth2 security scheme (client credentials flow) and examples."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sanic_ext import openapi
from sanic_ext.extensions.openapi.builders import SpecificationBuilder

from backend.partners.clients import SCOPES

SCHEME = "partner_oauth"
TOKEN_URL = "/open/oauth/token"
ERROR_EXAMPLE = {"error": {"code": "forbidden", "message": "访问令牌没有 orders:read 授权范围"}}


def add_security_scheme() -> None:
    """The partners' oauth2 scheme with a clientCredentials flow (the public contract names it)."""
    SpecificationBuilder().add_security_scheme(
        SCHEME, "oauth2", description="合作方应用：OAuth 2.0 客户端凭证模式（client credentials）获取访问令牌",
        flows={"clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": dict(SCOPES)}})


def _json(example: Any) -> dict[str, Any]:
    return {"application/json": {"schema": {"type": "object"}, "example": example}}


def partner_operation(scope: str, summary: str, example: Any, *, status: int = 200,
                      parameters: tuple[Any, ...] = ()) -> Callable[[Any], Any]:
    """Summary, the scope it needs, the success example and the error answers of a /open/v1 operation."""

    def wrap(handler: Any) -> Any:
        handler = openapi.summary(summary)(handler)
        handler = openapi.tag("open-v1")(handler)
        handler = openapi.secured({SCHEME: [scope]})(handler)
        handler = openapi.response(status, _json(example), "成功")(handler)
        for code, text in ((401, "访问令牌缺失、无效、过期或已吊销"), (403, f"访问令牌没有 {scope} 授权范围"),
                           (429, "超过该应用每分钟的调用限额（Retry-After 头给出秒数）")):
            handler = openapi.response(code, _json(ERROR_EXAMPLE), text)(handler)
        for p in parameters:
            handler = p(handler)
        return handler

    return wrap


def query(name: str, description: str, *, schema: type = str) -> Callable[[Any], Any]:
    return openapi.parameter(name, schema, "query", description=description)
