"""The channel back office: account settings, SKU mappings, published quantities, pulls, platform orders;
hq_admin only, audited, Chinese errors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from backend.audit.models import AuditLog
from backend.channels.config import reset_config
from backend.channels.models import ChannelAccount, SkuMapping
from backend.channels.sync import set_dispatcher
from fakes.platforms import DEMO_CREDENTIALS
from tests.factories import auth, make_sku, make_user

from .sync_helpers import World, build_world


@pytest.fixture
async def world(db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await build_world(all_fakes, platforms=("taobao", "jd"))
    yield w
    await w.pump.cancel()
    set_dispatcher(None)
    reset_config()


async def test_accounts_mappings_quantities_and_roles(world: World, client, all_fakes) -> None:  # type: ignore[no-untyped-def]
    admin = await make_user("hq_admin")
    finance = await make_user("finance")
    h = auth(admin)
    _, resp = await client.get("/admin/api/v1/channels", headers=auth(finance))
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    _, resp = await client.get("/admin/api/v1/channels")
    assert resp.status == 401

    _, resp = await client.get("/admin/api/v1/channels", headers=h)
    assert resp.status == 200
    assert [a["platform"] for a in resp.json["items"]] == ["taobao", "jd"]
    assert resp.json["items"][0]["app_secret"].endswith("***")  # secrets never leave

    # open the Douyin shop: credentials required, then created and audited
    _, resp = await client.put("/admin/api/v1/channels/douyin", headers=h, json={"name": "抖店"})
    assert resp.status == 400 and "app_key" in resp.json["error"]["message"]
    creds = DEMO_CREDENTIALS["douyin"]
    _, resp = await client.put("/admin/api/v1/channels/douyin", headers=h, json={
        "name": "抖店", "app_key": creds.app_key, "app_secret": creds.app_secret,
        "access_token": creds.access_token, "base_url": all_fakes["douyin"].base_url})
    assert resp.status == 200, resp.text
    assert await ChannelAccount.filter(platform="douyin").exists()
    assert await AuditLog.filter(action="channels.account.update").count() == 1
    _, resp = await client.put("/admin/api/v1/channels/meituan", headers=h, json={"name": "x"})
    assert resp.status == 404
    _, resp = await client.put("/admin/api/v1/channels/douyin", headers=h, json={"bogus": 1})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"

    # list a SKU there: the new listing gets our quantity pushed
    fake = all_fakes["douyin"].app.ctx.state
    fake.reset()
    fake.list_sku("7001:8001", 0)
    _, resp = await client.post("/admin/api/v1/channels/douyin/mappings", headers=h,
                                json={"sku_code": world.sku.code, "platform_sku_id": "7001:8001"})
    assert resp.status == 201, resp.text
    await world.pump.drain()
    assert fake.stock_of("7001:8001") == 20
    _, resp = await client.post("/admin/api/v1/channels/douyin/mappings", headers=h,
                                json={"sku_code": world.sku.code, "platform_sku_id": "7001:8002"})
    assert resp.status == 409 and resp.json["error"]["code"] == "conflict"
    other = await make_sku()
    _, resp = await client.post("/admin/api/v1/channels/douyin/mappings", headers=h,
                                json={"sku_code": other.code, "platform_sku_id": "7001:8001"})
    assert resp.status == 409
    _, resp = await client.post("/admin/api/v1/channels/douyin/mappings", headers=h,
                                json={"sku_code": "NOPE", "platform_sku_id": "7001:8009"})
    assert resp.status == 400

    _, resp = await client.get("/admin/api/v1/channels/douyin/quantities", headers=h)
    assert resp.status == 200
    assert resp.json["items"] == [{"sku_code": world.sku.code, "platform_sku_id": "7001:8001", "publish_qty": 20,
                                   "pushed_qty": 20, "status": "ok", "pushed_at": resp.json["items"][0]["pushed_at"],
                                   "last_error": ""}]
    _, resp = await client.get("/admin/api/v1/channels/douyin/mappings", headers=h)
    mapping_id = resp.json["items"][0]["id"]
    _, resp = await client.delete(f"/admin/api/v1/channels/douyin/mappings/{mapping_id}", headers=h)
    assert resp.status == 200
    assert not await SkuMapping.filter(id=mapping_id).exists()

    # pull now + the platform-order list
    order = world.fakes["taobao"].create_order([(world.psid("taobao"), 1, 9900)], status="paid")
    _, resp = await client.post("/admin/api/v1/channels/taobao/pull", headers=h)
    assert resp.status == 200 and resp.json["events"] == 1
    _, resp = await client.get("/admin/api/v1/channels/platform-orders?platform=taobao", headers=h)
    assert resp.status == 200 and resp.json["items"][0]["platform_order_id"] == order.order_id
    assert resp.json["items"][0]["order_status"] == "allocated"
    world.fakes["taobao"].always_fail("http_500")
    try:
        _, resp = await client.post("/admin/api/v1/channels/taobao/pull", headers=h)
    finally:
        world.fakes["taobao"].recover()
    assert resp.status == 503 and resp.json["error"]["code"] == "service_unavailable"


async def test_shop_list_shows_the_push_lag(db: None, client) -> None:  # type: ignore[no-untyped-def]
    """The shop list says how many pushes wait, how long the oldest has waited and when one last succeeded;
    dead pushes are left to the dead letters."""
    from datetime import UTC, datetime, timedelta

    from backend.channels.models import PushState, PushStatus

    account = await ChannelAccount.create(platform="taobao", name="淘宝店", app_key="k", app_secret="secret")
    skus = [await make_sku() for _ in range(3)]
    now = datetime.now(UTC)
    await PushState.create(account=account, sku_id=skus[0].id, status=PushStatus.OK, pushed_at=now - timedelta(
        seconds=90), enqueued_at=now - timedelta(seconds=95))
    await PushState.create(account=account, sku_id=skus[1].id, status=PushStatus.RETRYING,
                           enqueued_at=now - timedelta(seconds=300))
    await PushState.create(account=account, sku_id=skus[2].id, status=PushStatus.DEAD,
                           enqueued_at=now - timedelta(hours=5))
    _, resp = await client.get("/admin/api/v1/channels", headers=auth(await make_user("hq_admin")))
    assert resp.status == 200, resp.text
    lag = resp.json["items"][0]["push_lag"]
    assert lag["waiting"] == 1
    assert 300 <= lag["lag_s"] < 360
    assert lag["oldest_waiting_since"].endswith("+08:00") and lag["last_pushed_at"].endswith("+08:00")
    assert resp.json["items"][0]["push_states"] == {"ok": 1, "retrying": 1, "dead": 1}

    await PushState.filter(account_id=account.id, status=PushStatus.RETRYING).update(status=PushStatus.OK)
    _, resp = await client.get("/admin/api/v1/channels", headers=auth(await make_user("hq_admin")))
    assert resp.json["items"][0]["push_lag"]["waiting"] == 0 and resp.json["items"][0]["push_lag"]["lag_s"] == 0
