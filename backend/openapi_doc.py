"""OpenAPI documentation helpers: a route's pydantic request body as a self-contained JSON schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def _oas30_bounds(schema: dict[str, Any]) -> dict[str, Any]:
    """pydantic writes JSON Schema 2020-12 (``exclusiveMinimum: 0``); the spec is OpenAPI 3.0 (sanic-ext), where the
    bound is ``minimum: 0`` with ``exclusiveMinimum: true``: validators (schemathesis) refuse the former."""
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        bound = schema.get(exclusive)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            schema[inclusive], schema[exclusive] = bound, True
    return schema


def _inline(schema: Any, defs: dict[str, Any]) -> Any:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(defs[ref.rsplit("/", 1)[1]], defs)
        return _oas30_bounds({k: _inline(v, defs) for k, v in schema.items() if k != "$defs"})
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
