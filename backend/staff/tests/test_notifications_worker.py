"""In production shape: a real Celery worker with its embedded beat delivers the staff notification outbox (the
"staff.notifications" job) to the WeCom fake, once, while nobody in this process sends anything. Runs when
CRADLE_TEST_REDIS is set (the broker), like the channel worker test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from backend.channels.tests.sync_helpers import wait_for
from backend.channels.tests.test_worker import BROKERS, Worker
from backend.messaging import notifications
from backend.messaging.models import NotificationStatus, StaffNotification
from backend.settings import Settings
from fakes.server import FakeServer, run_fake
from fakes.wecom import create_wecom_fake

pytestmark = pytest.mark.skipif(not BROKERS, reason="no broker: set CRADLE_TEST_REDIS")


@pytest.fixture
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake) as server:
        yield server


@pytest.fixture
def worker(settings: Settings, tmp_path: Path, wecom: FakeServer) -> Iterator[Worker]:
    w = Worker(BROKERS[0], settings, tmp_path)
    w.env["CRADLE_WECOM_API_BASE"] = wecom.base_url + "/cgi-bin/"
    yield w
    w.stop()


async def test_the_workers_beat_delivers_the_outbox_once(db: None, worker: Worker, wecom: FakeServer) -> None:
    import asyncio

    async with in_transaction() as conn:
        row = await notifications.enqueue(conn, kind=notifications.KIND_AFTERSALES, user_ids=["clerk_a"],
                                          payload=notifications.text_payload("【售后留言】测试"),
                                          dedupe_key="aftersales:1")
    assert row is not None
    state = wecom.app.ctx.state
    worker.start()
    assert await wait_for(lambda: bool(state.messages), 40), worker.logs()
    assert [m.users for m in state.messages] == [["clerk_a"]], worker.logs()
    for _ in range(50):
        fresh = await StaffNotification.get(id=row.id)
        if fresh.status == NotificationStatus.SENT:
            break
        await asyncio.sleep(0.1)
    assert fresh.status == NotificationStatus.SENT, worker.logs()
    await asyncio.sleep(6)  # another beat pass: nothing sent twice
    assert len(state.messages) == 1 and state.texts_to("clerk_a") == ["【售后留言】测试"]
