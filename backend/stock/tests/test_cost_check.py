"""Unit costs of stock increases: bounds (10^13 and 2^63 fen are 400s, never 500s), the band around the last
purchase cost, the pending request HQ approves (not its maker), rejection leaving nothing, concurrent approvals
applying once."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.finance.models import InventoryValuation, JournalEntry
from backend.org.models import Role
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, send_po
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.purchasing.settings_store import set_setting
from backend.purchasing.tests.helpers import make_world
from backend.security.actor import load_staff_actor
from backend.stock import cost_approvals, cost_check
from backend.stock.models import AdjustmentCostRequest, CostRequestStatus, StockAdjustment, StockMovement
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in

URL = "/api/v1/stock/adjustments"


async def _written() -> tuple[int, int, int]:
    return (await StockMovement.all().count(), await StockAdjustment.all().count(), await JournalEntry.all().count())


async def _setup() -> dict[str, Any]:
    store = await make_location("S1")
    sku = await make_sku("MILK1", price_fen=12800)
    await stock_in(sku, store, 10, unit_cost_fen=8000)  # moving average 80.00
    manager = await make_user(Role.STORE_MANAGER, "mgr_s1", locations=[store])
    hq = await make_user(Role.HQ_ADMIN, "hq_one")
    hq2 = await make_user(Role.HQ_ADMIN, "hq_two")
    return {"store": store, "sku": sku, "manager": manager, "hq": hq, "hq2": hq2}


@pytest.mark.parametrize("cost", [10**13, 2**63, 0, -5])
async def test_unit_cost_out_of_bounds_is_400_and_writes_nothing(client: Any, cost: int) -> None:
    w = await _setup()
    before = await _written()
    _, r = await client.post(URL, headers=auth(w["manager"]), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": 5, "reason": "found", "unit_cost_fen": cost})
    assert r.status == 400 and r.json["error"]["code"] == "validation_error", r.json
    message = r.json["error"]["message"]
    assert "单位成本" in message or "unit_cost_fen" in message  # 2^63: the body's integer bound (guard) names it
    assert await _written() == before and not await AdjustmentCostRequest.exists()


async def test_within_the_band_applies_at_once(client: Any) -> None:
    w = await _setup()
    _, r = await client.post(URL, headers=auth(w["manager"]), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": 5, "reason": "found", "unit_cost_fen": 10000})
    assert r.status == 201 and r.json["value_fen"] == 50000  # +25 % of 80.00: inside ±30 %
    assert not await AdjustmentCostRequest.exists()
    await check_invariants()


async def test_beyond_the_band_waits_for_another_hq_admin(client: Any) -> None:
    w = await _setup()
    before = await _written()
    v0 = await InventoryValuation.get(sku_id=w["sku"].id)
    _, r = await client.post(URL, headers=auth(w["manager"]), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": 5, "reason": "found", "unit_cost_fen": 10_000_000,
        "batch_no": "FOUND1", "expiry_date": (business_today() + dt.timedelta(days=200)).isoformat()})
    assert r.status == 202 and r.json["pending"] is True, r.json
    req = r.json["request"]
    assert (req["status"], req["unit_cost_fen"], req["reference_cost_fen"]) == ("pending", 10_000_000, 8000)
    # nothing moved, nothing valued, nothing posted, no batch created
    assert await _written() == before
    v = await InventoryValuation.get(sku_id=w["sku"].id)
    assert (v.qty, v.value_fen) == (v0.qty, v0.value_fen)
    no = req["request_no"]
    # the store manager cannot approve at all
    _, r = await client.post(f"/api/v1/stock/adjustment-cost-requests/{no}/approve", headers=auth(w["manager"]))
    assert r.status == 403
    _, r = await client.get("/api/v1/stock/adjustment-cost-requests?status=pending", headers=auth(w["manager"]))
    assert [x["request_no"] for x in r.json["items"]] == [no]
    _, r = await client.post(f"/api/v1/stock/adjustment-cost-requests/{no}/approve", headers=auth(w["hq"]))
    assert r.status == 200 and r.json["changed"] is True
    assert r.json["adjustment"]["value_fen"] == 50_000_000
    assert r.json["adjustment"]["lines"] == [{"batch_no": "FOUND1", "qty_delta": 5}]
    assert r.json["request"]["status"] == "approved" and r.json["request"]["adjustment_no"]
    v = await InventoryValuation.get(sku_id=w["sku"].id)
    assert (v.qty, v.value_fen) == (15, 80000 + 50_000_000)
    actions = [a.action for a in await AuditLog.filter(action__startswith="stock.").order_by("id")]
    assert actions == ["stock.cost_change.request", "stock.adjust", "stock.cost_change.approve"]
    await check_invariants()


async def test_self_approval_refused_and_audited(db: None) -> None:
    w = await _setup()
    hq = await load_staff_actor(w["hq"])
    from backend.stock.adjustments import adjust

    out = await adjust(hq, location_code="S1", sku_code="MILK1", qty_delta=2, reason="found", unit_cost_fen=1)
    assert out["pending"] is True
    no = out["request"]["request_no"]
    from backend.errors import Forbidden

    with pytest.raises(Forbidden, match="不能审批自己") as exc:
        await cost_approvals.decide(hq, no, approve=True)
    assert exc.value.code == "self_approval"
    assert (await AdjustmentCostRequest.get(request_no=no)).status == CostRequestStatus.PENDING
    refused = await AuditLog.get(action="stock.cost_change.approve_refused")
    assert refused.username == "hq_one" and refused.after["refused"] == "self_approval"
    assert not await StockAdjustment.exists() or await StockAdjustment.filter(qty_delta=2).count() == 0
    req, result, changed = await cost_approvals.decide(await load_staff_actor(w["hq2"]), no, approve=True)
    assert changed and result is not None and result["value_fen"] == 2


async def test_rejected_leaves_nothing_and_cannot_be_approved_later(client: Any) -> None:
    w = await _setup()
    _, r = await client.post(URL, headers=auth(w["manager"]), json={
        "location_code": "S1", "sku_code": "MILK1", "qty_delta": 3, "reason": "correction", "unit_cost_fen": 20000})
    assert r.status == 202
    no = r.json["request"]["request_no"]
    before = await _written()
    _, r = await client.post(f"/api/v1/stock/adjustment-cost-requests/{no}/reject", headers=auth(w["hq"]),
                             json={"reason": "成本不对，请按采购价"})
    assert r.status == 200 and r.json["request"]["status"] == "rejected"
    assert r.json["request"]["reject_reason"] == "成本不对，请按采购价"
    assert await _written() == before
    _, r = await client.post(f"/api/v1/stock/adjustment-cost-requests/{no}/approve", headers=auth(w["hq2"]))
    assert r.status == 409
    assert await _written() == before
    assert await AuditLog.filter(action="stock.cost_change.reject").count() == 1


async def test_concurrent_approvals_apply_once(db: None) -> None:
    w = await _setup()
    hq3 = await make_user(Role.HQ_ADMIN, "hq_three")
    from backend.stock.adjustments import adjust

    out = await adjust(await load_staff_actor(w["manager"]), location_code="S1", sku_code="MILK1", qty_delta=4,
                       reason="found", unit_cost_fen=50000)
    no = out["request"]["request_no"]
    approvers = [await load_staff_actor(u) for u in (w["hq"], w["hq2"], hq3, w["hq"])]
    results = await asyncio.gather(*(cost_approvals.decide(a, no, approve=True) for a in approvers),
                                   return_exceptions=True)
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert sum(1 for r in results if r[2]) == 1  # type: ignore[index]
    assert await StockAdjustment.filter(qty_delta=4).count() == 1
    assert await AuditLog.filter(action="stock.cost_change.approve").count() == 1
    v = await InventoryValuation.get(sku_id=w["sku"].id)
    assert (v.qty, v.value_fen) == (14, 80000 + 4 * 50000)
    await check_invariants()


async def test_reference_is_the_last_purchase_cost_and_the_band_is_a_setting(db: None) -> None:
    w = await make_world()
    po = await create_po(POIn(supplier_code="SUP1", location_code=w.store.code, submit=True,
                              lines=[POLineIn(sku_code="MILK2", qty=6, unit_price_fen=21000)]),
                         actor=await w.actor(w.buyer))
    await decide_po(po.po_no, approve=True, actor=await w.actor(w.manager))
    await send_po(po.po_no, actor=await w.actor(w.buyer))
    await receive(po.po_no, ReceiptIn(lines=[ReceiptLineIn(sku_code="MILK2", qty=6, batch_no="P1",
                                                           expiry_date=business_today() + dt.timedelta(days=300))]),
                  actor=await w.actor(w.buyer))
    assert await cost_check.reference_cost(w.sku.id) == 21000
    held, ref = await cost_check.needs_approval(w.sku.id, 27000, None)  # type: ignore[arg-type]
    assert (held, ref) == (False, 21000)  # +28.6 %
    held, _ = await cost_check.needs_approval(w.sku.id, 28000, None)  # type: ignore[arg-type]
    assert held  # +33 %
    await set_setting("adjustment_cost_band_bp", 5000, user=w.hq)
    held, _ = await cost_check.needs_approval(w.sku.id, 28000, None)  # type: ignore[arg-type]
    assert not held
    # a SKU with no purchase and no stock has no reference: any given cost waits for HQ
    fresh = await make_sku("NEW9")
    assert await cost_check.reference_cost(fresh.id) is None
    assert (await cost_check.needs_approval(fresh.id, 100, None))[0]  # type: ignore[arg-type]
