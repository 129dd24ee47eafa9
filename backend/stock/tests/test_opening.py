"""Opening stock for a whole location: every line through the stock service, one balanced journal entry."""

from __future__ import annotations

import datetime as dt

import pytest
from tortoise.transactions import in_transaction

from backend.finance import accounts
from backend.finance.models import InventoryValuation, JournalEntry
from backend.stock.models import Batch, Stock, StockMovement
from backend.stock.opening import OpeningLine, open_stock_many
from backend.stock.tests.helpers import check_invariants, ledger_balance
from backend.timestamps import business_today
from tests.factories import make_location, make_sku

EXP = business_today() + dt.timedelta(days=200)


async def test_open_stock_many_posts_one_entry_and_keeps_the_books(db) -> None:
    store = await make_location("S1")
    a, b = await make_sku("A1"), await make_sku("B1")
    async with in_transaction() as conn:
        units = await open_stock_many(location_id=store.id, conn=conn, source="count", lines=[
            OpeningLine(a.id, 3, 1000, "L1", None, EXP), OpeningLine(a.id, 2, 1600, "L2", None, EXP),
            OpeningLine(b.id, 5, 500)])
    assert units == 10
    assert await JournalEntry.filter(source_type="count_stock").count() == 1
    assert await ledger_balance(accounts.INVENTORY) == 3 * 1000 + 2 * 1600 + 5 * 500
    assert await ledger_balance(accounts.EQUITY) == -(3 * 1000 + 2 * 1600 + 5 * 500)
    va = await InventoryValuation.get(sku_id=a.id)
    assert (va.qty, va.value_fen) == (5, 6200)
    assert sorted(await Batch.filter(sku_id=a.id).values_list("batch_no", flat=True)) == ["L1", "L2"]
    assert await StockMovement.all().count() == 3 and sum(s.on_hand for s in await Stock.all()) == 10
    await check_invariants()
    # a bad line writes nothing
    with pytest.raises(ValueError):
        async with in_transaction() as conn:
            await open_stock_many(location_id=store.id, conn=conn, lines=[OpeningLine(b.id, 1, 500),
                                                                         OpeningLine(b.id, 0, 500)])
    assert await StockMovement.all().count() == 3
