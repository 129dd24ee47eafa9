"""The demo accounts published with the code: the ids and secrets the local fakes answer to and the demo data uses.

The fakes (fakes/) take their defaults from here, the demo data points its marketplace shops at the fakes with
these credentials (backend.channels.demo), and the production guard refuses every value here
(backend.production_guard.demo_values). Configuration, not code of the fakes: the core never imports fakes/.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# WeChat (fakes.wechat): code2session, phone number, Pay v2, subscribe messages
WECHAT_APPID = "wxcradle0000demo"
WECHAT_SECRET = "cradle-demo-wechat-secret-000000"
WECHAT_MCH_ID = "1900000109"
WECHAT_MCH_API_KEY = "cradledemomchapikey0000000000000"  # 32 chars, as WeChat Pay v2 keys are
WECHAT_CARE_TEMPLATE_ID = "cradle-care-reminder-demo-template-0001"  # 宝宝成长提醒: thing1 宝宝, thing2 提醒内容, date3 日期

# WeCom (fakes.wecom): the same defaults as backend.settings (CRADLE_WECOM_*), so `make run` needs no setup
WECOM_CORP_ID = "ww_cradle_demo"
WECOM_SECRET = "cradle-wecom-secret"
WECOM_AGENT_ID = 1000002
WECOM_TOKEN = "cradle-wecom-token"
WECOM_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 chars, as WeCom's EncodingAESKey

# Alipay (fakes.alipay)
ALIPAY_APP_ID = "2021000000000001"

# 百望云 e-invoice platform (fakes.baiwang): the app, the platform user and the seller's tax number
EINVOICE_APP_KEY = "1000cradledemo01"
EINVOICE_APP_SECRET = "cradle-demo-baiwang-app-secret-00"
EINVOICE_USERNAME = "cradle_demo_invoicer"
EINVOICE_PASSWORD = "cradle-demo-baiwang-password"
EINVOICE_USER_SALT = "cradle-demo-salt"
EINVOICE_TAX_NO = "91310000CRADLE001X"
EINVOICE_SELLER_NAME = "上海摇篮母婴用品连锁有限公司"


@dataclass(frozen=True)
class ShopCredentials:
    """A marketplace shop's API credentials."""

    app_key: str
    app_secret: str
    access_token: str = ""
    webhook_token: str = ""

    def adapter_kwargs(self) -> dict[str, str]:
        """Keyword arguments for ``AdapterConfig`` (add ``base_url``)."""
        return asdict(self)


# The demo marketplace shops (fakes.platforms answers to these)
SHOP_CREDENTIALS: dict[str, ShopCredentials] = {
    "taobao": ShopCredentials("12345678", "cradle-demo-taobao-secret-0000000", "6100000cradledemosession"),
    "jd": ShopCredentials("CRADLEJDDEMOAPPKEY00000000000000", "cradle-demo-jd-secret-00000000000",
                          "cradle-demo-jd-access-token"),
    "pdd": ShopCredentials("cradledemopddclientid00000000000", "cradle-demo-pdd-client-secret-0000",
                           "cradle-demo-pdd-access-token"),
    "douyin": ShopCredentials("7000000000000000001", "cradle-demo-douyin-secret-000000",
                              "cradle-demo-douyin-access-token"),
    "kuaishou": ShopCredentials("ks000000000000cradle", "cradle-demo-kuaishou-sign-secret",
                                "cradle-demo-kuaishou-access-token"),
    "wechat_shop": ShopCredentials("wxcradleshop00demo", "cradle-demo-wechat-shop-secret-00", "",
                                   "cradledemowechatshoptoken"),
}


def published_values() -> frozenset[str]:
    """Every id and secret above, as text."""
    values = {str(v) for k, v in globals().items() if k.isupper() and isinstance(v, str | int)}
    for creds in SHOP_CREDENTIALS.values():
        values |= {v for v in asdict(creds).values() if v}
    return frozenset(values)

# Alibaba Cloud SMS (fakes.aliyun_sms): the AccessKey pair the fake answers to, and the SMTP sink's address
ALIYUN_SMS_ACCESS_KEY_ID = "LTAI5tCradleDemoSmsKey00"
ALIYUN_SMS_ACCESS_KEY_SECRET = "cradleDemoSmsAccessKeySecret000"
