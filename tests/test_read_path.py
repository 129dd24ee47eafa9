"""The hot reads are lean: SQL statements and Redis round trips per request of each hot route, counted
(tests/sql_count.py, tests/redis_count.py), held at their figure; the caller's identity comes from the Redis cache
(backend.security.identity) and a change of role, store scope, name or a logout takes effect on the very next
request; a token's signature is verified once per process (backend.security.tokens); a sold-out live refusal
touches no SQL and makes one Redis round trip."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from prometheus_client import REGISTRY

from backend.errors import Unauthorized
from backend.live import pool
from backend.live.tests.helpers import World, buy, make_members, shopper
from backend.members.models import Member
from backend.org.models import LocationKind, Role
from backend.security import identity, sessions, tokens
from backend.security.actor import actor_from_token
from backend.staff import accounts
from tests.factories import auth, make_location, make_sku, make_user, member_auth, stock_in
from tests.redis_count import counting_round_trips
from tests.sql_count import counting_statements


async def _count(client: Any, url: str, headers: dict[str, str]) -> tuple[int, Any, list[str]]:
    """Statements of one GET, the caller's identity already cached (the same token asked once before)."""
    _, first = await client.get(url, headers=headers)
    assert first.status == 200, first.json
    with counting_statements() as statements:
        _, resp = await client.get(url, headers=headers)
    assert resp.status == 200, resp.json
    return len(statements), resp.json, statements


async def _shop() -> dict[str, Any]:
    store = await make_location("S1", priority=20)
    wh = await make_location("W1", kind=LocationKind.WAREHOUSE, priority=10)
    await make_location("S2", priority=30)
    sku = await make_sku("SKU1", barcode="6900000000017", name="爱他美卓萃3段")
    await stock_in(sku, store, 12, batch_no="B-LATE", expiry=dt.date.today() + dt.timedelta(days=300))
    await stock_in(sku, store, 5, batch_no="B-SOON", expiry=dt.date.today() + dt.timedelta(days=30))
    await stock_in(sku, wh, 40, batch_no="B-WH", expiry=dt.date.today() - dt.timedelta(days=1))
    clerk = await make_user(Role.CLERK, locations=[store])
    return {"store": store, "wh": wh, "sku": sku, "clerk": clerk}


async def test_stock_lookup_is_one_statement_with_the_same_answer(db: None, client: Any) -> None:
    w = await _shop()
    with counting_round_trips() as sent:
        n, body, statements = await _count(client, "/api/v1/stock?sku_code=SKU1", auth(w["clerk"]))
    assert n == 1, statements  # before: 5 (user, scopes, SKU, locations, stock rows)
    # first request: the identity MGET, then SET of the entry read from the database; the second: the MGET alone
    assert [c[0] for c in sent] == ["MGET", "SET", "MGET"], sent
    assert [loc["location_code"] for loc in body["locations"]] == ["W1", "S1", "S2"]
    wh, store, empty = body["locations"]
    assert [b["batch_no"] for b in store["batches"]] == ["B-SOON", "B-LATE"]  # earliest expiry first
    assert (store["on_hand"], store["available"], store["sellable"]) == (17, 17, 17)
    assert (wh["on_hand"], wh["expired"], wh["sellable"]) == (40, 40, 0) and wh["batches"][0]["expired"] is True
    assert empty["on_hand"] == 0 and empty["batches"] == []
    assert body["totals"] == {"on_hand": 57, "reserved": 0, "available": 57, "expired": 40, "sellable": 17}
    by_barcode = (await client.get("/api/v1/stock?barcode=6900000000017", headers=auth(w["clerk"])))[1]
    assert by_barcode.json["sku_code"] == "SKU1" and by_barcode.json["totals"] == body["totals"]
    one = (await client.get("/api/v1/stock?sku_code=6900000000017&location_code=S1", headers=auth(w["clerk"])))[1]
    assert [loc["location_code"] for loc in one.json["locations"]] == ["S1"]
    for url, code in (("/api/v1/stock?sku_code=NOPE", "not_found"), ("/api/v1/stock?sku_code=SKU1&location_code=X",
                                                                    "not_found"), ("/api/v1/stock", "validation_error")):
        _, resp = await client.get(url, headers=auth(w["clerk"]))
        assert resp.json["error"]["code"] == code, url


async def test_the_other_hot_reads_hold_their_statement_counts(db: None, client: Any) -> None:
    w = await _shop()
    member = await Member.create(member_code="M1", nickname="小鱼妈妈")
    staff, shopper_h = auth(w["clerk"]), member_auth(member.id)
    # SKU search: count, exact code/barcode hits and the page (products and brands joined in); no price-list
    # read, since no list can apply without a channel or a store (before: 8 = the caller's user and scopes,
    # count, exact, page, products, brands, prices; 4 until prices_for skipped the query that matched nothing)
    n, body, statements = await _count(client, "/api/v1/skus?q=爱他美", staff)
    assert n == 3 and body["total"] == 1 and body["items"][0]["brand"] == "爱他美", statements
    # order list, staff: count + page (before: 4)
    n, body, statements = await _count(client, "/api/v1/orders", staff)
    assert n == 2, statements
    # member home: the member row (it is the answer) + the children (unchanged: 2)
    n, body, statements = await _count(client, "/api/v1/members/me", shopper_h)
    assert n == 2 and body["member_code"] == "M1", statements
    # order list, shopper: member row + count + page (unchanged: 3)
    n, body, statements = await _count(client, "/api/v1/orders", shopper_h)
    assert n == 3, statements


