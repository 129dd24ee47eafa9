"""Applying live promotions at checkout: the first pricing step (backend.orders.pricing, stage PROMOTIONS).

Live = approved and now inside [starts_at, ends_at), for the order's channel and location (empty lists mean
every channel / location). A draft, a promotion waiting for approval, a rejected or ended one is never read.
How kinds combine is described in backend.promotions.rules. Each promotion that saved something becomes a
PromotionApplication row (a discount line on the receipt) and a note on the order.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Product
from backend.catalog.products import descendant_ids
from backend.money import yuan
from backend.orders.pricing import PricedLine, PricingContext, spread
from backend.promotions import rules
from backend.promotions.models import (
    Promotion,
    PromotionApplication,
    PromotionItem,
    PromotionKind,
    PromotionStatus,
)
from backend.raw_sql import columns, connection, fetch_shared, from_row
from backend.timestamps import CHINA, utc_now

_SECOND = timedelta(seconds=1)
LINE_KINDS = (PromotionKind.MEMBER_PRICE, PromotionKind.PERCENT_OFF, PromotionKind.BUY_N_GET_M)


def is_live(p: Promotion, at: datetime) -> bool:
    return p.status == PromotionStatus.APPROVED and p.starts_at <= at < p.ends_at


async def live_promotions(channel: str, location_id: int | None, *, at: datetime | None = None,
                          conn: BaseDBAsyncClient | None = None) -> list[Promotion]:
    # Local time: SQLite compares the stored "+08:00" text, so the bound must be written in the same zone.
    at = (at or utc_now()).astimezone(CHINA)
    out = []
    for p in await _live_rows(connection(conn), at):
        if p.channels and channel not in p.channels:
            continue
        if p.location_ids and (location_id is None or location_id not in p.location_ids):
            continue
        out.append(p)
    return out


async def _live_rows(db: BaseDBAsyncClient, at: datetime) -> list[Promotion]:
    """The approved promotions live at `at` with their items, in one SQL statement (every order reads them: no ORM
    query building); the same objects as the ORM's prefetch_related("items") gives, on both databases (SQLite
    compares its text timestamps with the bounds written by the same adapter as the ORM's filter would write them).
    The statement reads what is live at any moment of `at`'s whole second and the window is then checked at `at`
    itself, so the orders of one second send the same statement and one read in flight serves them all
    (raw_sql.fetch_shared)."""
    second = at.replace(microsecond=0)
    rows = await fetch_shared(db, f"SELECT {columns(Promotion, 'p', 'p__')}, {columns(PromotionItem, 'i', 'i__')} "
                                  "FROM promotions p LEFT JOIN promotion_items i ON i.promotion_id = p.id "
                                  "WHERE p.status = $1 AND p.starts_at < $2 AND p.ends_at > $3 ORDER BY p.id, i.id",
                              [PromotionStatus.APPROVED.value, second + _SECOND, second])
    promos: dict[int, tuple[Promotion, list[PromotionItem]]] = {}
    for r in rows:
        pid = r["p__id"]
        if pid not in promos:
            promos[pid] = (from_row(Promotion, r, "p__"), [])
        if r["i__id"] is not None:
            promos[pid][1].append(from_row(PromotionItem, r, "i__"))
    for p, items in promos.values():
        p.items._set_result_for_query(items)  # as prefetch_related fills it
    return [p for p, _ in promos.values() if p.starts_at <= at < p.ends_at]


class _Coverage:
    """Which lines a promotion covers: its SKU list, else its category (and sub-categories), else all."""

    def __init__(self, categories: dict[int, int], descendants: dict[int, set[int]]) -> None:
        self.categories = categories  # product_id -> category_id
        self.descendants = descendants

    def covers(self, p: Promotion, line: PricedLine) -> bool:
        items = list(p.items)
        if items:
            return any(i.sku_id == line.sku.id for i in items)
        if p.category_id is not None:
            return self.categories.get(line.sku.product_id) in self.descendants.get(p.category_id, set())
        return True


async def _coverage(promos: list[Promotion], lines: list[PricedLine], conn: BaseDBAsyncClient | None) -> _Coverage:
    cat_ids = {p.category_id for p in promos if p.category_id is not None and not list(p.items)}
    if not cat_ids:
        return _Coverage({}, {})
    product_ids = list({ln.sku.product_id for ln in lines})
    categories = dict(await Product.filter(id__in=product_ids).using_db(conn).values_list("id", "category_id"))
    descendants = {cid: set(await descendant_ids(cid, conn)) for cid in cat_ids}
    return _Coverage({int(k): int(v) for k, v in categories.items()}, descendants)


def line_saving(p: Promotion, line: PricedLine, member: Any) -> int:
    if p.member_only and member is None:
        return 0
    unit = line.unit_price_fen
    base = rules.LineIn(unit, line.qty)
    if p.kind == PromotionKind.MEMBER_PRICE:
        if member is None:
            return 0
        price = next((i.price_fen for i in p.items if i.sku_id == line.sku.id), None)
        return rules.member_price(base, price)
    if p.kind == PromotionKind.PERCENT_OFF:
        return rules.percent_off(base, p.percent_off_bp)
    if p.kind == PromotionKind.BUY_N_GET_M:
        return rules.buy_n_get_m(base, p.buy_qty, p.free_qty)
    return 0


async def apply_promotions(ctx: PricingContext) -> None:
    promos = await live_promotions(ctx.channel, ctx.location_id, conn=ctx.conn)
    if not promos:
        return
    cover = await _coverage(promos, ctx.lines, ctx.conn)
    saved: dict[int, int] = defaultdict(int)
    by_id = {p.id: p for p in promos}

    # 1. line promotions: the best single one per line
    for line in ctx.lines:
        best: tuple[int, int] | None = None  # (saving, promotion id)
        for p in promos:
            if p.kind not in LINE_KINDS or not cover.covers(p, line):
                continue
            s = min(line_saving(p, line, ctx.member), line.line_total_fen)
            if s > 0 and (best is None or s > best[0]):
                best = (s, p.id)
        if best is not None:
            line.discount_fen += best[0]
            saved[best[1]] += best[0]

    # 2. full reduction on what the covered lines still cost: the best one
    best_full: tuple[int, Promotion, list[PricedLine]] | None = None
    for p in promos:
        if p.kind != PromotionKind.FULL_REDUCTION or (p.member_only and ctx.member is None):
            continue
        covered = [ln for ln in ctx.lines if cover.covers(p, ln) and ln.line_total_fen > 0]
        s = rules.full_reduction(sum(ln.line_total_fen for ln in covered), p.threshold_fen, p.amount_fen, p.repeat)
        if s > 0 and (best_full is None or s > best_full[0]):
            best_full = (s, p, covered)
    if best_full is not None:
        s, p, covered = best_full
        for ln, part in zip(covered, spread(s, [ln.line_total_fen for ln in covered]), strict=True):
            ln.discount_fen += part
        saved[p.id] += s

    applied = [(by_id[pid], amount) for pid, amount in sorted(saved.items()) if amount > 0]
    for p, amount in applied:
        ctx.notes.append(f"{p.name} 省{yuan(amount)}")
        ctx.discounts.append({"kind": "promotion", "code": p.code, "label": p.name, "amount_fen": amount})

    async def record(order: Any, conn: BaseDBAsyncClient) -> None:
        for p, amount in applied:
            await PromotionApplication.create(order_id=order.id, promotion_id=p.id, name=p.name[:64],
                                              amount_fen=amount, using_db=conn)

    if applied:
        ctx.on_placed.append(record)


async def order_savings(order_id: int, conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    """The receipt's discount lines for one order."""
    rows = await PromotionApplication.filter(order_id=order_id).using_db(conn).select_related("promotion") \
        .order_by("id")
    return [{"promotion_code": r.promotion.code, "name": r.name, "kind": r.promotion.kind.value,
             "amount_fen": r.amount_fen, "label": f"{r.name} -{yuan(r.amount_fen)}"} for r in rows]

