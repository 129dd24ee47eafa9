"""The local fakes served inside the app itself under `make run` (no broker configured: the embedded default),
so every outside service the demo talks to answers on the same port. Set CRADLE_FAKES=0 to leave them out.

    /_fakes/<platform>/...   the marketplace fakes (fakes.platforms): taobao, jd, pdd, douyin, kuaishou, wechat_shop
    /_fakes/wechat/...       WeChat code2session, phone number and Pay v2 (fakes.wechat); the settings' WeChat
                             base URLs are pointed here unless CRADLE_WECHAT_API_BASE / _PAY_API_BASE are set.
                             POST /_fakes/wechat/fake/pay/confirm {"out_trade_no"} "pays" and sends the notify.
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
    mount_wechat_fake(app)


def mount_wechat_fake(app: Sanic, prefix: str = "/_fakes/wechat") -> None:
    import dataclasses

    from sanic import Blueprint

    from backend.settings import Settings, use_settings
    from fakes.wechat import WeChatFakeConfig, WeChatFakeState, wechat_blueprint

    s = app.ctx.settings
    d = Settings()
    state = WeChatFakeState(config=WeChatFakeConfig(appid=s.wechat_appid, secret=s.wechat_secret,
                                                    mch_id=s.wechat_mch_id, api_key=s.wechat_mch_key))
    app.blueprint(Blueprint.group(wechat_blueprint(state), url_prefix=prefix))
    app.ctx.wechat_fake = state
    base = s.public_base_url.rstrip("/") + prefix + "/"
    changes = {k: base for k in ("wechat_api_base", "wechat_pay_api_base") if getattr(s, k) == getattr(d, k)}
    if changes:
        app.ctx.settings = use_settings(dataclasses.replace(s, **changes))
    from fakes.wecom import mount_wecom_fake

    mount_wecom_fake(app)
