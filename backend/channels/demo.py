"""Demo section "channels": one shop per marketplace pointed at the local fake platforms that `make run` mounts
under /_fakes/<platform> (fakes/mount.py), the first SKUs of the catalogue listed on every platform, and a stock
policy per channel. The embedded jobs then publish our quantities and pull the fakes' orders."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.channels.adapters import PLATFORMS
from backend.channels.models import ChannelAccount, SkuMapping, StockPolicy
from backend.demo import DemoContext
from backend.demo_accounts import SHOP_CREDENTIALS
from backend.org.models import CHANNEL_NAMES_ZH, Channel, LocationKind
from backend.settings import get_settings

LISTED = 12  # SKUs listed on every platform
# (share of available in basis points, safety buffer, locations feeding the channel: "warehouses", "first
# warehouse" or None for every location)
POLICIES: dict[str, tuple[int, int, str | None]] = {
    "taobao": (10000, 2, "warehouses"),
    "jd": (8000, 2, "warehouses"),
    "pdd": (5000, 5, "warehouses"),
    "douyin": (6000, 3, "first warehouse"),
    "kuaishou": (5000, 3, "first warehouse"),
    "wechat_shop": (10000, 0, None),
}


def demo_platform_sku_id(platform: str, n: int) -> str:
    return str(100010000 + n) if platform == "jd" else f"{5000 + n}:{6000 + n}"


def fake_base_url(platform: str) -> str:
    return f"{get_settings().public_base_url.rstrip('/')}/_fakes/{platform}"


async def load_channels(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    skus = list((await ctx.skus(conn)).values())[:LISTED]
    warehouses = [loc.code for loc in (await ctx.locations(conn)).values() if loc.kind == LocationKind.WAREHOUSE]
    scopes = {"warehouses": warehouses, "first warehouse": warehouses[:1], None: None}
    for platform in PLATFORMS:
        account = await ChannelAccount.create(
            platform=platform, name=f"Cradle 母婴{CHANNEL_NAMES_ZH[Channel(platform)]}旗舰店",
            base_url=fake_base_url(platform), using_db=conn, **SHOP_CREDENTIALS[platform].adapter_kwargs())
        share, buffer, scope = POLICIES[platform]
        await StockPolicy.create(account=account, share_bp=share, safety_buffer=buffer,
                                 location_codes=scopes[scope] or None, using_db=conn)
        for n, sku in enumerate(skus, start=1):
            await SkuMapping.create(account=account, sku=sku, platform_sku_id=demo_platform_sku_id(platform, n),
                                    using_db=conn)
    return f"{len(PLATFORMS)} channel shops on the local fake platforms, {len(skus)} SKUs listed on each"
