"""Adjustments over HTTP and as a service: reasons, batches, FEFO, ledger, refusals, the concurrent race."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from backend.audit.models import AuditLog
from backend.errors import InsufficientStock
from backend.finance import accounts
from backend.finance.models import InventoryValuation, JournalEntry
from backend.org.models import Role
from backend.security.actor import load_staff_actor
from backend.stock import adjustments
from backend.stock.models import AdjustmentReason, Stock, StockAdjustment, StockMovement
from backend.stock.tests.helpers import check_invariants, ledger_balance
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def counts() -> tuple[int, int, int, int]:
    return (await StockMovement.all().count(), await StockAdjustment.all().count(),
            await JournalEntry.all().count(), await AuditLog.exclude(action="permission.denied").count())


async def on_hand(sku, loc) -> int:  # type: ignore[no-untyped-def]
    return sum(s.on_hand for s in await Stock.filter(sku_id=sku.id, location_id=loc.id))


async def test_damage_adjustment_writes_movement_ledger_and_audit(client) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 10, unit_cost_fen=8000)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": -2, "reason": "damage", "note": "罐子压扁"})
    assert resp.status == 201, resp.json
    body = resp.json
    assert body["qty_delta"] == -2 and body["reason"] == "damage" and body["reason_name"] == "破损"
    assert body["value_fen"] == -16000
    assert body["movement"]["on_hand_delta"] == -2 and body["movement"]["kind"] == "adjustment"
    assert body["stock"] == {"on_hand": 8, "reserved": 0, "available": 8}
    assert await on_hand(sku, store) == 8
    assert await ledger_balance(accounts.INVENTORY_LOSS) == 16000
    assert await ledger_balance(accounts.INVENTORY) == 80000 - 16000
    audit = await AuditLog.filter(action="stock.adjust").first()
    assert audit is not None and audit.user_id == manager.id and audit.entity_id == body["adjustment_no"]
    await check_invariants()


@pytest.mark.parametrize(("word", "code"), [("破损", "damage"), ("过期", "expiry"), ("丢失", "loss"),
                                            ("LOSS", "loss"), ("试用", "sample")])
async def test_chinese_reason_words_map_to_codes(client, word: str, code: str) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 5)
    admin = await make_user(Role.HQ_ADMIN)
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(admin), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": -1, "reason": word})
    assert resp.status == 201, resp.json
    assert resp.json["reason"] == code


async def test_found_goods_enter_at_moving_average_or_given_cost(db) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 10, unit_cost_fen=5000)
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=3, reason="找回")
    assert r["value_fen"] == 15000 and r["lines"] == [{"batch_no": "B1", "qty_delta": 3}]
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=2, reason="correction",
                                 unit_cost_fen=6000, batch_no="NEW1", expiry_date=business_today() + dt.timedelta(days=100))
    assert r["value_fen"] == 12000 and r["lines"] == [{"batch_no": "NEW1", "qty_delta": 2}]
    assert await ledger_balance(accounts.INVENTORY_GAIN) == -27000  # credit balance
    v = await InventoryValuation.get(sku_id=sku.id)
    assert (v.qty, v.value_fen) == (15, 50000 + 27000)
    await check_invariants()


async def test_decrease_takes_earliest_expiry_first_including_expired(db) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 3, batch_no="LATE", expiry=business_today() + dt.timedelta(days=300))
    await stock_in(sku, store, 2, batch_no="OLD", expiry=business_today() - dt.timedelta(days=1))
    await stock_in(sku, store, 2, batch_no="SOON", expiry=business_today() + dt.timedelta(days=10))
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-3, reason="expiry")
    assert r["lines"] == [{"batch_no": "OLD", "qty_delta": -2}, {"batch_no": "SOON", "qty_delta": -1}]
    assert len(await StockAdjustment.filter(adjustment_no=r["adjustment_no"])) == 2
    assert await JournalEntry.filter(source_type="stock_adjustment", source_id=r["adjustment_no"]).count() == 1
    # a named batch is taken from that batch only
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-2, reason="damage",
                                 batch_no="LATE")
    assert r["lines"] == [{"batch_no": "LATE", "qty_delta": -2}]
    with pytest.raises(InsufficientStock):
        await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-2, reason="damage",
                                 batch_no="LATE")
    await check_invariants()


async def test_negative_result_is_409_and_nothing_written(client) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 3)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    before = await counts()
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": -4, "reason": "loss"})
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert "负数" in resp.json["error"]["message"]
    assert await counts() == before and await on_hand(sku, store) == 3


async def test_reserved_units_cannot_be_adjusted_away(db) -> None:
    from tortoise.transactions import in_transaction

    from backend.stock import management

    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 5)
    async with in_transaction() as conn:
        await management.reserve(sku_id=sku.id, location_id=store.id, qty=4, ref=management.Ref("order", "1"),
                                 conn=conn)
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    with pytest.raises(InsufficientStock, match="预留"):
        await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-2, reason="loss")
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-1, reason="loss")
    assert r["stock"] == {"on_hand": 4, "reserved": 4, "available": 0}
    await check_invariants()


BAD_BODIES = [
    ({"qty_delta": 0}, 400, "validation_error"),
    ({"reason": "stolen-by-aliens"}, 400, "validation_error"),
    ({"reason": "shortfall"}, 400, "validation_error"),  # only transfers write shortfalls
    ({"reason": "found"}, 400, "validation_error"),  # found goods cannot decrease stock
    ({"qty_delta": 1.5}, 400, "validation_error"),
    ({"qty_delta": "-1"}, 400, "validation_error"),
    ({"sku_code": "NOPE"}, 404, "not_found"),
    ({"location_code": "NOPE"}, 404, "not_found"),
    ({"extra": 1}, 400, "validation_error"),
    ({"batch_no": "NOPE"}, 400, "validation_error"),
]


@pytest.mark.parametrize(("patch", "status", "code"), BAD_BODIES)
async def test_bad_requests_are_json_4xx_and_write_nothing(client, patch: dict, status: int, code: str) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 5)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    before = await counts()
    body = {"location_code": "S1", "sku_code": "MILK1", "qty_delta": -1, "reason": "damage", **patch}
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json=body)
    assert resp.status == status, resp.json
    assert resp.json["error"]["code"] == code and resp.json["error"]["message"]
    assert await counts() == before


async def test_malformed_json_and_missing_fields(client) -> None:
    store = await make_location("S1")
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    before = await counts()
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), content=b"{oops")
    assert resp.status == 400 and resp.json["error"]["code"] == "invalid_json"
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={"location_code": "S1"})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json=[1, 2])
    assert resp.status == 400
    assert await counts() == before


async def test_roles_and_store_scope(client) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    sku = await make_sku("MILK1")
    await stock_in(sku, s1, 5)
    await stock_in(sku, s2, 5)
    clerk = await make_user(Role.CLERK, locations=[s1])
    manager = await make_user(Role.STORE_MANAGER, locations=[s1])
    finance = await make_user(Role.FINANCE)
    body = {"location_code": "S1", "sku_code": "MILK1", "qty_delta": -1, "reason": "damage"}
    before = await counts()
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(clerk), json=body)
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(finance), json=body)
    assert resp.status == 403
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={**body, "location_code": "S2"})
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    _, resp = await client.post("/api/v1/stock/adjustments", json=body)
    assert resp.status == 401
    assert await counts() == before
    # the refused adjustments (money: stock value in the books) are audited with the permission they lacked
    denied = await AuditLog.filter(action="permission.denied").order_by("id")
    assert [(d.username, d.after["permission"], d.after.get("refused")) for d in denied] == [
        (clerk.username, "stock.adjust", "role"), (finance.username, "stock.adjust", "role"),
        (manager.username, "stock.adjust", "scope")]
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json=body)
    assert resp.status == 201
    # a clerk may still look up stock chain-wide
    _, resp = await client.get("/api/v1/stock?sku_code=MILK1", headers=auth(clerk))
    assert resp.status == 200
    assert {loc["location_code"]: loc["on_hand"] for loc in resp.json["locations"]} == {"S1": 4, "S2": 5}


async def test_concurrent_decrements_never_oversell(db) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 6, batch_no="A", expiry=business_today() + dt.timedelta(days=30))
    await stock_in(sku, store, 4, batch_no="B", expiry=business_today() + dt.timedelta(days=60))
    actor = await load_staff_actor(await make_user(Role.HQ_ADMIN))

    async def one() -> bool:
        try:
            await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-1, reason="loss")
            return True
        except InsufficientStock:
            return False

    results = await asyncio.gather(*(one() for _ in range(30)))
    assert sum(results) == 10
    assert await on_hand(sku, store) == 0
    assert await StockAdjustment.filter(reason=AdjustmentReason.LOSS).count() == 10
    v = await InventoryValuation.get(sku_id=sku.id)
    assert (v.qty, v.value_fen) == (0, 0)
    await check_invariants()


async def test_list_adjustments(client) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 5)
    admin = await make_user(Role.HQ_ADMIN)
    actor = await load_staff_actor(admin)
    await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-1, reason="damage")
    await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=2, reason="found")
    _, resp = await client.get("/api/v1/stock/adjustments?location_code=S1&reason=破损", headers=auth(admin))
    assert resp.status == 200 and resp.json["total"] == 1 and resp.json["items"][0]["qty_delta"] == -1
