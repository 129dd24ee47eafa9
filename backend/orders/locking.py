"""The lock order of every transaction that touches a member and stock together (docs/orders.md, "Lock order").

    1. the order row being acted on (an existing order: pay, cancel, refund, return; locked by the caller)
    2. the member row(s), ascending id: `lock_members` (FOR NO KEY UPDATE, the mode the member's own guarded
       UPDATEs take; foreign-key checks of rows that reference the member, KEY SHARE, still pass)
    3. what belongs to that member: coupons (redeem / restore), points, stored value, the one-time pay code
    4. stock rows, in (sku, location, batch) order (backend.stock.management)
    5. the ledger and its daily summaries, outboxes

A placement has no order row yet and starts at 2. Because every coupon, points entry and stored-value change of
a member is written under step 2, two checkouts (or a checkout and a refund) of one member queue on the member
row before either holds a stock row: they cannot deadlock on coupon vs stock. Orders without a member (guests,
most platform orders) and live-stream orders (which write no member row) skip step 2.

SQLite serialises writing transactions, so there `lock_members` does nothing.

`retryable(exc)`: the database gave up on the transaction (PostgreSQL deadlock 40P01 or serialization failure
40001): it rolled back whole, so running it again from the start is safe (placement does so once).
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient

from backend.raw_sql import connection, fetch, is_postgres
from backend.security.actor import member_model

RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure


async def lock_members(member_ids: Iterable[int | None], conn: BaseDBAsyncClient) -> None:
    """Step 2: lock the members' rows until the transaction ends, in ascending id order. Unknown ids are skipped."""
    ids = sorted({int(i) for i in member_ids if i})
    if not ids or not is_postgres(conn):
        return
    table = member_model()._meta.db_table
    await fetch(conn, f"SELECT id FROM {table} WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE", [ids])


async def lock_member(member_id: int | None, conn: BaseDBAsyncClient) -> None:
    await lock_members([member_id], conn)


def retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure, raised as it is by asyncpg or wrapped by the ORM."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if getattr(cur, "sqlstate", None) in RETRYABLE_SQLSTATES:
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def in_outer_transaction() -> bool:
    """Inside a transaction someone else opened: a rollback of ours is only a savepoint's, so a retry is theirs."""
    return isinstance(connection(), TransactionalDBClient)
