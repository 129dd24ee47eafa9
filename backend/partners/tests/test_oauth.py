"""The token endpoint (client credentials, Authlib), scopes, revocation, rotation, rate limits, bad tokens."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from backend.audit.models import AuditLog
from backend.partners.clients import secret_hash
from backend.partners.models import OpenClient, OpenToken
from backend.partners.oauth import token_hash
from backend.partners.tests.helpers import FORM, basic, bearer, hq, register, token_response
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def test_client_credentials_token_by_basic_and_by_form_body(db: None, client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["orders:read", "stock:read"])
    r = await token_response(client, reg["client_id"], reg["secret"])
    assert r.status == 200, r.text
    assert r.json["token_type"] == "Bearer" and r.json["expires_in"] == 3600
    assert set(r.json["scope"].split()) == {"orders:read", "stock:read"}  # no scope asked: all it holds
    assert r.headers["cache-control"] == "no-store"
    r = await token_response(client, reg["client_id"], reg["secret"], scope="orders:read", in_body=True)
    assert r.status == 200 and r.json["scope"] == "orders:read", r.text
    # stored hashed: neither the secret nor the token is in the database
    row = await OpenClient.get(client_id=reg["client_id"])
    assert row.secret_hash == secret_hash(reg["secret"]) and reg["secret"] not in str(row.__dict__)
    assert await OpenToken.filter(token_hash=token_hash(r.json["access_token"])).count() == 1
    assert await OpenToken.filter(token_hash=r.json["access_token"]).count() == 0
    assert await AuditLog.filter(action="open_client.create", entity_id=reg["client_id"]).count() == 1


async def test_token_endpoint_errors_are_rfc6749(db: None, client: Any) -> None:
    reg = await register(client, await hq(), ["orders:read"])
    r = await token_response(client, reg["client_id"], "cs_wrong")
    assert r.status == 401 and r.json["error"] == "invalid_client", r.text
    assert r.headers["www-authenticate"].startswith("Basic")
    r = await token_response(client, "cl_nobody", reg["secret"])
    assert r.status == 401 and r.json["error"] == "invalid_client"
    r = await token_response(client, reg["client_id"], reg["secret"], scope="stock:write")  # not granted
    assert r.status == 400 and r.json["error"] == "invalid_scope", r.text
    r = await token_response(client, reg["client_id"], reg["secret"], scope="everything")  # not a scope
    assert r.status == 400 and r.json["error"] == "invalid_scope", r.text
    _, r = await client.post("/open/oauth/token", content=b"grant_type=password&username=a&password=b",
                             headers={**FORM, **basic(reg["client_id"], reg["secret"])})
    assert r.status == 400 and r.json["error"] == "unsupported_grant_type", r.text
    _, r = await client.post("/open/oauth/token", json={"grant_type": "client_credentials"},
                             headers={"X-Forwarded-Proto": "https", **basic(reg["client_id"], reg["secret"])})
    assert r.status == 400 and r.json["error"] == "invalid_request", r.text
    _, r = await client.post("/open/oauth/token", content=b"grant_type=client_credentials&grant_type=x",
                             headers={**FORM, **basic(reg["client_id"], reg["secret"])})
    assert r.status == 400 and r.json["error"] == "invalid_request", r.text
    assert await OpenToken.all().count() == 0


async def _order(client: Any, staff: dict[str, str], loc_code: str, sku_code: str) -> dict[str, Any]:
    _, r = await client.post("/api/v1/orders", headers=staff, json={
        "channel": "phone", "location_code": loc_code, "items": [{"sku_code": sku_code, "qty": 1}]})
    assert r.status == 201, r.text
    return r.json["order"]


async def test_orders_read_within_scope_paged_by_cursor_and_403_outside(db: None, client: Any) -> None:
    admin = await hq()
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 10)
    staff = auth(await make_user("hq_admin"))
    placed = [await _order(client, staff, loc.code, sku.code) for _ in range(3)]
    reg = await register(client, admin, ["orders:read"])
    token = await bearer(client, reg)
    _, r = await client.get("/open/v1/orders?limit=2", headers=token)
    assert r.status == 200, r.text
    assert [o["order_no"] for o in r.json["items"]] == [o["order_no"] for o in placed[:2]]
    assert r.json["next_cursor"] and "member_id" not in r.json["items"][0]  # members:read not held
    _, r2 = await client.get(f"/open/v1/orders?limit=2&cursor={r.json['next_cursor']}", headers=token)
    assert [o["order_no"] for o in r2.json["items"]] == [placed[2]["order_no"]] and r2.json["next_cursor"] is None
    _, r = await client.get(f"/open/v1/orders/{placed[0]['order_no']}", headers=token)
    assert r.status == 200 and r.json["order"]["items"][0]["sku_code"] == sku.code, r.text
    for query, expected in (("status=pending", 3), ("status=shipped", 0), ("updated_since=2000-01-01T00:00:00", 3),
                            ("updated_since=2000-01-01T00:00:00%2B08:00", 3), ("updated_since=2999-01-01", 0)):
        _, r = await client.get(f"/open/v1/orders?{query}", headers=token)
        assert r.status == 200 and len(r.json["items"]) == expected, (query, r.text)
    _, r = await client.get("/open/v1/orders?cursor=not-a-cursor", headers=token)
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
    _, r = await client.get("/open/v1/orders/SO-NONE", headers=token)
    assert r.status == 404 and r.json["error"]["code"] == "not_found"
    for path in (f"/open/v1/stock/{sku.code}", "/open/v1/skus", "/open/v1/shipments"):
        _, r = await client.get(path, headers=token)
        assert r.status == 403 and r.json["error"]["code"] == "forbidden", (path, r.text)
        assert "insufficient_scope" in r.headers["www-authenticate"]
    # a staff token is no partner token
    _, r = await client.get("/open/v1/orders", headers=staff)
    assert r.status == 401 and r.json["error"]["code"] == "unauthorized"


async def test_reads_of_stock_skus_and_shipments(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 7)
    reg = await register(client, await hq(), ["stock:read", "skus:read", "shipments:read"])
    token = await bearer(client, reg)
    _, r = await client.get(f"/open/v1/stock/{sku.code}", headers=token)
    assert r.status == 200, r.text
    assert r.json["totals"]["on_hand"] == 7 and {"location_code": loc.code, "on_hand": 7, "reserved": 0,
                                                "available": 7} in r.json["locations"]
    _, r = await client.get(f"/open/v1/skus/{sku.code}", headers=token)
    assert r.status == 200 and r.json["sku"]["price_fen"] == 12800
    _, r = await client.get("/open/v1/skus", headers=token)
    assert [s["sku_code"] for s in r.json["items"]] == [sku.code]
    _, r = await client.get("/open/v1/shipments", headers=token)
    assert r.status == 200 and r.json == {"items": [], "next_cursor": None}


async def test_revocation_refuses_tokens_at_once(db: None, client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["orders:read"])
    token = await bearer(client, reg)
    _, r = await client.get("/open/v1/orders", headers=token)
    assert r.status == 200
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/revoke", headers=admin,
                             json={"reason": "合作终止"})
    assert r.status == 200 and r.json["client"]["status"] == "revoked", r.text
    _, r = await client.get("/open/v1/orders", headers=token)
    assert r.status == 401 and r.json["error"]["code"] == "unauthorized", r.text
    r = await token_response(client, reg["client_id"], reg["secret"])
    assert r.status == 401 and r.json["error"] == "invalid_client"
    assert await AuditLog.filter(action="open_client.revoke", entity_id=reg["client_id"]).count() == 1


async def test_scope_taken_away_stops_at_once(db: None, client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["orders:read", "skus:read"])
    token = await bearer(client, reg)
    _, r = await client.patch(f"/admin/api/v1/open-clients/{reg['id']}", headers=admin, json={"scopes": ["skus:read"]})
    assert r.status == 200, r.text
    _, r = await client.get("/open/v1/orders", headers=token)
    assert r.status == 403


async def test_secret_rotation_keeps_the_old_secret_for_the_grace_period(db: None, client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["orders:read"])
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/rotate-secret", headers=admin,
                             json={"grace_hours": 2})
    assert r.status == 200, r.text
    new = r.json["client_secret"]
    assert new != reg["secret"] and r.json["client"]["previous_secret_expires_at"]
    for secret in (reg["secret"], new):
        assert (await token_response(client, reg["client_id"], secret)).status == 200
    # the grace period over: the old secret is refused
    await OpenClient.filter(id=reg["id"]).update(previous_secret_expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert (await token_response(client, reg["client_id"], reg["secret"])).status == 401
    # no grace: the replaced secret stops at once
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/rotate-secret", headers=admin,
                             json={"grace_hours": 0})
    assert (await token_response(client, reg["client_id"], new)).status == 401
    assert (await token_response(client, reg["client_id"], r.json["client_secret"])).status == 200
    assert await AuditLog.filter(action="open_client.rotate_secret").count() == 2


async def test_rate_limit_answers_429_with_retry_after(db: None, client: Any) -> None:
    reg = await register(client, await hq(), ["skus:read"], rate=3)
    token = await bearer(client, reg)
    for _ in range(2):  # a minute boundary inside the burst restarts the count: run it again
        window = int(time.time()) // 60
        statuses = []
        for _ in range(4):
            _, r = await client.get("/open/v1/skus", headers=token)
            statuses.append(r.status)
        if int(time.time()) // 60 == window:
            break
    assert statuses == [200, 200, 200, 429], statuses
    assert r.json["error"]["code"] == "rate_limited" and 1 <= int(r.headers["retry-after"]) <= 60
    # another client is not limited by this one's calls
    other = await register(client, await hq(), ["skus:read"], rate=3, name="BI 工具")
    _, r = await client.get("/open/v1/skus", headers=await bearer(client, other))
    assert r.status == 200


async def test_forged_and_expired_tokens_are_401(db: None, client: Any) -> None:
    reg = await register(client, await hq(), ["orders:read"])
    token = await bearer(client, reg)
    for headers in ({}, {"Authorization": "Bearer forged-token-0123456789"}, {"Authorization": "Basic abc"},
                    {"Authorization": token["Authorization"] + "x"}):
        _, r = await client.get("/open/v1/orders", headers=headers)
        assert r.status == 401 and r.json["error"]["code"] == "unauthorized", (headers, r.text)
        assert r.headers["www-authenticate"].startswith("Bearer")
    await OpenToken.all().update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    _, r = await client.get("/open/v1/orders", headers=token)
    assert r.status == 401, r.text


async def test_admin_routes_are_hq_only(db: None, client: Any) -> None:
    for role in ("finance", "store_manager", "purchaser"):
        _, r = await client.post("/admin/api/v1/open-clients", headers=auth(await make_user(role)),
                                 json={"name": "x", "scopes": ["orders:read"]})
        assert r.status == 403, (role, r.text)
    _, r = await client.post("/admin/api/v1/open-clients", headers=await hq(),
                             json={"name": "x", "scopes": ["orders:write"]})
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"


async def test_token_endpoint_refuses_plain_http_from_outside(db: None, client: Any) -> None:
    """OAuth needs TLS: the test client's http://mockserver without a trusted proxy's https is refused."""
    reg = await register(client, await hq(), ["orders:read"])
    _, r = await client.post("/open/oauth/token", content=urlencode({"grant_type": "client_credentials"}).encode(),
                             headers={"Content-Type": "application/x-www-form-urlencoded",
                                      **basic(reg["client_id"], reg["secret"])})
    assert r.status == 400 and r.json["error"] == "insecure_transport", r.text


async def test_the_spec_declares_the_oauth2_scheme_and_every_open_route(db: None, client: Any) -> None:
    _, r = await client.get("/docs/openapi.json")
    spec = r.json
    scheme = spec["components"]["securitySchemes"]["partner_oauth"]
    assert scheme["type"] == "oauth2"
    flow = scheme["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == "/open/oauth/token" and {"orders:read", "stock:write"} <= set(flow["scopes"])
    ops = {(m, p): op for p, item in spec["paths"].items() if p.startswith("/open/v1") for m, op in item.items()}
    assert {("get", "/open/v1/orders"), ("get", "/open/v1/orders/{order_no}"), ("get", "/open/v1/stock/{sku_code}"),
            ("post", "/open/v1/stock/adjustments"), ("get", "/open/v1/skus"), ("get", "/open/v1/shipments")} <= set(ops)
    for (method, path), op in ops.items():
        assert op["security"][0]["partner_oauth"], path
        ok_status = "201" if method == "post" else "200"
        assert "example" in op["responses"][ok_status]["content"]["application/json"], path
        assert {"401", "403", "429"} <= set(op["responses"]), path
    token_op = spec["paths"]["/open/oauth/token"]["post"]
    assert "application/x-www-form-urlencoded" in token_op["requestBody"]["content"]


async def test_members_read_adds_the_member_fields(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 2)
    placed = await _order(client, auth(await make_user("hq_admin")), loc.code, sku.code)
    reg = await register(client, await hq(), ["orders:read", "members:read"])
    _, r = await client.get(f"/open/v1/orders/{placed['order_no']}", headers=await bearer(client, reg))
    assert r.status == 200 and {"member_id", "member_code", "buyer_remark"} <= set(r.json["order"]), r.text


async def test_errors_in_english_when_asked(db: None, client: Any) -> None:
    reg = await register(client, await hq(), ["skus:read"], rate=1)
    token = {**await bearer(client, reg), "Accept-Language": "en"}
    _, r = await client.get("/open/v1/orders", headers=token)
    assert r.json["error"]["message"] == "The access token lacks the orders:read scope"
    _, r = await client.get("/open/v1/skus", headers={"Authorization": "Bearer nope", "Accept-Language": "en"})
    assert r.json["error"]["message"] == "The access token is invalid, expired or revoked"
    for _ in range(3):  # one call a minute: the second in one window is refused
        _, r = await client.get("/open/v1/skus", headers=token)
        if r.status == 429:
            break
    assert r.status == 429 and r.json["error"]["message"].startswith("Over this application's limit of 1 calls")


async def test_unreadable_basic_credentials_are_invalid_request_not_a_crash(db: None, client: Any) -> None:
    import base64

    for value in (base64.b64encode(b"\xff\xfe:secret").decode(), "%%%not-base64", "Zm9v" * 200):
        _, r = await client.post("/open/oauth/token", content=b"grant_type=client_credentials",
                                 headers={**FORM, "Authorization": f"Basic {value}"})
        assert r.status == 400 and r.json["error"] == "invalid_request", (value[:20], r.text)


async def test_overlong_codes_in_paths_are_404(db: None, client: Any) -> None:
    token = await bearer(client, await register(client, await hq(), ["orders:read", "stock:read", "skus:read"]))
    for path in ("/open/v1/orders/", "/open/v1/stock/", "/open/v1/skus/"):
        _, r = await client.get(path + "X" * 75, headers=token)
        assert r.status == 404 and r.json["error"]["code"] == "not_found", (path, r.text)
