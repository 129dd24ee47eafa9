"""Reading the old system's daily export for the parallel run: one CSV or xlsx file per section, read like the
importer reads its files (backend.cleaning: GBK or UTF-8, xlsx without DTDs), headers recognised by their usual
Chinese or English names.

- sales: 渠道, 支付方式, 金额 (yuan; negative: refunds), optionally 单数 (orders in the line) or 单号 (one line
  per receipt)
- stock: 商品编码, 数量 (on hand at the end of the day)
- members: 会员卡号, 储值余额 (yuan), 积分

Every bad cell refuses the whole file with its line and reason (400): a half-read export would show
differences that are not there.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import Any

from backend import cleaning
from backend.cleaning import CellError
from backend.errors import ValidationError
from backend.org.models import CHANNEL_NAMES_ZH, Channel

MAX_ROWS = 20_000


class Section(StrEnum):
    SALES = "sales"
    STOCK = "stock"
    MEMBERS = "members"


SECTION_NAMES_ZH = {Section.SALES: "销售汇总", Section.STOCK: "库存结存", Section.MEMBERS: "会员余额与积分"}

# field -> (required, Chinese label, accepted headers)
COLUMNS: dict[Section, dict[str, tuple[bool, str, tuple[str, ...]]]] = {
    Section.SALES: {
        "channel": (True, "渠道", ("渠道", "销售渠道", "来源", "channel")),
        "payment": (True, "支付方式", ("支付方式", "付款方式", "收款方式", "支付", "payment", "payment_method")),
        "amount": (True, "金额", ("金额", "销售额", "实收金额", "实收", "合计", "amount")),
        "orders": (False, "单数", ("单数", "笔数", "订单数", "orders")),
        "order_no": (False, "单号", ("单号", "小票号", "订单号", "流水号", "order_no")),
    },
    Section.STOCK: {
        "sku_code": (True, "商品编码", ("商品编码", "SKU编码", "sku编码", "货号", "商品代码", "sku_code", "sku")),
        "qty": (True, "数量", ("数量", "库存", "库存数量", "结存数量", "结存", "qty")),
    },
    Section.MEMBERS: {
        "card_no": (True, "会员卡号", ("会员卡号", "会员号", "卡号", "member_code", "card_no")),
        "balance": (True, "储值余额", ("储值余额", "余额", "储值", "balance")),
        "points": (True, "积分", ("积分", "积分余额", "points")),
    },
}

CHANNELS: dict[str, str] = {c.value: c.value for c in Channel} | {v: k.value for k, v in CHANNEL_NAMES_ZH.items()} | {
    "门店": "pos", "收银": "pos", "门店零售": "pos", "线下": "pos", "零售": "pos", "微信小程序": "miniprogram",
    "电话": "phone", "天猫": "taobao", "淘宝/天猫": "taobao", "抖店": "douyin", "视频号": "wechat_shop"}
PAYMENTS: dict[str, str] = {
    "现金": "cash", "cash": "cash", "微信": "wechat", "微信支付": "wechat", "wechat": "wechat", "支付宝": "alipay",
    "alipay": "alipay", "储值": "balance", "余额": "balance", "会员余额": "balance", "储值卡": "balance",
    "会员卡": "balance", "balance": "balance", "平台": "platform", "平台支付": "platform", "platform": "platform"}


def _columns(section: Section, headers: list[str]) -> dict[str, int]:
    """field -> column index; a 400 naming the missing required columns."""
    norm = [h.strip().lower() for h in headers]
    cols: dict[str, int] = {}
    missing: list[str] = []
    for name, (required, label, aliases) in COLUMNS[section].items():
        idx = next((i for i, h in enumerate(norm) if h in {a.lower() for a in aliases}), None)
        if idx is not None:
            cols[name] = idx
        elif required:
            missing.append(label)
    if missing:
        raise ValidationError(f"{SECTION_NAMES_ZH[section]}文件缺少列：{'、'.join(missing)}")
    return cols


def _cell(row: list[Any], cols: dict[str, int], name: str) -> Any:
    i = cols.get(name)
    return row[i] if i is not None and i < len(row) else None


def _code(table: dict[str, str], value: Any, label: str) -> str:
    s = cleaning.text(value, max_len=32, required=True, label=label)
    code = table.get(s) or table.get(s.lower())
    if code is None:
        raise CellError(f"不认识的{label}“{s}”")
    return code


def _signed_fen(value: Any, label: str) -> int:
    """A yuan amount that may be negative ("-20", "-￥20.00", "￥-20"): a refund line, a negative balance."""
    s = cleaning.text(value, max_len=32, required=True, label=label)
    if s.lstrip("¥￥ ").startswith("-"):
        return -cleaning.money_fen(s.replace("-", "", 1), label=label)
    return cleaning.money_fen(value, label=label)


def _sales_row(row: list[Any], cols: dict[str, int]) -> dict[str, Any]:
    order_no = cleaning.text(_cell(row, cols, "order_no"), max_len=64)
    count_raw = _cell(row, cols, "orders")
    orders = cleaning.integer(count_raw, label="单数") if cleaning.text(count_raw) else (1 if order_no else None)
    return {"channel": _code(CHANNELS, _cell(row, cols, "channel"), "渠道"),
            "payment": _code(PAYMENTS, _cell(row, cols, "payment"), "支付方式"),
            "amount_fen": _signed_fen(_cell(row, cols, "amount"), "金额"), "orders": orders, "order_no": order_no}


def _stock_row(row: list[Any], cols: dict[str, int]) -> dict[str, Any]:
    return {"sku_code": cleaning.text(_cell(row, cols, "sku_code"), max_len=32, required=True, label="商品编码"),
            "qty": cleaning.integer(_cell(row, cols, "qty"), label="数量", minimum=-999_999)}


def _member_row(row: list[Any], cols: dict[str, int]) -> dict[str, Any]:
    return {"card_no": cleaning.text(_cell(row, cols, "card_no"), max_len=32, required=True, label="会员卡号"),
            "balance_fen": _signed_fen(_cell(row, cols, "balance"), "储值余额"),
            "points": cleaning.integer(_cell(row, cols, "points"), label="积分", minimum=-99_999_999)}


_READERS = {Section.SALES: _sales_row, Section.STOCK: _stock_row, Section.MEMBERS: _member_row}
_KEYS = {Section.STOCK: "sku_code", Section.MEMBERS: "card_no"}


async def read_section(section: Section | str, data: bytes, filename: str) -> dict[str, Any]:
    """{"filename", "encoding", "rows": [cleaned rows]} of one section's file, or a 400 naming every bad line."""
    section = Section(section)
    headers, raw_rows, encoding = await asyncio.to_thread(cleaning.read_table, data, filename)
    if len(raw_rows) > MAX_ROWS:
        raise ValidationError(f"一个文件最多 {MAX_ROWS} 行")
    cols = _columns(section, headers)
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_rows):
        line = i + 2
        try:
            row = _READERS[section](raw, cols)
        except CellError as exc:
            errors.append(f"第 {line} 行：{exc}")
            continue
        key = _KEYS.get(section)
        if key:
            if row[key] in seen:
                errors.append(f"第 {line} 行：{row[key]} 与第 {seen[row[key]]} 行重复")
                continue
            seen[row[key]] = line
        rows.append(row)
    if errors:
        shown = "；".join(errors[:5]) + (f"；等 {len(errors)} 处" if len(errors) > 5 else "")
        raise ValidationError(f"{SECTION_NAMES_ZH[section]}文件有错误，未保存：{shown}")
    return {"filename": filename[:255], "encoding": encoding, "rows": rows}
