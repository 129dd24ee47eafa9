"""xlsx exports of the finance reports (openpyxl). Amounts are written in yuan with two decimals, converted from
integer fen through Decimal (never float); headers and sheet names are Chinese.

Each sheet: a title row, a few "label: value" rows describing the report, a blank row, one header row, the data
rows and, where it makes sense, a 合计 row. The builders return (bytes, chinese_filename, ascii_filename).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from backend.xlsx import CONTENT_TYPE, append_row, new_book, to_bytes

XLSX_CONTENT_TYPE = CONTENT_TYPE
MONEY_FORMAT = "#,##0.00"
PCT_FORMAT = "0.00"
BY_NAMES_ZH = {"sku": "按商品", "category": "按品类", "location": "按门店", "channel": "按渠道"}
SIDE_ZH = {"debit": "借", "credit": "贷"}


def yuan(fen: int) -> Decimal:
    """Integer fen -> Decimal yuan with exactly two decimals."""
    return (Decimal(int(fen)) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Col:
    title: str
    key: str
    kind: str = "text"  # text | money | pct | int
    width: int = 16


def _cell_value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "money":
        return yuan(value)
    if kind == "pct":
        return Decimal(str(value))
    return value


def _write(ws: Worksheet, title: str, meta: list[tuple[str, str]], cols: list[Col],
           rows: list[dict[str, Any]], total: dict[str, Any] | None = None) -> None:
    append_row(ws, [title])  # every row through append_row: text stays text (a name "=HYPERLINK(..)" too)
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in meta:
        append_row(ws, [label, value])
    append_row(ws, [])
    header_row = append_row(ws, [c.title for c in cols])
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in [*rows, *([total] if total else [])]:
        r = append_row(ws, [_cell_value(c.kind, row.get(c.key)) for c in cols])
        for i, c in enumerate(cols, start=1):
            if c.kind == "money":
                ws.cell(row=r, column=i).number_format = MONEY_FORMAT
            elif c.kind == "pct":
                ws.cell(row=r, column=i).number_format = PCT_FORMAT
    if total:
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for i, c in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def content_disposition(filename_zh: str, fallback: str) -> str:
    """attachment with an ASCII fallback and the RFC 5987 UTF-8 name browsers show."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename_zh, safe='')}"


def _period(report: dict[str, Any]) -> str:
    return f"{report['from']} 至 {report['to']}"


# ---------------------------------------------------------------------------------------------------------------


def trial_balance_xlsx(report: dict[str, Any]) -> tuple[bytes, str, str]:
    wb, ws = new_book("科目余额表")
    rows = [{**r, "side": SIDE_ZH[r["normal_side"]]} for r in report["rows"]]
    _write(ws, "科目余额表", [("截止日期", report["as_of"]), ("单位", "元")], [
        Col("科目编码", "code", width=12), Col("科目名称", "name", width=26), Col("类别", "type_name", width=12),
        Col("借方发生额", "debit_fen", "money"), Col("贷方发生额", "credit_fen", "money"),
        Col("余额方向", "side", width=10), Col("余额", "balance_fen", "money"),
    ], rows, {"code": "合计", "debit_fen": report["total_debit_fen"], "credit_fen": report["total_credit_fen"]})
    return to_bytes(wb), f"科目余额表_{report['as_of']}.xlsx", f"trial_balance_{report['as_of']}.xlsx"


def profit_and_loss_xlsx(report: dict[str, Any], scope_label: str = "全部") -> tuple[bytes, str, str]:
    wb, ws = new_book("利润表")
    rows: list[dict[str, Any]] = [
        {"item": "一、主营业务收入（不含税）", "amount": report["sales_fen"]},
        {"item": "减：主营业务成本", "amount": report["cogs_fen"]},
        {"item": "二、毛利", "amount": report["gross_profit_fen"]},
    ]
    rows.append({"item": "加：其他收入", "amount": report["other_income_fen"]})
    rows += [{"item": f"    {x['name']}", "amount": x["amount_fen"]} for x in report["other_income"]]
    rows.append({"item": "减：其他支出", "amount": report["other_expenses_fen"]})
    rows += [{"item": f"    {x['name']}", "amount": x["amount_fen"]} for x in report["other_expenses"]]
    rows.append({"item": "三、净利润", "amount": report["net_profit_fen"]})
    meta = [("期间", _period(report)), ("范围", scope_label), ("单位", "元")]
    if report.get("gross_margin_pct") is not None:
        meta.append(("毛利率(%)", report["gross_margin_pct"]))
    _write(ws, "利润表", meta, [Col("项目", "item", width=30), Col("金额", "amount", "money", width=18)], rows)
    return (to_bytes(wb), f"利润表_{report['from']}_{report['to']}.xlsx",
            f"profit_and_loss_{report['from']}_{report['to']}.xlsx")


def gross_margin_xlsx(report: dict[str, Any], scope_label: str = "全部") -> tuple[bytes, str, str]:
    wb, ws = new_book("毛利分析")
    by_zh = BY_NAMES_ZH[report["by"]]
    _write(ws, f"毛利分析（{by_zh}）", [("期间", _period(report)), ("范围", scope_label), ("单位", "元")], [
        Col("编码", "code", width=14), Col("名称", "name", width=28), Col("收入（不含税）", "revenue_fen", "money"),
        Col("成本", "cogs_fen", "money"), Col("毛利", "gross_profit_fen", "money"),
        Col("毛利率(%)", "margin_pct", "pct", width=12),
    ], report["items"], {"code": "合计", **report["total"]})
    return (to_bytes(wb), f"毛利分析_{by_zh}_{report['from']}_{report['to']}.xlsx",
            f"gross_margin_{report['by']}_{report['from']}_{report['to']}.xlsx")


