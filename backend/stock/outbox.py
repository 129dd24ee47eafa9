"""The transactional outbox of stock changes (table channel_outbox), which the channels' relay reads.

``record_stock_change`` is called by ``backend.stock.management.apply_change`` inside the transaction that
changes the stock (on PostgreSQL apply_change writes the same row with ``OUTBOX_INSERT_FROM_S`` in its one
statement), so an event exists if and only if the change committed. It is one INSERT of (sku, location)
into an append-only table (no row is updated, so concurrent sales of one SKU never queue on the outbox); the
relay (``backend.channels.sync.relay``) coalesces rows per SKU later. Changes that leave the available quantity
as it was (goods leaving against their own reservation: on hand and reserved fall together) write nothing.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.raw_sql import execute

INSERT = "INSERT INTO channel_outbox (sku_id, location_id, created_at) VALUES ($1, $2, CURRENT_TIMESTAMP)"
# The same row as a data-modifying CTE of apply_change's single statement on PostgreSQL, from the updated stocks
# row `s` (sku_id, location_id); apply_change includes it only when the available quantity moved.
OUTBOX_INSERT_FROM_S = "INSERT INTO channel_outbox (sku_id, location_id, created_at) SELECT sku_id, location_id, " \
    "CURRENT_TIMESTAMP FROM s"


async def record_stock_change(sku_id: int, location_id: int, available_delta: int, conn: BaseDBAsyncClient) -> None:
    if available_delta == 0:
        return
    await execute(conn, INSERT, [sku_id, location_id])


async def record_stock_changes(sku_id: int, location_id: int, count: int, conn: BaseDBAsyncClient) -> None:
    """`count` events of one (sku, location) in one multi-row INSERT: a group reservation's changes, one event per
    change as record_stock_change writes them one at a time."""
    if count <= 0:
        return
    values = ", ".join(["($1, $2, CURRENT_TIMESTAMP)"] * count)
    await execute(conn, "INSERT INTO channel_outbox (sku_id, location_id, created_at) VALUES " + values,
                  [sku_id, location_id])
