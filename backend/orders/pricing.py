"""Checkout pricing: list prices, then discount steps, then totals. All integer fen.

This is the seam for members and promotions. A discount step is an async callable taking the PricingContext;
it may lower `line.discount_fen`, add to `ctx.order_discount_fen` (coupons, full reduction: spread over the
lines at the end so revenue per SKU stays exact), mark request options it understood in `ctx.handled`, and
queue `ctx.on_placed` callbacks that run inside the placement transaction once the order exists (e.g. mark
a coupon used, spend points). Steps are registered with `register_step(fn, stage)` by backend.wiring only.

Request options (e.g. "coupon_code", "points_to_use") that no step handled are refused, so a shopper never
believes a coupon applied when it did not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.catalog.pricing import prices_for
from backend.errors import ValidationError


@dataclass
class PricedLine:
    sku: Sku
    qty: int
    unit_price_fen: int = 0
    discount_fen: int = 0

    @property
    def gross_fen(self) -> int:
        return self.unit_price_fen * self.qty

    @property
    def line_total_fen(self) -> int:
        return self.gross_fen - self.discount_fen


PlacedHook = Callable[[Any, BaseDBAsyncClient], Awaitable[None]]  # (order, conn)


@dataclass
class PricingContext:
    channel: str
    location_id: int | None
    lines: list[PricedLine]
    member: Any = None
    actor: Any = None
    options: dict[str, Any] = field(default_factory=dict)
    conn: BaseDBAsyncClient | None = None
    order_discount_fen: int = 0
    shipping_fen: int = 0
    notes: list[str] = field(default_factory=list)  # what was applied, for the receipt
    # One receipt line per saving, in the order applied: {"kind": "promotion"|"coupon"|"points", "code", "label",
    # "amount_fen"}. Steps append; price_lines starts it empty.
    discounts: list[dict[str, Any]] = field(default_factory=list)
    handled: set[str] = field(default_factory=set)
    on_placed: list[PlacedHook] = field(default_factory=list)

    @property
    def subtotal_fen(self) -> int:
        return sum(ln.gross_fen for ln in self.lines)

    @property
    def total_fen(self) -> int:
        return sum(ln.line_total_fen for ln in self.lines) + self.shipping_fen


PricingStep = Callable[[PricingContext], Awaitable[None]]
PRICING_STEPS: list[PricingStep] = []

_OPTION_NAMES_ZH = {"coupon_code": "优惠券", "points_to_use": "积分抵扣"}


# Steps run by stage, then in registration order: promotions, then coupons, then points.
STAGE_PROMOTIONS, STAGE_COUPONS, STAGE_POINTS = 10, 20, 30
STAGE_AS_SOLD = 1000  # last, replacing every step before it: priced by a marketplace or an old system
_STAGE: dict[PricingStep, int] = {}


def register_step(step: PricingStep, stage: int = STAGE_COUPONS) -> PricingStep:
    if step not in PRICING_STEPS:
        _STAGE[step] = stage
        PRICING_STEPS.append(step)
        PRICING_STEPS.sort(key=lambda s: _STAGE.get(s, STAGE_COUPONS))  # stable: same stage keeps its order
    return step


def spread(amount: int, weights: list[int]) -> list[int]:
    """Split `amount` fen over weights in proportion, largest remainder first; parts sum exactly to amount."""
    total = sum(weights)
    if amount <= 0 or total <= 0:
        return [0] * len(weights)
    parts = [amount * w // total for w in weights]
    rest = amount - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def charge_as_sold(ctx: PricingContext, unit_prices: list[int], paid_fen: int | None) -> None:
    """For a pricing step that runs last and replaces every step before it: the order was priced by another
    system (a marketplace, an old store system). `unit_prices` per line; `paid_fen` what the buyer paid for the
    order: below the lines' sum a discount spread over the lines, above it delivery. What earlier steps found
    (a live promotion of ours) was not given, so its receipt lines, notes and on-placed records are dropped."""
    for ln, price in zip(ctx.lines, unit_prices, strict=True):
        ln.unit_price_fen = int(price)
        ln.discount_fen = 0
    ctx.order_discount_fen = 0
    ctx.discounts.clear()
    ctx.notes.clear()
    ctx.on_placed.clear()
    gross = sum(ln.gross_fen for ln in ctx.lines)
    if paid_fen is not None and paid_fen < gross:
        for ln, part in zip(ctx.lines, spread(gross - paid_fen, [ln.gross_fen for ln in ctx.lines]), strict=True):
            ln.discount_fen = part
    ctx.shipping_fen = max(0, paid_fen - gross) if paid_fen is not None else 0


async def price_lines(ctx: PricingContext) -> PricingContext:
    """Fill list prices, run the discount steps, spread order-level discounts onto the lines."""
    prices = await prices_for([ln.sku for ln in ctx.lines], ctx.channel, ctx.location_id, conn=ctx.conn)
    for ln in ctx.lines:
        ln.unit_price_fen = prices[ln.sku.id]
        ln.discount_fen = 0
    ctx.order_discount_fen = 0
    ctx.discounts.clear()
    for step in PRICING_STEPS:
        await step(ctx)
    unknown = [k for k, v in ctx.options.items() if v not in (None, "", 0) and k not in ctx.handled]
    if unknown:
        name = _OPTION_NAMES_ZH.get(unknown[0], unknown[0])
        raise ValidationError(f"暂不支持{name}", details=[{"field": unknown[0], "message": "暂不支持"}])
    for ln in ctx.lines:
        ln.discount_fen = max(0, min(ln.discount_fen, ln.gross_fen))
    room = sum(ln.line_total_fen for ln in ctx.lines)
    extra = max(0, min(ctx.order_discount_fen, room))
    for ln, part in zip(ctx.lines, spread(extra, [ln.line_total_fen for ln in ctx.lines]), strict=True):
        ln.discount_fen += part
    return ctx
