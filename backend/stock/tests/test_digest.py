"""The daily stock digest: scheduled (Celery beat and the embedded runner read the same job list), one WeCom text
per store manager (their stores) and per HQ admin (the warehouses) through the WeCom fake, nothing for a
recipient with nothing to report, nothing twice the same day, nothing before 08:00."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from backend.messaging import notifications
from backend.messaging.models import StaffNotification
from backend.org.models import LocationKind, Role
from backend.settings import Settings, use_settings
from backend.stock import digest
from backend.timestamps import CHINA, business_today
from fakes.server import FakeServer, run_fake
from fakes.wecom import WeComFakeConfig, create_wecom_fake
from integrations.wecom.messenger import use_api_base
from tests.factories import make_location, make_sku, make_user, stock_in


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"mgr_a", "mgr_b", "mgr_c", "hq_a"})) as s:
        yield s


@pytest.fixture
def state(db: None, settings: Settings, wecom: FakeServer) -> Iterator[Any]:
    use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/"))
    use_api_base(None)
    wecom.app.ctx.state.messages.clear()
    yield wecom.app.ctx.state
    use_api_base(None)
    use_settings(settings)


async def _world() -> None:
    s1 = await make_location("ST1", name="徐汇店")
    s2 = await make_location("ST2", name="静安店")
    s3 = await make_location("ST3", name="浦东店")
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE, name="上海仓")
    milk = await make_sku("MILK1", name="爱他美1段")
    wipes = await make_sku("WIPE1", name="湿巾")
    await stock_in(milk, s1, 3, expiry=business_today() + dt.timedelta(days=400))  # low (threshold 10)
    await stock_in(wipes, s1, 50, batch_no="N1", expiry=business_today() + dt.timedelta(days=12))  # near expiry
    await stock_in(milk, s2, 2, expiry=business_today() + dt.timedelta(days=400))  # low
    await stock_in(milk, s3, 80, expiry=business_today() + dt.timedelta(days=400))  # nothing to report
    await stock_in(milk, wh, 5, expiry=business_today() + dt.timedelta(days=400))  # low at the warehouse
    a = await make_user(Role.STORE_MANAGER, locations=[s1])
    b = await make_user(Role.STORE_MANAGER, locations=[s2])
    c = await make_user(Role.STORE_MANAGER, locations=[s3])
    hq = await make_user(Role.HQ_ADMIN)
    await make_user(Role.HQ_ADMIN)  # not bound to WeCom: nobody to send to
    await make_user(Role.CLERK, locations=[s1])
    for user, wecom_id in ((a, "mgr_a"), (b, "mgr_b"), (c, "mgr_c"), (hq, "hq_a")):
        user.wecom_userid = wecom_id
        await user.save(update_fields=["wecom_userid"])


async def test_one_digest_per_recipient_once_a_day(state: Any) -> None:
    await _world()
    assert await digest.send_daily_digests(business_today()) == 3  # mgr_a, mgr_b, hq_a; mgr_c has nothing to report
    await notifications.drain()
    await notifications.deliver_due()
    texts = {m.users[0]: m.body["text"]["content"] for m in state.messages}
    assert len(state.messages) == 3 and sorted(texts) == ["hq_a", "mgr_a", "mgr_b"]
    assert all(len(m.users) == 1 for m in state.messages)
    a = texts["mgr_a"]
    assert a.startswith(f"库存日报 {business_today().isoformat()}（徐汇店）")
    assert "【低库存】1 项" in a and "爱他美1段（MILK1）可售 3，预警线 10" in a
    assert "【30天内临期】1 项" in a and "湿巾 批次N1 50件" in a and "（12天）" in a
    assert "静安店" not in a and "上海仓" not in a
    assert "静安店 爱他美1段（MILK1）可售 2" in texts["mgr_b"] and "临期" not in texts["mgr_b"]
    assert "上海仓 爱他美1段（MILK1）可售 5" in texts["hq_a"] and "徐汇店" not in texts["hq_a"]
    rows = await StaffNotification.filter(kind=notifications.KIND_STOCK_DIGEST).order_by("dedupe_key")
    assert [r.dedupe_key for r in rows] == [digest.dedupe_key(business_today(), u) for u in ("hq_a", "mgr_a", "mgr_b")]
    assert {r.status.value for r in rows} == {"sent"}

    # the hourly job again the same day (and a second worker at once): nothing more is queued or sent
    assert await digest.send_daily_digests(business_today()) == 0
    assert await digest.send_daily_digests(business_today()) == 0
    await notifications.drain()
    await notifications.deliver_due()
    assert len(state.messages) == 3
    assert await StaffNotification.filter(kind=notifications.KIND_STOCK_DIGEST).count() == 3

    # the next day is a new digest
    assert await digest.send_daily_digests(business_today() + dt.timedelta(days=1)) == 3
    await notifications.drain()


async def test_the_hourly_job_waits_for_the_morning(state: Any) -> None:
    await _world()
    early = dt.datetime.combine(business_today(), dt.time(6, 30), tzinfo=CHINA)
    assert await digest.send_daily_digests(now=early) == 0
    assert await StaffNotification.all().count() == 0
    morning = dt.datetime.combine(business_today(), dt.time(8, 5), tzinfo=CHINA)
    assert await digest.send_daily_digests(now=morning) == 3
    later = dt.datetime.combine(business_today(), dt.time(9, 5), tzinfo=CHINA)
    assert await digest.send_daily_digests(now=later) == 0
    await notifications.drain()


def test_the_digest_is_in_the_beat_schedule_and_the_embedded_runner() -> None:
    from backend.tasks.schedule import job, jobs
    from backend.tasks.worker import app

    entry = app.conf.beat_schedule["stock.daily_digest"]
    assert entry["task"] == "cradle.periodic" and entry["args"] == ("stock.daily_digest",)
    assert entry["schedule"] <= 3600  # hourly: a day's digest goes out soon after 08:00 even after a restart
    assert "stock.daily_digest" in [j.name for j in jobs()]  # backend.tasks.embedded runs every job of jobs()
    assert job("stock.daily_digest").function() is digest.send_daily_digests
