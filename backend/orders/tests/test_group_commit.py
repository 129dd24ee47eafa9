"""Group commit at a busy location (backend.orders.group_commit, placement._run_group): every invariant of a lone
placement holds when orders first choosing one location ride in one transaction, one SKU's orders and mixed
carts alike.

The HTTP races run 200 placements at once (on PostgreSQL they really overlap; SQLite serialises the transactions
but the requests still queue behind each other's batch). The service-level tests force one batch: the location
is marked busy (as a plain placement in flight marks it) and the gathering window is long, so every placement
sent together joins the same batch; the test checks it did.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from typing import Any

import pytest

from backend.errors import AppError, Conflict, InsufficientStock, ValidationError
from backend.idempotency import IdempotencyRecord
from backend.members import coupons
from backend.members.models import Coupon, CouponKind, Member
from backend.orders import placement
from backend.orders.models import Order, OrderDiscount, OrderEvent, OrderItem
from backend.orders.placement import LineIn, OrderRequest, group_stats, place_order
from backend.org.models import LocationKind, Role
from backend.security import Actor
from backend.settings import use_settings
from backend.stock.models import Batch, MovementKind, Reservation, ReservationStatus, Stock, StockMovement
from backend.timestamps import business_today
from tests.factories import make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements

from .helpers import admin_headers, check_invariants, one_batch, place, stock_of

RACE_TIMEOUT_S = 120
pytestmark = pytest.mark.usefixtures("db")



async def _admin() -> Actor:
    return Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)


async def _gather(calls: list[Any]) -> list[Any]:
    """Run placements together; each answers a Placement or the AppError it raised."""
    async def one(call: Any) -> Any:
        try:
            return await call
        except AppError as exc:
            return exc

    return await asyncio.wait_for(asyncio.gather(*(one(c) for c in calls)), RACE_TIMEOUT_S)


async def _agree(sku_id: int | None, placed_ids: set[int]) -> None:
    """Orders, items, events, reservations and the movement journal tell the same story (of the SKU's items, or of
    every item: None); the ledger balances."""
    assert set(await Order.all().values_list("id", flat=True)) == placed_ids
    items = await (OrderItem.filter(sku_id=sku_id) if sku_id is not None else OrderItem.all())
    assert {i.order_id for i in items} == placed_ids
    assert await OrderEvent.filter(order_id__in=list(placed_ids), to_status="pending").count() == len(placed_ids)
    holds = await Reservation.filter(status=ReservationStatus.ACTIVE)
    held_by_item: dict[int, int] = {}
    for r in holds:
        held_by_item[r.order_item_id] = held_by_item.get(r.order_item_id, 0) + r.qty
    assert held_by_item == {i.id: i.qty for i in items}
    moved: dict[str, int] = {}
    for ref_id, dr in await StockMovement.filter(kind=MovementKind.RESERVE).values_list("ref_id", "reserved_delta"):
        moved[ref_id] = moved.get(ref_id, 0) + dr
    ordered: dict[str, int] = {}
    for i in items:
        ordered[str(i.order_id)] = ordered.get(str(i.order_id), 0) + i.qty
    assert moved == ordered
    await check_invariants()


async def test_200_buyers_for_50_units_sell_exactly_50_through_the_group_path(client, settings) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1990)
    await stock_in(sku, wh, 50)
    h = await admin_headers()
    await client.get("/api/v1/health")
    batches0, grouped0 = group_stats()
    use_settings(dataclasses.replace(settings, group_commit_window_ms=5.0))
    try:
        resps = await asyncio.wait_for(asyncio.gather(*(place(client, h, [("HOT1", 1)]) for _ in range(200))),
                                       RACE_TIMEOUT_S)
    finally:
        use_settings(settings)
    batches, grouped = group_stats()
    won = [r for r in resps if r.status == 201]
    assert len(won) == 50, [r.status for r in resps]
    for r in resps:
        if r.status != 201:
            assert r.status == 409 and r.json["error"]["code"] == "insufficient_stock", r.text
    assert grouped - grouped0 >= 25, (batches - batches0, grouped - grouped0)  # most sold in groups ...
    assert grouped - grouped0 > batches - batches0  # ... of more than one order each
    assert await stock_of(sku.id) == (50, 50)
    await _agree(sku.id, {r.json["order"]["id"] for r in won})


async def test_a_batch_where_one_order_fails_validation_commits_the_others(settings) -> None:
    """Two orders of one batch redeem the member's single coupon: both priced with it beforehand, the second
    redemption is refused inside the batch; that order is answered its error and the batch commits the rest.
    An order refused by pricing itself (a coupon without a member) is answered before it joins."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=10000)
    await stock_in(sku, wh, 10)
    member = await Member.create(member_code="M1", nickname="测试会员")
    template = await coupons.create_template(coupons.TemplateIn(
        name="满50减20", kind=CouponKind.AMOUNT, amount_fen=2000, threshold_fen=5000, valid_days=30))
    coupon = await coupons.issue(template.id, member.id)
    actor = await _admin()
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id):
        out = await _gather(
            [place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)])) for _ in range(3)]
            + [place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)], member_code="M1",
                           options={"coupon_code": coupon.code})) for _ in range(2)]
            + [place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)], options={"coupon_code": "C1"}))])
    assert group_stats() == (batches0 + 1, grouped0 + 5)  # one batch carried the five priced orders
    assert isinstance(out[5], ValidationError), out[5]  # refused by pricing, before the batch
    with_coupon = out[3:5]
    won = [p for p in with_coupon if isinstance(p, placement.Placement)]
    lost = [p for p in with_coupon if not isinstance(p, placement.Placement)]
    assert len(won) == 1 and len(lost) == 1 and isinstance(lost[0], AppError) and "优惠券" in lost[0].message
    assert won[0].body["order"]["total_fen"] == 8000
    placed = [*out[:3], *won]
    assert all(isinstance(p, placement.Placement) and p.status == 201 for p in placed), out
    assert (await Coupon.get(id=coupon.id)).order_id == won[0].order_id
    assert await OrderDiscount.filter(order_id=won[0].order_id).count() == 1
    assert await stock_of(sku.id) == (10, 4)
    await _agree(sku.id, {p.order_id for p in placed})


