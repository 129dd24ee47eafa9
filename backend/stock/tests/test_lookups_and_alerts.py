"""Stock lookup (contract shape), batches, locations, movement journal, FEFO selling, alerts and the digest."""

from __future__ import annotations

import datetime as dt

import pytest
from tortoise.transactions import in_transaction

from backend.catalog.models import Sku
from backend.errors import InsufficientStock
from backend.org.models import Role
from backend.security.actor import load_staff_actor
from backend.stock import adjustments, alerts, management
from backend.stock.models import Stock
from backend.stock.tests.helpers import check_invariants, sell
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def test_stock_lookup_matches_contract_shape(client) -> None:
    s1, s2 = await make_location("S1", priority=1), await make_location("S2", priority=2)
    await make_location("S3", priority=3)
    sku = await make_sku("MILK1", barcode="6911111111111")
    await stock_in(sku, s1, 4, batch_no="A", expiry=business_today() + dt.timedelta(days=20))
    await stock_in(sku, s1, 6, batch_no="B", expiry=business_today() + dt.timedelta(days=200))
    await stock_in(sku, s2, 3, batch_no="A", expiry=business_today() + dt.timedelta(days=20))
    async with in_transaction() as conn:
        await management.reserve(sku_id=sku.id, location_id=s1.id, qty=5, ref=management.Ref("order", "1"), conn=conn)
    clerk = await make_user(Role.CLERK, locations=[s2])
    _, resp = await client.get("/api/v1/stock?sku_code=MILK1", headers=auth(clerk))
    assert resp.status == 200
    body = resp.json
    assert body["sku_code"] == "MILK1"
    core = [{k: loc[k] for k in ("location_code", "on_hand", "reserved", "available")} for loc in body["locations"]]
    assert core == [
        {"location_code": "S1", "on_hand": 10, "reserved": 5, "available": 5},
        {"location_code": "S2", "on_hand": 3, "reserved": 0, "available": 3},
        {"location_code": "S3", "on_hand": 0, "reserved": 0, "available": 0},
    ]
    s1_batches = body["locations"][0]["batches"]
    assert [(b["batch_no"], b["on_hand"], b["reserved"], b["days_to_expiry"]) for b in s1_batches] == [
        ("A", 4, 4, 20), ("B", 6, 1, 200)]
    assert body["totals"] == {"on_hand": 13, "reserved": 5, "available": 8, "expired": 0, "sellable": 8}
    # by barcode, one location
    _, resp = await client.get("/api/v1/stock?barcode=6911111111111&location_code=S2", headers=auth(clerk))
    assert [loc["location_code"] for loc in resp.json["locations"]] == ["S2"]
    # batches view
    _, resp = await client.get("/api/v1/stock/batches?sku_code=MILK1", headers=auth(clerk))
    assert [(b["batch_no"], b["on_hand"], len(b["locations"])) for b in resp.json["batches"]] == [("A", 7, 2),
                                                                                                  ("B", 6, 1)]
    # refusals
    for url, status in (("/api/v1/stock?sku_code=NOPE", 404), ("/api/v1/stock", 400),
                        ("/api/v1/stock?sku_code=MILK1&location_code=NOPE", 404)):
        _, resp = await client.get(url, headers=auth(clerk))
        assert resp.status == status and resp.json["error"]["code"]
    _, resp = await client.get("/api/v1/stock?sku_code=MILK1")
    assert resp.status == 401


async def test_locations_list_marks_mine(client) -> None:
    s1 = await make_location("S1")
    await make_location("WH1", kind="warehouse", priority=1)
    clerk = await make_user(Role.CLERK, locations=[s1])
    _, resp = await client.get("/api/v1/locations", headers=auth(clerk))
    assert resp.status == 200
    assert [(i["location_code"], i["kind"], i["mine"]) for i in resp.json["items"]] == [
        ("WH1", "warehouse", False), ("S1", "store", True)]
    _, resp = await client.get("/api/v1/locations?kind=store", headers=auth(clerk))
    assert resp.json["total"] == 1


async def test_fefo_sells_earliest_first_and_never_expired(db) -> None:
    store = await make_location("S1")
    sku = await make_sku("MILK1")
    await stock_in(sku, store, 3, batch_no="LATE", expiry=business_today() + dt.timedelta(days=300))
    await stock_in(sku, store, 2, batch_no="EXPIRED", expiry=business_today() - dt.timedelta(days=1))
    await stock_in(sku, store, 2, batch_no="SOON", expiry=business_today() + dt.timedelta(days=5))
    await stock_in(sku, store, 1, batch_no="business_today()", expiry=business_today())  # still sellable on its last day
    await sell(sku.id, store.id, 4, "1")
    rows = {s.batch.batch_no: s.on_hand for s in await Stock.filter(sku_id=sku.id).select_related("batch")}
    assert rows == {"business_today()": 0, "SOON": 0, "LATE": 2, "EXPIRED": 2}
    with pytest.raises(InsufficientStock):
        await sell(sku.id, store.id, 3, "2")  # 2 sellable left; the expired 2 never sell
    await sell(sku.id, store.id, 2, "3")
    rows = {s.batch.batch_no: s.on_hand for s in await Stock.filter(sku_id=sku.id).select_related("batch")}
    assert rows["LATE"] == 0 and rows["EXPIRED"] == 2
    await check_invariants()


