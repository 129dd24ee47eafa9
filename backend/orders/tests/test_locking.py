"""The lock order's helpers (backend.orders.locking) and placement's single retry of a transaction the database
rolled back for a deadlock or a serialization failure. The races themselves are in
backend/members/tests/test_checkout.py."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest
from tortoise.transactions import in_transaction

from backend.idempotency import IdempotencyRecord
from backend.orders import locking, placement
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Role
from backend.security import Actor
from backend.stock.models import Stock
from tests.factories import make_location, make_sku, make_user, stock_in

pytestmark = pytest.mark.usefixtures("db")


def test_retryable_knows_deadlocks_and_serialization_failures_only() -> None:
    assert locking.retryable(asyncpg.exceptions.DeadlockDetectedError("deadlock detected"))
    assert locking.retryable(asyncpg.exceptions.SerializationError("could not serialize"))
    try:  # wrapped by another exception
        try:
            raise asyncpg.exceptions.DeadlockDetectedError("deadlock detected")
        except Exception as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError as wrapped:
        assert locking.retryable(wrapped)
    assert not locking.retryable(asyncpg.exceptions.UniqueViolationError("duplicate key"))
    assert not locking.retryable(ValueError("no"))


async def _staff() -> Actor:
    store = await make_location("S001")
    sku = await make_sku("MILK1", price_fen=10000)
    await stock_in(sku, store, 10)
    clerk = await make_user("store_manager", locations=[store])
    return Actor(role=Role.STORE_MANAGER, user=clerk, location_ids=frozenset({store.id}))


def _deadlock_once(monkeypatch: pytest.MonkeyPatch, times: int = 1) -> list[int]:
    """The next `times` placements write everything, then the database 'detects a deadlock' before the commit."""
    calls: list[int] = []
    real = placement._settle

    async def settle(draft: Any, location: Any, conn: Any) -> Any:
        answer = await real(draft, location, conn)
        calls.append(draft.order.id)
        if len(calls) <= times:
            raise asyncpg.exceptions.DeadlockDetectedError("deadlock detected")
        return answer

    monkeypatch.setattr(placement, "_settle", settle)
    return calls


async def test_a_deadlocked_placement_runs_once_more_and_keeps_one_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    actor = await _staff()
    calls = _deadlock_once(monkeypatch)
    req = OrderRequest(channel="pos", items=[LineIn("MILK1", 2)], location_code="S001", idempotency_key="k-1")
    placed = await place_order(actor, req)
    assert placed.created and placed.status == 201 and len(calls) == 2
    assert await Order.all().count() == 1 and await Order.filter(id=placed.order_id).exists()
    assert await IdempotencyRecord.all().count() == 1
    assert sum(s.reserved for s in await Stock.all()) == 2  # the rolled-back attempt held nothing
    again = await place_order(actor, req)
    assert not again.created and again.body == placed.body


async def test_a_second_deadlock_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    actor = await _staff()
    calls = _deadlock_once(monkeypatch, times=2)
    with pytest.raises(asyncpg.exceptions.DeadlockDetectedError):
        await place_order(actor, OrderRequest(channel="pos", items=[LineIn("MILK1", 1)], location_code="S001"))
    assert len(calls) == 2 and await Order.all().count() == 0
    assert sum(s.reserved for s in await Stock.all()) == 0


async def test_inside_a_callers_transaction_the_caller_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    actor = await _staff()
    calls = _deadlock_once(monkeypatch)
    with pytest.raises(asyncpg.exceptions.DeadlockDetectedError):
        async with in_transaction():
            assert locking.in_outer_transaction()
            await place_order(actor, OrderRequest(channel="pos", items=[LineIn("MILK1", 1)], location_code="S001"))
    assert len(calls) == 1 and await Order.all().count() == 0
    assert not locking.in_outer_transaction()
