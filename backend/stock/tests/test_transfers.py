"""Transfers: request -> approve -> ship -> receive (full and partial), rejection, cancellation, refusals."""

from __future__ import annotations

import datetime as dt

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.finance.models import InventoryValuation, JournalEntry
from backend.org.models import Role
from backend.stock.models import (
    AdjustmentReason,
    MovementKind,
    Reservation,
    Stock,
    StockAdjustment,
    StockMovement,
)
from backend.stock.tests.helpers import check_invariants, ledger_balance
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def qty(sku, loc, batch_no: str | None = None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = await Stock.filter(sku_id=sku.id, location_id=loc.id).select_related("batch")
    rows = [r for r in rows if batch_no is None or r.batch.batch_no == batch_no]
    return sum(r.on_hand for r in rows), sum(r.reserved for r in rows)


async def setup():  # type: ignore[no-untyped-def]
    wh = await make_location("WH1", kind="warehouse")
    store = await make_location("S1")
    milk = await make_sku("MILK1")
    wipes = await make_sku("WIPE1", category="湿巾")
    await stock_in(milk, wh, 5, batch_no="M-OLD", expiry=business_today() + dt.timedelta(days=40), unit_cost_fen=8000)
    await stock_in(milk, wh, 10, batch_no="M-NEW", expiry=business_today() + dt.timedelta(days=400), unit_cost_fen=8000)
    await stock_in(milk, wh, 4, batch_no="M-EXP", expiry=business_today() - dt.timedelta(days=3), unit_cost_fen=8000)
    await stock_in(wipes, wh, 20, unit_cost_fen=1000)
    wh_mgr = await make_user(Role.STORE_MANAGER, locations=[wh])
    store_mgr = await make_user(Role.STORE_MANAGER, locations=[store])
    clerk = await make_user(Role.CLERK, locations=[store])
    return wh, store, milk, wipes, wh_mgr, store_mgr, clerk


async def test_full_flow_with_partial_receipt(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    value_before = await ledger_balance(accounts.INVENTORY)
    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), json={
        "from_location_code": "WH1", "to_location_code": "S1", "note": "周末备货",
        "lines": [{"sku_code": "MILK1", "qty": 8}, {"sku_code": "WIPE1", "qty": 6}]})
    assert resp.status == 201, resp.json
    t = resp.json
    assert t["status"] == "requested" and t["status_name"] == "待审批" and t["total_qty"] == 14
    tid = t["id"]

    # the destination's manager cannot approve; the source's can
    _, resp = await client.post(f"/api/v1/transfers/{tid}/approve", headers=auth(store_mgr))
    assert resp.status == 403
    _, resp = await client.post(f"/api/v1/transfers/{tid}/approve", headers=auth(wh_mgr))
    assert resp.status == 200 and resp.json["status"] == "approved"
    # approval reserves at the source, earliest unexpired expiry first
    assert await qty(milk, wh, "M-OLD") == (5, 5)
    assert await qty(milk, wh, "M-NEW") == (10, 3)
    assert await qty(milk, wh, "M-EXP") == (4, 0)
    _, resp = await client.post(f"/api/v1/transfers/{tid}/approve", headers=auth(wh_mgr))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    # receiving before shipping is an illegal move
    _, resp = await client.post(f"/api/v1/transfers/{tid}/receive", headers=auth(clerk))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"

    _, resp = await client.post(f"/api/v1/transfers/{tid}/ship", headers=auth(wh_mgr))
    assert resp.status == 200, resp.json
    shipped = resp.json
    assert shipped["status"] == "shipped"
    milk_lines = sorted((ln["batch_no"], ln["qty"]) for ln in shipped["lines"] if ln["sku_code"] == "MILK1")
    assert milk_lines == [("M-NEW", 3), ("M-OLD", 5)]
    assert await qty(milk, wh) == (11, 0)
    assert {m["kind"] for m in shipped["movements"]} >= {"reserve", "transfer_out"}
    assert await ledger_balance(accounts.INVENTORY) == value_before  # moving goods moves no value
    await check_invariants()  # in transit: valuation qty = on hand + shipped

    # partial receipt: 7 of 8 tins, all the wipes
    _, resp = await client.post(f"/api/v1/transfers/{t['transfer_no']}/receive", headers=auth(clerk), json={
        "lines": [{"sku_code": "MILK1", "qty_received": 7}, {"sku_code": "WIPE1", "qty_received": 6}]})
    assert resp.status == 200, resp.json
    got = resp.json
    assert got["status"] == "received" and got["shortfall_qty"] == 1
    assert await qty(milk, store, "M-OLD") == (5, 0)  # earliest expiry filled first
    assert await qty(milk, store, "M-NEW") == (2, 0)
    assert await qty(wipes, store) == (6, 0)
    short = await StockAdjustment.get(reason=AdjustmentReason.SHORTFALL)
    assert short.qty_delta == -1 and short.value_fen == -8000 and short.ref_id == t["transfer_no"]
    assert await ledger_balance(accounts.INVENTORY) == value_before - 8000
    assert await ledger_balance(accounts.INVENTORY_LOSS) == 8000
    assert await JournalEntry.filter(source_type="transfer_shortfall").count() == 1
    assert await StockMovement.filter(kind=MovementKind.TRANSFER_IN).count() == 3
    _, resp = await client.post(f"/api/v1/transfers/{tid}/receive", headers=auth(clerk))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"
    actions = set(await AuditLog.filter(entity_id=t["transfer_no"]).values_list("action", flat=True))
    assert actions == {"transfer.request", "transfer.approve", "transfer.ship", "transfer.receive"}

    _, resp = await client.get(f"/api/v1/transfers/{tid}", headers=auth(clerk))
    assert resp.status == 200 and len(resp.json["movements"]) >= 6
    _, resp = await client.get("/api/v1/transfers?location_code=S1&direction=in", headers=auth(clerk))
    assert resp.json["total"] == 1
    await check_invariants()