async def test_a_role_or_store_change_ends_the_cached_identity_at_once(db: None, client: Any) -> None:
    w = await _shop()
    admin = await make_user(Role.HQ_ADMIN)
    clerk_h = auth(w["clerk"])
    assert (await _count(client, "/api/v1/stock?sku_code=SKU1", clerk_h))[0] == 1  # cached now
    await accounts.set_scopes(w["clerk"].id, ["S2"], actor_user=admin)
    _, resp = await client.get("/api/v1/stock?sku_code=SKU1", headers=clerk_h)
    assert resp.status == 401  # the cached entry would have admitted the token: the hold sent it to the database

    manager = await make_user(Role.STORE_MANAGER, locations=[w["store"]])
    manager_h = auth(manager)
    assert (await _count(client, "/api/v1/stock?sku_code=SKU1", manager_h))[0] == 1
    await accounts.update_user(manager.id, {"role": Role.CLERK}, actor_user=admin)
    _, resp = await client.get("/api/v1/stock?sku_code=SKU1", headers=manager_h)
    assert resp.status == 401


async def test_a_name_change_or_a_logout_shows_on_the_next_request(db: None, client: Any) -> None:
    w = await _shop()
    admin = await make_user(Role.HQ_ADMIN)
    clerk_h = auth(w["clerk"])
    _, resp = await client.get("/api/v1/staff/me", headers=clerk_h)
    _, resp = await client.get("/api/v1/staff/me", headers=clerk_h)  # from the cache
    assert resp.status == 200
    await accounts.update_user(w["clerk"].id, {"display_name": "新名字"}, actor_user=admin)
    _, resp = await client.get("/api/v1/staff/me", headers=clerk_h)
    assert resp.json["display_name"] == "新名字"

    _, login = await client.post("/api/v1/auth/login", json={"username": w["clerk"].username,
                                                              "password": "cradle123"})
    token_h = {"Authorization": f"Bearer {login.json['access_token']}"}
    assert (await client.get("/api/v1/staff/me", headers=token_h))[1].status == 200
    assert (await client.get("/api/v1/staff/me", headers=token_h))[1].status == 200  # cached
    _, out = await client.post("/api/v1/auth/logout", headers=token_h)
    assert out.status in (200, 204)
    assert (await client.get("/api/v1/staff/me", headers=token_h))[1].status == 401


async def test_a_sold_out_live_refusal_touches_no_sql(db: None, client: Any) -> None:
    w = await World.build()
    sid = await w.live_session(client, qty=1)
    first, late = await make_members(2)
    assert (await buy(client, sid, shopper(first), w.sku.code, key="a")).status == 201
    late_h = shopper(late)
    warm = await buy(client, sid, late_h, w.sku.code, key="b")  # caches the buyer's identity
    assert warm.status == 409 and warm.json["error"]["code"] == "insufficient_stock"
    with counting_statements() as statements, counting_round_trips() as sent:
        refused = await buy(client, sid, late_h, w.sku.code, key="c")
    assert refused.status == 409 and refused.json["error"]["code"] == "insufficient_stock"
    assert statements == []
    # the claim script, which checks the caller's identity (entry and holds) first; the session's lines are this
    # process's copy (before: a GET of them too, then the identity's MGET apart)
    assert [c[0] for c in sent] == ["EVALSHA"], sent
    # answered without Sanic's exception dispatch (backend.http.error_answer), yet as any refusal: the error body
    # in Chinese, English on request, the request id, the latency histogram by route and status
    assert refused.json == {"error": {"code": "insufficient_stock", "message": "库存不足"}}
    assert refused.headers["x-request-id"]
    english = await buy(client, sid, {**late_h, "Accept-Language": "en"}, w.sku.code, key="e")
    assert english.status == 409 and english.headers["content-language"] == "en"
    assert english.json["error"]["message_zh"] == "库存不足" and english.json["error"]["message"] != "库存不足"
    observed = REGISTRY.get_sample_value("cradle_http_request_duration_seconds_count", {
        "method": "POST", "route": "/api/v1/live/<session_id:int>/orders", "status": "409"})
    assert observed is not None and observed >= 3
    # a malformed request is still a 400 before any claim: the body is validated first
    with counting_round_trips() as sent:
        bad = await buy(client, sid, late_h, w.sku.code, qty=0, key="d")
    assert bad.status == 400 and [c[0] for c in sent] == ["MGET"], sent


