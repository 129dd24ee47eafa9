"""Work kept as database rows (an outbox): each row is `pending` until done, with `next_attempt_at` saying when it
is due. One pass claims due rows under a lease and works them a few at a time; several passes may run at once.

Claiming takes the rows with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL and moves their ``next_attempt_at`` forward
by the lease with a guarded UPDATE, so no other pass takes them while this one works (a worker killed mid-work
leaves them due again once the lease runs out). The work function records each row's outcome on the row itself
and returns its name, which the pass counts.

Used by the marketplace shipment push (backend.channels.shipments) and the staff notification delivery
(backend.messaging.notifications).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.raw_sql import execute, fetch, is_postgres

log = logging.getLogger("cradle.due_rows")


@dataclass
class PassResult:
    claimed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)  # outcome name -> rows

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


async def claim_due(table: str, *, now: datetime, limit: int, lease_s: float, join: str = "", where: str = "",
                    params: Sequence[Any] = ()) -> list[int]:
    """Ids of up to `limit` due pending rows of `table` (aliased `t`), leased until now + lease_s. `join` and
    `where` (starting with AND; parameters from $2, given in `params`) narrow the rows."""
    lease = now + timedelta(seconds=lease_s)
    async with in_transaction() as conn:
        lock = " FOR UPDATE OF t SKIP LOCKED" if is_postgres(conn) else ""
        rows = await fetch(
            conn,
            f"SELECT t.id FROM {table} t {join} WHERE t.status = 'pending' AND t.next_attempt_at <= $1 {where} "
            f"ORDER BY t.next_attempt_at, t.id LIMIT {int(limit)}{lock}",
            [now, *params],
        )
        claimed = []
        for row in rows:
            if await execute(conn, f"UPDATE {table} SET next_attempt_at = $1, updated_at = $2 "
                                   "WHERE id = $3 AND status = 'pending' AND next_attempt_at <= $2",
                             [lease, now, int(row["id"])]):
                claimed.append(int(row["id"]))
    return claimed


async def work_claimed(ids: list[int], work: Callable[[int], Awaitable[str]], *, concurrency: int,
                       what: str) -> PassResult:
    """Run `work` over the claimed ids, `concurrency` at a time, counting the outcomes. An exception (the database
    went away) counts as "error": the row is due again after its lease."""
    result = PassResult(claimed=len(ids))
    gate = asyncio.Semaphore(concurrency)

    async def one(row_id: int) -> None:
        async with gate:
            try:
                result.count(await work(row_id))
            except Exception:
                log.exception("%s %s failed", what, row_id)
                result.count("error")

    await asyncio.gather(*(one(i) for i in ids))
    return result
