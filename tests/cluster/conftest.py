"""The two-node cluster, started once for tests/cluster (see harness.py); skipped without PostgreSQL's and
Redis's binaries. RabbitMQ is the broker when rabbitmq-server is installed, Redis (db 1) otherwise."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.settings import ROOT
from tests.cluster.harness import Cluster
from tests.cluster.services import PrivatePostgres, PrivateRabbit, PrivateRedis, have, pg_bin


@pytest.fixture(scope="package")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if pg_bin() is None or not have("redis-server"):
        pytest.skip("the two-node tests start private PostgreSQL and Redis servers: their binaries are missing")
    root = ROOT / "var" / "cluster"  # the nodes' and workers' logs, kept after the run for a look
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    # The servers' own folders live outside pytest's tmp (mode 0700 for root): PostgreSQL and RabbitMQ run as
    # their service users and must reach them.
    services = Path(tempfile.mkdtemp(prefix="cradle-cluster-"))
    services.chmod(0o755)
    c = Cluster(root=root, pg=PrivatePostgres(services / "pg"), redis=PrivateRedis(services / "redis"),
                rabbit=PrivateRabbit(services / "rabbit") if have("rabbitmq-server") else None)
    try:
        c.start()
        yield c
    finally:
        c.stop()
        shutil.rmtree(services, ignore_errors=True)
