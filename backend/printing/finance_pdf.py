"""The finance reports as A4 PDFs: the same dicts backend.finance.reports answers as JSON, laid out in tables,
so the paper and the API never disagree."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm

from backend.errors import Forbidden, NotFound, ValidationError
from backend.finance import reports
from backend.org.models import Location
from backend.printing import pdf
from backend.printing.pdf import amount
from backend.security import Actor
from backend.timestamps import business_now

WIDTHS = (110 * mm, 64 * mm)


def profit_and_loss(report: dict[str, Any], scope: str, *, printed_at: dt.datetime, printed_by: str = "") -> bytes:
    rows: list[list[str]] = [["项目", "金额（元）"]]
    bold: list[int] = []

    def add(label: str, fen: int, *, total: bool = False) -> None:
        if total:
            bold.append(len(rows))
        rows.append([label, amount(fen)])

    add("一、营业收入（主营业务收入）", report["sales_fen"])
    add("减：营业成本（主营业务成本）", report["cogs_fen"])
    add("二、毛利", report["gross_profit_fen"], total=True)
    rows.append(["毛利率", f"{report['gross_margin_pct']}%" if report["gross_margin_pct"] else "—"])
    for x in report["other_income"]:
        add(f"加：{x['name']}（{x['code']}）", x["amount_fen"])
    add("其他收入合计", report["other_income_fen"])
    add("收入总额", report["total_revenue_fen"])
    for x in report["other_expenses"]:
        add(f"减：{x['name']}（{x['code']}）", x["amount_fen"])
    add("其他费用合计", report["other_expenses_fen"])
    add("三、净利润", report["net_profit_fen"], total=True)
    channel = f"，渠道：{report['channel']}" if report.get("channel") else ""
    header = pdf.Header("利润表", f"期间：{report['from']} 至 {report['to']}　范围：{scope}{channel}", printed_by)
    story = [pdf.table(rows, WIDTHS, bold_rows=bold, right_cols=(1,)), pdf.gap(),
             pdf.para("金额单位：人民币元。数据取自总账（与 /finance/pnl 接口同源）。", pdf.SMALL)]
    return pdf.build(header, story, printed_at)


def balance_sheet(report: dict[str, Any], *, printed_at: dt.datetime, printed_by: str = "") -> bytes:
    story: list[Any] = []
    sections = (("资产", "assets", "total_assets_fen", "资产合计"),
                ("负债", "liabilities", "total_liabilities_fen", "负债合计"),
                ("所有者权益", "equity", "total_equity_fen", "所有者权益合计"))
    for title, key, total_key, total_label in sections:
        rows = [["科目", "余额（元）"]]
        rows += [[f"{x['code']} {x['name']}" if x.get("code") else x["name"], amount(x["balance_fen"])]
                 for x in report[key]]
        rows.append([total_label, amount(report[total_key])])
        story += [pdf.para(title, pdf.HEADING), pdf.table(rows, WIDTHS, bold_rows=(len(rows) - 1,), right_cols=(1,))]
    rows = [["", "金额（元）"], ["负债和所有者权益总计", amount(report["total_liabilities_and_equity_fen"])]]
    story += [pdf.gap(), pdf.table(rows, WIDTHS, bold_rows=(1,), right_cols=(1,))]
    header = pdf.Header("资产负债表", f"截至：{report['as_of']}", printed_by)
    return pdf.build(header, story, printed_at)


# ---------------------------------------------------------------------------------------------------- services

MAX_RANGE_DAYS = 366


async def _scope(actor: Actor, location_code: str | None) -> tuple[frozenset[int] | None, str]:
    """The locations the caller may see for the report and the Chinese label printed in the header."""
    if location_code:
        loc = await Location.get_or_none(code=location_code)
        if loc is None:
            if actor.location_ids is not None:
                raise Forbidden("无权查看该门店的数据")
            raise NotFound("找不到该门店或仓库")
        actor.require_location(loc.id)
        return frozenset({loc.id}), f"{loc.name}（{loc.code}）"
    if actor.location_ids is None:
        return None, "全部门店"
    names = await Location.filter(id__in=sorted(actor.location_ids)).order_by("code").values_list("name", flat=True)
    return actor.location_ids, "、".join(str(n) for n in names) or "本人负责门店"


async def pnl_document(actor: Actor, date_from: dt.date, date_to: dt.date, *, location_code: str | None = None,
                       channel: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """The P&L PDF for the caller's scope (a store manager: their stores) and the report it shows."""
    if date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期")
    if (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError(f"查询区间不能超过 {MAX_RANGE_DAYS} 天")
    location_ids, label = await _scope(actor, location_code)
    report = await reports.profit_and_loss(date_from, date_to, location_ids=location_ids, channel=channel)
    data = profit_and_loss(report, label, printed_at=business_now(), printed_by=actor.username)
    return data, report


async def balance_sheet_document(actor: Actor, as_of: dt.date) -> bytes:
    report = await reports.balance_sheet(as_of)
    return balance_sheet(report, printed_at=business_now(), printed_by=actor.username)
