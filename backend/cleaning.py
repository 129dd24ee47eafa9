"""Reading and cleaning legacy files: encoding detection (UTF-8 or GBK), CSV and xlsx, trimming, phones,
dates, money, and picking the newest of duplicate rows. Pure functions; each bad value raises CellError with
a Chinese reason."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from backend.errors import ValidationError
from backend.fieldcrypt import normalise_phone
from backend.xlsx import read_rows


class CellError(ValueError):
    """A value that cannot be used; str(exc) is the Chinese reason shown for the row."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (with or without BOM), else GBK (read as GB18030, its
    superset, so rare characters survive)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError as exc:
        raise ValidationError("无法识别文件编码，请保存为 UTF-8 或 GBK 编码的 CSV") from exc


def read_table(data: bytes, filename: str) -> tuple[list[str], list[list[Any]], str]:
    """(headers, rows, encoding) from a CSV or xlsx upload. Empty lines are skipped."""
    if filename.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return (*_read_xlsx(data), "xlsx")
    text, encoding = decode(data)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        raise ValidationError("文件是空的")
    return [h.strip() for h in rows[0]], rows[1:], encoding


def _read_xlsx(data: bytes) -> tuple[list[str], list[list[Any]]]:
    rows = read_rows(data)  # 400 for a DTD, entities, a zip bomb or any parse error
    if not rows:
        raise ValidationError("文件是空的")
    return [str(h).strip() if h is not None else "" for h in rows[0]], rows[1:]


def text(value: Any, *, max_len: int = 255, required: bool = False, label: str = "") -> str:
    s = "" if value is None else str(value)
    s = re.sub(r"\s+", " ", s.replace("\u3000", " ")).strip()
    if isinstance(value, float) and value.is_integer():
        s = str(int(value))
    if required and not s:
        raise CellError(f"{label}为空")
    if len(s) > max_len:
        raise CellError(f"{label}过长（最多 {max_len} 个字）")
    return s


_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]


def date(value: Any, *, label: str = "日期", required: bool = False) -> dt.date | None:
    """2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, or an Excel date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = text(value, label=label)
    if not s:
        if required:
            raise CellError(f"{label}为空")
        return None
    for pat in _DATE_PATTERNS:
        m = pat.match(s)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            try:
                parsed = dt.date(y, mo, d)
            except ValueError:
                break
            if not 1900 <= parsed.year <= 2100:
                break
            return parsed
    raise CellError(f"{label}「{s}」不是有效日期")


def datetime_or_none(value: Any) -> dt.datetime | None:
    """An optional 'updated at' stamp used to pick the newest duplicate (`moment`, with None for what it refuses)."""
    try:
        return moment(value)
    except CellError:
        return None


def moment(value: Any, *, label: str = "时间", required: bool = False) -> dt.datetime | None:
    """A date or date + time ("2024-03-05 14:30", "2024/3/5", an Excel date cell), naive (local time)."""
    if isinstance(value, dt.datetime):
        return value
    s = text(value, label=label)
    if not s:
        if required:
            raise CellError(f"{label}为空")
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M"):
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            continue
    d = date(value, label=label)
    assert d is not None
    return dt.datetime.combine(d, dt.time.min)


def flag(value: Any, *, label: str) -> bool:
    """是/否, Y/N, 1/0, true/false; empty is False."""
    s = text(value, label=label).lower()
    if s in ("", "否", "n", "no", "0", "false", "×"):
        return False
    if s in ("是", "y", "yes", "1", "true", "√"):
        return True
    raise CellError(f"{label}「{s}」应为 是 或 否")


# Area codes: 010 and 02x have three digits, the others four (0755, 0571...).
_LANDLINE = re.compile(r"^(0[12]\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:-(\d{1,6}))?$")


def contact_phone(value: Any, *, label: str = "联系电话") -> str:
    """A mobile number normalised like members' phones (13800138000), or a landline as 021-64881234
    (with an extension: 021-64881234-808); empty stays empty."""
    s = text(value, label=label)
    if not s:
        return ""
    try:
        return normalise_phone(s)
    except ValidationError:
        pass
    compact = re.sub(r"[\s()（）]", "", s).replace("转", "-")
    m = _LANDLINE.match(compact)
    if m is None:
        raise CellError(f"{label}「{s}」格式不正确")
    return "-".join(g for g in m.groups() if g)


def money_fen(value: Any, *, label: str = "金额", required: bool = True) -> int:
    """A yuan amount ("128", "128.5", "¥1,280.00", "128元") to integer fen; at most 2 decimals."""
    original = text(value, label=label)
    s = original.replace("¥", "").replace("￥", "").replace(",", "").replace("元", "").strip()
    if not s:
        if required:
            raise CellError(f"{label}为空")
        return 0
    try:
        d = Decimal(s)
    except InvalidOperation as exc:
        raise CellError(f"{label}「{original}」不是有效金额") from exc
    if d < 0:
        raise CellError(f"{label}不能为负数")
    if d != d.quantize(Decimal("0.01")):
        raise CellError(f"{label}「{original}」最多两位小数")
    return int(d * 100)


def integer(value: Any, *, label: str = "数量", minimum: int = 0) -> int:
    s = text(value, label=label)
    if not s:
        raise CellError(f"{label}为空")
    try:
        d = Decimal(s)
    except InvalidOperation as exc:
        raise CellError(f"{label}「{s}」不是整数") from exc
    if d != d.to_integral_value():
        raise CellError(f"{label}「{s}」不是整数")
    n = int(d)
    if n < minimum:
        raise CellError(f"{label}不能小于 {minimum}")
    return n


def phone(value: Any, *, required: bool = False) -> str | None:
    s = text(value, label="手机号")
    if not s:
        if required:
            raise CellError("手机号为空")
        return None
    try:
        return normalise_phone(s)
    except ValidationError as exc:
        raise CellError(f"手机号「{s}」格式不正确") from exc


def newest_of_duplicates(rows: list[dict[str, Any]], key: str) -> dict[int, int]:
    """For rows (each with "_row", key and optional "_updated") return {dropped row_no: kept row_no}: of rows
    sharing a key the newest stays (by _updated, then the later line in the file)."""
    best: dict[Any, dict[str, Any]] = {}
    for r in rows:
        k = r[key]
        cur = best.get(k)
        if cur is None or newer(r, cur):
            best[k] = r
    return {r["_row"]: best[r[key]]["_row"] for r in rows if best[r[key]] is not r}


def newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Row a is newer than row b: by "_updated", then the later line in the file."""
    ua, ub = a.get("_updated"), b.get("_updated")
    if ua is not None and ub is not None and ua != ub:
        return bool(ua > ub)
    if ua is not None and ub is None:
        return True
    if ua is None and ub is not None:
        return False
    return bool(a["_row"] > b["_row"])
