"""Stock under concurrent buyers: never sold twice, never negative, every number explained by the journal.

On PostgreSQL the requests really overlap: 200 placements go through the app's ASGI transport at once,
up to the Tortoise pool size (20 in the tests) hold a transaction at the same time and queue on the stock
row's lock. SQLite runs the same test with its writing transactions serialised.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise import Tortoise

from backend.audit.models import AuditLog
from backend.idempotency import IdempotencyRecord
from backend.orders import allocation
from backend.orders.expiry import release_expired_reservations
from backend.orders.models import Order, OrderEvent, OrderItem, OrderPayment, OrderStatus, Refund
from backend.org.models import LocationKind
from backend.raw_sql import is_postgres
from backend.stock.models import MovementKind, Reservation, ReservationStatus, Stock, StockMovement
from backend.timestamps import business_today
from tests.factories import make_location, make_sku, stock_in

from .helpers import admin_headers, check_invariants, place, stock_of

RACE_TIMEOUT_S = 120  # a pool deadlock (a transaction waiting for a second connection) fails instead of hanging


class _Gauge:
    """How many placements are inside the reservation step at the same time."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def wrap(self, fn: Any) -> Any:
        async def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.now += 1
            self.peak = max(self.peak, self.now)
            try:
                return await fn(*args, **kwargs)
            finally:
                self.now -= 1

        return wrapped


@contextlib.asynccontextmanager
async def _watch_stock(sku_id: int) -> AsyncIterator[list[tuple[int, int]]]:
    """Sample every stocks row of the SKU while the race runs; yields the samples (on_hand, reserved)."""
    seen: list[tuple[int, int]] = []
    stop = asyncio.Event()

    async def poll() -> None:
        while not stop.is_set():
            seen.extend(await Stock.filter(sku_id=sku_id).values_list("on_hand", "reserved"))
            await asyncio.sleep(0.005)

    task = asyncio.create_task(poll())
    try:
        yield seen
    finally:
        stop.set()
        await task


async def _journal_never_negative() -> None:
    """Replaying each row's movements in the order they were written (the row's lock orders them) never
    takes on_hand or reserved below zero, nor reserved above on_hand."""
    running: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for stock_id, dh, dr in await StockMovement.all().order_by("id").values_list(
            "stock_id", "on_hand_delta", "reserved_delta"):
        running[stock_id][0] += dh
        running[stock_id][1] += dr
        on_hand, reserved = running[stock_id]
        assert on_hand >= reserved >= 0, (stock_id, on_hand, reserved)


async def _race(client: Any, n: int, send: Any, gauge: _Gauge, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    await client.get("/api/v1/health")  # start the app once, before the burst
    monkeypatch.setattr(allocation, "reserve_at", gauge.wrap(allocation.reserve_at))
    return await asyncio.wait_for(asyncio.gather(*[send(i) for i in range(n)]), RACE_TIMEOUT_S)


def _concurrent() -> bool:
    return is_postgres(Tortoise.get_connection("default"))


def _assert_refused(resp: Any) -> None:
    assert resp.status == 409, (resp.status, resp.text)
    assert resp.json["error"]["code"] == "insufficient_stock"
    assert "库存不足" in resp.json["error"]["message"]


async def test_200_buyers_race_for_50_units(client, monkeypatch) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=1990)
    await stock_in(sku, wh, 50)
    h = await admin_headers()
    movements_before = await StockMovement.all().count()
    gauge = _Gauge()

    async with _watch_stock(sku.id) as samples:
        resps = await _race(client, 200, lambda i: place(client, h, [("A1", 1)]), gauge, monkeypatch)

    won = [r for r in resps if r.status == 201]
    lost = [r for r in resps if r.status != 201]
    assert len(won) == 50 and len(lost) == 150
    for r in lost:
        _assert_refused(r)
    if _concurrent():
        assert gauge.peak >= 2, "the placements never overlapped: the race did not race"

    # Never negative, never oversold: while it ran, and at every step of the journal.
    assert samples and all(on_hand >= reserved >= 0 for on_hand, reserved in samples)
    await _journal_never_negative()
    assert await stock_of(sku.id) == (50, 50)
    row = await Stock.get(sku_id=sku.id)
    assert row.on_hand - row.reserved == 0

    # The winners hold exactly one unit each; the refused left nothing behind.
    won_ids = {r.json["order"]["id"] for r in won}
    assert len(won_ids) == 50
    assert set(await Order.all().values_list("id", flat=True)) == won_ids
    assert await OrderItem.all().count() == 50
    assert await OrderEvent.all().count() == 50
    assert await AuditLog.filter(action="order.create").count() == 50
    holds = await Reservation.all()
    assert len(holds) == 50 and {int(x.ref_id) for x in holds} == won_ids
    assert all(x.qty == 1 and x.status == ReservationStatus.ACTIVE for x in holds)
    assert await StockMovement.all().count() - movements_before == 50
    assert await StockMovement.filter(kind=MovementKind.RESERVE).count() == 50
    await check_invariants()  # each row equals its movement sums; reservations explain `reserved`


