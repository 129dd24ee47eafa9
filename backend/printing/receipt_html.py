"""The receipt as a printable HTML page (any printer a browser reaches): the paper's width set by CSS, the
order's QR code inline as SVG, nothing loaded from outside."""

from __future__ import annotations

from html import escape

import qrcode
import qrcode.image.svg

from backend.printing import layout
from backend.printing.receipts import Receipt

PAPER_MM = {58: 58, 80: 80}

_CSS = """
@page { size: %(mm)smm auto; margin: 2mm; }
body { margin: 0 auto; padding: 3mm; width: %(inner)smm; font: 12px/1.45 "Noto Sans CJK SC", "Source Han Sans SC",
       "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; color: #000; background: #fff; }
h1 { font-size: 12px; margin: 0; text-align: center; font-weight: bold; }
h2 { font-size: 17px; margin: 2px 0; text-align: center; }
.center { text-align: center; }
.meta div { white-space: nowrap; overflow: hidden; }
hr { border: 0; border-top: 1px dashed #000; margin: 4px 0; }
table { width: 100%%; border-collapse: collapse; }
td { padding: 1px 0; vertical-align: top; }
td.amt { text-align: right; white-space: nowrap; }
.sub td { color: #333; padding-left: 8px; }
.total td { font-weight: bold; font-size: 14px; }
.qr svg { width: 30mm; height: 30mm; }
"""


def _qr_svg(text: str) -> str:
    img = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    return str(img.to_string(encoding="unicode"))


def _row(label: str, amount: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<tr{attr}><td>{escape(label)}</td><td class="amt">{escape(amount)}</td></tr>'


def render(r: Receipt, width: int) -> str:
    mm = PAPER_MM[width]
    rows = []
    for it in r.items:
        rows.append(_row(it.name, layout.money(it.gross_fen)))
        rows.append(_row(f"{layout.money(it.unit_price_fen)} × {it.qty}", "", "sub"))
    totals = [_row(f"商品合计（{r.item_count}件）", layout.money(r.subtotal_fen))]
    totals += [_row(d.label, layout.money(-d.amount_fen)) for d in r.discounts]
    if r.shipping_fen:
        totals.append(_row("运费", layout.money(r.shipping_fen)))
    totals.append(_row("应付", layout.money(r.total_fen), "total"))
    totals += [_row(p.label, layout.money(p.amount_fen)) for p in r.payments]
    if r.refunded_fen:
        totals.append(_row("已退款", layout.money(-r.refunded_fen)))
    member = ""
    if r.member_code:
        mrows = [_row("会员", r.member_code)]
        if r.points_used:
            mrows.append(_row("本单抵扣积分", str(r.points_used)))
        mrows.append(_row("本单获得积分", str(r.points_earned)))
        if r.points_balance is not None:
            mrows.append(_row("积分余额", str(r.points_balance)))
        member = "<hr><table>" + "".join(mrows) + "</table>"
    cashier = f"<div>收银：{escape(r.cashier)}</div>" if r.cashier else ""
    voided = f"<div><b>订单{escape(r.status_name)}</b></div>" if r.voided else ""
    address = f'<div class="center">{escape(r.store_address)}</div>' if r.store_address else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>小票 {escape(r.order_no)}</title>
<style>{_CSS % {"mm": mm, "inner": mm - 10}}</style></head>
<body>
<h1>{escape(r.chain_name)}</h1>
<h2>{escape(r.store_name)}</h2>
{address}
<hr>
<div class="meta">
<div>单号：{escape(r.order_no)}</div>
<div>时间：{r.placed_at:%Y-%m-%d %H:%M}</div>
{cashier}
<div>渠道：{escape(r.channel_name)}</div>{voided}
</div>
<hr>
<table><tr><td><b>商品</b></td><td class="amt"><b>金额</b></td></tr>{"".join(rows)}</table>
<hr>
<table>{"".join(totals)}</table>
{member}
<hr>
<div class="center qr">{_qr_svg(r.qr_text)}</div>
<div class="center">扫码查询订单</div>
<div class="center">谢谢惠顾，欢迎再次光临</div>
</body></html>
"""
