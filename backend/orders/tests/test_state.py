"""The state machine: every move in the table works and writes an event; every other move is refused."""

from __future__ import annotations

import itertools

import pytest

from backend.errors import InvalidState
from backend.orders.models import ORDER_STATUS_ZH, Order, OrderEvent, OrderStatus
from backend.orders.state import ALLOWED, can_transition, transition
from backend.org.models import Channel

S = OrderStatus
EXPECTED = {
    (S.PENDING, S.PAID), (S.PENDING, S.CANCELLED),
    (S.PAID, S.ALLOCATED), (S.PAID, S.REVIEW), (S.PAID, S.CANCELLED),
    (S.REVIEW, S.ALLOCATED), (S.REVIEW, S.CANCELLED),
    (S.ALLOCATED, S.PICKING), (S.ALLOCATED, S.SHIPPED), (S.ALLOCATED, S.CANCELLED),
    (S.PICKING, S.SHIPPED),
    (S.SHIPPED, S.DELIVERED), (S.SHIPPED, S.COMPLETED), (S.SHIPPED, S.RETURNED),
    (S.DELIVERED, S.COMPLETED), (S.DELIVERED, S.RETURNED),
    (S.COMPLETED, S.RETURNED),
}
PAIRS = list(itertools.product(list(S), list(S)))


def test_the_table_is_exactly_the_documented_one() -> None:
    assert {(a, b) for a, targets in ALLOWED.items() for b in targets} == EXPECTED
    assert set(ALLOWED) == set(S)
    assert not ALLOWED[S.CANCELLED] and not ALLOWED[S.RETURNED]


async def _order(status: OrderStatus, n: int) -> Order:
    return await Order.create(order_no=f"T{n:08d}", channel=Channel.PHONE, status=status)


async def test_every_illegal_transition_is_refused_and_changes_nothing(db) -> None:
    illegal = [(a, b) for a, b in PAIRS if (a, b) not in EXPECTED]
    assert len(illegal) == len(S) ** 2 - len(EXPECTED)
    for n, (frm, to) in enumerate(illegal):
        order = await _order(frm, n)
        with pytest.raises(InvalidState) as exc:
            await transition(order, to, note="test")
        assert ORDER_STATUS_ZH[frm] in exc.value.message and ORDER_STATUS_ZH[to] in exc.value.message
        assert exc.value.code == "invalid_state"
        assert (await Order.get(id=order.id)).status == frm
        assert await OrderEvent.filter(order_id=order.id).count() == 0


async def test_every_legal_transition_moves_and_writes_an_event(db) -> None:
    for n, (frm, to) in enumerate(sorted(EXPECTED)):
        order = await _order(frm, 1000 + n)
        await transition(order, to, note="ok")
        fresh = await Order.get(id=order.id)
        assert fresh.status == to and can_transition(frm, to)
        ev = await OrderEvent.get(order_id=order.id)
        assert (ev.from_status, ev.to_status) == (frm.value, to.value)
        if to == S.PAID:
            assert fresh.paid_at is not None
        if to == S.CANCELLED:
            assert fresh.cancelled_at is not None


async def test_a_stale_status_loses_the_race(db) -> None:
    order = await _order(S.PENDING, 1)
    stale = await Order.get(id=order.id)
    await transition(order, S.PAID)
    with pytest.raises(InvalidState):
        await transition(stale, S.CANCELLED)  # it is paid now; the guarded update refuses the stale view
    assert (await Order.get(id=order.id)).status == S.PAID
