"""WeCom server API client for the bot's outgoing messages, built on wechatpy's enterprise ``WeChatClient``.

- access token: ``GET {api_base}gettoken?corpid&corpsecret``, cached in wechatpy's session storage until a
  minute before ``expires_in``; an answer of 40001/40014/42001 (token revoked or expired) fetches a new one and
  retries once;
- ``POST {api_base}message/send`` with a text or a template card;
- ``POST {api_base}message/update_template_card`` to grey out a card's buttons after a decision.

``api_base`` is ``settings.wecom_api_base`` (``https://qyapi.weixin.qq.com/cgi-bin/``); tests point it at the
fake (``fake.base_url + "/cgi-bin/"``). wechatpy is synchronous (requests): call the plain methods from Celery
tasks and scripts, and the ``a*`` coroutines (run in a worker thread) from async code.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import requests
from wechatpy.enterprise import WeChatClient
from wechatpy.exceptions import WeChatClientException

from backend.messaging.messenger import MessengerError
from integrations.wecom.cards import card_message, truncate_utf8

DEFAULT_API_BASE = "https://qyapi.weixin.qq.com/cgi-bin/"
TOKEN_ERRORS = frozenset({40001, 40014, 42001})  # invalid credential, invalid token, expired token


class WeComError(MessengerError):
    """WeCom answered an error (``errcode`` != 0) or could not be reached (``errcode`` None)."""


@dataclass(frozen=True)
class SendResult:
    msgid: str
    response_code: str = ""  # template cards only: lets update_template_card change the card (once, 72 h)
    invalid_users: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)


class _EnterpriseClient(WeChatClient):
    """wechatpy's enterprise client with its base URL configurable (wechatpy hard-codes the token URL)."""

    def __init__(self, corp_id: str, secret: str, *, api_base: str, timeout: float, session: Any = None) -> None:
        # auto_retry off: wechatpy's own retry recurses without a limit; WeComClient retries once itself.
        super().__init__(corp_id, secret, session=session, timeout=timeout, auto_retry=False)
        self.API_BASE_URL = api_base if api_base.endswith("/") else api_base + "/"

    def fetch_access_token(self) -> dict[str, Any]:
        # Same as wechatpy's _fetch_access_token, plus a timeout (wechatpy's has none).
        try:
            res = self._http.get(self.API_BASE_URL + "gettoken",
                                 params={"corpid": self.corp_id, "corpsecret": self.secret}, timeout=self.timeout)
            res.raise_for_status()
            result = res.json()
        except (requests.RequestException, ValueError) as exc:
            raise WeChatClientException(None, f"gettoken failed: {exc}", client=self) from exc
        if result.get("errcode"):
            raise WeChatClientException(result["errcode"], result.get("errmsg", ""), client=self)
        expires_in = int(result.get("expires_in") or 7200)
        self.session.set(self.access_token_key, result["access_token"], expires_in)
        self.expires_at = int(time.time()) + expires_in
        return result


def _users(user_ids: str | list[str] | tuple[str, ...]) -> str:
    return user_ids if isinstance(user_ids, str) else "|".join(user_ids)


class WeComClient:
    def __init__(self, corp_id: str, secret: str, agent_id: int, *, api_base: str = DEFAULT_API_BASE,
                 timeout: float = 10.0, session: Any = None) -> None:
        self.agent_id = int(agent_id)
        self._client = _EnterpriseClient(corp_id, secret, api_base=api_base, timeout=timeout, session=session)

    @classmethod
    def from_settings(cls, settings: Any, **kwargs: Any) -> WeComClient:
        return cls(settings.wecom_corp_id, settings.wecom_secret, settings.wecom_agent_id,
                   api_base=settings.wecom_api_base, **kwargs)

    @property
    def api_base(self) -> str:
        return str(self._client.API_BASE_URL)

    def access_token(self) -> str:
        try:
            return str(self._client.access_token)
        except WeChatClientException as exc:
            raise WeComError(exc.errcode, str(exc.errmsg)) from exc

    def _post(self, endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        try:
            try:
                result = self._client.post(endpoint, data=data)
            except WeChatClientException as exc:
                if exc.errcode not in TOKEN_ERRORS:
                    raise
                # The cached token was revoked or expired early: fetch a new one and try once more.
                self._client.session.delete(self._client.access_token_key)
                self._client.fetch_access_token()
                result = self._client.post(endpoint, data=data)
        except WeChatClientException as exc:
            raise WeComError(exc.errcode, str(exc.errmsg)) from exc
        except requests.RequestException as exc:
            raise WeComError(None, f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(result, dict):
            raise WeComError(None, "answer is not JSON")
        return result

    # ---- messages -----------------------------------------------------------------------------------

    def _send(self, user_ids: str | list[str] | tuple[str, ...], msg: dict[str, Any]) -> SendResult:
        data = {"touser": _users(user_ids), "agentid": self.agent_id, **msg}
        result = self._post("message/send", data)
        invalid = str(result.get("invaliduser") or "")
        return SendResult(
            msgid=str(result.get("msgid") or ""),
            response_code=str(result.get("response_code") or ""),
            invalid_users=tuple(u for u in invalid.split("|") if u),
            raw=result,
        )

    def send_text(self, user_ids: str | list[str] | tuple[str, ...], content: str) -> SendResult:
        return self._send(user_ids, {"msgtype": "text", "text": {"content": truncate_utf8(content)}})

    def send_template_card(self, user_ids: str | list[str] | tuple[str, ...], card: dict[str, Any]) -> SendResult:
        return self._send(user_ids, card_message(card))

    def update_card_button(self, user_ids: str | list[str] | tuple[str, ...], response_code: str,
                           replace_name: str) -> dict[str, Any]:
        """Grey out the buttons of the card identified by ``response_code`` for ``user_ids``."""
        users = [user_ids] if isinstance(user_ids, str) else list(user_ids)
        return self._post("message/update_template_card", {
            "userids": users,
            "agentid": self.agent_id,
            "response_code": response_code,
            "button": {"replace_name": replace_name},
        })

    # ---- async wrappers (a worker thread each; wechatpy is blocking) ---------------------------------

    async def asend_text(self, user_ids: str | list[str] | tuple[str, ...], content: str) -> SendResult:
        return await asyncio.to_thread(self.send_text, user_ids, content)

    async def asend_template_card(self, user_ids: str | list[str] | tuple[str, ...],
                                  card: dict[str, Any]) -> SendResult:
        return await asyncio.to_thread(self.send_template_card, user_ids, card)

    async def aupdate_card_button(self, user_ids: str | list[str] | tuple[str, ...], response_code: str,
                                  replace_name: str) -> dict[str, Any]:
        return await asyncio.to_thread(self.update_card_button, user_ids, response_code, replace_name)
