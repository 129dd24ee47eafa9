"""Private PostgreSQL, Redis and RabbitMQ instances for the two-node tests: each on a free port under a temporary
directory, owned by the test, so a scenario can stop and restart one mid-burst without touching the machine's own
servers (or another test that uses them). Started with the machine's binaries, never downloaded.

As root the servers run as their service users (PostgreSQL refuses root; rabbitmq-server switches to `rabbitmq`
itself), so their directories are handed to those users."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait(predicate, timeout: float, what: str) -> float:  # type: ignore[no-untyped-def]
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if predicate():
            return time.monotonic() - t0
        time.sleep(0.1)
    raise RuntimeError(f"{what}: not within {timeout:.0f} s")


def _as_user(user: str) -> list[str]:
    return ["runuser", "-u", user, "--"] if os.geteuid() == 0 else []


def _chown(path: Path, user: str) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, user, user)
        for p in path.rglob("*"):
            shutil.chown(p, user, user)


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


@dataclass
class PrivatePostgres:
    root: Path
    port: int = field(default_factory=free_port)

    @property
    def data(self) -> Path:
        return self.root / "pgdata"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def init(self) -> None:
        bindir = pg_bin()
        assert bindir, "PostgreSQL is not installed"
        self.root.mkdir(parents=True, exist_ok=True)
        _chown(self.root, "postgres")
        subprocess.run([*_as_user("postgres"), str(bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                        "-A", "trust", "--no-sync", "-E", "UTF8", "--locale", "C"],
                       check=True, capture_output=True, timeout=120)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.root}'\n"
                       "max_connections = 200\nfsync = off\nshared_buffers = 64MB\n")

    def start(self) -> float:
        subprocess.run([*_as_user("postgres"), str(pg_bin() / "pg_ctl"), "-D", str(self.data),  # type: ignore[operator]
                        "-l", str(self.root / "postgres.log"), "-w", "-t", "60", "start"],
                       check=True, capture_output=True, timeout=90)
        return _wait(lambda: _listening(self.port), 30, "PostgreSQL")

    def stop(self, mode: str = "fast") -> None:
        subprocess.run([*_as_user("postgres"), str(pg_bin() / "pg_ctl"), "-D", str(self.data),  # type: ignore[operator]
                        "-m", mode, "-w", "-t", "60", "stop"], capture_output=True, timeout=90)


@dataclass
class PrivateRedis:
    root: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> float:
        self.root.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.root)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        return _wait(lambda: _listening(self.port), 30, "Redis")

    def stop(self) -> None:
        """Gone with everything it held (no persistence): what a crashed or flushed Redis looks like."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@dataclass
class PrivateRabbit:
    root: Path
    port: int = field(default_factory=free_port)
    dist_port: int = field(default_factory=free_port)
    name: str = field(default_factory=lambda: f"cradle{os.getpid()}x{free_port()}@localhost")
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.port}//"

    def _env(self) -> dict[str, str]:
        r = str(self.root)
        return {**os.environ, "RABBITMQ_NODENAME": self.name, "RABBITMQ_NODE_PORT": str(self.port),
                "RABBITMQ_DIST_PORT": str(self.dist_port), "RABBITMQ_MNESIA_BASE": f"{r}/mnesia",
                "RABBITMQ_LOG_BASE": f"{r}/log", "RABBITMQ_ENABLED_PLUGINS_FILE": f"{r}/plugins",
                "RABBITMQ_CONFIG_FILE": f"{r}/rabbitmq", "RABBITMQ_PID_FILE": f"{r}/pid",
                "RABBITMQ_FEATURE_FLAGS_FILE": f"{r}/feature_flags", "RABBITMQ_QUORUM_DIR": f"{r}/quorum",
                "RABBITMQ_STREAM_DIR": f"{r}/stream"}

    def start(self) -> float:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "plugins").write_text("[].\n")
        (self.root / "rabbitmq.conf").write_text("loopback_users = none\n")
        _chown(self.root, "rabbitmq")
        self.proc = subprocess.Popen(["rabbitmq-server"], env=self._env(), cwd=self.root, start_new_session=True,
                                     stdout=open(self.root / "server.out", "ab"), stderr=subprocess.STDOUT)  # noqa: SIM115
        return _wait(lambda: _listening(self.port), 120, "RabbitMQ")

    def stop(self) -> None:
        """SIGTERM to the broker's Erlang VM (its pid file; run as `rabbitmq` it is not in our process group):
        a clean stop, durable queues and persistent messages kept for the next start."""
        pidfile = self.root / "pid"
        if pidfile.exists() and pidfile.read_text().strip().isdigit():
            try:
                os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
            except ProcessLookupError:
                pass
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
        _wait(lambda: not _listening(self.port), 60, "RabbitMQ shutdown")
        if self.proc:
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def have(*binaries: str) -> bool:
    return all(shutil.which(b) for b in binaries)
