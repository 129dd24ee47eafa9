"""Outbox -> relay -> pushes against every fake platform over 127.0.0.1: lag, coalescing, retries with backoff,
dead letters and their replay from the admin API, the quantity policy."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import AsyncIterator

import pytest

from backend.channels.config import configure, reset_config
from backend.channels.models import (
    DeadLetter,
    DeadLetterStatus,
    PushState,
    PushStatus,
    StockOutbox,
    StockPolicy,
)
from backend.channels.publish_quantity import channel_quantity, quantity_for
from backend.channels.stock_push import push
from backend.channels.sync import relay, set_dispatcher
from backend.stock.models import Stock
from tests.factories import auth, make_user

from .sync_helpers import World, build_world, wait_for


@pytest.fixture
async def world(db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await build_world(all_fakes)
    yield w
    await w.pump.cancel()
    for fake in w.fakes.values():
        fake.recover()
    set_dispatcher(None)
    reset_config()


async def test_store_sale_reaches_every_platform_and_prints_the_lag(world: World) -> None:
    await world.sync()
    assert world.shown() == {p: 20 for p in world.fakes}

    stop = asyncio.Event()

    async def beat() -> None:  # what celery beat does: a relay pass every 50 ms
        while not stop.is_set():
            await relay()
            await asyncio.sleep(0.05)

    runner = asyncio.create_task(beat())
    try:
        await world.sell_at_counter(3)
        sold_at = time.time()
        assert await wait_for(lambda: all(v == 17 for v in world.shown().values()))
    finally:
        stop.set()
        await runner
        await world.pump.drain()
    lags = {}
    for p, fake in world.fakes.items():
        arrival = next(x.at for x in fake.pushes_for(world.psid(p)) if x.qty == 17)
        lags[p] = round((arrival - sold_at) * 1000, 1)
    print(f"\nstore sale -> platform push lag (ms): {lags}; max {max(lags.values())} ms, "
          f"median {statistics.median(lags.values()):.1f} ms")
    assert max(lags.values()) < 5000
    assert world.shown() == {p: 17 for p in world.fakes}


async def test_outbox_row_in_the_same_transaction_and_pushes_coalesce(world: World) -> None:
    await world.sync()
    before = {p: len(f.pushes) for p, f in world.fakes.items()}
    for _ in range(4):
        await world.sell_at_counter(1)
    # sale = reserve + consume: the reserve moves available, the consume (on hand and reserved together) does not
    assert await StockOutbox.filter(sku_id=world.sku.id).count() == 4
    await world.sync()
    assert await StockOutbox.all().count() == 0
    for p, fake in world.fakes.items():
        new = fake.pushes[before[p]:]
        assert [x.qty for x in new if x.api != "open.item.sku.stock.update" or x.delta] in ([16], [])
        assert fake.stock_of(world.psid(p)) == 16
        # four sales between two relay passes: one push per platform, not four
        assert len(new) <= 1
    state = await PushState.get(account_id=world.accounts["taobao"].id, sku_id=world.sku.id)
    assert state.pushed_seq == state.desired_seq and state.status == PushStatus.OK and state.pushed_qty == 16

    # a late duplicate of an older message is skipped: pushed_seq never goes backwards
    account = world.accounts["jd"]
    state = await PushState.get(account_id=account.id, sku_id=world.sku.id)
    old_seq = state.pushed_seq
    await world.sell_at_counter(2)
    await world.sync()
    state = await PushState.get(account_id=account.id, sku_id=world.sku.id)
    assert state.pushed_seq > old_seq and state.pushed_qty == 14
    pushes = len(world.fakes["jd"].pushes)
    outcome = await push(account.id, world.sku.id, old_seq)
    assert outcome.status == "skipped"
    assert len(world.fakes["jd"].pushes) == pushes and world.fakes["jd"].stock_of(world.psid("jd")) == 14


async def test_platform_failing_three_times_then_recovering_gets_the_final_quantity(world: World) -> None:
    await world.sync()
    fake = world.fakes["taobao"]
    fake.fail_next(3, "http_500")
    started = time.monotonic()
    await world.sell_at_counter(5)
    await world.sync()
    injected = [c for c in fake.calls if c.outcome.startswith("injected")]
    assert len(injected) == 3
    assert fake.stock_of(world.psid("taobao")) == 15
    # exponential backoff: 0.02 + 0.04 + 0.08 s at least between the first try and the success
    assert time.monotonic() - started >= 0.14
    state = await PushState.get(account_id=world.accounts["taobao"].id, sku_id=world.sku.id)
    assert state.status == PushStatus.OK and state.attempts == 0 and state.pushed_qty == 15
    assert not await DeadLetter.exists()
    assert all(world.shown()[p] == 15 for p in world.fakes)


async def test_rate_limits_wait_without_counting_a_failure(world: World) -> None:
    await world.sync()
    fake = world.fakes["pdd"]
    fake.fail_next(5, "rate_limit")
    await world.sell_at_counter(1)
    await world.sync()
    assert fake.stock_of(world.psid("pdd")) == 19
    assert not await DeadLetter.exists()

    # our own token bucket per platform spaces the calls
    from backend.channels.throttle import take_token

    configure(rate_per_s=10.0, burst=2)
    waits = [await take_token("douyin") for _ in range(4)]
    assert waits[0] == 0 and waits[1] == 0
    assert 0.05 < waits[2] <= 0.1 + 1e-6  # the third call must wait about one refill interval
    assert await take_token("kuaishou") == 0  # buckets are per platform


async def test_always_failing_platform_dead_letters_and_replay_delivers(world: World, client) -> None:  # type: ignore[no-untyped-def]
    await world.sync()
    fake = world.fakes["kuaishou"]
    fake.always_fail("http_503")
    await world.sell_at_counter(4)
    await world.sync()
    letter = await DeadLetter.get(sku_id=world.sku.id)
    assert letter.status == DeadLetterStatus.OPEN and letter.attempts == 4 and letter.qty == 16
    state = await PushState.get(account_id=world.accounts["kuaishou"].id, sku_id=world.sku.id)
    assert state.status == PushStatus.DEAD
    assert fake.stock_of(world.psid("kuaishou")) == 20  # never got there
    assert all(world.shown()[p] == 16 for p in world.fakes if p != "kuaishou")

    admin = await make_user("hq_admin")
    clerk = await make_user("clerk", locations=[world.store])
    _, resp = await client.get("/admin/api/v1/channels/dead-letters", headers=auth(clerk))
    assert resp.status == 403
    _, resp = await client.get("/admin/api/v1/channels/dead-letters?status=open", headers=auth(admin))
    assert resp.status == 200, resp.text
    items = resp.json["items"]
    assert [(i["platform"], i["sku_code"], i["qty"], i["status"]) for i in items] == [
        ("kuaishou", world.sku.code, 16, "open")]

    fake.recover()
    await world.sell_at_counter(1)  # stock moved on while the letter waited: replay sends today's number
    await world.sync()  # the new event gives the pair a fresh round of attempts, which succeed
    await DeadLetter.filter(id=letter.id).update(status=DeadLetterStatus.OPEN)  # as if nothing had moved
    await PushState.filter(id=state.id).update(status=PushStatus.DEAD)
    fake.inject_drift(world.psid("kuaishou"), 3)

    _, resp = await client.post(f"/admin/api/v1/channels/dead-letters/{letter.id}/replay", headers=auth(admin))
    assert resp.status == 202, resp.text
    assert resp.json["dead_letter"]["status"] == "replaying"
    await world.pump.drain()
    assert fake.stock_of(world.psid("kuaishou")) == 15
    letter = await DeadLetter.get(id=letter.id)
    assert letter.status == DeadLetterStatus.RESOLVED and letter.replay_count == 1
    _, resp = await client.post(f"/admin/api/v1/channels/dead-letters/{letter.id}/replay", headers=auth(admin))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    _, resp = await client.post("/admin/api/v1/channels/dead-letters/999999/replay", headers=auth(admin))
    assert resp.status == 404


async def test_policy_share_buffer_locations_and_live_pool(world: World, client) -> None:  # type: ignore[no-untyped-def]
    from backend.channels.publish_quantity import register_live_pool
    from tests.factories import stock_in

    await stock_in(world.sku, world.warehouse, 30, batch_no="W1")
    account = world.accounts["douyin"]
    assert await quantity_for(world.sku.id, account) == 50
    admin = await make_user("hq_admin")
    _, resp = await client.put("/admin/api/v1/channels/douyin/policy", headers=auth(admin),
                               json={"share_bp": 5000, "safety_buffer": 2})
    assert resp.status == 200, resp.text
    assert await quantity_for(world.sku.id, account) == 23  # 50 * 50% - 2
    _, resp = await client.put("/admin/api/v1/channels/douyin/policy", headers=auth(admin),
                               json={"share_bp": 10000, "location_codes": [world.warehouse.code],
                                     "sku_code": world.sku.code})
    assert resp.status == 200
    assert await quantity_for(world.sku.id, account) == 30  # the SKU's own row: warehouse only, no buffer
    assert await channel_quantity(world.sku.code, "taobao") == 50  # other channels untouched
    await world.pump.drain()  # the policy change asked for pushes
    assert world.fakes["douyin"].stock_of(world.psid("douyin")) == 30

    async def pool(sku_id: int, location_ids: frozenset[int] | None) -> int:
        return 8 if sku_id == world.sku.id else 0

    register_live_pool(pool)
    try:
        assert await quantity_for(world.sku.id, account) == 22
        assert await quantity_for(world.sku.id, world.accounts["jd"]) == 42
    finally:
        register_live_pool(None)

    _, resp = await client.put("/admin/api/v1/channels/douyin/policy", headers=auth(admin), json={"share_bp": 20000})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.put("/admin/api/v1/channels/douyin/policy", headers=auth(admin),
                               json={"location_codes": ["NOPE"]})
    assert resp.status == 400
    assert await StockPolicy.filter(account_id=account.id).count() == 2


async def test_unpaid_order_reservation_lowers_the_published_quantity(world: World) -> None:
    await world.sync()
    stock = await Stock.get(sku_id=world.sku.id, location_id=world.store.id)
    assert stock.on_hand == 20
    from backend.orders.placement import LineIn, OrderRequest, place_order
    from backend.security.actor import load_staff_actor

    actor = await load_staff_actor(await make_user("hq_admin"))
    await place_order(actor, OrderRequest(channel="phone", items=[LineIn(world.sku.code, 6)]))  # unpaid: holds 6
    await world.sync()
    assert world.shown() == {p: 14 for p in world.fakes}
