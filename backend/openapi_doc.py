"""OpenAPI documentation helpers: a route's pydantic request body as a self-contained JSON schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def _inline(schema: Any, defs: dict[str, Any]) -> Any:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(defs[ref.rsplit("/", 1)[1]], defs)
        return {k: _inline(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_inline(v, defs) for v in schema]
    return schema


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its definitions inlined (self-contained, for the OpenAPI request body)."""
    raw = model.model_json_schema()
    return _inline(raw, raw.get("$defs", {}))


def doc_body(model: type[BaseModel]) -> Any:
    """Document a route's JSON request body in /docs/openapi.json (sanic-ext)."""
    from sanic_ext import openapi

    return openapi.body({"application/json": body_schema(model)}, required=True)
