"""A reader of ESC/POS byte streams for the tests: it walks every command python-escpos emits (failing on one
it does not know), decodes the text between them as GB18030 and collects the QR codes' stored data — what a
printer would print, line by line."""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, FS = 0x1B, 0x1D, 0x1C
# command byte -> number of argument bytes
_ESC_ARGS = {0x40: 0, 0x21: 1, 0x45: 1, 0x61: 1, 0x2D: 1, 0x4D: 1, 0x47: 1, 0x7B: 1, 0x56: 1, 0x64: 1, 0x74: 1,
             0x4A: 1, 0x33: 1, 0x32: 0}
_GS_ARGS = {0x21: 1, 0x42: 1, 0x4C: 2, 0x57: 2}
_FS_ARGS = {0x26: 0, 0x2E: 0, 0x21: 1}


@dataclass
class Printout:
    lines: list[str] = field(default_factory=list)
    qr_data: list[str] = field(default_factory=list)  # stored by GS ( k fn 80
    qr_printed: int = 0  # GS ( k fn 81
    cut: bool = False
    chinese_mode: bool = False
    bold_lines: list[str] = field(default_factory=list)


def read(data: bytes) -> Printout:
    out = Printout()
    text = bytearray()
    bold = False
    i = 0

    def flush_text() -> None:
        nonlocal text
        if not text:
            return
        decoded = text.decode("gb18030")
        parts = decoded.split("\n")
        for n, part in enumerate(parts):
            if n < len(parts) - 1 or part:
                out.lines.append(part)
                if bold:
                    out.bold_lines.append(part)
        text = bytearray()

    while i < len(data):
        b = data[i]
        if b == ESC:
            flush_text()
            cmd = data[i + 1]
            assert cmd in _ESC_ARGS, f"unknown ESC command {cmd:#x} at {i}"
            if cmd == 0x45:
                bold = bool(data[i + 2])
            i += 2 + _ESC_ARGS[cmd]
        elif b == GS:
            flush_text()
            cmd = data[i + 1]
            if cmd == 0x28 and data[i + 2] == 0x6B:  # GS ( k pL pH cn fn [params]
                n = data[i + 3] + 256 * data[i + 4]
                params = data[i + 5:i + 5 + n]
                cn, fn = params[0], params[1]
                assert cn == 0x31, "QR code commands only"
                if fn == 0x50:
                    out.qr_data.append(params[3:].decode("ascii"))
                elif fn == 0x51:
                    out.qr_printed += 1
                i += 5 + n
            elif cmd == 0x56:  # GS V m [n]
                out.cut = True
                i += 4 if data[i + 2] in (0x41, 0x42, 65, 66) else 3
            else:
                assert cmd in _GS_ARGS, f"unknown GS command {cmd:#x} at {i}"
                i += 2 + _GS_ARGS[cmd]
        elif b == FS:
            flush_text()
            cmd = data[i + 1]
            assert cmd in _FS_ARGS, f"unknown FS command {cmd:#x} at {i}"
            if cmd == 0x26:
                out.chinese_mode = True
            i += 2 + _FS_ARGS[cmd]
        else:
            text.append(b)
            i += 1
    flush_text()
    return out
