"""Four eyes on purchase orders: nobody approves their own PO, two approvers above the second-approval amount,
bounded unit prices and totals (10^13 and 2^63 fen are 400s, never 500s)."""

from __future__ import annotations

import asyncio

import pytest

from backend.audit.models import AuditLog
from backend.errors import Forbidden
from backend.org.models import Role
from backend.purchasing.models import POStatus, PurchaseOrder
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, pending_for
from backend.purchasing.settings_store import set_setting
from backend.purchasing.tests.helpers import make_world
from bots.commands import Approve
from bots.dispatch import handle_command
from tests.factories import auth, make_user


async def _po(w, who, qty: int, location: str = "ST-A") -> PurchaseOrder:  # type: ignore[no-untyped-def]
    return await create_po(POIn(supplier_code="SUP1", location_code=location, submit=True,
                                lines=[POLineIn(sku_code="MILK2", qty=qty)]), actor=await w.actor(who))


async def test_self_approval_refused_for_hq_and_manager_and_audited(db: None) -> None:
    w = await make_world()
    own_hq = await _po(w, w.hq, 6)
    with pytest.raises(Forbidden, match="不能审批自己创建的采购单") as exc:
        await decide_po(own_hq.po_no, approve=True, actor=await w.actor(w.hq))
    assert exc.value.code == "self_approval"
    own_mgr = await _po(w, w.manager, 6)
    with pytest.raises(Forbidden, match="不能审批自己创建的采购单"):
        await decide_po(own_mgr.po_no, approve=True, actor=await w.actor(w.manager))
    for po in (own_hq, own_mgr):
        assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED
    refused = await AuditLog.filter(action="purchase_order.approve_refused").order_by("id")
    assert [(r.username, r.entity_id, r.after["refused"]) for r in refused] == [
        ("hq_a", own_hq.po_no, "self_approval"), ("manager_a", own_mgr.po_no, "self_approval")]
    assert not await AuditLog.filter(action="purchase_order.approve").exists()
    # their own POs are not in their approval lists; another approver decides them
    assert own_hq.po_no not in [p.po_no for p in await pending_for(await w.actor(w.hq))]
    assert own_mgr.po_no not in [p.po_no for p in await pending_for(await w.actor(w.manager))]
    t = await decide_po(own_mgr.po_no, approve=True, actor=await w.actor(w.hq))
    assert t.changed and t.po.status == POStatus.APPROVED


