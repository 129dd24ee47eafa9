from __future__ import annotations


async def test_health_answers_ok(client) -> None:
    _, resp = await client.get("/api/v1/health")
    assert resp.status == 200
    assert resp.json == {"status": "ok"}


async def test_unknown_route_is_json_404(client) -> None:
    _, resp = await client.get("/api/v1/nope")
    assert resp.status == 404
    assert resp.json["error"]["code"] == "not_found"


async def test_malformed_json_is_invalid_json(client) -> None:
    _, resp = await client.post("/api/v1/auth/login", content=b"{not json")
    assert resp.status == 400
    assert resp.json["error"]["code"] == "invalid_json"


async def test_openapi_spec_is_served(client) -> None:
    _, resp = await client.get("/docs/openapi.json")
    assert resp.status == 200
    assert resp.json["openapi"].startswith("3.")
