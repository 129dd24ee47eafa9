"""Request parsing and response helpers shared by every blueprint."""

from __future__ import annotations

import functools
import json
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError
from sanic import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.errors import AppError, InvalidJSON, PayloadTooLarge, ValidationError
from backend.timestamps import json_default

M = TypeVar("M", bound=BaseModel)
P = TypeVar("P")

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

    def changes(self) -> dict[str, Any]:
        """The fields the caller sent (a PATCH body): the mapping an update service takes."""
        return self.model_dump(exclude_unset=True)

    def to(self, params: type[P]) -> P:
        """This (validated) body as a service's parameter object: a dataclass with the same field names, its
        nested bodies becoming the dataclasses its annotations name. Services never see the Body itself."""
        return _adapter(params).validate_python(self.model_dump())


@functools.cache
def _adapter(params: type[Any]) -> TypeAdapter[Any]:
    return TypeAdapter(params)


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


# Hostile bodies (docs/security.md, "Hostile input"): every JSON body the request layer reads is bounded here, once.
JSON_BODY_MAX = 1024 * 1024  # bytes of any request body, unless its route declares more (upload_route)
UPLOAD_BODY_MAX = 20 * 1024 * 1024  # spreadsheet / settlement uploads (also Sanic's REQUEST_MAX_SIZE)
JSON_MAX_DEPTH = 32  # nested arrays/objects
JSON_MAX_ITEMS = 10_000  # entries of one array or object
_JSON_TYPES = ("application/json", "text/json", "application/x-www-form-urlencoded")


def upload_route(handler: Any) -> Any:
    """Mark a route (put it right under ``@bp.post``) as taking file uploads up to UPLOAD_BODY_MAX bytes."""
    handler.body_limit = UPLOAD_BODY_MAX
    return handler


async def bound_body_size(request: Request) -> None:
    """Request middleware: a body larger than its route allows answers 413 before any handler runs."""
    route = request.route
    limit = getattr(route.handler, "body_limit", JSON_BODY_MAX) if route is not None else JSON_BODY_MAX
    if request.body and len(request.body) > limit:
        raise PayloadTooLarge(f"请求体过大（上限 {limit // 1024} KB）")


def install_body_limits(app: Any) -> None:
    app.config.REQUEST_MAX_SIZE = UPLOAD_BODY_MAX  # Sanic refuses anything larger before reading it (413)
    app.register_middleware(bound_body_size, "request")


def _refuse_constant(name: str) -> Any:
    raise InvalidJSON(f"JSON 不允许 {name}")


def _finite_float(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise ValidationError("数值超出允许范围")
    return number


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise InvalidJSON(f"JSON 中字段 {duplicate[:40]} 重复")
    return data


def _check_shape(data: Any) -> None:
    """Depth, entries per container and NUL characters, walked without recursion."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                raise ValidationError("文本中不允许包含空字符（\\u0000）")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > JSON_MAX_DEPTH:
            raise ValidationError(f"JSON 嵌套层数超过 {JSON_MAX_DEPTH}")
        if len(value) > JSON_MAX_ITEMS:
            raise ValidationError(f"JSON 数组或对象的项数超过 {JSON_MAX_ITEMS}")
        if isinstance(value, dict):
            stack.extend((k, depth) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        else:
            stack.extend((v, depth + 1) for v in value)


def _is_json_type(content_type: str | None) -> bool:
    """JSON types, none, or curl -d's default (form-urlencoded: operators' scripts; a browser form cannot make a
    JSON body with it, since it percent-encodes braces and quotes). text/plain (which a cross-site form CAN fill
    with JSON), multipart, XML and the rest are refused."""
    if not content_type:
        return True
    media = content_type.split(";", 1)[0].strip().lower()
    return media in _JSON_TYPES or (media.startswith("application/") and media.endswith("+json"))


def loads_strict(raw: bytes | str) -> Any:
    """Parse untrusted JSON: strict UTF-8 (no BOM), no NaN/Infinity, finite numbers, unique keys, bounded depth
    and container sizes, no NUL in strings. Raises InvalidJSON / ValidationError, never anything else."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes | bytearray) else raw
    except UnicodeDecodeError as exc:
        raise InvalidJSON("请求体不是合法的 UTF-8 编码") from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float,
                          object_pairs_hook=_unique_keys)
    except RecursionError as exc:  # deeper than the interpreter's stack: far beyond JSON_MAX_DEPTH
        raise ValidationError(f"JSON 嵌套层数超过 {JSON_MAX_DEPTH}") from exc
    except ValueError as exc:  # malformed, BOM, integers past Python's digit limit
        raise InvalidJSON() from exc
    _check_shape(data)
    return data


def read_json(request: Request) -> Any:
    raw = request.body
    if not raw:
        raise InvalidJSON("请求体为空，需要 JSON")
    if not _is_json_type(request.headers.get("content-type")):
        raise InvalidJSON("请求体类型必须是 application/json")
    return loads_strict(raw)


def parse_body(request: Request, model: type[M]) -> M:
    return _object_as(model, read_json(request))


def _object_as(model: type[M], data: Any) -> M:
    if not isinstance(data, dict):
        raise ValidationError("请求体必须是 JSON 对象")
    return validate(model, data)


# Small bodies a burst repeats (every buyer of a live line sends the same {"sku_code", "qty"}), parsed and
# validated once per process: the answer depends on the bytes alone (the content type is checked on every
# request), so it is the same model. Only valid bodies of frozen models are kept (one instance serves many
# requests: nobody may change it; a refusal is raised, and lru_cache keeps no exception).
_REPEATED_MAX = 256
_REPEATED_BODY_MAX = 256  # bytes


def parse_repeated_body(request: Request, model: type[M]) -> M:
    """parse_body for a route whose callers send the same small body many times; ``model`` must be frozen."""
    if not model.model_config.get("frozen"):
        raise TypeError(f"{model.__name__} is shared between requests: it must be frozen")
    raw = request.body
    if not raw or len(raw) > _REPEATED_BODY_MAX or not _is_json_type(request.headers.get("content-type")):
        return parse_body(request, model)
    return _parsed_once(model, bytes(raw))


@functools.lru_cache(maxsize=_REPEATED_MAX)
def _parsed_once(model: type[M], raw: bytes) -> M:
    return _object_as(model, loads_strict(raw))


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

    def page_of(self, listing: dict[str, Any]) -> dict[str, Any]:
        """A listing answer (``items``, ``total``...) with the page it is."""
        return {**listing, "page": self.page, "page_size": self.page_size}


def parse_query(request: Request, model: type[M]) -> M:
    data = {k: v[0] if len(v) == 1 else v for k, v in request.args.items()}
    return validate(model, data)


def ok(data: Any, status: int = 200) -> HTTPResponse:
    return json_response(data, status=status, ensure_ascii=False, default=json_default)


def error_answer(request: Request, exc: AppError) -> HTTPResponse:
    """A refusal returned rather than raised: the answer the app's error handler gives it when raised (body,
    headers, English on request), without Sanic's exception dispatch. Only for a refusal nothing listens for:
    http.lifecycle.exception audits 403s (backend.security.authorization.install)."""
    return request.app.error_handler.default(request, exc)


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
