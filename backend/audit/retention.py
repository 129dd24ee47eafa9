"""Retention of the audit log and of log files (PIPL: personal data is not kept longer than needed; the
Cybersecurity Law asks for network logs kept at least six months).

`purge()` runs daily (backend.tasks.schedule, "audit.retention") and as `python -m backend.manage purge-retention`:
- audit rows older than `settings.audit_retention_days` are deleted in batches. This is the only place that
  deletes audit rows: AuditLog refuses changes through its instances, and this purge is a queryset delete by
  age only, never by content;
- files in `settings.log_dir` named *.log, *.log.N, *.log.gz or *.log.N.gz last modified before
  `settings.log_retention_days` are removed (nothing else in the directory is touched; no directory set: none);
- the purge itself is audited ("audit.retention_purge", via task) with the cut-off and the counts, so the trail
  shows when and how much was removed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backend.audit import record_audit
from backend.audit.models import AuditLog
from backend.settings import RETENTION_FLOOR_DAYS, get_settings

LOG_FILE = re.compile(r"^.+\.log(\.\d+)?(\.gz)?$")
BATCH = 5000


async def purge_audit(older_than: datetime) -> int:
    """Delete audit rows written before `older_than`, in batches (a long table never locks for long)."""
    removed = 0
    while True:
        ids = await AuditLog.filter(created_at__lt=older_than).order_by("id").limit(BATCH).values_list("id", flat=True)
        if not ids:
            return removed
        removed += await AuditLog.filter(id__in=list(ids)).delete()


def purge_log_files(log_dir: str | Path, older_than: datetime) -> list[str]:
    """Remove log files in `log_dir` (not below it) last modified before `older_than`; their names."""
    root = Path(log_dir)
    if not str(log_dir) or not root.is_dir():
        return []
    cutoff = older_than.timestamp()
    removed = []
    for path in sorted(root.iterdir()):
        if path.is_file() and not path.is_symlink() and LOG_FILE.match(path.name) and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


async def purge(now: datetime | None = None, *, audit_days: int | None = None, log_days: int | None = None,
                log_dir: str | None = None) -> dict[str, Any]:
    """The retention job: audit rows and log files past their retention. Days default to the settings; a value
    under the legal floor is raised to it."""
    s = get_settings()
    now = now or datetime.now(UTC)
    audit_days = max(audit_days if audit_days is not None else s.audit_retention_days, RETENTION_FLOOR_DAYS)
    log_days = max(log_days if log_days is not None else s.log_retention_days, RETENTION_FLOOR_DAYS)
    audit_cutoff = now - timedelta(days=audit_days)
    log_cutoff = now - timedelta(days=log_days)
    rows = await purge_audit(audit_cutoff)
    files = purge_log_files(s.log_dir if log_dir is None else log_dir, log_cutoff)
    result = {"audit_rows": rows, "log_files": len(files), "audit_before": audit_cutoff.isoformat(),
              "logs_before": log_cutoff.isoformat()}
    if rows or files:
        await record_audit(None, "audit.retention_purge", "audit_log", "", via="task",
                           after={**result, "files": files[:50]})
    return result
