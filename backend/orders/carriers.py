"""Parcel carriers: our codes, their Chinese names, and reading what staff type on a shipment.

One table for every face: the shopper's order detail shows the name, the marketplace shipment push maps the
code to each platform's own carrier id (every adapter's CARRIERS is keyed by these codes).
"""

from __future__ import annotations

CARRIER_NAMES: dict[str, str] = {
    "SF": "顺丰速运", "ZTO": "中通快递", "YTO": "圆通速递", "STO": "申通快递", "YUNDA": "韵达快递",
    "EMS": "中国邮政 EMS", "JD": "京东物流", "JTSD": "极兔速递", "DBL": "德邦快递",
}
_CARRIER_WORDS: dict[str, tuple[str, ...]] = {
    "SF": ("顺丰",), "ZTO": ("中通",), "YTO": ("圆通",), "STO": ("申通",), "YUNDA": ("韵达",),
    "EMS": ("EMS", "邮政"), "JD": ("京东",), "JTSD": ("极兔", "J&T"), "DBL": ("德邦",),
}


def carrier_code(name: str) -> str | None:
    """``"顺丰速运"`` / ``"顺丰"`` / ``"sf"`` -> ``"SF"``; None when we do not know the carrier."""
    text = name.strip().upper()
    if not text:
        return None
    if text in CARRIER_NAMES:
        return text
    for code, words in _CARRIER_WORDS.items():
        if any(w in text for w in words):
            return code
    return None


def carrier_name(carrier: str) -> str:
    """The Chinese name to show for what a shipment holds (a code or a name typed by staff); unknown text is
    shown as it is."""
    code = carrier_code(carrier) if carrier else None
    return CARRIER_NAMES[code] if code else carrier
