"""Choosing the location and reserving there."""

from __future__ import annotations

import datetime as dt

import pytest
from tortoise.transactions import in_transaction

from backend.errors import InsufficientStock
from backend.orders import allocation
from backend.orders.allocation import Need
from backend.org.models import Location, LocationKind, Role
from backend.raw_sql import connection, fetch, is_postgres
from backend.stock import management
from backend.stock.management import Ref
from backend.stock.models import MovementKind, Reservation, Stock, StockMovement
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements

from .helpers import admin_headers, check_invariants, place, stock_of


async def _setup():
    wh2 = await make_location("WH2", kind=LocationKind.WAREHOUSE, priority=20)
    wh1 = await make_location("WH1", kind=LocationKind.WAREHOUSE, priority=10)
    s1 = await make_location("S1", priority=1)
    a, b = await make_sku("A"), await make_sku("B")
    return wh1, wh2, s1, a, b


async def test_online_orders_prefer_warehouses_by_priority(client) -> None:
    wh1, wh2, s1, a, _ = await _setup()
    for loc in (wh1, wh2, s1):
        await stock_in(a, loc, 5)
    resp = await place(client, await admin_headers(), [("A", 2)])
    assert resp.json["order"]["location_code"] == "WH1"
    resp = await place(client, await admin_headers(), [("A", 4)])  # WH1 has 3 left
    assert resp.json["order"]["location_code"] == "WH2"


async def test_the_location_must_fulfil_every_line(client) -> None:
    wh1, wh2, s1, a, b = await _setup()
    await stock_in(a, wh1, 5)
    await stock_in(a, wh2, 5)
    await stock_in(b, wh2, 5)
    resp = await place(client, await admin_headers(), [("A", 1), ("B", 1)])
    assert resp.status == 201 and resp.json["order"]["location_code"] == "WH2"


async def test_no_single_location_can_fulfil_everything(client) -> None:
    wh1, wh2, s1, a, b = await _setup()
    await stock_in(a, wh1, 5)
    await stock_in(b, wh2, 5)
    before = await StockMovement.all().count()
    resp = await place(client, await admin_headers(), [("A", 1), ("B", 1)])
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert "库存不足" in resp.json["error"]["message"]
    assert await StockMovement.all().count() == before


async def test_pos_prefers_the_clerks_store(client) -> None:
    wh1, wh2, s1, a, _ = await _setup()
    s2 = await make_location("S2", priority=0)
    for loc in (wh1, s1, s2):
        await stock_in(a, loc, 5)
    clerk = await make_user(Role.CLERK, locations=[s1])
    resp = await place(client, auth(clerk), [("A", 1)], channel="pos")
    assert resp.json["order"]["location_code"] == "S1"
    admin = await admin_headers()
    resp = await place(client, admin, [("A", 1)], channel="pos")  # chain-wide: stores first, by priority
    assert resp.json["order"]["location_code"] == "S2"


async def test_requested_location_must_have_enough(client) -> None:
    wh1, wh2, s1, a, _ = await _setup()
    await stock_in(a, wh1, 5)
    await stock_in(a, s1, 1)
    resp = await place(client, await admin_headers(), [("A", 2)], location_code="S1")
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert "库存不足" in resp.json["error"]["message"]
    resp = await place(client, await admin_headers(), [("A", 1)], location_code="S1")
    assert resp.status == 201 and resp.json["order"]["location_code"] == "S1"


async def test_expired_batches_and_inactive_locations_are_not_candidates(client) -> None:
    wh1, wh2, s1, a, _ = await _setup()
    await stock_in(a, wh1, 5, batch_no="OLD", expiry=business_today() - dt.timedelta(days=1))
    await stock_in(a, wh2, 5, batch_no="NEW")
    await Location.filter(id=wh2.id).update(is_active=False)
    resp = await place(client, await admin_headers(), [("A", 1)])
    assert resp.status == 409
    await Location.filter(id=wh2.id).update(is_active=True)
    resp = await place(client, await admin_headers(), [("A", 1)])
    assert resp.status == 201 and resp.json["order"]["location_code"] == "WH2"


