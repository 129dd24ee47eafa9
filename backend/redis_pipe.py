"""One shared, pipelined Redis connection per event loop for the commands every hot request sends once.

redis-py spends about 0.1 ms of Python per command (argument encoding, pool checkout and release, retry and
observability wrappers, its response parser) where the round trip itself costs the client about 0.05 ms. On the
paths that send one command per request (the identity MGET of every authenticated request, the live order
claim that answers a sold-out burst) that is a third of the worker's CPU. Here many coroutines share one TCP
connection: the commands asked for in one turn of the event loop go out in one write, and because Redis answers
a connection's commands in the order it read them, each reply goes to the oldest waiting caller (the same
pipelining hiredis clients do).

Scope, on purpose small: RESP2 replies (simple strings, errors, integers, bulk strings decoded as UTF-8, arrays,
nil), AUTH and SELECT at connect, a 5-second limit on a reply and on a connect (redis-py's defaults). A lost
connection fails every waiting caller with redis.exceptions.ConnectionError, which the app already answers as
503 and the identity cache treats as "Redis down"; the next command connects again. A failed command is not
sent again (redis-py retries on a new connection: a live claim sent twice could claim twice). Anything else (TLS, unix
sockets, fakeredis) stays on redis-py: backend.cache decides which.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass
from typing import Any, cast

import redis.exceptions
from redis._parsers.base import BaseParser

Part = bytes | str | int
TIMEOUT_S = 5.0  # a reply or a connect, as redis-py's default socket timeouts


def pack(parts: tuple[Part, ...] | list[Part]) -> bytes:
    """One command in RESP: an array of bulk strings."""
    return b"*%d\r\n%s" % (len(parts), bulk(parts))


def bulk(parts: tuple[Part, ...] | list[Part]) -> bytes:
    """Parts as consecutive bulk strings (a command's body without its array header)."""
    out = bytearray()
    for p in parts:
        b = p if type(p) is bytes else str(p).encode()
        out += b"$%d\r\n" % len(b)
        out += b
        out += b"\r\n"
    return bytes(out)


class _Incomplete(Exception):
    """The buffer ends inside a reply: wait for more bytes."""


def parse(buf: bytes | bytearray, pos: int = 0) -> tuple[Any, int]:
    """The reply starting at `pos` and the position after it; _Incomplete when the buffer ends inside it. An error
    reply is returned as the exception redis-py makes of it (its own code-to-class table: NOSCRIPT is NoScriptError,
    LOADING a BusyLoadingError, which is a ConnectionError), a value inside an array as redis-py leaves it."""
    end = buf.find(b"\r\n", pos)
    if end < 0:
        raise _Incomplete
    kind, line, after = buf[pos], buf[pos + 1:end], end + 2
    if kind == 0x24:  # $ bulk string
        n = int(line)
        if n < 0:
            return None, after
        if len(buf) < after + n + 2:
            raise _Incomplete
        return bytes(buf[after:after + n]).decode(), after + n + 2
    if kind == 0x2A:  # * array
        n = int(line)
        if n < 0:
            return None, after
        items = []
        for _ in range(n):
            item, after = parse(buf, after)
            items.append(item)
        return items, after
    if kind == 0x3A:  # : integer
        return int(line), after
    if kind == 0x2B:  # + simple string
        return bytes(line).decode(), after
    if kind == 0x2D:  # - error
        return BaseParser.parse_error(bytes(line).decode()), after
    raise redis.exceptions.InvalidResponse(f"Protocol error, got {bytes(buf[pos:pos + 1])!r} as reply type byte")


class _Protocol(asyncio.Protocol):
    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.waiting: deque[tuple[asyncio.Future[Any], float]] = deque()  # (caller, when asked), in sent order
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None
        self.lost: Exception | None = None
        self.out: list[bytes] = []  # commands asked for in this turn of the loop, written together at its end
        self.watch: asyncio.TimerHandle | None = None

    def request(self, packed: bytes) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self.waiting.append((fut, loop.time()))
        if not self.out:
            loop.call_soon(self.flush)
        self.out.append(packed)
        if self.watch is None:
            self.watch = loop.call_later(self.timeout_s, self.check)
        return fut

    def flush(self) -> None:
        out, self.out = self.out, []
        if self.lost is None and self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"".join(out))

    def check(self) -> None:
        """The oldest command unanswered for timeout_s: the server or the network hangs, and nothing behind it
        can be answered first. Every waiting caller fails with TimeoutError and the connection is dropped."""
        self.watch = None
        if not self.waiting or self.lost is not None:
            return
        loop = asyncio.get_running_loop()
        age = loop.time() - self.waiting[0][1]
        if age < self.timeout_s:
            self.watch = loop.call_later(self.timeout_s - age, self.check)
            return
        self._fail(redis.exceptions.TimeoutError(f"Redis pipe: no reply in {self.timeout_s} s"))
        if self.transport is not None:
            self.transport.abort()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio.Transport's kind

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        pos = 0
        try:
            while pos < len(buf):
                reply, pos = parse(buf, pos)
                fut = self.waiting.popleft()[0]
                if fut.done():  # its caller was cancelled: the reply is read and dropped, the order kept
                    continue
                if isinstance(reply, redis.exceptions.RedisError):
                    fut.set_exception(reply)
                else:
                    fut.set_result(reply)
        except _Incomplete:
            pass
        except Exception as exc:  # a reply we cannot read: nothing after it can be matched to its caller
            del buf[:]
            self._fail(redis.exceptions.ConnectionError(f"Redis pipe: unreadable reply ({exc})"))
            assert self.transport is not None
            self.transport.abort()
            return
        del buf[:pos]

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(redis.exceptions.ConnectionError(f"Redis pipe: connection lost ({exc or 'closed'})"))

    def _fail(self, exc: Exception) -> None:
        if self.lost is None:
            self.lost = exc
        if self.watch is not None:
            self.watch.cancel()
            self.watch = None
        while self.waiting:
            fut = self.waiting.popleft()[0]
            if not fut.done():
                fut.set_exception(exc)