async def test_self_approval_refused_through_the_api_and_the_wecom_bot(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    po = await _po(w, w.hq, 6, location="ST-A")
    _, r = await client.post(f"/api/v1/purchasing/orders/{po.po_no}/approve", headers=auth(w.hq))
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    assert "不能审批自己创建的采购单" in r.json["error"]["message"]
    reply = await handle_command(w.hq, Approve(po.po_no))
    assert "不能审批自己创建的采购单" in reply.text
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED
    assert await AuditLog.filter(action="purchase_order.approve_refused", via="wecom").count() == 1


async def test_above_the_threshold_two_different_approvers(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    hq2 = await make_user(Role.HQ_ADMIN, "hq_b")
    await set_setting("second_approval_above_fen", 500_000, user=w.hq)  # ¥5,000
    small = await _po(w, w.buyer, 12)  # 2,712.00: one approval
    big = await _po(w, w.buyer, 24)  # 5,424.00: two
    assert (small.approvals_required, big.approvals_required) == (1, 2)
    t = await decide_po(small.po_no, approve=True, actor=await w.actor(w.manager))
    assert t.po.status == POStatus.APPROVED

    first = await decide_po(big.po_no, approve=True, actor=await w.actor(w.hq))
    assert first.changed and first.po.status == POStatus.SUBMITTED and first.po.first_approved_by_id == w.hq.id
    again = await decide_po(big.po_no, approve=True, actor=await w.actor(w.hq))
    assert not again.changed and again.po.status == POStatus.SUBMITTED  # the same approver cannot be both
    assert big.po_no not in [p.po_no for p in await pending_for(await w.actor(w.hq))]
    assert big.po_no in [p.po_no for p in await pending_for(await w.actor(hq2))]
    _, r = await client.get(f"/api/v1/purchasing/orders/{big.po_no}", headers=auth(w.buyer))
    assert (r.json["status"], r.json["approvals_required"], r.json["first_approved_by"]) == ("submitted", 2, "hq_a")
    _, r = await client.post(f"/api/v1/purchasing/orders/{big.po_no}/approve", headers=auth(hq2))
    assert r.status == 200 and r.json["status"] == "approved" and r.json["changed"] is True
    logs = await AuditLog.filter(entity_id=big.po_no, action__startswith="purchase_order.").order_by("id")
    assert [(log.action, log.username) for log in logs if "approve" in log.action] == [
        ("purchase_order.first_approve", "hq_a"), ("purchase_order.approve", "hq_b")]


async def test_wecom_reply_says_a_second_approver_is_needed(db: None) -> None:
    w = await make_world()
    await set_setting("second_approval_above_fen", 500_000, user=w.hq)
    big = await _po(w, w.buyer, 24)
    reply = await handle_command(w.hq, Approve(big.po_no))
    assert "还需另一位审批人同意" in reply.text
    assert (await PurchaseOrder.get(id=big.id)).status == POStatus.SUBMITTED


async def test_two_approvers_at_once_approve_once(db: None) -> None:
    w = await make_world()
    hq2 = await make_user(Role.HQ_ADMIN, "hq_b")
    hq3 = await make_user(Role.HQ_ADMIN, "hq_c")
    await set_setting("second_approval_above_fen", 0, user=w.hq)  # every PO needs two
    po = await _po(w, w.buyer, 6)
    actors = [await w.actor(u) for u in (w.hq, hq2, hq3)]
    results = await asyncio.gather(*(decide_po(po.po_no, approve=True, actor=a) for a in actors),
                                   return_exceptions=True)
    assert not [r for r in results if isinstance(r, BaseException)], results
    final = await PurchaseOrder.get(id=po.id)
    assert final.status == POStatus.APPROVED
    assert final.first_approved_by_id is not None and final.decided_by_id != final.first_approved_by_id
    assert await AuditLog.filter(action="purchase_order.first_approve", entity_id=po.po_no).count() == 1
    assert await AuditLog.filter(action="purchase_order.approve", entity_id=po.po_no).count() == 1


@pytest.mark.parametrize("price", [10**13, 2**63, 10**16])
async def test_unit_price_bounds_answer_400(db: None, client, price: int) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    body = {"supplier_code": "SUP1", "location_code": "ST-A", "submit": True,
            "lines": [{"sku_code": "MILK2", "qty": 1, "unit_price_fen": price}]}
    _, r = await client.post("/api/v1/purchasing/orders", json=body, headers=auth(w.buyer))
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
    assert not await PurchaseOrder.exists()


async def test_total_bound_answers_400_in_chinese(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    body = {"supplier_code": "SUP1", "location_code": "ST-A", "submit": True,
            "lines": [{"sku_code": "MILK2", "qty": 1_000_000, "unit_price_fen": 10_000_000}]}  # 10^13 fen
    _, r = await client.post("/api/v1/purchasing/orders", json=body, headers=auth(w.buyer))
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
    assert "超过单张上限" in r.json["error"]["message"]
    assert not await PurchaseOrder.exists()
    _, r = await client.put("/api/v1/purchasing/suppliers/SUP1/products", headers=auth(w.hq),
                            json={"sku_code": "MILK2", "price_fen": 2**63})
    assert r.status == 400


async def test_po_approval_needs_po_approve_on_the_bot_too_and_refusals_are_audited(db: None, client) -> None:  # type: ignore[no-untyped-def]
    w = await make_world()
    po = await _po(w, w.buyer, 6)
    for who in (w.clerk, w.buyer):
        with pytest.raises(Forbidden, match="只有店长或总部可以审批采购单"):
            await decide_po(po.po_no, approve=True, actor=await w.actor(who), via="wecom")
    reply = await handle_command(w.clerk, Approve(po.po_no))
    assert "只有店长或总部可以审批采购单" in reply.text
    _, r = await client.post(f"/api/v1/purchasing/orders/{po.po_no}/approve", headers=auth(w.clerk))
    assert r.status == 403
    _, r = await client.post(f"/api/v1/purchasing/orders/{po.po_no}/approve", headers=auth(w.other_manager))
    assert r.status == 403  # another store's manager: the store scope, audited as a refused po.approve too
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED
    denied = await AuditLog.filter(action="permission.denied").order_by("id")
    assert [(d.username, d.via, d.after["permission"], d.after["refused"]) for d in denied] == [
        ("clerk_a", "wecom", "po.approve", "permission"), ("buyer_a", "wecom", "po.approve", "permission"),
        ("clerk_a", "wecom", "po.approve", "permission"), ("clerk_a", "api", "po.approve", "role"),
        ("manager_b", "api", "po.approve", "scope")]
    t = await decide_po(po.po_no, approve=True, actor=await w.actor(w.manager))
    assert t.changed and t.po.status == POStatus.APPROVED
