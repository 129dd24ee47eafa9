"""Shared steps of the member (shopper) tests: the WeChat login and the bearer header of its tokens."""

from __future__ import annotations

from typing import Any


async def wechat_login(client: Any, code: str) -> dict[str, Any]:
    _, resp = await client.post("/api/v1/auth/wechat", json={"code": code})
    assert resp.status == 200, resp.text
    return resp.json


def bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}
