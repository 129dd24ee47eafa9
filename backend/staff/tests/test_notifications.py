"""The staff notification outbox against the WeCom fake: enqueue is idempotent on its dedupe key and gone with a
rolled-back transaction; users WeCom does not know are recorded and not retried; an error no retry fixes fails at
once; a card whose earlier attempt got through is not sent twice; concurrent delivery runs send a row once."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from backend.messaging import notifications
from backend.messaging.messenger import ApprovalCardInfo
from backend.messaging.models import NotificationStatus, StaffNotification
from backend.settings import Settings, use_settings
from fakes.server import FakeServer, run_fake
from fakes.wecom import WeComFakeConfig, create_wecom_fake
from integrations.wecom.cards import approval_card
from integrations.wecom.messenger import use_api_base, wecom_client


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"clerk_a", "manager_a"})) as server:
        yield server


@pytest.fixture
def state(db: None, settings: Settings, wecom: FakeServer) -> Iterator[Any]:
    use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/"))
    use_api_base(None)
    wecom.app.ctx.state.messages.clear()
    wecom.app.ctx.state.cards.clear()
    yield wecom.app.ctx.state
    use_api_base(None)
    use_settings(settings)


async def _queue(users: list[str], key: str, payload: dict[str, Any] | None = None) -> StaffNotification | None:
    async with in_transaction() as conn:
        return await notifications.enqueue(conn, kind=notifications.KIND_AFTERSALES, user_ids=users,
                                           payload=payload or notifications.text_payload(f"测试通知 {key}"),
                                           dedupe_key=key)


async def test_enqueue_once_per_key_and_nothing_when_rolled_back(state: Any) -> None:
    assert await _queue(["clerk_a"], "aftersales:1") is not None
    assert await _queue(["clerk_a", "manager_a"], "aftersales:1") is None  # the same thing again: nothing new
    assert await _queue([], "aftersales:2") is None  # nobody to tell
    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await notifications.enqueue(conn, kind="aftersales_message", user_ids=["clerk_a"],
                                        payload=notifications.text_payload("x"), dedupe_key="aftersales:3")
            raise RuntimeError("rolled back")
    assert [n.dedupe_key for n in await StaffNotification.all()] == ["aftersales:1"]
    assert (await notifications.deliver_due()).outcomes == {"sent": 1}
    assert len(state.messages) == 1 and state.messages[0].users == ["clerk_a"]


async def test_unknown_users_are_recorded_and_not_retried(state: Any) -> None:
    row = await _queue(["clerk_a", "left_the_company", "manager_a"], "aftersales:10")
    assert row is not None
    assert (await notifications.deliver_due()).outcomes == {"sent": 1}
    row = await StaffNotification.get(id=row.id)
    assert (row.status, row.invalid_users, row.attempts) == (NotificationStatus.SENT, ["left_the_company"], 0)
    assert [m.users for m in state.messages] == [["clerk_a", "manager_a"]]
    assert (await notifications.deliver_due(now=datetime.now(UTC) + timedelta(days=1))).claimed == 0
    assert len(state.messages) == 1


async def test_an_error_no_retry_fixes_fails_at_once(state: Any) -> None:
    row = await _queue(["nobody_known"], "aftersales:20")  # WeCom: 81013 every user invalid
    assert row is not None
    assert (await notifications.deliver_due()).outcomes == {"failed": 1}
    row = await StaffNotification.get(id=row.id)
    assert (row.status, row.attempts) == (NotificationStatus.FAILED, 1) and row.last_error.startswith("81013")
    assert state.messages == []


async def test_a_card_that_already_went_is_not_sent_twice(state: Any) -> None:
    card = approval_card(ApprovalCardInfo(po_no="PO1", supplier="供应商", location="徐汇店", total_fen=27120,
                                          submitted_by="采购", summary="爱他美2段 x 6"))
    await wecom_client().asend_template_card(["manager_a"], card)  # an earlier attempt, its answer lost
    row = await _queue(["manager_a"], "po_approval:1:1", notifications.card_payload(card))
    assert row is not None
    assert (await notifications.deliver_due()).outcomes == {"sent": 1}
    row = await StaffNotification.get(id=row.id)
    assert row.status == NotificationStatus.SENT and row.last_error
    assert len(state.cards) == 1 and len(state.messages) == 1


async def test_concurrent_delivery_runs_send_each_row_once(state: Any) -> None:
    for i in range(6):
        await _queue(["clerk_a"], f"aftersales:{100 + i}")
    results = await asyncio.gather(*(notifications.deliver_due() for _ in range(3)))
    assert sum(r.outcomes.get("sent", 0) for r in results) == 6
    assert len(state.messages) == 6
    assert await StaffNotification.filter(status=NotificationStatus.SENT).count() == 6


async def test_with_a_broker_the_kick_is_a_celery_message(state: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.tasks.celery_app import app

    sent: list[dict[str, Any]] = []
    monkeypatch.setitem(app.conf, "task_always_eager", False)
    monkeypatch.setattr(app, "send_task", lambda name, **kw: sent.append(kw) if name == "cradle.periodic" else None)
    await _queue(["clerk_a"], "aftersales:200")
    notifications.kick()
    await notifications.drain()
    assert sent == [{"args": ("staff.notifications",), "expires": 60}]
    assert state.messages == []  # the worker delivers it, not this process
    assert await StaffNotification.filter(status=NotificationStatus.PENDING).count() == 1


def test_the_delivery_job_is_on_the_beat_schedule() -> None:
    from backend.tasks.schedule import job
    from backend.tasks.worker import app

    j = job("staff.notifications")
    assert j.function() is notifications.deliver_due and j.interval_s <= 10
    assert app.conf.beat_schedule["staff.notifications"]["args"] == ("staff.notifications",)
