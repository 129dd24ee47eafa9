"""The request id follows a task into a real Celery worker (Redis broker): the worker's JSON log line for the
task carries the id that was current when the task was sent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from backend.settings import ROOT, Settings
from tests.fixtures import TEST_PG, TEST_REDIS

pytestmark = pytest.mark.skipif(not (TEST_PG and TEST_REDIS), reason="needs CRADLE_TEST_PG and CRADLE_TEST_REDIS")

SEND = """
from backend.observability import request_id_var
from backend.tasks.periodic import periodic
request_id_var.set({rid!r})
periodic.apply_async(args=("channels.relay",))
"""


def test_worker_log_lines_carry_the_senders_request_id(db: None, settings: Settings, tmp_path: Path) -> None:
    run = uuid.uuid4().hex[:8]
    env = {**os.environ, "CRADLE_DB_URL": settings.db_url, "CRADLE_BROKER_URL": TEST_REDIS,
           "CRADLE_REDIS_URL": TEST_REDIS, "CRADLE_CELERY_QUEUE": f"rid-{run}", "CRADLE_CELERY_PREFIX": f"rid-{run}:",
           "CRADLE_REDIS_PREFIX": f"rid-{run}:", "CRADLE_LOG_FORMAT": "json"}
    log = tmp_path / "worker.log"
    with open(log, "wb") as out:
        worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "backend.tasks.worker", "worker", "-Q",
                                   f"rid-{run}", "--concurrency", "1", "--pool", "solo", "--loglevel", "INFO"],
                                  cwd=ROOT, env=env, stdout=out, stderr=out, start_new_session=True)
    rid = f"req-{run}"
    try:
        subprocess.run([sys.executable, "-c", SEND.format(rid=rid)], cwd=ROOT, env=env, check=True, timeout=60)
        deadline = time.monotonic() + 60
        lines: list[dict[str, object]] = []
        while time.monotonic() < deadline and not lines:
            time.sleep(0.5)
            lines = [json.loads(x) for x in log.read_text().splitlines()
                     if x.startswith("{") and rid in x and "succeeded" in x]
        assert lines, log.read_text()[-3000:]
        assert lines[0]["request_id"] == rid and lines[0]["logger"] == "celery.app.trace"
    finally:
        worker.terminate()
        worker.wait(30)
        import redis

        r = redis.Redis.from_url(TEST_REDIS)
        for k in r.scan_iter(match=f"rid-{run}:*", count=500):
            r.delete(k)
        r.close()