async def test_the_claim_script_refuses_a_logged_out_or_held_shopper(db: None, client: Any) -> None:
    """The live order route leaves the identity check to its claim script: a logout, a deleted account or a
    hold on everyone still counts on the very next request, sold out or not, and a dead token claims nothing."""
    w = await World.build()
    sold_out, open_ = await w.live_session(client, qty=1), await w.live_session(client, qty=5)
    first, late = await make_members(2)
    assert (await buy(client, sold_out, shopper(first), w.sku.code, key="a")).status == 201

    async def login(member: Member) -> tuple[dict[str, str], str]:
        pair = await sessions.start_member(member.id, method="password")
        token = str(pair["access_token"])
        return {"Authorization": f"Bearer {token}"}, tokens.decode(token, "access").sid

    h, sid = await login(late)
    with counting_statements() as statements, counting_round_trips() as sent:
        assert (await buy(client, sold_out, h, w.sku.code, key="b")).status == 409
    # nothing cached yet: the script says so, the database answers (one statement), its answer is cached, the
    # claim runs again (as many round trips as the MGET, SET and claim of before)
    assert [c[0] for c in sent] == ["EVALSHA", "SET", "EVALSHA"] and len(statements) == 1, (sent, statements)
    with counting_round_trips() as sent:
        assert (await buy(client, sold_out, h, w.sku.code, key="c")).status == 409
    assert [c[0] for c in sent] == ["EVALSHA"], sent
    await sessions.end(sid)  # logout
    for sid_ in (sold_out, open_):
        resp = await buy(client, sid_, h, w.sku.code, key="d")
        assert resp.status == 401, resp.json
    assert (await pool.snapshot(open_))["remaining"] == {w.sku.id: 5}  # type: ignore[index]
    # the entry expired (or was never written): the database answers, then the claim; nothing is taken twice
    h, sid = await login(late)
    assert (await buy(client, open_, h, w.sku.code, key="e")).status == 201
    assert (await buy(client, open_, h, w.sku.code, key="e")).status == 200  # the same order again
    # a hold on everyone: the database decides, and a live session still admits the shopper
    await identity.forget_everyone()
    assert (await buy(client, open_, h, w.sku.code, key="f")).status == 201
    # the account deleted: its tokens mean nobody on the next request
    await Member.filter(id=late.id).update(deleted_at=dt.datetime.now(dt.UTC))
    await identity.forget("member", late.id)
    resp = await buy(client, open_, h, w.sku.code, key="g")
    assert resp.status == 401 and resp.json["error"]["code"] == "member_deleted", resp.json
    # a bad body from a dead token: the 401 comes first, as on every other route
    resp = await buy(client, open_, h, w.sku.code, qty=0, key="h")
    assert resp.status == 401, resp.json
    assert (await pool.snapshot(open_))["remaining"] == {w.sku.id: 3}  # type: ignore[index]


async def test_a_token_is_verified_once_per_process_and_its_expiry_still_counts(
        db: None, client: Any, monkeypatch: Any) -> None:
    w = await _shop()
    verified: list[str] = []
    real = tokens.jwt.decode

    def counting(token: str, *args: Any, **kw: Any) -> Any:
        verified.append(token)
        return real(token, *args, **kw)

    monkeypatch.setattr(tokens.jwt, "decode", counting)
    h = auth(w["clerk"])
    for _ in range(3):
        assert (await client.get("/api/v1/stock?sku_code=SKU1", headers=h))[1].status == 200
    assert len(verified) == 1
    token = h["Authorization"].split()[1]
    claims = tokens.decode(token, "access")
    exp = real(token, "test-secret", algorithms=[tokens.ALGORITHM])["exp"]
    monkeypatch.setattr(tokens.time, "time", lambda: exp + 1.0)  # past its expiry: not answered from the cache
    tokens.decode(token, "access")  # (python-jose, on the real clock, still accepts it)
    assert len(verified) == 2
    with pytest.raises(Unauthorized):
        tokens.decode(token, "refresh")  # another type is never the cached answer
    assert claims.kind == "staff" and claims.subject_id == w["clerk"].id


async def test_a_cached_entry_is_decoded_once_and_each_request_gets_its_own_user(db: None, client: Any) -> None:
    w = await _shop()
    h = auth(w["clerk"])
    assert (await client.get("/api/v1/stock?sku_code=SKU1", headers=h))[1].status == 200  # cached now
    token = h["Authorization"].split()[1]
    before = identity._decoded.cache_info()
    first, second = await actor_from_token(token), await actor_from_token(token)
    after = identity._decoded.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)  # the entry's text decoded once
    assert first.user is not second.user  # built per request from the shared, decoded entry
    assert first.user.created_at == w["clerk"].created_at and first.user.created_at.tzinfo is not None
    assert first.user.role == Role.CLERK and first.location_ids == frozenset({w["store"].id})

    admin = await make_user(Role.HQ_ADMIN)
    await accounts.update_user(w["clerk"].id, {"display_name": "新名字"}, actor_user=admin)
    assert (await actor_from_token(token)).user.display_name == "新名字"  # another entry: decoded anew
