"""Import kind "sales_history": completed orders of the old system, one row per line, kept as history orders
(backend.orders.history: real orders, status completed, source "legacy", dated when they were sold).

They count wherever sales are read from orders (analytics reports, the sales trend and forecast, segments, the
member's orders) and in the member's lifetime spend and level (backend.members.history); the points the old
system gave are recorded in the points history, or credited when the file says 积分计入 = 是. Nothing moves
stock or posts to the ledger: the old system's books have these sales, Cradle's books start at the opening
balances the stock and member imports post.

Duplicates are refused: an old order number already in Cradle on the same channel (a history or platform
order), or imported as an open order, or twice in the file with different order columns. Rollback deletes the
orders, takes back the spend (and the level it raised) and the points entries. totals() compares the file
with what was imported, per store and month.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.catalog.models import Sku
from backend.cleaning import CellError
from backend.errors import InvalidState
from backend.fieldcrypt import blind_index
from backend.imports.kind import Failed, Ids, Kind, Reject, record, user_id
from backend.imports.models import ImportJob, ImportKind, ImportRecord, ImportRow
from backend.members import history as member_history
from backend.members.models import Member, MemberAlias
from backend.orders import history
from backend.orders.models import (
    Exchange,
    Order,
    OrderItem,
    OrderReview,
    OrderStatus,
    Refund,
    RefundRequest,
    ReturnRequest,
)
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Location
from backend.timestamps import CHINA, iso

COMPLETED_STATUSES = {"已完成", "交易成功", "交易完成", "已签收", "已收货", "已发货", "已提货", "已自提", "completed"}
NOT_SALES = {"待付款", "未付款", "已取消", "已关闭", "交易关闭", "已退款", "已作废", "退款成功", "unpaid", "cancelled"}
OPEN_STATUSES = {"已付款", "待发货", "已付款待发货", "待配送", "待出库", "备货中", "待自提", "待取货"}
PAYMENT_METHODS = {"现金": "cash", "cash": "cash", "微信": "wechat", "微信支付": "wechat", "wechat": "wechat",
                   "支付宝": "alipay", "alipay": "alipay", "储值": "balance", "会员储值": "balance",
                   "balance": "balance", "银行卡": "card", "刷卡": "card", "card": "card", "其他": "other",
                   "other": "other"}
CHANNELS = {**{c.value: c for c in Channel}, **{zh: c for c, zh in CHANNEL_NAMES_ZH.items()},
            "门店": Channel.POS, "门店销售": Channel.POS, "收银": Channel.POS, "电话": Channel.PHONE}
# Columns that belong to the order (repeated on each of its lines), not to one line.
ORDER_FIELDS = {"location_code": "门店编码", "channel": "渠道", "member_phone": "会员手机号", "member_code": "会员卡号",
                "paid_fen": "实付金额", "sold_at": "销售时间", "status": "订单状态", "payment_method": "支付方式",
                "points": "本单积分", "credit_points": "积分计入"}


def clean(v: dict[str, Any]) -> dict[str, Any]:
    status = cleaning.text(v.get("status"), max_len=16, label="订单状态") or "已完成"
    if status.lower() in NOT_SALES:
        raise CellError(f"订单状态「{status}」：未成交的订单不是销售历史，不导入")
    if status in OPEN_STATUSES:
        raise CellError(f"订单状态「{status}」：未完结的订单请用「未完结订单」导入")
    if status.lower() not in COMPLETED_STATUSES:
        raise CellError(f"订单状态「{status}」无法识别（可导入：{'、'.join(sorted(COMPLETED_STATUSES))}）")
    method_raw = cleaning.text(v.get("payment_method"), max_len=16, label="支付方式") or "现金"
    method = PAYMENT_METHODS.get(method_raw.lower())
    if method is None:
        raise CellError(f"支付方式「{method_raw}」无法识别（可用：现金、微信、支付宝、储值、银行卡、其他）")
    channel_raw = cleaning.text(v.get("channel"), max_len=16, label="渠道") or Channel.POS.value
    channel = CHANNELS.get(channel_raw.lower()) or CHANNELS.get(channel_raw)
    if channel is None:
        raise CellError(f"渠道「{channel_raw}」无法识别（可用：{'、'.join(CHANNEL_NAMES_ZH.values())}）")
    sold = cleaning.moment(v.get("sold_at"), label="销售时间", required=True)
    assert sold is not None
    sold = sold.replace(tzinfo=CHINA)
    if sold >= datetime.now(CHINA):
        raise CellError(f"销售时间「{sold:%Y-%m-%d %H:%M}」不早于当前时间：历史订单应是已发生的销售")
    points_raw = cleaning.text(v.get("points"), label="本单积分")
    qty = cleaning.integer(v.get("qty"), label="数量", minimum=1)
    if qty > 99999:
        raise CellError("数量不能大于 99999")
    out = {
        "order_no": cleaning.text(v.get("order_no"), max_len=64, required=True, label="订单号"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "channel": channel.value,
        "member_phone": cleaning.phone(v.get("member_phone")),
        "member_code": cleaning.text(v.get("member_code"), max_len=32, label="会员卡号"),
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "qty": qty,
        "unit_price_fen": cleaning.money_fen(v.get("unit_price"), label="单价"),
        "paid_fen": cleaning.money_fen(v.get("paid"), label="实付金额"),
        "sold_at": iso(sold), "status": status, "payment_method": method,
        "points": cleaning.integer(points_raw, label="本单积分") if points_raw else 0,
        "credit_points": cleaning.flag(v.get("credit_points"), label="积分计入"),
    }
    out["_line_key"] = (out["order_no"], out["sku_code"], out["unit_price_fen"])
    return out


async def _members(rows: list[dict[str, Any]]) -> tuple[dict[str, Member], dict[str, Member]]:
    """The members the file names: by phone hash, and by card number (member code or an alias)."""
    hashes = {blind_index(p, purpose="phone") for p in {r["member_phone"] for r in rows if r["member_phone"]}}
    by_phone = {m.phone_hash: m for m in await Member.filter(phone_hash__in=list(hashes))}
    codes = list({r["member_code"] for r in rows if r["member_code"]})
    by_code = {m.member_code: m for m in await Member.filter(member_code__in=codes)}
    for alias in await MemberAlias.filter(card_no__in=codes).select_related("member"):
        by_code.setdefault(alias.card_no, alias.member)
    return by_phone, by_code


def _member_of(r: dict[str, Any], by_phone: dict[str, Member],
               by_code: dict[str, Member]) -> tuple[Member | None, str]:
    """The row's member (or None) and why it cannot be used ("" when it can)."""
    phone, code = r["member_phone"], r["member_code"]
    m_phone = by_phone.get(blind_index(phone, purpose="phone")) if phone else None
    m_code = by_code.get(code) if code else None
    if phone and m_phone is None:
        return None, f"会员手机号 {phone[:3]}****{phone[-4:]} 不存在，请先导入会员"
    if code and m_code is None:
        return None, f"会员卡号 {code} 不存在，请先导入会员"
    if m_phone and m_code and m_phone.id != m_code.id:
        return None, f"会员手机号与会员卡号 {code} 不是同一会员"
    member = m_phone or m_code
    if member is not None and (member.deleted_at is not None or member.merged_into_id is not None):
        return None, f"会员 {member.member_code} 已注销或已合并到其他账户"
    return member, ""


