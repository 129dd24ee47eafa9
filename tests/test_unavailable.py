"""A database or Redis lost under a request answers 503 (retry with the same Idempotency-Key), not 500."""

from __future__ import annotations

import asyncpg
import redis.exceptions

from backend.app import _unavailable_kind


def test_lost_connections_are_unavailable_not_server_errors() -> None:
    released = asyncpg.exceptions.InterfaceError(
        "cannot call Connection.fetch(): connection has been released back to the pool")
    assert _unavailable_kind(released) == "database"  # a terminated backend seen mid-transaction
    assert _unavailable_kind(asyncpg.exceptions.ConnectionDoesNotExistError("terminated")) == "database"
    wrapped = RuntimeError("query failed")
    wrapped.__cause__ = redis.exceptions.ConnectionError("refused")
    assert _unavailable_kind(wrapped) == "redis"
    assert _unavailable_kind(asyncpg.exceptions.InterfaceError("cannot use a closed pool")) == "database"
    assert _unavailable_kind(asyncpg.exceptions.InterfaceError("another operation is in progress")) is None
    assert _unavailable_kind(ValueError("bad")) is None
