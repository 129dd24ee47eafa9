"""Cradle's figures for one store and business day (China time), as the parallel run compares them with the
old system's export:

- sales: the payments taken on the store's orders paid that day, by channel and payment method, with the
  orders behind each figure, and apart from them the refunds that succeeded that day (negative);
- stock: on hand per SKU at the store at the end of the day: today's stock rows with every later movement of
  the journal taken back (so a day in the past reads as it closed), with the day's movements;
- members: stored-value balance and points of each card at the end of the day: the member's figure now with
  every later ledger entry taken back, with the day's entries.

Read only; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from tortoise.functions import Sum

from backend.catalog.models import Sku
from backend.members.models import BalanceEntry, Member, MemberAlias, PointsEntry
from backend.orders.models import Order, OrderPayment, Refund, RefundStatus
from backend.stock.models import Stock, StockMovement
from backend.timestamps import day_bounds, iso

MAX_DRILL = 200  # rows of drill-down kept per difference


@dataclass
class SalesFigure:
    amount_fen: int = 0
    orders: list[dict[str, Any]] = field(default_factory=list)


async def sales(location_id: int, day: dt.date) -> dict[tuple[str, str, str], SalesFigure]:
    """(channel, payment method, "" or "refund") -> the amount and the orders behind it at the store: the
    payments taken on orders paid that day (positive), and the refunds that succeeded that day on the store's
    orders (negative, one entry per refund), each by the order's channel and the tender's method."""
    start, end = day_bounds(day, day)
    orders = {o["id"]: o for o in await Order.filter(location_id=location_id, paid_at__gte=start, paid_at__lt=end)
              .values("id", "order_no", "channel", "status", "paid_at", "total_fen")}
    out: dict[tuple[str, str, str], SalesFigure] = defaultdict(SalesFigure)
    parts: dict[tuple[int, str], int] = defaultdict(int)
    for p in await OrderPayment.filter(order_id__in=list(orders)).order_by("id").values("order_id", "method",
                                                                                          "amount_fen"):
        parts[(p["order_id"], p["method"])] += int(p["amount_fen"])
    for (order_id, method), amount in sorted(parts.items(), key=lambda kv: (orders[kv[0][0]]["paid_at"], kv[0])):
        o = orders[order_id]
        fig = out[(str(o["channel"]), method, "")]
        fig.amount_fen += amount
        fig.orders.append({"order_no": o["order_no"], "order_id": o["id"], "status": str(o["status"]),
                           "paid_at": iso(o["paid_at"]), "total_fen": int(o["total_fen"]), "amount_fen": amount})
    refunds = await (Refund.filter(order__location_id=location_id, status=RefundStatus.SUCCEEDED,
                                   created_at__gte=start, created_at__lt=end).order_by("id")
                     .values("id", "refund_no", "method", "amount_fen", "created_at", "order_id", "order__order_no",
                             "order__channel"))
    for r in refunds:
        fig = out[(str(r["order__channel"]), r["method"], "refund")]
        fig.amount_fen -= int(r["amount_fen"])
        fig.orders.append({"refund_no": r["refund_no"], "order_no": r["order__order_no"], "order_id": r["order_id"],
                           "refunded_at": iso(r["created_at"]), "amount_fen": -int(r["amount_fen"])})
    return dict(out)


async def stock(location_id: int, day: dt.date) -> dict[int, int]:
    """sku id -> on hand at the store when the day closed (SKUs with no stock row at the store are absent)."""
    _, end = day_bounds(day, day)
    now = {r["sku_id"]: int(r["q"] or 0) for r in await Stock.filter(location_id=location_id)
           .annotate(q=Sum("on_hand")).group_by("sku_id").values("sku_id", "q")}
    later = await (StockMovement.filter(location_id=location_id, created_at__gte=end)
                   .annotate(q=Sum("on_hand_delta")).group_by("sku_id").values("sku_id", "q"))
    for r in later:
        now[r["sku_id"]] = now.get(r["sku_id"], 0) - int(r["q"] or 0)
    return now


async def skus_by_code(codes: list[str]) -> dict[str, Sku]:
    return {s.code: s for s in await Sku.filter(code__in=codes)}


async def sku_movements(location_id: int, sku_id: int, day: dt.date) -> list[dict[str, Any]]:
    """The SKU's movements at the store during the day (the journal lines behind its closing figure)."""
    start, end = day_bounds(day, day)
    rows = await (StockMovement.filter(location_id=location_id, sku_id=sku_id, created_at__gte=start,
                                       created_at__lt=end).order_by("id").limit(MAX_DRILL)
                  .values("id", "kind", "on_hand_delta", "reason", "ref_type", "ref_id", "batch__batch_no",
                          "created_at"))
    return [{"movement_id": r["id"], "kind": str(r["kind"]), "on_hand_delta": r["on_hand_delta"],
             "reason": r["reason"], "ref_type": r["ref_type"], "ref_id": r["ref_id"],
             "batch_no": r["batch__batch_no"], "created_at": iso(r["created_at"])} for r in rows]


