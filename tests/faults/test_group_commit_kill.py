"""Group commit under a crash: a real server on PostgreSQL placing a burst of unpaid orders of one hot
SKU (the group path: one line, no payment), SIGKILLed while its batches run, then restarted.

Every order answered 201 before the kill exists; retried with the same Idempotency-Key each key ends with exactly
one order; the SKU's reserved units grew by exactly the units of those orders (nothing sold that no order holds,
nothing held twice) and the movement journal explains the numbers. The leader waits 30 ms for followers, so the
kill lands while batches are gathering or writing; the reservations prove batches ran (rows of one batch share
the transaction id PostgreSQL stamps on them).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.faults.test_faults import _retry_until_answered, _server, _stock, _target
from tests.fixtures import TEST_PG, TEST_REDIS
from tests.ops.server import Server, ServerDB, base_env, login

pytestmark = pytest.mark.skipif(not TEST_PG, reason="fault tests need a real PostgreSQL (CRADLE_TEST_PG)")

BURST = 48
CONCURRENCY = 24


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    db = ServerDB.create(TEST_PG, tmp_path)
    try:
        db.prepare(base_env())
        srv = _server(db, tmp_path, CRADLE_GROUP_COMMIT_WINDOW_MS="30",
                      **({"CRADLE_REDIS_URL": TEST_REDIS} if TEST_REDIS else {}))
        srv.start(120.0)
        try:
            yield srv
        finally:
            srv.stop()
    finally:
        db.drop()


async def _burst(base: str, headers: dict[str, str], keys: list[str], body: dict[str, Any],
                 answers: dict[str, list[tuple[int, Any]]], on_answer: Any) -> None:
    queue = iter(keys)

    async def worker(client: httpx.AsyncClient) -> None:
        for key in queue:
            try:
                r = await client.post("/api/v1/orders", json=body, headers={"Idempotency-Key": key})
                answers[key].append((r.status_code, r.json() if r.content else None))
            except (httpx.HTTPError, ValueError) as exc:
                answers[key].append((0, repr(exc)))
            await on_answer()

    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))


async def test_server_killed_mid_batch_loses_no_acknowledged_order_and_oversells_nothing(server: Server) -> None:
    headers = {"Authorization": f"Bearer {login(server.base)}"}
    sku, store, available = _target(server)
    assert available > BURST
    on_hand0, reserved0, _, _ = _stock(server, sku, store)
    orders_before = int(server.db.query("SELECT COUNT(*) FROM orders")[0][0])
    keys = [f"gc-kill-{i}-{uuid.uuid4().hex[:6]}" for i in range(BURST)]
    answers: dict[str, list[tuple[int, Any]]] = {k: [] for k in keys}
    body = {"channel": "phone", "location_code": store, "items": [{"sku_code": sku, "qty": 1}]}
    killed = asyncio.Event()
    acknowledged: set[int] = set()

    async def maybe_kill() -> None:
        done = [v[-1][1]["order"]["id"] for v in answers.values() if v and v[-1][0] == 201]
        if not killed.is_set() and len(done) >= BURST // 3:
            killed.set()
            acknowledged.update(done)
            server.kill()  # SIGKILL the main process and its worker: batches in flight die with them

    await _burst(server.base, headers, keys, body, answers, maybe_kill)
    assert killed.is_set()
    lost = [k for k in keys if not any(s == 201 for s, _ in answers[k])]
    assert lost, "the kill interrupted nothing"
    # Every order acknowledged before the kill was committed before its answer went out.
    ids = ",".join(str(i) for i in acknowledged)
    assert int(server.db.query(f"SELECT COUNT(*) FROM orders WHERE id IN ({ids})")[0][0]) == len(acknowledged)

    await asyncio.to_thread(server.start, 120.0)
    await _retry_until_answered(server.base, headers, keys, body, answers)
    by_key = {k: {b["order"]["id"] for s, b in answers[k] if s == 201} for k in keys}
    assert all(len(v) == 1 for v in by_key.values()), "a key answered two different orders"
    order_ids = {next(iter(v)) for v in by_key.values()}
    assert len(order_ids) == BURST and acknowledged <= order_ids
    assert int(server.db.query("SELECT COUNT(*) FROM orders")[0][0]) - orders_before == BURST  # none unanswered

    on_hand, reserved, j_on, j_res = _stock(server, sku, store)
    assert on_hand == on_hand0 and reserved == reserved0 + BURST  # one unit held per order, none twice
    assert (j_on, j_res) == (on_hand, reserved)  # the movement journal explains the numbers
    id_list = ",".join(str(i) for i in order_ids)
    held = server.db.query(f"""SELECT COUNT(*), COALESCE(SUM(r.qty), 0) FROM reservations r
        JOIN order_items i ON i.id = r.order_item_id WHERE i.order_id IN ({id_list}) AND r.status = 'active'""")[0]
    assert (int(held[0]), int(held[1])) == (BURST, BURST)
    grouped = server.db.query(f"""SELECT COUNT(*) FROM (SELECT xmin FROM reservations WHERE ref_type = 'order'
        AND ref_id IN ({",".join(f"'{i}'" for i in order_ids)}) GROUP BY xmin HAVING COUNT(*) > 1) g""")[0][0]
    assert int(grouped) > 0, "no batch carried two orders: the group path was not exercised"
