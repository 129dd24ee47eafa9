"""Reconciliation: drift injected on the fakes (a seller editing the platform console, an order whose webhook
never came, a cancel we missed) is found, corrected, recorded and reported through the admin API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from backend.channels.accounts import adapter_for
from backend.channels.config import reset_config
from backend.channels.ingestion import ingest
from backend.channels.models import PlatformOrder, ReconciliationRun
from backend.channels.reconciliation import reconcile
from backend.channels.sync import set_dispatcher
from backend.orders.models import Order, OrderStatus
from tests.factories import auth, make_user

from .sync_helpers import World, build_world


@pytest.fixture
async def world(db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await build_world(all_fakes)
    yield w
    await w.pump.cancel()
    set_dispatcher(None)
    reset_config()


async def test_injected_stock_drift_is_found_and_corrected(world: World, client) -> None:  # type: ignore[no-untyped-def]
    await world.sync()
    assert world.shown() == {p: 20 for p in world.fakes}
    world.fakes["taobao"].inject_drift(world.psid("taobao"), 99)
    world.fakes["douyin"].inject_drift(world.psid("douyin"), 0)
    world.fakes["kuaishou"].inject_drift(world.psid("kuaishou"), 7)

    run = await reconcile(trigger="test")
    assert run.skus_checked == 6 and run.stock_fixed == 3 and run.errors == 0
    fixed = sorted((d["platform"], d["platform_qty"], d["our_qty"], d["result"]) for d in run.details
                   if d["kind"] == "stock")
    assert fixed == [("douyin", 0, 20, "pushed"), ("kuaishou", 7, 20, "pushed"), ("taobao", 99, 20, "pushed")]
    assert world.shown() == {p: 20 for p in world.fakes}

    again = await reconcile(trigger="test")  # nothing left to fix
    assert again.stock_fixed == 0 and again.orders_fixed == 0 and again.details == []

    admin = await make_user("hq_admin")
    _, resp = await client.get("/admin/api/v1/channels/reconciliations", headers=auth(admin))
    assert resp.status == 200
    assert [r["stock_fixed"] for r in resp.json["items"]] == [0, 3]
    _, resp = await client.get(f"/admin/api/v1/channels/reconciliations/{run.id}", headers=auth(admin))
    assert resp.status == 200 and len(resp.json["reconciliation"]["details"]) == 3
    world.fakes["jd"].inject_drift(world.psid("jd"), 1)
    _, resp = await client.post("/admin/api/v1/channels/reconciliations", headers=auth(admin))
    assert resp.status == 201 and resp.json["reconciliation"]["stock_fixed"] == 1
    assert world.fakes["jd"].stock_of(world.psid("jd")) == 20
    manager = await make_user("store_manager", locations=[world.store])
    _, resp = await client.post("/admin/api/v1/channels/reconciliations", headers=auth(manager))
    assert resp.status == 403


async def test_missed_orders_are_ingested_before_stock_is_compared(world: World) -> None:
    await world.sync()
    jd, pdd = world.fakes["jd"], world.fakes["pdd"]
    # a JD sale whose webhook never reached us: JD already shows 20 - 4 = 16
    missed = jd.create_order([(world.psid("jd"), 4, 9900)], status="paid")
    assert jd.stock_of(world.psid("jd")) == 16
    # a PDD order we know as paid, cancelled on the platform without telling us
    known = pdd.create_order([(world.psid("pdd"), 2, 9900)], status="paid")
    account = world.accounts["pdd"]
    await ingest(account, await adapter_for(account).fetch_order(known.order_id))
    pdd.set_order_status(known.order_id, "cancelled")

    run = await reconcile(trigger="test")
    orders = {d["platform_order_id"]: d for d in run.details if d["kind"] == "order"}
    assert set(orders) == {missed.order_id, known.order_id} and run.orders_fixed == 2
    assert orders[missed.order_id]["before"]["known"] is False
    assert orders[known.order_id]["order_status"] == "cancelled"
    assert (await Order.get(channel="jd", external_id=missed.order_id)).status == OrderStatus.ALLOCATED
    assert (await Order.get(channel="pdd", external_id=known.order_id)).status == OrderStatus.CANCELLED
    assert await PlatformOrder.filter(platform="jd").count() == 1
    # our available is now 16 everywhere; JD already showed 16 (no stock fix needed there); the others are fixed
    await world.pump.drain()
    assert world.shown()["jd"] == 16
    stock_fixes = {d["platform"] for d in run.details if d["kind"] == "stock"}
    assert "jd" not in stock_fixes
    await world.sync()
    assert world.shown() == {p: 16 for p in world.fakes}
    assert await ReconciliationRun.all().count() == 1


async def test_platform_down_is_reported_not_fatal(world: World) -> None:
    await world.sync()
    world.fakes["wechat_shop"].always_fail("http_500")
    world.fakes["taobao"].inject_drift(world.psid("taobao"), 5)
    try:
        run = await reconcile(trigger="test")
    finally:
        world.fakes["wechat_shop"].recover()
    assert run.errors >= 1 and run.stock_fixed == 1
    assert any(d["kind"] == "error" and d["platform"] == "wechat_shop" for d in run.details)
    assert world.fakes["taobao"].stock_of(world.psid("taobao")) == 20


async def test_drift_met_while_a_push_is_under_way_is_left_to_it_not_an_error(world: World) -> None:
    from backend.cache import get_redis
    from backend.channels.stock_push import lock_name

    await world.sync()
    world.fakes["taobao"].inject_drift(world.psid("taobao"), 99)
    lock = lock_name(world.accounts["taobao"].id, world.sku.id)
    await get_redis().set(lock, "another-worker", px=60_000)  # a push worker is publishing this SKU right now
    try:
        run = await reconcile(trigger="test", platforms=["taobao"])
    finally:
        await get_redis().delete(lock)
    assert run.errors == 0 and run.stock_fixed == 0
    assert [(d["platform"], d["result"]) for d in run.details if d["kind"] == "stock"] == [("taobao", "in_progress")]
    await world.sync()  # the push work it asked for publishes the true quantity
    assert world.fakes["taobao"].stock_of(world.psid("taobao")) == 20
