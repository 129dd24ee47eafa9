"""SQL written by hand, on both dialects: the few statements the ORM cannot say (guarded updates, report
queries) with $1 placeholders rewritten for SQLite, and new rows as database values (multi-row INSERTs; on PostgreSQL
several tables in one statement)."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.context import require_context
from tortoise.models import Model

M = TypeVar("M", bound=Model)


def connection(conn: BaseDBAsyncClient | None = None) -> BaseDBAsyncClient:
    """`conn`, or the current context's default client (Tortoise.get_connection's answer, without the import it
    runs on every call)."""
    return conn or require_context().connections.get("default")


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


class _LeaderGone(Exception):  # noqa: N818 - the shared read's first caller went away before its rows came
    pass


# Reads in flight (fetch_shared), by client, statement and values; an entry lives only while its read runs.
_IN_FLIGHT: dict[Hashable, asyncio.Future[list[dict[str, Any]]]] = {}


async def fetch_shared(conn: BaseDBAsyncClient, text: str, values: list[Any]) -> list[dict[str, Any]]:
    """fetch, for the hot reads every order makes (issue 16): a caller whose statement, with the same values (equal
    and of the same types), is already running on the same client outside any transaction gets that read's rows
    instead of sending its own (single flight). Nothing is kept once the read is answered, so a change committed
    before a read was sent is seen by it; a caller joins only a read sent at most one round trip before it
    arrived. Inside a transaction every read is its own. The rows are shared: callers read them, never change
    them."""
    if isinstance(conn, TransactionalDBClient):
        return await fetch(conn, text, values)
    key = (conn, text, tuple((type(v), v) for v in values))
    while (flight := _IN_FLIGHT.get(key)) is not None:
        try:
            return await asyncio.shield(flight)
        except _LeaderGone:
            continue  # its caller was cancelled: read again
    flight = asyncio.get_running_loop().create_future()
    _IN_FLIGHT[key] = flight
    try:
        rows = await fetch(conn, text, values)
    except BaseException as exc:
        flight.set_exception(exc if isinstance(exc, Exception) else _LeaderGone())
        flight.exception()  # retrieved: nobody may have joined
        raise
    finally:
        del _IN_FLIGHT[key]
    flight.set_result(rows)
    return rows


# The key list of a keyed read (fetch_keyed): its statement names it as PostgreSQL does, one array parameter.
ANY_KEYS = "= ANY($1)"
KEYED_MAX = 5000  # keys of one keyed read; a larger union is read in parts, one after the other


@functools.lru_cache(maxsize=256)
def _keyed_sql(postgres: bool, text: str) -> str:
    """A keyed read's statement for its dialect: on PostgreSQL as written (the key list one array parameter, so
    the text, and the driver's prepared statement, are the same for any keys); SQLite reads the list, given as a
    JSON array, with json_each."""
    if text.count(ANY_KEYS) != 1:
        raise ValueError(f"a keyed read names its keys once, as {ANY_KEYS}: {text}")
    return text if postgres else text.replace(ANY_KEYS, "IN (SELECT value FROM json_each($1))")


class _KeyedRead:
    """One read of a keyed statement for the union of its callers' keys (an ordered set); `go` is set when the read
    before it on its line answered (it is then sent), `rows` when it answers."""

    __slots__ = ("by_key", "go", "keys", "rows")

    def __init__(self, keys: dict[Any, None]) -> None:
        loop = asyncio.get_running_loop()
        self.keys = dict(keys)  # its first caller's, then the union of everyone's who joined before it was sent
        self.go: asyncio.Future[None] = loop.create_future()
        self.rows: asyncio.Future[list[dict[str, Any]]] = loop.create_future()
        self.by_key: dict[Any, list[dict[str, Any]]] | None = None

    def rows_of(self, rows: list[dict[str, Any]], key_column: str, keys: dict[Any, None]) -> list[dict[str, Any]]:
        """The rows whose key is one of `keys` (all of them for a caller that asked for every key read)."""
        if len(keys) == len(self.keys):
            return rows
        if self.by_key is None:
            self.by_key = {}
            for row in rows:
                self.by_key.setdefault(row[key_column], []).append(row)
        return [row for k in keys for row in self.by_key.get(k, ())]


class _KeyedLine:
    """The keyed reads of one statement with the same other values: the one sent (in flight) and the one queued
    behind it, which callers join until it is sent."""

    __slots__ = ("queued", "sent")

    def __init__(self) -> None:
        self.sent: _KeyedRead | None = None
        self.queued: _KeyedRead | None = None


# Keyed reads in flight or queued (fetch_keyed), by client, statement, key type and other values.
_KEYED: dict[Hashable, _KeyedLine] = {}


async def _read_keyed(conn: BaseDBAsyncClient, text: str, keys: list[Any], values: list[Any]) -> list[dict[str, Any]]:
    postgres = is_postgres(conn)
    statement = _keyed_sql(postgres, text)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(keys), KEYED_MAX):
        part = keys[start:start + KEYED_MAX]
        got = await fetch(conn, statement, [part if postgres else json.dumps(part), *values])
        rows = got if not rows else rows + got
    return rows


async def fetch_keyed(conn: BaseDBAsyncClient, text: str, key_column: str, keys: Sequence[Hashable],
                      values: list[Any]) -> list[dict[str, Any]]:
    """fetch, for a read by a list of keys that every order makes with its own keys (issue 16: mixed carts), in
    batches as group commit writes (no timer). The statement is written for PostgreSQL with the key list as its
    one array parameter, `col = ANY($1)` (ANY_KEYS), and the other values from $2; `key_column` is the column of
    its rows that holds the key. Answers the rows of `keys` (each key once; keys of one type, the column's).

    Outside a transaction a caller arriving while a read of the same statement with the same other values (equal
    and of the same types) is in flight on the same client shares it if it asked for every key of the caller's,
    and otherwise queues behind it: when it answers, one read goes out for the union of the keys of all that
    queued, and each gets the rows of its own keys. A caller arriving with nothing in flight reads at once.
    Nothing is kept once a read is answered, so a change committed before a read was sent is seen by it. Inside
    a transaction every read is its own. A read's error fails its callers only; the rows are shared: callers
    read them, never change them."""
    mine = dict.fromkeys(keys)
    if not mine:
        return []
    if isinstance(conn, TransactionalDBClient):
        return await _read_keyed(conn, text, list(mine), values)
    key = (conn, text, type(next(iter(mine))), tuple((type(v), v) for v in values))
    while True:
        line = _KEYED.get(key)
        if line is None:
            line = _KEYED[key] = _KeyedLine()
        read = line.sent
        sends = True
        if read is None:  # nothing in flight: read at once
            read = line.sent = _KeyedRead(mine)
        elif all(k in read.keys for k in mine):  # in flight with every key asked for: share it
            sends = False
        elif line.queued is not None:  # join the read queued behind the one in flight
            read = line.queued
            read.keys.update(mine)
            sends = False
        else:  # queue a read behind the one in flight, and send it when that one answers
            read = line.queued = _KeyedRead(mine)
        if not sends:
            try:
                return read.rows_of(await asyncio.shield(read.rows), key_column, mine)
            except _LeaderGone:
                continue  # its caller was cancelled before it answered: read again
        try:
            if read is not line.sent:
                await read.go
            rows = await _read_keyed(conn, text, list(read.keys), values)
        except BaseException as exc:
            read.rows.set_exception(exc if isinstance(exc, Exception) else _LeaderGone())
            read.rows.exception()  # retrieved: nobody may have joined
            raise
        finally:
            _keyed_done(key, line, read)
        read.rows.set_result(rows)
        return read.rows_of(rows, key_column, mine)


def _keyed_done(key: Hashable, line: _KeyedLine, read: _KeyedRead) -> None:
    """The read answered (or its caller went away): the one queued behind it, if any, is sent now."""
    if line.queued is read:  # never sent
        line.queued = None
    elif line.sent is read:
        line.sent, line.queued = line.queued, None
        if line.sent is not None and not line.sent.go.done():
            line.sent.go.set_result(None)
    if line.sent is None and line.queued is None and _KEYED.get(key) is line:
        del _KEYED[key]


async def fetch_rows(conn: BaseDBAsyncClient, text: str, values: list[Any]) -> Sequence[Sequence[Any]]:
    """The rows as the driver gives them (by position; no dict per row): for reports that read thousands."""
    _, rows = await conn.execute_query(sql(conn, text), values)
    return rows  # type: ignore[return-value]


async def execute(conn: BaseDBAsyncClient, text: str, values: list[Any]) -> int:
    rows, _ = await conn.execute_query(sql(conn, text), values)
    return rows


MAX_PARAMS = 32000  # below both PostgreSQL's 32767 bind parameters and SQLite's 32766 variables


async def insert_values(conn: BaseDBAsyncClient, table: str, cols: Sequence[str],
                        rows: Sequence[Sequence[Any]]) -> list[int]:
    """INSERT rows given as database values (in `cols` order) without building model objects: on PostgreSQL one
    statement (an array per column, _unnest_sql), on SQLite as many multi-row statements as the variable limit
    needs; their new ids in row order (one INSERT draws its ids from the sequence row by row, in row order, so
    sorted they follow the rows). The caller writes every column the ORM would (defaults and created_at
    included)."""
    if is_postgres(conn):
        statement, values = await _unnest(conn, Insert(table, cols, rows), 1)
        return sorted(int(r["id"]) for r in await fetch(conn, statement, values))
    ids: list[int] = []
    for chunk, statement in _multi_row(table, cols, rows, "", "id"):
        ids.extend(sorted(int(r["id"]) for r in await fetch(conn, statement, list(chain.from_iterable(chunk)))))
    return ids


async def insert_new_values(conn: BaseDBAsyncClient, table: str, cols: Sequence[str],
                            rows: Sequence[Sequence[Any]], unique: Sequence[str]) -> list[int | None]:
    """insert_values, skipping the rows whose `unique` columns (a unique index) are taken already (ON CONFLICT DO
    NOTHING, both dialects): the new ids in row order, None for a row skipped."""
    at = [cols.index(c) for c in unique]
    if is_postgres(conn):
        statement, values = await _unnest(conn, Insert(table, cols, rows, unique), 1)
        chunks = [(rows, statement, values)]
    else:
        conflict = f" ON CONFLICT ({_quoted(unique)}) DO NOTHING"
        chunks = [(chunk, statement, list(chain.from_iterable(chunk)))
                  for chunk, statement in _multi_row(table, cols, rows, conflict, _quoted(["id", *unique]))]
    ids: list[int | None] = []
    for chunk, statement, values in chunks:
        got = await fetch(conn, statement, values)
        new = {tuple(r[c] for c in unique): int(r["id"]) for r in got}
        ids.extend(new.get(tuple(row[i] for i in at)) for row in chunk)
    return ids


def _multi_row(table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]], conflict: str,
               returning: str) -> list[tuple[Sequence[Sequence[Any]], str]]:
    """SQLite: the rows in chunks that fit the variable limit, each with its statement:
    INSERT ... VALUES (...), (...) `conflict` RETURNING `returning`."""
    per = max(1, MAX_PARAMS // len(cols))
    return [(rows[start:start + per], _insert_sql(table, tuple(cols), min(per, len(rows) - start), conflict,
                                                  returning)) for start in range(0, len(rows), per)]


@functools.lru_cache(maxsize=512)
def _insert_sql(table: str, cols: tuple[str, ...], count: int, conflict: str, returning: str) -> str:
    width = len(cols)
    values = ", ".join(f"({placeholders(1 + n * width, width)})" for n in range(count))
    return f"INSERT INTO {table} ({_quoted(cols)}) VALUES {values}{conflict} RETURNING {returning}"


# PostgreSQL: each table's column types (format_type, without modifiers), read from the catalogue once per
# process. New rows go in as one array per column (_unnest_sql), so an INSERT's text, and with it the driver's
# prepared statement, is the same however many rows it writes: a multi-row VALUES list named every row's
# placeholders, a new statement for every row count, parsed and planned afresh (and, past the driver's 15 kB,
# never cached at all).
_PG_TYPES: dict[str, dict[str, str]] = {}


async def _column_types(conn: BaseDBAsyncClient, table: str) -> dict[str, str]:
    """The table's column types; every table's of the schemas on the search path read at once (the first INSERT
    of a process; again only for a table created since)."""
    if (types := _PG_TYPES.get(table)) is not None:
        return types
    rows = await fetch(conn, "SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, NULL) AS typ "
                             "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = ANY(current_schemas(false)) AND c.relkind IN ('r', 'p') "
                             "AND a.attnum > 0 AND NOT a.attisdropped", [])
    found: dict[str, dict[str, str]] = {}
    for r in rows:
        found.setdefault(r["tbl"], {})[r["col"]] = r["typ"]
    _PG_TYPES.update(found)
    if table not in _PG_TYPES:
        raise LookupError(f"no table {table} in the database")
    return _PG_TYPES[table]


@functools.lru_cache(maxsize=512)
def _unnest_sql(table: str, cols: tuple[str, ...], types: tuple[str, ...], conflict: str, returning: str,
                start: int) -> str:
    """PostgreSQL: INSERT the rows given as one array per column ($start ...), in array order (the ids a serial
    column draws follow it), `conflict` and RETURNING `returning`."""
    names = _quoted(cols)
    arrays = ", ".join(f"${start + k}::{t}[]" for k, t in enumerate(types))
    return (f"INSERT INTO {table} ({names}) SELECT {names} FROM unnest({arrays}) WITH ORDINALITY "
            f"AS u({names}, u_ordinal) ORDER BY u_ordinal{conflict} RETURNING {returning}")


async def _unnest(conn: BaseDBAsyncClient, ins: Insert, start: int) -> tuple[str, list[Any]]:
    """_unnest_sql's statement for `ins` and its values: RETURNING the new rows' ids, and with `unique` skipping
    taken keys and returning the keys beside the ids."""
    types = await _column_types(conn, ins.table)
    conflict = f" ON CONFLICT ({_quoted(ins.unique)}) DO NOTHING" if ins.unique else ""
    statement = _unnest_sql(ins.table, tuple(ins.cols), tuple(types[c] for c in ins.cols), conflict,
                            _quoted(["id", *ins.unique]), start)
    return statement, _columns_of(ins)


def _columns_of(ins: Insert) -> list[Any]:
    """The Insert's rows as one list per column."""
    return [list(col) for col in zip(*ins.rows, strict=True)] if ins.rows else [[] for _ in ins.cols]


@dataclass(frozen=True)
class Insert:
    """New rows of one table as database values in `cols` order (as insert_values takes them); with `unique` (the
    columns of a unique index) a row whose key is taken already is skipped (as insert_new_values)."""

    table: str
    cols: Sequence[str]
    rows: Sequence[Sequence[Any]]
    unique: Sequence[str] = ()


@dataclass(frozen=True)
class InsertsSql:
    """Several tables' multi-row INSERTs as data-modifying CTEs of one PostgreSQL statement (inserts_sql): the
    CTEs, the select list answering their ids, their values (numbered from the `start` given), and what
    `answer` needs to read the ids back."""

    ctes: list[str]
    selects: list[str]
    values: list[Any]
    inserts: Sequence[Insert]
    parts: list[tuple[int, Insert]]

    def answer(self, row: Mapping[str, Any]) -> list[list[int | None]]:
        """Each Insert's ids, as insert_all answers them, from the statement's row."""
        out: list[list[int | None]] = [[] for _ in self.inserts]
        for k, (n, ins) in enumerate(self.parts):
            got = row[f"t{k}"]
            if ins.unique:
                new = {tuple(r[1:]): int(r[0]) for r in got}
                at = [list(ins.cols).index(c) for c in ins.unique]
                out[n] = [new.get(tuple(str(r[i]) for i in at)) for r in ins.rows]
            else:
                out[n] = sorted(int(i) for i in got)
        return out


async def inserts_sql(conn: BaseDBAsyncClient, inserts: Sequence[Insert], start: int = 1) -> InsertsSql | None:
    """PostgreSQL: the Inserts with rows as CTEs t0, t1 ... of one statement (each an array per column, so the text
    is the same for any number of rows), their placeholders from $`start` (rows may name rows of another Insert,
    or of the rest of the statement, by ids drawn beforehand: foreign keys are checked at the statement's end);
    None when their columns do not fit the bind parameter limit."""
    parts = [(n, ins) for n, ins in enumerate(inserts) if ins.rows]
    if start - 1 + sum(len(i.cols) for _, i in parts) > MAX_PARAMS:
        return None
    ctes, selects, values = [], [], []
    for k, (_, ins) in enumerate(parts):
        statement, columns = await _unnest(conn, ins, start + len(values))
        ctes.append(f"t{k} AS ({statement})")
        # a skipping Insert answers each new row's key with its id (as text: keys of text or integer columns)
        picked = f"ARRAY[{', '.join(f'{_quoted([c])}::text' for c in ['id', *ins.unique])}]" if ins.unique else '"id"'
        selects.append(f'ARRAY(SELECT {picked} FROM t{k}) AS "t{k}"')
        values.extend(columns)
    return InsertsSql(ctes, selects, values, inserts, parts)


async def insert_all(conn: BaseDBAsyncClient, inserts: Sequence[Insert]) -> list[list[int | None]]:
    """Several tables' new rows, each Insert's ids as insert_values / insert_new_values answer them. On PostgreSQL
    one statement for all of them (each table's INSERT a data-modifying CTE of it, inserts_sql; rows may name rows
    of another Insert by ids drawn beforehand, next_ids: foreign keys are checked at the statement's end) unless
    their columns pass the bind parameter limit; otherwise (SQLite, or too many columns) one table after the
    other."""
    composed = await inserts_sql(conn, inserts) if is_postgres(conn) else None
    if composed is None or len(composed.parts) < 2:
        out: list[list[int | None]] = [[] for _ in inserts]
        for n, ins in enumerate(inserts):
            if ins.rows:
                out[n] = (await insert_new_values(conn, ins.table, ins.cols, ins.rows, ins.unique) if ins.unique
                          else list(await insert_values(conn, ins.table, ins.cols, ins.rows)))
        return out
    row = (await fetch(conn, f"WITH {', '.join(composed.ctes)} SELECT {', '.join(composed.selects)}",
                       composed.values))[0]
    return composed.answer(row)


def next_ids_sql(counts: Mapping[str, int], start: int = 1) -> tuple[str, list[Any]]:
    """PostgreSQL: the select list drawing `count` new ids of each table's serial "id" from its sequence (one
    column "ids<k>" per table, in `counts` order) and its values, numbered from $`start` (next_ids_of reads
    them)."""
    values: list[Any] = []
    selects = []
    for k, table in enumerate(counts):
        # The sequence looked up once per table (OFFSET 0 keeps the subquery apart), not once per id drawn:
        # pg_get_serial_sequence per row cost ten times the nextval (3.1 against 0.33 us an id).
        selects.append(f"ARRAY(SELECT nextval(q.seq) FROM (SELECT pg_get_serial_sequence(${start + 2 * k}, 'id')"
                       f"::regclass AS seq OFFSET 0) q, generate_series(1, ${start + 2 * k + 1}::int)) AS \"ids{k}\"")
        values.extend([table, counts[table]])
    return ", ".join(selects), values


def next_ids_of(row: Mapping[str, Any], counts: Mapping[str, int]) -> dict[str, list[int]]:
    """The ids next_ids_sql's columns drew, per table, ascending."""
    return {table: sorted(int(i) for i in row[f"ids{k}"]) for k, table in enumerate(counts)}


async def next_ids(conn: BaseDBAsyncClient, counts: Mapping[str, int]) -> dict[str, list[int]]:
    """PostgreSQL: `count` new ids of each table's serial "id" drawn from its sequence in one statement, ascending
    (the ids its INSERTs would have drawn), for rows written with their ids given (insert_all)."""
    selects, values = next_ids_sql(counts)
    return next_ids_of((await fetch(conn, f"SELECT {selects}", values))[0], counts)


def _quoted(cols: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


@functools.cache
def columns(model: type[Model], alias: str, prefix: str = "") -> str:
    """The select list of every column of `model` read from table alias `alias`, each named `prefix` + column: for
    a hot read written in SQL that still answers model objects (from_row)."""
    return ", ".join(f'{alias}."{c}" AS "{prefix}{c}"' for c in sorted(model._meta.db_fields))


def from_row(model: type[M], row: Mapping[str, Any], prefix: str = "") -> M:
    """The model object of a row read with columns(model, ..., prefix), as the ORM builds it from its own SELECT
    (the same field conversions), without the ORM's query building."""
    return model._init_from_db(**{c: row[prefix + c] for c in model._meta.db_fields})


def placeholders(start: int, count: int) -> str:
    """"$start, ..., $start+count-1" for an IN list (sql() numbers them for SQLite)."""
    return ", ".join(f"${n}" for n in range(start, start + count))
