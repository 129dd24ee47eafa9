"""Shelf and batch labels: the SKU's name, spec and price with its barcode; a batch label adds the batch number
and expiry date, and its barcode is GS1-128 carrying them: (01) GTIN, (17) expiry YYMMDD, (10) batch — what a
scanner at receiving or a stocktake reads back. Barcodes are python-barcode's (EAN-13, GS1-128, Code 128),
drawn by its SVG writer inside the label, or by its image writer as PNG."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from html import escape

from barcode import EAN13, Code128, Gs1_128
from barcode.writer import ImageWriter, SVGWriter

from backend.catalog.models import Sku
from backend.catalog.pricing import prices_for
from backend.errors import Forbidden, NotFound
from backend.money import yuan
from backend.org.models import Location
from backend.printing import layout
from backend.security import Actor
from backend.settings import get_settings
from backend.stock.models import Batch

LABEL_W_MM, LABEL_H_MM = 70.0, 40.0
MARGIN_MM = 3.0
# GS1 AI (10) batch/lot: up to 20 characters of GS1's set 82; anything else goes into a Code 128 fallback.
_GS1_LOT = re.compile(r"^[A-Za-z0-9!\"%&'()*+,\-./:;<=>?_]{1,20}$")


@dataclass(frozen=True)
class Label:
    chain_name: str
    sku_code: str
    name: str
    spec: str
    unit: str
    price_fen: int
    price_location: str  # the store whose price it shows ("" for the list price)
    symbology: str  # ean13 | gs1_128 | code128
    data: str  # what the bars encode (GS1: the element string without the leading FNC1)
    human_text: str  # printed under the bars
    batch_no: str = ""
    production_date: dt.date | None = None
    expiry_date: dt.date | None = None


def ean13_ok(code: str) -> bool:
    if not (len(code) == 13 and code.isdigit()):
        return False
    digits = [int(c) for c in code]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    return check == digits[12]


def sku_symbol(sku: Sku) -> tuple[str, str, str]:
    """(symbology, data, human text) of a SKU's shelf label: EAN-13 when the barcode is one, else Code 128."""
    code = sku.barcode or sku.code
    if ean13_ok(code):
        return "ean13", code, code
    return "code128", code, code


def batch_symbol(sku: Sku, batch: Batch) -> tuple[str, str, str]:
    """(symbology, data, human text) of a batch label. GS1-128 when the SKU has a GTIN (an EAN-13 barcode) and
    the batch number fits GS1's rules: fixed-length AIs first, the variable lot (10) last, so no separator is
    needed. Otherwise Code 128 of "<barcode or sku code> <batch> <expiry>"."""
    gtin = sku.barcode or ""
    if ean13_ok(gtin) and _GS1_LOT.match(batch.batch_no):
        parts = [("01", "0" + gtin)]
        if batch.expiry_date:
            parts.append(("17", f"{batch.expiry_date:%y%m%d}"))
        parts.append(("10", batch.batch_no))
        return "gs1_128", "".join(a + v for a, v in parts), "".join(f"({a}){v}" for a, v in parts)
    text = " ".join(x for x in (gtin or sku.code, batch.batch_no,
                                batch.expiry_date.isoformat() if batch.expiry_date else "") if x)
    return "code128", text, text


async def _price_location(actor: Actor, location_code: str | None) -> Location | None:
    """The store whose price the label shows: the one named (in the caller's scope), else a store-bound
    caller's only store, else none (the list price)."""
    if location_code:
        loc = await Location.get_or_none(code=location_code)
        if loc is None:
            if actor.location_ids is not None:
                raise Forbidden("无权查看该门店或仓库的数据")
            raise NotFound(f"门店或仓库 {location_code} 不存在")
        actor.require_location(loc.id)
        return loc
    if actor.location_ids is not None and len(actor.location_ids) == 1:
        return await Location.get_or_none(id=next(iter(actor.location_ids)))
    return None


async def _sku(code: str) -> Sku:
    sku = await Sku.get_or_none(code=code)
    if sku is None:
        raise NotFound(f"商品 {code} 不存在")
    return sku


async def _base(actor: Actor, sku: Sku, location_code: str | None) -> dict[str, object]:
    loc = await _price_location(actor, location_code)
    price = (await prices_for([sku], "pos", loc))[sku.id]
    return {"chain_name": get_settings().chain_name, "sku_code": sku.code, "name": sku.name, "spec": sku.spec,
            "unit": sku.unit, "price_fen": price, "price_location": loc.name if loc else ""}


async def sku_label(actor: Actor, sku_code: str, location_code: str | None = None) -> Label:
    sku = await _sku(sku_code)
    symbology, data, human = sku_symbol(sku)
    return Label(**await _base(actor, sku, location_code), symbology=symbology, data=data,  # type: ignore[arg-type]
                 human_text=human)


