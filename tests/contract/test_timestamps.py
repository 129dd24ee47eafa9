"""One time zone in every answer: backend.timestamps.iso writes every moment as ISO 8601 with +08:00, the JSON
encoder of the answers uses it for datetime objects, and no serializer writes a moment any other way (the
recorded answers of tests/contract are checked too: recorder.Recorder.check)."""

from __future__ import annotations

import datetime as dt
import json
import re

from backend.http import ok
from backend.settings import ROOT
from backend.timestamps import iso

# A moment written by hand: `<x>_at.isoformat()`, `.astimezone(...).isoformat()`, `datetime.now(...).isoformat()`.
HAND_WRITTEN = re.compile(r"(_at|created|updated|started|finished|clocked)\)?\.isoformat\(|astimezone\([^)]*\)\.isoformat\("
                          r"|now\([^)]*\)\.isoformat\(")
ALLOWED = {"backend/timestamps.py", "backend/observability/logs.py"}  # logs: UTC on purpose (log shippers)


def test_iso_writes_china_time() -> None:
    utc = dt.datetime(2026, 12, 5, 7, 30, tzinfo=dt.UTC)
    assert iso(utc) == "2026-12-05T15:30:00+08:00"
    assert iso(dt.datetime(2026, 12, 5, 15, 30)) == "2026-12-05T15:30:00+08:00"  # naive: stored China time
    assert iso(dt.date(2026, 12, 5)) == "2026-12-05"
    assert iso(None) is None


def test_answers_render_datetime_objects_in_china_time() -> None:
    body = json.loads(ok({"at": dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.UTC), "on": dt.date(2026, 1, 1)}).body)
    assert body == {"at": "2026-01-01T08:00:00+08:00", "on": "2026-01-01"}


def test_no_serializer_writes_a_moment_by_hand() -> None:
    found = []
    for folder in ("backend", "admin_api", "bots"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if "/tests/" in rel or rel in ALLOWED:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if HAND_WRITTEN.search(line):
                    found.append(f"{rel}:{n}: {line.strip()}")
    assert not found, "write moments with backend.timestamps.iso (+08:00):\n" + "\n".join(found)
