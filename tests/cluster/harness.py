"""Two Cradle nodes as two machines would run them: two API servers (`python -m backend.manage serve`) on
different ports, two Celery workers and one beat, all on one private PostgreSQL, Redis and RabbitMQ
(tests/cluster/services.py). `make two-nodes` runs the scenarios in tests/cluster/.

Node A also serves the local platform fakes (development mode mounts them under /_fakes/ on its own port;
CRADLE_PUBLIC_BASE_URL points the demo's shops there), so node B is the one the scenarios kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from backend.settings import ROOT
from tests.cluster.services import PrivatePostgres, PrivateRabbit, PrivateRedis, free_port
from tests.ops.server import Server, ServerDB, base_env

JWT_SECRET = "ops-test-secret"  # tests.ops.server.base_env's


@dataclass
class Cluster:
    root: Path
    pg: PrivatePostgres
    redis: PrivateRedis
    rabbit: PrivateRabbit | None
    db: ServerDB | None = None
    env: dict[str, str] = field(default_factory=dict)
    nodes: list[Server] = field(default_factory=list)
    celery: list[subprocess.Popen[bytes]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def a(self) -> Server:
        return self.nodes[0]

    @property
    def b(self) -> Server:
        return self.nodes[1]

    @property
    def bases(self) -> list[str]:
        return [n.base for n in self.nodes]

    def start(self) -> None:
        self.pg.init()
        self.timings["postgres_start_s"] = self.pg.start()
        self.timings["redis_start_s"] = self.redis.start()
        if self.rabbit:
            self.timings["rabbitmq_start_s"] = self.rabbit.start()
        self.db = ServerDB.create(self.pg.url, self.root)
        port_a, port_b = free_port(), free_port()
        broker = self.rabbit.url if self.rabbit else self.redis.url.replace("/0", "/1")
        self.env = base_env(CRADLE_PUBLIC_BASE_URL=f"http://127.0.0.1:{port_a}", CRADLE_REDIS_URL=self.redis.url,
                            CRADLE_BROKER_URL=broker, CRADLE_CELERY_QUEUE=f"cradle-{uuid.uuid4().hex[:6]}")
        self.db.prepare(self.env)
        for name, port in (("a", port_a), ("b", port_b)):
            env = {**self.env, "CRADLE_FAKES": "1" if name == "a" else "0"}  # A plays the platforms too
            node = Server(db=self.db, env=env, port=port, log_path=self.root / f"node-{name}.log")
            node.start()
            self.nodes.append(node)
        self.start_celery()

    def start_celery(self) -> None:
        env = {**self.env, "CRADLE_DB_URL": self.db.url}  # type: ignore[union-attr]
        for i in (1, 2):
            self.celery.append(self._celery(env, ["worker", "-n", f"w{i}-{uuid.uuid4().hex[:4]}@%h", "--concurrency",
                                                   "2", "--without-gossip", "--without-mingle", "-Q",
                                                   env["CRADLE_CELERY_QUEUE"]], f"worker{i}"))
        self.celery.append(self._celery(env, ["beat", "-s", str(self.root / "beat-schedule")], "beat"))

    def _celery(self, env: dict[str, str], args: list[str], name: str) -> subprocess.Popen[bytes]:
        log = open(self.root / f"celery-{name}.log", "ab")  # noqa: SIM115
        return subprocess.Popen([sys.executable, "-m", "celery", "-A", "backend.tasks.worker", *args,
                                 "--loglevel", "INFO"], cwd=ROOT, env=env, stdout=log, stderr=log,
                                start_new_session=True)

    def stop(self) -> None:
        for p in self.celery:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.celery:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        for node in self.nodes:
            node.stop()
        if self.rabbit:
            self.rabbit.stop()
        self.redis.stop()
        self.pg.stop("immediate")

    # -- reading the database -----------------------------------------------------------------------------------

    def query(self, sql: str) -> list[tuple[str, ...]]:
        return self.db.query(sql)  # type: ignore[union-attr]

    def scalar(self, sql: str) -> int:
        return int(self.query(sql)[0][0])

    def wait_healthy(self, node: Server, timeout: float = 60) -> float:
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            try:
                if httpx.get(node.base + "/api/v1/ready", timeout=3).status_code == 200:
                    return time.monotonic() - t0
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{node.base} not ready after {timeout:.0f} s")


def staff_token(user_id: int, role: str) -> str:
    from jose import jwt

    now = int(time.time())
    return str(jwt.encode({"sub": f"staff:{user_id}", "role": role, "iat": now, "typ": "access", "exp": now + 7200,
                           "jti": uuid.uuid4().hex, "sid": uuid.uuid4().hex, "ver": 0}, JWT_SECRET, "HS256"))


def member_token(member_id: int) -> str:
    from tests.ops.server import member_token as token

    return token(member_id, JWT_SECRET)


def error_lines(paths: list[Path], limit: int = 5) -> str:
    """The first unhandled errors logged by the nodes (JSON log lines), for assertion messages."""
    import json

    out: list[str] = []
    for p in paths:
        if p.exists():
            for line in p.read_text(errors="replace").splitlines():
                if '"unhandled' in line and len(out) < limit:
                    try:
                        d: dict[str, Any] = json.loads(line)
                        out.append(f"{p.name}: {d.get('message')}: {str(d.get('exc', ''))[-600:]}")
                    except ValueError:
                        out.append(f"{p.name}: {line[-600:]}")
    return "\n".join(out)
