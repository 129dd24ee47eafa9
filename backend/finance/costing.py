"""Moving-average cost per SKU (chain-wide). Inventory value in the ledger always equals the sum of
InventoryValuation.value_fen, because every value change here is posted by the same caller."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance.models import InventoryValuation
from backend.raw_sql import execute, is_postgres


async def _locked(sku_id: int, conn: BaseDBAsyncClient) -> InventoryValuation:
    await execute(
        conn,
        "INSERT INTO inventory_valuations (sku_id, qty, value_fen) VALUES ($1, 0, 0) ON CONFLICT (sku_id) DO NOTHING",
        [sku_id],
    )
    qs = InventoryValuation.filter(sku_id=sku_id).using_db(conn)
    if is_postgres(conn):
        qs = qs.select_for_update()
    return await qs.get()


async def add_value(sku_id: int, qty: int, value_fen: int, conn: BaseDBAsyncClient) -> None:
    """Units come in at a known total value (receipt, opening stock, restocked return, found goods)."""
    v = await _locked(sku_id, conn)
    v.qty += qty
    v.value_fen += value_fen
    await v.save(update_fields=["qty", "value_fen"], using_db=conn)


async def remove_at_average(sku_id: int, qty: int, conn: BaseDBAsyncClient) -> int:
    """Units go out (sale, write-off, loss) at the moving average. Returns the value removed in fen."""
    v = await _locked(sku_id, conn)
    if qty >= v.qty:
        value = v.value_fen if v.qty > 0 else 0
    else:
        value = (v.value_fen * qty + v.qty // 2) // v.qty  # round half up, integer fen
    v.qty -= qty
    v.value_fen -= value
    await v.save(update_fields=["qty", "value_fen"], using_db=conn)
    return value


async def unit_cost_fen(sku_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    v = await InventoryValuation.get_or_none(sku_id=sku_id).using_db(conn)
    if v is None or v.qty <= 0:
        return 0
    return (v.value_fen + v.qty // 2) // v.qty
