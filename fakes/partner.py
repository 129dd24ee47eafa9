"""A partner's webhook receiver (tests and manual tries of docs/open-api.md): verifies Cradle's signature the way
docs/open-api.md tells partners to, on its own (no Cradle code), and records what it got.

    with run_fake(create_partner_receiver, secret="whsec_...", fail_first=1) as receiver:
        url = receiver.base_url + "/hooks"
        receiver.app.ctx.state.events   # verified bodies, in arrival order
        receiver.app.ctx.state.calls    # every call: (status answered, headers, raw body)

The secret may be set later (``state.secret = ...``: it is answered once when the subscription is made).
``fail_first`` answers 500 to that many calls first (a partner outage); a bad or stale signature answers 401.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from typing import Any

from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from fakes.server import unique_app_name

TOLERANCE_S = 300


@dataclass
class ReceiverState:
    secret: str = ""
    fail_first: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[int, dict[str, str], bytes]] = field(default_factory=list)


def signature_ok(secret: str, headers: Any, body: bytes, now: float | None = None) -> bool:
    try:
        timestamp = int(headers.get("x-cradle-timestamp", ""))
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_S:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers.get("x-cradle-signature", ""), "v1=" + expected)


def create_partner_receiver(secret: str = "", fail_first: int = 0) -> Sanic:
    app = Sanic(unique_app_name("partner_receiver"))
    state = app.ctx.state = ReceiverState(secret=secret, fail_first=fail_first)

    @app.post("/hooks")
    async def hooks(request: Request) -> HTTPResponse:
        body = request.body or b""
        headers = {k.lower(): v for k, v in request.headers.items()}
        if state.fail_first > 0:
            state.fail_first -= 1
            state.calls.append((500, headers, body))
            return json_response({"ok": False}, status=500)
        if not signature_ok(state.secret, headers, body):
            state.calls.append((401, headers, body))
            return json_response({"ok": False, "error": "bad signature"}, status=401)
        state.calls.append((200, headers, body))
        state.events.append(json.loads(body))
        return json_response({"ok": True})

    return app
