"""PO state machine, approval routing by amount and store, idempotent decisions, audit."""

from __future__ import annotations

import asyncio

import pytest

from backend.audit.models import AuditLog
from backend.errors import Conflict, Forbidden, InvalidState
from backend.purchasing.models import POStatus, PurchaseOrder
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, pending_for, send_po, submit_po
from backend.purchasing.settings_store import set_setting
from backend.purchasing.tests.helpers import make_world
from tests.factories import auth


async def _po(w, qty: int, *, submit: bool = True) -> PurchaseOrder:  # type: ignore[no-untyped-def]
    return await create_po(POIn(supplier_code="SUP1", location_code=w.store.code, submit=submit,
                                lines=[POLineIn(sku_code="MILK2", qty=qty)]), actor=await w.actor(w.buyer))


async def test_small_po_goes_to_the_store_manager_big_one_to_hq(db: None) -> None:
    w = await make_world()
    await set_setting("store_manager_limit_fen", 500_000, user=w.hq)
    small = await _po(w, 12)  # 12 x 200.00 + 13% = 2712.00
    big = await _po(w, 24)  # 5424.00 > 5000.00
    assert (small.status, small.approver_role, small.total_fen) == (POStatus.SUBMITTED, "store_manager", 271200)
    assert (big.status, big.approver_role) == (POStatus.SUBMITTED, "hq_admin")
    manager = await w.actor(w.manager)
    assert [p.po_no for p in await pending_for(manager)] == [small.po_no]
    assert {p.po_no for p in await pending_for(await w.actor(w.hq))} == {small.po_no, big.po_no}
    with pytest.raises(Forbidden, match="总部"):
        await decide_po(big.po_no, approve=True, actor=manager)
    t = await decide_po(big.po_no, approve=True, actor=await w.actor(w.hq))
    assert t.changed and t.po.status == POStatus.APPROVED


async def test_scoping_clerk_and_other_store_cannot_approve(db: None) -> None:
    w = await make_world()
    po = await _po(w, 6)
    for who in (w.clerk, w.other_manager, w.buyer):
        with pytest.raises(Forbidden):
            await decide_po(po.po_no, approve=True, actor=await w.actor(who))
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED
    assert not await AuditLog.filter(action="purchase_order.approve").exists()


async def test_double_approve_moves_once_and_audits_once(db: None) -> None:
    w = await make_world()
    po = await _po(w, 6)
    manager = await w.actor(w.manager)
    results = await asyncio.gather(*(decide_po(po.po_no, approve=True, actor=manager) for _ in range(4)))
    assert sum(r.changed for r in results) == 1
    assert all(r.po.status == POStatus.APPROVED for r in results)
    assert await AuditLog.filter(action="purchase_order.approve", entity_id=po.po_no).count() == 1
    with pytest.raises(Conflict):
        await decide_po(po.po_no, approve=False, reason="晚了", actor=manager)


async def test_reject_keeps_the_reason_and_blocks_sending(db: None) -> None:
    w = await make_world()
    po = await _po(w, 6)
    t = await decide_po(po.po_no, approve=False, reason="价格太高", actor=await w.actor(w.manager))
    assert t.po.status == POStatus.REJECTED and t.po.reject_reason == "价格太高"
    log = await AuditLog.get(action="purchase_order.reject", entity_id=po.po_no)
    assert log.after["reason"] == "价格太高" and log.username == "manager_a"
    with pytest.raises(InvalidState):
        await send_po(po.po_no, actor=await w.actor(w.buyer))
    draft = await _po(w, 6, submit=False)
    assert draft.status == POStatus.DRAFT
    assert (await submit_po(draft.po_no, actor=await w.actor(w.buyer))).changed


async def test_api_flow_and_roles(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    body = {"supplier_code": "SUP1", "location_code": "ST-A", "lines": [{"sku_code": "MILK2", "qty": 6}],
            "submit": True}
    _, r = await client.post("/api/v1/purchasing/orders", json=body, headers=auth(w.clerk))
    assert r.status == 403 and r.json["error"]["code"] == "forbidden"
    _, r = await client.post("/api/v1/purchasing/orders", json={**body, "lines": []}, headers=auth(w.buyer))
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
    _, r = await client.post("/api/v1/purchasing/orders", json=body, headers=auth(w.buyer))
    assert r.status == 201 and r.json["status"] == "submitted"
    po_no = r.json["po_no"]
    _, r = await client.post(f"/api/v1/purchasing/orders/{po_no}/approve", headers=auth(w.other_manager))
    assert r.status == 403
    _, r = await client.get("/api/v1/purchasing/approvals", headers=auth(w.manager))
    assert [p["po_no"] for p in r.json["items"]] == [po_no]
    for _ in range(2):
        _, r = await client.post(f"/api/v1/purchasing/orders/{po_no}/approve", headers=auth(w.manager))
        assert r.status == 200 and r.json["status"] == "approved"
    assert await AuditLog.filter(action="purchase_order.approve").count() == 1
    _, r = await client.post(f"/api/v1/purchasing/orders/{po_no}/send", headers=auth(w.buyer))
    assert r.json["status"] == "sent"
    _, r = await client.post(f"/api/v1/purchasing/orders/{po_no}/confirm", json={"expected_date": "2099-01-01"},
                             headers=auth(w.buyer))
    assert r.json["status"] == "confirmed" and r.json["expected_date"] == "2099-01-01"
