"""Stored-value payments and their refunds go through the members' balance ledger."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.members import paycode
from backend.members.balance import top_up
from backend.members.models import BalanceEntry, Member
from backend.org.models import LocationKind
from tests.factories import make_location, make_sku, stock_in

from .helpers import admin_headers, make_member, place

PRICE = 11300


async def _ledger_sum(member_id: int) -> int:
    return sum(e.delta_fen for e in await BalanceEntry.filter(member_id=member_id))


async def test_balance_payment_and_refund_write_ledger_entries(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=PRICE), wh, 10, unit_cost_fen=7000)
    m = await make_member(balance_fen=0)
    async with in_transaction() as conn:  # opening balance through the ledger too, so the sum starts right
        await top_up(m.id, 30000, "cash", conn, ref="T1")
    oid = (await place(client, h, [("A1", 2)], member_code=m.member_code)).json["order"]["id"]
    shown = (await paycode.issue(m))["code"]  # the member's one-time code, scanned at the counter
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                json={"method": "balance", "amount_fen": 2 * PRICE, "auth_code": shown})
    assert resp.status == 201, resp.text
    m = await Member.get(id=m.id)
    assert m.balance_fen == 30000 - 2 * PRICE == await _ledger_sum(m.id)
    assert await BalanceEntry.filter(member_id=m.id, kind="pay", order_id=oid).count() == 1

    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=h, json={"amount_fen": PRICE})
    assert resp.status == 201, resp.text
    m = await Member.get(id=m.id)
    assert m.balance_fen == 30000 - PRICE == await _ledger_sum(m.id)


async def test_insufficient_balance_is_409_and_writes_nothing(client) -> None:
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=PRICE), wh, 10, unit_cost_fen=7000)
    m = await make_member(balance_fen=100)
    oid = (await place(client, h, [("A1", 1)], member_code=m.member_code)).json["order"]["id"]
    shown = (await paycode.issue(m))["code"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h,
                                json={"method": "balance", "amount_fen": PRICE, "auth_code": shown})
    assert resp.status == 409 and "余额不足" in resp.json["error"]["message"]
    assert (await Member.get(id=m.id)).balance_fen == 100
    assert await BalanceEntry.filter(member_id=m.id).count() == 0
