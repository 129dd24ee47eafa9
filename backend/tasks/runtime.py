"""Running the async services from Celery's synchronous tasks.

A worker process keeps one event loop for its lifetime, with the database and Redis opened in it on first use
(after the fork, so prefork children each have their own connections). Settings come from the CRADLE_*
environment like the web app; ``CRADLE_REDIS_PREFIX`` namespaces the Redis keys (tests use a private one).
"""

from __future__ import annotations

import asyncio
import contextvars
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from backend.cache import close_redis, configure_redis
from backend.db import init_db
from backend.settings import Settings, use_settings

T = TypeVar("T")

_loop: asyncio.AbstractEventLoop | None = None
_pid: int | None = None
# Tortoise keeps its state in context variables: every task of this process runs in this one context, so what
# Tortoise.init() set up in the first task is there for all later ones.
_context: contextvars.Context | None = None
# What the worker closes when its process ends, before Redis and the database (installed by backend.wiring).
_closers: list[Callable[[], Awaitable[Any]]] = []


def on_close(closer: Callable[[], Awaitable[Any]]) -> None:
    if closer not in _closers:
        _closers.append(closer)


async def _open() -> None:
    settings = use_settings(Settings.from_env())
    await init_db(settings)
    configure_redis(settings, prefix=os.environ.get("CRADLE_REDIS_PREFIX") or "cradle:")


def worker_loop() -> asyncio.AbstractEventLoop:
    """This process's loop, with the database and Redis open in it."""
    global _loop, _pid, _context
    if _loop is None or _pid != os.getpid():
        _loop = asyncio.new_event_loop()
        _pid = os.getpid()
        _context = contextvars.Context()
        _loop.run_until_complete(_loop.create_task(_open(), context=_context))
    return _loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    loop = worker_loop()
    return loop.run_until_complete(loop.create_task(coro, context=_context))


async def _close() -> None:
    from tortoise import Tortoise

    for closer in _closers:
        await closer()
    await close_redis()
    await Tortoise.close_connections()


def shutdown() -> None:
    global _loop
    if _loop is not None and _pid == os.getpid():
        _loop.run_until_complete(_loop.create_task(_close(), context=_context))
        _loop.close()
    _loop = None
