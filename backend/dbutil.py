"""Small helpers for the few statements written in SQL (guarded updates) so they run on both dialects."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient


def connection(conn: BaseDBAsyncClient | None = None) -> BaseDBAsyncClient:
    return conn or Tortoise.get_connection("default")


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "postgres"


def sql(conn: BaseDBAsyncClient, text: str) -> str:
    """Write statements with $1, $2 ... placeholders; SQLite gets ?1, ?2 ... (numbered, so a placeholder may be
    used more than once, as PostgreSQL allows)."""
    if is_postgres(conn):
        return text
    import re

    return re.sub(r"\$(\d+)", r"?\1", text)


async def fetch(conn: BaseDBAsyncClient, text: str, values: list[Any]) -> list[dict[str, Any]]:
    return await conn.execute_query_dict(sql(conn, text), values)


async def execute(conn: BaseDBAsyncClient, text: str, values: list[Any]) -> int:
    rows, _ = await conn.execute_query(sql(conn, text), values)
    return rows
