"""A4 PDF documents with the chain's header, built with ReportLab. Chinese text uses ReportLab's built-in CID
font STSong-Light (the reader supplies the glyphs), so no font file ships with Cradle."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from backend.settings import get_settings

FONT = "STSong-Light"
CONTENT_TYPE = "application/pdf"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8.5, leading=12, textColor=colors.HexColor("#444444"))
HEADING = ParagraphStyle("heading", fontName=FONT, fontSize=12, leading=16, spaceBefore=6, spaceAfter=4)


def amount(fen: int) -> str:
    """1234567 fen -> "12,345.67" (yuan with thousands separators, exact: integer arithmetic only)."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


@dataclass(frozen=True)
class Header:
    title: str  # the document, e.g. 利润表
    subtitle: str = ""  # period, scope
    printed_by: str = ""


def _draw_frame(canvas: Canvas, doc: SimpleDocTemplate, header: Header, printed_at: dt.datetime) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont(FONT, 15)
    canvas.drawString(18 * mm, height - 16 * mm, get_settings().chain_name)
    canvas.setFont(FONT, 13)
    canvas.drawRightString(width - 18 * mm, height - 16 * mm, header.title)
    canvas.setFont(FONT, 9)
    if header.subtitle:
        canvas.drawString(18 * mm, height - 22 * mm, header.subtitle)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(18 * mm, height - 25 * mm, width - 18 * mm, height - 25 * mm)
    canvas.setFont(FONT, 8)
    who = f"  打印人：{header.printed_by}" if header.printed_by else ""
    canvas.drawString(18 * mm, 12 * mm, f"打印时间：{printed_at:%Y-%m-%d %H:%M}{who}")
    canvas.drawRightString(width - 18 * mm, 12 * mm, f"第 {doc.page} 页")
    canvas.restoreState()


def build(header: Header, story: Sequence[Flowable], printed_at: dt.datetime) -> bytes:
    """The A4 PDF of `story` with the chain's header and a footer (printed at, page number) on every page."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=30 * mm,
                            bottomMargin=20 * mm, title=header.title, author=get_settings().chain_name,
                            creator="Cradle")

    def frame(canvas: Canvas, d: SimpleDocTemplate) -> None:
        _draw_frame(canvas, d, header, printed_at)

    doc.build(list(story), onFirstPage=frame, onLaterPages=frame)
    return buf.getvalue()


def table(rows: Sequence[Sequence[str]], widths: Sequence[float], *, header_rows: int = 1,
          bold_rows: Sequence[int] = (), right_cols: Sequence[int] = ()) -> Table:
    """A ruled table: the first `header_rows` shaded, `bold_rows` (indexes, negatives from the end) ruled above,
    `right_cols` right-aligned (amounts)."""
    t = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("LEADING", (0, 0), (-1, -1), 13),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
    for c in right_cols:
        style.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    for r in bold_rows:
        style.append(("LINEABOVE", (0, r), (-1, r), 1.0, colors.black))
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f6f6")))
    t.setStyle(TableStyle(style))
    return t


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
