"""Per-platform wire details: what each adapter actually puts on the wire, and platform-only behaviour."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from backend.channels.adapters import (
    AdapterConfig,
    DouyinAdapter,
    KuaishouAdapter,
    OrderStatus,
    PddAdapter,
    PlatformError,
    TaobaoAdapter,
    WeChatShopAdapter,
    create_adapter,
)
from backend.channels.adapters.base import format_cst
from backend.channels.adapters.signing import canonical_json, top_sign
from backend.channels.tests.conftest import Receiver
from fakes.platforms import DEMO_CREDENTIALS, PLATFORM_FAKES, FakePlatform
from fakes.server import FakeServer, run_fake

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, FakeServer]]:
    running = {p: run_fake(factory) for p, factory in PLATFORM_FAKES.items()}
    entered = {p: cm.__enter__() for p, cm in running.items()}
    try:
        yield entered
    finally:
        for cm in running.values():
            cm.__exit__(None, None, None)


def fake_of(servers: dict[str, FakeServer], platform: str) -> FakePlatform:
    fake: FakePlatform = servers[platform].app.ctx.state
    fake.reset()
    return fake


def config(servers: dict[str, FakeServer], platform: str, **overrides: object) -> AdapterConfig:
    kwargs: dict[str, object] = {**DEMO_CREDENTIALS[platform].adapter_kwargs(),
                                 "base_url": servers[platform].base_url, **overrides}
    return AdapterConfig(**kwargs)  # type: ignore[arg-type]


class Capture:
    """An httpx client that remembers every request it sends."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.client = httpx.AsyncClient(event_hooks={"request": [self._hook]}, trust_env=False, timeout=5)

    async def _hook(self, request: httpx.Request) -> None:
        await request.aread()
        self.requests.append(request)

    def form(self, i: int = -1) -> dict[str, str]:
        return dict(parse_qsl(self.requests[i].content.decode(), keep_blank_values=True))

    def query(self, i: int = -1) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(str(self.requests[i].url)).query, keep_blank_values=True))


# ---- Taobao -------------------------------------------------------------------------------------------------


async def test_taobao_request_shape(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "taobao")
    fake.list_sku("5001:6001", 1)
    cap = Capture()
    adapter = TaobaoAdapter(config(servers, "taobao"), http=cap.client)
    await adapter.push_stock("5001:6001", 8)
    request = cap.requests[-1]
    assert request.method == "POST" and request.url.path == "/router/rest"
    form = cap.form()
    assert form["method"] == "taobao.item.quantity.update" and form["v"] == "2.0" and form["format"] == "json"
    assert form["session"] == DEMO_CREDENTIALS["taobao"].access_token and form["sign_method"] == "md5"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", form["timestamp"])
    assert (form["num_iid"], form["sku_id"], form["quantity"], form["type"]) == ("5001", "6001", "8", "1")
    assert form["sign"] == top_sign(form, DEMO_CREDENTIALS["taobao"].app_secret, "md5")
    await cap.client.aclose()


@pytest.mark.parametrize("sign_method", ["hmac", "hmac-sha256"])
async def test_taobao_hmac_sign_methods(servers: dict[str, FakeServer], sign_method: str) -> None:
    fake = fake_of(servers, "taobao")
    order = fake.create_order([("5001:6001", 1, 990)])
    async with TaobaoAdapter(config(servers, "taobao", sign_method=sign_method)) as adapter:
        events, _ = await adapter.pull_orders(None)
    assert [e.platform_order_id for e in events] == [order.order_id]


async def test_taobao_item_without_skus(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "taobao")
    fake.list_sku("5002", 3)
    async with TaobaoAdapter(config(servers, "taobao")) as adapter:
        await adapter.push_stock("5002", 9)
        assert await adapter.fetch_stock("5002") == 9


async def test_taobao_refuses_a_stale_timestamp(servers: dict[str, FakeServer]) -> None:
    fake_of(servers, "taobao")
    creds = DEMO_CREDENTIALS["taobao"]
    params = {"method": "taobao.item.seller.get", "app_key": creds.app_key, "session": creds.access_token,
              "timestamp": format_cst(int((time.time() - 3600) * 1000)), "v": "2.0", "format": "json",
              "sign_method": "md5", "num_iid": "1", "fields": "num"}
    params["sign"] = top_sign(params, creds.app_secret)
    async with httpx.AsyncClient(trust_env=False) as client:
        answer = (await client.post(servers["taobao"].base_url + "/router/rest", data=params)).json()
    assert answer["error_response"]["code"] == 43


async def test_taobao_closed_trade_message_maps_to_refund(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "taobao")
    order = fake.create_order([("5001:6001", 1, 990)], status="refunded")
    push = fake.build_webhook(order.order_id)
    assert json.loads(push.body)["topic"] == "taobao_trade_TradeClose"
    [event] = TaobaoAdapter(config(servers, "taobao")).verify_webhook(push.headers, push.query, push.body)
    assert event.status is OrderStatus.REFUNDED and event.total_fen == 990


