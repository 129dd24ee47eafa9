"""The six platform fakes by platform name, their Sanic app factories, and the in-process mount for ``make run``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sanic import Sanic

from backend.channels.models import ChannelAccount, SkuMapping
from fakes.platforms.base import FakePlatform
from fakes.platforms.douyin import DouyinFake
from fakes.platforms.jd import JDFake
from fakes.platforms.kuaishou import KuaishouFake
from fakes.platforms.pdd import PddFake
from fakes.platforms.taobao import TaobaoFake
from fakes.platforms.wechat_shop import WeChatShopFake
from fakes.server import unique_app_name

FAKE_CLASSES: dict[str, type[FakePlatform]] = {
    cls.platform: cls for cls in (TaobaoFake, JDFake, PddFake, DouyinFake, KuaishouFake, WeChatShopFake)
}


def create_platform_fake(platform: str, **kwargs: Any) -> Sanic:
    """A Sanic app serving the fake of ``platform``; the fake itself is ``app.ctx.state``."""
    fake = FAKE_CLASSES[platform](**kwargs)
    app = Sanic(unique_app_name(f"fake_{platform}"))
    app.ctx.state = fake
    fake.register(app)
    fake.register_control(app)
    return app


def create_taobao_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("taobao", **kwargs)


def create_jd_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("jd", **kwargs)


def create_pdd_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("pdd", **kwargs)


def create_douyin_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("douyin", **kwargs)


def create_kuaishou_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("kuaishou", **kwargs)


def create_wechat_shop_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("wechat_shop", **kwargs)


PLATFORM_FAKES: dict[str, Callable[..., Sanic]] = {
    "taobao": create_taobao_fake, "jd": create_jd_fake, "pdd": create_pdd_fake, "douyin": create_douyin_fake,
    "kuaishou": create_kuaishou_fake, "wechat_shop": create_wechat_shop_fake,
}


def mount_platform_fakes(app: Sanic, prefix: str = "/_fakes") -> dict[str, FakePlatform]:
    """Serve every platform fake inside ``app`` under ``<prefix>/<platform>`` (``make run``: one process, no
    extra ports). Returns the fakes; ``app.ctx.platform_fakes`` holds them too. Once the app is up, every SKU
    mapped on a channel account pointing at the mount is listed on its fake (with 0 until our first push)."""
    from sanic import Blueprint

    fakes: dict[str, FakePlatform] = {}
    for platform, cls in FAKE_CLASSES.items():
        fake = cls()
        bp = Blueprint(f"fake_platform_{platform}", url_prefix=f"{prefix}/{platform}")
        fake.register(bp)  # type: ignore[arg-type]  # Blueprint.add_route has the app's signature
        fake.register_control(bp)  # type: ignore[arg-type]
        app.blueprint(bp)
        fakes[platform] = fake
    app.ctx.platform_fakes = fakes

    async def list_mapped(app: Sanic) -> None:
        for account in await ChannelAccount.filter(base_url__contains=f"{prefix}/"):
            fake = fakes.get(account.platform)
            if fake is None:
                continue
            for psid in await SkuMapping.filter(account_id=account.id).values_list("platform_sku_id", flat=True):
                with fake.lock:
                    fake.stock.setdefault(str(psid), 0)

    app.register_listener(list_mapped, "after_server_start")
    return fakes
