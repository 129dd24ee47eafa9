"""Fixtures for the adapter tests: one fake per platform served on 127.0.0.1, an adapter pointed at it, and a
small webhook receiver app (also on 127.0.0.1) that verifies pushes with the adapters."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest
from sanic import Request, Sanic
from sanic.response import HTTPResponse

from backend.channels.adapters import PLATFORMS, AdapterConfig, ChannelAdapter, WebhookError, create_adapter
from backend.channels.adapters.base import PlatformOrderEvent
from fakes.platforms import DEMO_CREDENTIALS, PLATFORM_FAKES, FakePlatform
from fakes.server import FakeServer, run_fake, unique_app_name

# Two listed SKUs and one the platform does not have, per platform (JD ids are bare skuIds).
SKUS: dict[str, tuple[str, str, str]] = {p: ("5001:6001", "5001:6002", "5999:6999") for p in PLATFORMS}
SKUS["jd"] = ("100012345", "100012346", "100099999")


@pytest.fixture(scope="module", params=PLATFORMS)
def platform(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def served(platform: str) -> Iterator[FakeServer]:
    with run_fake(PLATFORM_FAKES[platform], timeout_delay=0.6) as server:
        yield server


@pytest.fixture
def fake(served: FakeServer) -> FakePlatform:
    state: FakePlatform = served.app.ctx.state
    state.reset()
    return state


def adapter_config(served: FakeServer, platform: str, **overrides: object) -> AdapterConfig:
    kwargs: dict[str, object] = {**DEMO_CREDENTIALS[platform].adapter_kwargs(), "base_url": served.base_url}
    kwargs.update(overrides)
    return AdapterConfig(**kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def adapter(served: FakeServer, fake: FakePlatform, platform: str) -> AsyncIterator[ChannelAdapter]:
    adapter = create_adapter(platform, adapter_config(served, platform))
    yield adapter
    await adapter.aclose()


@dataclass
class Receiver:
    server: FakeServer
    adapters: dict[str, ChannelAdapter] = field(default_factory=dict)
    received: list[PlatformOrderEvent] = field(default_factory=list)

    def url(self, platform: str) -> str:
        return f"{self.server.base_url}/hooks/{platform}"


def create_receiver_app(receiver_state: dict[str, Receiver]) -> Sanic:
    """What phase 2's webhook endpoint will do, minus ingestion: verify with the adapter, answer the platform."""
    app = Sanic(unique_app_name("webhook_receiver"))

    async def hook(request: Request, platform: str) -> HTTPResponse:
        receiver = receiver_state["r"]
        adapter = receiver.adapters[platform]
        if request.method == "GET":
            echo = adapter.answer_url_check(request.args)
            return HTTPResponse(echo or "bad signature", status=200 if echo else 401, content_type="text/plain")
        try:
            events = adapter.verify_webhook(request.headers, request.args, request.body)
        except WebhookError as exc:
            reply = adapter.webhook_reject(exc)
        else:
            receiver.received.extend(events)
            reply = adapter.webhook_ack()
        return HTTPResponse(reply.body, status=reply.status, content_type=reply.content_type)

    app.add_route(hook, "/hooks/<platform>", methods=["GET", "POST"])
    return app


@pytest.fixture(scope="session")
def _receiver_server() -> Iterator[tuple[FakeServer, dict[str, Receiver]]]:
    holder: dict[str, Receiver] = {}
    with run_fake(create_receiver_app(holder)) as server:
        yield server, holder


@pytest.fixture
def receiver(_receiver_server: tuple[FakeServer, dict[str, Receiver]]) -> Receiver:
    server, holder = _receiver_server
    holder["r"] = Receiver(server)
    return holder["r"]


# ---- channel sync (outbox, pushes, ingestion, reconciliation): every platform's fake at once ----------------


@pytest.fixture(scope="session")
def all_fakes() -> Iterator[dict[str, FakeServer]]:
    servers = {p: FakeServer(PLATFORM_FAKES[p], timeout_delay=0.6).start() for p in PLATFORMS}
    try:
        yield servers
    finally:
        for server in servers.values():
            server.stop()