async def test_idempotent_retries_inside_one_batch_create_one_order(settings) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 10)
    actor = await _admin()
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id):
        out = await _gather(
            [place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)], idempotency_key="k-1")) for _ in range(3)]
            + [place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)])) for _ in range(2)])
    assert group_stats()[0] - batches0 >= 1 and group_stats()[1] - grouped0 == 5
    same = out[:3]
    assert all(isinstance(p, placement.Placement) and p.status == 201 for p in same), out
    assert len({p.order_id for p in same}) == 1
    assert sum(p.created for p in same) == 1  # one created it, the others replayed its answer
    assert same[0].body == same[1].body == same[2].body
    with pytest.raises(Conflict):  # the same key with another body
        await place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 2)], idempotency_key="k-1"))
    assert await IdempotencyRecord.filter(key="k-1").count() == 1
    others = {p.order_id for p in out[3:]}
    assert len(others) == 2
    assert await stock_of(sku.id) == (10, 3)
    await _agree(sku.id, {same[0].order_id} | others)


async def test_a_key_used_before_replays_from_a_batch_which_reads_no_record_for_new_keys(settings) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 10)
    actor = await _admin()

    def req(key: str, qty: int = 1) -> OrderRequest:
        return OrderRequest(channel="phone", items=[LineIn("HOT1", qty)], idempotency_key=key)

    first = await place_order(actor, req("k-1"))
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id), counting_statements() as statements:
        again, fresh, other_body = await _gather([place_order(actor, req("k-1")), place_order(actor, req("k-2")),
                                                  place_order(actor, req("k-1", qty=2))])
    assert group_stats()[1] - grouped0 == 3
    assert isinstance(again, placement.Placement) and not again.created, again
    assert again.order_id == first.order_id and again.body == first.body and again.status == 201
    assert isinstance(fresh, placement.Placement) and fresh.created and fresh.status == 201
    assert isinstance(other_body, Conflict)  # the same key with another body, in the same batch
    # The kept answers were read for the used key (twice: its two placements), never for the new one.
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "idempotency_records" in s]
    assert len(reads) == 2, reads
    assert await IdempotencyRecord.filter(key="k-1").count() == 1
    assert await stock_of(sku.id) == (10, 2)
    await _agree(sku.id, {first.order_id, fresh.order_id})
    sku.is_active = False  # refused before the batch: the kept answer still comes first
    await sku.save()
    with one_batch(settings, wh.id):
        replay = await place_order(actor, req("k-1"))
        with pytest.raises(ValidationError):
            await place_order(actor, req("k-3"))
    assert replay.order_id == first.order_id and not replay.created