async def _already(order_nos: list[str]) -> dict[tuple[str, str], str]:
    """(legacy no, channel or "*") -> Cradle order no of orders the file's numbers already are: on the same
    channel (any order), or on any channel when a legacy import made it (history, or an open order)."""
    rows = await Order.filter(external_id__in=order_nos).values_list("id", "external_id", "channel", "order_no",
                                                                      "source")
    opened = set(await ImportRecord.filter(entity_type="order", entity_id__in=[r[0] for r in rows] or [0],
                                           job__kind=ImportKind.OPEN_ORDERS).values_list("entity_id", flat=True))
    out: dict[tuple[str, str], str] = {}
    for oid, ext, channel, order_no, source in rows:
        out[(ext, str(channel))] = order_no
        if source == history.LEGACY or oid in opened:
            out[(ext, "*")] = order_no
    return out


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    """Whole orders or nothing: a wrong line refuses its order's other lines too."""
    orders: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        orders.setdefault(r["order_no"], []).append(r)
    bad: dict[int, str] = {}
    for lines in orders.values():
        first = lines[0]
        for r in lines[1:]:
            diff = [label for f, label in ORDER_FIELDS.items() if r[f] != first[f]]
            if diff:
                bad[r["_row"]] = f"与第 {first['_row']} 行同属订单 {r['order_no']}，但{'、'.join(diff)}不一致"
    existing = await _already(list(orders))
    locs = {loc.code: loc for loc in await Location.filter(code__in=[r["location_code"] for r in rows])}
    codes = list({r["sku_code"] for r in rows})
    skus = {s.code: s for s in await Sku.filter(code__in=codes)}
    for s in await Sku.filter(barcode__in=[c for c in codes if c not in skus]):  # a barcode maps to its SKU
        skus.setdefault(s.barcode or "", s)
    by_phone, by_code = await _members(rows)
    for r in rows:
        if r["_row"] in bad:
            continue
        member, why = _member_of(r, by_phone, by_code)
        done = existing.get((r["order_no"], r["channel"])) or existing.get((r["order_no"], "*"))
        if done:
            bad[r["_row"]] = f"旧系统订单 {r['order_no']} 已在 Cradle（订单 {done}），不重复导入"
        elif r["location_code"] not in locs:
            bad[r["_row"]] = f"门店或仓库 {r['location_code']} 不存在"
        elif r["sku_code"] not in skus:
            bad[r["_row"]] = f"商品编码 {r['sku_code']} 不存在（商品编码或条码均未找到，请先导入商品）"
        elif why:
            bad[r["_row"]] = why
        elif r["points"] and member is None:
            bad[r["_row"]] = "本单积分需要会员（会员手机号或会员卡号）"
        else:
            r["member_id"] = member.id if member else None
    for row_no, (order_no, reason) in failed.items():  # lines refused while cleaning take their order along
        for r in orders.get(order_no, []):
            bad.setdefault(r["_row"], f"同一订单第 {row_no} 行有误（{reason}），整单未导入")
    for lines in orders.values():
        wrong = [r for r in lines if r["_row"] in bad]
        for r in wrong:
            reject(r, bad[r["_row"]])
        if wrong:
            for r in lines:
                if r["_row"] not in bad:
                    reject(r, f"同一订单第 {wrong[0]['_row']} 行有误（{bad[wrong[0]['_row']]}），整单未导入")
            continue
        first = lines[0]
        first["location_id"] = locs[first["location_code"]].id
        first["lines"] = [{"sku_id": skus[r["sku_code"]].id, "sku_name": skus[r["sku_code"]].name, "qty": r["qty"],
                           "unit_price_fen": r["unit_price_fen"]} for r in lines]
        for r in lines[1:]:
            r["order_row"] = first["_row"]


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    """One history order (with the member's spend and points) per order, written with its first line."""
    d = row.data
    if "lines" not in d:
        return  # a further line of an order written with its first line
    uid = user_id(user)
    order = await history.record(history.HistoryOrder(
        legacy_no=d["order_no"], channel=Channel(d["channel"]), location_id=d["location_id"],
        member_id=d.get("member_id"), sold_at=datetime.fromisoformat(d["sold_at"]).astimezone(UTC),
        paid_fen=d["paid_fen"], payment_method=d["payment_method"],
        lines=[history.HistoryLine(ln["sku_id"], ln["sku_name"], ln["qty"], ln["unit_price_fen"]) for ln in d["lines"]],
        note=f"旧系统历史订单 {d['order_no']}（{d['status']}）"), conn, user_id=uid)
    await record(job, row.row_no, "history_order", order.id, conn)
    member_id = d.get("member_id")
    if member_id is None:
        return
    change = await member_history.add_spend(member_id, d["paid_fen"], conn)
    await record(job, row.row_no, "member_spend", member_id, conn, amount_fen=change.amount_fen,
                 level_before=change.level_before, level_after=change.level_after)
    entry = await member_history.order_points(member_id, d["points"], credit=d["credit_points"], order_id=order.id,
                                              legacy_no=d["order_no"], conn=conn, user_id=uid)
    if entry is not None:
        await record(job, row.row_no, "points_entry", entry.id, conn)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    oids = ids["history_order"]
    if not oids:
        return []
    out: list[str] = []
    if await Order.filter(id__in=oids).using_db(conn).exclude(status=OrderStatus.COMPLETED).exists() or any([
            await model.filter(order_id__in=oids).using_db(conn).exists()
            for model in (ReturnRequest, Refund, RefundRequest, Exchange, OrderReview)]):
        out.append("导入的历史订单已有后续处理（售后、换货或评价）")
    return out