async def test_race_across_two_locations_fills_the_first_choice_then_the_next(client, monkeypatch) -> None:
    wh1 = await make_location("WH1", kind=LocationKind.WAREHOUSE, priority=1)
    wh2 = await make_location("WH2", kind=LocationKind.WAREHOUSE, priority=2)
    sku = await make_sku("A1", price_fen=500)
    await stock_in(sku, wh1, 30)
    await stock_in(sku, wh2, 20)
    h = await admin_headers()
    gauge = _Gauge()

    async with _watch_stock(sku.id) as samples:
        # Mixed sizes: 1 or 2 units per order, 250 units asked for 50.
        resps = await _race(client, 160, lambda i: place(client, h, [("A1", 1 + i % 2)]), gauge, monkeypatch)

    won = [r for r in resps if r.status == 201]
    for r in resps:
        if r.status != 201:
            _assert_refused(r)
    sold = {"WH1": 0, "WH2": 0}
    for r in won:
        sold[r.json["order"]["location_code"]] += r.json["order"]["items"][0]["qty"]
    # Never sold twice at either warehouse; an order is never split between them.
    assert sold["WH1"] <= 30 and sold["WH2"] <= 20
    assert await stock_of(sku.id, wh1.id) == (30, sold["WH1"])
    assert await stock_of(sku.id, wh2.id) == (20, sold["WH2"])
    # Availability only falls during the burst, so a refused 2-unit order saw fewer than 2 units left and a
    # refused 1-unit order saw none: at most one unit stays behind in each warehouse.
    assert sold["WH1"] >= 29 and sold["WH2"] >= 19
    assert all(on_hand >= reserved >= 0 for on_hand, reserved in samples)
    await _journal_never_negative()
    assert await Order.all().count() == len(won)
    assert await OrderItem.all().count() == len(won)
    assert await Reservation.all().count() == len(won)
    await check_invariants()


