"""The WeChat Pay and Alipay fakes served on free ports, and settings pointed at them with a short poll window."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from backend.settings import Settings
from fakes.alipay import AlipayFakeState, create_alipay_fake
from fakes.server import FakeServer, run_fake
from fakes.wechat import (
    DEMO_APPID,
    DEMO_MCH_API_KEY,
    DEMO_MCH_ID,
    DEMO_SECRET,
    WeChatFakeState,
    create_wechat_fake,
)
from tests.fixtures import use_settings


@pytest.fixture(scope="session")
def micropay_fake() -> Iterator[FakeServer]:
    with run_fake(create_wechat_fake) as server:
        yield server


@pytest.fixture(scope="session")
def alipay_fake() -> Iterator[FakeServer]:
    with run_fake(create_alipay_fake) as server:  # generates both key pairs
        yield server


@pytest.fixture
def wx(micropay_fake: FakeServer) -> WeChatFakeState:
    return micropay_fake.app.ctx.state  # type: ignore[no-any-return]


@pytest.fixture
def ali(alipay_fake: FakeServer) -> AlipayFakeState:
    return alipay_fake.app.ctx.state  # type: ignore[no-any-return]


@pytest.fixture
def codepay_settings(settings: Settings, micropay_fake: FakeServer, alipay_fake: FakeServer,
                     db: None) -> Iterator[Settings]:
    """Request it after `client` (creating the app installs the session settings again)."""
    cfg = alipay_fake.app.ctx.state.config
    s = use_settings(dataclasses.replace(
        settings, wechat_pay_api_base=micropay_fake.base_url + "/", wechat_appid=DEMO_APPID,
        wechat_secret=DEMO_SECRET, wechat_mch_id=DEMO_MCH_ID, wechat_mch_key=DEMO_MCH_API_KEY,
        alipay_app_id=cfg.app_id, alipay_app_private_key=cfg.app_private_key, alipay_public_key=cfg.alipay_public_key,
        alipay_gateway=alipay_fake.base_url + "/gateway.do", codepay_poll_timeout_s=0.8,
        codepay_poll_interval_s=0.05))
    yield s
    use_settings(settings)