async def members_by_card(cards: list[str]) -> dict[str, Member]:
    """card no -> the member holding it now (its own code, or a card merged into it; a merged member's card
    leads to the member it was merged into)."""
    found = {m.member_code: m for m in await Member.filter(member_code__in=cards)}
    for alias in await MemberAlias.filter(card_no__in=[c for c in cards if c not in found]).prefetch_related("member"):
        found[alias.card_no] = alias.member
    merged = {m.merged_into_id for m in found.values() if m.merged_into_id}
    if merged:
        survivors = {m.id: m for m in await Member.filter(id__in=list(merged))}
        found = {c: survivors.get(m.merged_into_id, m) if m.merged_into_id else m for c, m in found.items()}
    return found


async def member_closing(member_ids: list[int], day: dt.date) -> dict[int, tuple[int, int]]:
    """member id -> (stored-value balance in fen, points) when the day closed."""
    _, end = day_bounds(day, day)
    now = {m["id"]: (int(m["balance_fen"]), int(m["points"])) for m in
           await Member.filter(id__in=member_ids).values("id", "balance_fen", "points")}
    bal = {r["member_id"]: int(r["q"] or 0) for r in await BalanceEntry.filter(
        member_id__in=member_ids, created_at__gte=end).annotate(q=Sum("delta_fen")).group_by("member_id")
        .values("member_id", "q")}
    pts = {r["member_id"]: int(r["q"] or 0) for r in await PointsEntry.filter(
        member_id__in=member_ids, created_at__gte=end).annotate(q=Sum("delta")).group_by("member_id")
        .values("member_id", "q")}
    return {mid: (b - bal.get(mid, 0), p - pts.get(mid, 0)) for mid, (b, p) in now.items()}


async def member_entries(member_id: int, day: dt.date, *, points: bool) -> list[dict[str, Any]]:
    """The member's ledger entries (points or stored value) during the day."""
    start, end = day_bounds(day, day)
    if points:
        rows = await (PointsEntry.filter(member_id=member_id, created_at__gte=start, created_at__lt=end)
                      .order_by("id").limit(MAX_DRILL).values("id", "kind", "delta", "reason", "order_id",
                                                               "balance_after", "created_at"))
        return [{"entry_id": r["id"], "kind": str(r["kind"]), "delta": r["delta"], "reason": r["reason"],
                 "order_id": r["order_id"], "balance_after": r["balance_after"], "created_at": iso(r["created_at"])}
                for r in rows]
    rows = await (BalanceEntry.filter(member_id=member_id, created_at__gte=start, created_at__lt=end)
                  .order_by("id").limit(MAX_DRILL).values("id", "kind", "delta_fen", "reason", "order_id",
                                                           "balance_after_fen", "created_at"))
    return [{"entry_id": r["id"], "kind": str(r["kind"]), "delta_fen": r["delta_fen"], "reason": r["reason"],
             "order_id": r["order_id"], "balance_after_fen": r["balance_after_fen"],
             "created_at": iso(r["created_at"])} for r in rows]
