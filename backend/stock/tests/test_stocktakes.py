"""Stocktakes: snapshot, counting (add / set, by barcode, with and without batch), submit, post, refusals."""

from __future__ import annotations

import datetime as dt

from backend.finance import accounts
from backend.finance.models import JournalEntry
from backend.org.models import Role
from backend.security.actor import load_staff_actor
from backend.stock import adjustments
from backend.stock.models import MovementKind, Stock, StockMovement
from backend.stock.tests.helpers import check_invariants, ledger_balance, sell
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def qty(sku, loc, batch_no: str | None = None) -> int:  # type: ignore[no-untyped-def]
    rows = await Stock.filter(sku_id=sku.id, location_id=loc.id).select_related("batch")
    return sum(r.on_hand for r in rows if batch_no is None or r.batch.batch_no == batch_no)


async def setup():  # type: ignore[no-untyped-def]
    store = await make_location("S1")
    milk = await make_sku("MILK1", barcode="6900000000001")
    wipes = await make_sku("WIPE1", category="湿巾", barcode="6900000000002")
    await stock_in(milk, store, 5, batch_no="A", expiry=business_today() + dt.timedelta(days=30), unit_cost_fen=8000)
    await stock_in(milk, store, 5, batch_no="B", expiry=business_today() + dt.timedelta(days=300), unit_cost_fen=8000)
    await stock_in(wipes, store, 10, unit_cost_fen=1000)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    clerk = await make_user(Role.CLERK, locations=[store])
    return store, milk, wipes, manager, clerk


async def test_full_flow_with_variances(client) -> None:
    store, milk, wipes, manager, clerk = await setup()
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(clerk), json={"location_code": "S1"})
    assert resp.status == 201, resp.json
    st = resp.json
    sid = st["id"]
    assert st["status"] == "open" and st["summary"]["lines"] == 3 and st["summary"]["system_qty"] == 20
    # one sheet per location at a time
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(clerk), json={"location_code": "S1"})
    assert resp.status == 409 and resp.json["error"]["code"] == "conflict"

    # scanning without a batch spreads over the batches earliest expiry first: 8 tins -> A 5, B 3
    for _ in range(8):
        _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                    json={"barcode": "6900000000001", "counted_qty": 1, "mode": "add"})
        assert resp.status == 200, resp.json
    assert [(ln["batch_no"], ln["counted_qty"]) for ln in resp.json["lines"]] == [("A", 5), ("B", 3)]
    assert resp.json["variance"] == -2
    # without a mode the count is absolute: sending 8 again (a retry, an old client) never double counts
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"barcode": "6900000000001", "counted_qty": 8})
    assert resp.status == 200 and resp.json["counted_qty"] == 8 and resp.json["barcode"] == "6900000000001"
    # set mode overwrites; wipes counted 12 (2 found)
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "WIPE1", "counted_qty": 11, "mode": "set"})
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "WIPE1", "counted_qty": 12, "mode": "set"})
    assert resp.json["counted_qty"] == 12 and resp.json["variance"] == 2

    # a sale happens between the snapshot and the posting: variance still applies as a delta
    await sell(milk.id, store.id, 1, "9")
    assert await qty(milk, store, "A") == 4

    # the clerk submits; only a manager posts
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/post", headers=auth(manager))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/submit", headers=auth(clerk))
    assert resp.status == 200 and resp.json["status"] == "submitted"
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "WIPE1", "counted_qty": 1})
    assert resp.status == 409
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/post", headers=auth(clerk))
    assert resp.status == 403
    inv_before = await ledger_balance(accounts.INVENTORY)
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/post", headers=auth(manager))
    assert resp.status == 200, resp.json
    posted = resp.json
    assert posted["status"] == "posted"
    assert posted["summary"]["loss_value_fen"] == 2 * 8000 and posted["summary"]["gain_value_fen"] == 2 * 1000
    assert await qty(milk, store, "A") == 4 and await qty(milk, store, "B") == 3
    assert await qty(wipes, store) == 12
    assert await StockMovement.filter(kind=MovementKind.STOCKTAKE).count() == 2
    assert await ledger_balance(accounts.INVENTORY) == inv_before - 16000 + 2000
    assert await ledger_balance(accounts.INVENTORY_LOSS) == 16000
    assert await ledger_balance(accounts.INVENTORY_GAIN) == -2000
    assert await JournalEntry.filter(source_type="stocktake").count() == 1
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/post", headers=auth(manager))
    assert resp.status == 409
    # the location is free for a new sheet
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(clerk), json={"location_code": "S1"})
    assert resp.status == 201
    await check_invariants()


async def test_uncounted_lines_are_skipped_unless_asked(db) -> None:
    from backend.stock import stocktakes

    store, milk, wipes, manager, clerk = await setup()
    mgr = await load_staff_actor(manager)
    st = await stocktakes.open_stocktake(mgr, location_code="S1")
    await stocktakes.record_count(mgr, st["id"], sku_code="MILK1", counted_qty=10, mode="set")
    await stocktakes.submit_stocktake(mgr, st["id"])
    r = await stocktakes.post_stocktake(mgr, st["stocktake_no"])
    assert r["summary"]["uncounted_lines"] == 1 and await qty(wipes, store) == 10

    st = await stocktakes.open_stocktake(mgr, location_code="S1")
    await stocktakes.record_count(mgr, st["id"], sku_code="MILK1", counted_qty=10, mode="set")
    await stocktakes.submit_stocktake(mgr, st["id"])
    r = await stocktakes.post_stocktake(mgr, st["id"], uncounted_as_zero=True)
    assert await qty(wipes, store) == 0
    assert r["summary"]["loss_value_fen"] == 10000
    await check_invariants()