# ---- JD -----------------------------------------------------------------------------------------------------


async def test_jd_request_shape_and_responce_key(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "jd")
    fake.list_sku("100012345", 1)
    cap = Capture()
    adapter = create_adapter("jd", config(servers, "jd"), http=cap.client)
    await adapter.push_stock("100012345", 4)
    form = cap.form()
    assert cap.requests[-1].url.path == "/routerjson"
    assert form["method"] == "jingdong.stock.write.updateSkuStock" and form["access_token"]
    assert json.loads(form["360buy_param_json"]) == {"skuId": 100012345, "stockNum": 4}
    assert form["sign"] == top_sign(form, DEMO_CREDENTIALS["jd"].app_secret, "md5")
    async with httpx.AsyncClient(trust_env=False) as client:
        raw = (await client.post(servers["jd"].base_url + "/routerjson", data=form)).json()
    assert "jingdong_stock_write_updateSkuStock_responce" in raw  # sic: JOS spells it this way
    await cap.client.aclose()


async def test_jd_refund_is_a_cancel_after_payment(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "jd")
    paid = fake.create_order([("100012345", 1, 990)], status="refunded")
    unpaid = fake.create_order([("100012345", 1, 990)], status="cancelled")
    async with create_adapter("jd", config(servers, "jd")) as adapter:
        events, _ = await adapter.pull_orders(None)
    got = {e.platform_order_id: (e.status, e.platform_status) for e in events}
    assert got == {paid.order_id: (OrderStatus.REFUNDED, "TRADE_CANCELED"),
                   unpaid.order_id: (OrderStatus.CANCELLED, "TRADE_CANCELED")}


# ---- Pinduoduo ----------------------------------------------------------------------------------------------


async def test_pdd_splits_pulls_into_half_hour_windows(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "pdd")
    order = fake.create_order([("5001:6001", 3, 1990)])
    async with PddAdapter(config(servers, "pdd", lookback_seconds=2 * 3600)) as adapter:
        events, _ = await adapter.pull_orders(None)
    assert [e.platform_order_id for e in events] == [order.order_id]
    assert events[0].items is not None and events[0].items[0].price_fen == 1990  # 19.9 yuan as a float
    assert events[0].total_fen == 5970
    calls = fake.calls_to("pdd.order.number.list.increment.get")
    assert len(calls) >= 4 and all(c.outcome == "ok" for c in calls)
    assert re.fullmatch(r"\d{6}-\d{15}", order.order_id)


async def test_pdd_request_shape(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "pdd")
    fake.list_sku("5001:6001", 1)
    cap = Capture()
    adapter = PddAdapter(config(servers, "pdd"), http=cap.client)
    await adapter.push_stock("5001:6001", 2)
    form = cap.form()
    assert (form["type"], form["data_type"], form["version"]) == ("pdd.goods.quantity.update", "JSON", "V1")
    assert form["client_id"] == DEMO_CREDENTIALS["pdd"].app_key and form["timestamp"].isdigit()
    assert (form["goods_id"], form["sku_id"], form["quantity"], form["update_type"]) == ("5001", "6001", "2", "1")
    await cap.client.aclose()


# ---- Douyin -------------------------------------------------------------------------------------------------


async def test_douyin_request_shape(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "douyin")
    fake.list_sku("5001:6001", 1)
    cap = Capture()
    adapter = DouyinAdapter(config(servers, "douyin"), http=cap.client)
    await adapter.push_stock("5001:6001", 5)
    request = cap.requests[-1]
    assert request.method == "POST" and request.url.path == "/sku/syncStock"
    query = cap.query()
    assert (query["method"], query["v"], query["sign_method"]) == ("sku.syncStock", "2", "hmac-sha256")
    assert re.fullmatch(r"[0-9a-f]{64}", query["sign"])
    body = request.content.decode()
    assert body == canonical_json(json.loads(body))  # keys sorted, compact
    assert json.loads(body) == {"incremental": False, "product_id": "5001", "sku_id": "6001", "stock_num": 5}
    await cap.client.aclose()


async def test_douyin_md5_signing_and_hmac_webhooks(servers: dict[str, FakeServer], receiver: Receiver) -> None:
    fake = fake_of(servers, "douyin")
    order = fake.create_order([("5001:6001", 1, 990)])
    async with DouyinAdapter(config(servers, "douyin", sign_method="md5")) as adapter:
        assert [e.platform_order_id for e in (await adapter.pull_orders(None))[0]] == [order.order_id]
        push = fake.build_webhook(order.order_id, sign_method="hmac-sha256")
        assert push.headers["sign-method"] == "hmac-sha256"
        [event] = adapter.verify_webhook(push.headers, push.query, push.body)
        assert event.status is OrderStatus.PAID and event.total_fen == 990
        receiver.adapters["douyin"] = adapter
        ping = fake.build_ping()
        response = await ping.asend(receiver.url("douyin"))
        assert response.status_code == 200 and response.json() == {"code": 0, "msg": "success"}
        assert receiver.received == []


