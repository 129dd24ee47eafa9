"""PIPL: no mobile number reaches a log line unmasked, checked over the logs of a whole test run.

Loaded as a plugin (pyproject addopts ``-p tests.log_scan``). For the length of the run it

- writes every log record of the pytest process at INFO and above (what production logs) to
  ``<basetemp>/logs/pytest.log``, formatted as production formats it (backend.observability.logs.JsonFormatter);
- points ``CRADLE_TEST_LOG_DIR`` at ``<basetemp>/logs`` so the servers the tests start as subprocesses
  (tests.ops.server.Server) log there when a test gives them no file of its own;

and ``tests/test_run_logs.py`` (moved to the very end of the run by this plugin) greps every ``*.log`` file written
during the run, under the run's basetemp (pytest's tmp_path: the in-process log, servers, Celery workers) and under
``var/`` (the two-node cluster's nodes and workers), for a mainland mobile number that is not masked.

The pattern is this module's own, not the redactor's, so a hole in backend.observability.redaction is not hidden by
the same hole here.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# 1[3-9] and nine more digits, alone or after +86 / 86, not inside a longer run of digits or letters (hex request
# ids and hashes hold such runs): 13800138000, +8613800138000, 手机13800138000, phone=13800138000
MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86)?(1[3-9][0-9]{9})(?![0-9A-Za-z])")
RUN_LAST = "run_last"
# Servers that are not ours and log what they are sent (PostgreSQL prints a duplicate key's value): not Cradle's logs
NOT_OURS = ("postgres.log", "pgdata", "rabbitmq", "mnesia")


@dataclass(frozen=True)
class Finding:
    path: Path
    line_no: int
    number: str
    line: str

    def __str__(self) -> str:
        shown = self.line if len(self.line) <= 300 else self.line[:300] + "…"
        return f"{self.path}:{self.line_no}: {self.number}: {shown}"


@dataclass
class RunLogs:
    """Where this run's logs are and since when (files older than the run are not this run's)."""

    directory: Path
    started: float
    handler: logging.Handler | None = None

    @property
    def in_process(self) -> Path:
        return self.directory / "pytest.log"

    def files(self, roots: list[Path]) -> Iterator[Path]:
        seen: set[Path] = set()
        for root in roots:
            if not root.is_dir():
                continue
            for path in root.rglob("*.log"):
                if any(part in NOT_OURS or "rabbit" in part for part in path.parts):
                    continue
                try:
                    fresh = path.is_file() and path.stat().st_mtime >= self.started
                except OSError:  # removed while we looked (a parallel run's temp dir)
                    continue
                if fresh and path not in seen:
                    seen.add(path)
                    yield path


def scan(paths: list[Path] | Iterator[Path]) -> tuple[list[Finding], int]:
    """Every unmasked mobile number in the files, and how many lines were read (a scan of nothing proves nothing)."""
    findings: list[Finding] = []
    lines = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    lines += 1
                    for m in MOBILE.finditer(line):
                        findings.append(Finding(path, n, m.group(1), line.rstrip("\n")))
        except OSError:
            continue
    return findings, lines


_run: RunLogs | None = None


def current() -> RunLogs:
    if _run is None:
        raise RuntimeError("tests.log_scan is not loaded (pyproject addopts: -p tests.log_scan)")
    return _run


def roots(basetemp: Path) -> list[Path]:
    return [basetemp, ROOT / "var"]


@pytest.hookimpl(trylast=True)  # after pytest's tmp_path plugin has made the run's basetemp factory
def pytest_configure(config: pytest.Config) -> None:
    global _run
    from backend.observability.logs import JsonFormatter, install_redaction

    install_redaction()  # as every production process does at start (configure_logging, the app factory)

    config.addinivalue_line("markers", f"{RUN_LAST}: run after every other test (it reads what they logged)")
    basetemp = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    directory = basetemp / "logs"
    directory.mkdir(parents=True, exist_ok=True)
    _run = RunLogs(directory=directory, started=time.time() - 1)
    os.environ["CRADLE_TEST_LOG_DIR"] = str(directory)
    handler = logging.FileHandler(_run.in_process, encoding="utf-8", delay=False)
    handler.setLevel(logging.INFO)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)  # production's level (CRADLE_LOG_LEVEL defaults to INFO)
    _run.handler = handler


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    last = [item for item in items if item.get_closest_marker(RUN_LAST)]
    if last:
        items[:] = [item for item in items if not item.get_closest_marker(RUN_LAST)] + last


def pytest_unconfigure(config: pytest.Config) -> None:
    if _run is not None and _run.handler is not None:
        logging.getLogger().removeHandler(_run.handler)
        _run.handler.close()
