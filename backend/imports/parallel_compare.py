"""One day of the parallel run compared: the old system's figures (as read by backend.imports.parallel_export)
against Cradle's (backend.imports.parallel_figures), section by section. Each figure that differs beyond the
run's tolerance becomes a difference dict (section, key, label, legacy_value, cradle_value, delta, drill_down);
figures within tolerance are counted, not kept.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from backend.catalog.models import Sku
from backend.imports import parallel_figures as figures
from backend.imports.models import ParallelRun
from backend.imports.parallel_export import Section
from backend.org.models import CHANNEL_NAMES_ZH, Channel

PAYMENT_NAMES_ZH = {"cash": "现金", "wechat": "微信支付", "alipay": "支付宝", "balance": "会员余额",
                    "platform": "平台支付"}

Diff = dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    differences: list[Diff]
    compared: int  # figures compared (differences included)


def _diff(section: str, key: str, label: str, legacy: int | None, cradle: int | None,
          drill: dict[str, Any]) -> Diff:
    return {"section": section, "key": key[:64], "label": label[:160], "legacy_value": legacy,
            "cradle_value": cradle, "delta": (cradle or 0) - (legacy or 0), "drill_down": drill}


def _channel_name(code: str) -> str:
    try:
        return CHANNEL_NAMES_ZH[Channel(code)]
    except ValueError:
        return code


def _match_by_amount(receipts: list[dict[str, Any]], orders: list[dict[str, Any]]
                     ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The old system's receipts with no Cradle order of the same amount, and the Cradle orders with no
    receipt of theirs (each matched at most once)."""
    left = Counter(o["amount_fen"] for o in orders)
    unmatched_legacy = []
    for r in receipts:
        if left[r["amount_fen"]] > 0:
            left[r["amount_fen"]] -= 1
        else:
            unmatched_legacy.append(r)
    wanted = Counter(r["amount_fen"] for r in receipts)
    unmatched_cradle = []
    for o in orders:
        if wanted[o["amount_fen"]] > 0:
            wanted[o["amount_fen"]] -= 1
        else:
            unmatched_cradle.append(o)
    return unmatched_legacy, unmatched_cradle


async def compare_sales(run: ParallelRun, day: dt.date, rows: list[dict[str, Any]]) -> Outcome:
    legacy_amount: dict[tuple[str, str, str], int] = defaultdict(int)
    legacy_orders: dict[tuple[str, str, str], int | None] = {}
    receipts: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:  # a negative line is a refund: compared with Cradle's refunds of the day
        k = (r["channel"], r["payment"], "refund" if r["amount_fen"] < 0 else "")
        legacy_amount[k] += r["amount_fen"]
        if r["orders"] is None or legacy_orders.get(k, 0) is None:
            legacy_orders[k] = None
        else:
            legacy_orders[k] = (legacy_orders.get(k) or 0) + r["orders"]
        if r["order_no"]:
            receipts[k].append({"order_no": r["order_no"], "amount_fen": r["amount_fen"]})
    cradle = await figures.sales(run.location_id, day)
    keys = sorted(set(legacy_amount) | set(cradle))
    out: list[Diff] = []
    for k in keys:
        fig = cradle.get(k, figures.SalesFigure())
        legacy = legacy_amount.get(k, 0)
        count = legacy_orders.get(k, 0)
        amount_off = abs(fig.amount_fen - legacy) > run.sales_tolerance_fen
        count_off = count is not None and count != len(fig.orders)
        if not (amount_off or count_off):
            continue
        channel, payment, kind = k
        drill: dict[str, Any] = {
            "channel": channel, "channel_name": _channel_name(channel), "payment": payment,
            "payment_name": PAYMENT_NAMES_ZH.get(payment, payment), "refunds": kind == "refund",
            "legacy": {"amount_fen": legacy, "orders": count},
            "cradle": {"amount_fen": fig.amount_fen, "orders": len(fig.orders)},
            "orders": fig.orders[:figures.MAX_DRILL],
        }
        if receipts.get(k):
            missing, extra = _match_by_amount(receipts[k], fig.orders)
            drill["legacy_receipts"] = receipts[k][:figures.MAX_DRILL]
            drill["missing_in_cradle"] = missing[:figures.MAX_DRILL]
            drill["missing_in_legacy"] = extra[:figures.MAX_DRILL]
        label = f"{_channel_name(channel)} · {PAYMENT_NAMES_ZH.get(payment, payment)}" + (" 退款" if kind else "")
        key = f"{channel}/{payment}" + (f"/{kind}" if kind else "")
        out.append(_diff(Section.SALES.value, key, label, legacy, fig.amount_fen, drill))
    return Outcome(out, len(keys))


