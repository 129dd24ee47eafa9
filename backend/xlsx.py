"""Every xlsx the server writes or reads goes through here (tests/test_xlsx.py fails on any other openpyxl or csv
writer in the code).

Writing: text is always stored as text. openpyxl turns a string beginning with ``=`` into a formula, and Excel
would run ``=HYPERLINK(...)`` from a supplier's name as a live link (CSV/formula injection, OWASP). ``append_row``
stores every str cell with the string data type, so ``= + - @``, tab and CR at the start stay literal characters;
numbers, Decimals and dates stay what they are.

Reading: an upload is refused (400) before openpyxl sees it when it is not a zip of reasonable size, when any part
declares a DTD or entities (billion laughs, external entities), or when parsing fails at any point, including
the lazy row parsing of read-only mode.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from backend.errors import ValidationError

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # the app accepts 20 MB uploads; xlsx compresses ~10x
MAX_PARTS = 10_000
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("utf-8", "utf-16-le", "utf-16-be"))


# ---- writing ---------------------------------------------------------------------------------------------------


def new_book(sheet_title: str) -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title
    return wb, ws


def append_row(ws: Worksheet, values: Iterable[Any]) -> int:
    """Append one row, every str stored as literal text (never a formula). Returns the row number."""
    ws.append(list(values))
    row = ws.max_row
    for cell in ws[row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl made "=..." a formula ("f"); a string cell is shown as typed
    return row


def to_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---- reading ---------------------------------------------------------------------------------------------------


def check_archive(data: bytes) -> None:
    """Refuse an upload that is not a plain xlsx: not a zip, too big unpacked, or with a DTD / entities."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ValidationError("无法读取 xlsx 文件") from exc
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
            raise ValidationError("xlsx 文件解压后过大")
        for part in parts:
            if not part.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                content = archive.read(part)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
                raise ValidationError("无法读取 xlsx 文件") from exc
            if any(mark in content for mark in _DTD_MARKS):
                raise ValidationError("xlsx 文件含有 DTD 或实体声明，已拒绝（请用 Excel 重新保存后上传）")


def read_rows(data: bytes) -> list[list[Any]]:
    """The non-empty rows of the first sheet of an uploaded xlsx (values, not formulas)."""
    check_archive(data)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            return [list(r) for r in ws.iter_rows(values_only=True)
                    if any(c is not None and str(c).strip() for c in r)]
        finally:
            wb.close()
    except ValidationError:
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many types for a broken file, some lazily
        raise ValidationError("无法读取 xlsx 文件") from exc
