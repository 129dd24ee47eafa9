"""A real Cradle server in a subprocess on its own fresh database (PostgreSQL next to CRADLE_TEST_PG, else a
SQLite file), schema from the models and the small demo data set loaded: for the fuzz, fault and bench runs
that need a server process of their own (kill it, restart it, point it at a dead Redis)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import httpx

from backend.settings import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _psql(url: str, sql: str, attempts: int = 3) -> str:
    """psql -c; a connection refused for a moment ("too many clients" while a burst holds the slots) is tried
    again, a failing statement is not (ON_ERROR_STOP exits 3, a connection problem 2)."""
    for attempt in range(attempts):
        out = subprocess.run(["psql", "-qAt", "-v", "ON_ERROR_STOP=1", url, "-c", sql], capture_output=True,
                             text=True, timeout=60)
        if out.returncode == 0:
            return out.stdout
        if out.returncode != 2 or attempt == attempts - 1:
            raise subprocess.CalledProcessError(out.returncode, out.args, out.stdout, out.stderr)
        time.sleep(0.5)
    raise AssertionError("unreachable")


@dataclass
class ServerDB:
    """A fresh database for one server; ``query`` answers rows as tuples on either dialect."""

    url: str
    admin_url: str | None = None

    @classmethod
    def create(cls, pg_admin: str | None, tmp: Path) -> ServerDB:
        if pg_admin:
            name = f"cradle_srv_{uuid.uuid4().hex[:10]}"
            _psql(pg_admin, f'CREATE DATABASE "{name}"')
            p = urlparse(pg_admin.replace("postgresql://", "postgres://"))
            return cls(url=urlunparse(p._replace(path="/" + name)), admin_url=pg_admin)
        return cls(url=f"sqlite://{tmp / f'srv-{uuid.uuid4().hex[:8]}.sqlite3'}")

    @property
    def is_postgres(self) -> bool:
        return self.admin_url is not None

    def terminate_connections(self) -> None:
        """Drop every connection to this database (from the admin database, so psql's own is never one)."""
        assert self.admin_url, "PostgreSQL only"
        name = urlparse(self.url).path.lstrip("/")
        _psql(self.admin_url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")

    def query(self, sql: str) -> list[tuple[str, ...]]:
        if self.is_postgres:
            out = _psql(self.url, sql.replace("\n", " "))
            return [tuple(line.split("|")) for line in out.splitlines() if line]
        with sqlite3.connect(self.url[len("sqlite://"):]) as conn:
            return [tuple(str(v) for v in row) for row in conn.execute(sql)]

    def prepare(self, env: dict[str, str], demo: bool = True) -> None:
        run_env = {**env, "CRADLE_DB_URL": self.url}
        for args in (["backend.schema_check", "--create"], ["backend.manage", "demo", "--size", "small"]):
            if args[0] == "backend.manage" and not demo:
                continue
            subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=run_env, check=True, capture_output=True,
                           timeout=300)

    def drop(self) -> None:
        if self.admin_url:
            name = urlparse(self.url).path.lstrip("/")
            _psql(self.admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Server:
    db: ServerDB
    env: dict[str, str]
    workers: int = 1
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        env = {**self.env, "CRADLE_DB_URL": self.db.url, "CRADLE_PORT": str(self.port), "CRADLE_HOST": "127.0.0.1"}
        if self.log_path is None and os.environ.get("CRADLE_TEST_LOG_DIR"):  # tests.log_scan greps it at the end
            self.log_path = Path(os.environ["CRADLE_TEST_LOG_DIR"]) / f"server-{self.port}.log"
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.proc = subprocess.Popen([sys.executable, "-m", "backend.manage", "serve", "--workers", str(self.workers)],
                                     cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.base + "/api/v1/health", timeout=5.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not answer health in time")

    def kill(self) -> None:
        """SIGKILL the whole server process group (main process and its workers): no graceful anything."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 9)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CRADLE_", "PROMETHEUS_"))}
    env.update({"CRADLE_JWT_SECRET": "ops-test-secret", "CRADLE_LOG_LEVEL": "WARNING",
                "CRADLE_REDIS_PREFIX": f"cradle-ops-{uuid.uuid4().hex[:8]}:"})
    env.update(extra)
    return env


@contextmanager
def running_server(pg_admin: str | None, tmp: Path, *, demo: bool = True, workers: int = 1,
                   **env_extra: str) -> Iterator[Server]:
    db = ServerDB.create(pg_admin, tmp)
    port = free_port()
    # The demo's channel shops talk to the local fake platforms mounted on the server's own port.
    env = base_env(CRADLE_PUBLIC_BASE_URL=f"http://127.0.0.1:{port}", **env_extra)
    server = Server(db=db, env=env, workers=workers, port=port, log_path=tmp / "server.log")
    try:
        db.prepare(env, demo=demo)
        server.start()
        yield server
    finally:
        server.stop()
        db.drop()
        if env.get("CRADLE_REDIS_URL"):
            import redis

            r = redis.Redis.from_url(env["CRADLE_REDIS_URL"], socket_connect_timeout=1)
            try:
                for k in r.scan_iter(match=env["CRADLE_REDIS_PREFIX"] + "*", count=500):
                    r.delete(k)
            except redis.exceptions.ConnectionError:
                pass  # the Redis-down test points the server at a closed port
            finally:
                r.close()


def login(base: str, username: str = "admin", password: str = "cradle123") -> str:
    resp = httpx.post(base + "/api/v1/auth/login", json={"username": username, "password": password}, timeout=10)
    resp.raise_for_status()
    return str(resp.json()["access_token"])


def member_token(member_id: int, secret: str = "ops-test-secret") -> str:
    from jose import jwt

    now = int(time.time())
    return str(jwt.encode({"sub": f"member:{member_id}", "role": "shopper", "iat": now, "typ": "access",
                           "exp": now + 7200, "jti": uuid.uuid4().hex, "sid": uuid.uuid4().hex},
                          secret, "HS256"))  # a session no login recorded (backend.security.sessions)
