"""Scheduled, verified backups: the "ops.backup" job of backend.tasks.schedule (daily by default).

    run_backup_check ──counted_backup──> <backup_dir>/cradle-<time>.dump (+ the row count of every table in the
        dumped snapshot) ──restore──> a scratch database (PostgreSQL: CREATE DATABASE on the scratch server,
        pg_restore, dropped after; SQLite: a temporary file) ──row_counts──> compare table by table
        ──> backup_runs (ok | failed, sizes, counts, duration) ; failed ──> alert to HQ (backend.ops.alerts)

A run that cannot dump, cannot reach or restore into the scratch database, or restores a different number of
rows in any table is ``failed`` with the reason in ``error``, and HQ admins get one WeCom alert that day. The
newest ``backup_keep`` dump files are kept; older ones are removed after a run that verified.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import asyncpg

from backend import backup, timestamps
from backend.db import dialect, normalise_db_url
from backend.ops import alerts
from backend.ops.models import BackupRun, BackupStatus
from backend.settings import ROOT, Settings, get_settings

log = logging.getLogger("cradle.ops.backups")

DUMP_GLOB = "cradle-*.dump"


def backup_dir(settings: Settings) -> Path:
    return Path(settings.backup_dir) if settings.backup_dir else ROOT / "var" / "backups"


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(normalise_db_url(url))._replace(path="/" + name))


async def _restore_and_count_pg(dump: Path, server_url: str) -> dict[str, int]:
    """Restore into a new database on ``server_url``'s server, count every table, drop the database."""
    name = f"cradle_verify_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(normalise_db_url(server_url), timeout=10)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            target = _with_db(server_url, name)
            await _in_thread_restore(target, dump)
            return await backup.row_counts(target)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def _in_thread_restore(target: str, dump: Path) -> None:
    await asyncio.to_thread(backup.restore, target, dump)


async def _restore_and_count_sqlite(dump: Path) -> dict[str, int]:
    scratch = Path(tempfile.mkdtemp(prefix="cradle-verify-"))
    try:
        target = f"sqlite://{scratch / 'restored.sqlite3'}"
        await _in_thread_restore(target, dump)
        return await backup.row_counts(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


async def restore_and_count(dump: Path, settings: Settings) -> dict[str, int]:
    if dialect(settings.db_url) == "sqlite":
        return await _restore_and_count_sqlite(dump)
    return await _restore_and_count_pg(dump, settings.backup_scratch_url or settings.db_url)


def _prune(directory: Path, keep: int) -> None:
    for old in sorted(directory.glob(DUMP_GLOB))[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


async def run_backup_check(settings: Settings | None = None) -> BackupRun:
    """Back up, restore into a scratch database, compare row counts; record the run; alert HQ on failure."""
    settings = settings or get_settings()
    started = time.monotonic()
    now = datetime.now(UTC)
    run = await BackupRun.create(dialect=dialect(settings.db_url), started_at=now)
    directory = backup_dir(settings)
    dump = directory / f"cradle-{now:%Y%m%dT%H%M%S}-{run.id}.dump"
    run.file = str(dump)
    source: dict[str, int] = {}
    restored: dict[str, int] | None = None
    try:
        source = await backup.counted_backup(settings.db_url, dump)
        run.size_bytes = dump.stat().st_size
        restored = await restore_and_count(dump, settings)
        run.mismatches = sorted(t for t in set(source) | set(restored) if source.get(t) != restored.get(t))
        if run.mismatches:
            raise backup.BackupError(f"row counts differ after restore in {len(run.mismatches)} tables: "
                                     + ", ".join(run.mismatches[:10]))
        run.status = BackupStatus.OK
    except (backup.BackupError, OSError, asyncpg.PostgresError, sqlite3.Error) as exc:
        run.status = BackupStatus.FAILED
        run.error = f"{type(exc).__name__}: {exc}"[:4000]
    run.tables = len(source)
    run.rows_total = sum(source.values())
    run.counts = {t: [source.get(t), None if restored is None else restored.get(t)]
                  for t in sorted(set(source) | set(restored or {}))}
    run.duration_ms = int((time.monotonic() - started) * 1000)
    run.finished_at = datetime.now(UTC)
    await run.save()
    if run.status == BackupStatus.OK:
        _prune(directory, settings.backup_keep)
        log.info("backup %s verified: %s tables, %s rows, %s bytes, %s ms", dump.name, run.tables,
                 run.rows_total, run.size_bytes, run.duration_ms)
    else:
        log.error("backup run %s failed: %s", run.id, run.error)
        await alerts.raise_alert(alerts.BACKUP_FAILED, "backup",
                                 f"第 {run.id} 次备份校验失败：{run.error[:300]}。请在后台「备份」中查看并处理。")
    return run


async def scheduled() -> str:
    """The beat job (backend.tasks.schedule "ops.backup")."""
    run = await run_backup_check()
    return f"backup run {run.id}: {run.status}"


def run_dict(r: BackupRun) -> dict[str, object]:
    return {"id": r.id, "status": r.status.value, "dialect": r.dialect, "file": r.file, "size_bytes": r.size_bytes,
            "tables": r.tables, "rows_total": r.rows_total, "counts": r.counts, "mismatches": r.mismatches,
            "error": r.error, "duration_ms": r.duration_ms, "started_at": timestamps.iso(r.started_at),
            "finished_at": timestamps.iso(r.finished_at)}


async def listing(*, status: str | None, offset: int, limit: int) -> dict[str, object]:
    q = BackupRun.all() if status is None else BackupRun.filter(status=status)
    total = await q.count()
    rows = await q.order_by("-started_at", "-id").offset(offset).limit(limit)
    return {"items": [run_dict(r) for r in rows], "total": total}
