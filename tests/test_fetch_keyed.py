"""raw_sql.fetch_keyed, on both databases: concurrent reads of one statement by different key lists go out as one
read for their union (the one in flight answered first), each caller getting exactly the rows of its own keys; a
caller with nothing in flight reads at once, one inside a transaction reads alone; a cancelled caller or an error
fails no caller of another read; different other values never share a read; a large union is read in parts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.transactions import in_transaction

from backend import raw_sql
from backend.catalog.models import Sku
from tests.factories import make_sku
from tests.sql_count import counting_statements

pytestmark = pytest.mark.usefixtures("db")

TEXT = f"SELECT id, code FROM skus WHERE id {raw_sql.ANY_KEYS} AND price_fen >= $2"


class Gate:
    """raw_sql.fetch, recording the key list of every read sent and holding the reads outside a transaction
    until released (a read in flight); `fail` makes the next read raise instead."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sent: list[list[int]] = []
        self.open = asyncio.Event()
        self.open.set()
        self.fail: Exception | None = None
        real = raw_sql.fetch

        async def gated(conn: Any, text: str, values: list[Any]) -> list[dict[str, Any]]:
            keys = values[0]
            self.sent.append(sorted(keys if isinstance(keys, list) else json.loads(keys)))
            if not isinstance(conn, TransactionalDBClient):
                await self.open.wait()
            if self.fail is not None:
                exc, self.fail = self.fail, None
                raise exc
            return await real(conn, text, values)

        monkeypatch.setattr(raw_sql, "fetch", gated)

    def hold(self) -> None:
        self.open.clear()

    def release(self) -> None:
        self.open.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    yield Gate(monkeypatch)
    assert not raw_sql._KEYED  # nothing left behind


async def _settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


def _read(ids: list[int], floor: int = 0, db: Any = None) -> asyncio.Task[list[dict[str, Any]]]:
    return asyncio.create_task(raw_sql.fetch_keyed(db or raw_sql.connection(), TEXT, "id", ids, [floor]))