async def test_movement_journal_filters_and_sums(client) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    sku = await make_sku("MILK1")
    await stock_in(sku, s1, 10, batch_no="A")
    await stock_in(sku, s2, 5, batch_no="A")
    admin = await make_user(Role.HQ_ADMIN)
    actor = await load_staff_actor(admin)
    r = await adjustments.adjust(actor, location_code="S1", sku_code="MILK1", qty_delta=-3, reason="damage")
    await sell(sku.id, s1.id, 2, "7")
    h = auth(admin)
    _, resp = await client.get("/api/v1/stock/movements?sku_code=MILK1&location_code=S1", headers=h)
    assert resp.status == 200
    assert resp.json["total"] == 4  # import, adjustment, reserve, sale
    assert resp.json["sums"] == {"on_hand_delta": 5, "reserved_delta": 0}  # the journal explains the number
    assert resp.json["items"][0]["kind"] == "sale"  # newest first
    _, resp = await client.get(f"/api/v1/stock/movements?ref_type=adjustment&ref_id={r['adjustment_no']}", headers=h)
    assert resp.json["total"] == 1 and resp.json["items"][0]["on_hand_delta"] == -3
    _, resp = await client.get("/api/v1/stock/movements?kind=import&page_size=1&page=2", headers=h)
    assert resp.json["total"] == 2 and len(resp.json["items"]) == 1
    _, resp = await client.get(f"/api/v1/stock/movements?date_from={business_today()}&date_to={business_today()}&batch_no=A", headers=h)
    assert resp.json["total"] == 5
    _, resp = await client.get(f"/api/v1/stock/movements?date_to={business_today() - dt.timedelta(days=1)}", headers=h)
    assert resp.json["total"] == 0
    for bad in ("kind=teleport", "date_from=yesterday", f"date_from={business_today()}&date_to={business_today() - dt.timedelta(days=1)}",
                "page=0"):
        _, resp = await client.get(f"/api/v1/stock/movements?{bad}", headers=h)
        assert resp.status == 400, bad


async def test_low_stock_near_expiry_expired_and_digest(client) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    milk = await make_sku("MILK1")
    wipes = await make_sku("WIPE1")
    await Sku.filter(id=milk.id).update(low_stock_threshold=5)
    await Sku.filter(id=wipes.id).update(low_stock_threshold=5)
    await stock_in(milk, s1, 4, batch_no="SOON", expiry=business_today() + dt.timedelta(days=30), unit_cost_fen=8000)
    await stock_in(milk, s1, 3, batch_no="OLD", expiry=business_today() - dt.timedelta(days=2), unit_cost_fen=8000)
    await stock_in(milk, s2, 20, batch_no="LATE", expiry=business_today() + dt.timedelta(days=300), unit_cost_fen=8000)
    await stock_in(wipes, s1, 6, batch_no="-", expiry=business_today() + dt.timedelta(days=700), unit_cost_fen=1000)
    await stock_in(wipes, s2, 2, batch_no="-", expiry=business_today() + dt.timedelta(days=700), unit_cost_fen=1000)

    low = await alerts.low_stock()
    assert [(i["sku_code"], i["location_code"], i["sellable"]) for i in low["items"]] == [
        ("WIPE1", "S2", 2), ("MILK1", "S1", 4)]  # S1 milk: 7 on hand but 3 are expired
    near = await alerts.near_expiry(days=60)
    assert [(i["batch_no"], i["on_hand"], i["value_at_risk_fen"]) for i in near["items"]] == [("SOON", 4, 32000)]
    assert near["value_at_risk_fen"] == 32000
    assert (await alerts.near_expiry(days=400))["total"] == 2
    gone = await alerts.expired()
    assert [(i["batch_no"], i["days_to_expiry"], i["expired"]) for i in gone["items"]] == [("OLD", -2, True)]
    digest = await alerts.daily_digest()
    assert digest["low_stock"]["total"] == 2 and digest["expired"]["value_fen"] == 24000
    s1_row = next(x for x in digest["by_location"] if x["location_code"] == "S1")
    assert s1_row == {"location_code": "S1", "location_name": s1.name, "low_stock": 1, "near_expiry": 1,
                      "expired": 1, "value_at_risk_fen": 32000, "expired_value_fen": 24000}

    # HTTP: a store-scoped caller sees their own stores unless asking for another or the chain
    manager = await make_user(Role.STORE_MANAGER, locations=[s2])
    _, resp = await client.get("/api/v1/stock/alerts/low-stock", headers=auth(manager))
    assert [i["location_code"] for i in resp.json["items"]] == ["S2"]
    _, resp = await client.get("/api/v1/stock/alerts/low-stock?all_locations=true", headers=auth(manager))
    assert resp.json["total"] == 2
    _, resp = await client.get("/api/v1/stock/alerts/near-expiry?location_code=S1&days=45", headers=auth(manager))
    assert resp.status == 200 and resp.json["total"] == 1 and resp.json["days"] == 45
    _, resp = await client.get("/api/v1/stock/alerts/near-expiry?days=-1", headers=auth(manager))
    assert resp.status == 400
    _, resp = await client.get("/api/v1/stock/alerts/expired?location_code=S1", headers=auth(manager))
    assert resp.json["total"] == 1

    # writing off the expired batch clears the expired alert
    admin = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    await adjustments.adjust(admin, location_code="S1", sku_code="MILK1", qty_delta=-3, reason="过期", batch_no="OLD")
    assert (await alerts.expired())["total"] == 0
    await check_invariants()