async def test_empty_receive_takes_everything(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    admin = await make_user(Role.HQ_ADMIN)
    _, resp = await client.post("/api/v1/transfers", headers=auth(admin), json={
        "from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "WIPE1", "qty": 20}]})
    tid = resp.json["id"]
    for action in ("approve", "ship", "receive"):
        _, resp = await client.post(f"/api/v1/transfers/{tid}/{action}", headers=auth(admin))
        assert resp.status == 200, (action, resp.json)
    assert await qty(wipes, wh) == (0, 0) and await qty(wipes, store) == (20, 0)
    assert await StockAdjustment.all().count() == 0
    v = await InventoryValuation.get(sku_id=wipes.id)
    assert (v.qty, v.value_fen) == (20, 20000)
    await check_invariants()


async def test_approval_refused_when_source_is_short_and_expired_never_ships(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    # 19 on hand, 4 of them expired: 15 can move
    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), json={
        "from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "MILK1", "qty": 16}]})
    tid = resp.json["id"]
    _, resp = await client.post(f"/api/v1/transfers/{tid}/approve", headers=auth(wh_mgr))
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert "库存不足" in resp.json["error"]["message"]
    _, resp = await client.get(f"/api/v1/transfers/{tid}", headers=auth(wh_mgr))
    assert resp.json["status"] == "requested"
    assert await Reservation.all().count() == 0
    await check_invariants()


async def test_reject_and_cancel_release_reservations(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    body = {"from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "WIPE1", "qty": 5}]}
    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), json=body)
    t1 = resp.json["id"]
    _, resp = await client.post(f"/api/v1/transfers/{t1}/reject", headers=auth(wh_mgr), json={"note": "仓库盘点中"})
    assert resp.status == 200 and resp.json["status"] == "rejected" and "仓库盘点中" in resp.json["note"]
    _, resp = await client.post(f"/api/v1/transfers/{t1}/ship", headers=auth(wh_mgr))
    assert resp.status == 409

    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), json=body)
    t2 = resp.json["id"]
    await client.post(f"/api/v1/transfers/{t2}/approve", headers=auth(wh_mgr))
    assert await qty(wipes, wh) == (20, 5)
    _, resp = await client.post(f"/api/v1/transfers/{t2}/cancel", headers=auth(clerk))  # the requester
    assert resp.status == 200 and resp.json["status"] == "cancelled"
    assert await qty(wipes, wh) == (20, 0)
    await check_invariants()


async def test_request_refusals(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    other = await make_location("S9")
    finance = await make_user(Role.FINANCE)
    cases = [
        (clerk, {"from_location_code": "WH1", "to_location_code": "WH1", "lines": [{"sku_code": "MILK1", "qty": 1}]},
         400, "validation_error"),
        (clerk, {"from_location_code": "WH1", "to_location_code": "S1", "lines": []}, 400, "validation_error"),
        (clerk, {"from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "MILK1", "qty": 0}]},
         400, "validation_error"),
        (clerk, {"from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "NOPE", "qty": 1}]},
         404, "not_found"),
        (clerk, {"from_location_code": "WH1", "to_location_code": "XX", "lines": [{"sku_code": "MILK1", "qty": 1}]},
         404, "not_found"),
        (clerk, {"from_location_code": "WH1", "to_location_code": "S9", "lines": [{"sku_code": "MILK1", "qty": 1}]},
         403, "forbidden"),  # neither end is the clerk's
        (finance, {"from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "MILK1", "qty": 1}]},
         403, "forbidden"),
    ]
    for user, body, status, code in cases:
        _, resp = await client.post("/api/v1/transfers", headers=auth(user), json=body)
        assert resp.status == status, (body, resp.json)
        assert resp.json["error"]["code"] == code
    assert other.id
    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), content=b"not json")
    assert resp.status == 400 and resp.json["error"]["code"] == "invalid_json"
    _, resp = await client.get("/api/v1/transfers", headers=auth(clerk))
    assert resp.json["total"] == 0
    _, resp = await client.post("/api/v1/transfers/999/approve", headers=auth(wh_mgr))
    assert resp.status == 404


async def test_receive_refusals(client) -> None:
    wh, store, milk, wipes, wh_mgr, store_mgr, clerk = await setup()
    _, resp = await client.post("/api/v1/transfers", headers=auth(clerk), json={
        "from_location_code": "WH1", "to_location_code": "S1", "lines": [{"sku_code": "WIPE1", "qty": 5}]})
    tid = resp.json["id"]
    await client.post(f"/api/v1/transfers/{tid}/approve", headers=auth(wh_mgr))
    await client.post(f"/api/v1/transfers/{tid}/ship", headers=auth(wh_mgr))
    before = await StockMovement.all().count()
    for lines, status in ([{"sku_code": "WIPE1", "qty_received": 6}], 400),  \
                         ([{"sku_code": "MILK1", "qty_received": 1}], 400), \
                         ([{"sku_code": "WIPE1", "qty_received": -1}], 400):
        _, resp = await client.post(f"/api/v1/transfers/{tid}/receive", headers=auth(clerk), json={"lines": lines})
        assert resp.status == status, resp.json
    # the source's staff cannot receive at the destination
    _, resp = await client.post(f"/api/v1/transfers/{tid}/receive", headers=auth(wh_mgr))
    assert resp.status == 403
    assert await StockMovement.all().count() == before
    # nothing arrived at all: the whole shipment is a shortfall
    _, resp = await client.post(f"/api/v1/transfers/{tid}/receive", headers=auth(clerk), json={
        "lines": [{"sku_code": "WIPE1", "qty_received": 0}]})
    assert resp.status == 200 and resp.json["shortfall_qty"] == 5 and resp.json["shortfall_value_fen"] == 5000
    await check_invariants()
