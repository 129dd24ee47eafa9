"""One demo database per contract module: the small demo loaded through the real services, the app built by the
same create_app as `make run`, the WeChat (login, Pay, micropay) and Alipay fakes served on free ports.

Scenarios in a module share that database, so each one only relies on the demo and on what it creates itself
(its own shopper, its own transfer / stocktake ...), whatever order they run in or when one runs alone."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from tortoise import Tortoise

from backend.settings import Settings, use_settings
from fakes.server import FakeServer, run_fake
from tests.contract.recorder import Recorder


@pytest.fixture(scope="session")
def contract_wechat() -> Iterator[FakeServer]:
    from fakes.wechat import create_wechat_fake

    with run_fake(create_wechat_fake) as server:
        yield server


@pytest.fixture(scope="session")
def contract_alipay() -> Iterator[FakeServer]:
    from fakes.alipay import create_alipay_fake

    with run_fake(create_alipay_fake) as server:
        yield server


@pytest.fixture(scope="module")
def contract_settings(settings: Settings, contract_wechat: FakeServer, contract_alipay: FakeServer) -> Iterator[Settings]:
    from fakes.wechat import DEMO_APPID, DEMO_MCH_API_KEY, DEMO_MCH_ID, DEMO_SECRET

    cfg = contract_alipay.app.ctx.state.config
    s = dataclasses.replace(
        settings, wechat_api_base=contract_wechat.base_url + "/", wechat_pay_api_base=contract_wechat.base_url + "/",
        wechat_appid=DEMO_APPID, wechat_secret=DEMO_SECRET, wechat_mch_id=DEMO_MCH_ID,
        wechat_mch_key=DEMO_MCH_API_KEY, alipay_app_id=cfg.app_id, alipay_app_private_key=cfg.app_private_key,
        alipay_public_key=cfg.alipay_public_key, alipay_gateway=contract_alipay.base_url + "/gateway.do",
        codepay_poll_timeout_s=0.8, codepay_poll_interval_s=0.05)
    use_settings(s)
    yield s
    use_settings(settings)


async def _empty_database(settings: Settings) -> None:
    from backend.cache import get_redis, key
    from tests.fixtures import _tables

    conn = Tortoise.get_connection("default")
    tables = _tables()
    if settings.is_postgres:
        await conn.execute_script("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    else:
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + "".join(f'DELETE FROM "{t}";' for t in tables)
                                  + "PRAGMA foreign_keys=ON;")
    redis = get_redis()
    async for k in redis.scan_iter(match=key("*"), count=500):
        await redis.delete(k)


@pytest.fixture(scope="module")
async def demo_client(_schema: None, contract_settings: Settings) -> AsyncIterator[Any]:
    """A FastClient on the real app over a freshly loaded small demo."""
    from backend.app import create_app
    from backend.demo import load_demo
    from backend.staff.notifications import cancel_kicks
    from tests.client import FastClient

    await _empty_database(contract_settings)
    await load_demo("small")
    app = create_app(contract_settings, manage_resources=False)
    yield FastClient(app)
    await cancel_kicks()
    await _empty_database(contract_settings)


@pytest.fixture
def recorder(demo_client: Any, contract_settings: Settings):  # type: ignore[no-untyped-def]
    """recorder(name, description) -> a Recorder on the demo app; call .check() at the end of the scenario."""
    use_settings(contract_settings)

    def make(name: str, description: str = "", face: str = "miniprogram") -> Recorder:
        return Recorder(demo_client, name, face=face, description=description)

    return make
