"""Idempotency-Key on POST /orders, and platform order ids."""

from __future__ import annotations

import asyncio

from backend.idempotency import IdempotencyRecord
from backend.orders.models import Order
from backend.org.models import LocationKind, Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import check_invariants, place, stock_of


async def _setup(qty: int = 10):
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=1000)
    await stock_in(sku, wh, qty)
    return sku, auth(await make_user(Role.HQ_ADMIN))


async def test_same_key_same_body_replays_the_first_answer(client) -> None:
    sku, h = await _setup()
    first = await place(client, h, [("A1", 2)], key="k-1")
    second = await place(client, h, [("A1", 2)], key="k-1")
    assert first.status == second.status == 201
    assert first.json == second.json
    # byte for byte: the first answer is encoded once for the record and the wire; the replay re-encodes it
    assert first.body == second.body and first.headers["content-type"] == second.headers["content-type"]
    assert first.headers["content-type"].startswith("application/json")
    assert await Order.all().count() == 1
    assert await stock_of(sku.id) == (10, 2)


async def test_same_key_different_body_is_a_conflict(client) -> None:
    sku, h = await _setup()
    assert (await place(client, h, [("A1", 2)], key="k-1")).status == 201
    resp = await place(client, h, [("A1", 3)], key="k-1")
    assert resp.status == 409 and resp.json["error"]["code"] == "conflict"
    assert await Order.all().count() == 1
    assert await stock_of(sku.id) == (10, 2)


async def test_keys_are_scoped_per_caller(client) -> None:
    sku, h = await _setup()
    other = auth(await make_user(Role.HQ_ADMIN))
    assert (await place(client, h, [("A1", 1)], key="same")).status == 201
    assert (await place(client, other, [("A1", 1)], key="same")).status == 201
    assert await Order.all().count() == 2


async def test_failed_attempts_are_not_kept(client) -> None:
    sku, h = await _setup(qty=1)
    resp = await place(client, h, [("A1", 2)], key="k-short")
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert await IdempotencyRecord.all().count() == 0
    assert (await place(client, h, [("A1", 1)], key="k-short")).status == 201


async def test_concurrent_duplicates_create_one_order(client) -> None:
    sku, h = await _setup(qty=50)
    resps = await asyncio.gather(*[place(client, h, [("A1", 1)], key="burst") for _ in range(20)])
    assert {r.status for r in resps} == {201}
    assert len({r.json["order"]["id"] for r in resps}) == 1
    assert len({r.text for r in resps}) == 1
    assert await Order.all().count() == 1
    assert await stock_of(sku.id) == (50, 1)
    await check_invariants()


async def test_platform_order_id_is_unique_per_channel(client) -> None:
    sku, h = await _setup()
    first = await place(client, h, [("A1", 1)], channel="taobao", external_id="TB123")
    again = await place(client, h, [("A1", 1)], channel="taobao", external_id="TB123")
    assert first.status == 201 and again.status == 200
    assert again.json["order"]["id"] == first.json["order"]["id"]
    other = await place(client, h, [("A1", 1)], channel="jd", external_id="TB123")
    assert other.status == 201
    assert await Order.all().count() == 2
    assert await stock_of(sku.id) == (10, 2)


async def test_concurrent_platform_duplicates_create_one_order(client) -> None:
    sku, h = await _setup()
    resps = await asyncio.gather(*[place(client, h, [("A1", 1)], channel="pdd", external_id="P9") for _ in range(8)])
    assert sorted(r.status for r in resps) == [200] * 7 + [201]
    assert await Order.all().count() == 1
    assert await stock_of(sku.id) == (10, 1)


async def test_a_cart_replays_its_answer_whether_or_not_it_could_be_placed_again(client) -> None:
    """A plain placement reads no kept answer up front: its record's INSERT finds the key used (rolled back, then
    the answer replayed) or a refusal looks first; either way the caller sees what an up-front read answered."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    a, b = await make_sku("A1", price_fen=1000), await make_sku("B1", price_fen=500)
    await stock_in(a, wh, 3)
    await stock_in(b, wh, 5)
    h = auth(await make_user(Role.HQ_ADMIN))
    first = await place(client, h, [("A1", 2), ("B1", 1)], key="k-cart")
    assert first.status == 201
    again = await place(client, h, [("A1", 2), ("B1", 1)], key="k-cart")  # stock for it still there
    assert again.status == 201 and again.json == first.json
    other = await place(client, h, [("A1", 1), ("B1", 1)], key="k-cart")  # placeable, but another body
    assert other.status == 409 and other.json["error"]["code"] == "conflict"
    assert (await place(client, h, [("A1", 1), ("B1", 1)], key="k-2")).status == 201  # A1 sold out now
    gone = await place(client, h, [("A1", 2), ("B1", 1)], key="k-cart")
    assert gone.status == 201 and gone.json == first.json
    assert await Order.all().count() == 2 and await IdempotencyRecord.all().count() == 2
    assert await stock_of(a.id) == (3, 3) and await stock_of(b.id) == (5, 2)
    await check_invariants()
