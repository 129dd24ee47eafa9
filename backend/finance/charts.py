"""Server-side SVG charts for the reports people would rather look at than read (margin by category etc.).

Plain SVG text (no plotting library): horizontal bars, amounts in yuan from integer fen via Decimal.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from backend.finance.exports import BY_NAMES_ZH, yuan

SVG_CONTENT_TYPE = "image/svg+xml; charset=utf-8"
_FONT = "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif"
_BAR = "#4e79a7"
_NEG = "#e15759"


def _fmt_yuan(fen: int) -> str:
    return f"{yuan(fen):,}"


def bar_chart(title: str, subtitle: str, bars: list[tuple[str, int, str]], width: int = 760) -> str:
    """bars: (label, value in fen, annotation). Negative values are drawn left of the axis in red."""
    row_h, top, label_w, right_pad = 28, 64, 180, 190
    height = top + max(1, len(bars)) * row_h + 24
    plot_w = width - label_w - right_pad
    max_pos = max([v for _, v, _ in bars if v > 0], default=0)
    max_neg = max([-v for _, v, _ in bars if v < 0], default=0)
    span = max_pos + max_neg or 1
    zero_x = label_w + plot_w * Decimal(max_neg) / Decimal(span)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{escape(_FONT)}">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="16" y="28" font-size="18" font-weight="bold">{escape(title)}</text>',
        f'<text x="16" y="48" font-size="12" fill="#666666">{escape(subtitle)}</text>',
    ]
    if not bars:
        parts.append(f'<text x="16" y="{top + 18}" font-size="13" fill="#999999">暂无数据</text>')
    for i, (label, value, note) in enumerate(bars):
        y = top + i * row_h
        w = plot_w * Decimal(abs(value)) / Decimal(span)
        x = zero_x if value >= 0 else zero_x - w
        parts.append(f'<text x="{label_w - 8}" y="{y + 18}" font-size="13" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{x:.1f}" y="{y + 5}" width="{max(w, Decimal(1)):.1f}" height="{row_h - 10}" '
                     f'fill="{_BAR if value >= 0 else _NEG}"><title>{escape(label)}: {_fmt_yuan(value)} 元</title></rect>')
        parts.append(f'<text x="{label_w + plot_w + 8}" y="{y + 18}" font-size="12">'
                     f'{_fmt_yuan(value)} 元 {escape(note)}</text>')
    parts.append(f'<line x1="{zero_x:.1f}" y1="{top}" x2="{zero_x:.1f}" y2="{height - 24}" stroke="#999999"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def gross_margin_svg(report: dict[str, Any], scope_label: str = "全部", limit: int = 20) -> str:
    """Gross profit per group (highest first, at most `limit` bars) with the margin next to each bar."""
    items = report["items"][:limit]
    bars = [(x["name"] if len(x["name"]) <= 14 else x["name"][:13] + "…", x["gross_profit_fen"],
             f"（毛利率 {x['margin_pct']}%）" if x["margin_pct"] is not None else "") for x in items]
    by_zh = BY_NAMES_ZH[report["by"]]
    subtitle = f"{report['from']} 至 {report['to']} · {scope_label} · 合计毛利 {_fmt_yuan(report['total']['gross_profit_fen'])} 元"
    return bar_chart(f"毛利分析（{by_zh}）", subtitle, bars)


def column_chart(title: str, subtitle: str, points: list[tuple[str, int]], width: int = 860, height: int = 360) -> str:
    """Daily columns (value in fen) with a zero axis; the x labels are thinned to stay readable."""
    left, right, top, bottom = 80, 20, 64, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    hi = max([v for _, v in points] + [0])
    lo = min([v for _, v in points] + [0])
    span = (hi - lo) or 1
    zero_y = top + plot_h * Decimal(hi) / Decimal(span)
    n = max(1, len(points))
    step = Decimal(plot_w) / n
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{escape(_FONT)}">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="16" y="28" font-size="18" font-weight="bold">{escape(title)}</text>',
        f'<text x="16" y="48" font-size="12" fill="#666666">{escape(subtitle)}</text>',
        f'<text x="{left - 6}" y="{top + 4}" font-size="11" text-anchor="end">{_fmt_yuan(hi)}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" font-size="11" text-anchor="end">{_fmt_yuan(lo)}</text>',
    ]
    every = max(1, (len(points) + 9) // 10)
    for i, (label, value) in enumerate(points):
        h = plot_h * Decimal(abs(value)) / Decimal(span)
        x = left + step * i + step * Decimal("0.15")
        y = zero_y - h if value >= 0 else zero_y
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * Decimal("0.7"):.1f}" height="{h:.1f}" '
                     f'fill="{_BAR if value >= 0 else _NEG}"><title>{escape(label)}: {_fmt_yuan(value)} 元</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + step * Decimal("0.35"):.1f}" y="{height - bottom + 16}" font-size="11" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<line x1="{left}" y1="{zero_y:.1f}" x2="{width - right}" y2="{zero_y:.1f}" stroke="#999999"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def sales_trend_svg(report: dict[str, Any], scope_label: str = "全部") -> str:
    points = [(x["date"][5:], x["sales_fen"]) for x in report["days"]]
    subtitle = (f"{report['from']} 至 {report['to']} · {scope_label} · 合计销售额（不含税）"
                f"{_fmt_yuan(report['total']['sales_fen'])} 元")
    return column_chart("销售趋势（每日，不含税）", subtitle, points)
