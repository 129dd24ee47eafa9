"""Local fakes of the marketplaces' open platforms: Taobao (TOP), JD (JOS), Pinduoduo, Douyin shop (Doudian),
Kuaishou shop and WeChat shop, each speaking its platform's wire format on 127.0.0.1.

Each fake checks our signed requests as the platform would (bad sign, unknown app, wrong token, stale timestamp ->
the platform's own error JSON), keeps the stock quantity of every listed platform SKU, records every stock push
with its arrival time (tests measure lag from it), records shipments, serves orders for pulls by modification
time, and signs webhooks exactly as the platform would. Orders are made by test helpers.

Tests::

    from fakes.server import run_fake
    from fakes.platforms import create_taobao_fake

    with run_fake(create_taobao_fake, skus={"5001:6001": 10}) as server:
        fake = server.app.ctx.state               # a TaobaoFake
        config = AdapterConfig(base_url=server.base_url, **fake.credentials.adapter_kwargs())
        order = fake.create_order([("5001:6001", 2, 1290)], status="paid")
        fake.fail_next(3, "http_500")             # or "rate_limit", "server_error", "http_429", "timeout", "drop"
        fake.fail_next(1, "drop", api="taobao.item.add")  # only that API's next call: done, answer lost
        fake.always_fail("server_error"); fake.recover()
        fake.inject_drift("5001:6001", 99)
        fake.pushes_for("5001:6001")              # [StockPush(platform_sku_id, qty, at, ...)]
        fake.deliver_webhook(receiver_url, order.order_id)   # the exact signed push the platform sends

Standalone (``make run``)::

    python -m fakes.server fakes.platforms:create_taobao_fake --port 9201

Control endpoints (same data as the helpers, for ``make run`` and benchmarks): ``GET /_fake/state``,
``POST /_fake/orders`` ``{"items": [[sku, qty, price_fen]], "status"}``, ``POST /_fake/orders/<id>/status``
``{"status"}``, ``POST /_fake/skus`` ``{"platform_sku_id", "qty"}`` (also drift), ``POST /_fake/fail``
``{"next": n, "kind", "api"?} | {"always": kind} | {"recover": true}``, ``POST /_fake/webhook`` ``{"url", "order_id",
"status"?}``.

Platform SKU ids follow the adapters: ``"<item id>:<sku id>"`` (JD: the bare ``skuId``). Error codes are listed
in each adapter's module docstring.
"""


from fakes.platforms.base import (
    DEMO_CREDENTIALS,
    FakeApiError,
    FakeCredentials,
    FakeOrder,
    FakePlatform,
    Shipment,
    SignedRequest,
    StockPush,
)
from fakes.platforms.douyin import DouyinFake
from fakes.platforms.jd import JDFake
from fakes.platforms.kuaishou import KuaishouFake
from fakes.platforms.pdd import PddFake
from fakes.platforms.registry import (
    FAKE_CLASSES,
    PLATFORM_FAKES,
    create_douyin_fake,
    create_jd_fake,
    create_kuaishou_fake,
    create_pdd_fake,
    create_platform_fake,
    create_taobao_fake,
    create_wechat_shop_fake,
    mount_platform_fakes,
)
from fakes.platforms.taobao import TaobaoFake
from fakes.platforms.wechat_shop import WeChatShopFake

__all__ = [
    "DEMO_CREDENTIALS", "FAKE_CLASSES", "PLATFORM_FAKES", "DouyinFake", "FakeApiError", "FakeCredentials",
    "FakeOrder", "FakePlatform", "JDFake", "KuaishouFake", "PddFake", "Shipment", "SignedRequest", "StockPush",
    "TaobaoFake", "WeChatShopFake", "create_douyin_fake", "create_jd_fake", "create_kuaishou_fake",
    "create_pdd_fake", "create_platform_fake", "create_taobao_fake", "create_wechat_shop_fake",
    "mount_platform_fakes",
]
