"""The WeChat fake (fakes.wechat) served on a free port, and the settings pointed at it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from backend.settings import Settings
from fakes.server import FakeServer, run_fake
from fakes.wechat import DEMO_APPID, DEMO_MCH_API_KEY, DEMO_MCH_ID, DEMO_SECRET, create_wechat_fake
from tests.fixtures import use_settings


@pytest.fixture(scope="session")
def wechat_fake() -> Iterator[FakeServer]:
    with run_fake(create_wechat_fake) as server:
        yield server


@pytest.fixture
def wechat_settings(settings: Settings, wechat_fake: FakeServer, db: None) -> Iterator[Settings]:
    s = use_settings(dataclasses.replace(
        settings, wechat_api_base=wechat_fake.base_url + "/", wechat_pay_api_base=wechat_fake.base_url + "/",
        wechat_appid=DEMO_APPID, wechat_secret=DEMO_SECRET, wechat_mch_id=DEMO_MCH_ID,
        wechat_mch_key=DEMO_MCH_API_KEY))
    yield s
    use_settings(settings)
