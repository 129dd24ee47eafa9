"""Reservations: FEFO, all or nothing, release (once), consume, and the timeout that gives unpaid stock back."""

from __future__ import annotations

import datetime as dt

import pytest
from tortoise.transactions import in_transaction

from backend.channels.models import StockOutbox
from backend.errors import InsufficientStock
from backend.finance import accounts, costing
from backend.finance.ledger import Line, post_entry
from backend.orders.expiry import release_expired_reservations
from backend.orders.models import Order
from backend.org.models import Role
from backend.stock import management
from backend.stock.models import MovementKind, Reservation, ReservationStatus, Stock, StockMovement
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _totals(sku_id: int) -> tuple[int, int]:
    rows = await Stock.filter(sku_id=sku_id)
    return sum(s.on_hand for s in rows), sum(s.reserved for s in rows)


async def test_reserve_fefo_all_or_nothing_release_once_and_consume(db) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 3, batch_no="LATE", expiry=business_today() + dt.timedelta(days=300))
    await stock_in(sku, store, 2, batch_no="SOON", expiry=business_today() + dt.timedelta(days=30))
    ref = management.Ref("hold", "1")
    async with in_transaction() as conn:
        held = await management.reserve(sku_id=sku.id, location_id=store.id, qty=4, ref=ref, conn=conn)
    batches = [(await (await Stock.get(id=r.stock_id)).batch).batch_no for r in held]
    assert batches == ["SOON", "LATE"] and [r.qty for r in held] == [2, 2]
    assert await _totals(sku.id) == (5, 4)

    # all or nothing: 2 more is more than the 1 left; nothing is written
    movements = await StockMovement.all().count()
    with pytest.raises(InsufficientStock):
        async with in_transaction() as conn:
            await management.reserve(sku_id=sku.id, location_id=store.id, qty=2, ref=ref, conn=conn)
    assert await StockMovement.all().count() == movements and await _totals(sku.id) == (5, 4)

    # consume one unit of the first hold, release the rest of it; releasing again gives nothing back
    async with in_transaction() as conn:
        await management.consume(held[0], 1, kind=MovementKind.SALE, ref=ref, conn=conn)
        cost = await costing.remove_at_average(sku.id, 1, conn)  # what a sale does with the value
        await post_entry(date=business_today(), memo="test sale", source_type="hold", source_id="1", conn=conn,
                         lines=[Line(accounts.COGS, debit_fen=cost), Line(accounts.INVENTORY, credit_fen=cost)])
        assert await management.release(held[0], conn=conn) == 1
        assert await management.release(held[0], conn=conn) == 0
    assert await _totals(sku.id) == (4, 2)
    assert (await Reservation.get(id=held[0].id)).status == ReservationStatus.RELEASED
    with pytest.raises(InsufficientStock):  # a released hold cannot be consumed
        async with in_transaction() as conn:
            await management.consume(held[0], 1, kind=MovementKind.SALE, ref=ref, conn=conn)
    kinds = [m.kind for m in await StockMovement.filter(ref_type="hold").order_by("id")]
    assert kinds == [MovementKind.RESERVE, MovementKind.RESERVE, MovementKind.SALE, MovementKind.RELEASE]
    await check_invariants()


