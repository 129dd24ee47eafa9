"""Request parsing and response helpers shared by every blueprint."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError
from sanic import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.errors import InvalidJSON, ValidationError
from backend.timestamps import json_default

M = TypeVar("M", bound=BaseModel)

# Every integer the request layer hands on must fit a 64-bit column: ids in paths (1 .. ID_MAX, else the route does
# not match: 404), integers in bodies and query strings (else 400 validation_error). A value that fits 64 bits but
# not a 32-bit column is refused by the database and answered 400 too (backend.app, out-of-range errors).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
ID_MAX = INT64_MAX


def bounded_id(value: str) -> int:
    """The cast of every ``<name:int>`` path parameter (all of them are ids): a positive 64-bit integer."""
    number = int(value)
    if not 1 <= number <= ID_MAX:
        raise ValueError(f"id out of range: {value[:30]}")
    return number


def install_bounded_ids(app: Any) -> None:
    """Make ``<x:int>`` in this app's routes mean bounded_id (call before any blueprint is registered)."""
    app.router.register_pattern("int", bounded_id, r"^\d{1,19}$")


def _fits_int64(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        if not INT64_MIN <= value <= INT64_MAX:
            raise PydanticCustomError("int64_range", "数值超出允许范围")
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _fits_int64(item)
    elif isinstance(value, dict):
        for item in value.values():
            _fits_int64(item)
    return value

_TYPE_MESSAGES = {
    "int64_range": "数值超出允许范围",
    "missing": "缺少必填字段",
    "greater_than": "必须大于 {gt}",
    "greater_than_equal": "必须大于等于 {ge}",
    "less_than_equal": "必须小于等于 {le}",
    "string_too_short": "长度不足",
    "string_too_long": "长度超出限制",
    "too_short": "至少需要 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "int_parsing": "必须是整数",
    "int_type": "必须是整数",
    "int_from_float": "必须是整数",
    "string_type": "必须是字符串",
    "bool_type": "必须是布尔值",
    "bool_parsing": "必须是布尔值",
    "date_from_datetime_parsing": "日期格式不正确",
    "date_parsing": "日期格式不正确",
    "datetime_parsing": "时间格式不正确",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "extra_forbidden": "不支持该字段",
    "list_type": "必须是数组",
    "dict_type": "必须是对象",
    "model_type": "必须是对象",
    "value_error": "取值不合法",
}


class Body(BaseModel):
    """Base for request bodies: unknown fields are refused, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _ints_fit(cls, value: Any) -> Any:
        return _fits_int64(value)


def _describe(err: dict[str, Any]) -> str:
    template = _TYPE_MESSAGES.get(err["type"], "取值不合法")
    try:
        return template.format(**(err.get("ctx") or {}))
    except (KeyError, IndexError):
        return template


def validation_error_from(exc: PydanticValidationError) -> ValidationError:
    details = [
        {"field": ".".join(str(p) for p in e["loc"]) or "body", "message": _describe(e)} for e in exc.errors()
    ]
    first = details[0]
    return ValidationError(f"参数 {first['field']} 不合法：{first['message']}", details=details)


def read_json(request: Request) -> Any:
    raw = request.body
    if not raw:
        raise InvalidJSON("请求体为空，需要 JSON")
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidJSON() from exc


def parse_body(request: Request, model: type[M]) -> M:
    data = read_json(request)
    if not isinstance(data, dict):
        raise ValidationError("请求体必须是 JSON 对象")
    return validate(model, data)


def validate(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        raise validation_error_from(exc) from exc


def optional_body(request: Request, model: type[M]) -> M:
    """Action routes (approve, ship, cancel...) accept an empty body, or none, as {}."""
    if not request.body or not request.body.strip():
        return validate(model, {})
    return parse_body(request, model)


class Query(BaseModel):
    """Query-string parameters: unknown ones ignored, text trimmed."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _ints_fit(cls, value: Any) -> Any:
        return _fits_int64(value)


class PageQuery(Query):
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=200)

    def window(self) -> tuple[int, int]:
        return (self.page - 1) * self.page_size, self.page_size


def parse_query(request: Request, model: type[M]) -> M:
    data = {k: v[0] if len(v) == 1 else v for k, v in request.args.items()}
    return validate(model, data)


def ok(data: Any, status: int = 200) -> HTTPResponse:
    return json_response(data, status=status, ensure_ascii=False, default=json_default)


def created(data: Any) -> HTTPResponse:
    return ok(data, status=201)


class Page(BaseModel):
    model_config = ConfigDict(extra="ignore")
    page: int = 1
    page_size: int = 20

    def clamp(self) -> tuple[int, int]:
        page = max(1, self.page)
        size = min(max(1, self.page_size), 200)
        return (page - 1) * size, size
