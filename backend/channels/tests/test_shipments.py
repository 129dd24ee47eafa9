"""Shipments of platform orders reach the platforms: the outbox row written in the shipment's transaction, the
relay pushing carrier + tracking number through the real adapters to the fakes over 127.0.0.1, retries with
backoff, dead letters and their replay from the admin API, idempotent repeats."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import pytest
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.channels.accounts import close_adapters
from backend.channels.adapters import ADAPTERS, PLATFORMS
from backend.channels.config import configure, reset_config
from backend.channels.ingestion import pull
from backend.channels.models import DeadLetter, DeadLetterStatus, ShipmentPush, ShipmentPushStatus
from backend.channels.shipments import push_due
from backend.channels.sync import set_dispatcher
from backend.orders import fulfilment
from backend.orders.carriers import carrier_code, carrier_name
from backend.orders.models import Order, OrderStatus, Shipment
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.security.actor import load_staff_actor
from tests.factories import auth, make_user

from .sync_helpers import World, build_world


@pytest.fixture
async def world(request: pytest.FixtureRequest, db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    platforms = (request.param,) if hasattr(request, "param") else ("taobao",)
    w = await build_world(all_fakes, platforms=platforms)
    yield w
    await w.pump.cancel()
    for fake in w.fakes.values():
        fake.recover()
    set_dispatcher(None)
    reset_config()


async def platform_order(world: World, platform: str, qty: int = 2) -> tuple[str, Order]:
    """A buyer pays an order on the fake platform; the pull brings it in as an allocated Cradle order."""
    fake = world.fakes[platform]
    placed = fake.create_order([(world.psid(platform), qty, 9900)], status="paid")
    await pull(world.accounts[platform])
    order = await Order.get(channel=platform, external_id=placed.order_id)
    assert order.status == OrderStatus.ALLOCATED
    return placed.order_id, order


async def ship_via_api(client, order: Order, **body: str):  # type: ignore[no-untyped-def]
    admin = await make_user("hq_admin")
    _, resp = await client.post(f"/api/v1/orders/{order.id}/ship", headers=auth(admin), json=body)
    return resp


async def relay_until(done: Callable[[], object], within_s: float = 10.0) -> None:
    """Play beat: relay passes until ``done()`` (an awaitable) is true."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        await push_due()
        if await done():  # type: ignore[misc]
            return
        await asyncio.sleep(0.01)
    raise AssertionError("shipment relay did not get there in time")


@pytest.mark.parametrize("world", PLATFORMS, indirect=True)
async def test_shipping_a_platform_order_reaches_the_platform(world: World, client) -> None:  # type: ignore[no-untyped-def]
    (platform, fake), = world.fakes.items()
    platform_id, order = await platform_order(world, platform)

    resp = await ship_via_api(client, order, carrier="顺丰速运", tracking_no="SF1400000001")
    assert resp.status == 201, resp.text
    push = await ShipmentPush.get(order_id=order.id)
    shipment = await Shipment.get(order_id=order.id)
    assert (push.status, push.platform_order_id, push.shipment_no, push.carrier, push.tracking_no) == (
        ShipmentPushStatus.PENDING, platform_id, shipment.shipment_no, "SF", "SF1400000001")
    assert fake.shipments == []  # nothing leaves inside the shipment's transaction

    result = await push_due()
    assert result.claimed == 1 and result.outcomes == {"done": 1}
    [sent] = fake.shipments
    assert (sent.order_id, sent.carrier_code, sent.tracking_no) == (
        platform_id, ADAPTERS[platform].CARRIERS["SF"], "SF1400000001")
    push = await ShipmentPush.get(id=push.id)
    assert push.status == ShipmentPushStatus.DONE and push.pushed_at is not None and push.attempts == 0
    assert (await push_due()).claimed == 0  # done rows are never taken again


