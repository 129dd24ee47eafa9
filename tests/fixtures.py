"""Shared pytest fixtures.

Databases: with CRADLE_TEST_PG set (e.g. postgres://postgres@127.0.0.1:5432/test) every pytest session creates
its own database next to it and drops it at the end, so parallel runs never collide; otherwise a SQLite file.
Redis: CRADLE_TEST_REDIS, else fakeredis; keys carry a private per-session prefix.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from tortoise import Tortoise

from backend.settings import Settings, use_settings

TEST_PG = os.environ.get("CRADLE_TEST_PG", "").strip()
TEST_REDIS = os.environ.get("CRADLE_TEST_REDIS", "").strip()
RUN_ID = uuid.uuid4().hex[:10]


def _with_db(url: str, name: str) -> str:
    p = urlparse(url)
    return urlunparse(p._replace(path="/" + name))


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    p = urlparse(url)
    conn = await asyncpg.connect(
        host=p.hostname or "127.0.0.1", port=p.port or 5432, user=p.username or "postgres",
        password=p.password or None, database=(p.path or "/test").lstrip("/") or "test",
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
async def db_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    if TEST_PG:
        name = f"cradle_t_{RUN_ID}"
        await _pg_admin(TEST_PG, f'CREATE DATABASE "{name}"')
        try:
            yield _with_db(TEST_PG.replace("postgresql://", "postgres://"), name)
        finally:
            await Tortoise.close_connections()
            await _pg_admin(TEST_PG, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path: Path = tmp_path_factory.mktemp("db") / "cradle.sqlite3"
        yield f"sqlite://{path}"


@pytest.fixture(scope="session")
def settings(db_url: str) -> Settings:
    return use_settings(Settings(db_url=db_url, redis_url=TEST_REDIS or None, jwt_secret="test-secret",
                                 public_base_url="http://127.0.0.1:8000"))


@pytest.fixture(scope="session")
async def _schema(settings: Settings) -> AsyncIterator[None]:
    from backend.cache import close_redis, configure_redis, get_redis
    from backend.db import tortoise_config
    from backend.wiring import wire

    wire()  # the tests' composition root: services called without an app price and hook as in production
    await Tortoise.init(config=tortoise_config(settings.db_url, with_aerich=False))
    await Tortoise.generate_schemas(safe=True)
    prefix = f"cradle-test-{RUN_ID}:"
    configure_redis(settings, prefix=prefix)
    yield
    redis = get_redis()
    async for k in redis.scan_iter(match=prefix + "*", count=500):
        await redis.delete(k)
    await close_redis()
    await Tortoise.close_connections()


def _tables() -> list[str]:
    return [m._meta.db_table for app in Tortoise.apps.values() for m in app.values()]


@pytest.fixture
async def db(_schema: None, settings: Settings) -> AsyncIterator[None]:
    """A clean database for each test (tables emptied before it runs)."""
    use_settings(settings)
    conn = Tortoise.get_connection("default")
    tables = _tables()
    if settings.is_postgres:
        await conn.execute_script("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    else:
        script = "".join(f'DELETE FROM "{t}";' for t in tables)
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + script + "PRAGMA foreign_keys=ON;")
    from backend.cache import get_redis, key

    redis = get_redis()
    async for k in redis.scan_iter(match=key("*"), count=500):
        await redis.delete(k)
    from backend.partners.webhooks import forget_subscriptions

    forget_subscriptions()  # the process's cache of webhook subscriptions named rows of the last test's database
    from backend.live.orders import forget_session_infos

    forget_session_infos()  # likewise the process's copies of live sessions' fixed facts (ids start again)
    yield
    from backend.messaging.notifications import cancel_kicks
    from backend.orders.refunds import cancel_kicks as cancel_refund_kicks

    await cancel_kicks()  # a notification delivery kicked by the test must not outlive its database
    await cancel_refund_kicks()  # nor a refund pass


@pytest.fixture
def app(db: None, settings: Settings):  # type: ignore[no-untyped-def]
    from backend.app import create_app

    return create_app(settings, manage_resources=False)


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    from tests.client import FastClient

    return FastClient(app)