async def _undo_order(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await history.remove(rec.entity_id, conn)


async def _undo_spend(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    x = rec.extra
    await member_history.take_back_spend(member_history.SpendChange(
        rec.entity_id, int(x["amount_fen"]), str(x["level_before"]), str(x["level_after"])), conn)


async def _undo_points(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await member_history.remove_order_points(rec.entity_id, conn)


def _order_of(raw: dict[str, Any]) -> str:
    return cleaning.text(raw.get("order_no"))


# whole_file: an order's lines may be anywhere in the file, and it is accepted or refused as a whole
KIND = Kind(clean=clean, dup_key="_line_key", checker=lambda: check, import_row=import_row, blockers=blockers,
            undo={"history_order": _undo_order, "member_spend": _undo_spend, "points_entry": _undo_points},
            failed_group=_order_of, whole_file=True)


# ------------------------------------------------------------------------------------------------ totals

Totals = dict[tuple[str, str], dict[str, int]]  # (store code, month) -> figures


def _bucket(out: Totals, store: str, month: str) -> dict[str, int]:
    if (store, month) not in out:
        out[(store, month)] = {"orders": 0, "lines": 0, "qty": 0, "amount_fen": 0}
    return out[(store, month)]


def _file_totals(rows: list[ImportRow]) -> tuple[Totals, int]:
    """What the file says, from every row that could be read (accepted or refused by the checks); and how many
    rows could not be read at all (their store, month or amounts are unknown)."""
    out: Totals = {}
    seen: set[str] = set()
    unreadable = 0
    for r in rows:
        d = r.data
        if "paid_fen" not in d:  # refused while cleaning: the raw cells
            unreadable += 1
            continue
        b = _bucket(out, d["location_code"], d["sold_at"][:7])
        b["lines"] += 1
        b["qty"] += d["qty"]
        if d["order_no"] not in seen:
            seen.add(d["order_no"])
            b["orders"] += 1
            b["amount_fen"] += d["paid_fen"]
    return out, unreadable


async def _imported_totals(job: ImportJob) -> Totals:
    """What Cradle holds of this import: its history orders as they are in the database."""
    oids = await ImportRecord.filter(job_id=job.id, entity_type="history_order").values_list("entity_id", flat=True)
    out: Totals = {}
    orders = await Order.filter(id__in=list(oids) or [0]).values("id", "location__code", "placed_at", "paid_fen")
    key: dict[int, tuple[str, str]] = {}
    for o in orders:
        key[o["id"]] = (o["location__code"], o["placed_at"].astimezone(CHINA).strftime("%Y-%m"))
        b = _bucket(out, *key[o["id"]])
        b["orders"] += 1
        b["amount_fen"] += int(o["paid_fen"])
    for order_id, qty in await OrderItem.filter(order_id__in=list(key) or [0]).values_list("order_id", "qty"):
        b = out[key[order_id]]
        b["lines"] += 1
        b["qty"] += int(qty)
    return out


async def totals(job: ImportJob) -> dict[str, Any]:
    """The file against what was imported, per store and month: orders, lines, quantity and amount (实付, fen),
    each with the difference (file - imported) and the rows refused there; rows too broken to place are
    counted apart."""
    if job.kind != ImportKind.SALES_HISTORY:
        raise InvalidState("只有历史销售订单导入有核对汇总")
    rows = await ImportRow.filter(job_id=job.id).order_by("row_no")
    file, unreadable = _file_totals(rows)
    done = await _imported_totals(job)
    refused: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if not r.ok and "paid_fen" in r.data:
            refused[(r.data["location_code"], r.data["sold_at"][:7])] += 1
    items = []
    figures = ("orders", "lines", "qty", "amount_fen")
    for store, month in sorted(set(file) | set(done)):
        f = file.get((store, month)) or _bucket({}, store, month)
        i = done.get((store, month)) or _bucket({}, store, month)
        items.append({"location_code": store, "month": month, "file": f, "imported": i,
                      "difference": {k: f[k] - i[k] for k in figures}, "refused_rows": refused[(store, month)]})
    total_f = {k: sum(x["file"][k] for x in items) for k in figures}
    total_i = {k: sum(x["imported"][k] for x in items) for k in figures}
    return {"job_id": job.id, "status": job.status.value, "items": items, "unreadable_rows": unreadable,
            "total": {"file": total_f, "imported": total_i, "difference": {k: total_f[k] - total_i[k] for k in figures}},
            "matches": all(v == 0 for v in (total_f[k] - total_i[k] for k in figures))}
