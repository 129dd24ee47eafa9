"""Reads the bars back out of a label's SVG for the tests: the black rectangles become modules, and Code 128 /
GS1-128 symbols are decoded with python-barcode's own symbol table (checksum verified) — what a scanner reads."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from barcode.charsets import code128

SVG_NS = "{http://www.w3.org/2000/svg}"
_PATTERNS = {p: v for v, p in enumerate(code128.CODES)}
FNC1 = "<FNC1>"


def _mm(value: str) -> float:
    return float(value.removesuffix("mm"))


def modules(svg: str, group_id: str = "barcode") -> str:
    """The bars of the barcode in `svg` (inside the element with id `group_id`) as a string of 1s and 0s."""
    root = ET.fromstring(svg)
    holder = next(el for el in root.iter() if el.get("id") == group_id)
    bars = sorted((_mm(r.get("x", "0")), _mm(r.get("width", "0"))) for r in holder.iter(f"{SVG_NS}rect")
                  if "fill:black" in (r.get("style") or "") and r.get("width", "").endswith("mm"))
    assert bars, "no bars"
    unit = min(w for _, w in bars)
    start = bars[0][0]
    end = max(x + w for x, w in bars)
    out = ["0"] * round((end - start) / unit)
    for x, w in bars:
        first = round((x - start) / unit)
        for k in range(first, first + round(w / unit)):
            out[k] = "1"
    return "".join(out)


def decode_code128(bits: str) -> str:
    """The data of a Code 128 symbol (FNC1 shown as <FNC1>); fails on a bad checksum or an unknown symbol."""
    stop = code128.STOP + "11"  # the stop symbol and its final two-module bar
    assert bits.endswith(stop), "no stop pattern"
    body = bits[: -len(stop)]
    assert len(body) % 11 == 0
    values = [_PATTERNS[body[i:i + 11]] for i in range(0, len(body), 11)]
    start, data, check = values[0], values[1:-1], values[-1]
    assert (start + sum(i * v for i, v in enumerate(data, 1))) % 103 == check, "checksum"
    charset = {103: "A", 104: "B", 105: "C"}[start]
    out = []
    for v in data:
        if v == 102:
            out.append(FNC1)
        elif charset == "C" and v < 100:
            out.append(f"{v:02d}")
        elif v in (99, 100, 101) and not (charset == "A" and v == 101) and not (charset == "B" and v == 100):
            charset = {99: "C", 100: "B", 101: "A"}[v]
        elif charset == "B":
            out.append(chr(v + 32))
        elif charset == "A":
            out.append(chr(v + 32) if v < 64 else chr(v - 64))
        else:
            raise AssertionError(f"unexpected value {v} in set {charset}")
    return "".join(out)
