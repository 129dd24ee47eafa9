"""The local fakes served inside the app itself under `make run` (no broker configured: the embedded default),
so every outside service the demo talks to answers on the same port. Set CRADLE_FAKES=0 to leave them out.

    /_fakes/<platform>/...   the marketplace fakes (fakes.platforms): taobao, jd, pdd, douyin, kuaishou, wechat_shop
    /_fakes/wechat/...       WeChat code2session, phone number and Pay v2 (fakes.wechat); the settings' WeChat
                             base URLs are pointed here unless CRADLE_WECHAT_API_BASE / _PAY_API_BASE are set.
                             POST /_fakes/wechat/fake/pay/confirm {"out_trade_no"} "pays" and sends the notify.
    /_fakes/wecom/...        the WeCom fake (fakes.wecom): the API the bot pushes approval cards to
    /_fakes/alipay/gateway.do  Alipay's OpenAPI gateway (fakes.alipay: barcode pay, query, cancel); used unless
                             CRADLE_ALIPAY_GATEWAY or the Alipay keys are set; its key pairs are generated per process
    /_fakes/baiwang/router/rest  百望云's e-invoice open platform (fakes.baiwang); used unless CRADLE_EINVOICE_APP_KEY
                             is set
    /_fakes/aliyun-sms/      Alibaba Cloud SMS (fakes.aliyun_sms: SendSms, SendBatchSms; receipts and replies pushed
                             to our callback routes); used unless CRADLE_ALIYUN_SMS_ACCESS_KEY_ID/_SECRET are set
    /_fakes/smtp/messages    what the in-process SMTP sink (fakes.smtp_sink, aiosmtpd on 127.0.0.1:
                             CRADLE_SMTP_SINK_PORT, default a free port) received; used unless CRADLE_SMTP_HOST is set

Add other fakes here (one call each)."""

from __future__ import annotations

import dataclasses
import os

from sanic import Blueprint, Sanic
from sanic.response import json as json_response

from backend import demo_accounts
from backend.crm.callbacks import callback_urls
from backend.crm.config import configure, crm_config
from backend.settings import Settings, use_settings
from fakes.alipay import AlipayFakeState, alipay_blueprint, demo_config
from fakes.aliyun_sms import AliyunSmsFakeState, aliyun_sms_blueprint
from fakes.baiwang import BaiwangFakeConfig, BaiwangFakeState, baiwang_blueprint
from fakes.platforms import mount_platform_fakes
from fakes.smtp_sink import SmtpSink
from fakes.wechat import DEMO_CARE_TEMPLATE_ID, WeChatFakeConfig, WeChatFakeState, wechat_blueprint
from fakes.wecom import mount_wecom_fake


def fakes_enabled(app: Sanic) -> bool:
    """CRADLE_FAKES=1 mounts them, 0 leaves them out; unset, they are mounted when no broker is configured
    (make run). The two-node tests set 1 on the node that plays the outside world beside a broker."""
    flag = os.environ.get("CRADLE_FAKES", "")
    return flag != "0" if flag else not app.ctx.settings.broker_url


def mount_fakes(app: Sanic) -> None:
    if not fakes_enabled(app):
        return

    mount_platform_fakes(app)
    mount_wechat_fake(app)
    mount_alipay_fake(app)
    mount_baiwang_fake(app)
    mount_crm_fakes(app)


def mount_wechat_fake(app: Sanic, prefix: str = "/_fakes/wechat") -> None:
    s = app.ctx.settings
    d = Settings()
    state = WeChatFakeState(config=WeChatFakeConfig(appid=s.wechat_appid, secret=s.wechat_secret,
                                                    mch_id=s.wechat_mch_id, api_key=s.wechat_mch_key))
    app.blueprint(Blueprint.group(wechat_blueprint(state), url_prefix=prefix))
    app.ctx.wechat_fake = state
    base = s.public_base_url.rstrip("/") + prefix + "/"
    changes = {k: base for k in ("wechat_api_base", "wechat_pay_api_base") if getattr(s, k) == getattr(d, k)}
    if not s.wechat_care_template_id:  # the care reminders go to the fake's subscribe-message template

        changes["wechat_care_template_id"] = DEMO_CARE_TEMPLATE_ID
    if changes:
        app.ctx.settings = use_settings(dataclasses.replace(s, **changes))

    mount_wecom_fake(app)


