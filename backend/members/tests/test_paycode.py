"""Stored value is spent at the counter only with the member's one-time payment code: without it, with another
member's, reused or expired it is refused (403, nothing written); two concurrent uses of one code, exactly one
succeeds."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from backend.audit.models import AuditLog
from backend.members import paycode
from backend.members.models import BalanceEntry, Member, MemberPayCode
from backend.orders.models import Order, OrderPayment
from backend.orders.tests.helpers import make_member, shopper_auth
from backend.org.models import Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

PRICE = 5000


async def _counter() -> tuple[Any, dict[str, str]]:
    store = await make_location("ST1")
    await stock_in(await make_sku("A1", price_fen=PRICE), store, 20, unit_cost_fen=3000)
    clerk = await make_user(Role.CLERK, "clerk_pc", [store])
    return store, auth(clerk)


async def _sell(client: Any, h: dict[str, str], member: Member, code: str | None, key: str | None = None) -> Any:
    pay: dict[str, Any] = {"method": "balance", "amount_fen": PRICE}
    if code is not None:
        pay["auth_code"] = code
    headers = {**h, **({"Idempotency-Key": key} if key else {})}
    _, resp = await client.post("/api/v1/orders", headers=headers, json={
        "channel": "pos", "location_code": "ST1", "member_code": member.member_code,
        "items": [{"sku_code": "A1", "qty": 1}], "payments": [pay]})
    return resp


async def test_member_gets_a_short_lived_code_that_replaces_the_last(client: Any) -> None:
    m = await make_member(balance_fen=20000)
    _, r = await client.post("/api/v1/members/me/pay-code", headers=shopper_auth(m))
    assert r.status == 201, r.json
    first = r.json["code"]
    assert len(first) == 18 and first.startswith("88") and first.isdigit()
    assert r.json["expires_in"] == 60 and r.json["member_code"] == m.member_code and r.json["balance_fen"] == 20000
    assert not await MemberPayCode.filter(code_hash=first).exists()  # only its hash is stored
    _, r = await client.post("/api/v1/members/me/pay-code", headers=shopper_auth(m))
    second = r.json["code"]
    assert second != first
    assert await paycode.member_of(first) is None  # replaced
    assert (await paycode.member_of(second)).id == m.id  # type: ignore[union-attr]
    # staff cannot draw a member's code
    clerk = await make_user(Role.CLERK)
    _, r = await client.post("/api/v1/members/me/pay-code", headers=auth(clerk))
    assert r.status == 403


async def test_without_the_code_stored_value_is_refused_and_nothing_written(client: Any) -> None:
    _, h = await _counter()
    m = await make_member(balance_fen=20000)
    resp = await _sell(client, h, m, None)
    assert resp.status == 403 and resp.json["error"]["code"] == "member_code_required"
    assert "会员码" in resp.json["error"]["message"]
    assert not await Order.exists() and not await BalanceEntry.exists()
    assert (await Member.get(id=m.id)).balance_fen == 20000
    # a pending order paid later through /pay: the same rule
    _, r = await client.post("/api/v1/orders", headers=h, json={
        "channel": "pos", "location_code": "ST1", "member_code": m.member_code, "items": [{"sku_code": "A1", "qty": 1}]})
    oid = r.json["order"]["id"]
    _, r = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "balance", "amount_fen": PRICE})
    assert r.status == 403 and r.json["error"]["code"] == "member_code_required"
    _, r = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                             json={"method": "balance", "amount_fen": PRICE, "auth_code": "881234"})
    assert r.status == 403 and r.json["error"]["code"] == "member_code_invalid"
    assert not await OrderPayment.exists() and (await Member.get(id=m.id)).balance_fen == 20000
    refused = await AuditLog.filter(action="stored_value.spend_refused").order_by("id")
    assert [x.after["refused"] for x in refused] == ["member_code_required", "member_code_required",
                                                     "member_code_invalid"]
    assert refused[0].entity_id == m.member_code and refused[1].after["order_id"] == oid


async def test_another_members_code_is_refused(client: Any) -> None:
    _, h = await _counter()
    m, other = await make_member(balance_fen=20000), await make_member("别人", balance_fen=20000)
    theirs = (await paycode.issue(other))["code"]
    resp = await _sell(client, h, m, theirs)
    assert resp.status == 403 and resp.json["error"]["code"] == "member_code_mismatch"
    assert not await Order.exists()
    assert [x.balance_fen for x in await Member.filter(id__in=[m.id, other.id]).order_by("id")] == [20000, 20000]
    assert await paycode.member_of(theirs) is not None  # still unused


async def test_code_used_once_then_refused_and_expired_refused(client: Any) -> None:
    _, h = await _counter()
    m = await make_member(balance_fen=20000)
    shown = (await paycode.issue(m))["code"]
    resp = await _sell(client, h, m, shown)
    assert resp.status == 201, resp.json
    assert resp.json["order"]["status"] == "completed"
    assert (await Member.get(id=m.id)).balance_fen == 15000
    row = await MemberPayCode.get(member_id=m.id)
    assert row.used_at is not None and row.order_id == resp.json["order"]["id"]
    # the same code again: refused
    again = await _sell(client, h, m, shown)
    assert again.status == 403 and again.json["error"]["code"] == "member_code_used"
    assert (await Member.get(id=m.id)).balance_fen == 15000
    old = (await paycode.issue(m, now=datetime.now(UTC) - timedelta(seconds=61)))["code"]
    resp = await _sell(client, h, m, old)
    assert resp.status == 403 and resp.json["error"]["code"] == "member_code_expired"
    assert await Order.all().count() == 1 and (await Member.get(id=m.id)).balance_fen == 15000


async def test_a_retried_request_replays_without_using_a_second_code(client: Any) -> None:
    _, h = await _counter()
    m = await make_member(balance_fen=20000)
    shown = (await paycode.issue(m))["code"]
    first = await _sell(client, h, m, shown, key="pos-1")
    replay = await _sell(client, h, m, shown, key="pos-1")
    assert first.status == replay.status == 201 and first.json == replay.json
    assert (await Member.get(id=m.id)).balance_fen == 15000


async def test_two_concurrent_uses_of_one_code_exactly_one_succeeds(client: Any) -> None:
    _, h = await _counter()
    m = await make_member(balance_fen=50000)
    shown = (await paycode.issue(m))["code"]
    resps = await asyncio.wait_for(asyncio.gather(*[_sell(client, h, m, shown) for _ in range(4)]), 60)
    statuses = sorted(r.status for r in resps)
    assert statuses == [201, 403, 403, 403], [r.json for r in resps]
    assert all(r.json["error"]["code"] == "member_code_used" for r in resps if r.status == 403)
    assert await Order.all().count() == 1
    assert (await Member.get(id=m.id)).balance_fen == 45000
    assert await BalanceEntry.filter(member_id=m.id, kind="pay").count() == 1


async def test_pos_lookup_by_code_and_wrong_tender_for_the_code(client: Any) -> None:
    _, h = await _counter()
    m = await make_member(balance_fen=20000)
    shown = (await paycode.issue(m))["code"]
    _, r = await client.get(f"/api/v1/pos/members?q={shown}", headers=h)
    assert r.status == 200 and [x["member_code"] for x in r.json["items"]] == [m.member_code]
    _, r = await client.get("/api/v1/pos/members?q=881111111111111111", headers=h)
    assert r.status == 200 and r.json["items"] == [], r.json
    # scanned under WeChat by mistake: told it is a stored-value code, nothing charged
    _, r = await client.post("/api/v1/orders", headers=h, json={
        "channel": "pos", "location_code": "ST1", "member_code": m.member_code, "items": [{"sku_code": "A1", "qty": 1}],
        "payments": [{"method": "wechat", "amount_fen": PRICE, "auth_code": shown}]})
    assert r.status == 400 and "会员储值付款码" in r.json["error"]["message"]
    assert not await Order.exists()
    assert not await AuditLog.filter(action="order.pay").exists()
