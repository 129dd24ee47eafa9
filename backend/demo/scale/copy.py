"""The COPY plumbing: rows as records in a model's columns, COPYed per table on one connection; the ids taken
ahead of the rows, the sequences set after them, the secondary indexes dropped for the load and built again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.raw_sql import execute

_LAYOUT: dict[type[Model], tuple[list[str], list[str], list[Any], list[tuple[int, Any]]]] = {}


def _layout(model: type[Model]) -> tuple[list[str], list[str], list[Any], list[tuple[int, Any]]]:
    """(field names, columns, the value of each when a row leaves it out, (position, field) of the JSON fields)
    of a model. A column a row must give is left NULL (PostgreSQL refuses the COPY naming it)."""
    if model not in _LAYOUT:
        proj = model._meta.fields_db_projection
        fmap = model._meta.fields_map
        names = list(proj)
        fill = [fmap[n].default if fmap[n].default is not None and not callable(fmap[n].default) else None
                for n in names]
        json_at = [(i, fmap[n]) for i, n in enumerate(names) if type(fmap[n]).__name__ == "JSONField"]
        _LAYOUT[model] = (names, [proj[n] for n in names], fill, json_at)
    return _LAYOUT[model]


def to_records(model: type[Model], rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Columns and records of `rows` for COPY: the model's defaults fill what a row leaves out (one dict.get per
    column, in C); JSON goes through the field's own encoder as the ORM would write it. Enum values go as they
    are: every enum the rows use is a StrEnum, so its value is the string."""
    names, cols, fill, json_at = _layout(model)
    if not json_at:
        return cols, [tuple(map(r.get, names, fill)) for r in rows]
    records = []
    for r in rows:
        rec = list(map(r.get, names, fill))
        for i, f in json_at:
            if rec[i] is not None and not isinstance(rec[i], str):
                rec[i] = f.to_db_value(rec[i], None)
        records.append(tuple(rec))
    return cols, records


async def copy_rows(conn: BaseDBAsyncClient, model: type[Model], rows: list[dict[str, Any]]) -> None:
    if rows:
        await copy_batch(conn, [(model, *to_records(model, rows))])


async def copy_batch(conn: BaseDBAsyncClient, batch: list[tuple[type[Model], list[str], list[tuple[Any, ...]]]]) -> None:
    """COPY each table's records, in order, on one connection."""
    async with conn.acquire_connection() as raw:  # type: ignore[attr-defined]
        skip = await _may_skip_triggers(raw)
        if skip:
            # the rows reference each other by construction: no per-row foreign key trigger (superuser only)
            await raw.execute("SET session_replication_role = replica")
        try:
            for model, cols, records in batch:
                await raw.copy_records_to_table(model._meta.db_table, records=records, columns=cols)
        finally:
            if skip:
                await raw.execute("SET session_replication_role = DEFAULT")


_SKIP_TRIGGERS: dict[str, bool] = {}


async def _may_skip_triggers(raw: Any) -> bool:
    if "ok" not in _SKIP_TRIGGERS:
        _SKIP_TRIGGERS["ok"] = bool(await raw.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    return _SKIP_TRIGGERS["ok"]


async def next_id(conn: BaseDBAsyncClient, table: str) -> int:
    rows = await conn.execute_query_dict(f"SELECT COALESCE(MAX(id), 0) + 1 AS n FROM {table}")
    return int(rows[0]["n"])


async def sync_sequences(conn: BaseDBAsyncClient, models: Sequence[type[Model]]) -> None:
    for m in models:
        table = m._meta.db_table
        await execute(conn, f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)", [])


class Ids:
    def __init__(self, start: dict[str, int]) -> None:
        self.next = dict(start)

    def take(self, table: str) -> int:
        n = self.next[table]
        self.next[table] = n + 1
        return n


async def drop_indexes(conn: BaseDBAsyncClient, tables: list[str]) -> list[str]:
    """Drop the tables' secondary indexes (those no constraint owns: primary keys, unique constraints and the
    foreign keys that lean on them stay) and answer the statements that build them again."""
    rows = await conn.execute_query_dict(
        "SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS ddl FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relname = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
        "WHERE k.conindid = i.indexrelid) ORDER BY t.relname, c.relname", [tables])
    for r in rows:
        await execute(conn, f'DROP INDEX "{r["name"]}"', [])
    return [r["ddl"] for r in rows]
