"""The TOP family gateway (Taobao, JD, Pinduoduo): form-posted system parameters signed with ``top_sign``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.channels.adapters.base import parse_cst
from backend.channels.adapters.signing import (
    TOP_SIGN_METHODS,
    compact_json,
    signatures_match,
    top_sign,
)
from fakes.platforms.base import (
    FakeApiError,
    FakePlatform,
    SignedRequest,
    need,
    request_params,
)


class TopFamilyFake(FakePlatform):
    """Form-posted system parameters signed with ``top_sign``."""

    KEY_PARAM: ClassVar[str] = "app_key"
    API_PARAM: ClassVar[str] = "method"
    TOKEN_PARAM: ClassVar[str] = "session"
    PATH: ClassVar[str] = "/router/rest"

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        raise NotImplementedError

    def timestamp_seconds(self, value: str) -> float:
        return parse_cst(value).timestamp()

    def check_request(self, params: dict[str, str]) -> None:
        need(params, self.API_PARAM, self.KEY_PARAM, "timestamp", "sign")
        if params[self.KEY_PARAM] != self.credentials.app_key:
            raise FakeApiError("app_key", "app key 不存在")
        method = params.get("sign_method", "md5")
        if method not in TOP_SIGN_METHODS:
            raise FakeApiError("signature", f"不支持的 sign_method {method}")
        if not signatures_match(top_sign(params, self.credentials.app_secret, method), params["sign"]):
            raise FakeApiError("signature", "签名无效")
        try:
            self.check_skew(self.timestamp_seconds(params["timestamp"]))
        except ValueError as exc:
            raise FakeApiError("timestamp", "timestamp 格式错误") from exc
        if params.get(self.TOKEN_PARAM) != self.credentials.access_token:
            raise FakeApiError("auth", "access token 无效或已过期")
        if params[self.API_PARAM] not in self.apis():
            raise FakeApiError("unknown_api", f"不存在的 API {params[self.API_PARAM]}")

    def business_params(self, params: dict[str, str]) -> dict[str, Any]:
        return params

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def register(self, app: Sanic) -> None:
        async def router(request: Request) -> HTTPResponse:
            params = request_params(request)
            api = params.get(self.API_PARAM, "")
            return await self.serve(
                api, lambda: self.check_request(params),
                lambda: self.apis()[api](self.business_params(params)),
                lambda result: json_response(self.wrap(api, result), ensure_ascii=False),
            )

        app.add_route(router, self.PATH, methods=["GET", "POST"], name="router")

    def top_push(self, query: dict[str, str], message: dict[str, Any]) -> SignedRequest:
        body = compact_json(message).encode("utf-8")
        query["sign"] = top_sign(query, self.credentials.app_secret, query.get("sign_method", "md5"), body=body)
        return SignedRequest("POST", query, {"Content-Type": "application/json;charset=utf-8"}, body)
