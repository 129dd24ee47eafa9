"""The demo for the contract scenarios: the small demo loaded once per module through the real services, the app
built by the same create_app as `make run`, the WeChat (login, Pay, micropay) and Alipay fakes on free ports.

Every scenario starts from the same state: the demo database is snapshotted after loading and restored before
each scenario (rows, id sequences, Redis keys), so ids, stock levels and answers do not depend on which
scenarios ran before it (a scenario run alone records what it records in the full run)."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
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
        codepay_poll_timeout_s=0.8, codepay_poll_interval_s=0.05,
        wechat_care_template_id="TPL-CARE")  # the care reminders' subscribe template, as an operator sets it
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
        # sqlite_sequence too: the demo's ids must not depend on what earlier tests inserted
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + "".join(f'DELETE FROM "{t}";' for t in tables)
                                  + "DELETE FROM sqlite_sequence; PRAGMA foreign_keys=ON;")
    redis = get_redis()
    async for k in redis.scan_iter(match=key("*"), count=500):
        await redis.delete(k)


SNAPSHOT_SCHEMA = "contract_snapshot"


async def _snapshot(settings: Settings, path: Path) -> None:
    from tests.fixtures import _tables

    conn = Tortoise.get_connection("default")
    if settings.is_postgres:
        await conn.execute_script(
            f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE; CREATE SCHEMA {SNAPSHOT_SCHEMA};"
            + "".join(f'CREATE TABLE {SNAPSHOT_SCHEMA}."{t}" AS SELECT * FROM "{t}";' for t in _tables()))
    else:
        await conn.execute_script(f"VACUUM INTO '{path}'")


async def _restore(settings: Settings, path: Path) -> None:
    """Back to the snapshot: every table's rows and id sequence, and no Redis keys of ours."""
    from backend.cache import get_redis, key
    from tests.fixtures import _tables

    conn = Tortoise.get_connection("default")
    tables = _tables()
    if settings.is_postgres:
        await conn.execute_script(
            "SET session_replication_role = replica;"
            + "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE;"
            + "".join(f'INSERT INTO "{t}" SELECT * FROM {SNAPSHOT_SCHEMA}."{t}";' for t in tables)
            + "SET session_replication_role = DEFAULT;"
            + """DO $$ DECLARE r record; BEGIN
                 FOR r IN SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'
                          AND column_name = 'id' AND column_default LIKE 'nextval%' LOOP
                   EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), '
                                  'COALESCE((SELECT MAX(id) FROM %I), 0) + 1, false)', r.table_name, r.table_name);
                 END LOOP; END $$;""")
    else:
        await conn.execute_script(
            f"PRAGMA foreign_keys=OFF; ATTACH DATABASE '{path}' AS snap;"
            + "".join(f'DELETE FROM "{t}"; INSERT INTO "{t}" SELECT * FROM snap."{t}";' for t in tables)
            + "DELETE FROM sqlite_sequence; INSERT INTO sqlite_sequence SELECT * FROM snap.sqlite_sequence;"
            + "DETACH DATABASE snap; PRAGMA foreign_keys=ON;")
    redis = get_redis()
    async for k in redis.scan_iter(match=key("*"), count=500):
        await redis.delete(k)


@dataclasses.dataclass
class DemoState:
    client: Any
    settings: Settings
    snapshot: Path

    async def reset(self) -> None:
        from backend.messaging.notifications import cancel_kicks

        await cancel_kicks()
        await _restore(self.settings, self.snapshot)


@pytest.fixture(scope="module")
async def demo_state(_schema: None, contract_settings: Settings,
                     tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[DemoState]:
    """A FastClient on the real app over the small demo, loaded once and snapshotted."""
    from backend.app import create_app
    from backend.demo import load_demo
    from backend.messaging.notifications import cancel_kicks
    from tests.client import FastClient

    await _empty_database(contract_settings)
    await load_demo("small", days=0)  # no history: the recordings hold today's demo quantities
    snapshot = tmp_path_factory.mktemp("contract") / "demo-snapshot.sqlite3"
    await _snapshot(contract_settings, snapshot)
    app = create_app(contract_settings, manage_resources=False)
    yield DemoState(FastClient(app), contract_settings, snapshot)
    await cancel_kicks()
    await _empty_database(contract_settings)
    if contract_settings.is_postgres:
        await Tortoise.get_connection("default").execute_script(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")


@pytest.fixture
async def demo_client(demo_state: DemoState) -> Any:
    """The demo app's client, the database back at the freshly loaded demo."""
    use_settings(demo_state.settings)
    await demo_state.reset()
    return demo_state.client


@pytest.fixture
def recorder(demo_client: Any, contract_settings: Settings):  # type: ignore[no-untyped-def]
    """recorder(name, description) -> a Recorder on the demo app; call .check() at the end of the scenario."""
    use_settings(contract_settings)

    def make(name: str, description: str = "", face: str = "miniprogram") -> Recorder:
        return Recorder(demo_client, name, face=face, description=description)

    return make
