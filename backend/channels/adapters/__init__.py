"""Marketplace adapters behind one interface (see ``base.ChannelAdapter``).

``ADAPTERS`` maps Cradle's channel codes (the ``channel`` values of the public order API) to adapter classes.
The live-stream channel (``live``) is internal and has no adapter.
"""

from __future__ import annotations

from typing import Any

from .base import (
    STATUS_RANK,
    AdapterConfig,
    ChannelAdapter,
    MalformedWebhook,
    OrderLine,
    OrderStatus,
    PlatformError,
    PlatformOrderEvent,
    RateLimitedError,
    SignatureError,
    WebhookError,
    WebhookReply,
)
from .douyin import DouyinAdapter
from .jd import JDAdapter
from .kuaishou import KuaishouAdapter
from .pdd import PddAdapter
from .taobao import TaobaoAdapter
from .wechat_shop import WeChatShopAdapter

ADAPTERS: dict[str, type[ChannelAdapter]] = {
    cls.platform: cls
    for cls in (TaobaoAdapter, JDAdapter, PddAdapter, DouyinAdapter, KuaishouAdapter, WeChatShopAdapter)
}
PLATFORMS: tuple[str, ...] = tuple(ADAPTERS)


def create_adapter(platform: str, config: AdapterConfig, **kwargs: Any) -> ChannelAdapter:
    try:
        cls = ADAPTERS[platform]
    except KeyError:
        raise ValueError(f"no adapter for channel {platform!r}; known: {', '.join(PLATFORMS)}") from None
    return cls(config, **kwargs)


__all__ = [
    "ADAPTERS", "PLATFORMS", "STATUS_RANK", "AdapterConfig", "ChannelAdapter", "DouyinAdapter", "JDAdapter",
    "KuaishouAdapter", "MalformedWebhook", "OrderLine", "OrderStatus", "PddAdapter", "PlatformError",
    "PlatformOrderEvent", "RateLimitedError", "SignatureError", "TaobaoAdapter", "WeChatShopAdapter",
    "WebhookError", "WebhookReply", "create_adapter",
]
