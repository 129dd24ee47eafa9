"""Shared checks for the stock tests: the invariants every stock change must keep."""

from __future__ import annotations

from collections import defaultdict

from tortoise import Tortoise

from backend.finance import accounts
from backend.finance.models import Account, InventoryValuation, JournalLine
from backend.stock.models import Reservation, ReservationStatus, Stock, StockMovement
from backend.stock.transfers import in_transit
from backend.timestamps import business_today


async def ledger_balance(code: str) -> int:
    """Debit minus credit of one account."""
    acc = await Account.get_or_none(code=code)
    if acc is None:
        return 0
    rows = await JournalLine.filter(account_id=acc.id).values_list("debit_fen", "credit_fen")
    return sum(d - c for d, c in rows)


async def check_invariants() -> None:
    stocks = await Stock.all()
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for stock_id, dh, dr in await StockMovement.all().values_list("stock_id", "on_hand_delta", "reserved_delta"):
        sums[stock_id][0] += dh
        sums[stock_id][1] += dr
    held: dict[int, int] = defaultdict(int)
    for r in await Reservation.filter(status=ReservationStatus.ACTIVE):
        held[r.stock_id] += r.qty - r.qty_consumed
    on_hand_by_sku: dict[int, int] = defaultdict(int)
    for s in stocks:
        assert s.on_hand >= s.reserved >= 0, (s.id, s.on_hand, s.reserved)
        assert [s.on_hand, s.reserved] == sums[s.id], (s.id, s.on_hand, s.reserved, sums[s.id])
        assert s.reserved == held[s.id], (s.id, s.reserved, held[s.id])
        on_hand_by_sku[s.sku_id] += s.on_hand
    # every movement belongs to a row (no orphan sums)
    assert set(sums) <= {s.id for s in stocks}
    # the ledger balances, entry by entry and in total
    conn = Tortoise.get_connection("default")
    _, rows = await conn.execute_query(
        "SELECT entry_id, SUM(debit_fen) AS d, SUM(credit_fen) AS c FROM journal_lines GROUP BY entry_id")
    for row in rows:
        assert int(row["d"]) == int(row["c"]), dict(row)
    # inventory value in the ledger equals the valuation; valuation qty equals on hand plus in transit
    vals = await InventoryValuation.all()
    assert sum(v.value_fen for v in vals) == await ledger_balance(accounts.INVENTORY)
    transit = await in_transit()
    for v in vals:
        assert v.qty == on_hand_by_sku[v.sku_id] + transit.get(v.sku_id, 0), (v.sku_id, v.qty)
        assert v.value_fen >= 0


async def sell(sku_id: int, location_id: int, qty: int, ref_id: str) -> None:
    """A stand-in for an order's sale (the orders domain owns the real one): reserve, consume, cost of goods."""

    from tortoise.transactions import in_transaction

    from backend.finance import costing
    from backend.finance.ledger import Line, post_entry
    from backend.stock import management
    from backend.stock.models import MovementKind

    ref = management.Ref("test_sale", ref_id)
    async with in_transaction() as conn:
        for res in await management.reserve(sku_id=sku_id, location_id=location_id, qty=qty, ref=ref, conn=conn):
            await management.consume(res, res.qty, kind=MovementKind.SALE, ref=ref, conn=conn)
        cost = await costing.remove_at_average(sku_id, qty, conn)
        await post_entry(date=business_today(), memo="test sale", source_type="test_sale", source_id=ref_id,
                         lines=[Line(accounts.COGS, debit_fen=cost, sku_id=sku_id, location_id=location_id),
                                Line(accounts.INVENTORY, credit_fen=cost, sku_id=sku_id, location_id=location_id)],
                         conn=conn)
