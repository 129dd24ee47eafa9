"""The bulk scale generator (COPY) writes what the services would: the ledger balances, the movement journal
replays to the stock rows, inventory value equals the ledger, members' points equal their ledger, and every
report read from the summaries equals the same report from the lines (PostgreSQL only)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from backend.dbutil import is_postgres
from backend.demo.scale import ScaleSpec, generate
from backend.finance import reports
from backend.finance.models import JournalEntry, JournalLine
from backend.finance.postings import split_vat
from backend.members.models import Member, PointsEntry
from backend.members.rules import level_for_spend
from backend.orders import fulfilment, payments
from backend.orders.models import Order, OrderEvent, OrderItem, OrderPayment, Shipment, ShipmentLine
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Location, Role
from backend.security.actor import load_staff_actor
from backend.stock.models import Reservation, StockMovement
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import clock_at, to_china
from tests.factories import make_user


async def test_generated_chain_keeps_the_books(db: None) -> None:
    if not is_postgres(Tortoise.get_connection("default")):
        pytest.skip("the scale generator needs PostgreSQL")
    spec = ScaleSpec(stores=3, skus=40, members=60, days=21, orders_per_store_day=6)
    out = await generate(spec, log=lambda *_: None)
    assert out["orders"] == await Order.all().count() > 3 * 21
    assert out["order_lines"] == await OrderItem.all().count()
    today = dt.date.fromisoformat(out["today"])

    await check_invariants()  # stock rows = movement sums, ledger balanced per entry, valuation = ledger
    members = await Member.all()
    points: dict[int, int] = defaultdict(int)
    for mid, delta in await PointsEntry.all().values_list("member_id", "delta"):
        points[int(mid)] += int(delta)
    assert any(m.points for m in members)
    for m in members:
        assert m.points == points[m.id]
        assert m.level == level_for_spend(m.total_spent_fen).code or m.total_spent_fen == 0
    spent = defaultdict(int)
    for mid, paid in await Order.filter(member_id__not_isnull=True).values_list("member_id", "paid_fen"):
        spent[int(mid)] += int(paid)
    assert {m.id: m.total_spent_fen for m in members if m.total_spent_fen} == dict(spent)

    # the P&L's sales are the order lines net of VAT, its COGS their cost; every day of the history sold
    first = today - dt.timedelta(days=spec.days)
    pl = await reports.profit_and_loss(first, today)
    items = await OrderItem.all().values_list("line_total_fen", "cogs_fen")
    assert pl["sales_fen"] == sum(split_vat(int(t), 1300)[0] for t, _ in items)
    assert pl["cogs_fen"] == sum(int(c) for _, c in items)
    trend = await reports.sales_trend(first, today - dt.timedelta(days=1))
    assert all(d["sales_fen"] > 0 for d in trend["days"])
    for by in reports.GROUP_BY:
        assert await reports.gross_margin(first, today, by) == await reports.gross_margin(first, today, by,
                                                                                          source="lines")
    assert await reports.trial_balance(today) == await reports.trial_balance(today, source="lines")
    assert pl == await reports.profit_and_loss(first, today, source="lines")

    with pytest.raises(SystemExit):
        await generate(spec, log=lambda *_: None)  # refuses a database that already has orders

    # the same sale through the services writes the same rows: ledger lines, movements, events, reservations
    sample = await Order.filter(member_id__isnull=True).order_by("id").first()
    sample_items = await OrderItem.filter(order_id=sample.id).order_by("id").select_related("sku")
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    loc = await Location.get(id=sample.location_id)
    with clock_at(to_china(sample.placed_at)):
        placed = await place_order(actor, OrderRequest(channel="pos", location_code=loc.code,
                                                       idempotency_key="scale-1",
                                                       items=[LineIn(i.sku.code, i.qty) for i in sample_items]))
        await _pay_and_collect(placed.order_id, sample.payment_method, actor)
    assert await _shape(placed.order_id) == await _shape(sample.id)


async def _pay_and_collect(order_id: int, method: str, actor: Any) -> None:
    async with in_transaction() as conn:
        order = await Order.get(id=order_id).using_db(conn)
        await payments.record_payment(order, method=method, amount_fen=order.total_fen,
                                      user=actor.user, conn=conn, external_ref="SCALE-CHECK")
        await order.refresh_from_db(using_db=conn)
        await fulfilment.ship(order, conn=conn, user=actor.user, carrier="门店自提")
        await fulfilment.complete(order, conn=conn, user=actor.user, note="门店收银完成")


async def _shape(order_id: int) -> dict[str, object]:
    """What an order left behind, without ids, numbers and moments."""
    order = await Order.get(id=order_id)
    pay_ids = [str(p) for p in await OrderPayment.filter(order_id=order_id).values_list("id", flat=True)]
    ship_nos = await Shipment.filter(order_id=order_id).values_list("shipment_no", flat=True)
    entries = await JournalEntry.filter(source_id__in=[*pay_ids, *ship_nos],
                                        source_type__in=["order_payment", "order_shipment"])
    lines = await JournalLine.filter(entry_id__in=[e.id for e in entries]).values_list(
        "account_id", "debit_fen", "credit_fen", "sku_id", "category_id", "location_id", "channel", "partner")
    moves = await StockMovement.filter(ref_id__in=[str(order_id), *ship_nos],
                                       ref_type__in=["order", "shipment"]).values_list(
        "stock_id", "kind", "on_hand_delta", "reserved_delta", "ref_type")
    return {
        "order": (order.status, order.channel, order.total_fen, order.paid_fen, order.payment_method,
                  order.pickup),
        "items": sorted(await OrderItem.filter(order_id=order_id).values_list(
            "sku_id", "qty", "line_total_fen", "qty_shipped", "cogs_fen")),
        "entries": sorted((e.source_type, e.date) for e in entries),
        "lines": sorted(lines, key=str),
        "movements": sorted(moves, key=str),
        "events": [(e.from_status, e.to_status) for e in await OrderEvent.filter(order_id=order_id).order_by("id")],
        "reservations": sorted(await Reservation.filter(ref_id=str(order_id)).values_list(
            "stock_id", "qty", "qty_consumed", "status")),
        "shipment_lines": sorted(await ShipmentLine.filter(shipment__order_id=order_id).values_list(
            "batch_id", "qty", "cogs_fen")),
    }
