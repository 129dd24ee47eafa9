"""`order.created` reaches partners once for every new order, whatever created it: the counter and the
mini-program (order placement), a group commit batch of a hot SKU, a live-stream order, a marketplace order (its
later deliveries and payment raise no second one), a legacy open order; and never for a legacy history order
(finished in the old system). Each through the same outbox (open_webhook_deliveries), in the order's transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.channels.adapters import OrderStatus as PlatformStatus
from backend.channels.adapters import PlatformOrderEvent
from backend.channels.ingestion import ingest
from backend.channels.models import ChannelAccount, SkuMapping
from backend.live.tests.helpers import World, buy, make_members, shopper
from backend.orders import history
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, group_stats, place_order
from backend.orders.tests.helpers import one_batch
from backend.org.models import Channel, LocationKind, Role
from backend.partners.models import WebhookDelivery
from backend.partners.tests.helpers import hq, register
from backend.security import Actor
from backend.settings import Settings
from fakes.platforms import DEMO_CREDENTIALS
from tests.factories import auth, make_location, make_sku, make_user, member_token, stock_in


async def _subscribe(client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["orders:read"])
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/webhooks", headers=admin,
                             json={"url": "http://127.0.0.1:9/hooks", "events": ["order.created"]})
    assert r.status == 201, r.text


async def _created() -> dict[str, int]:
    """order_no -> how many order.created deliveries name it."""
    counts: dict[str, int] = {}
    for d in await WebhookDelivery.filter(event_type="order.created"):
        no = d.payload["data"]["order_no"]
        counts[no] = counts.get(no, 0) + 1
    return counts


async def _announced_once(*order_ids: int) -> dict[str, str]:
    """Each order raised exactly one order.created; answers order_no -> channel as the event tells it."""
    created = await _created()
    nos = {o.id: o.order_no for o in await Order.filter(id__in=list(order_ids))}
    assert [created.get(nos[i], 0) for i in order_ids] == [1] * len(order_ids), (created, nos)
    return {d.payload["data"]["order_no"]: d.payload["data"]["channel"]
            for d in await WebhookDelivery.filter(event_type="order.created")}


async def test_a_live_stream_order_raises_order_created_once(db: None, client: Any) -> None:
    await _subscribe(client)
    w = await World.build(on_hand=20)
    sid = await w.live_session(client, qty=10)
    [member] = await make_members(1)
    first = await buy(client, sid, shopper(member), w.sku.code, qty=2, key="live-k1")
    assert first.status == 201, first.json
    again = await buy(client, sid, shopper(member), w.sku.code, qty=2, key="live-k1")  # a retry: the same order
    assert again.status == 200 and again.json["order"]["id"] == first.json["order"]["id"]
    channels = await _announced_once(first.json["order"]["id"])
    assert channels == {first.json["order"]["order_no"]: "live"}
    sold_out = await buy(client, sid, shopper(member), w.sku.code, qty=50)  # refused: nothing written, no event
    assert sold_out.status == 409
    assert await WebhookDelivery.filter(event_type="order.created").count() == 1



async def test_a_group_commit_batch_raises_order_created_once_per_order(db: None, client: Any,
                                                                       settings: Settings) -> None:
    await _subscribe(client)
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 10)
    actor = Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id):
        placed = await asyncio.wait_for(asyncio.gather(
            *(place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)])) for _ in range(3)),
            place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)], idempotency_key="g-1")),
            place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)], idempotency_key="g-1"))),
            120)
    assert group_stats()[0] > batches0 and group_stats()[1] - grouped0 >= 4  # they rode in a batch
    ids = sorted({p.order_id for p in placed})
    assert len(ids) == 4  # the repeated key answered its first order
    assert set((await _announced_once(*ids)).values()) == {"phone"}


async def test_counter_mini_program_marketplace_and_legacy_orders(db: None, client: Any) -> None:
    await _subscribe(client)
    store = await make_location("S001")
    sku = await make_sku("MILK1", price_fen=5000)
    await stock_in(sku, store, 50)
    clerk = auth(await make_user(Role.CLERK, locations=[store]))
    ids: list[int] = []

    # the counter (a cash sale completed at once) and the mini-program
    _, r = await client.post("/api/v1/orders", headers=clerk, json={
        "channel": "pos", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 1}],
        "payments": [{"method": "cash", "amount_fen": 5000}]})
    assert r.status == 201, r.text
    ids.append(r.json["order"]["id"])
    [member] = await make_members(1)
    _, r = await client.post("/api/v1/orders", headers={"Authorization": f"Bearer {member_token(member.id)}"},
                             json={"channel": "miniprogram", "items": [{"sku_code": "MILK1", "qty": 1}]})
    assert r.status == 201, r.text
    ids.append(r.json["order"]["id"])

    # a marketplace order: created, then paid, then delivered again: one order, one order.created
    account = await ChannelAccount.create(platform="taobao", name="测试淘宝", base_url="http://127.0.0.1:9",
                                          **DEMO_CREDENTIALS["taobao"].adapter_kwargs())
    await SkuMapping.create(account_id=account.id, sku_id=sku.id, platform_sku_id="5001:6001")
    for status in (PlatformStatus.CREATED, PlatformStatus.PAID, PlatformStatus.PAID):
        result = await ingest(account, PlatformOrderEvent(
            platform="taobao", platform_order_id="3100001", status=status, event_time=dt.datetime.now(dt.UTC),
            items=[("5001:6001", 1, 4900)], total_fen=4900, source="webhook"))
        assert result.order_id is not None, result
    ids.append(result.order_id)

    # a legacy history order (finished in the old system): no event
    async with in_transaction() as conn:
        old = await history.record(history.HistoryOrder(
            legacy_no="OLD-1", channel=Channel.POS, location_id=store.id, member_id=None,
            sold_at=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC), paid_fen=5000, payment_method="cash",
            lines=[history.HistoryLine(sku.id, sku.name, 1, 5000)]), conn)

    channels = await _announced_once(*ids)
    assert sorted(channels.values()) == ["miniprogram", "pos", "taobao"]
    assert old.order_no not in channels
