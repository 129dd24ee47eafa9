"""The one parser of untrusted XML (WeChat Pay notifies and answers, WeCom callbacks and their decrypted messages):
bounded size, no DTD at all (so no entities: no billion laughs, no external entities / XXE), a flat
``<xml>...</xml>`` document. Anything else raises UnsafeXML (a ValueError)."""

from __future__ import annotations

import re
from typing import Any

import xmltodict

XML_MAX_BYTES = 64 * 1024  # notifies and callbacks are a few KB at most
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)


class UnsafeXML(ValueError):
    pass


def refuse_unsafe(body: bytes | str, max_bytes: int = XML_MAX_BYTES) -> bytes:
    """The body as bytes, or UnsafeXML when it is empty, too large or declares a DTD."""
    raw = body.encode() if isinstance(body, str) else bytes(body or b"")
    if not raw or len(raw) > max_bytes:
        raise UnsafeXML("empty or too large")
    if _DECLARATION.search(raw):
        raise UnsafeXML("a DTD or entity declaration")
    return raw


def parse_xml(body: bytes | str, max_bytes: int = XML_MAX_BYTES) -> dict[str, Any]:
    """The children of the ``<xml>`` root as a dict (xmltodict's shape)."""
    raw = refuse_unsafe(body, max_bytes)
    try:
        doc: Any = xmltodict.parse(raw, disable_entities=True)
    except Exception as exc:  # expat errors, entities (refused again by xmltodict), bad encodings
        raise UnsafeXML("not well-formed") from exc
    root = doc.get("xml") if isinstance(doc, dict) else None
    if not isinstance(root, dict):
        raise UnsafeXML("no <xml> root")
    return root
