"""Money on the wire: Cradle keeps integer fen; outside APIs (marketplaces, Alipay) speak yuan as decimal text."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# A hard bound (not a setting) on any unit price or unit cost: nothing a mother-and-baby chain buys or sells
# costs more than ¥100,000 a unit (purchase prices, stock adjustment costs, live flash prices).
MAX_UNIT_PRICE_FEN = 10_000_000


def yuan_to_fen(value: str | int | float | Decimal | None) -> int:
    """``"12.50"`` / ``12.5`` yuan -> ``1250`` fen, half-up; floats go through ``str`` (never binary maths)."""
    if value is None or value == "":
        return 0
    amount = Decimal(str(value)) * 100
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def exact_fen(value: object) -> int | None:
    """Yuan text that must be a whole number of fen (an amount a payment provider confirms); None otherwise."""
    try:
        amount = Decimal(str(value)) * 100
    except (InvalidOperation, ValueError):
        return None
    return int(amount) if amount == amount.to_integral_value() else None


def fen_to_yuan(fen: int) -> str:
    """``1250`` -> ``"12.50"``."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def yuan(fen: int) -> str:
    """``1250`` -> ``"¥12.50"``, ``-1250`` -> ``"-¥12.50"``: an amount as staff and shoppers read it."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}¥{fen // 100}.{fen % 100:02d}"


def prorate(total: int, part: int, whole: int) -> int:
    """round(total * part / whole), half up, in integers. Cumulative use keeps sums exact:
    prorate(t, a + b, w) - prorate(t, a, w) is the share of the next b units."""
    if whole <= 0:
        return 0
    return (total * part * 2 + whole) // (2 * whole)
