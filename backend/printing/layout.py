"""Fixed-width text layout for thermal receipts: a CJK character takes two columns, everything else one."""

from __future__ import annotations

import unicodedata

from backend.money import yuan

# Columns of font A (12 x 24 dots) on the printable width: 384 dots on 58 mm paper, 576 on 80 mm.
COLUMNS = {58: 32, 80: 48}


def char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def clip(text: str, width: int) -> str:
    """The longest prefix of `text` that fits in `width` columns."""
    out, used = [], 0
    for c in text:
        w = char_width(c)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """`text` cut into lines of at most `width` columns (a CJK character is never split)."""
    lines: list[str] = []
    rest = text
    while rest:
        head = clip(rest, width) or rest[0]
        lines.append(head)
        rest = rest[len(head):]
    return lines or [""]


def two_columns(left: str, right: str, width: int) -> list[str]:
    """`left` flush left and `right` flush right on one line; when they do not fit, `left` on its own lines and
    `right` flush right under it."""
    gap = width - text_width(left) - text_width(right)
    if gap >= 1:
        return [left + " " * gap + right]
    return [*wrap(left, width), " " * max(0, width - text_width(right)) + right]


def labelled(label: str, value: str, width: int) -> list[str]:
    """"label value" on one line when it fits, else the label on its own line and the value wrapped under it."""
    if text_width(label) + text_width(value) <= width:
        return [label + value]
    return [label, *wrap(value, width)]


def centred(text: str, width: int) -> str:
    pad = max(0, width - text_width(text)) // 2
    return " " * pad + text


def rule(width: int, char: str = "-") -> str:
    return char * width


def money(fen: int) -> str:
    return yuan(fen)
