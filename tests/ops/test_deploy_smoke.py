"""deploy/smoke.sh in CI: the production process layout (API with 2 Sanic workers, Celery worker and beat on a
real broker) against this machine's PostgreSQL and Redis, migrated, demo-loaded and smoke-tested."""

from __future__ import annotations

import os
import subprocess

import pytest

from backend.settings import ROOT
from tests.fixtures import TEST_PG, TEST_REDIS

pytestmark = pytest.mark.skipif(not (TEST_PG and TEST_REDIS), reason="needs CRADLE_TEST_PG and CRADLE_TEST_REDIS")


def test_deploy_smoke_script_passes() -> None:
    broker = os.environ.get("CRADLE_TEST_AMQP", "").strip() or TEST_REDIS
    env = {**os.environ, "SMOKE_PG": TEST_PG, "SMOKE_REDIS": TEST_REDIS, "CRADLE_BROKER_URL": broker}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.run(["bash", str(ROOT / "deploy" / "smoke.sh")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    steps = [line for line in proc.stdout.splitlines() if line.startswith("[smoke]")]
    assert proc.returncode == 0, "\n".join(steps) + "\n" + proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "[smoke] PASS" in steps
    for check in ("health ok", "ready ok", "login ok", "order ok", "metrics ok", "Celery worker ready"):
        assert any(check in line for line in steps), check
    assert '"broker":"ok"' in proc.stdout
