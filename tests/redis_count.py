"""Count the Redis round trips a piece of code makes through redis.asyncio (a real server or fakeredis: one
command through Redis.execute_command, e.g. GET, MGET or a script's EVALSHA, or one pipeline's execute) or through
the shared pipelined connection (backend.redis_pipe: one command).

    with counting_round_trips() as sent:
        _, resp = await client.get("/api/v1/stock?sku_code=X", headers=auth(clerk))
    assert [c[0] for c in sent] == ["MGET"], sent

Each entry is the command's name and arguments ("PIPELINE" and the queued commands' names for a pipeline).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from redis.asyncio.client import Pipeline, Redis

from backend.redis_pipe import Pipe, parse


@contextmanager
def counting_round_trips() -> Iterator[list[tuple[Any, ...]]]:
    sent: list[tuple[Any, ...]] = []
    command, pipeline, pipe_call = Redis.execute_command, Pipeline.execute, Pipe.call

    async def execute_command(self: Redis, *args: Any, **options: Any) -> Any:
        sent.append(args)
        return await command(self, *args, **options)

    async def execute(self: Pipeline, raise_on_error: bool = True) -> Any:
        sent.append(("PIPELINE", *(c[0][0] for c in self.command_stack)))
        return await pipeline(self, raise_on_error)

    async def call(self: Pipe, packed: bytes) -> Any:
        sent.append(tuple(parse(packed)[0]))
        return await pipe_call(self, packed)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Pipe, "call", call)
        mp.setattr(Redis, "execute_command", execute_command)
        mp.setattr(Pipeline, "execute", execute)
        yield sent
