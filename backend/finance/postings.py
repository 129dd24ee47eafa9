"""Accounting rules: one posting function per business event, each writing one balanced entry through
backend.finance.ledger.post_entry in the caller's transaction.

Sections: stock events (adjustments, stocktakes, transfer shortfalls) and order events (sale, return, refund...).
Each section is owned by its domain; add functions to your own section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.finance.models import JournalEntry

# ---------------------------------------------------------------------------------------------------------------
# Stock events (owner: stock). Inventory value changes that are not sales or purchases:
#   loss  (damage, expiry, loss, stocktake shortage, transfer shortfall): Dr INVENTORY_LOSS / Cr INVENTORY
#   gain  (found goods, stocktake surplus):                                Dr INVENTORY      / Cr INVENTORY_GAIN
# Amounts are what backend.finance.costing moved (remove_at_average for losses, add_value for gains), so the
# INVENTORY balance always equals the sum of InventoryValuation.value_fen. Transfers move no value.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryChange:
    """The value one SKU at one location gained (value_fen > 0) or lost (value_fen < 0)."""

    sku_id: int
    location_id: int
    value_fen: int
    category_id: int | None = None


def inventory_variance_lines(changes: list[InventoryChange]) -> list[Line]:
    lines: list[Line] = []
    for c in changes:
        dims = {"sku_id": c.sku_id, "category_id": c.category_id, "location_id": c.location_id}
        if c.value_fen < 0:
            lines.append(Line(accounts.INVENTORY_LOSS, debit_fen=-c.value_fen, **dims))
            lines.append(Line(accounts.INVENTORY, credit_fen=-c.value_fen, **dims))
        elif c.value_fen > 0:
            lines.append(Line(accounts.INVENTORY, debit_fen=c.value_fen, **dims))
            lines.append(Line(accounts.INVENTORY_GAIN, credit_fen=c.value_fen, **dims))
    return lines


async def post_inventory_variance(
    *, source_type: str, source_id: str, memo: str, changes: list[InventoryChange], conn: BaseDBAsyncClient,
    user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """One entry for a stock event whose value changes are `changes` (gains and losses may mix)."""
    return await post_entry(
        date=date or dt.date.today(), memo=memo, source_type=source_type, source_id=source_id,
        lines=inventory_variance_lines(changes), conn=conn, user_id=user_id,
    )


async def post_stock_adjustment(
    *, adjustment_no: str, change: InventoryChange, memo: str, conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="stock_adjustment", source_id=adjustment_no, memo=memo,
                                         changes=[change], conn=conn, user_id=user_id)


async def post_stocktake(
    *, stocktake_no: str, changes: list[InventoryChange], conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="stocktake", source_id=stocktake_no,
                                         memo=f"盘点差异 {stocktake_no}", changes=changes, conn=conn, user_id=user_id)


async def post_transfer_shortfall(
    *, transfer_no: str, changes: list[InventoryChange], conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="transfer_shortfall", source_id=transfer_no,
                                         memo=f"调拨短少 {transfer_no}", changes=changes, conn=conn, user_id=user_id)


# --------------------------------------------------------------------------------------------------- end of stock
