"""The receipt as ESC/POS bytes for a 58 mm or 80 mm thermal printer (network or Bluetooth), built with
python-escpos's Dummy printer: its commands for alignment, emphasis, size, the native QR code and the cut; the
text itself is GB18030, which Chinese printers read in their Chinese character mode (FS &)."""

from __future__ import annotations

from dataclasses import dataclass

from escpos.printer import Dummy

from backend.printing import layout
from backend.printing.receipts import Receipt

ENCODING = "gb18030"
CHINESE_MODE = b"\x1c\x26"  # FS &: two-byte (GB) characters on
INIT = b"\x1b\x40"  # ESC @: reset the printer's modes
QR_SIZE = {58: 5, 80: 7}  # module size in dots


@dataclass(frozen=True)
class Block:
    """One printed line: its text and how it is printed. kind "qr" prints `text` as a QR code."""

    text: str
    align: str = "left"
    bold: bool = False
    big: bool = False
    kind: str = "text"


def blocks(r: Receipt, width: int) -> list[Block]:
    """The receipt's lines in print order. `width` is the paper (58 or 80 mm)."""
    cols = layout.COLUMNS[width]
    out: list[Block] = []

    def line(text: str = "", **kw: object) -> None:
        out.append(Block(text, **kw))  # type: ignore[arg-type]

    def pair(left: str, right: str, **kw: object) -> None:
        for t in layout.two_columns(left, right, cols):
            line(t, **kw)

    def field(label: str, value: str) -> None:
        """"label：value" on one line, or the label above the value when they do not fit (an order number)."""
        for t in layout.labelled(f"{label}：", value, cols):
            line(t)

    line(r.chain_name, align="center", bold=True)
    for t in layout.wrap(r.store_name, cols // 2):
        line(t, align="center", bold=True, big=True)
    for t in layout.wrap(r.store_address, cols):
        line(t, align="center")
    line(layout.rule(cols))
    field("单号", r.order_no)
    field("时间", f"{r.placed_at:%Y-%m-%d %H:%M}")
    if r.cashier:
        field("收银", r.cashier)
    field("渠道", r.channel_name)
    if r.voided:
        line(f"订单{r.status_name}", bold=True)
    line(layout.rule(cols))
    pair("商品", "金额", bold=True)
    for it in r.items:
        for t in layout.wrap(it.name, cols):
            line(t)
        pair(f"  {layout.money(it.unit_price_fen)} x {it.qty}", layout.money(it.gross_fen))
    line(layout.rule(cols))
    pair(f"商品合计（{r.item_count}件）", layout.money(r.subtotal_fen))
    for d in r.discounts:
        pair(d.label, layout.money(-d.amount_fen))
    if r.shipping_fen:
        pair("运费", layout.money(r.shipping_fen))
    pair("应付", layout.money(r.total_fen), bold=True)
    for p in r.payments:
        pair(p.label, layout.money(p.amount_fen))
    if r.refunded_fen:
        pair("已退款", layout.money(-r.refunded_fen))
    if r.member_code:
        line(layout.rule(cols))
        field("会员", r.member_code)
        if r.points_used:
            pair("本单抵扣积分", str(r.points_used))
        pair("本单获得积分", str(r.points_earned))
        if r.points_balance is not None:
            pair("积分余额", str(r.points_balance))
    line(layout.rule(cols))
    line(r.qr_text, kind="qr", align="center")
    line("扫码查询订单", align="center")
    line("谢谢惠顾，欢迎再次光临", align="center")
    return out


def render(r: Receipt, width: int) -> bytes:
    """ESC/POS bytes of the receipt, ending with a feed and a partial cut."""
    p = Dummy()
    p._raw(INIT + CHINESE_MODE)
    for b in blocks(r, width):
        if b.kind == "qr":
            p.set(align="center")
            p.qr(b.text, native=True, size=QR_SIZE[width])
            continue
        p.set(align=b.align, bold=b.bold, double_height=b.big, double_width=b.big, normal_textsize=not b.big)
        p._raw(b.text.encode(ENCODING) + b"\n")
    p.set(align="left", bold=False, normal_textsize=True)
    p.cut(mode="PART")
    return bytes(p.output)
