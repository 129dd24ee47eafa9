"""Channel accounts: the adapter of a shop, and the system user that channel sync acts as."""

from __future__ import annotations

import asyncio

from backend import production_guard
from backend.channels.adapters import PLATFORMS, AdapterConfig, ChannelAdapter, create_adapter
from backend.channels.config import sync_config
from backend.channels.models import ChannelAccount
from backend.errors import NotFound, ServiceUnavailable
from backend.observability.redaction import register_secret
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Role, User
from backend.security import Actor
from backend.settings import get_settings

SYSTEM_USERNAME = "channel-sync"

# One adapter (one HTTP client, one WeChat token) per account and event loop; rebuilt when the account changes.
_adapters: dict[tuple[int, int], tuple[object, ChannelAdapter]] = {}


def platform_name(platform: str) -> str:
    try:
        return CHANNEL_NAMES_ZH[Channel(platform)]
    except ValueError:
        return platform


def check_platform(platform: str) -> str:
    if platform not in PLATFORMS:
        raise NotFound(f"不支持的渠道：{platform}")
    return platform


async def account_for(platform: str, *, active_only: bool = True) -> ChannelAccount:
    check_platform(platform)
    account = await ChannelAccount.get_or_none(platform=platform)
    if account is None or (active_only and not account.is_active):
        raise NotFound(f"尚未开通{platform_name(platform)}店铺")
    return account


def adapter_config(account: ChannelAccount) -> AdapterConfig:
    return AdapterConfig(
        app_key=account.app_key, app_secret=account.app_secret, access_token=account.access_token,
        base_url=account.base_url or None, sign_method=account.sign_method or None,
        webhook_token=account.webhook_token, shop_id=account.shop_id, timeout=sync_config().push_timeout_s,
    )


def adapter_for(account: ChannelAccount) -> ChannelAdapter:
    """The (cached) adapter of this account in the running event loop."""
    loop = asyncio.get_running_loop()
    key = (id(loop), account.id)
    version = (account.updated_at, account.base_url, account.app_secret, account.access_token)
    _refuse_fake_shop(account)
    register_secret(account.app_secret, account.access_token, account.webhook_token)  # masked in every log line
    cached = _adapters.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    adapter = create_adapter(account.platform, adapter_config(account))
    _adapters[key] = (version, adapter)
    return adapter


def _refuse_fake_shop(account: ChannelAccount) -> None:
    """Production: a shop pointed at a fake or still on the demo credentials is never called (it was added or
    edited after start-up, when the guard checked every active shop)."""
    if production_guard.is_production(get_settings()):
        problems = production_guard.channel_account_problems(account)
        if problems:
            raise ServiceUnavailable(f"{platform_name(account.platform)}店铺配置不可用于生产环境：{problems[0]}",
                                     code="channel_misconfigured")


async def close_adapters() -> None:
    """Close the HTTP clients of the adapters created in this event loop."""
    loop_id = id(asyncio.get_running_loop())
    for key in [k for k in _adapters if k[0] == loop_id]:
        _, adapter = _adapters.pop(key)
        await adapter.aclose()


async def system_user() -> User:
    """The user platform orders are placed by (cannot log in: no usable password, inactive)."""
    user = await User.get_or_none(username=SYSTEM_USERNAME)
    if user is None:
        user, _ = await User.get_or_create(
            username=SYSTEM_USERNAME,
            defaults={"display_name": "渠道同步", "password_hash": "!", "role": Role.HQ_ADMIN, "is_active": False},
        )
    return user


async def system_actor() -> Actor:
    return Actor(role=Role.HQ_ADMIN, user=await system_user(), location_ids=None)
