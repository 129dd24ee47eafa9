"""raw_sql's INSERTs of rows given as database values, on both databases: the rows written exactly (JSON, times,
nulls, booleans), ids answered in row order, taken keys skipped; and on PostgreSQL one statement text per table
whatever the number of rows (an array per column), so the driver prepares it once per connection instead of
parsing and planning a new statement for every batch size (issue 16: a group commit batch's size varies with
every batch). The locked FEFO read of a batch's stock rows likewise keeps one text for any number of SKUs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.timezone import localtime
from tortoise.transactions import in_transaction

from backend.audit import AUDIT_COLUMNS, audit_values
from backend.audit.models import AuditLog
from backend.idempotency import IdempotencyRecord
from backend.org.models import LocationKind, Role
from backend.raw_sql import Insert, insert_all, insert_new_values, insert_values, is_postgres
from backend.stock.management import _locked_sellable
from tests.factories import make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements

pytestmark = pytest.mark.usefixtures("db")

def _text(logged: str) -> str:
    """A logged statement without its values (the log line is "<sql>: [<values>]")."""
    return logged.rsplit(": [", 1)[0]


_RECORD_COLUMNS = ("scope", "key", "request_hash", "status", "response", "created_at")


def _record(key: str, body: dict[str, Any]) -> tuple[Any, ...]:
    return ("test", key, "h" * 64, 201, IdempotencyRecord._meta.fields_map["response"].to_db_value(
        body, IdempotencyRecord), localtime())


def _audit(n: int, user: Any) -> tuple[Any, ...]:
    return audit_values(user, "thing.create", "thing", n, localtime() - timedelta(seconds=n), after={"n": n, "名": "奶粉"},
                        ip="10.0.0.1" if n % 2 else "")


async def test_insert_values_writes_the_rows_and_answers_ids_in_row_order() -> None:
    user = await make_user(Role.HQ_ADMIN, username="auditor")
    rows = [_audit(n, user) for n in range(5)]
    ids = await insert_values(Tortoise.get_connection("default"), "audit_logs", AUDIT_COLUMNS, rows)
    assert ids == sorted(ids) and len(set(ids)) == 5
    got = {a.id: a for a in await AuditLog.filter(id__in=ids)}
    for n, row_id in enumerate(ids):
        a = got[row_id]
        assert (a.entity_id, a.after, a.before, a.ip, a.user_id) == (str(n), {"n": n, "名": "奶粉"}, None,
                                                                      "10.0.0.1" if n % 2 else "", user.id)
        assert abs((a.created_at - rows[n][-1]).total_seconds()) < 1e-3


async def test_insert_new_values_skips_taken_keys_and_answers_none_for_them() -> None:
    conn = Tortoise.get_connection("default")
    first = await insert_new_values(conn, "idempotency_records", _RECORD_COLUMNS,
                                    [_record("a", {"x": 1}), _record("b", {"x": 2})], ("scope", "key"))
    assert all(first)
    again = await insert_new_values(conn, "idempotency_records", _RECORD_COLUMNS,
                                    [_record("c", {"x": 3}), _record("a", {"x": 9}), _record("d", {"x": 4})],
                                    ("scope", "key"))
    assert again[1] is None and again[0] and again[2]
    kept = {r.key: r.response for r in await IdempotencyRecord.all()}
    assert kept == {"a": {"x": 1}, "b": {"x": 2}, "c": {"x": 3}, "d": {"x": 4}}  # "a" kept its first answer


async def test_one_statement_text_per_table_whatever_the_row_count() -> None:
    """On PostgreSQL the same text for 1, 3 and 7 rows of two tables in one statement (insert_all); every row
    written either way."""
    user = await make_user(Role.HQ_ADMIN, username="auditor")
    conn = Tortoise.get_connection("default")
    texts = set()
    written = 0
    for count in (1, 3, 7):
        async with in_transaction() as tx:
            with counting_statements() as statements:
                answer = await insert_all(tx, [
                    Insert("idempotency_records", _RECORD_COLUMNS,
                           [_record(f"k{count}-{n}", {"n": n}) for n in range(count)], ("scope", "key")),
                    Insert("audit_logs", AUDIT_COLUMNS, [_audit(n, user) for n in range(count)])])
        assert [len(ids) for ids in answer] == [count, count] and all(i is not None for ids in answer for i in ids)
        written += count
        texts.update(_text(s) for s in statements if "INSERT" in s)
    assert await IdempotencyRecord.all().count() == written == await AuditLog.filter(action="thing.create").count()
    if is_postgres(conn):
        assert len(texts) == 1, texts


async def test_the_locked_read_of_a_batch_keeps_one_text_for_any_number_of_skus() -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    skus = [await make_sku(f"S{n}", price_fen=100) for n in range(4)]
    for sku in skus:
        await stock_in(sku, wh, 5)
    texts = set()
    for count in (1, 2, 4):
        async with in_transaction() as tx:
            with counting_statements() as statements:
                stocks, _ = await _locked_sellable([s.id for s in skus[:count]], wh.id, tx)
        assert sorted(stocks) == sorted(s.id for s in skus[:count])
        assert all(sum(r.on_hand for r in rows) == 5 for rows in stocks.values())
        texts.update(_text(s) for s in statements)
    if is_postgres(Tortoise.get_connection("default")):
        assert len(texts) == 1, texts