async def batch_label(actor: Actor, batch_id: int, location_code: str | None = None) -> Label:
    batch = await Batch.get_or_none(id=batch_id)
    if batch is None:
        raise NotFound("批次不存在")
    sku = await Sku.get(id=batch.sku_id)
    symbology, data, human = batch_symbol(sku, batch)
    return Label(**await _base(actor, sku, location_code), symbology=symbology, data=data,  # type: ignore[arg-type]
                 human_text=human, batch_no=batch.batch_no, production_date=batch.production_date,
                 expiry_date=batch.expiry_date)


# ---------------------------------------------------------------------------------------------------- rendering


def barcode_of(label: Label, writer: SVGWriter | ImageWriter | None = None) -> EAN13 | Code128:
    if label.symbology == "ean13":
        return EAN13(label.data, writer=writer)
    if label.symbology == "gs1_128":
        return Gs1_128(label.data, writer=writer)
    return Code128(label.data, writer=writer)


def _module_width(label: Label) -> float:
    """Bars as wide as fit the label (at most 0.33 mm, the EAN nominal)."""
    modules = len(barcode_of(label).build()[0])
    room = LABEL_W_MM - 2 * MARGIN_MM - 2 * 2.0  # quiet zones of 2 mm
    return round(min(0.33, room / modules), 3)


BARCODE_OPTIONS = {"module_height": 9.0, "font_size": 7, "text_distance": 3.0, "quiet_zone": 2.0}


def barcode_svg(label: Label) -> str:
    buf = io.BytesIO()
    barcode_of(label, SVGWriter()).write(buf, options={**BARCODE_OPTIONS, "module_width": _module_width(label)},
                                         text=label.human_text)
    return buf.getvalue().decode("utf-8")


def _bars_group(svg: str) -> str:
    """The bars and text of python-barcode's SVG (its <g>), without its white background."""
    start = svg.index('<g id="barcode_group">')
    body = svg[start:svg.rindex("</g>") + 4]
    return re.sub(r'<rect width="100%" height="100%"[^>]*/>', "", body, count=1)


def _text(x: float, y: float, text: str, size: float, *, bold: bool = False, anchor: str = "start") -> str:
    weight = "font-weight:bold;" if bold else ""
    return (f'<text x="{x}mm" y="{y}mm" style="font-size:{size}mm;{weight}text-anchor:{anchor};'
            f'font-family:\'Noto Sans CJK SC\',\'Source Han Sans SC\',sans-serif">{escape(text)}</text>')


def label_svg(label: Label) -> str:
    """The whole label (70 x 40 mm) as SVG: texts on top, python-barcode's bars at the bottom."""
    w = LABEL_W_MM - 2 * MARGIN_MM
    cols = int(w / 2.0)  # half-width columns at a 4 mm CJK glyph
    parts = [_text(MARGIN_MM, 5.0, label.chain_name, 2.6)]
    if label.price_location:
        parts.append(_text(LABEL_W_MM - MARGIN_MM, 5.0, label.price_location, 2.6, anchor="end"))
    parts.append(_text(MARGIN_MM, 10.5, layout.clip(label.name, cols), 4.0, bold=True))
    detail = " ".join(x for x in (label.spec, label.unit and f"单位：{label.unit}", label.sku_code) if x)
    parts.append(_text(MARGIN_MM, 15.0, detail, 2.8))
    if label.batch_no:
        parts.append(_text(MARGIN_MM, 19.5, f"批号：{label.batch_no}", 3.0))
        if label.expiry_date:
            parts.append(_text(MARGIN_MM, 23.5, f"有效期至：{label.expiry_date.isoformat()}", 3.0, bold=True))
        parts.append(_text(LABEL_W_MM - MARGIN_MM, 23.5, yuan(label.price_fen), 5.0, bold=True, anchor="end"))
    else:
        parts.append(_text(LABEL_W_MM - MARGIN_MM, 23.0, yuan(label.price_fen), 7.0, bold=True, anchor="end"))
    bars = _bars_group(barcode_svg(label))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{LABEL_W_MM}mm" height="{LABEL_H_MM}mm">\n'
            f'<rect width="100%" height="100%" style="fill:white"/>\n' + "\n".join(parts) +
            f'\n<svg id="barcode" x="{MARGIN_MM}mm" y="24.5mm" overflow="visible">{bars}</svg>\n</svg>\n')


def label_png(label: Label, dpi: int = 203) -> bytes:
    """The barcode with its human-readable text as a PNG at the label printer's resolution (203 dpi: 8 dots/mm)."""
    buf = io.BytesIO()
    barcode_of(label, ImageWriter()).write(buf, options={**BARCODE_OPTIONS, "module_width": _module_width(label),
                                                         "dpi": dpi}, text=label.human_text)
    return buf.getvalue()