async def test_a_batch_reserves_first_expiry_first_across_batches(settings) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    today = business_today()
    await stock_in(sku, wh, 6, batch_no="LATE", expiry=today + dt.timedelta(days=300))
    await stock_in(sku, wh, 3, batch_no="SOON", expiry=today + dt.timedelta(days=30))
    await stock_in(sku, wh, 5, batch_no="GONE", expiry=today - dt.timedelta(days=1))  # expired: never sold
    actor = await _admin()
    with one_batch(settings, wh.id):
        out = await _gather([place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", q)])) for q in (1, 1, 2, 3)])
    assert all(isinstance(p, placement.Placement) for p in out), out
    reserved = {b: r for b, r in await Stock.filter(sku_id=sku.id).values_list("batch__batch_no", "reserved")}
    assert reserved == {"SOON": 3, "LATE": 4, "GONE": 0}
    # whichever order reached the end of SOON took the rest from LATE: split over two reservations (and two
    # movements, checked by _agree), SOON's first
    soon = await Batch.get(sku_id=sku.id, batch_no="SOON")
    batch_of = dict(await Stock.filter(sku_id=sku.id).values_list("id", "batch_id"))
    split = [[batch_of[r.stock_id] == soon.id for r in await Reservation.filter(ref_id=str(p.order_id)).order_by("id")]
             for p in out]
    assert all(s in ([True], [False], [True, False]) for s in split), split
    assert sum(s == [True, False] for s in split) <= 1
    await _agree(sku.id, {p.order_id for p in out})


async def test_a_batch_larger_than_the_stock_sells_what_there_is_and_refuses_the_rest(settings) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 4)
    actor = await _admin()
    with one_batch(settings, wh.id):
        out = await _gather([place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", q)]))
                             for q in (3, 2, 1, 1)])  # 7 asked for 4
    placed = [p for p in out if isinstance(p, placement.Placement)]
    refused = [p for p in out if isinstance(p, InsufficientStock)]
    # in whatever order they arrived, the ones that fit fill the 4 units exactly (3+1 or 2+1+1)
    assert sum(p.body["order"]["items"][0]["qty"] for p in placed) == 4
    assert refused and len(placed) + len(refused) == 4, out
    assert await stock_of(sku.id) == (4, 4)
    await _agree(sku.id, {p.order_id for p in placed})


@pytest.mark.parametrize("group_max", [1, 64])
async def test_a_lone_order_takes_the_plain_path(settings, group_max: int) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 4)
    actor = await _admin()
    before = group_stats()
    use_settings(dataclasses.replace(settings, group_commit_max=group_max))
    try:
        p = await place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 1)]))
    finally:
        use_settings(settings)
    assert p.status == 201 and group_stats() == before
    await _agree(sku.id, {p.order_id})


