"""The test client every API test uses (the `client` fixture).

sanic-testing's asgi_client restarts the app (router finalize, touch-ups, sanic-ext) before every request,
about 0.2 s each. This client does that once, on the first request, and sends the rest straight through the
same ASGI transport, so concurrent requests (races) are fine once it has started. Answers are
(None, TestingResponse) pairs, shaped like sanic-testing's."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from sanic import Sanic
from sanic_testing.testing import SanicASGITestClient, TestingResponse


class FastClient:
    def __init__(self, app: Sanic) -> None:
        self._client: SanicASGITestClient = app.asgi_client
        self._started = False
        self._starting = asyncio.Lock()

    async def request(self, method: str, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        if not self._started:
            async with self._starting:  # the first request starts the app; concurrent ones wait for it
                if not self._started:
                    _, resp = await self._client.request(method, url, **kwargs)
                    self._started = True
                    return None, resp
        resp = await httpx.AsyncClient.request(self._client, method, url, **kwargs)
        resp.__class__ = TestingResponse
        return None, resp  # type: ignore[return-value]

    async def get(self, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        return await self.request("POST", url, **kwargs)

    async def put(self, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url: str, **kwargs: Any) -> tuple[None, TestingResponse]:
        return await self.request("DELETE", url, **kwargs)
