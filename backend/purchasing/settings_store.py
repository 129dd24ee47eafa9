"""Purchasing settings (chain-wide, changed by HQ, audited): approval limits, receiving tolerance, the
unit-cost band of stock adjustments; and the hard bounds of PO amounts."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.money import MAX_UNIT_PRICE_FEN as MAX_UNIT_PRICE_FEN  # ¥100,000 a unit (re-exported)
from backend.purchasing.models import PurchasingSetting

# Hard bounds (not settings): a PO line's unit price and a PO's total, VAT included. Nothing a mother-and-baby
# chain buys costs more than ¥100,000 a unit, and one PO above ¥10,000,000 is a typo or fraud.
MAX_PO_TOTAL_FEN = 1_000_000_000  # ¥10,000,000

DEFAULTS: dict[str, int] = {
    # A store's PO up to this total (VAT included) is approved by its store manager; above it, by HQ.
    "store_manager_limit_fen": 2_000_000,  # ¥20,000
    # A PO above this total (VAT included) needs two approvals by two different approvers (neither its creator).
    "second_approval_above_fen": 5_000_000,  # ¥50,000
    # Found stock / positive adjustments: a unit cost within this band (basis points) of the SKU's last purchase
    # cost applies at once; beyond it the adjustment waits for HQ approval (backend.stock.cost_check).
    "adjustment_cost_band_bp": 3000,  # ±30 %
    # Over-delivery accepted per line, in basis points of the ordered quantity; beyond it the receipt is refused.
    "over_delivery_tolerance_bp": 500,  # 5 %
    # Replenishment: days of sales history, and safety stock in days of sales.
    "velocity_window_days": 28,
    "safety_stock_days": 7,
}


async def get_setting(name: str, conn: BaseDBAsyncClient | None = None) -> int:
    if name not in DEFAULTS:
        raise KeyError(name)
    row = await PurchasingSetting.get_or_none(key=name).using_db(conn)
    return int(row.value) if row is not None else DEFAULTS[name]


async def all_settings(conn: BaseDBAsyncClient | None = None) -> dict[str, int]:
    return {k: await get_setting(k, conn) for k in DEFAULTS}


async def adjustment_cost_band_bp(conn: BaseDBAsyncClient | None = None) -> int:
    """The band of a stock adjustment's unit cost around the last purchase cost (installed in
    backend.stock.cost_check by backend.wiring)."""
    return await get_setting("adjustment_cost_band_bp", conn)


async def set_setting(name: str, value: Any, *, user: Any, via: str = "api") -> int:
    if name not in DEFAULTS:
        raise ValidationError(f"未知的采购设置 {name}")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("设置值必须是非负整数")
    async with in_transaction() as conn:
        before = await get_setting(name, conn)
        await PurchasingSetting.update_or_create(key=name, defaults={"value": value}, using_db=conn)
        await record_audit(user, "purchasing.setting", "purchasing_setting", name, before={"value": before},
                           after={"value": value}, via=via, using_db=conn)
    return value