async def compare_stock(run: ParallelRun, day: dt.date, rows: list[dict[str, Any]]) -> Outcome:
    legacy = {r["sku_code"]: r["qty"] for r in rows}
    closing = await figures.stock(run.location_id, day)
    known = await figures.skus_by_code(list(legacy))
    id_code = {s.id: s.code for s in known.values()}
    missing_ids = [i for i in closing if i not in id_code and closing[i] != 0]
    for s in await Sku.filter(id__in=missing_ids):
        known[s.code] = s
        id_code[s.id] = s.code
    cradle_by_code = {id_code[i]: q for i, q in closing.items() if i in id_code}
    codes = sorted(set(legacy) | {c for c, q in cradle_by_code.items() if q != 0})
    out: list[Diff] = []
    for code in codes:
        sku = known.get(code)
        theirs = legacy.get(code, 0)
        if sku is None:
            out.append(_diff("stock", code, f"{code}（Cradle 无此商品）", theirs, None,
                             {"sku_code": code, "note": "Cradle 商品目录中没有这个编码", "legacy_qty": theirs}))
            continue
        ours = cradle_by_code.get(code, 0)
        if abs(ours - theirs) <= run.stock_tolerance_qty:
            continue
        drill = {"sku_code": code, "sku_name": sku.name, "legacy_qty": theirs, "cradle_qty": ours,
                 "listed_by_legacy": code in legacy,
                 "movements": await figures.sku_movements(run.location_id, sku.id, day)}
        out.append(_diff("stock", code, f"{code} {sku.name}", theirs, ours, drill))
    return Outcome(out, len(codes))


async def compare_members(run: ParallelRun, day: dt.date, rows: list[dict[str, Any]]) -> Outcome:
    found = await figures.members_by_card([r["card_no"] for r in rows])
    closing = await figures.member_closing(sorted({m.id for m in found.values()}), day)
    out: list[Diff] = []
    for r in rows:
        card = r["card_no"]
        member = found.get(card)
        if member is None:
            note = {"card_no": card, "note": "Cradle 中没有这张会员卡"}
            out.append(_diff("balance", card, f"会员卡 {card} 储值余额", r["balance_fen"], None, note))
            out.append(_diff("points", card, f"会员卡 {card} 积分", r["points"], None, note))
            continue
        balance, points = closing.get(member.id, (0, 0))
        who = {"card_no": card, "member_code": member.member_code, "nickname": member.nickname}
        if abs(balance - r["balance_fen"]) > run.balance_tolerance_fen:
            out.append(_diff("balance", card, f"会员卡 {card} 储值余额", r["balance_fen"], balance,
                             who | {"entries": await figures.member_entries(member.id, day, points=False)}))
        if abs(points - r["points"]) > run.points_tolerance:
            out.append(_diff("points", card, f"会员卡 {card} 积分", r["points"], points,
                             who | {"entries": await figures.member_entries(member.id, day, points=True)}))
    return Outcome(out, 2 * len(rows))


COMPARERS = {Section.SALES: compare_sales, Section.STOCK: compare_stock, Section.MEMBERS: compare_members}
