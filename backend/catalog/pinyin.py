"""Pinyin initials for search: "爱他美2段" -> "atm2d", so a clerk can type "atm" instead of Chinese."""

from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

_KEEP = re.compile(r"[^0-9a-z]")
MAX_LEN = 64


def initials(text: str) -> str:
    """First letter of each Chinese character's pinyin; Latin letters and digits kept; the rest dropped."""
    if not text:
        return ""
    joined = "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default"))
    return _KEEP.sub("", joined.lower())[:MAX_LEN]
