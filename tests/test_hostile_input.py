"""Hostile request bodies (docs/security.md, "Hostile input"): every POST/PUT/PATCH/DELETE operation of
/docs/openapi.json, path parameters 1, called by a caller its row admits with each body of the table: no 5xx
anywhere, every refusal the JSON error body, and on routes that document a JSON body the expected code."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import pytest

from backend import http
from backend.errors import InvalidJSON, ValidationError
from backend.http import (
    JSON_BODY_MAX,
    JSON_MAX_DEPTH,
    JSON_MAX_ITEMS,
    UPLOAD_BODY_MAX,
    loads_strict,
    parse_repeated_body,
)
from backend.live.api import ItemBody, LiveOrderBody
from backend.org.models import Role
from backend.security.authorization import route_key
from tests.factories import auth, make_user
from tests.test_input_bounds import _PARAM, _caller, _callers, _operations

_JSON = {"Content-Type": "application/json"}
_XML = {"Content-Type": "text/xml"}
BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa">'
                  + b"".join(b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&%s;" % chr(97 + i).encode()) * 10)
                             for i in range(8))
                  + b']><xml><return_code>&i;</return_code></xml>')
XXE = b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><a>&x;</a></xml>'

# name -> (body, headers, codes a JSON route must answer with)
HOSTILE: dict[str, tuple[bytes, dict[str, str], set[str]]] = {
    "truncated": (b'{"items": [', _JSON, {"invalid_json"}),
    "not_utf8": (b'{"a": "\xff\xfe"}', _JSON, {"invalid_json"}),
    "nan": (b'{"a": NaN, "qty": Infinity}', _JSON, {"invalid_json"}),
    "deep_10000": (b"[" * 10_000 + b"]" * 10_000, _JSON, {"validation_error"}),
    "deep_objects": (b'{"a":' * 200 + b"1" + b"}" * 200, _JSON, {"validation_error"}),
    "wide": (b"[" + b",".join([b"1"] * (JSON_MAX_ITEMS + 1)) + b"]", _JSON, {"validation_error"}),
    "duplicate_keys": (b'{"a": 1, "a": 2}', _JSON, {"invalid_json"}),
    "nul_in_string": (b'{"name": "x\\u0000y", "reason": "a\\u0000"}', _JSON, {"validation_error"}),
    "huge_int": (b'{"qty": ' + b"9" * 5000 + b"}", _JSON, {"invalid_json"}),
    "huge_float": (b'{"qty": 1e999}', _JSON, {"validation_error"}),
    "wrong_type": (b'{"a": 1}', {"Content-Type": "text/plain"}, {"invalid_json"}),
    "xml_entities": (BILLION_LAUGHS, _XML, {"invalid_json"}),
    "xxe": (XXE, _XML, {"invalid_json"}),
}
TOO_LARGE = b'{"a": "' + b"a" * (JSON_BODY_MAX + 1024) + b'"}'
def _upload_routes(app: Any) -> set[str]:
    """Routes marked @upload_route (backend.http): they take files up to UPLOAD_BODY_MAX, so the JSON-sized
    "too large" body is not too large for them."""
    return {route_key(r.name) for r in app.router.routes if getattr(r.handler, "body_limit", None) == UPLOAD_BODY_MAX}


def _is_error_body(resp: Any) -> bool:
    try:
        error = resp.json["error"]
    except (ValueError, KeyError, TypeError):
        return False
    return isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str)


# The OAuth 2.0 token endpoint answers RFC 6749 section 5.2 errors ({"error": "<code>", "error_description"}), which
# OAuth client libraries read, instead of the API's error body (docs/open-api.md).
OAUTH_ROUTES = {"open_oauth.token"}
RFC6749_ERRORS = {"invalid_request", "invalid_client", "invalid_grant", "unauthorized_client",
                  "unsupported_grant_type", "invalid_scope", "insecure_transport"}


def _is_oauth_error_body(resp: Any) -> bool:
    try:
        body = resp.json
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") in RFC6749_ERRORS and resp.status in (400, 401)


async def test_no_hostile_body_answers_5xx_on_any_route(db: None, app: Any, client: Any) -> None:
    callers = await _callers()
    _, spec = await client.get("/docs/openapi.json")
    json_bodies = {(m.upper(), p) for p, item in spec.json["paths"].items() for m, op in item.items()
                   if "application/json" in (op.get("requestBody") or {}).get("content", {})}
    operations = [op for op in await _operations(app, client)
                  if op[0] in ("POST", "PUT", "PATCH", "DELETE") and not op[1].startswith("/_fakes")]
    assert len(operations) >= 100, "the walk must reach the write routes"
    assert len(json_bodies) >= 25
    upload_routes = _upload_routes(app)
    assert {"admin_imports.upload", "admin_imports.preview", "admin_finance.reconcile"} <= upload_routes
    failures: list[str] = []
    calls, parsed, started = 0, 0, time.monotonic()
    for method, path, key, _ints in operations:
        url = _PARAM.sub("1", path)
        caller = _caller(key, callers)
        for name, (body, headers, codes) in [*HOSTILE.items(), ("too_large", (TOO_LARGE, _JSON, set()))]:
            _, r = await client.request(method, url, content=body, headers={**caller, **headers})
            calls += 1
            where = f"{method} {url} ({key}) {name}"
            parsed += name == "truncated" and r.status == 400 and _is_error_body(r) and \
                r.json["error"]["code"] == "invalid_json"
            if r.status >= 500:
                failures.append(f"{where}: {r.status} {r.text[:160]}")
            elif key in OAUTH_ROUTES and name != "too_large":
                if not _is_oauth_error_body(r):
                    failures.append(f"{where}: {r.status} without the RFC 6749 error body: {r.text[:160]}")
            elif r.status >= 400 and not _is_error_body(r):
                failures.append(f"{where}: {r.status} without the error body: {r.text[:160]}")
            elif name == "too_large" and key not in upload_routes:
                if r.status != 413 or r.json["error"]["code"] != "payload_too_large":
                    failures.append(f"{where}: {r.status} {r.text[:120]}, expected 413 payload_too_large")
            elif (method, path) in json_bodies and name != "too_large":
                if r.status != 400 or r.json["error"]["code"] not in codes:
                    if r.status in (401, 403, 404):  # refused before the body is read (caller or resource)
                        continue
                    failures.append(f"{where}: {r.status} {r.text[:120]}, expected 400 {sorted(codes)}")
    elapsed = time.monotonic() - started
    assert not failures, f"{len(failures)} of {calls} calls:\n" + "\n".join(failures[:80])
    assert parsed >= 75, f"only {parsed} routes reached the JSON parser"
    assert elapsed < 90, f"{calls} calls took {elapsed:.1f} s"


async def test_post_orders_hostile_bodies_answer_400_and_a_good_body_still_works(db: None, client: Any) -> None:
    """The reproduction of issue 17: 10,000 nested brackets to POST /api/v1/orders answered 500 (RecursionError
    escaping json.loads)."""
    admin = {**auth(await make_user(Role.HQ_ADMIN)), **_JSON}
    _, r = await client.post("/api/v1/orders", content=b"[" * 10_000 + b"]" * 10_000, headers=admin)
    assert r.status == 400 and r.json["error"]["code"] == "validation_error", r.text
    _, r = await client.post("/api/v1/orders", content=b"\xff", headers=admin)
    assert r.status == 400 and r.json["error"]["code"] == "invalid_json"
    _, r = await client.post("/api/v1/orders", content=TOO_LARGE, headers=admin)
    assert r.status == 413 and r.json["error"]["code"] == "payload_too_large"
    # the same order body without hostility reaches the service (an unknown sku is its own 400)
    _, r = await client.post("/api/v1/orders", json={"channel": "pos", "items": [{"sku_code": "NOPE", "qty": 1}]},
                             headers=admin)
    assert r.status == 400 and "NOPE" in r.json["error"]["message"], r.text


@pytest.mark.parametrize("raw,error", [
    (b"[" * (JSON_MAX_DEPTH + 1) + b"]" * (JSON_MAX_DEPTH + 1), ValidationError),
    (b'{"a": -Infinity}', InvalidJSON),
    (b'{"a": 1, "b": {"c": 1, "c": 1}}', InvalidJSON),
    (b'\xef\xbb\xbf{"a": 1}', InvalidJSON),
    (b'{"k\\u0000": 1}', ValidationError),
    (b'{"a": 1e400}', ValidationError),
    ('{"a": "\ud800"}'.encode("utf-8", "surrogatepass"), InvalidJSON),
])
def test_loads_strict_refuses(raw: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        loads_strict(raw)


def test_loads_strict_accepts_the_limits() -> None:
    nested = b"[" * JSON_MAX_DEPTH + b"]" * JSON_MAX_DEPTH
    assert loads_strict(nested) is not None
    wide = loads_strict(b"[" + b",".join([b"1"] * JSON_MAX_ITEMS) + b"]")
    assert len(wide) == JSON_MAX_ITEMS
    assert loads_strict('{"名称": "奶粉", "price": 1.5, "n": 9223372036854775807}'.encode()) == {
        "名称": "奶粉", "price": 1.5, "n": 9223372036854775807}


async def test_content_types(db: None, client: Any) -> None:
    """JSON types, none, and curl -d's form-urlencoded default are read; text/plain, multipart and XML are not."""
    admin = auth(await make_user(Role.HQ_ADMIN))
    body = b'{"channel": "pos", "items": [{"sku_code": "NOPE", "qty": 1}]}'
    for content_type in (None, "application/json; charset=utf-8", "application/x-www-form-urlencoded",
                         "application/vnd.cradle+json"):
        headers = {**admin, **({"Content-Type": content_type} if content_type else {})}
        _, r = await client.post("/api/v1/orders", content=body, headers=headers)
        assert r.status == 400 and "NOPE" in r.json["error"]["message"], (content_type, r.text)
    for content_type in ("text/plain", "multipart/form-data; boundary=x", "application/xml", "text/html"):
        _, r = await client.post("/api/v1/orders", content=body, headers={**admin, "Content-Type": content_type})
        assert r.status == 400 and r.json["error"]["code"] == "invalid_json", (content_type, r.text)