@dataclass(frozen=True)
class Address:
    host: str
    port: int
    db: int = 0
    username: str | None = None
    password: str | None = None


class Pipe:
    """The shared connection of one event loop. call() sends one packed command and returns its reply; a reply
    that takes longer than timeout_s (redis-py's default socket timeout) fails with TimeoutError, as does a
    connection that takes longer to open."""

    def __init__(self, address: Address, timeout_s: float = TIMEOUT_S) -> None:
        self.address = address
        self.timeout_s = timeout_s
        self._protocol: _Protocol | None = None
        self._connecting: asyncio.Lock | None = None

    def _live(self) -> _Protocol | None:
        p = self._protocol
        if p is None or p.lost is not None or p.transport is None or p.transport.is_closing():
            return None
        return p

    async def call(self, packed: bytes) -> Any:
        return await self.send(self._live() or await self._connect(), packed)

    def send(self, p: _Protocol, packed: bytes) -> asyncio.Future[Any]:
        """Queue one command; the commands of one turn of the loop go out in one write (one system call for a
        burst's worth of requests). bench/routes.py counts round trips here."""
        return p.request(packed)

    async def _connect(self) -> _Protocol:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            p = self._live()
            if p is not None:
                return p
            a = self.address
            try:
                _, p = await asyncio.wait_for(asyncio.get_running_loop().create_connection(
                    lambda: _Protocol(self.timeout_s), a.host, a.port), self.timeout_s)
            except (OSError, TimeoutError) as exc:
                raise redis.exceptions.ConnectionError(
                    f"Redis pipe: cannot connect to {a.host}:{a.port} ({exc or 'timeout'})") from exc
            setup: list[tuple[Part, ...]] = []
            if a.password:
                setup.append(("AUTH", a.username, a.password) if a.username else ("AUTH", a.password))
            if a.db:
                setup.append(("SELECT", a.db))
            try:
                for fut in [self.send(p, pack(parts)) for parts in setup]:
                    await fut
            except BaseException:
                assert p.transport is not None
                p.transport.abort()
                raise
            self._protocol = p
            return p

    def close(self) -> None:
        p, self._protocol = self._protocol, None
        if p is not None and p.transport is not None:
            p.transport.close()
