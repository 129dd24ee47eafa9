"""The 百望云 open platform client: the password-grant token (cached until shortly before it expires, fetched
again when the platform says it is invalid) and signed business calls (integrations.baiwang.wire)."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from integrations.baiwang import wire

log = logging.getLogger("cradle.integrations.baiwang")


class BaiwangError(Exception):
    """The platform answered success=false (code, message) or something that is not its answer (code "")."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}" if code else message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Credentials:
    base_url: str  # .../router/rest
    app_key: str
    app_secret: str
    username: str
    password: str
    salt: str
    tax_no: str  # the seller's 纳税人识别号 (each business body carries it)


class BaiwangClient:
    def __init__(self, creds: Credentials, *, timeout: float = 10.0) -> None:
        self.creds = creds
        self.timeout = timeout
        self._token = ""
        self._token_until = 0.0
        self._lock = asyncio.Lock()

    @staticmethod
    def _now_ms() -> str:
        return str(int(time.time() * 1000))

    async def _post(self, params: dict[str, str], body: str) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=self.timeout) as http:
            resp = await http.post(self.creds.base_url, params=params, content=body.encode(),
                                   headers={"Content-Type": "application/json; charset=utf-8"})
        if resp.status_code != 200:
            raise BaiwangError("", f"HTTP {resp.status_code}")
        try:
            data = wire.loads(resp.content)
        except ValueError as exc:
            raise BaiwangError("", "应答不是 JSON") from exc
        if not isinstance(data, dict):
            raise BaiwangError("", "应答格式不符")
        if not data.get("success"):
            err = data.get("errorResponse") or {}
            code = str(err.get("subCode") or err.get("code") or "")
            raise BaiwangError(str(err.get("code") or code), str(err.get("subMessage") or err.get("message") or ""))
        return data

    async def token(self) -> str:
        async with self._lock:
            if self._token and time.monotonic() < self._token_until:
                return self._token
            c = self.creds
            params = {"method": wire.TOKEN_METHOD, "grant_type": "password", "client_id": c.app_key,
                      "version": "7.0", "timestamp": self._now_ms(), "encryptType": "NONE", "encryptScope": "00"}
            body = wire.dumps({"username": c.username, "password": wire.password_hash(c.password, c.salt),
                               "client_secret": c.app_secret})
            data = (await self._post(params, body)).get("response") or {}
            token = str(data.get("access_token") or "")
            if not token:
                raise BaiwangError("", "没有取得 access_token")
            self._token = token
            self._token_until = time.monotonic() + max(int(data.get("expires_in") or 0) - 300, 60)
            return token

    async def call(self, method: str, body: dict[str, Any]) -> Any:
        """One signed business call; its ``response``. Logs in again once when the token is refused."""
        for attempt in (1, 2):
            token = await self.token()
            version = "7.0" if method in wire.V7_METHODS else "6.0"
            params = {"method": method, "version": version, "appKey": self.creds.app_key, "format": "json",
                      "timestamp": self._now_ms(), "token": token, "type": "sync", "requestId": uuid.uuid4().hex}
            if version == "7.0":
                params |= {"signType": "MD5", "encryptType": "NONE", "encryptScope": "00"}
            raw = wire.dumps(body)
            params["sign"] = wire.sign(params, raw, self.creds.app_secret)
            try:
                return (await self._post(params, raw)).get("response")
            except BaiwangError as exc:
                if exc.code in wire.TOKEN_ERRORS and attempt == 1:
                    self._token = ""
                    continue
                raise
        raise AssertionError("unreachable")