async def test_falls_back_when_the_first_choice_sold_out_meanwhile(db) -> None:
    wh1, wh2, s1, a, b = await _setup()
    await stock_in(a, wh1, 1)
    await stock_in(b, wh1, 5)
    await stock_in(a, wh2, 5)
    await stock_in(b, wh2, 5)
    needs = [Need(a.id, 2, "A"), Need(b.id, 1, "B")]  # wh1 can give B but not 2 x A
    async with in_transaction() as conn:
        loc = await allocation.allocate(needs, [wh1, wh2], Ref("order", "t1"), conn)
    assert loc.id == wh2.id
    assert await stock_of(b.id, wh1.id) == (5, 0)  # the savepoint undid B's hold at WH1
    assert await stock_of(a.id, wh2.id) == (5, 2) and await stock_of(b.id, wh2.id) == (5, 1)
    assert await Reservation.filter(ref_id="t1").count() == 2
    await check_invariants()
    async with in_transaction() as conn:
        with pytest.raises(InsufficientStock):
            await allocation.allocate([Need(a.id, 99, "A")], [wh1, wh2], Ref("order", "t2"), conn)
    await check_invariants()


async def _outbox(sku_id: int) -> int:
    rows = await fetch(connection(), "SELECT count(*) AS n FROM channel_outbox WHERE sku_id = $1", [sku_id])
    return int(rows[0]["n"])


async def test_a_cart_is_held_fefo_in_a_constant_number_of_statements(db) -> None:
    wh1, _, _, a, b = await _setup()
    await stock_in(a, wh1, 5, batch_no="LATE", expiry=business_today() + dt.timedelta(days=300))
    await stock_in(a, wh1, 2, batch_no="SOON", expiry=business_today() + dt.timedelta(days=30))
    await stock_in(b, wh1, 4)
    outbox_before = await _outbox(a.id) + await _outbox(b.id)
    needs = [Need(b.id, 1, "B"), Need(a.id, 3, "A")]
    with counting_statements() as statements:
        async with in_transaction() as conn:
            await allocation.reserve_at(wh1, needs, Ref("order", "c1"), conn)
    if is_postgres(connection()):
        assert len(statements) == 2, statements  # the locked read, then the UPDATE with its three INSERTs
    # Exactly what line by line held: A's soon-expiring batch first, then the later one; B.
    held = sorted((r.stock_id, r.qty) for r in await Reservation.filter(ref_id="c1"))
    rows = {(s.sku_id, s.batch.batch_no): s for s in await Stock.all().prefetch_related("batch")}
    assert held == sorted([(rows[(a.id, "SOON")].id, 2), (rows[(a.id, "LATE")].id, 1), (rows[(b.id, "B1")].id, 1)])
    assert (rows[(a.id, "SOON")].reserved, rows[(a.id, "LATE")].reserved) == (2, 1)
    assert await StockMovement.filter(ref_id="c1", kind=MovementKind.RESERVE).count() == 3
    assert await _outbox(a.id) + await _outbox(b.id) - outbox_before == 3
    await check_invariants()


async def test_a_short_line_refuses_the_whole_cart_naming_it(db) -> None:
    wh1, _, _, a, b = await _setup()
    await stock_in(a, wh1, 5)
    await stock_in(b, wh1, 1)
    with pytest.raises(InsufficientStock, match="需要 2"):
        async with in_transaction() as conn:
            await allocation.reserve_at(wh1, [Need(a.id, 1, "A"), Need(b.id, 2, "B")], Ref("order", "c2"), conn)
    assert await stock_of(a.id, wh1.id) == (5, 0)
    assert await Reservation.filter(ref_id="c2").count() == 0


async def test_the_guarded_update_writes_every_row_or_none(db, monkeypatch) -> None:
    wh1, _, _, a, b = await _setup()
    await stock_in(a, wh1, 5)
    await stock_in(b, wh1, 1)
    plan = management._plan_lines

    def overshoot(*args, **kwargs):  # B's take beyond what its row holds: its guard fails, A's must not be written
        return [(ln, s, take + 1 if ln.sku_id == b.id else take) for ln, s, take in plan(*args, **kwargs)]

    monkeypatch.setattr(management, "_plan_lines", overshoot)
    async with in_transaction() as conn:
        with pytest.raises(InsufficientStock):
            await allocation.reserve_at(wh1, [Need(a.id, 2, "A"), Need(b.id, 1, "B")], Ref("order", "c3"), conn)
        left = await fetch(conn, "SELECT sku_id, reserved FROM stocks ORDER BY sku_id", [])
        written = await fetch(conn, "SELECT count(*) AS n FROM stock_movements WHERE ref_id = 'c3'", [])
    assert [r["reserved"] for r in left] == [0, 0] and written[0]["n"] == 0