def balance_sheet_xlsx(report: dict[str, Any]) -> tuple[bytes, str, str]:
    wb, ws = new_book("资产负债表")
    rows: list[dict[str, Any]] = [{"name": "资产"}]
    rows += report["assets"]
    rows.append({"name": "资产合计", "balance_fen": report["total_assets_fen"]})
    rows.append({"name": "负债"})
    rows += report["liabilities"]
    rows.append({"name": "负债合计", "balance_fen": report["total_liabilities_fen"]})
    rows.append({"name": "所有者权益"})
    rows += report["equity"]
    rows.append({"name": "所有者权益合计", "balance_fen": report["total_equity_fen"]})
    rows.append({"name": "负债和所有者权益合计", "balance_fen": report["total_liabilities_and_equity_fen"]})
    _write(ws, "资产负债表", [("截止日期", report["as_of"]), ("单位", "元")], [
        Col("科目编码", "code", width=12), Col("项目", "name", width=28), Col("余额", "balance_fen", "money", 18),
    ], rows)
    return to_bytes(wb), f"资产负债表_{report['as_of']}.xlsx", f"balance_sheet_{report['as_of']}.xlsx"


def vat_summary_xlsx(report: dict[str, Any]) -> tuple[bytes, str, str]:
    wb, ws = new_book("增值税汇总")
    _write(ws, "增值税汇总", [("期间", _period(report)), ("单位", "元")], [
        Col("月份", "month", width=12), Col("销项税额", "output_vat_fen", "money"),
        Col("进项税额", "input_vat_fen", "money"), Col("应纳税额", "payable_fen", "money"),
    ], report["months"], {"month": "合计", "output_vat_fen": report["output_vat_fen"],
                          "input_vat_fen": report["input_vat_fen"], "payable_fen": report["payable_fen"]})
    return (to_bytes(wb), f"增值税汇总_{report['from']}_{report['to']}.xlsx",
            f"vat_summary_{report['from']}_{report['to']}.xlsx")


def journal_xlsx(report: dict[str, Any], date_from: str, date_to: str) -> tuple[bytes, str, str]:
    wb, ws = new_book("序时账")
    rows = []
    for e in report["items"]:
        for ln in e["lines"]:
            rows.append({"date": e["date"], "entry_no": e["entry_no"], "memo": e["memo"],
                         "source": f"{e['source_type']}:{e['source_id']}", **ln})
    debit = sum(r["debit_fen"] for r in rows)
    credit = sum(r["credit_fen"] for r in rows)
    _write(ws, "序时账", [("期间", f"{date_from} 至 {date_to}"), ("凭证数", str(report["total"])), ("单位", "元")], [
        Col("日期", "date", width=12), Col("凭证号", "entry_no", width=24), Col("摘要", "memo", width=28),
        Col("来源", "source", width=24), Col("科目编码", "account_code", width=12),
        Col("科目名称", "account_name", width=22), Col("借方", "debit_fen", "money"), Col("贷方", "credit_fen", "money"),
    ], rows, {"date": "合计", "debit_fen": debit, "credit_fen": credit})
    return to_bytes(wb), f"序时账_{date_from}_{date_to}.xlsx", f"journal_{date_from}_{date_to}.xlsx"


AGEING_TITLES_ZH = {"receivable": "应收账款账龄", "payable": "应付账款账龄"}
BUCKET_TITLES_ZH = {"0-30": "0-30天", "31-60": "31-60天", "61-90": "61-90天", "91-180": "91-180天",
                    "180+": "180天以上"}


def ageing_xlsx(report: dict[str, Any]) -> tuple[bytes, str, str]:
    title = AGEING_TITLES_ZH[report["kind"]]
    wb, ws = new_book(title)
    rows = [{"name": x["name"], "balance_fen": x["balance_fen"], "unapplied_fen": x["unapplied_fen"],
             "oldest": x["oldest_open_date"], **{f"b:{k}": v for k, v in x["buckets"].items()}}
            for x in report["items"]]
    total = {"name": "合计", "balance_fen": report["total"]["balance_fen"],
             "unapplied_fen": report["total"]["unapplied_fen"],
             **{f"b:{k}": v for k, v in report["total"]["buckets"].items()}}
    cols = [Col("往来单位", "name", width=24), Col("余额", "balance_fen", "money")]
    cols += [Col(BUCKET_TITLES_ZH.get(b, b), f"b:{b}", "money", 14) for b in report["bucket_names"]]
    cols += [Col("未核销预付/多付", "unapplied_fen", "money"), Col("最早未结日期", "oldest", width=14)]
    _write(ws, title, [("截止日期", report["as_of"]), ("科目", f"{report['account_code']} {report['account_name']}"),
                       ("单位", "元")], cols, rows, total)
    return to_bytes(wb), f"{title}_{report['as_of']}.xlsx", f"{report['kind']}_ageing_{report['as_of']}.xlsx"
