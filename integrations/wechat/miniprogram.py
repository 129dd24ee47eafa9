"""The WeChat mini-program server API through wechatpy: code2session, the phone number (getuserphonenumber) and
subscribe messages. Installed in the members' port (backend.members.wechat) by backend.wiring.

The client talks to `settings.wechat_api_base` (api.weixin.qq.com in production, the local fake under make run
and in tests). wechatpy is blocking, so every call runs in a worker thread.
"""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any

from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException

from backend.errors import Unauthorized
from backend.members.wechat import Session, SubscribeFailed, SubscribeRefused, WeChatUnavailable
from backend.settings import get_settings

REFUSED_CODES = (43101,)  # the user holds no accepted subscription to the template


class _Client(WeChatClient):
    """WeChatClient with every base URL (the token URL is hard-coded in wechatpy) under one base."""

    def __init__(self, base_url: str, appid: str, secret: str) -> None:
        super().__init__(appid, secret, timeout=10)
        base = base_url.rstrip("/")
        self.API_BASE_URL = base + "/cgi-bin/"
        self.wxa.API_BASE_URL = base + "/"

    def fetch_access_token(self) -> dict[str, Any]:
        return self._fetch_access_token(
            url=self.API_BASE_URL + "token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


@lru_cache(maxsize=4)
def _client(base_url: str, appid: str, secret: str) -> _Client:
    return _Client(base_url, appid, secret)  # one per process: wechatpy keeps the access token in it


def client() -> _Client:
    s = get_settings()
    return _client(s.wechat_api_base, s.wechat_appid, s.wechat_secret)


async def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return await asyncio.to_thread(fn, *args, **kwargs)
    except WeChatClientException as exc:
        if exc.errcode in (40029, 40163, 40226):  # invalid / used code, risky user
            raise Unauthorized("微信登录凭证无效或已使用，请重新登录", code="wechat_code_invalid") from exc
        raise WeChatUnavailable(f"微信服务返回错误（{exc.errcode}），请稍后重试") from exc
    except OSError as exc:  # requests' connection errors are OSErrors
        raise WeChatUnavailable() from exc


def _send_subscribe_message(openid: str, template_id: str, data: dict[str, dict[str, str]], page: str,
                            state: str) -> str:
    """POST cgi-bin/message/subscribe/send through wechatpy (blocking; the access token is fetched once and cached
    in the client until it expires). Returns the msgid."""
    c = client()
    try:
        # wechatpy's wxa.send_subscribe_message posts the same path but takes no miniprogram_state / lang, so its
        # request is built here: same client, same token handling (refetched once on 40001/42001).
        result = c.wxa._post("cgi-bin/message/subscribe/send", data={
            "touser": openid, "template_id": template_id, "page": page, "data": data,
            "miniprogram_state": state, "lang": "zh_CN"})
    except WeChatClientException as exc:
        if exc.errcode in REFUSED_CODES:
            raise SubscribeRefused(f"{exc.errcode} {exc.errmsg}") from exc
        raise SubscribeFailed(f"{exc.errcode} {exc.errmsg}") from exc
    except OSError as exc:
        raise SubscribeFailed(f"{type(exc).__name__}: {exc}") from exc
    return str(result.get("msgid", ""))


class WeChatMiniProgram:
    """backend.members.wechat.MiniProgram over wechatpy."""

    async def code_to_session(self, code: str) -> Session:
        data = await _call(client().wxa.code_to_session, code)
        return Session(openid=str(data["openid"]), unionid=data.get("unionid") or None)

    async def phone_number(self, code: str) -> str:
        data = await _call(client().wxa._post, "wxa/business/getuserphonenumber", data={"code": code})
        info = data.get("phone_info") or {}
        return str(info.get("purePhoneNumber") or info.get("phoneNumber") or "")

    async def send_subscribe_message(self, openid: str, template_id: str, data: dict[str, dict[str, str]],
                                     page: str, state: str) -> str:
        return await asyncio.to_thread(_send_subscribe_message, openid, template_id, data, page, state)
