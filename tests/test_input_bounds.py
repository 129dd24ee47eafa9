"""No number a client sends can overflow into a 500: every operation of /docs/openapi.json called with each int path
parameter set beyond 64 bits, beyond 32 bits, zero and negative, and every GET with integer filters of 10**30, as a
caller its row admits (so the request reaches the handler and the database); then bodies and the bounded id cast."""

from __future__ import annotations

import re
from typing import Any

import pytest

from backend.http import ID_MAX, Body, Query, bounded_id, validate
from backend.org.models import Role
from backend.security.authorization import ROUTES, Auth, route_key
from tests.factories import auth, make_user, member_token

_PARAM = re.compile(r"\{([a-zA-Z_]+)\}")
_SANIC_PARAM = re.compile(r"<([a-zA-Z_]+)(?::([a-z]+))?>")
BAD_IDS = [2**63, 10**30, 2**40, 2**31, 0, -1]
FILTERS = ("page", "page_size", "id", "member_id", "location_id", "sku_id", "supplier_id", "order_id", "user_id",
           "account_id", "session_id", "limit", "offset", "min_fen", "max_fen", "qty")


PARTNER = "partner"  # the callers' key of a partner application's token holding every scope (/open/v1)


async def _callers() -> dict[Role | str, dict[str, str]]:
    callers: dict[Role | str, dict[str, str]] = {}
    for role in Role:
        if role == Role.SHOPPER:
            token = member_token(1)
            callers[role] = {"Authorization": f"Bearer {token}"}
        else:
            callers[role] = auth(await make_user(role))
    callers[PARTNER] = await partner_token_headers()
    return callers


async def partner_token_headers() -> dict[str, str]:
    """A partner application with every scope and a high rate limit, and an access token of it."""
    from datetime import UTC, datetime, timedelta

    from backend.partners import clients
    from backend.partners.models import OpenClient, OpenToken
    from backend.partners.oauth import token_hash

    made = await clients.register(None, clients.NewClient(name="hostile-input", scopes=list(clients.SCOPES),
                                                          rate_limit_per_min=1_000_000))
    row = await OpenClient.get(client_id=made["client"]["client_id"])
    token = "tok_" + made["client_secret"]
    await OpenToken.create(token_hash=token_hash(token), client_id=row.id, scopes=list(clients.SCOPES),
                           expires_at=datetime.now(UTC) + timedelta(hours=1))
    return {"Authorization": f"Bearer {token}"}


def _caller(key: str, callers: dict[Role | str, dict[str, str]]) -> dict[str, str]:
    rule = ROUTES.get(key)
    if rule is not None and rule.auth == Auth.PARTNER:
        return callers[PARTNER]
    if rule is None or rule.public or not rule.roles:
        return {}
    role = Role.HQ_ADMIN if Role.HQ_ADMIN in rule.roles else sorted(rule.roles, key=lambda r: r.value)[0]
    return callers[role]


async def _operations(app: Any, client: Any) -> list[tuple[str, str, str, set[str]]]:
    """(method, path with {params}, route key, names of its int path params) for every route of the app."""
    int_params = {route_key(r.name): {n for n, t in _SANIC_PARAM.findall(r.path) if t == "int"}
                  for r in app.router.routes}
    _, resp = await client.get("/docs/openapi.json")
    assert resp.status == 200
    ops = [(m.upper(), path, op["operationId"].split("~", 1)[1]) for path, item in resp.json["paths"].items()
           for m, op in item.items()]
    covered = {k for _, _, k in ops}
    for route in app.router.routes:  # handlers mounted twice are in the spec once
        key = route_key(route.name)
        if key not in covered and not key.startswith("openapi."):
            path = "/" + _SANIC_PARAM.sub(r"{\1}", route.path.lstrip("/"))
            ops += [(m, path, key) for m in sorted(route.methods) if m not in ("HEAD", "OPTIONS")]
    return [(m, p, k, int_params.get(k, set())) for m, p, k in ops]


def _fill(path: str, ints: set[str], value: int) -> str:
    return _PARAM.sub(lambda m: str(value) if m.group(1) in ints else "X1", path)


