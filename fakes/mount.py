"""The local fakes served inside the app itself under `make run` (no broker configured: the embedded default),
so every outside service the demo talks to answers on the same port. Set CRADLE_FAKES=0 to leave them out.

    /_fakes/<platform>/...   the marketplace fakes (fakes.platforms): taobao, jd, pdd, douyin, kuaishou, wechat_shop
    /_fakes/wecom/...        the WeCom fake (fakes.wecom): the API the bot pushes approval cards to

Add other fakes here (one call each)."""

from __future__ import annotations

import os

from sanic import Sanic


def fakes_enabled(app: Sanic) -> bool:
    return not app.ctx.settings.broker_url and os.environ.get("CRADLE_FAKES", "1") != "0"


def mount_fakes(app: Sanic) -> None:
    if not fakes_enabled(app):
        return
    from fakes.platforms import mount_platform_fakes

    mount_platform_fakes(app)
    from fakes.wecom import mount_wecom_fake

    mount_wecom_fake(app)
