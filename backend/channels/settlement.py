"""Channel settlement reconciliation: a platform's settlement file (CSV in UTF-8/GBK or xlsx) against our
orders of that channel. Each line is matched by the platform order id (Order.external_id) and compared with
what we expect: the order total less refunds. The differences listed:

- amount_mismatch: the platform's order amount is not ours;
- unknown_order: the platform settled an order we do not have;
- missing_in_file: one of our paid orders of the channel in the period that the file does not settle;
- duplicate: the same platform order twice in the file (settled twice);
- bad_row: a line that cannot be read (with the reason).

Money in fen. The file's columns are recognised by the usual headers of each platform's export (see COLUMNS).

Posting a run (post_run) books the settlement of its matched lines in one entry:

    Dr BANK            what the platform paid out (settled)
    Dr PLATFORM_FEES   what it kept: commission, fees, other deductions (amount - settled)
    Cr RECEIVABLE      the orders' amounts net of refunds (partner = the platform)

so the platform receivable of the settled orders (their platform payments, less platform refunds) goes to zero.
Refunds are netted because the matched amount is the order total less what was refunded. Lines that did not
match (mismatch, unknown, duplicate, bad) are left for a later run once fixed. Each order is settled once
(SettledOrder, unique): an order already settled by an earlier posted run is skipped and listed. Posting is
idempotent: the entry's source is the run, and the run records its entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend import cleaning
from backend.audit import record_audit
from backend.errors import InvalidState, NotFound, ValidationError
from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.finance.models import SettledOrder, SettlementLine, SettlementRun
from backend.orders.models import Order, OrderStatus
from backend.org.models import CHANNEL_NAMES_ZH, Channel
from backend.timestamps import business_today, day_bounds, iso

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
    start, end = day_bounds(date_from, date_to)
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


async def post_run(run_id: int, *, user: Any, today: dt.date | None = None) -> dict[str, Any]:
    """Book the settlement of the run's matched lines (see the module doc). A run already posted answers its
    posting again; two concurrent posts of one run write once (the run row is claimed by a guarded UPDATE)."""
    from datetime import UTC, datetime

    async with in_transaction() as conn:
        run = await SettlementRun.get_or_none(id=run_id).using_db(conn)
        if run is None:
            raise NotFound("对账记录不存在")
        if run.posted_at is not None:
            return {**await run_report(run.id, only_differences=True), "already_posted": True}
        claimed = await SettlementRun.filter(id=run.id, posted_at__isnull=True).using_db(conn) \
            .update(posted_at=datetime.now(UTC))
        if not claimed:  # a concurrent post won (its row lock made this UPDATE wait for its commit)
            return {**await run_report(run.id, only_differences=True), "already_posted": True}
        lines = await SettlementLine.filter(run_id=run.id, status="matched").using_db(conn).order_by("row_no")
        if not lines:
            raise InvalidState("该结算单没有核对一致的订单，无可过账", code="nothing_to_post")
        settled_before = set(await SettledOrder.filter(order_id__in=[ln.order_id for ln in lines])
                             .using_db(conn).values_list("order_id", flat=True))
        take = [ln for ln in lines if ln.order_id not in settled_before]
        skipped = [ln.external_id for ln in lines if ln.order_id in settled_before]
        amount = sum(ln.platform_amount_fen for ln in take)
        paid_out = sum(ln.settled_fen for ln in take)
        kept = amount - paid_out
        if not take:
            raise InvalidState("结算单中的订单都已在之前的结算中过账", code="already_settled")
        if kept < 0:
            raise ValidationError(f"结算金额合计比订单金额多 {-kept / 100:.2f} 元，请核对结算单")
        await SettledOrder.bulk_create([
            SettledOrder(order_id=ln.order_id, run_id=run.id, amount_fen=ln.platform_amount_fen,
                         fee_fen=ln.platform_amount_fen - ln.settled_fen) for ln in take], using_db=conn)
        ch = run.channel
        entry = await post_entry(
            date=today or business_today(), memo=f"{CHANNEL_NAMES_ZH[Channel(ch)]}结算 {run.filename}"[:255],
            source_type="settlement_run", source_id=str(run.id), conn=conn, user_id=getattr(user, "id", None),
            lines=[Line(accounts.BANK, debit_fen=paid_out, channel=ch, partner=ch, memo="平台结算到账"),
                   Line(accounts.PLATFORM_FEES, debit_fen=kept, channel=ch, partner=ch, memo="平台佣金及服务费"),
                   Line(accounts.RECEIVABLE, credit_fen=amount, channel=ch, partner=ch, memo="冲销平台应收")])
        assert entry is not None
        await SettlementRun.filter(id=run.id).using_db(conn).update(entry_id=entry.id)
        await record_audit(user, "finance.settlement_post", "settlement_run", run.id, via="admin", using_db=conn,
                           after={"entry_no": entry.entry_no, "orders": len(take), "receivable_fen": amount,
                                  "bank_fen": paid_out, "fees_fen": kept, "skipped": skipped})
    return {**await run_report(run.id, only_differences=True), "already_posted": False,
            "posted": {"orders": len(take), "receivable_fen": amount, "bank_fen": paid_out, "fees_fen": kept,
                       "skipped_already_settled": skipped}}


async def run_report(run_id: int, *, only_differences: bool = False) -> dict[str, Any]:
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
            "filename": run.filename, "date_from": iso(run.date_from),
            "date_to": iso(run.date_to), "lines_total": run.lines_total,
            "matched": run.matched, "differences": run.differences, "settled_fen": run.settled_fen,
            "fees_fen": run.fees_fen, "expected_fen": run.expected_fen,
            "posted_at": iso(run.posted_at), "entry_id": run.entry_id,
            "created_at": iso(run.created_at)}
