"""Employee records: contact sealed in the database row and shown masked (a reveal is audited); store scope (a
clerk reads only their own stores' colleagues and never the back office's records; a manager their own store;
HQ all); a transfer moves the position history and the staff account's store scope."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise

from backend.audit.models import AuditLog
from backend.fieldcrypt import is_sealed
from backend.hr.models import Employee, PositionRecord
from backend.org.models import User, UserLocation
from tests.factories import auth

ADMIN = "/admin/api/v1/hr"


async def _make(client: Any, people: dict[str, Any], who: str, store: str, name: str, phone: str,
                username: str | None = None) -> dict[str, Any]:
    _, r = await client.post(f"{ADMIN}/employees", headers=auth(people[who]), json={
        "name": name, "location_code": store, "position": "店员", "hired_on": "2026-03-01", "phone": phone,
        "address": "上海市静安区南京西路 100 号", "contract_start": "2026-03-01", "contract_end": "2028-02-29",
        **({"username": username} if username else {})})
    assert r.status == 201, r.text
    return dict(r.json)


async def test_contact_is_encrypted_in_the_db_row(client: Any, people: dict[str, Any]) -> None:
    emp = await _make(client, people, "mgr_a", "ST-A", "赵六", "13811112222")
    assert emp["phone"] == "138****2222" and emp["address"] == "******"
    rows = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT phone, phone_index, address FROM hr_employees WHERE id = $1"
        if Tortoise.get_connection("default").capabilities.dialect == "postgres"
        else "SELECT phone, phone_index, address FROM hr_employees WHERE id = ?", [emp["id"]])
    row = rows[0]
    assert is_sealed(row["phone"]) and is_sealed(row["address"])
    assert "13811112222" not in str(row) and "南京西路" not in str(row) and len(row["phone_index"]) == 64
    assert "13811112222" not in str(await AuditLog.all().values_list("after", flat=True))

    _, r = await client.get(f"{ADMIN}/employees/{emp['id']}?reveal=true", headers=auth(people["mgr_a"]))
    assert r.status == 200 and r.json["phone"] == "13811112222" and "南京西路" in r.json["address"]
    assert await AuditLog.filter(action="hr.employee.contact_read", entity_id=str(emp["id"])).count() == 1
    _, r = await client.get(f"{ADMIN}/employees?q=138-1111-2222", headers=auth(people["hq"]))
    assert [e["id"] for e in r.json["items"]] == [emp["id"]]  # found by its blind index


async def test_a_clerk_cannot_read_another_stores_employee_records(client: Any, people: dict[str, Any]) -> None:
    a = await _make(client, people, "mgr_a", "ST-A", "员工甲", "13800000001")
    b = await _make(client, people, "mgr_b", "ST-B", "员工乙", "13800000002")
    clerk = auth(people["clerk_a"])
    _, r = await client.get(f"/api/v1/hr/colleagues/{a['id']}", headers=clerk)
    assert r.status == 200 and r.json["name"] == "员工甲" and r.json["phone"] == "138****0001"
    assert "address" not in r.json and "contract_end" not in r.json
    for url in (f"/api/v1/hr/colleagues/{b['id']}", "/api/v1/hr/colleagues/999999",
                "/api/v1/hr/colleagues?location_code=ST-B", f"{ADMIN}/employees/{b['id']}",
                f"{ADMIN}/employees/{a['id']}", f"{ADMIN}/employees"):
        _, r = await client.get(url, headers=clerk)
        assert r.status == 403 and r.json["error"]["code"] == "forbidden", url
        assert "员工乙" not in r.text and "13800000002" not in r.text
    _, r = await client.get("/api/v1/hr/colleagues", headers=clerk)
    assert [e["name"] for e in r.json["items"]] == ["员工甲"]

    _, r = await client.get(f"{ADMIN}/employees/{b['id']}", headers=auth(people["mgr_a"]))
    assert r.status == 403 and "员工乙" not in r.text  # a manager: their own store only
    _, r = await client.patch(f"{ADMIN}/employees/{b['id']}", headers=auth(people["mgr_a"]), json={"name": "改名"})
    assert r.status == 403 and (await Employee.get(id=b["id"])).name == "员工乙"
    _, r = await client.get(f"{ADMIN}/employees", headers=auth(people["mgr_a"]))
    assert [e["name"] for e in r.json["items"]] == ["员工甲"]
    _, r = await client.get(f"{ADMIN}/employees", headers=auth(people["hq"]))
    assert sorted(e["name"] for e in r.json["items"]) == ["员工乙", "员工甲"]  # HQ: every store


async def test_transfer_moves_history_and_the_accounts_store_scope(client: Any, people: dict[str, Any]) -> None:
    emp = await _make(client, people, "mgr_a", "ST-A", "员工丙", "13800000003", username="clerk_a")
    _, r = await client.post(f"{ADMIN}/employees/{emp['id']}/transfers", headers=auth(people["mgr_a"]),
                             json={"to_location_code": "ST-B", "effective_on": "2026-06-01"})
    assert r.status == 403  # transfers are HQ's
    _, r = await client.post(f"{ADMIN}/employees/{emp['id']}/transfers", headers=auth(people["hq"]),
                             json={"to_location_code": "ST-B", "effective_on": "2026-06-01", "reason": "新店支援"})
    assert r.status == 201, r.text
    assert r.json["location_code"] == "ST-B" and len(r.json["transfers"]) == 1
    assert [(p["location_code"], p["starts_on"], p["ends_on"]) for p in r.json["positions"]] == [
        ("ST-A", "2026-03-01", "2026-05-31"), ("ST-B", "2026-06-01", None)]
    assert await UserLocation.filter(user_id=people["clerk_a"].id).values_list("location_id", flat=True) == [
        people["b"].id]
    assert await AuditLog.filter(action="hr.employee.transfer").count() == 1
    assert await AuditLog.filter(action="user.scopes").count() == 1
    _, r = await client.post(f"{ADMIN}/employees/{emp['id']}/positions", headers=auth(people["mgr_b"]),
                             json={"position": "副店长", "starts_on": "2026-09-01", "reason": "晋升"})
    assert r.status == 201 and r.json["position"] == "副店长", r.text
    assert await PositionRecord.filter(employee_id=emp["id"]).count() == 3
    _, r = await client.patch(f"{ADMIN}/employees/{emp['id']}", headers=auth(people["mgr_b"]),
                              json={"status": "left", "left_on": "2026-10-31"})
    assert r.status == 200 and r.json["status"] == "left" and r.json["positions"][-1]["ends_on"] == "2026-10-31"
    assert (await User.get(id=people["clerk_a"].id)).is_active is False  # leaving ends the staff account
    assert await AuditLog.filter(action="user.update", entity_id=str(people["clerk_a"].id)).count() == 1
    _, r = await client.post("/api/v1/auth/login", json={"username": "clerk_a", "password": "cradle123"})
    assert r.status in (401, 403)


async def test_a_store_manager_cannot_offboard_another_managers_account(client: Any, people: dict[str, Any]) -> None:
    emp = await _make(client, people, "hq", "ST-A", "店长甲", "13800000004", username="mgr_a")
    _, r = await client.patch(f"{ADMIN}/employees/{emp['id']}", headers=auth(people["mgr_a"]),
                              json={"status": "left"})
    assert r.status == 403  # a manager's account (their own included) is HQ's to end
    await User.create(username="mgr_a2", display_name="副店长", password_hash="x", role="store_manager")
    mgr2 = await User.get(username="mgr_a2")
    await UserLocation.create(user_id=mgr2.id, location_id=people["a"].id)
    other = await _make(client, people, "hq", "ST-A", "店长乙", "13800000005", username="mgr_a2")
    _, r = await client.patch(f"{ADMIN}/employees/{other['id']}", headers=auth(people["mgr_a"]),
                              json={"status": "left"})
    assert r.status == 403 and (await Employee.get(id=other["id"])).status == "active"
    assert (await User.get(id=mgr2.id)).is_active is True
    _, r = await client.patch(f"{ADMIN}/employees/{other['id']}", headers=auth(people["hq"]),
                              json={"status": "left"})
    assert r.status == 200 and (await User.get(id=mgr2.id)).is_active is False
