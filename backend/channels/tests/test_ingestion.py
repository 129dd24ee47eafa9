"""Platform orders in, on every platform's wire format: signed webhooks through the real route and pulls from the
fake; duplicates, out-of-order deliveries, webhook + pull of the same order -> one Cradle order each, in the
right state, with the right stock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import pytest

from backend.channels.adapters import PLATFORMS
from backend.channels.config import reset_config
from backend.channels.ingestion import pull
from backend.channels.models import PlatformOrder
from backend.channels.sync import set_dispatcher
from backend.orders.hold import set_rule
from backend.orders.models import HoldRuleKind, Order, OrderPayment, OrderReview, OrderStatus
from backend.stock.models import Stock
from fakes.platforms import FakePlatform, SignedRequest

from .sync_helpers import World, build_world


@pytest.fixture
async def world(request: pytest.FixtureRequest, db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await build_world(all_fakes, platforms=(request.param,))
    yield w
    await w.pump.cancel()
    set_dispatcher(None)
    reset_config()


async def deliver(client, platform: str, signed: SignedRequest):  # type: ignore[no-untyped-def]
    url = f"/api/v1/channels/{platform}/webhook"
    if signed.query:
        url += "?" + urlencode(signed.query)
    _, resp = await client.request(signed.method, url, headers=signed.headers, content=signed.body)
    return resp


async def stock(world: World) -> tuple[int, int]:
    rows = await Stock.filter(sku_id=world.sku.id)
    return sum(r.on_hand for r in rows), sum(r.reserved for r in rows)


@pytest.mark.parametrize("world", PLATFORMS, indirect=True)
async def test_duplicates_out_of_order_and_pulled_again_give_one_order_each(world: World, client) -> None:  # type: ignore[no-untyped-def]
    (platform, fake), = world.fakes.items()
    fake: FakePlatform
    psid = world.psid(platform)
    account = world.accounts[platform]

    # A: paid; its webhook arrives twice, then a pull brings it again, then webhook and pull at the same time
    a = fake.create_order([(psid, 2, 8800)], status="paid")
    for _ in range(2):
        resp = await deliver(client, platform, fake.build_webhook(a.order_id))
        assert resp.status == 200, resp.text
    await pull(account)
    await asyncio.gather(deliver(client, platform, fake.build_webhook(a.order_id)), pull(account))
    orders = await Order.filter(channel=platform, external_id=a.order_id)
    assert len(orders) == 1
    order_a = orders[0]
    assert order_a.status == OrderStatus.ALLOCATED and order_a.total_fen == 17600 and order_a.paid_fen == 17600
    assert await OrderPayment.filter(order_id=order_a.id).count() == 1
    assert await stock(world) == (20, 2)

    # B: placed then cancelled on the platform; the cancel arrives before the creation message
    b = fake.create_order([(psid, 3, 8800)], status="created")
    fake.set_order_status(b.order_id, "cancelled")
    late = "paid" if platform == "pdd" else "created"  # Pinduoduo pushes nothing for unpaid orders
    resp = await deliver(client, platform, fake.build_webhook(b.order_id, "cancelled"))
    assert resp.status == 200, resp.text
    resp = await deliver(client, platform, fake.build_webhook(b.order_id, late))
    assert resp.status == 200, resp.text
    orders = await Order.filter(channel=platform, external_id=b.order_id)
    assert len(orders) == 1 and orders[0].status == OrderStatus.CANCELLED
    assert await stock(world) == (20, 2)

    # C: paid, then refunded before shipping: cancelled here, stock released, money refunded
    c = fake.create_order([(psid, 1, 9900)], status="paid")
    await deliver(client, platform, fake.build_webhook(c.order_id))
    assert await stock(world) == (20, 3)
    fake.set_order_status(c.order_id, "refunded")
    await deliver(client, platform, fake.build_webhook(c.order_id, "refunded"))
    await deliver(client, platform, fake.build_webhook(c.order_id, "paid"))  # a stale redelivery
    order_c = await Order.get(channel=platform, external_id=c.order_id)
    assert order_c.status == OrderStatus.CANCELLED and order_c.refunded_fen == 9900

    # everything pulled again: nothing new
    await pull(account)
    account.pull_cursor = None
    await pull(account)
    assert await Order.filter(channel=platform).count() == 3
    assert await PlatformOrder.filter(platform=platform).count() == 3
    assert await stock(world) == (20, 2)
    po = await PlatformOrder.get(platform=platform, platform_order_id=a.order_id)
    assert po.deliveries >= 4 and "webhook" in po.sources and "pull" in po.sources


@pytest.mark.parametrize("world", ["taobao"], indirect=True)
async def test_bad_signature_unknown_sku_and_unknown_platform(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["taobao"]
    order = fake.create_order([(world.psid("taobao"), 1, 9900)], status="paid")
    signed = fake.build_webhook(order.order_id)
    forged = SignedRequest(signed.method, signed.query, signed.headers, signed.body.replace(b"WAIT", b"TRADE"))
    resp = await deliver(client, "taobao", forged)
    assert resp.status == 401 and resp.json["error"]["code"] == "unauthorized"
    assert not await PlatformOrder.exists()

    fake.list_sku("5002:7001", 5)
    unknown = fake.create_order([("5002:7001", 1, 1000)], status="paid")
    resp = await deliver(client, "taobao", fake.build_webhook(unknown.order_id))
    assert resp.status == 200  # taken (the platform must not redeliver forever); kept for staff with the reason
    po = await PlatformOrder.get(platform_order_id=unknown.order_id)
    assert po.order_id is None and "未关联" in po.error

    _, resp = await client.post("/api/v1/channels/nowhere/webhook", content=b"{}")
    assert resp.status == 404 and resp.json["error"]["code"] == "not_found"
    _, resp = await client.post("/api/v1/channels/jd/webhook", content=b"{}")  # no JD shop here
    assert resp.status == 404


@pytest.mark.parametrize("world", ["wechat_shop"], indirect=True)
async def test_wechat_url_check(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["wechat_shop"]
    check = fake.build_url_check("hello-cradle")  # type: ignore[attr-defined]
    _, resp = await client.get("/api/v1/channels/wechat_shop/webhook?" + urlencode(check.query))
    assert resp.status == 200 and resp.text == "hello-cradle"
    bad = dict(check.query, signature="0" * 40)
    _, resp = await client.get("/api/v1/channels/wechat_shop/webhook?" + urlencode(bad))
    assert resp.status == 401


@pytest.mark.parametrize("world", PLATFORMS, indirect=True)
async def test_a_buyer_remark_on_the_platform_holds_the_order_for_review(world: World, client) -> None:  # type: ignore[no-untyped-def]
    (platform, fake), = world.fakes.items()
    await set_rule(HoldRuleKind.BUYER_REMARK, enabled=True, user=None)
    remarked = fake.create_order([(world.psid(platform), 1, 8800)], status="paid", remark="请不要放快递柜")
    plain = fake.create_order([(world.psid(platform), 1, 8800)], status="paid")
    await pull(world.accounts[platform])
    held = await Order.get(channel=platform, external_id=remarked.order_id)
    assert held.status == OrderStatus.REVIEW and held.buyer_remark == "请不要放快递柜"
    review = await OrderReview.get(order_id=held.id)
    assert review.reasons == [{"rule": "buyer_remark", "message": "买家留言：请不要放快递柜"}]
    assert (await Order.get(channel=platform, external_id=plain.order_id)).status == OrderStatus.ALLOCATED
    assert await stock(world) == (20, 2)  # the held order keeps its stock
    # refunded on the platform while held: cancelled here, its stock released
    fake.set_order_status(remarked.order_id, "refunded")
    await deliver(client, platform, fake.build_webhook(remarked.order_id, "refunded"))
    assert (await Order.get(id=held.id)).status == OrderStatus.CANCELLED
    assert await stock(world) == (20, 1)
