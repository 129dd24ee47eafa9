"""Four eyes on live flash prices: a price below the SKU's cost (and 0) holds the start until an HQ admin who is
neither the seller nor the session's creator approves; prices at or above the floor start as before."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.live.models import LiveSession, PriceApproval, SessionStatus
from backend.live.tests.helpers import World, make_members, shopper
from backend.org.models import Role
from backend.stock.models import Reservation
from tests.factories import auth, make_user


async def _start(client: Any, w: World, sid: int) -> Any:
    _, resp = await client.post(f"/api/v1/live/{sid}/start", headers=w.seller_h)
    return resp


async def test_zero_flash_price_waits_for_another_hq_admin(client: Any) -> None:
    w = await World.build()  # list 199.00, cost 80.00
    resp = await w.create(client, flash_price_fen=0)
    assert resp.status == 201
    session = resp.json["session"]
    assert session["price_approval"] == "pending" and session["items"][0]["below_floor"] is True
    assert session["items"][0]["floor_fen"] == 8000
    sid = int(session["id"])
    resp = await _start(client, w, sid)
    assert resp.status == 409 and resp.json["error"]["code"] == "price_approval_required"
    assert "总部" in resp.json["error"]["message"]
    assert (await LiveSession.get(id=sid)).status == SessionStatus.SCHEDULED
    assert not await Reservation.filter(ref_type="live_session", ref_id=str(sid)).exists()
    # the seller cannot approve their own prices (not HQ)
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=w.seller_h)
    assert r.status == 403
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(w.admin))
    assert r.status == 200 and r.json["changed"] is True and r.json["session"]["price_approval"] == "approved"
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(w.admin))
    assert r.status == 200 and r.json["changed"] is False
    resp = await _start(client, w, sid)
    assert resp.status == 200 and resp.json["session"]["status"] == "live"
    log = await AuditLog.get(action="live.prices_approve", entity_id=str(sid))
    assert log.username == w.admin.username
    assert log.after["below_floor"] == {w.sku.code: {"flash_price_fen": 0, "floor_fen": 8000}}


async def test_hq_creator_cannot_approve_the_prices_it_set(client: Any) -> None:
    w = await World.build()
    other_hq = await make_user(Role.HQ_ADMIN, "hq_other")
    resp = await w.create(client, flash_price_fen=7000)  # below the 80.00 cost
    assert resp.json["session"]["price_approval"] == "pending"
    # HQ creating a session for the seller with a below-cost price
    body_resp = await client.post("/api/v1/live/sessions", headers=auth(w.admin), json={
        "title": "总部代建", "location_code": w.store.code, "seller_username": w.seller.username,
        "starts_at": resp.json["session"]["starts_at"], "ends_at": resp.json["session"]["ends_at"],
        "items": [{"sku_code": w.sku.code, "flash_price_fen": 1, "qty": 1}]})
    sid = int(body_resp[1].json["session"]["id"])
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(w.admin))
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    refused = await AuditLog.get(action="live.prices_approve_refused")
    assert refused.entity_id == str(sid) and refused.after["refused"] == "self_approval"
    assert (await LiveSession.get(id=sid)).price_approval == PriceApproval.PENDING
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(other_hq))
    assert r.status == 200 and r.json["session"]["price_approval"] == "approved"


async def test_rejected_prices_never_start(client: Any) -> None:
    w = await World.build()
    resp = await w.create(client, flash_price_fen=100)
    sid = int(resp.json["session"]["id"])
    _, r = await client.post(f"/api/v1/live/{sid}/prices/reject", headers=auth(w.admin), json={"reason": "低于成本"})
    assert r.status == 200 and r.json["session"]["price_approval"] == "rejected"
    assert r.json["session"]["price_reject_reason"] == "低于成本"
    resp = await _start(client, w, sid)
    assert resp.status == 409 and "驳回" in resp.json["error"]["message"]
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(w.admin))
    assert r.status == 409
    assert await AuditLog.filter(action="live.prices_reject", entity_id=str(sid)).count() == 1


async def test_prices_at_or_above_cost_start_as_before_and_shoppers_never_see_floors(client: Any) -> None:
    w = await World.build()
    resp = await w.create(client, flash_price_fen=8000)  # exactly the cost
    assert resp.json["session"]["price_approval"] is None
    sid = int(resp.json["session"]["id"])
    assert (await _start(client, w, sid)).status == 200
    _, r = await client.post(f"/api/v1/live/{sid}/prices/approve", headers=auth(w.admin))
    assert r.status == 409  # nothing to approve
    (m,) = await make_members(1)
    _, shown = await client.get(f"/api/v1/live/{sid}", headers=shopper(m))
    assert shown.status == 200 and "floor_fen" not in shown.json["session"]["items"][0]


async def test_flash_price_is_bounded(client: Any) -> None:
    w = await World.build()
    for price in (2**63, 10**13):
        resp = await w.create(client, flash_price_fen=price)
        assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    assert not await LiveSession.exists()
