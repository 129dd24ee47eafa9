"""PIPL over a whole test run: the last test of every run greps what every other test logged (tests.log_scan)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests import log_scan

FULL = "13800138000"


def test_scan_finds_full_numbers_and_leaves_masked_ones_and_longer_digit_runs(tmp_path: Path) -> None:
    log = tmp_path / "planted.txt"  # not *.log: the run's own scan must not find these planted numbers
    log.write_text("\n".join([
        '{"msg": "bound phone 139****5678"}',          # masked: fine
        '{"msg": "ts=1733390000000 no=113800138000"}',  # a timestamp, a 12-digit order number: not mobiles
        '{"request_id": "2efd41d3de16459987492ec366d437f4"}',  # a hex id: not a mobile
        f'{{"msg": "ships to +86{FULL}"}}',              # leaked, with the country code
        f"sms sent to {FULL}.",                          # leaked, plain
    ]) + "\n", encoding="utf-8")
    findings, lines = log_scan.scan([log])
    assert lines == 5
    assert [(f.line_no, f.number) for f in findings] == [(4, FULL), (5, FULL)]


def test_run_files_are_the_logs_written_since_the_run_started_and_not_postgres_own(tmp_path: Path) -> None:
    run = log_scan.RunLogs(directory=tmp_path, started=log_scan.current().started)
    ours = tmp_path / "cluster" / "node-a.log"
    theirs = tmp_path / "cluster" / "postgres.log"
    ours.parent.mkdir()
    ours.write_text("x\n")
    theirs.write_text("DETAIL: Key (phone)=(13800138000) already exists.\n")
    (tmp_path / "notes.txt").write_text(FULL)
    assert list(run.files([tmp_path])) == [ours]


def test_the_pytest_process_log_is_captured_and_masked() -> None:
    """The in-process capture works (else the final scan would read nothing of this process) and masks numbers:
    the record factory the app installs scrubs them before any handler sees them."""
    from backend.observability import redaction

    redaction.install(())
    logging.getLogger("backend.pipl_probe").info("probe member phone %s", "15800158000")
    handler = log_scan.current().handler
    assert handler is not None
    handler.flush()
    text = log_scan.current().in_process.read_text(encoding="utf-8")
    assert "158****8000" in text and "15800158000" not in text


@pytest.mark.run_last
def test_no_mobile_number_unmasked_in_the_logs_of_this_run(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Runs after every other test of the run: the in-process log, every server and worker the tests started
    (their logs under pytest's basetemp and var/), all grepped for a full mobile number."""
    run = log_scan.current()
    assert run.handler is not None
    run.handler.flush()
    files = list(run.files(log_scan.roots(tmp_path_factory.getbasetemp())))
    findings, lines = log_scan.scan(files)
    assert run.in_process in files and lines > 0, "nothing was logged: the scan would prove nothing"
    assert not findings, f"{len(findings)} unmasked mobile number(s) in {len(files)} log files:\n" + "\n".join(
        str(f) for f in findings[:20])