async def test_each_change_writes_exactly_its_rows(db) -> None:
    """A change writes its stocks UPDATE, one movement, one outbox row (only when the available quantity moves)
    and, for a reservation, one reservation row, with the values the ORM writes (on PostgreSQL all of it is one
    statement); a failed guard writes none of them."""
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    user = await make_user(Role.CLERK)
    await stock_in(sku, store, 5)
    stock = await Stock.get(sku_id=sku.id)
    outbox = await StockOutbox.filter(sku_id=sku.id).count()
    movements = await StockMovement.filter(sku_id=sku.id).count()
    before = dt.datetime.now(dt.UTC)
    expires_at = before + dt.timedelta(minutes=30)
    async with in_transaction() as conn:
        held = await management.reserve(sku_id=sku.id, location_id=store.id, qty=2, ref=management.Ref("order", "7"),
                                        conn=conn, expires_at=expires_at, user_id=user.id)
    after = dt.datetime.now(dt.UTC)
    assert len(held) == 1
    row = await Reservation.get(id=held[0].id)
    for r in (held[0], row):
        assert (r.stock_id, r.order_item_id, r.ref_type, r.ref_id, r.qty, r.qty_consumed, r.status) == (
            stock.id, None, "order", "7", 2, 0, ReservationStatus.ACTIVE)
        assert r.expires_at == expires_at and r.created_at.tzinfo is not None and before <= r.created_at <= after
    m = await StockMovement.filter(sku_id=sku.id).order_by("-id").first()
    assert (m.stock_id, m.location_id, m.batch_id, m.kind, m.on_hand_delta, m.reserved_delta, m.reason, m.note,
            m.ref_type, m.ref_id, m.user_id) == (stock.id, store.id, stock.batch_id, MovementKind.RESERVE, 0, 2, "",
                                                 "", "order", "7", user.id)
    assert m.created_at.tzinfo is not None and before <= m.created_at <= after
    assert await StockMovement.filter(sku_id=sku.id).count() == movements + 1
    assert await StockOutbox.filter(sku_id=sku.id, location_id=store.id).count() == outbox + 1

    # consuming against the reservation leaves the available quantity as it was: no outbox row
    async with in_transaction() as conn:
        await management.consume(held[0], 1, kind=MovementKind.SALE, ref=management.Ref("order", "7"), conn=conn)
        cost = await costing.remove_at_average(sku.id, 1, conn)
        await post_entry(date=business_today(), memo="test sale", source_type="order", source_id="7", conn=conn,
                         lines=[Line(accounts.COGS, debit_fen=cost), Line(accounts.INVENTORY, credit_fen=cost)])
    assert await StockOutbox.filter(sku_id=sku.id).count() == outbox + 1
    assert await StockMovement.filter(sku_id=sku.id).count() == movements + 2
    assert (await Stock.get(id=stock.id)).on_hand == 4

    # the guard fails (only 3 free): nothing at all is written
    async with in_transaction() as conn:
        with pytest.raises(InsufficientStock):
            await management.apply_change(stock.id, reserved_delta=4, kind=MovementKind.RESERVE,
                                          ref=management.Ref("order", "8"), conn=conn)
    assert await StockMovement.filter(sku_id=sku.id).count() == movements + 2
    assert await StockOutbox.filter(sku_id=sku.id).count() == outbox + 1
    assert await Reservation.filter(ref_id="8").count() == 0
    s = await Stock.get(id=stock.id)
    assert (s.on_hand, s.reserved) == (4, 1)
    await check_invariants()


async def test_unpaid_reservation_times_out_and_stock_goes_back_on_sale(client, settings) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 5)
    admin = await make_user(Role.HQ_ADMIN)
    _, resp = await client.post("/api/v1/orders", headers=auth(admin), json={
        "channel": "miniprogram", "items": [{"sku_code": "MILK1", "qty": 5}]})
    assert resp.status == 201, resp.json
    order_id = resp.json["order"]["id"]
    hold = await Reservation.get(ref_type="order", ref_id=str(order_id))
    assert hold.expires_at is not None and hold.status == ReservationStatus.ACTIVE
    ttl = dt.timedelta(seconds=settings.reservation_ttl_s)
    assert abs(hold.expires_at - (hold.created_at + ttl)) < dt.timedelta(seconds=5)
    # sold out while held
    _, resp = await client.post("/api/v1/orders", headers=auth(admin), json={
        "channel": "phone", "items": [{"sku_code": "MILK1", "qty": 1}]})
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"

    # before the deadline nothing happens; after it the order is cancelled and the units are free again
    assert await release_expired_reservations(hold.expires_at - dt.timedelta(seconds=1)) == 0
    assert await _totals(sku.id) == (5, 5)
    assert await release_expired_reservations(hold.expires_at + dt.timedelta(seconds=1)) == 1
    assert await release_expired_reservations(hold.expires_at + dt.timedelta(seconds=1)) == 0  # once
    assert (await Order.get(id=order_id)).status.value == "cancelled"
    assert (await Reservation.get(id=hold.id)).status == ReservationStatus.RELEASED
    assert await _totals(sku.id) == (5, 0)
    _, resp = await client.post("/api/v1/orders", headers=auth(admin), json={
        "channel": "phone", "items": [{"sku_code": "MILK1", "qty": 1}]})
    assert resp.status == 201
    await check_invariants()
