"""Stored-value top-up at the counter: POST /pos/members/<id>/topup. Shows in the member's ledger and card,
posts Dr CASH/BANK Cr MEMBER_BALANCES (balanced), is audited; a retry with the same Idempotency-Key tops up once
(also when the two arrive together), different keys at once both land; roles and store scope; bad input 400."""

from __future__ import annotations

import asyncio
from typing import Any

from backend.audit.models import AuditLog
from backend.errors import AppError
from backend.finance import accounts
from backend.finance.models import Account, JournalEntry, JournalLine
from backend.members import topup
from backend.members.models import BalanceEntry, BalanceKind, Member
from backend.org.models import Role
from backend.security.actor import load_staff_actor
from tests.factories import auth, make_location, make_user, member_token


def _shopper(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(m.id)}"}


async def _world() -> dict[str, Any]:
    s1, s2 = await make_location("S001"), await make_location("S002")
    return {"s1": s1, "s2": s2, "clerk": await make_user(Role.CLERK, username="clerk1", locations=[s1]),
            "member": await Member.create(member_code="MT1", nickname="充值会员")}


async def _post(client: Any, user_headers: dict[str, str], member_id: int, key: str | None = "K1",
                **body: Any) -> Any:
    headers = dict(user_headers)
    if key is not None:
        headers["Idempotency-Key"] = key
    payload = {"amount_fen": 50000, "method": "cash", "location_code": "S001", **body}
    _, resp = await client.post(f"/api/v1/pos/members/{member_id}/topup", headers=headers, json=payload)
    return resp


async def _account(code: str) -> tuple[int, int]:
    acc = await Account.get(code=code)
    rows = await JournalLine.filter(account_id=acc.id).values_list("debit_fen", "credit_fen")
    return sum(int(d) for d, _ in rows), sum(int(c) for _, c in rows)


async def _ledger_ok(member_id: int) -> int:
    m = await Member.get(id=member_id)
    deltas = await BalanceEntry.filter(member_id=member_id).values_list("delta_fen", flat=True)
    assert sum(int(d) for d in deltas) == m.balance_fen
    lines = await JournalLine.all().values_list("debit_fen", "credit_fen")
    assert sum(int(d) for d, _ in lines) == sum(int(c) for _, c in lines)  # the books balance
    return m.balance_fen


async def test_top_up_lands_once_shows_in_ledger_and_card_posts_and_audits(client: Any, db: None) -> None:
    w = await _world()
    m = w["member"]
    resp = await _post(client, auth(w["clerk"]), m.id, amount_fen=50000, method="cash", note="前台充值")
    assert resp.status == 201, resp.text
    t = resp.json["topup"]
    assert t["member"]["balance_fen"] == 50000 and t["entry"]["delta_fen"] == 50000
    assert t["entry"]["kind"] == "topup" and t["method_name"] == "现金"

    # a retry (same key, same body) answers the first result and changes nothing
    again = await _post(client, auth(w["clerk"]), m.id, amount_fen=50000, method="cash", note="前台充值")
    assert again.status == 201 and again.json == resp.json
    # the same key for another amount is refused
    other = await _post(client, auth(w["clerk"]), m.id, amount_fen=60000, method="cash", note="前台充值")
    assert other.status == 409 and "幂等键" in other.json["error"]["message"]

    # a second top-up by WeChat Pay
    resp = await _post(client, auth(w["clerk"]), m.id, key="K2", amount_fen=12345, method="wechat")
    assert resp.status == 201, resp.text
    assert await _ledger_ok(m.id) == 62345

    # the member's card and stored-value ledger
    _, card = await client.get("/api/v1/members/me", headers=_shopper(m))
    assert card.json["balance_fen"] == 62345
    _, ledger = await client.get("/api/v1/members/me/balance", headers=_shopper(m))
    assert ledger.status == 200 and ledger.json["balance_fen"] == 62345
    assert [(e["delta_fen"], e["kind"], e["method"]) for e in ledger.json["items"]] == [
        (12345, "topup", "wechat"), (50000, "topup", "cash")]
    _, found = await client.get("/api/v1/pos/members?q=MT1", headers=auth(w["clerk"]))
    assert found.json["items"][0]["balance_fen"] == 62345

    entries = await BalanceEntry.filter(member_id=m.id, kind=BalanceKind.TOPUP).order_by("id")
    assert [(e.location_id, e.created_by_id) for e in entries] == [(w["s1"].id, w["clerk"].id)] * 2
    # the books: cash 500.00 and bank 123.45 in, owed to the member as stored value (a liability)
    assert await _account(accounts.CASH) == (50000, 0)
    assert await _account(accounts.BANK) == (12345, 0)
    assert await _account(accounts.MEMBER_BALANCES) == (0, 62345)
    assert await JournalEntry.filter(source_type="member_topup").count() == 2
    audits = await AuditLog.filter(action="member.topup").order_by("id")
    assert [(a.username, a.entity_id, a.after["amount_fen"]) for a in audits] == [
        ("clerk1", str(m.id), 50000), ("clerk1", str(m.id), 12345)]


