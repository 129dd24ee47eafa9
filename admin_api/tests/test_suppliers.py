"""Admin supplier routes: purchasers create/update (audited), store managers read only, clerks refused."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.staff.models import Role
from tests.factories import auth, make_user


async def test_supplier_routes_roles_and_audit(db: None, client: Any) -> None:
    pur = auth(await make_user(Role.PURCHASER, username="pur1"))
    mgr = auth(await make_user(Role.STORE_MANAGER, username="mgr1"))
    url = "/admin/api/v1/suppliers"
    _, r = await client.post(url, headers=pur, json={"code": "SUP1", "name": "上海母婴批发", "contact_name": "李经理"})
    assert r.status == 201, r.text
    _, r = await client.post(url, headers=pur, json={"code": "SUP1", "name": "重复"})
    assert r.status == 409 and r.json["error"]["message"]
    _, r = await client.post(url, headers=mgr, json={"code": "SUP2", "name": "不许"})
    assert r.status == 403
    _, r = await client.patch(f"{url}/SUP1", headers=pur, json={"payment_terms_days": 45})
    assert r.status == 200 and r.json["payment_terms_days"] == 45
    _, r = await client.patch(f"{url}/SUP1", headers=mgr, json={"payment_terms_days": 1})
    assert r.status == 403
    _, r = await client.get(f"{url}?q=李", headers=mgr)
    assert r.status == 200 and [s["code"] for s in r.json["items"]] == ["SUP1"]
    _, r = await client.get(f"{url}/SUP1", headers=mgr)
    assert r.status == 200 and r.json["products"] == [] and "scorecard" in r.json
    _, r = await client.get(f"{url}/NOPE", headers=mgr)
    assert r.status == 404
    actions = [a.action for a in await AuditLog.filter(entity_type="supplier").order_by("id")]
    assert actions == ["supplier.create", "supplier.update"]
