"""Channel settlement reconciliation: a platform's settlement file (CSV in UTF-8/GBK or xlsx) against our
orders of that channel. Each line is matched by the platform order id (Order.external_id) and compared with
what we expect: the order total less refunds. The differences listed:

- amount_mismatch: the platform's order amount is not ours;
- unknown_order: the platform settled an order we do not have;
- missing_in_file: one of our paid orders of the channel in the period that the file does not settle;
- duplicate: the same platform order twice in the file (settled twice);
- bad_row: a line that cannot be read (with the reason).

Money in fen. The file's columns are recognised by the usual headers of each platform's export (see COLUMNS).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.finance.models import SettlementLine, SettlementRun
from backend.imports import cleaning
from backend.orders.models import CHANNEL_NAMES_ZH, Channel, Order, OrderStatus
from backend.orders.util import CHINA

PLATFORMS = frozenset({Channel.TAOBAO, Channel.JD, Channel.PDD, Channel.DOUYIN, Channel.KUAISHOU,
                       Channel.WECHAT_SHOP})
COLUMNS = {
    "external_id": ("订单号", "订单编号", "主订单编号", "子订单号", "order_id", "order_no", "tid"),
    "amount": ("订单金额", "交易金额", "实付金额", "商品金额", "应结金额", "amount", "order_amount"),
    "fee": ("服务费", "佣金", "平台服务费", "技术服务费", "手续费", "fee", "commission"),
    "settled": ("结算金额", "实际结算金额", "到账金额", "settled", "settle_amount"),
}
SETTLED_STATUSES = (OrderStatus.PAID, OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.SHIPPED,
                    OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.RETURNED)
STATUS_ZH = {"matched": "一致", "amount_mismatch": "金额不符", "unknown_order": "我方无此订单",
             "missing_in_file": "结算单缺少该订单", "duplicate": "重复结算", "bad_row": "无法识别"}


def _columns(headers: list[str]) -> dict[str, int]:
    norm = {h.strip().lower(): i for i, h in enumerate(headers)}
    out: dict[str, int] = {}
    for field, aliases in COLUMNS.items():
        for a in aliases:
            if a.lower() in norm:
                out[field] = norm[a.lower()]
                break
    if "external_id" not in out or "amount" not in out:
        raise ValidationError("结算文件缺少订单号或订单金额列")
    return out


async def reconcile(channel: str, data: bytes, filename: str, *, date_from: dt.date, date_to: dt.date,
                    user: Any) -> SettlementRun:
    try:
        ch = Channel(channel)
    except ValueError as exc:
        raise ValidationError("渠道不存在") from exc
    if ch not in PLATFORMS:
        raise ValidationError(f"{CHANNEL_NAMES_ZH[ch]}不是电商平台，没有结算单")
    if date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期")
    headers, rows, _ = cleaning.read_table(data, filename)
    cols = _columns(headers)

    parsed: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        row_no = i + 2
        cell = {f: (row[c] if c < len(row) else None) for f, c in cols.items()}
        try:
            ext = cleaning.text(cell["external_id"], max_len=64, required=True, label="订单号")
            amount = cleaning.money_fen(cell["amount"], label="订单金额")
            fee = cleaning.money_fen(cell.get("fee"), label="服务费", required=False)
            settled = cleaning.money_fen(cell.get("settled"), label="结算金额", required=False) or amount - fee
        except cleaning.CellError as exc:
            parsed.append({"row_no": row_no, "status": "bad_row", "note": str(exc),
                           "external_id": str(cell.get("external_id") or "")[:64]})
            continue
        parsed.append({"row_no": row_no, "external_id": ext, "amount": amount, "fee": fee, "settled": settled})

    ids = [p["external_id"] for p in parsed if p.get("status") != "bad_row"]
    orders = {o.external_id: o for o in await Order.filter(channel=ch, external_id__in=ids)}
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=CHINA)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=CHINA)
    in_period = await Order.filter(channel=ch, placed_at__gte=start, placed_at__lt=end,
                                   status__in=list(SETTLED_STATUSES), external_id__not_isnull=True)

    lines: list[SettlementLine] = []
    seen: dict[str, int] = {}
    totals = {"settled": 0, "fees": 0, "expected": 0, "matched": 0}
    for p in parsed:
        if p.get("status") == "bad_row":
            lines.append(SettlementLine(row_no=p["row_no"], external_id=p["external_id"], status="bad_row",
                                        note=p["note"][:255]))
            continue
        ext = p["external_id"]
        line = SettlementLine(row_no=p["row_no"], external_id=ext, platform_amount_fen=p["amount"],
                              fee_fen=p["fee"], settled_fen=p["settled"])
        totals["settled"] += p["settled"]
        totals["fees"] += p["fee"]
        order = orders.get(ext)
        if ext in seen:
            line.status, line.note = "duplicate", f"与第 {seen[ext]} 行是同一订单"
        elif order is None:
            line.status, line.note = "unknown_order", f"{CHANNEL_NAMES_ZH[ch]}订单 {ext} 在系统中不存在"
        else:
            expected = order.total_fen - order.refunded_fen
            line.order_id, line.our_amount_fen = order.id, expected
            totals["expected"] += expected
            if expected == p["amount"]:
                line.status = "matched"
                totals["matched"] += 1
            else:
                diff = p["amount"] - expected
                line.status = "amount_mismatch"
                line.note = f"平台金额比系统{'多' if diff > 0 else '少'} {abs(diff) / 100:.2f} 元"
        seen.setdefault(ext, p["row_no"])
        lines.append(line)
    for order in in_period:
        if order.external_id not in seen:
            lines.append(SettlementLine(row_no=0, external_id=order.external_id or "", order_id=order.id,
                                        our_amount_fen=order.total_fen - order.refunded_fen,
                                        status="missing_in_file", note=f"订单 {order.order_no} 未出现在结算单中"))

    async with in_transaction() as conn:
        run = await SettlementRun.create(
            channel=ch.value, filename=filename[:255], date_from=date_from, date_to=date_to,
            lines_total=len(parsed), matched=totals["matched"],
            differences=sum(1 for ln in lines if ln.status != "matched"), settled_fen=totals["settled"],
            fees_fen=totals["fees"], expected_fen=totals["expected"], created_by_id=getattr(user, "id", None),
            using_db=conn,
        )
        for ln in lines:
            ln.run_id = run.id
        await SettlementLine.bulk_create(lines, batch_size=1000, using_db=conn)
        await record_audit(user, "finance.settlement_reconcile", "settlement_run", run.id, via="admin",
                           after={"channel": ch.value, "filename": filename, "matched": run.matched,
                                  "differences": run.differences}, using_db=conn)
    return run


async def run_report(run_id: int, *, only_differences: bool = False) -> dict[str, Any]:
    from backend.errors import NotFound

    run = await SettlementRun.get_or_none(id=run_id)
    if run is None:
        raise NotFound("对账记录不存在")
    qs = SettlementLine.filter(run_id=run.id)
    if only_differences:
        qs = qs.exclude(status="matched")
    lines = await qs.order_by("row_no", "id")
    return {**run_dict(run), "lines": [
        {"row": ln.row_no or None, "external_id": ln.external_id, "order_id": ln.order_id,
         "platform_amount_fen": ln.platform_amount_fen, "fee_fen": ln.fee_fen, "settled_fen": ln.settled_fen,
         "our_amount_fen": ln.our_amount_fen, "status": ln.status, "status_name": STATUS_ZH[ln.status],
         "note": ln.note} for ln in lines]}


def run_dict(run: SettlementRun) -> dict[str, Any]:
    return {"id": run.id, "channel": run.channel, "channel_name": CHANNEL_NAMES_ZH[Channel(run.channel)],
            "filename": run.filename, "date_from": run.date_from.isoformat() if run.date_from else None,
            "date_to": run.date_to.isoformat() if run.date_to else None, "lines_total": run.lines_total,
            "matched": run.matched, "differences": run.differences, "settled_fen": run.settled_fen,
            "fees_fen": run.fees_fen, "expected_fen": run.expected_fen,
            "created_at": run.created_at.isoformat() if run.created_at else None}