async def test_concurrent_top_ups_both_land_and_same_key_together_lands_once(db: None) -> None:
    w = await _world()
    m = w["member"]
    actor = await load_staff_actor(w["clerk"])

    def body(amount: int) -> topup.TopUpIn:
        return topup.TopUpIn(member_id=m.id, amount_fen=amount, method="cash", location_code="S001")

    results = await asyncio.gather(topup.top_up_at_counter(actor, body(10000), "A"),
                                   topup.top_up_at_counter(actor, body(20000), "B"))
    assert sorted(r.status for r in results) == [201, 201]
    assert await _ledger_ok(m.id) == 30000
    results = await asyncio.gather(*(topup.top_up_at_counter(actor, body(7000), "C") for _ in range(3)),
                                   return_exceptions=True)
    assert all(not isinstance(r, BaseException) for r in results), results
    assert len({r.body["topup"]["entry"]["id"] for r in results}) == 1  # one entry, answered three times
    assert await _ledger_ok(m.id) == 37000
    assert await BalanceEntry.filter(member_id=m.id).count() == 3
    assert await JournalEntry.filter(source_type="member_topup").count() == 3
    assert await _account(accounts.MEMBER_BALANCES) == (0, 37000)


async def test_roles_store_scope_and_bad_input(client: Any, db: None) -> None:
    w = await _world()
    m = w["member"]
    other_clerk = await make_user(Role.CLERK, username="clerk2", locations=[w["s2"]])
    manager = await make_user(Role.STORE_MANAGER, username="mgr1", locations=[w["s1"]])
    hq = await make_user(Role.HQ_ADMIN, username="hq")
    finance = await make_user(Role.FINANCE, username="fin")

    assert (await _post(client, _shopper(m), m.id)).status == 403
    assert (await _post(client, auth(finance), m.id)).status == 403
    resp = await _post(client, auth(other_clerk), m.id)  # S002's clerk at S001
    assert resp.status == 403 and resp.json["error"]["message"]
    assert (await _post(client, auth(manager), m.id, key="M1", amount_fen=100)).status == 201
    assert (await _post(client, auth(hq), m.id, key="H1", amount_fen=200, location_code="S002")).status == 201
    assert (await _post(client, auth(other_clerk), m.id, key="O1", amount_fen=300, location_code="S002")).status == 201

    for body, word in (({"amount_fen": 0}, "大于 0"), ({"amount_fen": -5}, "大于 0"),
                       ({"amount_fen": 5_000_001}, "50,000 元"), ({"method": "balance"}, "充值方式"),
                       ({"location_code": "NOPE"}, "门店")):
        resp = await _post(client, auth(w["clerk"]), m.id, key="BAD", **body)
        assert resp.status == 400, (body, resp.text)
        assert word in resp.json["error"]["message"], resp.json
    assert (await _post(client, auth(w["clerk"]), m.id, amount_fen=5_000_000, key="MAX")).status == 201
    resp = await _post(client, auth(w["clerk"]), m.id, key=None)
    assert resp.status == 400 and "Idempotency-Key" in resp.json["error"]["message"]
    resp = await _post(client, auth(w["clerk"]), 99999, key="NF")
    assert resp.status == 404
    assert await _ledger_ok(m.id) == 100 + 200 + 300 + 5_000_000
    assert await AuditLog.filter(action="member.topup").count() == 4


async def test_service_refuses_what_the_route_refuses(db: None) -> None:
    w = await _world()
    actor = await load_staff_actor(w["clerk"])
    try:
        await topup.top_up_at_counter(actor, topup.TopUpIn(w["member"].id, 100, "cash", "S001"), None)
    except AppError as exc:
        assert exc.status == 400
    else:
        raise AssertionError("a top-up without an idempotency key must be refused")
    assert await BalanceEntry.all().count() == 0