async def test_category_scope_batch_counts_and_new_batch(client) -> None:
    store, milk, wipes, manager, clerk = await setup()
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(manager),
                                json={"location_code": "S1", "category": "湿巾"})
    assert resp.status == 201 and [ln["sku_code"] for ln in resp.json["lines"]] == ["WIPE1"]
    sid = resp.json["stocktake_no"]
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "MILK1", "counted_qty": 1})
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/cancel", headers=auth(manager))
    assert resp.status == 200 and resp.json["status"] == "cancelled"

    _, resp = await client.post("/api/v1/stocktakes", headers=auth(manager), json={"location_code": "S1"})
    sid = resp.json["id"]
    # counting a named batch; then a batch the system never had (found goods)
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "MILK1", "batch_no": "B", "counted_qty": 6, "mode": "set"})
    assert resp.status == 200
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk), json={
        "sku_code": "MILK1", "batch_no": "C", "counted_qty": 2, "expiry_date": str(business_today() + dt.timedelta(days=500))})
    assert resp.status == 200
    lines = {ln["batch_no"]: (ln["system_qty"], ln["counted_qty"]) for ln in resp.json["lines"]}
    assert lines == {"A": (5, None), "B": (5, 6), "C": (0, 2)}
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk),
                                json={"sku_code": "MILK1", "batch_no": "C", "counted_qty": -3, "mode": "add"})
    assert resp.status == 400  # add mode cannot go below zero
    for body in ({"sku_code": "NOPE", "counted_qty": 1}, {"counted_qty": 1},
                 {"sku_code": "MILK1", "counted_qty": -1, "mode": "set"}, {"sku_code": "MILK1", "counted_qty": 1,
                                                                          "mode": "replace"}):
        _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(clerk), json=body)
        assert 400 <= resp.status < 500, body
        assert resp.json["error"]["code"] in ("validation_error", "not_found")
    await client.post(f"/api/v1/stocktakes/{sid}/submit", headers=auth(clerk))
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/post", headers=auth(manager), json={})
    assert resp.status == 200
    assert await qty(milk, store, "A") == 5 and await qty(milk, store, "B") == 6 and await qty(milk, store, "C") == 2
    await check_invariants()


async def test_post_refused_when_shortage_exceeds_current_stock(db) -> None:
    from backend.errors import InsufficientStock
    from backend.stock import stocktakes

    store, milk, wipes, manager, clerk = await setup()
    mgr = await load_staff_actor(manager)
    st = await stocktakes.open_stocktake(mgr, location_code="S1")
    await stocktakes.record_count(mgr, st["id"], sku_code="WIPE1", counted_qty=2, mode="set")  # -8
    await stocktakes.submit_stocktake(mgr, st["id"])
    # after the snapshot 5 wipes were written off: on hand 5, the sheet wants to take 8
    await adjustments.adjust(mgr, location_code="S1", sku_code="WIPE1", qty_delta=-5, reason="damage")
    movements_before = await StockMovement.all().count()
    try:
        await stocktakes.post_stocktake(mgr, st["id"])
        raise AssertionError("should refuse")
    except InsufficientStock as exc:
        assert "盘点过账失败" in exc.message
    assert await StockMovement.all().count() == movements_before
    again = await stocktakes.get_stocktake(mgr, st["id"])
    assert again["status"] == "submitted"
    await check_invariants()


async def test_scope_and_roles(client) -> None:
    store, milk, wipes, manager, clerk = await setup()
    await make_location("S2")
    other_mgr = await make_user(Role.STORE_MANAGER, locations=[await make_location("S3")])
    finance = await make_user(Role.FINANCE)
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(clerk), json={"location_code": "S2"})
    assert resp.status == 403
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(finance), json={"location_code": "S1"})
    assert resp.status == 403
    _, resp = await client.post("/api/v1/stocktakes", headers=auth(clerk), json={"location_code": "S1"})
    sid = resp.json["id"]
    _, resp = await client.post(f"/api/v1/stocktakes/{sid}/counts", headers=auth(other_mgr),
                                json={"sku_code": "MILK1", "counted_qty": 1})
    assert resp.status == 403
    _, resp = await client.get(f"/api/v1/stocktakes/{sid}", headers=auth(other_mgr))
    assert resp.status == 403
    _, resp = await client.get("/api/v1/stocktakes", headers=auth(other_mgr))
    assert resp.json["total"] == 0
    _, resp = await client.get("/api/v1/stocktakes", headers=auth(clerk))
    assert resp.json["total"] == 1 and "lines" not in resp.json["items"][0]
    _, resp = await client.get("/api/v1/stocktakes/999", headers=auth(clerk))
    assert resp.status == 404