def mount_alipay_fake(app: Sanic, prefix: str = "/_fakes/alipay") -> None:
    """The Alipay gateway fake, with the settings' Alipay gateway and keys pointed at it (unless configured)."""
    s = app.ctx.settings
    if s.alipay_gateway != Settings().alipay_gateway or s.alipay_app_private_key or s.alipay_public_key:
        return  # a real (or sandbox) Alipay is configured
    cfg = demo_config(s.alipay_app_id)
    state = AlipayFakeState(config=cfg)
    app.blueprint(Blueprint.group(alipay_blueprint(state), url_prefix=prefix))
    app.ctx.alipay_fake = state
    app.ctx.settings = use_settings(dataclasses.replace(
        s, alipay_gateway=s.public_base_url.rstrip("/") + prefix + "/gateway.do",
        alipay_app_private_key=cfg.app_private_key, alipay_public_key=cfg.alipay_public_key))


def mount_baiwang_fake(app: Sanic, prefix: str = "/_fakes/baiwang") -> None:
    """The 百望云 e-invoice fake, with the settings' e-invoice platform pointed at it (unless an app key is set)."""
    s = app.ctx.settings
    if s.einvoice_app_key:
        return  # a real (or sandbox) platform is configured
    base = s.public_base_url.rstrip("/") + prefix
    state = BaiwangFakeState(config=BaiwangFakeConfig(public_base=base))
    app.blueprint(Blueprint.group(baiwang_blueprint(state), url_prefix=prefix))
    app.ctx.baiwang_fake = state
    app.ctx.settings = use_settings(dataclasses.replace(
        s, einvoice_api_base=base + "/router/rest", einvoice_app_key=demo_accounts.EINVOICE_APP_KEY,
        einvoice_app_secret=demo_accounts.EINVOICE_APP_SECRET, einvoice_username=demo_accounts.EINVOICE_USERNAME,
        einvoice_password=demo_accounts.EINVOICE_PASSWORD, einvoice_user_salt=demo_accounts.EINVOICE_USER_SALT,
        einvoice_tax_no=demo_accounts.EINVOICE_TAX_NO, einvoice_seller_name=demo_accounts.EINVOICE_SELLER_NAME))


def mount_crm_fakes(app: Sanic, prefix: str = "/_fakes/aliyun-sms") -> None:
    """The Alibaba Cloud SMS fake and the SMTP sink, with backend.crm's providers pointed at them (unless a real
    provider is configured). The fake pushes delivery receipts and replies to our callback routes."""
    cfg = crm_config()
    base = app.ctx.settings.public_base_url.rstrip("/")
    if not cfg.sms_configured:
        state = AliyunSmsFakeState()
        app.blueprint(Blueprint.group(aliyun_sms_blueprint(state), url_prefix=prefix))
        app.ctx.aliyun_sms_fake = state
        configure(sms_endpoint=base + prefix + "/", sms_access_key_id=demo_accounts.ALIYUN_SMS_ACCESS_KEY_ID,
                  sms_access_key_secret=demo_accounts.ALIYUN_SMS_ACCESS_KEY_SECRET)

        @app.before_server_start
        async def _callbacks(app: Sanic) -> None:  # the token needs the settings the server runs with
            urls = callback_urls()
            state.report_url, state.reply_url = urls["sms_report_url"], urls["sms_reply_url"]

    if not cfg.smtp_configured:

        sink = SmtpSink(port=int(os.environ.get("CRADLE_SMTP_SINK_PORT") or 0))
        app.ctx.smtp_sink = sink
        configure(smtp_host=sink.host, smtp_port=sink.port, smtp_starttls=False)

        @app.before_server_start
        async def _start_sink(app: Sanic) -> None:
            sink.start()

        @app.after_server_stop
        async def _stop_sink(app: Sanic) -> None:
            sink.stop()

        smtp_bp = Blueprint("fake_smtp_sink", url_prefix="/_fakes/smtp")

        @smtp_bp.get("/messages")
        async def smtp_messages(request: object) -> object:
            return json_response({"messages": [
                {"to": str(m["To"]), "subject": str(m["Subject"]), "list_unsubscribe": str(m["List-Unsubscribe"] or ""),
                 "body": m.get_content() if not m.is_multipart() else ""} for m in sink.messages[-50:]]},
                ensure_ascii=False)

        app.blueprint(smtp_bp)
