"""Scheduled, verified backups: a run dumps, restores into a scratch database and finds every table's row count
equal; a run whose restore target is unreachable or whose dump is corrupt is recorded failed and HQ admins get
exactly one WeCom alert (through the WeCom fake), however often the failing check runs that day."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backend import backup
from backend.messaging import notifications
from backend.ops import backups
from backend.ops.models import Alert, BackupRun, BackupStatus
from backend.org.models import Role
from backend.settings import Settings, use_settings
from backend.tasks.schedule import job
from fakes.server import FakeServer, run_fake
from fakes.wecom import WeComFakeConfig, create_wecom_fake
from integrations.wecom.messenger import use_api_base
from tests.factories import make_location, make_sku, make_user, stock_in


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users={"hq_a", "fin_a"})) as s:
        yield s


@pytest.fixture
def ops(db: None, settings: Settings, wecom: FakeServer, tmp_path: Path) -> Iterator[tuple[Settings, Any]]:
    s = use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/",
                                         backup_dir=str(tmp_path / "backups"), backup_keep=2))
    use_api_base(None)
    wecom.app.ctx.state.messages.clear()
    yield s, wecom.app.ctx.state
    use_api_base(None)
    use_settings(settings)


async def _world() -> None:
    store = await make_location("ST1", name="徐汇店")
    await stock_in(await make_sku("MILK1", name="爱他美1段"), store, 12)
    hq = await make_user(Role.HQ_ADMIN)
    hq.wecom_userid = "hq_a"
    await hq.save(update_fields=["wecom_userid"])
    fin = await make_user(Role.FINANCE)
    fin.wecom_userid = "fin_a"
    await fin.save(update_fields=["wecom_userid"])


def _size(path: str) -> int:
    return Path(path).stat().st_size if Path(path).is_file() else -1


def _dumps(directory: str) -> int:
    return len(list(Path(directory).glob("cradle-*.dump")))


def _cut_short(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # a dump cut short (disk full, copy interrupted)


async def _delivered(state: Any) -> list[Any]:
    await notifications.drain()
    await notifications.deliver_due()
    return list(state.messages)


async def test_a_scheduled_run_restores_and_compares_equal(ops: tuple[Settings, Any]) -> None:
    settings, state = ops
    await _world()
    assert job("ops.backup").target == "backend.ops.backups:scheduled"  # beat and the embedded runner run it
    assert await backups.scheduled() == "backup run 1: ok"
    run = await BackupRun.get(id=1)
    assert run.status == BackupStatus.OK and run.error == "" and run.mismatches == []
    assert run.dialect == ("postgres" if settings.is_postgres else "sqlite")
    assert run.size_bytes == _size(run.file) > 0
    assert run.counts["stocks"] == [1, 1] and run.counts["skus"] == [1, 1]
    assert run.counts["users"] == [2, 2]
    assert all(src == restored for src, restored in run.counts.values())
    assert run.tables == len(run.counts) > 30 and run.rows_total == sum(c[0] for c in run.counts.values())
    assert run.duration_ms > 0 and run.finished_at is not None
    # the run's own row is in the snapshot it dumped (status running then)
    assert run.counts["backup_runs"] == [1, 1]
    assert await Alert.all().count() == 0 and await _delivered(state) == []
    # the newest backup_keep (2) dump files are kept
    for _ in range(2):
        assert (await backups.run_backup_check()).status == BackupStatus.OK
    assert _dumps(settings.backup_dir) == 2


@pytest.mark.parametrize("failure", ["scratch_unreachable", "corrupt_dump"])
async def test_a_failed_run_is_recorded_and_alerts_hq_once(ops: tuple[Settings, Any], failure: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings, state = ops
    await _world()
    if failure == "scratch_unreachable":
        if not settings.is_postgres:
            pytest.skip("a scratch server exists on PostgreSQL only")
        settings = use_settings(dataclasses.replace(settings, backup_scratch_url="postgres://postgres@127.0.0.1:1/x"))
    else:
        real = backup.counted_backup

        async def corrupting(db_url: str, target: Path) -> dict[str, int]:
            counts = await real(db_url, target)
            _cut_short(Path(target))
            return counts

        monkeypatch.setattr(backup, "counted_backup", corrupting)
    first = await backups.run_backup_check(settings)
    again = await backups.run_backup_check(settings)  # the next check fails too: no second alert today
    for run in (first, again):
        assert run.status == BackupStatus.FAILED and run.error and run.finished_at is not None
        assert run.tables > 30 and all(restored is None for _, restored in run.counts.values())
    assert (await BackupRun.get(id=first.id)).status == BackupStatus.FAILED
    messages = await _delivered(state)
    assert len(messages) == 1 and messages[0].users == ["hq_a"]
    assert messages[0].body["text"]["content"].startswith(f"【备份失败】第 {first.id} 次备份校验失败")
    alert = await Alert.get(kind="backup_failed")
    assert alert.role == "hq_admin" and alert.recipients == ["hq_a"] and alert.notification_id is not None
    assert await Alert.all().count() == 1
