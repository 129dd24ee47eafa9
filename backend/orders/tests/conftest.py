"""The order tests use the faster client (the app started once per test, not once per request)."""

from __future__ import annotations

from typing import Any

import pytest

from admin_api.testing import FastClient


@pytest.fixture
def client(app: Any) -> FastClient:
    return FastClient(app)