async def test_no_int_path_parameter_or_filter_answers_5xx(db: None, app: Any, client: Any) -> None:
    callers = await _callers()
    operations = await _operations(app, client)
    with_ids = [op for op in operations if op[3]]
    assert len(with_ids) >= 60, "the walk must reach the id routes"
    failures: list[str] = []
    calls = 0
    for method, path, key, ints in with_ids:
        for value in BAD_IDS:
            url = _fill(path, ints, value)
            kwargs: dict[str, Any] = {"headers": _caller(key, callers)}
            if method in ("POST", "PUT", "PATCH"):
                kwargs["json"] = {}
            _, r = await client.request(method, url, **kwargs)
            calls += 1
            if r.status >= 500:
                failures.append(f"{method} {url} ({key}): {r.status} {r.text[:120]}")
            elif value > ID_MAX or value < 1:
                if r.status not in (400, 404):
                    failures.append(f"{method} {url} ({key}): {r.status}, expected 400/404")
    query = "&".join(f"{name}={10**30}" for name in FILTERS)
    for method, path, key, _ints in operations:
        if method != "GET" or "{" in path or key.startswith("openapi.") or path.startswith("/_fakes"):
            continue
        _, r = await client.get(f"{path}?{query}", headers=_caller(key, callers))
        calls += 1
        if r.status >= 500 and r.status != 503:  # 503: an outside service is not running here
            failures.append(f"GET {path}?<filters 10**30> ({key}): {r.status} {r.text[:120]}")
    assert not failures, f"{len(failures)} of {calls} calls:\n" + "\n".join(failures)


async def test_an_id_beyond_the_column_answers_400_or_404_and_in_range_ids_work(db: None, client: Any) -> None:
    admin = auth(await make_user(Role.HQ_ADMIN))
    _, r = await client.get(f"/api/v1/orders/{2**63}", headers=admin)
    assert r.status == 404 and r.json["error"]["code"] == "not_found"  # the route does not match
    _, r = await client.get(f"/api/v1/orders/{2**40}", headers=admin)  # fits 64 bits, not the 32-bit key
    assert r.status in (400, 404), r.json
    if r.status == 400:
        assert r.json["error"]["code"] == "validation_error"
    _, r = await client.get("/api/v1/orders/12345", headers=admin)
    assert r.status == 404 and r.json["error"]["message"] != "找不到该资源"  # the handler's own 404


@pytest.mark.parametrize("text,expected", [("1", 1), (str(ID_MAX), ID_MAX), ("007", 7)])
def test_bounded_id_accepts(text: str, expected: int) -> None:
    assert bounded_id(text) == expected


@pytest.mark.parametrize("text", ["0", "-1", str(2**63), str(10**30), "1e3", ""])
def test_bounded_id_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        bounded_id(text)


class _Line(Body):
    sku_id: int
    qty: int = 1


class _Order(Body):
    ids: list[int] = []
    lines: list[_Line] = []


class _Filter(Query):
    member_id: int | None = None


@pytest.mark.parametrize("data,field", [
    ({"ids": [1, 2**63]}, "ids"),
    ({"lines": [{"sku_id": 10**30}]}, "lines.0.sku_id"),
    ({"lines": [{"sku_id": 1, "qty": -(2**63) - 1}]}, "lines.0.qty"),
])
def test_bodies_refuse_integers_beyond_64_bits(data: dict[str, Any], field: str) -> None:
    from backend.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        validate(_Order, data)
    assert info.value.details[0]["field"] == field
    assert info.value.details[0]["message"] == "数值超出允许范围"
    assert validate(_Order, {"ids": [1, ID_MAX], "lines": [{"sku_id": ID_MAX, "qty": -5}]}).ids == [1, ID_MAX]


def test_query_filters_refuse_integers_beyond_64_bits() -> None:
    from backend.errors import ValidationError

    with pytest.raises(ValidationError):
        validate(_Filter, {"member_id": str(10**30)})
    assert validate(_Filter, {"member_id": "42"}).member_id == 42
