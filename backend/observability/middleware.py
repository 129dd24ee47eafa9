"""Request id in and out (X-Request-ID), one JSON access log line and one latency sample per request."""

from __future__ import annotations

import logging
import time

from sanic import Request, Sanic
from sanic.response import HTTPResponse

from backend.client_address import client_ip
from backend.observability import metrics, redaction
from backend.observability.context import HEADER, accept_request_id, client_ip_var, request_id_var

access_log = logging.getLogger("cradle.access")


def _route(request: Request) -> str:
    template = request.uri_template if request.route else None
    if not template:
        return "unmatched"  # 404s: one label, whatever path a scanner tries
    return template if template.startswith("/") else "/" + template


def install(app: Sanic) -> None:
    redaction.install(redaction.settings_secrets(app.ctx.settings))  # no secret in any log line

    @app.on_request(priority=1000)
    async def _start(request: Request) -> None:
        ctx = request.ctx
        ctx.request_id = rid = accept_request_id(request.headers.get(HEADER))
        ctx.started = time.perf_counter()
        request_id_var.set(rid)
        ctx.client_ip = ip = client_ip(request)
        client_ip_var.set(ip)

    @app.on_response(priority=-1000)
    async def _finish(request: Request, response: HTTPResponse) -> None:
        ctx = request.ctx
        rid = getattr(ctx, "request_id", None) or accept_request_id(None)
        response.headers[HEADER] = rid
        started = getattr(ctx, "started", None)
        if started is None:
            return
        seconds = time.perf_counter() - started
        route = _route(request)
        metrics.observe_request(request.method, route, response.status, seconds)
        if route != "/metrics" and access_log.isEnabledFor(logging.INFO):
            access_log.info("%s %s %s", request.method, request.path, response.status,
                            extra={"request_id": rid, "client_ip": getattr(ctx, "client_ip", ""),
                                   "method": request.method, "path": request.path,
                                   "route": route, "status": response.status, "ms": round(seconds * 1000, 2)})
