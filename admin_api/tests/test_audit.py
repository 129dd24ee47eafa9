"""Every staff change lands in the audit log (who, when, what, before/after), searchable; entries are
append-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from backend.audit.models import AuditLog, AuditLogImmutable
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_user


async def test_admin_changes_are_audited_and_searchable(db: None, client: Any) -> None:
    await make_location("SA")
    hq = await make_user(Role.HQ_ADMIN, username="hq1")
    other = await make_user(Role.HQ_ADMIN, username="hq2")
    h = auth(hq)
    _, resp = await client.post("/admin/api/v1/locations", headers=h,
                                json={"code": "S9", "name": "徐汇店", "kind": "store", "address": "上海"})
    assert resp.status == 201
    _, resp = await client.patch("/admin/api/v1/locations/S9", headers=auth(other), json={"name": "徐汇旗舰店"})
    assert resp.status == 200
    _, resp = await client.post("/admin/api/v1/users", headers=h, json={
        "username": "clerk9", "display_name": "小王", "role": "clerk", "password": "longenough1",
        "location_codes": ["S9"]})
    assert resp.status == 201, resp.text
    uid = resp.json["id"]
    _, resp = await client.put(f"/admin/api/v1/users/{uid}/locations", headers=h, json={"location_codes": ["SA"]})
    assert resp.status == 200 and resp.json["location_codes"] == ["SA"]
    _, resp = await client.post(f"/admin/api/v1/users/{uid}/password", headers=h, json={"password": "newpass123"})
    assert resp.status == 200

    fin = auth(await make_user(Role.FINANCE))
    s9 = await _loc_id("S9")
    _, resp = await client.get(f"/admin/api/v1/audit?entity_type=location&entity_id={s9}", headers=fin)
    assert [(e["action"], e["username"]) for e in resp.json["items"]] == [
        ("location.update", "hq2"), ("location.create", "hq1")]
    upd = resp.json["items"][0]
    assert upd["before"]["name"] == "徐汇店" and upd["after"]["name"] == "徐汇旗舰店"

    _, resp = await client.get("/admin/api/v1/audit?username=hq1&action=user.", headers=fin)
    assert [e["action"] for e in resp.json["items"]] == ["user.password_reset", "user.scopes", "user.create"]
    assert "longenough1" not in str(resp.json) and "newpass123" not in str(resp.json)
    _, resp = await client.get("/admin/api/v1/audit?before=S9&action=user.scopes", headers=fin)
    assert resp.json["total"] == 1 and resp.json["items"][0]["after"] == {"location_codes": ["SA"]}
    _, resp = await client.get("/admin/api/v1/audit?after=旗舰", headers=fin)
    assert resp.json["total"] == 1
    today = business_today()
    _, resp = await client.get(f"/admin/api/v1/audit?date_from={today + dt.timedelta(days=1)}", headers=fin)
    assert resp.json["total"] == 0
    _, resp = await client.get(f"/admin/api/v1/audit?date_from={today}&date_to={today}", headers=fin)
    assert resp.json["total"] == 5
    _, resp = await client.get("/admin/api/v1/audit?date_from=2024-02-01&date_to=2024-01-01", headers=fin)
    assert resp.status == 400


async def _loc_id(code: str) -> int:
    from backend.org.models import Location

    return (await Location.get(code=code)).id


async def test_audit_entries_are_append_only(db: None) -> None:
    entry = await AuditLog.create(username="x", action="t.test", entity_type="t", entity_id="1")
    entry.action = "t.changed"
    with pytest.raises(AuditLogImmutable):
        await entry.save()
    with pytest.raises(AuditLogImmutable):
        await entry.delete()
    assert (await AuditLog.get(id=entry.id)).action == "t.test"
