"""Retention (PIPL): the daily job removes audit rows and log files older than their retention, nothing younger
and nothing that is not a log file; the purge itself is audited; a retention under six months is refused."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backend.audit import record_audit
from backend.audit.models import AuditLog
from backend.audit.retention import purge
from backend.settings import RETENTION_FLOOR_DAYS, Settings
from backend.tasks.schedule import job

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


async def _audit_row(days_old: int, action: str) -> int:
    await record_audit(None, action, "test", days_old, via="task")
    row = await AuditLog.filter(action=action).order_by("-id").first()
    assert row is not None
    await AuditLog.filter(id=row.id).update(created_at=NOW - timedelta(days=days_old))
    return row.id


def _file(path: Path, days_old: int) -> Path:
    path.write_text("{}\n", encoding="utf-8")
    t = (NOW - timedelta(days=days_old)).timestamp()
    os.utime(path, (t, t))
    return path


async def test_purge_removes_only_what_is_past_retention(db: None, settings: Settings, tmp_path: Path) -> None:
    assert (settings.audit_retention_days, settings.log_retention_days) == (1095, 180)  # the defaults
    old = await _audit_row(1200, "test.old")
    edge = await _audit_row(1094, "test.edge")
    young = await _audit_row(10, "test.young")
    logs = tmp_path / "logs"
    logs.mkdir()
    for name, age in (("api.log", 1), ("api.log.1", 200), ("api.log.2.gz", 400), ("worker.log", 181),
                      ("worker.log.1", 179), ("notes.txt", 900), ("backup.sql", 900)):
        _file(logs / name, age)
    (logs / "archive").mkdir()
    _file(logs / "archive" / "old.log", 900)  # below the directory: not touched

    result = await purge(NOW, log_dir=str(logs))
    assert (result["audit_rows"], result["log_files"]) == (1, 3)
    assert set(await AuditLog.filter(id__in=[old, edge, young]).values_list("id", flat=True)) == {edge, young}
    assert sorted(p.name for p in logs.iterdir()) == ["api.log", "archive", "backup.sql", "notes.txt",
                                                      "worker.log.1"]
    assert (logs / "archive" / "old.log").exists()
    trail = await AuditLog.get(action="audit.retention_purge")
    assert trail.via == "task" and trail.after["audit_rows"] == 1
    assert sorted(trail.after["files"]) == ["api.log.1", "api.log.2.gz", "worker.log"]

    again = await purge(NOW, log_dir=str(logs))  # nothing left to remove: nothing done, nothing audited
    assert (again["audit_rows"], again["log_files"]) == (0, 0)
    assert await AuditLog.filter(action="audit.retention_purge").count() == 1


async def test_a_retention_under_the_floor_is_raised_to_it(db: None, tmp_path: Path) -> None:
    kept = await _audit_row(RETENTION_FLOOR_DAYS - 5, "test.kept")
    gone = await _audit_row(RETENTION_FLOOR_DAYS + 5, "test.gone")
    result = await purge(NOW, audit_days=1, log_days=1, log_dir=str(tmp_path))
    assert result["audit_rows"] == 1
    assert await AuditLog.filter(id__in=[kept, gone]).values_list("id", flat=True) == [kept]


def test_settings_refuse_a_retention_under_six_months(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRADLE_AUDIT_RETENTION_DAYS", "30")
    with pytest.raises(ValueError, match="CRADLE_AUDIT_RETENTION_DAYS must be at least 180"):
        Settings.from_env()
    monkeypatch.setenv("CRADLE_AUDIT_RETENTION_DAYS", "2000")
    monkeypatch.setenv("CRADLE_LOG_RETENTION_DAYS", "365")
    monkeypatch.setenv("CRADLE_LOG_DIR", "/var/log/cradle")
    s = Settings.from_env()
    assert (s.audit_retention_days, s.log_retention_days, s.log_dir) == (2000, 365, "/var/log/cradle")


def test_the_job_runs_daily() -> None:
    j = job("audit.retention")
    assert j.interval_s == 86400.0 and j.function() is purge
