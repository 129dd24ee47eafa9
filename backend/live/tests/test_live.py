"""Live-stream selling over the HTTP API: the pool never oversells, survives losing Redis and dead workers,
is idempotent per buyer request, gives its remainder back at the end, and only its seller and HQ manage it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.cache import get_redis
from backend.channels.models import StockOutbox
from backend.live import orders as live_orders
from backend.live import pool
from backend.live.models import LiveOrder, LiveSession, LiveSessionItem
from backend.live.sessions import end_expired_sessions
from backend.live.tasks import housekeeping
from backend.live.tests.helpers import (
    World,
    assert_journal_matches,
    burst,
    buy,
    make_members,
    race,
    shopper,
    stock_of,
)
from backend.orders.models import Order, OrderItem
from backend.org.models import Role
from backend.stock.models import Reservation, ReservationStatus, StockMovement
from tests.factories import auth, make_user


async def _pool_consistent(sid: int, w: World, set_aside: int) -> None:
    """The database holds exactly what the orders took, and the session reservation the rest."""
    item = await LiveSessionItem.get(session_id=sid)
    orders = await LiveOrder.filter(session_id=sid)
    assert item.sold == sum(o.qty for o in orders) <= set_aside
    assert await Order.filter(channel="live").count() == len(orders)
    held = await Reservation.filter(ref_type="order", status=ReservationStatus.ACTIVE)
    assert sum(r.qty for r in held) == item.sold
    session_res = await Reservation.filter(ref_type="live_session", ref_id=str(sid))
    assert sum(r.qty - r.qty_consumed for r in session_res if r.status == ReservationStatus.ACTIVE) == \
        set_aside - item.sold
    await assert_journal_matches(w.sku.id)


async def test_300_buyers_race_for_50_units(client) -> None:
    w = await World.build(on_hand=80)
    sid = await w.live_session(client, qty=50, flash_price_fen=9900)
    assert await stock_of(w.sku.id, w.store.id) == (80, 50)  # set aside: other channels see 30
    members = await make_members(300)
    started = time.perf_counter()
    answers = await race(client, sid, members, w.sku.code)
    took = time.perf_counter() - started
    won = [r for r in answers if r.status == 201]
    lost = [r for r in answers if r.status != 201]
    assert len(won) == 50
    assert {r.status for r in lost} == {409}
    assert {(r.json["error"]["code"], r.json["error"]["message"]) for r in lost} == {("insufficient_stock", "库存不足")}
    assert len({r.json["order"]["id"] for r in won}) == 50
    assert all(r.json["order"]["total_fen"] == 9900 and r.json["order"]["channel"] == "live" for r in won)
    items = await OrderItem.filter(order__channel="live")
    assert len(items) == 50 and {i.unit_price_fen for i in items} == {9900}
    assert await stock_of(w.sku.id, w.store.id) == (80, 50)  # the units moved from the pool to the orders
    await _pool_consistent(sid, w, 50)
    _, resp = await client.get(f"/api/v1/live/{sid}/stats", headers=w.seller_h)
    stats = resp.json["stats"]
    assert (stats["sold"], stats["remaining"], stats["orders_total"], stats["source"]) == (50, 0, 50, "redis")
    assert stats["orders_per_min"] + 0 >= 0 and stats["sales_fen"] == 50 * 9900
    assert await get_redis().hlen(pool.Keys(sid).claims) == 0  # every claim settled
    print(f"\n300 buyers / 50 units over the asgi client: {took:.2f} s")


async def test_same_request_twice_is_one_order_and_key_reuse_conflicts(client) -> None:
    w = await World.build()
    sid = await w.live_session(client, qty=10)
    (m,) = await make_members(1)
    same = ({**shopper(m), "Idempotency-Key": "req-1"}, {"sku_code": w.sku.code, "qty": 1})
    first, again = await burst(client, sid, [same, same])
    assert sorted([first.status, again.status]) == [200, 201]
    assert first.json["order"]["id"] == again.json["order"]["id"]
    later = await buy(client, sid, shopper(m), w.sku.code, key="req-1")
    assert later.status == 200 and later.json["order"]["id"] == first.json["order"]["id"]
    other = await buy(client, sid, shopper(m), w.sku.code, qty=2, key="req-1")
    assert other.status == 409 and other.json["error"]["code"] == "conflict"
    assert await LiveOrder.filter(session_id=sid).count() == 1
    # Redis forgets the key (flushed): the database still answers the first order.
    await get_redis().delete(*pool.Keys(sid).all())
    replay = await buy(client, sid, shopper(m), w.sku.code, key="req-1")
    assert replay.status == 200 and replay.json["order"]["id"] == first.json["order"]["id"]
    assert (await LiveSessionItem.get(session_id=sid)).sold == 1
    _, resp = await client.get(f"/api/v1/live/{sid}/stats", headers=w.seller_h)
    assert (resp.json["stats"]["remaining"], resp.json["stats"]["sold"]) == (9, 1)
    await _pool_consistent(sid, w, 10)


async def test_a_retry_after_redis_lost_its_keys_gets_its_order_even_when_sold_out(client) -> None:
    """The order was written, its answer lost (Redis went away between the commit and the settle: a 503), and
    the pool reloaded from the database is now empty: the retry with the same key answers the order, never
    "sold out" by its own order."""
    w = await World.build()
    sid = await w.live_session(client, qty=1)
    (m,) = await make_members(1)
    first = await buy(client, sid, shopper(m), w.sku.code, key="only-one")
    assert first.status == 201
    await get_redis().delete(*pool.Keys(sid).all())
    again = await buy(client, sid, shopper(m), w.sku.code, key="only-one")
    assert again.status == 200 and again.json["order"]["id"] == first.json["order"]["id"]
    (other,) = await make_members(1)
    refused = await buy(client, sid, shopper(other), w.sku.code, key="late")
    assert refused.status == 409 and refused.json["error"]["code"] == "insufficient_stock"
    assert await LiveOrder.filter(session_id=sid).count() == 1


async def test_redis_flushed_mid_session_is_rebuilt_from_the_database(client) -> None:
    w = await World.build(on_hand=60)
    sid = await w.live_session(client, qty=50)
    members = await make_members(260)
    first = await race(client, sid, members[:20], w.sku.code)
    assert [r.status for r in first] == [201] * 20
    ks = pool.Keys(sid)
    await get_redis().delete(*ks.all())  # only this session's keys
    assert not await get_redis().exists(ks.meta)
    rest = await race(client, sid, members[20:], w.sku.code)
    assert sum(r.status == 201 for r in rest) == 30
    assert await LiveOrder.filter(session_id=sid).count() == 50
    await _pool_consistent(sid, w, 50)
    assert int(await get_redis().hget(ks.rem, str(w.sku.id))) == 0


async def test_stale_redis_never_lets_the_database_oversell(client) -> None:
    """Redis believing there is more than there is (e.g. a claim refunded while its order committed) only costs
    a refused write: the guarded UPDATE on the session line refuses, nothing is written."""
    w = await World.build()
    sid = await w.live_session(client, qty=3)
    members = await make_members(8)
    assert [r.status for r in await race(client, sid, members[:3], w.sku.code)] == [201] * 3
    await get_redis().hset(pool.Keys(sid).rem, str(w.sku.id), 5)  # Redis is wrong
    answers = await race(client, sid, members[3:], w.sku.code)
    assert {r.status for r in answers} == {409}
    assert {r.json["error"]["code"] for r in answers} == {"insufficient_stock"}
    assert await Order.filter(channel="live").count() == 3
    assert int(await get_redis().hget(pool.Keys(sid).rem, str(w.sku.id))) == 5  # refunds gave the claims back
    await _pool_consistent(sid, w, 3)


async def _pool_state(sid: int, sku_id: int) -> tuple[int, int, int]:
    """Redis: (remaining, counted sold, open claims)."""
    ks, r = pool.Keys(sid), get_redis()
    return (int(await r.hget(ks.rem, str(sku_id)) or 0), int(await r.hget(ks.sold, str(sku_id)) or 0),
            await r.hlen(ks.claims))


async def test_a_buyer_hanging_up_while_the_order_commits_leaves_the_pool_exact(client, monkeypatch) -> None:
    """Sanic cancels the handler of a closed connection. Cancelled after its order was written, the request used
    to refund its claim: Redis then believed in a unit the database had sold, and every request after the
    sell-out reached PostgreSQL to be refused there. The write and its settle now run to the end."""
    w = await World.build()
    sid = await w.live_session(client, qty=2)
    (m,) = await make_members(1)
    committed, go_on = asyncio.Event(), asyncio.Event()
    real = live_orders.in_transaction

    @asynccontextmanager
    async def slow_to_answer_commit(*args: Any, **kw: Any) -> AsyncIterator[Any]:
        async with real(*args, **kw) as conn:
            yield conn
        committed.set()  # COMMIT is done in the database, its answer not yet back: the buyer hangs up now
        await go_on.wait()

    monkeypatch.setattr(live_orders, "in_transaction", slow_to_answer_commit)
    task = asyncio.ensure_future(live_orders.take_order(sid, buyer=f"member:{m.id}", sku_code=w.sku.code, qty=1,
                                                        request_key="hang-up", member_id=m.id))
    await asyncio.wait_for(committed.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    go_on.set()
    for _ in range(200):
        if (await _pool_state(sid, w.sku.id))[2] == 0:
            break
        await asyncio.sleep(0.01)
    assert await _pool_state(sid, w.sku.id) == (1, 1, 0)  # before: (2, 0, 0), a unit the database had sold
    await _pool_consistent(sid, w, 2)
    (late,) = await make_members(1)
    assert (await buy(client, sid, shopper(late), w.sku.code)).status == 201
    (later,) = await make_members(1)
    refused = await buy(client, sid, shopper(later), w.sku.code)
    assert refused.status == 409 and await _pool_state(sid, w.sku.id) == (0, 2, 0)


async def test_a_commit_whose_outcome_is_unknown_keeps_its_claim_for_reconciling(client, monkeypatch) -> None:
    """The connection fails during COMMIT: the order may be in the database, so the claim is neither refunded
    nor settled by the request; reconcile_claims settles it once it finds the order."""
    w = await World.build()
    sid = await w.live_session(client, qty=2)
    (m,) = await make_members(1)
    real = live_orders.in_transaction

    @asynccontextmanager
    async def commit_then_lose_the_connection(*args: Any, **kw: Any) -> AsyncIterator[Any]:
        async with real(*args, **kw) as conn:
            yield conn
        raise ConnectionResetError("connection lost while COMMIT was answered")

    monkeypatch.setattr(live_orders, "in_transaction", commit_then_lose_the_connection)
    with pytest.raises(ConnectionResetError):
        await live_orders.take_order(sid, buyer=f"member:{m.id}", sku_code=w.sku.code, qty=1, request_key="k",
                                     member_id=m.id)
    assert await LiveOrder.filter(session_id=sid).count() == 1
    assert await _pool_state(sid, w.sku.id) == (1, 0, 1)  # not refunded: the unit stays taken
    assert await pool.reconcile_claims(sid, older_than_s=0) == {"settled": 1, "refunded": 0}
    assert await _pool_state(sid, w.sku.id) == (1, 1, 0)
    await _pool_consistent(sid, w, 2)


async def test_claims_of_a_dead_worker_are_reconciled(client) -> None:
    w = await World.build()
    sid = await w.live_session(client, qty=5)
    (m,) = await make_members(1)
    assert (await buy(client, sid, shopper(m), w.sku.code)).status == 201
    # A worker claimed in Redis and died before writing the order.
    c = await pool.claim(sid, w.sku.id, "member:999999", 2, "dead-worker-claim", None)
    assert (c.outcome, c.remaining) == ("ok", 2)
    # Another wrote its order but died before settling the claim.
    lo = await LiveOrder.get(session_id=sid)
    await get_redis().hset(pool.Keys(sid).claims, lo.claim_id, f"{w.sku.id}|{lo.buyer}|1|{int(time.time())}|")
    assert await pool.reconcile_claims(sid) == {"settled": 0, "refunded": 0}  # too young: may still be writing
    done = await pool.reconcile_claims(sid, older_than_s=0)
    assert done == {"settled": 1, "refunded": 1}
    assert int(await get_redis().hget(pool.Keys(sid).rem, str(w.sku.id))) == 4
    assert await get_redis().hlen(pool.Keys(sid).claims) == 0
    assert (await housekeeping())["ended"] == 0
    await _pool_consistent(sid, w, 5)


async def test_end_returns_the_remainder_to_the_normal_pool(client) -> None:
    w = await World.build(on_hand=80)
    sid = await w.live_session(client, qty=50)
    assert [r.status for r in await race(client, sid, await make_members(10), w.sku.code)] == [201] * 10
    outbox_before = await StockOutbox.filter(sku_id=w.sku.id).count()
    _, resp = await client.post(f"/api/v1/live/{sid}/end", headers=w.seller_h)
    assert resp.status == 200, resp.json
    assert resp.json["session"]["status"] == "ended"
    line = resp.json["stats"]["items"][0]
    assert (line["sold"], line["remaining"], line["returned"]) == (10, 0, 40)
    assert await stock_of(w.sku.id, w.store.id) == (80, 10)  # only the 10 live orders still hold stock
    released = await StockMovement.filter(ref_type="live_session", ref_id=str(sid), kind="release")
    assert sum(m.reserved_delta for m in released) == -40
    assert await StockOutbox.filter(sku_id=w.sku.id).count() > outbox_before  # the channels see it come back
    late = await buy(client, sid, shopper((await make_members(1))[0]), w.sku.code)
    assert late.status == 409 and late.json["error"]["code"] == "invalid_state"
    again = await client.post(f"/api/v1/live/{sid}/end", headers=w.seller_h)
    assert again[1].status == 409
    assert await AuditLog.filter(action="live.end", entity_id=str(sid)).exists()
    await assert_journal_matches(w.sku.id)


async def test_window_passed_ends_the_session(client) -> None:
    w = await World.build(on_hand=20)
    sid = await w.live_session(client, qty=10)
    assert await end_expired_sessions() == 0
    assert await end_expired_sessions(datetime.now(UTC) + timedelta(hours=3)) == 1
    assert (await LiveSession.get(id=sid)).status == "ended"
    assert await stock_of(w.sku.id, w.store.id) == (20, 0)


async def test_refusals_write_nothing(client) -> None:
    w = await World.build(on_hand=10)
    resp = await w.create(client, qty=11)
    sid = int(resp.json["session"]["id"])
    (m,) = await make_members(1)
    early = await buy(client, sid, shopper(m), w.sku.code)
    assert early.status == 409 and early.json["error"]["code"] == "invalid_state"
    _, start = await client.post(f"/api/v1/live/{sid}/start", headers=w.seller_h)
    assert start.status == 409 and start.json["error"]["code"] == "insufficient_stock"
    assert (await LiveSession.get(id=sid)).status == "scheduled"
    assert await stock_of(w.sku.id, w.store.id) == (10, 0)
    w2 = await World.build(on_hand=10)
    sid = await w2.live_session(client, qty=2, per_buyer_limit=1)
    bad = [
        await buy(client, sid, shopper(m), "NOPE"),
        await buy(client, sid, shopper(m), w2.sku.code, qty=0),
        await buy(client, sid, shopper(m), w2.sku.code, qty=2),  # over the per-buyer limit
        await buy(client, sid, shopper(m), w2.sku.code, buyer="someone"),  # shoppers cannot name a buyer
    ]
    assert [r.status for r in bad] == [404, 400, 409, 403]
    assert bad[2].json["error"]["code"] == "purchase_limit"
    assert all("message" in r.json["error"] for r in bad)
    assert (await buy(client, sid, shopper(m), w2.sku.code)).status == 201
    limited = await buy(client, sid, shopper(m), w2.sku.code)
    assert limited.status == 409 and limited.json["error"]["code"] == "purchase_limit"
    await get_redis().delete(*pool.Keys(sid).all())  # the limit survives Redis losing its counters
    assert (await buy(client, sid, shopper(m), w2.sku.code)).status == 409
    assert await Order.filter(channel="live").count() == 1
    assert await LiveOrder.all().count() == 1
    assert await get_redis().hlen(pool.Keys(sid).claims) == 0


async def test_roles(client) -> None:
    w = await World.build()
    clerk = await make_user(Role.CLERK, locations=[w.store])
    other_seller = await make_user(Role.LIVE_SELLER, locations=[w.store])
    far_seller = await make_user(Role.LIVE_SELLER)
    (m,) = await make_members(1)
    now = datetime.now(UTC)
    body = {"title": "t", "location_code": w.store.code, "starts_at": now.isoformat(),
            "ends_at": (now + timedelta(hours=1)).isoformat(),
            "items": [{"sku_code": w.sku.code, "flash_price_fen": 9900, "qty": 1}]}
    assert (await client.post("/api/v1/live/sessions", json=body, headers=auth(clerk)))[1].status == 403
    assert (await client.post("/api/v1/live/sessions", json=body, headers=shopper(m)))[1].status == 403
    assert (await client.post("/api/v1/live/sessions", json=body, headers=auth(far_seller)))[1].status == 403
    no_tz = {**body, "starts_at": "2026-11-23T20:00:00"}
    assert (await client.post("/api/v1/live/sessions", json=no_tz, headers=w.seller_h))[1].status == 400
    # HQ creates for a seller; must name one.
    assert (await client.post("/api/v1/live/sessions", json=body, headers=auth(w.admin)))[1].status == 400
    _, resp = await client.post("/api/v1/live/sessions", json={**body, "seller_username": w.seller.username},
                                headers=auth(w.admin))
    assert resp.status == 201 and resp.json["session"]["seller"] == w.seller.username
    sid = int(resp.json["session"]["id"])
    for path in ("start", "end"):
        assert (await client.post(f"/api/v1/live/{sid}/{path}", headers=auth(other_seller)))[1].status == 404
        assert (await client.post(f"/api/v1/live/{sid}/{path}", headers=auth(clerk)))[1].status == 403
    assert (await client.get(f"/api/v1/live/{sid}/stats", headers=auth(other_seller)))[1].status == 404
    assert (await client.get(f"/api/v1/live/{sid}/stats", headers=shopper(m)))[1].status == 403
    assert (await client.post(f"/api/v1/live/{sid}/start", headers=w.seller_h))[1].status == 200
    assert (await client.get(f"/api/v1/live/{sid}/stats", headers=auth(w.admin)))[1].status == 200
    _, mine = await client.get("/api/v1/live/sessions", headers=auth(other_seller))
    assert mine.json["sessions"] == []
    # Orders for a live-room buyer: only the session's seller or HQ.
    assert (await buy(client, sid, auth(other_seller), w.sku.code, buyer="dy_123")).status == 403
    assert (await buy(client, sid, auth(clerk), w.sku.code, buyer="dy_123")).status == 403
    assert (await buy(client, sid, w.seller_h, w.sku.code)).status == 400  # buyer missing
    placed = await buy(client, sid, w.seller_h, w.sku.code, buyer="dy_123", key="c1")
    assert placed.status == 201
    assert (await LiveOrder.get(session_id=sid)).buyer == "live:dy_123"
    assert await AuditLog.filter(action="order.create", user_id=w.seller.id).exists()
    _, shown = await client.get(f"/api/v1/live/{sid}", headers=shopper(m))
    assert shown.status == 200 and shown.json["session"]["items"][0]["remaining"] == 0


async def test_live_orders_are_paid_shipped_and_cancelled_like_any_order(client) -> None:
    w = await World.build(on_hand=20)
    sid = await w.live_session(client, qty=5, flash_price_fen=9900)
    a, b = await make_members(2)
    paid = (await buy(client, sid, shopper(a), w.sku.code, qty=2)).json["order"]
    dropped = (await buy(client, sid, shopper(b), w.sku.code)).json["order"]
    admin = auth(w.admin)
    _, resp = await client.post(f"/api/v1/orders/{paid['id']}/pay", headers=admin,
                                json={"method": "wechat", "amount_fen": 19800, "external_ref": "wx-live-1"})
    assert resp.status == 201, resp.json
    _, resp = await client.post(f"/api/v1/orders/{paid['id']}/ship", headers=admin, json={"carrier": "顺丰"})
    assert resp.status == 201, resp.json
    _, resp = await client.post(f"/api/v1/orders/{dropped['id']}/cancel", headers=shopper(b))
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    # 20 on hand - 2 shipped; held: the session's 2 left + nothing for the cancelled order (back to the normal pool)
    assert await stock_of(w.sku.id, w.store.id) == (18, 2)
    _, resp = await client.post(f"/api/v1/live/{sid}/end", headers=w.seller_h)
    assert resp.json["stats"]["items"][0]["returned"] == 2
    assert await stock_of(w.sku.id, w.store.id) == (18, 0)
    await assert_journal_matches(w.sku.id)
