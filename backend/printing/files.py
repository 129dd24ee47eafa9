"""Printed documents as HTTP answers: the bytes with their type, shown inline (a browser previews and prints
them) under a Chinese file name with an ASCII fallback."""

from __future__ import annotations

from urllib.parse import quote

from sanic.response import HTTPResponse, raw

ESCPOS_TYPE = "application/vnd.escpos"  # raw printer commands; ESC/POS has no registered media type
HTML_TYPE = "text/html; charset=utf-8"
SVG_TYPE = "image/svg+xml"
PNG_TYPE = "image/png"
PDF_TYPE = "application/pdf"


def file_response(data: bytes, content_type: str, filename_zh: str, fallback: str, *,
                  inline: bool = True) -> HTTPResponse:
    how = "inline" if inline else "attachment"
    return raw(data, content_type=content_type, headers={
        "Content-Disposition": f"{how}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename_zh, safe='')}",
        "Cache-Control": "no-store",
    })
