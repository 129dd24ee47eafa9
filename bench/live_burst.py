"""Live burst: buyers racing for the units of one live session (POST /api/v1/live/<id>/orders), then the
refusals once it is sold out, both against the floor of the stack.

    .venv/bin/python -m bench --only live_burst [--workers 2 --duration 10]

Set-up: a store with STOCK units of one SKU, a live seller and BUYERS shopper members (own tokens); the seller
creates and starts a session setting UNITS aside (over HTTP). Row 1: wrk fires orders of one unit from the
buyers' tokens round robin, a fresh Idempotency-Key per request, CONNECTIONS connections, for --duration; the
same load goes on (unmeasured) until the pool is sold out. Row 2: the same requests once sold out: every answer
is a 409 refusal, served from the Redis pool (backend.live.pool) without PostgreSQL. Exactness afterwards: live
orders = orders = the line's sold = reservations held = UNITS (the 201s counted: UNITS, less at most one per
connection left in flight when a wrk run stopped), on hand untouched, journal = stock rows. (The channel push
lag of a sale is measured by bench/channel_sync.py.)
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx

from bench.harness import BenchServer, Row, Run, WrkResult, check_between, wrk

BUYERS = 1000
UNITS = 200
STOCK = 2000
CONNECTIONS = 64


async def load(data: dict[str, Any]) -> None:
    from tortoise.transactions import in_transaction

    from backend.members.models import Member
    from backend.org.models import LocationKind, Role
    from backend.security.sessions import start_member, start_staff
    from backend.stock.opening import open_stock
    from tests.factories import make_location, make_sku, make_user

    store = await make_location("BJ01", kind=LocationKind.STORE, name="北京朝阳店")
    sku = await make_sku("LIVE001", price_fen=36800, name="爱他美卓萃3段 900g", barcode="6970000000001")
    async with in_transaction() as conn:
        await open_stock(sku_id=sku.id, location_id=store.id, qty=STOCK, unit_cost_fen=15000, batch_no="B1",
                         expiry_date=dt.date.today() + dt.timedelta(days=365), conn=conn, source="bench")
    seller = await make_user(Role.LIVE_SELLER, username="live1", locations=[store])
    codes = [f"B{i:09d}" for i in range(BUYERS)]
    await Member.bulk_create([Member(member_code=c, nickname=f"观众{i}") for i, c in enumerate(codes)],
                             batch_size=2000)
    ids = await Member.filter(member_code__in=codes).values_list("id", flat=True)
    data.update({
        "store": store.code, "sku": sku.code, "sku_id": sku.id,
        "seller_token": str((await start_staff(seller, method="password"))["access_token"]),
        "buyer_tokens": [str((await start_member(int(i), method="wechat"))["access_token"]) for i in ids],
    })


async def _start_session(srv: BenchServer) -> int:
    d = srv.data
    now = dt.datetime.now(dt.UTC)
    async with httpx.AsyncClient(base_url=srv.base, timeout=30,
                                 headers={"Authorization": f"Bearer {d['seller_token']}"}) as http:
        r = await http.post("/api/v1/live/sessions", json={
            "title": "宝妈节直播专场", "location_code": d["store"], "starts_at": now.isoformat(),
            "ends_at": (now + dt.timedelta(hours=1)).isoformat(),
            "items": [{"sku_code": d["sku"], "flash_price_fen": 29900, "qty": UNITS}]})
        r.raise_for_status()
        sid = int(r.json()["session"]["id"])
        (await http.post(f"/api/v1/live/{sid}/start")).raise_for_status()
    return sid


async def _sold(srv: BenchServer, sid: int) -> int:
    return int(await srv.fetchval("SELECT sold FROM live_session_items WHERE session_id = $1", sid))


async def _db_check(srv: BenchServer, sid: int, won: int, runs: int) -> str:
    sku_id = srv.data["sku_id"]
    f = {
        "live_orders": await srv.fetchval("SELECT count(*) FROM live_orders WHERE session_id = $1", sid),
        "orders": await srv.fetchval("SELECT count(*) FROM orders WHERE channel = 'live'"),
        "line_sold": await srv.fetchval("SELECT sold FROM live_session_items WHERE session_id = $1", sid),
        "held": await srv.fetchval("SELECT COALESCE(SUM(qty), 0) FROM reservations WHERE ref_type = 'order' "
                                   "AND status = 'active'"),
        "reserved": await srv.fetchval("SELECT SUM(reserved) FROM stocks WHERE sku_id = $1", sku_id),
    }
    on_hand = await srv.fetchval("SELECT SUM(on_hand) FROM stocks WHERE sku_id = $1", sku_id)
    journal = await srv.fetch("SELECT COALESCE(SUM(on_hand_delta), 0) AS o, COALESCE(SUM(reserved_delta), 0) AS r "
                              "FROM stock_movements WHERE sku_id = $1", sku_id)
    ok = all(int(v) == UNITS for v in f.values()) and on_hand == STOCK and \
        (journal[0]["o"], journal[0]["r"]) == (on_hand, f["reserved"])
    if not ok:
        return f"MISMATCH: {f}, on hand {on_hand}, journal {dict(journal[0])}"
    return check_between(won, UNITS, CONNECTIONS * runs).replace("ok", "ok: exactly the units", 1)


def _refusals_only(res: WrkResult) -> str:
    if res.statuses == {409: res.requests} and res.all_answered:
        return "ok (all 409)"
    return f"MISMATCH: {res.statuses} errors {res.socket_errors}"


async def rows(run: Run) -> list[Row]:
    async with run.server(load=load) as srv:
        floor = await srv.floor(CONNECTIONS)
        sid = await _start_session(srv)
        path, body = f"/api/v1/live/{sid}/orders", json.dumps({"sku_code": srv.data["sku"], "qty": 1})
        tokens = srv.data["buyer_tokens"]
        def fire(duration: float) -> Any:
            return wrk(srv.base, path, method="POST", tokens=tokens, bodies=[body], idempotency=True,
                       connections=CONNECTIONS, duration=duration)

        burst = await fire(run.duration)
        runs, won, odd = 1, burst.count(201), {s: c for s, c in burst.statuses.items() if s not in (201, 409)}
        while await _sold(srv, sid) < UNITS and runs < 60:  # the rest of the burst, not measured
            more = await fire(2)
            runs, won = runs + 1, won + more.count(201)
            odd.update({s: c for s, c in more.statuses.items() if s not in (201, 409)})
        await srv.settle()
        sold_out = await fire(run.duration)
        await srv.settle()
        check = await _db_check(srv, sid, won + sold_out.count(201), runs + 1)
        if odd or not burst.all_answered:
            check = f"MISMATCH: answers {odd} errors {burst.socket_errors}"
    return [
        Row(f"live burst: {UNITS} units, {BUYERS} buyers, {CONNECTIONS} conns", burst, floor, check=check),
        Row(f"live burst sold out: refusals, {CONNECTIONS} conns", sold_out, floor, check=_refusals_only(sold_out)),
    ]
