"""The lines of an invoice, in integer fen, split by tax rate the way the ledger splits them.

Blue: one line per order item for what was shipped (the item's line total prorated by units shipped: the revenue
the ledger recognised), less what refunds already reversed of that SKU (their revenue parts, ``refunds.
revenue_parts``, failed refunds excluded). net = round(gross x 10000 / (10000 + rate)), tax = gross - net
(``finance.postings.split_vat``: the same rounding as the VAT report), per line.

Red: the refund's revenue parts by SKU (a refund without parts is spread over what is left by gross), taken from
the blue invoice's lines in order, never more than a line has left after earlier red invoices. A line reversed
to zero takes exactly its remaining net and tax, so a full refund mirrors the blue invoice to the fen.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance.postings import split_vat
from backend.money import prorate
from backend.orders.models import Order, OrderItem, Refund, RefundStatus
from backend.orders.pricing import spread

Line = dict[str, Any]


def _refunded_by_sku(refunds: list[Refund]) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for r in refunds:
        if r.status == RefundStatus.FAILED:
            continue
        for p in r.revenue_parts or []:
            out[int(p["sku_id"])] += int(p["gross_fen"])
    return out


async def blue_lines(order: Order, goods_code: str, conn: BaseDBAsyncClient | None = None) -> list[Line]:
    items = await OrderItem.filter(order_id=order.id).using_db(conn).order_by("id").select_related("sku")
    refunded = _refunded_by_sku(await Refund.filter(order_id=order.id).using_db(conn))
    lines: list[Line] = []
    for item in items:
        gross = prorate(item.line_total_fen, item.qty_shipped, item.qty)
        taken = min(refunded.get(item.sku_id, 0), gross)
        refunded[item.sku_id] = refunded.get(item.sku_id, 0) - taken
        gross -= taken
        if gross <= 0:
            continue
        net, tax = split_vat(gross, item.sku.tax_rate_bp)
        lines.append({"line_no": len(lines) + 1, "sku_id": item.sku_id, "sku_code": item.sku.code,
                      "name": item.sku_name, "goods_code": goods_code, "qty": max(item.qty_shipped - item.qty_returned, 1),
                      "unit": item.sku.unit, "tax_rate_bp": item.sku.tax_rate_bp, "gross_fen": gross, "net_fen": net,
                      "tax_fen": tax})
    return lines


def left_on(blue: list[Line], reds: list[list[Line]]) -> dict[int, list[int]]:
    """Per blue line number: [gross, net, tax] not yet reversed by the given red invoices' lines."""
    left = {int(ln["line_no"]): [int(ln["gross_fen"]), int(ln["net_fen"]), int(ln["tax_fen"])] for ln in blue}
    for lines in reds:
        for ln in lines:
            slot = left[int(ln["line_no"])]
            slot[0] += int(ln["gross_fen"])
            slot[1] += int(ln["net_fen"])
            slot[2] += int(ln["tax_fen"])
    return left


def red_lines(blue: list[Line], reds: list[list[Line]], refund: Refund) -> list[Line]:
    """The red lines reversing this refund (empty: nothing of it is on the blue invoice any more)."""
    left = left_on(blue, reds)
    open_lines = [ln for ln in blue if left[int(ln["line_no"])][0] > 0]
    want: dict[int, int] = defaultdict(int)
    parts = refund.revenue_parts or []
    if parts:
        for p in parts:
            want[int(p["sku_id"])] += int(p["gross_fen"])
    per_line: dict[int, int] = {}
    if not parts:  # money back without revenue parts: spread over what is left, by gross
        shares = spread(min(refund.amount_fen, sum(left[int(ln["line_no"])][0] for ln in open_lines)),
                        [left[int(ln["line_no"])][0] for ln in open_lines])
        per_line = {int(ln["line_no"]): s for ln, s in zip(open_lines, shares, strict=True)}
    out: list[Line] = []
    for ln in open_lines:
        no = int(ln["line_no"])
        gross_left, net_left, tax_left = left[no]
        if parts:
            take = min(want[int(ln["sku_id"])], gross_left)
            want[int(ln["sku_id"])] -= take
        else:
            take = per_line.get(no, 0)
        if take <= 0:
            continue
        net, tax = (net_left, tax_left) if take == gross_left else split_vat(take, int(ln["tax_rate_bp"]))
        qty = max(prorate(int(ln["qty"]), take, int(ln["gross_fen"])), 1)
        out.append({**ln, "qty": -qty, "gross_fen": -take, "net_fen": -net, "tax_fen": -tax})
    return out


def by_rate(lines: list[Line]) -> list[dict[str, int]]:
    """Totals per tax rate: [{tax_rate_bp, net_fen, tax_fen, gross_fen}], highest rate first."""
    acc: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for ln in lines:
        a = acc[int(ln["tax_rate_bp"])]
        a[0] += int(ln["net_fen"])
        a[1] += int(ln["tax_fen"])
        a[2] += int(ln["gross_fen"])
    return [{"tax_rate_bp": r, "net_fen": a[0], "tax_fen": a[1], "gross_fen": a[2]}
            for r, a in sorted(acc.items(), reverse=True)]
