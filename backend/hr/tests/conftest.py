"""HR test fixtures: the WeCom fake (a local HTTP server speaking WeCom's wire format) with the real client, and
two stores with their managers, clerks and HQ."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from backend.messaging import notifications
from backend.org.models import Role, User
from backend.settings import Settings, use_settings
from fakes.server import FakeServer, run_fake
from fakes.wecom import WeComFakeConfig, create_wecom_fake
from integrations.wecom.messenger import use_api_base
from tests.factories import make_location, make_user


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig()) as server:
        yield server


@pytest.fixture
def wecom_state(db: None, settings: Settings, wecom: FakeServer) -> Iterator[Any]:
    use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/"))
    use_api_base(None)
    wecom.app.ctx.state.messages.clear()
    wecom.app.ctx.state.cards.clear()
    yield wecom.app.ctx.state
    use_api_base(None)
    use_settings(settings)


@pytest.fixture
async def people(db: None, wecom_state: Any) -> AsyncIterator[dict[str, Any]]:
    """Every HR test talks to the WeCom fake (interviews and certificates queue messages), and the deliveries it
    kicked finish before the database is emptied for the next test (a delivery cancelled halfway would leave
    SQLite's transaction open)."""
    a, b = await make_location("ST-A", name="徐汇店"), await make_location("ST-B", name="静安店")
    out: dict[str, Any] = {"a": a, "b": b}
    for name, role, locs in (("hq", Role.HQ_ADMIN, []), ("mgr_a", Role.STORE_MANAGER, [a]),
                             ("mgr_b", Role.STORE_MANAGER, [b]), ("clerk_a", Role.CLERK, [a]),
                             ("clerk_b", Role.CLERK, [b])):
        user = await make_user(role, username=name, locations=locs)
        await User.filter(id=user.id).update(wecom_userid=f"wx_{name}")
        out[name] = await User.get(id=user.id)
    yield out
    await notifications.drain()
