"""The floor under a live flash price: below it (and always at 0) the session needs HQ approval before it starts.

The floor is the SKU's cost, the same reference the stock adjustments check against (backend.stock.cost_check:
the last purchase cost, else the moving average), because a flash price under cost loses money on every unit
sold. A SKU whose cost is unknown falls back to FLOOR_OF_LIST_BP of its list price. Flash prices are bounded
like purchase prices (at most ¥100,000).
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.money import MAX_UNIT_PRICE_FEN
from backend.stock.cost_check import reference_cost

FLOOR_OF_LIST_BP = 5000  # no cost known: half the list price
MAX_FLASH_PRICE_FEN = MAX_UNIT_PRICE_FEN


async def floor_fen(sku: Sku, conn: BaseDBAsyncClient | None = None) -> int:
    cost = await reference_cost(sku.id, conn)
    if cost:
        return cost
    return sku.price_fen * FLOOR_OF_LIST_BP // 10000


def below_floor(flash_price_fen: int, floor: int) -> bool:
    return flash_price_fen <= 0 or flash_price_fen < floor
