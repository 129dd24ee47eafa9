"""The authorization gate's check of a partner route (installed into backend.security.authorization by wiring):
the bearer token (401), the client's rate limit (429 with Retry-After), the route's scope (403)."""

from __future__ import annotations

from sanic import Request

from backend.errors import Forbidden, RateLimited
from backend.partners.oauth import PartnerCaller, authenticate_bearer
from backend.security import ratelimit


class InsufficientScope(Forbidden):
    def __init__(self, scope: str) -> None:
        super().__init__(f"访问令牌没有 {scope} 授权范围", details={"required_scope": scope})
        self.response_headers = {
            "WWW-Authenticate": f'Bearer realm="cradle-open", error="insufficient_scope", scope="{scope}"'}


async def admit(request: Request, scope: str) -> PartnerCaller:
    caller = await authenticate_bearer(request.headers.get("authorization"))
    try:
        await ratelimit.hit("open-client", caller.client.client_id, caller.client.rate_limit_per_min)
    except RateLimited as exc:
        raise RateLimited(f"已超过每分钟 {caller.client.rate_limit_per_min} 次的调用限额，请 {exc.retry_after} 秒后再试",
                          retry_after=exc.retry_after) from None
    if scope not in caller.scopes:
        raise InsufficientScope(scope)
    request.ctx.partner = caller
    return caller
