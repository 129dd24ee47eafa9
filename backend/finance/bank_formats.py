"""Bank statement layouts (对账单 / 交易明细 exports) of the major Chinese banks, read from CSV (UTF-8 or GBK) or
xlsx. Pure functions: `parse(data, filename)` finds the header row (banks put the account number, name and date
range in the rows above it), picks the layout whose headers it carries and answers the transactions.

Layouts (the header names each bank's online banking exports; full-width brackets and spaces are ignored):

- ICBC 工商银行 (企业网银 明细查询): 凭证号, 本方账号, 对方账号, 交易时间, 借/贷, 借方发生额, 贷方发生额, 对方行号,
  摘要, 用途, 对方单位名称, 余额, 个性化信息; the personal export's 交易日期, 记账金额(收入), 记账金额(支出), 余额,
  对方户名 are read by the same importer.
- CCB 建设银行 (企业网银 账户明细): 交易时间, 借方发生额（支取）, 贷方发生额（收入）, 余额, 币种, 对方户名, 对方账号,
  对方开户机构, 记账日期, 摘要, 备注, 账户明细编号-交易流水号, 企业流水号, 凭证种类, 凭证号.
- CMB 招商银行 (企业银行 交易明细): 交易日, 交易时间, 起息日, 交易类型, 借方金额, 贷方金额, 余额, 摘要, 流水号,
  流程实例号, 业务名称, 用途, 业务参考号, 业务摘要, 其它摘要, 收/付方分行名, 收/付方名称, 收/付方帐号; the personal
  export's 交易日期, 收入, 支出, 余额, 交易备注 likewise.

A debit (借方, 支出, 支取) is money out of our account, a credit (贷方, 收入) money in: amount_fen is signed
(+ in, − out). Each line gets a fingerprint: the bank's serial number when the layout has one, else a hash of
date, time, amount, balance, counterparty and summary (the running balance makes it unique in practice).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from backend import cleaning
from backend.errors import ValidationError
from backend.xlsx import read_rows

HEADER_SCAN_ROWS = 20


@dataclass(frozen=True)
class Layout:
    bank: str
    name_zh: str
    signature: tuple[frozenset[str], ...]  # the header row carries every name of at least one of these sets
    date: tuple[str, ...]
    time: tuple[str, ...]
    debit: tuple[str, ...]  # money out
    credit: tuple[str, ...]  # money in
    balance: tuple[str, ...]
    counterparty: tuple[str, ...]
    summary: tuple[str, ...]
    serial: tuple[str, ...]  # the bank's unique serial number of the line
    reference: tuple[str, ...]  # a voucher / business reference (also searched for when matching)


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        bank="ccb", name_zh="中国建设银行",
        signature=(frozenset({"借方发生额(支取)", "贷方发生额(收入)"}), frozenset({"账户明细编号-交易流水号"})),
        date=("记账日期", "交易时间", "交易日期"), time=("交易时间",),
        debit=("借方发生额(支取)", "借方发生额"), credit=("贷方发生额(收入)", "贷方发生额(收存)", "贷方发生额"),
        balance=("余额", "账户余额"), counterparty=("对方户名", "对方账户名称"), summary=("摘要", "备注"),
        serial=("账户明细编号-交易流水号", "交易流水号"), reference=("企业流水号", "凭证号"),
    ),
    Layout(
        bank="cmb", name_zh="招商银行",
        signature=(frozenset({"借方金额", "贷方金额", "流水号"}), frozenset({"收/付方名称", "借方金额"}),
                   frozenset({"交易日期", "收入", "支出", "交易备注"})),
        date=("交易日", "交易日期"), time=("交易时间",), debit=("借方金额", "支出"), credit=("贷方金额", "收入"),
        balance=("余额", "联机余额"), counterparty=("收/付方名称", "对方户名", "交易备注"),
        summary=("摘要", "业务摘要", "交易类型"), serial=("流水号",), reference=("业务参考号", "用途"),
    ),
    Layout(
        bank="icbc", name_zh="中国工商银行",
        signature=(frozenset({"借方发生额", "贷方发生额", "对方单位名称"}),
                   frozenset({"记账金额(收入)", "记账金额(支出)"})),
        date=("交易时间", "交易日期"), time=(), debit=("借方发生额", "记账金额(支出)"),
        credit=("贷方发生额", "记账金额(收入)"), balance=("余额",), counterparty=("对方单位名称", "对方户名"),
        summary=("摘要", "用途"), serial=(), reference=("凭证号",),
    ),
)
BANK_NAMES_ZH = {lay.bank: lay.name_zh for lay in LAYOUTS}


@dataclass(frozen=True)
class StatementLine:
    row_no: int  # the line of the file (1-based, header included), for messages
    txn_date: dt.date
    amount_fen: int
    balance_fen: int | None
    counterparty: str
    summary: str
    reference: str
    fingerprint: str


@dataclass(frozen=True)
class ParsedStatement:
    bank: str
    bank_account_no: str
    lines: list[StatementLine]


def _norm(header: Any) -> str:
    s = "" if header is None else str(header)
    s = s.replace("（", "(").replace("）", ")").replace("\ufeff", "")
    return re.sub(r"\s+", "", s)


def _rows(data: bytes, filename: str) -> list[list[Any]]:
    if filename.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return read_rows(data)
    text, _ = cleaning.decode(data)
    return [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]


def _detect(rows: list[list[Any]]) -> tuple[Layout, int, dict[str, int]]:
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        names = {_norm(c): j for j, c in enumerate(row) if _norm(c)}
        for layout in LAYOUTS:
            if any(sig <= names.keys() for sig in layout.signature):
                return layout, i, names
    raise ValidationError("无法识别对账单格式：支持工商银行、建设银行、招商银行网银导出的交易明细（CSV 或 xlsx）",
                          code="unknown_statement_layout")


def _col(names: dict[str, int], options: tuple[str, ...]) -> int | None:
    for o in options:
        if o in names:
            return names[o]
    return None


def _cell(row: list[Any], idx: int | None) -> Any:
    return row[idx] if idx is not None and idx < len(row) else None


def _fen(value: Any, label: str) -> int:
    """A yuan amount, possibly signed, with thousands separators; empty or "-" is 0."""
    s = cleaning.text(value, label=label).replace(",", "").replace("¥", "").replace("￥", "").replace("元", "")
    s = s.replace("+", "").strip()
    if s in ("", "-", "--"):
        return 0
    try:
        d = Decimal(s)
    except InvalidOperation as exc:
        raise cleaning.CellError(f"{label}「{s}」不是有效金额") from exc
    if d != d.quantize(Decimal("0.01")):
        raise cleaning.CellError(f"{label}「{s}」最多两位小数")
    return int(d * 100)


def _account_no(preamble: list[list[Any]]) -> str:
    for row in preamble:
        text = " ".join(cleaning.text(c) for c in row if c is not None)
        m = re.search(r"(?:账号|帐号|账户)\s*[:：]?\s*([0-9*][0-9 *]{7,})", text)
        if m:
            return re.sub(r"\s", "", m.group(1))[:40]
    return ""


def parse(data: bytes, filename: str) -> ParsedStatement:
    rows = _rows(data, filename)
    if not rows:
        raise ValidationError("文件是空的")
    layout, header_at, names = _detect(rows)
    cols = {f: _col(names, getattr(layout, f)) for f in ("date", "time", "debit", "credit", "balance",
                                                         "counterparty", "summary", "serial", "reference")}
    if cols["date"] is None or (cols["debit"] is None and cols["credit"] is None):
        raise ValidationError(f"{layout.name_zh}对账单缺少日期或金额列", code="unknown_statement_layout")
    lines: list[StatementLine] = []
    errors: list[str] = []
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        date_cell = _cell(row, cols["date"])
        raw_date = cleaning.text(date_cell)
        if not raw_date or raw_date.startswith(("合计", "总计", "本页", "汇总", "说明", "注")):
            continue  # totals and notes under the table
        try:
            day = cleaning.date(raw_date.split(" ")[0] if isinstance(date_cell, str) else date_cell,
                                label="交易日期", required=True)
            assert day is not None
            out_fen = _fen(_cell(row, cols["debit"]), "借方金额")
            in_fen = _fen(_cell(row, cols["credit"]), "贷方金额")
            balance = _cell(row, cols["balance"])
            balance_fen = _fen(balance, "余额") if cleaning.text(balance) else None
        except cleaning.CellError as exc:
            errors.append(f"第 {offset} 行：{exc}")
            continue
        amount = in_fen - abs(out_fen)  # some exports sign their debits, most do not
        if amount == 0:
            continue
        counterparty = cleaning.text(_cell(row, cols["counterparty"]), max_len=10_000)[:128]
        summary = cleaning.text(_cell(row, cols["summary"]), max_len=10_000)[:255]
        serial = cleaning.text(_cell(row, cols["serial"]), max_len=10_000)[:64]
        reference = cleaning.text(_cell(row, cols["reference"]), max_len=10_000)[:64] or serial
        if serial:
            fingerprint = f"sn:{serial}"
        else:
            stamp = cleaning.text(_cell(row, cols["time"])) or raw_date
            digest = hashlib.sha256("|".join([day.isoformat(), stamp, str(amount), str(balance_fen), counterparty,
                                              summary, reference]).encode()).hexdigest()
            fingerprint = f"h:{digest[:60]}"
        lines.append(StatementLine(offset, day, amount, balance_fen, counterparty, summary, reference, fingerprint))
    if errors:
        raise ValidationError("对账单有无法识别的行：" + "；".join(errors[:10]), code="bad_statement_rows")
    if not lines:
        raise ValidationError("对账单中没有交易明细", code="empty_statement")
    return ParsedStatement(layout.bank, _account_no(rows[:header_at]), lines)
