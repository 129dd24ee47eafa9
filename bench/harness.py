"""The bench harness: a real server on a fresh database, HTTP load with `wrk`, the ceiling and the floor of the
same run, and one table.

A bench module (listed in ``bench.__main__.MODULES``) exposes ``async def rows(run: Run) -> list[Row]``:

    from bench.harness import Row, Run, raw_rate, wrk

    async def rows(run: Run) -> list[Row]:
        async with run.server(load=my_loader) as srv:       # fresh PostgreSQL db, my_loader fills it, then
            floor = await srv.floor()                       # python -m bench.serve --workers run.workers
            res = await wrk(srv.base, "/api/v1/orders", method="POST", tokens=srv.data["tokens"],
                            bodies=[json.dumps(b) for b in bodies], idempotency=True,
                            connections=64, duration=run.duration)
            placed = await srv.fetchval("SELECT count(*) FROM orders")   # exactness: the database afterwards
        ceiling = await raw_rate(srv.db_url, GUARDED_UPDATE, lambda i: (0, 1, stock_id), connections=64,
                                 count=5000)                 # or srv.bare(...) for a read's bare route
        return [Row("hot SKU, group commit", res, floor=floor, ceiling=ceiling, ceiling_label="raw UPDATE",
                    check=check_placed(res, placed, run_connections=64))]

``my_loader(data)`` runs in the bench process with Tortoise open on the fresh database and Redis configured with
the server's key prefix (tokens made here are valid there); whatever it puts into ``data`` (a dict) comes back
as ``srv.data``. ``wrk`` cycles through ``paths`` / ``bodies`` / ``tokens`` per request, adds a unique
Idempotency-Key per request with ``idempotency=True`` and counts every answer by status (``res.statuses``).

Exactness with a timed client: wrk stops after ``duration`` with at most one request in flight per connection;
such a request may still commit after wrk gave up on it. So a write row waits for ``srv.settle()`` and checks
the database against the answers as ``answered_201 <= rows_in_db <= answered_201 + connections`` (``check_between``) plus the
invariants of its own path (never more sold than stock, journal = stock rows).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
WRK = shutil.which("wrk") or "/usr/bin/wrk"
JWT_SECRET = "bench-harness-secret"
PROTECTED_DBS = {"test", "postgres", "template0", "template1"}


# ------------------------------------------------------------------------------------------------ wrk


@dataclass
class WrkResult:
    requests: int
    seconds: float
    rate: float
    p50_ms: float
    p99_ms: float
    statuses: dict[int, int]
    socket_errors: dict[str, int]
    connections: int

    def count(self, status: int) -> int:
        return self.statuses.get(status, 0)

    @property
    def all_answered(self) -> bool:
        """Every request wrk counted got an HTTP answer (no connect/read/write errors, no timeouts)."""
        return not any(self.socket_errors.values())


_LUA = r"""
local paths = %(paths)s
local bodies = %(bodies)s
local tokens = %(tokens)s
local method = %(method)s
local extra = %(headers)s
local run = %(run)s
local idempotency = %(idempotency)s
local threads = {}
counts = {}
local n = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function request()
  n = n + 1
  local i = n * 7919 + tid
  local h = {}
  for k, v in pairs(extra) do h[k] = v end
  if #tokens > 0 then h["Authorization"] = "Bearer " .. tokens[(i %% #tokens) + 1] end
  if idempotency then h["Idempotency-Key"] = run .. "-" .. tid .. "-" .. n end
  local body = nil
  if #bodies > 0 then
    body = bodies[(i %% #bodies) + 1]
    h["Content-Type"] = "application/json"
  end
  return wrk.format(method, paths[(i %% #paths) + 1], h, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local agg = {}
  for _, t in ipairs(threads) do
    for s, c in pairs(t:get("counts")) do agg[s] = (agg[s] or 0) + c end
  end
  local parts = {}
  for s, c in pairs(agg) do table.insert(parts, string.format('"%%d": %%d', s, c)) end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, "statuses": {%%s}, ' ..
    '"errors": {"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), table.concat(parts, ", "),
    e.connect, e.read, e.write, e.timeout))
end
"""


def _lua(value: Any) -> str:
    """A Lua literal for a string, a bool or a list/dict of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "[==[" + value + "]==]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{_lua(k)}] = {_lua(v)}" for k, v in value.items()) + "}"
    return "{" + ", ".join(_lua(v) for v in value) + "}"


async def wrk(base: str, path: str | Sequence[str], *, method: str = "GET", tokens: Sequence[str] = (),
              bodies: Sequence[str] = (), headers: dict[str, str] | None = None, idempotency: bool = False,
              connections: int = 32, duration: float = 10.0, threads: int = 1, timeout_s: int = 30) -> WrkResult:
    """Run wrk against ``base`` for ``duration`` seconds; each request takes the next of ``path`` (one or a
    list), ``bodies`` (JSON strings) and ``tokens`` (bearer), round robin. Every answer is counted by status."""
    paths = [path] if isinstance(path, str) else list(path)
    script = _LUA % {"paths": _lua(paths), "bodies": _lua(list(bodies)), "tokens": _lua(list(tokens)),
                     "method": _lua(method), "headers": _lua(headers or {}), "run": _lua(uuid.uuid4().hex[:12]),
                     "idempotency": _lua(idempotency)}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        proc = await asyncio.create_subprocess_exec(
            WRK, "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(duration))}s",
            "--timeout", f"{timeout_s}s", "-s", f.name, base + paths[0],
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
    finally:
        os.unlink(f.name)
    line = next((x for x in out.decode().splitlines() if x.startswith("WRKJSON ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({proc.returncode}): {err.decode()[-500:]} {out.decode()[-500:]}")
    data = json.loads(line[len("WRKJSON "):])
    seconds = data["duration_us"] / 1e6
    return WrkResult(requests=data["requests"], seconds=round(seconds, 3),
                     rate=round(data["requests"] / seconds, 1) if seconds else 0.0,
                     p50_ms=round(data["p50_us"] / 1000, 2), p99_ms=round(data["p99_us"] / 1000, 2),
                     statuses={int(k): v for k, v in data["statuses"].items()}, socket_errors=data["errors"],
                     connections=connections)


# ------------------------------------------------------------------------------------------------ ceilings


async def raw_rate(db_url: str, sql: str, args: Callable[[int], Sequence[Any]], *, connections: int = 32,
                   count: int = 5000, transaction: bool = False) -> float:
    """Statements per second of ``sql`` issued straight through asyncpg (prepared, ``connections`` at once,
    ``count`` in all, autocommit unless ``transaction``): the ceiling a write path is held against."""
    conns = [await asyncpg.connect(db_url) for _ in range(connections)]
    try:
        queue = iter(range(count))

        async def worker(conn: asyncpg.Connection) -> None:
            stmt = await conn.prepare(sql)
            for i in queue:
                if transaction:
                    async with conn.transaction():
                        await stmt.fetch(*args(i))
                else:
                    await stmt.fetch(*args(i))

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(c) for c in conns))
        return round(count / (time.perf_counter() - t0), 1)
    finally:
        for c in conns:
            await c.close()


# ------------------------------------------------------------------------------------------------ server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(url.replace("postgresql://", "postgres://"))._replace(path="/" + name))


@dataclass
class BenchServer:
    """A running ``python -m bench.serve`` on its own database; ``data`` is what the loader left."""

    base: str
    db_url: str
    workers: int
    duration: float
    data: dict[str, Any]
    _floor: WrkResult | None = None

    async def floor(self, connections: int = 32) -> WrkResult:
        """The constant-JSON route of the same app and workers (measured once per server)."""
        if self._floor is None:
            self._floor = await wrk(self.base, "/_bench/const", connections=connections, duration=self.duration)
        return self._floor

    async def settle(self, within_s: float = 30.0) -> None:
        """Wait until no statement runs on this database: the requests wrk left in flight have finished (call
        before checking the database against the answers)."""
        deadline = time.monotonic() + within_s
        await asyncio.sleep(0.5)
        while time.monotonic() < deadline:
            busy = await self.fetchval("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND pid <> pg_backend_pid() AND state NOT IN ('idle')")
            if not busy:
                return
            await asyncio.sleep(0.2)

    async def fetchval(self, sql: str, *args: Any) -> Any:
        conn = await asyncpg.connect(self.db_url)
        try:
            return await conn.fetchval(sql, *args)
        finally:
            await conn.close()

    async def fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(self.db_url)
        try:
            return list(await conn.fetch(sql, *args))
        finally:
            await conn.close()


Loader = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass
class Run:
    """One `make bench` run: the same PostgreSQL, Redis, workers and duration for every row."""

    pg: str
    redis: str
    workers: int = 2
    duration: float = 10.0
    quick: bool = False
    env: dict[str, str] = field(default_factory=dict)

    @asynccontextmanager
    async def server(self, load: Loader | None = None, *, workers: int | None = None,
                     env: dict[str, str] | None = None) -> AsyncIterator[BenchServer]:
        name = f"cradle_bench_{uuid.uuid4().hex[:10]}"
        db_url = _with_db(self.pg, name)
        prefix = f"cradle-bench-{uuid.uuid4().hex[:8]}:"
        admin = await asyncpg.connect(_with_db(self.pg, "postgres"))
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        proc: subprocess.Popen[bytes] | None = None
        log = Path(tempfile.gettempdir()) / f"{name}.log"
        try:
            data: dict[str, Any] = {}
            await _load(db_url, self.redis, prefix, load, data)
            port = _free_port()
            n = workers or self.workers
            run_env = {k: v for k, v in os.environ.items() if not k.startswith("CRADLE_")}
            run_env.update({"CRADLE_DB_URL": db_url, "CRADLE_REDIS_URL": self.redis, "CRADLE_REDIS_PREFIX": prefix,
                            "CRADLE_JWT_SECRET": JWT_SECRET, "CRADLE_PORT": str(port), "CRADLE_HOST": "127.0.0.1",
                            "CRADLE_LOG_LEVEL": "WARNING", "CRADLE_FAKES": "0",
                            "SANIC_WORKER_ACK_TIMEOUT": "240",  # a loaded host starts workers slowly
                            "CRADLE_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
                            # The web tier as deployed (deploy/README.md): a broker named, so the periodic jobs
                            # (backend.tasks.schedule) are Celery beat's and run in no web worker. Without one every
                            # worker would run them all on start, a verified backup (pg_dump and a restore) among
                            # them, over the first rows. No Celery worker is started: nothing measured queues a task.
                            "CRADLE_BROKER_URL": self.redis, "CRADLE_CELERY_PREFIX": prefix,
                            **self.env, **(env or {})})
            proc = _spawn(n, run_env, log)
            base = f"http://127.0.0.1:{port}"
            await _wait_ready(base, proc, log)
            yield BenchServer(base=base, db_url=db_url, workers=n, duration=self.duration, data=data)
        finally:
            if proc is not None:
                _stop(proc)
            await _forget_redis(self.redis, prefix)
            admin = await asyncpg.connect(_with_db(self.pg, "postgres"))
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()
            log.unlink(missing_ok=True)


async def _load(db_url: str, redis: str, prefix: str, load: Loader | None, data: dict[str, Any]) -> None:
    from tortoise import Tortoise

    from backend.cache import close_redis, configure_redis
    from backend.db import tortoise_config
    from backend.settings import Settings, use_settings
    from backend.wiring import wire

    settings = Settings(db_url=db_url, redis_url=redis, jwt_secret=JWT_SECRET)
    use_settings(settings)
    configure_redis(settings, prefix=prefix)
    wire()
    await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=8))
    try:
        await Tortoise.generate_schemas(safe=True)
        if load is not None:
            await load(data)
    finally:
        await Tortoise.close_connections()
        await close_redis()


def _spawn(workers: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """The server logs to a file: a pipe nobody reads would fill up and stall it."""
    return subprocess.Popen([sys.executable, "-m", "bench.serve", "--workers", str(workers)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=log.open("wb"), start_new_session=True)


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-2000:]


async def _wait_ready(base: str, proc: subprocess.Popen[bytes], log: Path, within_s: float = 240.0) -> None:
    """Every worker up: a round of concurrent requests to the constant route all answered quickly."""
    deadline = time.monotonic() + within_s
    async with httpx.AsyncClient(base_url=base, timeout=2.0) as c:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"bench server exited with {proc.returncode}: "
                                   f"{_tail(log)}")
            try:
                t = time.perf_counter()
                answers = await asyncio.gather(*(c.get("/_bench/const") for _ in range(8)))
                if all(a.status_code == 200 for a in answers) and time.perf_counter() - t < 0.5:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("bench server did not become ready")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


async def _forget_redis(url: str, prefix: str) -> None:
    from redis.asyncio import Redis

    r = Redis.from_url(url)
    try:
        async for k in r.scan_iter(match=prefix + "*", count=1000):
            await r.delete(k)
    finally:
        await r.aclose()


# ------------------------------------------------------------------------------------------------ rows


def check_between(answered: int, in_db: int, connections: int) -> str:
    """The database against the answers of a timed write: every 201 has its row; at most one request per
    connection was still in flight when wrk stopped."""
    if answered <= in_db <= answered + connections:
        extra = in_db - answered
        return "ok" + (f" (+{extra} in flight at stop)" if extra else "")
    return f"MISMATCH: {answered} answered 201, {in_db} in the database"


@dataclass
class Row:
    """One line of the table: the path's figures, its ceiling (bare route or raw SQL rate of the same run, if
    any) and the floor of the stack (the constant route, same app and workers)."""

    label: str
    result: WrkResult
    floor: WrkResult
    ceiling: float | None = None
    ceiling_label: str = ""
    check: str = "ok"
    note: str = ""

    @property
    def rate(self) -> float:
        return self.result.rate

    @property
    def ratio(self) -> float | None:
        return round(self.rate / self.ceiling, 2) if self.ceiling else None

    @property
    def floor_ratio(self) -> float:
        return round(self.rate / self.floor.rate, 2) if self.floor.rate else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "rate": self.rate, "p50_ms": self.result.p50_ms, "p99_ms": self.result.p99_ms,
                "ceiling": self.ceiling, "ceiling_label": self.ceiling_label, "ratio": self.ratio,
                "floor": self.floor.rate, "floor_ratio": self.floor_ratio, "statuses": self.result.statuses,
                "connections": self.result.connections, "check": self.check, "note": self.note}


def table(rows: Sequence[Row]) -> str:
    head = ["row", "req/s", "p50 ms", "p99 ms", "ceiling/s (what)", "ratio", "floor/s", "of floor", "check"]
    body = [[r.label, f"{r.rate:,.0f}", f"{r.result.p50_ms:.1f}", f"{r.result.p99_ms:.1f}",
             f"{r.ceiling:,.0f} ({r.ceiling_label})" if r.ceiling else "-",
             f"{r.ratio:.2f}" if r.ratio is not None else "-", f"{r.floor.rate:,.0f}", f"{r.floor_ratio:.2f}",
             r.check] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    fmt = "|" + "|".join(f" {{:<{w}}} " for w in widths) + "|"
    return "\n".join([line, fmt.format(*head), line, *(fmt.format(*r) for r in body), line])
