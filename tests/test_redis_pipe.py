"""The shared pipelined Redis connection (backend.redis_pipe): replies reach their own callers in order, whatever
the TCP segments and cancellations; a lost connection fails the callers waiting on it and the next call connects
again; AUTH and SELECT come first. Against a small RESP server run in the test (real sockets, replies split and
delayed on purpose), and against the real Redis when the run has one (a flushed script is loaded again)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.exceptions

from backend import cache
from backend.redis_pipe import Address, Pipe, pack, parse
from tests.fixtures import TEST_REDIS


class RespServer:
    """Commands: ECHO2 <a> <b> -> [a, b]; SLOW <ms> <x> -> x after ms; INT <n> -> :n; NIL -> $-1; ERR <m> -> -ERR m;
    DROP -> the connection closed with no reply; AUTH/SELECT -> +OK. Every reply is written one byte at a time
    (each its own write, so the client reads replies split at every position)."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []
        self.connections = 0
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        lock = asyncio.Lock()
        pending: list[asyncio.Task[None]] = []
        try:
            while True:
                head = await reader.readline()
                if not head:
                    return
                n = int(head[1:])
                args = []
                for _ in range(n):
                    size = int((await reader.readline())[1:])
                    args.append((await reader.readexactly(size + 2))[:-2].decode())
                self.seen.append(args)
                if args[0] == "DROP":
                    writer.close()
                    return
                # Replies go out in the order commands came, as Redis does: each waits for the one before.
                prev = pending[-1] if pending else None
                pending.append(asyncio.create_task(self._reply(writer, lock, prev, args)))
        except (ConnectionError, asyncio.IncompleteReadError):
            return

    async def _reply(self, writer: asyncio.StreamWriter, lock: asyncio.Lock, prev: asyncio.Task[None] | None,
                     args: list[str]) -> None:
        cmd = args[0]
        if cmd == "SLOW":
            await asyncio.sleep(int(args[1]) / 1000)
        if prev is not None:
            await prev
        out = {"ECHO2": lambda: pack(args[1:3]), "SLOW": lambda: b"+" + args[2].encode() + b"\r\n",
               "INT": lambda: b":" + args[1].encode() + b"\r\n", "NIL": lambda: b"$-1\r\n",
               "ERR": lambda: b"-ERR " + args[1].encode() + b"\r\n"}.get(cmd, lambda: b"+OK\r\n")()
        async with lock:
            for i in range(len(out)):
                writer.write(out[i:i + 1])
                await writer.drain()

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()


@pytest.fixture
async def resp() -> AsyncIterator[tuple[RespServer, int]]:
    srv = RespServer()
    port = await srv.start()
    yield srv, port
    await srv.stop()


def test_parse_reads_every_reply_kind_and_waits_for_a_whole_one() -> None:
    reply = b"*5\r\n$2\r\nok\r\n:-7\r\n$-1\r\n+PONG\r\n*2\r\n$3\r\n\xe5\xa5\xb6\r\n$0\r\n\r\n"
    assert parse(reply) == (["ok", -7, None, "PONG", ["奶", ""]], len(reply))
    for cut in range(len(reply)):  # any prefix is incomplete, never misread
        with pytest.raises(Exception) as exc:
            parse(reply[:cut])
        assert type(exc.value).__name__ == "_Incomplete"
    err, _ = parse(b"-NOSCRIPT No matching script\r\n")
    assert isinstance(err, redis.exceptions.NoScriptError)
    loading, _ = parse(b"-LOADING Redis is loading the dataset in memory\r\n")
    assert isinstance(loading, redis.exceptions.ConnectionError)  # as redis-py reads it: "Redis down" for callers


