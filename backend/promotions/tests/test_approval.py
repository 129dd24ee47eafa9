"""Four eyes on promotions: neither the drafter nor the submitter approves; the refusal is audited; another HQ
admin approves."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.org.models import Role
from backend.promotions.models import Promotion, PromotionStatus
from tests.factories import auth, make_location, make_user

BASE = "/admin/api/v1/promotions/"
BODY = {"name": "湿巾8.8折", "kind": "percent_off", "percent_off_bp": 1200,
        "starts_at": "2026-01-01T00:00:00+08:00", "ends_at": "2099-01-01T00:00:00+08:00"}


async def test_drafter_and_submitter_cannot_approve_another_admin_can(db: None, client: Any) -> None:
    store = await make_location("ST-P")
    marketing = await make_user(Role.HQ_ADMIN, "marketing_x")
    admin = await make_user(Role.HQ_ADMIN, "admin_x")
    manager = await make_user(Role.STORE_MANAGER, "manager_p", [store])

    _, r = await client.post(BASE, json=BODY, headers=auth(marketing))
    assert r.status == 201
    pid = r.json["id"]
    _, r = await client.post(f"{BASE}{pid}/submit", headers=auth(marketing))
    assert r.json["status"] == "pending_approval"
    _, r = await client.post(f"{BASE}{pid}/approve", headers=auth(marketing))
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    assert "不能审批自己" in r.json["error"]["message"]
    assert (await Promotion.get(id=pid)).status == PromotionStatus.PENDING_APPROVAL

    # drafted by a store manager, submitted by HQ: the submitter cannot approve either
    _, r = await client.post(BASE, json={**BODY, "location_codes": ["ST-P"]}, headers=auth(manager))
    pid2 = r.json["id"]
    _, r = await client.post(f"{BASE}{pid2}/submit", headers=auth(admin))
    assert r.status == 200
    _, r = await client.post(f"{BASE}{pid2}/approve", headers=auth(admin))
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"

    refused = await AuditLog.filter(action="promotion.approve_refused").order_by("id")
    assert [(x.username, x.entity_id, x.after["refused"]) for x in refused] == [
        ("marketing_x", str(pid), "self_approval"), ("admin_x", str(pid2), "self_approval")]

    _, r = await client.post(f"{BASE}{pid}/approve", headers=auth(admin))
    assert r.status == 200 and r.json["status"] == "approved" and r.json["approved_by_id"] == admin.id
    _, r = await client.post(f"{BASE}{pid2}/approve", headers=auth(marketing))
    assert r.status == 200 and r.json["status"] == "approved"
    assert await AuditLog.filter(action="promotion.approved").count() == 2
