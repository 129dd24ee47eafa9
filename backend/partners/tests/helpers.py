"""Shared steps of the partner API tests: an HQ caller, a registered client, a token."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlencode

from backend.org.models import Role
from tests.factories import auth, make_user

# The test client calls http://mockserver; behind nginx the token endpoint sees https from a trusted proxy.
HTTPS = {"X-Forwarded-Proto": "https"}
FORM = {"Content-Type": "application/x-www-form-urlencoded", **HTTPS}


async def hq() -> dict[str, str]:
    return auth(await make_user(Role.HQ_ADMIN))


async def register(client: Any, admin: dict[str, str], scopes: list[str], *, rate: int = 600,
                   name: str = "3PL 仓储伙伴") -> dict[str, Any]:
    _, r = await client.post("/admin/api/v1/open-clients", headers=admin,
                             json={"name": name, "scopes": scopes, "rate_limit_per_min": rate})
    assert r.status == 201, r.text
    return {"id": r.json["client"]["id"], "client_id": r.json["client"]["client_id"],
            "secret": r.json["client_secret"]}


def basic(client_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


async def token_response(client: Any, client_id: str, secret: str, *, scope: str | None = None,
                         in_body: bool = False) -> Any:
    form = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
    headers = dict(FORM)
    if in_body:
        form.update(client_id=client_id, client_secret=secret)
    else:
        headers.update(basic(client_id, secret))
    _, r = await client.post("/open/oauth/token", content=urlencode(form).encode(), headers=headers)
    return r


async def bearer(client: Any, registered: dict[str, Any], scope: str | None = None) -> dict[str, str]:
    r = await token_response(client, registered["client_id"], registered["secret"], scope=scope)
    assert r.status == 200, r.text
    return {"Authorization": f"Bearer {r.json['access_token']}"}
