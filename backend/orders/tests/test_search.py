"""Every channel's source is kept on the order; search by channel, status, date, member and SKU."""

from __future__ import annotations

import datetime as dt

from backend.orders.models import Order
from backend.org.models import Channel, LocationKind
from backend.timestamps import business_today
from tests.factories import make_location, make_sku, stock_in

from .helpers import admin_headers, make_member, place


async def test_every_channel_is_marked_and_search_filters(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=100), wh, 100)
    await stock_in(await make_sku("B2", price_fen=200), wh, 100)
    h = await admin_headers()
    member = await make_member()
    ids: dict[str, int] = {}
    for ch in Channel:
        if ch == Channel.POS:
            continue  # counter sales need the clerk's store: covered in test_placement
        resp = await place(client, h, [("A1", 1)] if ch != Channel.JD else [("B2", 1)], channel=ch.value,
                           member_code=member.member_code if ch == Channel.PHONE else None)
        assert resp.status == 201, resp.text
        ids[ch.value] = resp.json["order"]["id"]
        assert resp.json["order"]["channel"] == ch.value
    assert {o.channel for o in await Order.all()} == set(Channel) - {Channel.POS}
    await client.post(f"/api/v1/orders/{ids['taobao']}/pay", headers=h, json={"method": "platform", "amount_fen": 100})

    async def found(**params: object) -> set[int]:
        _, resp = await client.get("/api/v1/orders", headers=h, params=params)
        assert resp.status == 200, resp.text
        return {o["id"] for o in resp.json["items"]}

    assert await found(channel="douyin") == {ids["douyin"]}
    assert await found(status="allocated") == {ids["taobao"]}
    assert await found(member_code=member.member_code) == {ids["phone"]}
    assert await found(sku_code="B2") == {ids["jd"]}
    today = business_today()  # placed_at is compared in China time; the server's local date may differ by one
    near = await found(date_from=(today - dt.timedelta(days=1)).isoformat(),
                       date_to=(today + dt.timedelta(days=1)).isoformat())
    assert near == set(ids.values())
    assert await found(date_from=(today + dt.timedelta(days=2)).isoformat()) == set()
    assert await found(channel="jd", sku_code="A1") == set()
    _, bad = await client.get("/api/v1/orders", headers=h, params={"channel": "ebay"})
    assert bad.status == 400 and bad.json["error"]["code"] == "validation_error"