async def test_platform_failing_three_times_then_recovering_ends_done(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["taobao"]
    platform_id, order = await platform_order(world, "taobao")
    fake.fail_next(3, "http_500")
    resp = await ship_via_api(client, order, carrier="中通", tracking_no="ZT7788")
    assert resp.status == 201, resp.text

    async def done() -> bool:
        return (await ShipmentPush.get(order_id=order.id)).status == ShipmentPushStatus.DONE

    started = time.monotonic()
    await relay_until(done)
    calls = fake.calls_to("taobao.logistics.offline.send")
    assert [c.outcome for c in calls] == ["injected:http_500"] * 3 + ["ok"]
    gaps = [b.at - a.at for a, b in zip(calls, calls[1:], strict=False)]
    assert gaps[0] >= 0.02 and gaps[1] >= 0.04 and gaps[2] >= 0.08  # exponential backoff, FAST settings
    assert time.monotonic() - started >= 0.14
    [sent] = fake.shipments
    assert (sent.order_id, sent.carrier_code, sent.tracking_no) == (platform_id, "ZTO", "ZT7788")
    push = await ShipmentPush.get(order_id=order.id)
    assert push.attempts == 3 and push.last_error == ""
    assert not await DeadLetter.exists()


async def test_always_failing_platform_dead_letters_and_admin_replay_delivers(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["taobao"]
    platform_id, order = await platform_order(world, "taobao")
    fake.always_fail("http_503")
    resp = await ship_via_api(client, order, carrier="京东物流", tracking_no="JD0001")
    assert resp.status == 201, resp.text

    async def dead() -> bool:
        return (await ShipmentPush.get(order_id=order.id)).status == ShipmentPushStatus.DEAD

    await relay_until(dead)
    push = await ShipmentPush.get(order_id=order.id)
    assert push.attempts == 4 and push.last_error.startswith("server")  # FAST: max_attempts=4
    letter = await DeadLetter.get(kind="shipment")
    assert letter.status == DeadLetterStatus.OPEN and letter.attempts == 4 and letter.shipment_push_id == push.id
    assert fake.shipments == []
    assert (await push_due()).claimed == 0  # dead rows wait for staff

    admin = await make_user("hq_admin")
    clerk = await make_user("clerk", locations=[world.store])
    _, resp = await client.get("/admin/api/v1/channels/dead-letters?kind=shipment", headers=auth(clerk))
    assert resp.status == 403
    _, resp = await client.get("/admin/api/v1/channels/dead-letters?status=open&kind=shipment",
                               headers=auth(admin))
    assert resp.status == 200, resp.text
    [item] = resp.json["items"]
    assert item["kind"] == "shipment" and item["kind_name"] == "物流回传" and item["platform"] == "taobao"
    assert (item["shipment"]["platform_order_id"], item["shipment"]["tracking_no"], item["shipment"]["carrier"],
            item["shipment"]["status"]) == (platform_id, "JD0001", "JD", "dead")
    _, resp = await client.get("/admin/api/v1/channels/dead-letters?kind=stock", headers=auth(admin))
    assert resp.json["total"] == 0
    _, resp = await client.get("/admin/api/v1/channels/shipments?status=dead", headers=auth(admin))
    assert [i["shipment_no"] for i in resp.json["items"]] == [push.shipment_no]
    _, resp = await client.get("/admin/api/v1/channels", headers=auth(admin))
    assert [a["shipment_pushes"] for a in resp.json["items"]] == [{"dead": 1}]

    fake.recover()
    _, resp = await client.post(f"/admin/api/v1/channels/dead-letters/{letter.id}/replay", headers=auth(admin))
    assert resp.status == 202, resp.text
    assert resp.json["dead_letter"]["status"] == "replaying"
    assert resp.json["dead_letter"]["shipment"]["status"] == "pending"
    assert resp.json["dead_letter"]["shipment"]["attempts"] == 0
    assert await AuditLog.filter(action="channels.dead_letter.replay", entity_id=str(letter.id)).count() == 1

    result = await push_due()  # the next beat pass
    assert result.outcomes == {"done": 1}
    [sent] = fake.shipments
    assert (sent.order_id, sent.carrier_code, sent.tracking_no) == (platform_id, "JD", "JD0001")
    letter = await DeadLetter.get(id=letter.id)
    assert letter.status == DeadLetterStatus.RESOLVED and letter.replay_count == 1
    assert (await ShipmentPush.get(id=push.id)).status == ShipmentPushStatus.DONE
    _, resp = await client.post(f"/admin/api/v1/channels/dead-letters/{letter.id}/replay", headers=auth(admin))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"


async def test_a_non_retryable_refusal_dead_letters_at_once(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["taobao"]
    platform_id, order = await platform_order(world, "taobao")
    fake.set_order_status(platform_id, "refunded")  # the buyer got a refund on the platform meanwhile
    resp = await ship_via_api(client, order, carrier="SF", tracking_no="SF9")
    assert resp.status == 201, resp.text
    result = await push_due()
    assert result.outcomes == {"dead": 1}
    push = await ShipmentPush.get(order_id=order.id)
    assert push.status == ShipmentPushStatus.DEAD and push.attempts == 1
    assert (await DeadLetter.get(shipment_push_id=push.id)).status == DeadLetterStatus.OPEN


async def test_repeats_never_make_a_second_shipment(world: World, client) -> None:  # type: ignore[no-untyped-def]
    fake = world.fakes["taobao"]
    platform_id, order = await platform_order(world, "taobao")
    resp = await ship_via_api(client, order, carrier="顺丰", tracking_no="SF5")
    assert resp.status == 201, resp.text
    configure(push_timeout_s=0.3)  # the fake answers a "timeout" after 0.6 s, having done the work
    await close_adapters()  # adapters are rebuilt with the new timeout
    fake.fail_next(1, "timeout")
    assert (await push_due()).outcomes == {"retry": 1}  # we gave up waiting; the platform shipped it anyway
    assert len(fake.shipments) == 1
    configure(push_timeout_s=3.0)
    await close_adapters()

    async def done() -> bool:
        return (await ShipmentPush.get(order_id=order.id)).status == ShipmentPushStatus.DONE

    await relay_until(done)  # the retry is told "already shipped": done, not a second shipment
    push = await ShipmentPush.get(order_id=order.id)
    assert "已" in push.last_error and push.attempts == 1
    # pushed again from scratch (a replay, a redelivered task): still one shipment on the platform
    await ShipmentPush.filter(id=push.id).update(status=ShipmentPushStatus.PENDING, next_attempt_at=push.created_at)
    assert (await push_due()).outcomes == {"done": 1}
    assert [(s.order_id, s.tracking_no) for s in fake.shipments] == [(platform_id, "SF5")]

    # two relays at once claim disjoint rows: one push for one row
    await ShipmentPush.filter(id=push.id).update(status=ShipmentPushStatus.PENDING, next_attempt_at=push.created_at)
    first, second = await asyncio.gather(push_due(), push_due())
    assert first.claimed + second.claimed == 1


async def test_orders_not_from_a_platform_write_no_shipment_push(world: World, client) -> None:  # type: ignore[no-untyped-def]
    await world.sell_at_counter(1)  # POS: shipped at the counter
    admin = await make_user("hq_admin")
    actor = await load_staff_actor(admin)
    # an online order, and one that only says "taobao" (keyed in by staff, no platform order behind it)
    for channel, external_id in (("miniprogram", None), ("taobao", "TB-HAND-1")):
        placed = await place_order(actor, OrderRequest(channel=channel, items=[LineIn(world.sku.code, 1)],
                                   external_id=external_id, receiver_name="李四", receiver_phone="13900000000",
                                   receiver_address="北京市朝阳区 2 号"))
        async with in_transaction() as conn:
            order = await Order.get(id=placed.order_id).using_db(conn)
            from backend.orders.payments import record_payment

            await record_payment(order, method="wechat", amount_fen=order.total_fen, conn=conn, user=admin)
        order = await Order.get(id=placed.order_id)
        resp = await ship_via_api(client, order, carrier="顺丰", tracking_no="SF123")
        assert resp.status == 201, resp.text
    assert await Shipment.all().count() == 3
    assert not await ShipmentPush.exists()
    assert (await push_due()).claimed == 0
    assert world.fakes["taobao"].shipments == []


async def test_rollback_leaves_no_shipment_push_and_bad_input_is_refused(world: World, client) -> None:  # type: ignore[no-untyped-def]
    _, order = await platform_order(world, "taobao")

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        async with in_transaction() as conn:
            locked = await Order.get(id=order.id).using_db(conn)
            await fulfilment.ship(locked, conn=conn, carrier="顺丰", tracking_no="SF1")
            assert await ShipmentPush.filter(order_id=order.id).using_db(conn).count() == 1
            raise Boom
    assert not await ShipmentPush.exists()
    assert not await Shipment.exists()
    assert (await Order.get(id=order.id)).status == OrderStatus.ALLOCATED

    # a platform order needs a tracking number and a carrier the platform knows: 400, nothing written
    resp = await ship_via_api(client, order, carrier="顺丰")
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    assert "快递单号" in resp.json["error"]["message"]
    resp = await ship_via_api(client, order, carrier="信鸽快运", tracking_no="X1")
    assert resp.status == 400 and "不支持物流公司「信鸽快运」" in resp.json["error"]["message"]
    assert not await ShipmentPush.exists() and not await Shipment.exists()
    assert (await Order.get(id=order.id)).status == OrderStatus.ALLOCATED
    assert await push_due() is not None and world.fakes["taobao"].shipments == []


def test_carrier_names() -> None:
    assert carrier_code("顺丰速运") == carrier_code("sf") == carrier_code(" 顺丰 ") == "SF"
    assert carrier_code("京东物流") == "JD" and carrier_code("中国邮政") == "EMS" and carrier_code("极兔速递") == "JTSD"
    assert carrier_code("门店自提") is None and carrier_code("") is None
    assert carrier_name("sf") == carrier_name("顺丰") == "顺丰速运" and carrier_name("自家车送") == "自家车送"