# ---- Kuaishou -----------------------------------------------------------------------------------------------


async def test_kuaishou_reads_are_get_writes_are_post(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "kuaishou")
    fake.list_sku("5001:6001", 10)
    cap = Capture()
    adapter = KuaishouAdapter(config(servers, "kuaishou"), http=cap.client)
    await adapter.push_stock("5001:6001", 4)
    read, write = cap.requests
    assert (read.method, read.url.path) == ("GET", "/open/item/get")
    assert (write.method, write.url.path) == ("POST", "/open/item/sku/stock/update")
    query = cap.query(0)
    assert query["timestamp"].isdigit() and len(query["timestamp"]) == 13 and query["version"] == "1"
    assert json.loads(cap.form(1)["param"]) == {"kwaiItemId": 5001, "skuId": 6001, "skuChangeStock": 6,
                                                "changeType": 2}
    [push] = fake.pushes
    assert (push.qty, push.delta) == (4, -6)
    await adapter.push_stock("5001:6001", 4)  # already right: read only, no write
    assert len(cap.requests) == 3 and len(fake.pushes) == 1
    await cap.client.aclose()


async def test_kuaishou_hmac_sha256(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "kuaishou")
    fake.list_sku("5001:6001", 1)
    order = fake.create_order([("5001:6001", 1, 500)])
    async with KuaishouAdapter(config(servers, "kuaishou", sign_method="HMAC_SHA256")) as adapter:
        await adapter.push_stock("5001:6001", 3)
        assert fake.stock_of("5001:6001") == 3
        push = fake.build_webhook(order.order_id, sign_method="HMAC_SHA256")
        [event] = adapter.verify_webhook(push.headers, push.query, push.body)
        assert event.platform_order_id == order.order_id
    with pytest.raises(ValueError):
        fake.create_order([("5001:6001", 1, 1), ("5001:6002", 1, 1)])


# ---- WeChat shop --------------------------------------------------------------------------------------------


async def test_wechat_shop_token_is_cached_and_refreshed_once(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "wechat_shop")
    fake.list_sku("5001:6001", 1)
    async with WeChatShopAdapter(config(servers, "wechat_shop")) as adapter:
        for qty in (1, 2, 3):
            await adapter.push_stock("5001:6001", qty)
        assert len(fake.calls_to("cgi-bin/token")) == 1
        fake.expire_tokens()
        await adapter.push_stock("5001:6001", 4)
        assert len(fake.calls_to("cgi-bin/token")) == 2
        assert [c.outcome for c in fake.calls_to("product/stock/update")][-2:] == ["error:expired", "ok"]
    assert fake.stock_of("5001:6001") == 4


async def test_wechat_shop_wrong_appid(servers: dict[str, FakeServer]) -> None:
    fake_of(servers, "wechat_shop")
    async with WeChatShopAdapter(config(servers, "wechat_shop", app_key="wxnotours")) as adapter:
        with pytest.raises(PlatformError) as info:
            await adapter.pull_orders(None)
    assert info.value.kind == "auth" and info.value.code == "40013"


async def test_wechat_shop_url_check(servers: dict[str, FakeServer], receiver: Receiver) -> None:
    fake = fake_of(servers, "wechat_shop")
    receiver.adapters["wechat_shop"] = WeChatShopAdapter(config(servers, "wechat_shop"))
    check = fake.build_url_check("echo-123")
    response = await check.asend(receiver.url("wechat_shop"))
    assert (response.status_code, response.text) == (200, "echo-123")
    check.query["signature"] = "0" * 40
    assert (await check.asend(receiver.url("wechat_shop"))).status_code == 401


async def test_wechat_shop_shipment_lists_the_order_products(servers: dict[str, FakeServer]) -> None:
    fake = fake_of(servers, "wechat_shop")
    order = fake.create_order([("5001:6001", 1, 100), ("5001:6002", 2, 200)])
    cap = Capture()
    adapter = WeChatShopAdapter(config(servers, "wechat_shop"), http=cap.client)
    await adapter.push_shipment(order.order_id, "YUNDA", "YD0001")
    body = json.loads(cap.requests[-1].content)
    assert body["delivery_list"][0]["delivery_id"] == "YD"
    assert {(p["product_id"], p["sku_id"], p["product_cnt"]) for p in body["delivery_list"][0]["product_infos"]} == {
        ("5001", "6001", 1), ("5001", "6002", 2)}
    await cap.client.aclose()


async def test_a_4xx_from_the_gateway_is_not_retryable(servers: dict[str, FakeServer]) -> None:
    fake_of(servers, "taobao")
    async with TaobaoAdapter(config(servers, "taobao", base_url=servers["taobao"].base_url + "/nope")) as adapter:
        with pytest.raises(PlatformError) as info:
            await adapter.fetch_stock("5001:6001")
    assert (info.value.kind, info.value.http_status, info.value.retryable) == ("http", 404, False)
