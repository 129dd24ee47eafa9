"""The arithmetic of each promotion kind, on plain numbers (no database). All integer fen.

How promotions combine at checkout (backend.promotions.engine):
1. Line promotions (member price, percentage off, buy N get M): each line gets the single best one that
   covers it; they do not stack with each other.
2. Order promotions (full reduction): on top of step 1, on what the covered lines still cost. Several full
   reductions: the best one.
3. Then coupons, then points (later pricing steps).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineIn:
    unit_price_fen: int
    qty: int

    @property
    def gross_fen(self) -> int:
        return self.unit_price_fen * self.qty


def percent_off(line: LineIn, percent_off_bp: int) -> int:
    """percent_off_bp / 10000 of the line, rounded half up, never more than the line."""
    if percent_off_bp <= 0:
        return 0
    return min(line.gross_fen, (line.gross_fen * percent_off_bp * 2 + 10000) // 20000)


def buy_n_get_m(line: LineIn, buy_qty: int, free_qty: int) -> int:
    """Of every buy_qty + free_qty units, free_qty are free (买2赠1: 3 units pay 2, 6 pay 4, 5 pay 4)."""
    if buy_qty <= 0 or free_qty <= 0:
        return 0
    free_units = (line.qty // (buy_qty + free_qty)) * free_qty
    return free_units * line.unit_price_fen


def member_price(line: LineIn, price_fen: int | None) -> int:
    """The difference to the member price on every unit (nothing if the member price is not lower)."""
    if price_fen is None:
        return 0
    return max(0, line.unit_price_fen - price_fen) * line.qty


def full_reduction(eligible_fen: int, threshold_fen: int, amount_fen: int, repeat: bool = False) -> int:
    """满 threshold 减 amount; with repeat, 每满 threshold 减 amount. Never more than what is eligible."""
    if threshold_fen <= 0 or amount_fen <= 0 or eligible_fen < threshold_fen:
        return 0
    times = eligible_fen // threshold_fen if repeat else 1
    return min(eligible_fen, times * amount_fen)