@pytest.mark.parametrize("body", [b"[" * 10_000 + b"]" * 10_000, b'{"a": NaN}', b"\xff", b'{"a": 1, "a": 2}'])
def test_marketplace_webhook_bodies_go_through_the_strict_reader(body: bytes) -> None:
    from backend.channels.adapters.base import MalformedWebhook, load_json

    with pytest.raises(MalformedWebhook):
        load_json("douyin", body)


def test_a_repeated_body_is_parsed_once_and_a_refused_one_every_time(monkeypatch: Any) -> None:
    parsed: list[bytes] = []
    real = http.loads_strict
    monkeypatch.setattr(http, "loads_strict", lambda raw: parsed.append(raw) or real(raw))

    def request(body: bytes, content_type: str = "application/json") -> Any:
        return SimpleNamespace(body=body, headers={"content-type": content_type})

    good = b'{"sku_code": "REPEATED-1", "qty": 2}'
    first = parse_repeated_body(request(good), LiveOrderBody)
    assert parse_repeated_body(request(good), LiveOrderBody) is first and len(parsed) == 1
    assert (first.sku_code, first.qty) == ("REPEATED-1", 2)
    for _ in range(2):  # a refused body is never kept: refused again, parsed again
        with pytest.raises(ValidationError):
            parse_repeated_body(request(b'{"sku_code": "REPEATED-1", "qty": 0}'), LiveOrderBody)
    assert len(parsed) == 3
    with pytest.raises(InvalidJSON):  # the content type is checked on every request, kept body or not
        parse_repeated_body(request(good, "text/plain"), LiveOrderBody)
    with pytest.raises(TypeError):  # one instance serves many requests: only a frozen model
        parse_repeated_body(request(b'{"sku_code": "A", "flash_price_fen": 1, "qty": 1}'), ItemBody)
