"""Running the async services from Celery's synchronous tasks.

A worker process keeps one event loop for its lifetime, with the database and Redis opened in it on first use
(after the fork, so prefork children each have their own connections). Settings come from the CRADLE_*
environment like the web app; ``CRADLE_REDIS_PREFIX`` namespaces the Redis keys (tests use a private one).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_loop: asyncio.AbstractEventLoop | None = None
_pid: int | None = None


async def _open() -> None:
    from backend.cache import configure_redis
    from backend.db import init_db
    from backend.settings import Settings, use_settings

    settings = use_settings(Settings.from_env())
    await init_db(settings)
    configure_redis(settings, prefix=os.environ.get("CRADLE_REDIS_PREFIX") or "cradle:")


def worker_loop() -> asyncio.AbstractEventLoop:
    """This process's loop, with the database and Redis open in it."""
    global _loop, _pid
    if _loop is None or _pid != os.getpid():
        _loop = asyncio.new_event_loop()
        _pid = os.getpid()
        _loop.run_until_complete(_open())
    return _loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    return worker_loop().run_until_complete(coro)


async def _close() -> None:
    from tortoise import Tortoise

    from backend.cache import close_redis
    from backend.channels.accounts import close_adapters

    await close_adapters()
    await close_redis()
    await Tortoise.close_connections()


def shutdown() -> None:
    global _loop
    if _loop is not None and _pid == os.getpid():
        _loop.run_until_complete(_close())
        _loop.close()
    _loop = None