def _codes(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(r["code"] for r in rows)


async def _skus(n: int) -> list[int]:
    return [(await make_sku(f"K{k}", price_fen=1000 * (k + 1))).id for k in range(n)]


async def test_concurrent_callers_get_their_own_rows_from_one_read_of_the_union(gate: Gate) -> None:
    """One read in flight; five callers arrive meanwhile: the one whose keys it reads shares it, the other four
    (a key twice, a key of the first read, a key that does not exist) wait for it and then go out as one read.
    Two statements instead of six, and each caller gets its keys' rows, each once."""
    ids = await _skus(6)
    with counting_statements() as statements:
        gate.hold()
        first = _read([ids[0], ids[1]])
        await _settle()
        asked = [[ids[2]], [ids[3], ids[2], ids[3]], [ids[4], ids[1]], [ids[0]], [ids[5], -1]]
        others = [_read(keys) for keys in asked]
        await _settle()
        assert len(gate.sent) == 1  # the rest wait for the read in flight
        gate.release()
        got = [await first, *[await t for t in others]]
    assert len(statements) == 2, statements
    assert gate.sent == [sorted(ids[:2]), sorted([ids[1], ids[2], ids[3], ids[4], ids[5], -1])]
    assert [_codes(rows) for rows in got] == [["K0", "K1"], ["K2"], ["K2", "K3"], ["K1", "K4"], ["K0"], ["K5"]]
    assert [r["id"] for r in got[2]].count(ids[3]) == 1


async def test_an_idle_caller_reads_at_once_and_nothing_is_kept(gate: Gate) -> None:
    ids = await _skus(2)
    with counting_statements() as statements:
        assert _codes(await _read([ids[0], ids[1], ids[0]])) == ["K0", "K1"]
    assert len(statements) == 1
    await Sku.filter(id=ids[0]).update(code="K9")
    assert _codes(await _read([ids[0]])) == ["K9"]
    assert gate.sent == [sorted(ids), [ids[0]]]
    assert await raw_sql.fetch_keyed(raw_sql.connection(), TEXT, "id", [], [0]) == []


async def test_a_caller_inside_a_transaction_reads_alone(gate: Gate) -> None:
    """A read in flight outside has the key, but the transaction's read is its own: it sees its own write."""
    ids = await _skus(1)
    db = raw_sql.connection()
    gate.hold()
    async with in_transaction() as conn:
        await Sku.filter(id=ids[0]).using_db(conn).update(code="K9")
        outside = _read(ids, db=db)
        await _settle()
        inside = await raw_sql.fetch_keyed(conn, TEXT, "id", ids, [0])
        assert _codes(inside) == ["K9"]
        outside.cancel()
        await _settle()
    assert gate.sent == [ids, ids]
    gate.release()
    assert outside.cancelled()


async def test_a_cancelled_caller_leaves_the_others_their_rows(gate: Gate) -> None:
    """The caller that sent the read in flight is cancelled, and so is the first caller of the read queued
    behind it: those who shared the one or joined the other read again, and everyone else gets their rows."""
    ids = await _skus(4)
    gate.hold()
    first = _read([ids[0], ids[1]])
    await _settle()
    sharer = _read([ids[0]])
    queued = _read([ids[2]])
    joiner = _read([ids[3]])
    await _settle()
    queued.cancel()  # before its read was sent: the joiner queues a read of its own
    await _settle()
    first.cancel()  # while its read is in flight: the sharer reads again
    await _settle()
    gate.release()
    assert _codes(await joiner) == ["K3"]
    assert _codes(await sharer) == ["K0"]
    assert first.cancelled() and queued.cancelled()
    assert gate.sent == [sorted(ids[:2]), [ids[3]], [ids[0]]]


async def test_an_error_fails_the_callers_of_its_read_only(gate: Gate) -> None:
    ids = await _skus(3)
    gate.hold()
    gate.fail = RuntimeError("连接断开")
    first = _read([ids[0]])
    await _settle()
    sharer = _read([ids[0]])
    queued = [_read([ids[1]]), _read([ids[2], ids[1]])]
    await _settle()
    gate.release()
    for task in (first, sharer):
        with pytest.raises(RuntimeError, match="连接断开"):
            await task
    assert [_codes(await t) for t in queued] == [["K1"], ["K1", "K2"]]
    assert gate.sent == [[ids[0]], sorted(ids[1:])]


async def test_different_values_or_statements_never_share_a_read(gate: Gate) -> None:
    """The same keys with another floor (equal values of another type would not share either) or another
    statement: each read is its own, with its own rows."""
    ids = await _skus(2)  # 1000 and 2000 fen
    gate.hold()
    cheap = _read(ids, 0)
    await _settle()
    dear = _read(ids, 1500)
    other = asyncio.create_task(raw_sql.fetch_keyed(raw_sql.connection(), TEXT.replace("id, code", "code, id"),
                                                    "id", ids, [0]))
    await _settle()
    assert len(gate.sent) == 3  # none waits for another
    gate.release()
    assert [_codes(await t) for t in (cheap, dear, other)] == [["K0", "K1"], ["K1"], ["K0", "K1"]]


async def test_a_union_over_the_cap_is_read_in_parts(gate: Gate, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw_sql, "KEYED_MAX", 2)
    ids = await _skus(6)
    gate.hold()
    first = _read([ids[0]])
    await _settle()
    queued = [_read(ids[1:3]), _read(ids[3:6])]
    await _settle()
    gate.release()
    assert _codes(await first) == ["K0"]
    assert [_codes(await t) for t in queued] == [["K1", "K2"], ["K3", "K4", "K5"]]
    assert gate.sent == [[ids[0]], ids[1:3], ids[3:5], [ids[5]]]


async def test_a_keyed_statement_names_its_keys_once() -> None:
    with pytest.raises(ValueError, match="ANY"):
        await raw_sql.fetch_keyed(raw_sql.connection(), "SELECT id FROM skus WHERE id IN ($1)", "id", [1], [])
