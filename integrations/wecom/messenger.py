"""The WeCom implementation of the core's staff messenger (backend.messaging.messenger), installed by backend.wiring.

One :class:`~integrations.wecom.client.WeComClient` per configuration (settings.wecom_*), so the access token is
cached between pushes. ``use_api_base`` points it somewhere else than settings.wecom_api_base (``make run``: the
mounted WeCom fake; tests: a fake server or an address where nothing listens)."""

from __future__ import annotations

from typing import Any

from backend.messaging.messenger import ApprovalCardInfo, Recipients
from backend.settings import get_settings
from integrations.wecom import cards
from integrations.wecom.client import SendResult, WeComClient

_clients: dict[tuple[str, str, str, int], WeComClient] = {}
_api_base_override: str | None = None


def use_api_base(url: str | None) -> None:
    """Point the WeCom client somewhere else than settings.wecom_api_base (None: back to the settings)."""
    global _api_base_override
    _api_base_override = url
    _clients.clear()


def wecom_client() -> WeComClient:
    """One client per configuration, so the access token is cached between pushes."""
    s = get_settings()
    base = _api_base_override or s.wecom_api_base
    k = (base, s.wecom_corp_id, s.wecom_secret, s.wecom_agent_id)
    if k not in _clients:
        _clients[k] = WeComClient(s.wecom_corp_id, s.wecom_secret, s.wecom_agent_id, api_base=base, timeout=5)
    return _clients[k]


class WeComMessenger:
    def approval_card(self, info: ApprovalCardInfo) -> dict[str, Any]:
        return cards.approval_card(info)

    async def asend_text(self, user_ids: Recipients, content: str) -> SendResult:
        return await wecom_client().asend_text(user_ids, content)

    async def asend_template_card(self, user_ids: Recipients, card: dict[str, Any]) -> SendResult:
        return await wecom_client().asend_template_card(user_ids, card)
