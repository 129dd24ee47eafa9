from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.catalog.models import PriceList, PriceListItem
from backend.catalog.pricing import price_for, prices_for
from tests.factories import make_location, make_sku


async def _list(name: str, sku, price: int, *, channel: str | None = None, location=None,  # type: ignore[no-untyped-def]
                valid_from: datetime | None = None, valid_to: datetime | None = None,
                is_active: bool = True) -> PriceList:
    pl = await PriceList.create(name=name, channel=channel, location=location, valid_from=valid_from,
                                valid_to=valid_to, is_active=is_active)
    await PriceListItem.create(price_list=pl, sku=sku, price_fen=price)
    return pl


async def test_most_specific_list_wins(db) -> None:
    store, other = await make_location("ST-A"), await make_location("ST-B")
    sku = await make_sku(price_fen=30000)
    assert await price_for(sku, "pos", store) == 30000  # no list: the SKU's price

    await _list("小程序会员价", sku, 28800, channel="miniprogram")
    assert await price_for(sku, "miniprogram", None) == 28800
    assert await price_for(sku, "miniprogram", store) == 28800
    assert await price_for(sku, "pos", store) == 30000

    await _list("徐汇店价", sku, 29500, location=store)
    assert await price_for(sku, "pos", store) == 29500  # location beats no list
    assert await price_for(sku, "miniprogram", store) == 29500  # location beats channel
    assert await price_for(sku, "miniprogram", other) == 28800

    await _list("徐汇店小程序价", sku, 27000, channel="miniprogram", location=store)
    assert await price_for(sku, "miniprogram", store) == 27000  # channel + location beats both
    assert await price_for(sku, "miniprogram", store.id) == 27000  # a location id works too
    assert await price_for(sku, "pos", store) == 29500
    assert await price_for(sku, None, None) == 30000


async def test_validity_window_and_inactive_lists(db) -> None:
    sku = await make_sku(price_fen=10000)
    now = datetime.now(UTC)
    await _list("已结束的双十一价", sku, 7000, channel="taobao", valid_from=now - timedelta(days=30),
                valid_to=now - timedelta(days=1))
    await _list("未开始的年货节价", sku, 7500, channel="taobao", valid_from=now + timedelta(days=3))
    await _list("停用的价格表", sku, 6000, channel="taobao", is_active=False)
    assert await price_for(sku, "taobao", None) == 10000
    await _list("进行中的活动价", sku, 8800, channel="taobao", valid_from=now - timedelta(hours=1),
                valid_to=now + timedelta(days=1))
    assert await price_for(sku, "taobao", None) == 8800
    # at a given moment
    assert await price_for(sku, "taobao", None, at=now - timedelta(days=10)) == 7000
    assert await price_for(sku, "taobao", None, at=now + timedelta(days=5)) == 7500


async def test_same_rank_latest_start_wins_and_batch_lookup(db) -> None:
    a, b = await make_sku(price_fen=5000), await make_sku(price_fen=6000)
    now = datetime.now(UTC)
    await _list("常规京东价", a, 4800, channel="jd", valid_from=now - timedelta(days=60))
    await _list("京东周末价", a, 4500, channel="jd", valid_from=now - timedelta(days=1))
    prices = await prices_for([a, b], "jd", None)
    assert prices == {a.id: 4500, b.id: 6000}
    assert await prices_for([], "jd", None) == {}
