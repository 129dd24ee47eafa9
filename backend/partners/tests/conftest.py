from __future__ import annotations

from collections.abc import Iterator

import pytest

from backend import client_address


@pytest.fixture(autouse=True)
def behind_nginx(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The TCP peer is the shipped nginx (the ASGI test client has none), so X-Forwarded-Proto is believed."""
    monkeypatch.setattr(client_address, "peer_ip", lambda request: "127.0.0.1")
    yield