async def test_mixed_carts_ride_one_batch_each_line_first_expiry_first(settings) -> None:
    """Carts of several lines over overlapping SKUs, first choosing one warehouse, are held in one batch: every
    line of every order reserved, FEFO per SKU across the orders, the movement journal per order and row."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    a, b, c = [await make_sku(code, price_fen=1000) for code in ("MA1", "MB1", "MC1")]
    today = business_today()
    await stock_in(a, wh, 4, batch_no="A-SOON", expiry=today + dt.timedelta(days=40))
    await stock_in(a, wh, 9, batch_no="A-LATE", expiry=today + dt.timedelta(days=400))
    await stock_in(b, wh, 6)
    await stock_in(c, wh, 6)
    actor = await _admin()
    carts = [[("MA1", 2), ("MB1", 1)], [("MB1", 2), ("MC1", 1)], [("MA1", 3)], [("MC1", 2), ("MA1", 1), ("MB1", 1)]]
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id):
        out = await _gather([place_order(actor, OrderRequest(channel="phone", items=[LineIn(code, q) for code, q in cart]))
                             for cart in carts])
    assert all(isinstance(p, placement.Placement) and p.status == 201 for p in out), out
    assert group_stats() == (batches0 + 1, grouped0 + 4)  # one batch carried the four carts
    for p, cart in zip(out, carts, strict=True):
        assert sorted((i["sku_code"], i["qty"]) for i in p.body["order"]["items"]) == sorted(cart)
    assert await stock_of(a.id) == (13, 6) and await stock_of(b.id) == (6, 4) and await stock_of(c.id) == (6, 3)
    reserved = {n: r for n, r in await Stock.filter(sku_id=a.id).values_list("batch__batch_no", "reserved")}
    assert reserved == {"A-SOON": 4, "A-LATE": 2}  # the sooner batch emptied first
    await _agree(None, {p.order_id for p in out})


async def test_a_cart_that_does_not_fit_whole_holds_nothing_and_the_batch_commits_the_rest(settings) -> None:
    """Two carts each need MA1, of which there are 2 units for 3 asked: whichever came second does not fit whole
    in the batch, goes the plain way and is refused with nothing written (not even its MB1 line), while the batch
    commits the other carts."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    a, b = [await make_sku(code, price_fen=1000) for code in ("MA1", "MB1")]
    await stock_in(a, wh, 2)
    await stock_in(b, wh, 5)
    actor = await _admin()
    carts = [[("MB1", 1), ("MA1", 1)], [("MA1", 2), ("MB1", 1)], [("MB1", 2)]]
    with one_batch(settings, wh.id):
        out = await _gather([place_order(actor, OrderRequest(channel="phone", items=[LineIn(code, q) for code, q in cart]))
                             for cart in carts])
    placed = [p for p in out if isinstance(p, placement.Placement)]
    refused = [p for p in out if not isinstance(p, placement.Placement)]
    assert isinstance(out[2], placement.Placement), out
    assert len(refused) == 1 and isinstance(refused[0], InsufficientStock) and "库存不足" in refused[0].message, out
    held_a = sum(i["qty"] for p in placed for i in p.body["order"]["items"] if i["sku_code"] == "MA1")
    assert held_a <= 2 and await stock_of(a.id) == (2, held_a)
    assert await stock_of(b.id) == (5, 3)  # 1 + 2: the refused cart's MB1 unit is not held
    await _agree(None, {p.order_id for p in placed})


async def test_200_mixed_carts_racing_over_3_skus_never_oversell(client, settings) -> None:
    """200 carts of 1-3 lines over three SKUs with 40 units each, all at once over HTTP: every 201 holds all its
    lines, every refusal is a 409 that held nothing, no SKU is reserved beyond its stock, and most carts rode in
    groups."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    skus = [await make_sku(code, price_fen=1000) for code in ("MA1", "MB1", "MC1")]
    for sku in skus:
        await stock_in(sku, wh, 40)
    h = await admin_headers()
    await client.get("/api/v1/health")
    carts = [[(skus[(n + k) % 3].code, 1 + (n + k) % 2) for k in range(1 + n % 3)] for n in range(200)]
    batches0, grouped0 = group_stats()
    use_settings(dataclasses.replace(settings, group_commit_window_ms=5.0))
    try:
        resps = await asyncio.wait_for(asyncio.gather(*(place(client, h, cart, channel="phone") for cart in carts)),
                                       RACE_TIMEOUT_S)
    finally:
        use_settings(settings)
    won = [r for r in resps if r.status == 201]
    for r in resps:
        if r.status != 201:
            assert r.status == 409 and r.json["error"]["code"] == "insufficient_stock", r.text
    assert won and len(won) < 200
    grouped = group_stats()[1] - grouped0
    assert grouped >= 25 and grouped > group_stats()[0] - batches0, (group_stats(), batches0, grouped0)
    for sku in skus:
        sold = sum(i["qty"] for r in won for i in r.json["order"]["items"] if i["sku_code"] == sku.code)
        on_hand, reserved = await stock_of(sku.id)
        assert on_hand == 40 and reserved == sold <= 40
    await _agree(None, {r.json["order"]["id"] for r in won})
