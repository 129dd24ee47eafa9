"""backend.xlsx: exports store text as text (no formula from a supplier's name), uploads with a DTD or entities, a
zip bomb or a broken part answer 400, and no other module writes xlsx or csv."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from tortoise.transactions import in_transaction

from backend import xlsx
from backend.errors import ValidationError
from backend.org.models import Role
from backend.settings import ROOT
from tests.factories import auth, make_user

HYPERLINK = '=HYPERLINK("http://x","y")'
RISKY = [HYPERLINK, "=1+2", "+86 138", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]


def _read_back(data: bytes) -> list[list[Any]]:
    ws = load_workbook(io.BytesIO(data)).active  # not data_only: a formula would come back as "=..." with type f
    assert ws is not None
    return [[c for c in row] for row in ws.iter_rows()]


def test_append_row_keeps_text_as_text_and_numbers_as_numbers() -> None:
    wb, ws = xlsx.new_book("表")
    xlsx.append_row(ws, [*RISKY, 12, Decimal("3.50"), dt.date(2024, 6, 30), None, "普通文本"])
    cells = _read_back(xlsx.to_bytes(wb))[0]
    for cell, text in zip(cells, RISKY, strict=False):
        # (XML reads a carriage return back as a newline; it is still the first character, as text)
        assert cell.data_type == "s" and cell.value == text.replace("\r", "\n"), (cell.data_type, cell.value)
    number, decimal, day, empty, plain = cells[len(RISKY):]
    assert number.data_type == "n" and number.value == 12
    assert decimal.data_type == "n" and decimal.value == 3.5
    assert day.is_date and empty.value is None and plain.value == "普通文本"


def test_plain_openpyxl_would_have_written_a_formula() -> None:
    """What the writer protects against: the same value through openpyxl directly becomes a live formula."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([HYPERLINK])
    buf = io.BytesIO()
    wb.save(buf)
    assert _read_back(buf.getvalue())[0][0].data_type == "f"


async def test_a_supplier_named_like_a_formula_is_plain_text_in_the_payables_export(db: None, client: Any) -> None:
    from backend.finance import accounts
    from backend.finance.ledger import Line, post_entry

    as_of = dt.date(2024, 6, 30)
    async with in_transaction() as conn:  # as purchasing receiving posts it: the supplier's name is the partner
        await post_entry(date=as_of - dt.timedelta(days=40), memo="采购入库", source_type="t", source_id="x1",
                         lines=[Line(accounts.INVENTORY, debit_fen=10000),
                                Line(accounts.PAYABLE, credit_fen=10000, partner=HYPERLINK)], conn=conn)
    fin = auth(await make_user(Role.FINANCE))
    _, resp = await client.get(f"/api/v1/finance/payables?as_of={as_of}&format=xlsx", headers=fin)
    assert resp.status == 200
    rows = _read_back(resp.body)
    named = [row for row in rows if row[0].value == HYPERLINK]
    assert len(named) == 1
    name, balance = named[0][0], named[0][1]
    assert name.data_type == "s"  # literal text, not a formula
    assert balance.data_type == "n" and balance.value == 100  # amounts stay numbers (yuan)
    assert not [c for row in rows for c in row if c.data_type == "f"]  # no formula anywhere in the sheet
    raw = zipfile.ZipFile(io.BytesIO(resp.body)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in raw and "<f " not in raw


def test_no_other_module_writes_xlsx_or_csv() -> None:
    """Every writer goes through backend/xlsx.py: no other module builds a workbook, appends sheet rows itself or
    writes csv (a new export that did would bring the formula injection back)."""
    writer = re.compile(r"from openpyxl import [^\n]*\b(Workbook|load_workbook)\b|csv\.(writer|DictWriter)\("
                        r"|(?<![A-Za-z_])ws\.append\(|\.cell\([^)]*value=")
    offenders = []
    for folder in ("backend", "admin_api", "bots"):
        for path in (ROOT / folder).rglob("*.py"):
            if "tests" in path.parts or path == ROOT / "backend" / "xlsx.py":
                continue
            if writer.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [], offenders
    assert "append_row" in (ROOT / "backend" / "finance" / "exports.py").read_text(encoding="utf-8")


# ---- uploads --------------------------------------------------------------------------------------------------


def _xlsx_with(sheet_xml_edit: Any = None, extra_parts: dict[str, bytes] | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["sku_code", "name"])
    ws.append(["A1", "奶粉"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml" and sheet_xml_edit:
                data = sheet_xml_edit(data)
            dst.writestr(item, data)
        for name, data in (extra_parts or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def _with_doctype(doctype: str, encoding: str = "utf-8") -> Any:
    def edit(data: bytes) -> bytes:
        text = data.decode("utf-8")
        head, sep, rest = text.partition("?>")
        text = head + sep + doctype + rest if sep else doctype + text
        text = text.replace("<v>", "<v>", 1)
        return text.encode(encoding) if encoding == "utf-8" else text.replace(
            'encoding="UTF-8"', f'encoding="{encoding.upper()}"').encode(encoding)
    return edit


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10)) + "]>")
CRAFTED = {
    "billion laughs": _xlsx_with(_with_doctype(BILLION_LAUGHS)),
    "external entity": _xlsx_with(_with_doctype('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
    "bare DTD": _xlsx_with(_with_doctype("<!DOCTYPE worksheet>")),
    "DTD in UTF-16": _xlsx_with(_with_doctype('<!DOCTYPE x [<!ENTITY a "b">]>', "utf-16-le")),
    "DTD in another part": _xlsx_with(extra_parts={"xl/custom.xml": b'<?xml version="1.0"?><!DOCTYPE c><c/>'}),
    "not a zip": b"PK\x03\x04 this is not a zip at all",
    "broken sheet": _xlsx_with(lambda data: data[: len(data) // 2]),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_read_rows_refuses(name: str) -> None:
    with pytest.raises(ValidationError):
        xlsx.read_rows(CRAFTED[name])


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 1_000_000)
    bomb = _xlsx_with(extra_parts={"xl/padding.bin": b"\0" * 2_000_000})
    assert len(bomb) < 100_000
    with pytest.raises(ValidationError, match="过大"):
        xlsx.read_rows(bomb)


def test_a_plain_xlsx_reads() -> None:
    assert xlsx.read_rows(_xlsx_with()) == [["sku_code", "name"], ["A1", "奶粉"]]


@pytest.mark.parametrize("name", ["billion laughs", "external entity", "DTD in UTF-16", "broken sheet"])
async def test_the_import_route_answers_400_and_writes_nothing(db: None, client: Any, name: str) -> None:
    from backend.imports.models import ImportJob

    admin = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.post("/admin/api/v1/imports/?kind=products&filename=legacy.xlsx", headers=admin,
                                content=CRAFTED[name])
    assert resp.status == 400, resp.text
    assert resp.json["error"]["code"] == "validation_error"
    assert await ImportJob.all().count() == 0


def test_the_crafted_files_are_what_they_say(tmp_path: Path) -> None:
    sheet = zipfile.ZipFile(io.BytesIO(CRAFTED["billion laughs"])).read("xl/worksheets/sheet1.xml")
    assert b"<!ENTITY lol9" in sheet
    utf16 = zipfile.ZipFile(io.BytesIO(CRAFTED["DTD in UTF-16"])).read("xl/worksheets/sheet1.xml")
    assert b"<!DOCTYPE" not in utf16 and "<!DOCTYPE".encode("utf-16-le") in utf16