async def test_concurrent_callers_share_one_connection_and_each_gets_its_own_reply(resp: Any) -> None:
    srv, port = resp
    pipe = Pipe(Address("127.0.0.1", port))
    calls = [pipe.call(pack(("ECHO2", f"a{i}", f"b{i}"))) for i in range(50)]
    calls.append(pipe.call(pack(("SLOW", "30", "late"))))  # the replies after it wait for it, and still match
    calls += [pipe.call(pack(("INT", str(i)))) for i in range(20)]
    calls.append(pipe.call(pack(("NIL",))))
    got = await asyncio.gather(*calls)
    assert got == [[f"a{i}", f"b{i}"] for i in range(50)] + ["late"] + list(range(20)) + [None]
    assert srv.connections == 1
    with pytest.raises(redis.exceptions.ResponseError, match="boom"):
        await pipe.call(pack(("ERR", "boom")))
    assert await pipe.call(pack(("INT", "5"))) == 5  # an error reply takes only its own caller
    pipe.close()


async def test_a_cancelled_caller_does_not_shift_the_replies_of_the_others(resp: Any) -> None:
    _, port = resp
    pipe = Pipe(Address("127.0.0.1", port))
    slow = asyncio.ensure_future(pipe.call(pack(("SLOW", "50", "first"))))
    after = asyncio.ensure_future(pipe.call(pack(("ECHO2", "x", "y"))))
    await asyncio.sleep(0.01)
    slow.cancel()
    assert await after == ["x", "y"]
    assert await pipe.call(pack(("INT", "1"))) == 1
    pipe.close()


async def test_a_lost_connection_fails_its_waiting_callers_and_the_next_call_connects_again(resp: Any) -> None:
    srv, port = resp
    pipe = Pipe(Address("127.0.0.1", port))
    waiting = asyncio.ensure_future(pipe.call(pack(("SLOW", "200", "never"))))
    await asyncio.sleep(0.01)
    with pytest.raises(redis.exceptions.ConnectionError):
        await pipe.call(pack(("DROP",)))
    with pytest.raises(redis.exceptions.ConnectionError):
        await waiting
    assert await pipe.call(pack(("ECHO2", "again", "ok"))) == ["again", "ok"]
    assert srv.connections == 2
    pipe.close()


async def test_a_reply_later_than_the_timeout_fails_every_waiting_caller_and_drops_the_connection(resp: Any) -> None:
    srv, port = resp
    pipe = Pipe(Address("127.0.0.1", port), timeout_s=0.2)
    assert await pipe.call(pack(("SLOW", "100", "in time"))) == "in time"  # under the limit: answered
    hung = [asyncio.ensure_future(pipe.call(pack(("SLOW", "1000", "too late")))) for _ in range(3)]
    done = await asyncio.gather(*hung, return_exceptions=True)
    assert all(isinstance(e, redis.exceptions.TimeoutError) for e in done), done
    assert await pipe.call(pack(("INT", "3"))) == 3  # on a new connection: no late reply is taken for this one
    assert srv.connections == 2
    pipe.close()


async def test_nothing_listening_is_a_connection_error() -> None:
    pipe = Pipe(Address("127.0.0.1", 1))
    with pytest.raises(redis.exceptions.ConnectionError):
        await pipe.call(pack(("INT", "1")))


async def test_auth_and_select_go_first_on_every_connection(resp: Any) -> None:
    srv, port = resp
    pipe = Pipe(Address("127.0.0.1", port, db=3, username="app", password="s3cret"))
    assert await pipe.call(pack(("INT", "9"))) == 9
    assert srv.seen[:3] == [["AUTH", "app", "s3cret"], ["SELECT", "3"], ["INT", "9"]]
    pipe.close()


@pytest.mark.skipif(not TEST_REDIS, reason="needs the real Redis (CRADLE_TEST_REDIS)")
async def test_a_script_the_server_lost_is_loaded_again(db: None) -> None:
    assert cache._pipe() is not None  # the run's Redis is plain TCP: the pipe carries the scripts
    redis_client = cache.get_redis()
    script = redis_client.register_script("return {KEYS[1], ARGV[1], 42}")
    await redis_client.script_flush()
    assert await cache.run_script(script, [cache.key("pipe-test")], ["奶粉"]) == [cache.key("pipe-test"), "奶粉", 42]
    assert await cache.mget([cache.key("pipe-test-none")]) == [None]