async def test_pay_races_expiry_and_cancel(client, settings) -> None:
    """Each order is either paid (its stock stays held, for good) or cancelled (stock back, every fen paid
    refunded), never both half-way, whoever comes first."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=1000)
    await stock_in(sku, wh, 40)
    h = await admin_headers()
    ids = [(await place(client, h, [("A1", 1)])).json["order"]["id"] for _ in range(24)]
    later = datetime.now(UTC) + timedelta(seconds=settings.reservation_ttl_s + 1)

    async def pay(i: int, oid: int) -> tuple[int, Any]:
        amount = 400 if i % 3 == 1 else 1000  # a third pay only in part (the rest stays owed)
        _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                    json={"method": "wechat", "amount_fen": amount, "external_ref": f"wx-{oid}"})
        return oid, resp

    async def cancel(oid: int) -> tuple[int, Any]:
        _, resp = await client.post(f"/api/v1/orders/{oid}/cancel", headers=h, json={"reason": "顾客改主意"})
        return oid, resp

    await client.get("/api/v1/health")
    jobs: list[Any] = [pay(i, oid) for i, oid in enumerate(ids)]
    jobs += [pay(i, oid) for i, oid in enumerate(ids) if i % 3 == 2]  # the payment notice arrives twice
    jobs += [cancel(oid) for oid in ids[::2]]  # staff cancel half of them at the same moment ...
    jobs.append(release_expired_reservations(later))  # ... while the timeout job sweeps them all
    results = await asyncio.wait_for(asyncio.gather(*jobs), RACE_TIMEOUT_S)
    answers: dict[int, list[Any]] = defaultdict(list)
    for oid, resp in results[:-1]:
        assert resp.status in (200, 201, 409), (resp.status, resp.text)
        if resp.status == 409:
            assert resp.json["error"]["code"] == "invalid_state", resp.text
        answers[oid].append(resp)

    for i, oid in enumerate(ids):
        order = await Order.get(id=oid)
        held = await Reservation.filter(ref_type="order", ref_id=str(oid)).values_list("status", "expires_at")
        paid = await OrderPayment.filter(order_id=oid).values_list("amount_fen", flat=True)
        refunded = sum(await Refund.filter(order_id=oid).values_list("amount_fen", flat=True))
        assert len(paid) <= 1  # a repeated notice never pays twice
        assert order.paid_fen == sum(paid) and order.refunded_fen == refunded
        if order.status == OrderStatus.ALLOCATED:
            assert sum(paid) == order.total_fen and refunded == 0
            assert any(r.status == 201 for r in answers[oid])
            assert held == [(ReservationStatus.ACTIVE, None)]  # held for good: the sweep no longer sees it
        else:
            assert order.status == OrderStatus.CANCELLED, (oid, order.status)
            assert refunded == sum(paid)  # whatever got in before the cancel went back
            assert [s for s, _ in held] == [ReservationStatus.RELEASED]
        if i % 3 == 1:  # partly paid orders are still pending when the sweep locks them
            assert order.status == OrderStatus.CANCELLED
    kept = await Order.filter(status=OrderStatus.ALLOCATED).count()
    assert await stock_of(sku.id) == (40, kept)
    assert await IdempotencyRecord.all().count() == 0
    await _journal_never_negative()
    await check_invariants()  # stock = journal, ledger balances (payments, refunds from advances)


async def test_a_payment_landing_while_the_sweep_cancels_waits_and_is_refused(client, settings, monkeypatch) -> None:
    """The sweep has read the order and is about to cancel it when a part payment arrives: the payment waits
    for the sweep's lock and is refused, so no fen is kept by a cancelled order (without the lock the sweep
    would cancel with a stale paid amount and refund nothing)."""
    from backend.orders import expiry

    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=1000)
    await stock_in(sku, wh, 5)
    h = await admin_headers()
    oid = (await place(client, h, [("A1", 1)])).json["order"]["id"]
    await client.get("/api/v1/health")
    go = asyncio.Event()

    async def pay() -> Any:
        await go.wait()
        _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 400})
        return resp

    # Started here, outside the sweep's transaction (a task started inside would share its connection).
    paying = asyncio.create_task(pay())

    async def cancel_meanwhile(order: Order, **kwargs: Any) -> Order:
        go.set()
        await asyncio.sleep(0.5)  # the payment has all the time it needs to get in, if it can
        return await cancel(order, **kwargs)

    cancel = expiry.cancel_order
    monkeypatch.setattr(expiry, "cancel_order", cancel_meanwhile)
    later = datetime.now(UTC) + timedelta(seconds=settings.reservation_ttl_s + 1)
    assert await release_expired_reservations(later) == 1
    resp = await asyncio.wait_for(paying, RACE_TIMEOUT_S)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state", resp.text
    order = await Order.get(id=oid)
    assert order.status == OrderStatus.CANCELLED and order.paid_fen == order.refunded_fen == 0
    assert await OrderPayment.filter(order_id=oid).count() == 0
    await check_invariants()


async def test_overlapping_carts_and_hot_single_sku_orders_never_deadlock(client, monkeypatch, caplog) -> None:
    """Carts over the same SKUs in every line order, and a burst of one-SKU orders of the hottest of them (group
    commit and the plain path), all at once: every stock row is locked by SKU then id whoever takes it, so nobody
    deadlocks (no retry logged, no 500), nothing is oversold and every row equals its journal."""
    wh1 = await make_location("WH1", kind=LocationKind.WAREHOUSE, priority=1)
    wh2 = await make_location("WH2", kind=LocationKind.WAREHOUSE, priority=2)
    skus = [await make_sku(f"C{n}", price_fen=900) for n in range(4)]
    # Two batches per SKU at WH1, created so that stocks ids do not follow SKU order; a smaller fallback at WH2.
    for batch_no, days in (("LATE", 300), ("SOON", 60)):
        for sku in reversed(skus):
            await stock_in(sku, wh1, 12, batch_no=batch_no, expiry=business_today() + timedelta(days=days))
    for sku in skus:
        await stock_in(sku, wh2, 10)
    stock = {sku.code: 34 for sku in skus}
    h = await admin_headers()
    gauge = _Gauge()
    carts = [[(skus[(i + k) % 4].code, 1 + k % 2) for k in range(3)] for i in range(4)]  # 3 SKUs each, rotated

    def send(i: int) -> Any:
        if i % 3 == 0:
            return place(client, h, [("C0", 1)])
        return place(client, h, carts[i % 4])

    caplog.set_level("WARNING", logger="backend.orders.placement")
    resps = await _race(client, 120, send, gauge, monkeypatch)

    for r in resps:
        if r.status != 201:
            _assert_refused(r)
    assert not [rec for rec in caplog.records if "rolled back" in rec.getMessage()], "a transaction deadlocked"
    if _concurrent():
        assert gauge.peak >= 2, "the placements never overlapped: the race did not race"
    sold: dict[str, int] = defaultdict(int)
    for r in resps:
        if r.status == 201:
            for item in r.json["order"]["items"]:
                sold[item["sku_code"]] += item["qty"]
    for sku in skus:
        on_wh1, held_wh1 = await stock_of(sku.id, wh1.id)
        on_wh2, held_wh2 = await stock_of(sku.id, wh2.id)
        assert (on_wh1, on_wh2) == (24, 10) and held_wh1 <= 24 and held_wh2 <= 10
        assert held_wh1 + held_wh2 == sold[sku.code] <= stock[sku.code]
        # FEFO at WH1: the later batch is touched only once the sooner one is fully held.
        rows = {s.batch.batch_no: s for s in await Stock.filter(sku_id=sku.id, location_id=wh1.id)
                .prefetch_related("batch")}
        assert rows["LATE"].reserved == 0 or rows["SOON"].reserved == rows["SOON"].on_hand
    await _journal_never_negative()
    await check_invariants()  # each stocks row equals its movement journal; reservations explain `reserved`
