"""The WeChat mini-program platform as members see it (a port): the login code's session, the phone number
behind a getPhoneNumber code, and subscribe messages. The client (integrations.wechat.miniprogram, over
wechatpy) is installed by backend.wiring; the core never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from backend.errors import AppError, ValidationError


class WeChatUnavailable(AppError):
    status = 503
    code = "wechat_unavailable"
    default_message = "微信服务暂时不可用，请稍后重试"


@dataclass(frozen=True)
class Session:
    openid: str
    unionid: str | None


class SubscribeRefused(Exception):
    """WeChat answered 43101: the user holds no accepted subscription to the template (never, or used up)."""


class SubscribeFailed(Exception):
    """Any other failure of a subscribe message: a WeChat error code or the network; worth retrying later."""


class MiniProgram(Protocol):
    """An invalid or used login code is a 401 (wechat_code_invalid); any other WeChat error or the network a
    WeChatUnavailable; subscribe messages raise SubscribeRefused / SubscribeFailed instead."""

    async def code_to_session(self, code: str) -> Session: ...

    async def phone_number(self, code: str) -> str: ...

    async def send_subscribe_message(self, openid: str, template_id: str, data: dict[str, dict[str, str]],
                                     page: str, state: str) -> str:
        """The msgid."""
        ...


_client: MiniProgram | None = None


def install(client: MiniProgram) -> None:
    global _client
    _client = client


def _platform() -> MiniProgram:
    if _client is None:
        raise RuntimeError("no WeChat mini-program client installed: the composition root calls backend.wiring.wire()")
    return _client


async def code_to_session(code: str) -> Session:
    if not code or len(code) > 128:
        raise ValidationError("缺少微信登录凭证", details=[{"field": "code", "message": "必填"}])
    return await _platform().code_to_session(code)


async def phone_number(code: str) -> str:
    """The phone number behind a getPhoneNumber code (e.detail.code)."""
    if not code or len(code) > 128:
        raise ValidationError("缺少手机号授权凭证", details=[{"field": "code", "message": "必填"}])
    return await _platform().phone_number(code)


async def send_subscribe_message(openid: str, template_id: str, data: dict[str, dict[str, str]], page: str,
                                 state: str = "formal") -> str:
    return await _platform().send_subscribe_message(openid, template_id, data, page, state)
