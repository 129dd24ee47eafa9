"""Training sessions record attendance and results against the course's pass score, within the manager's store;
a performance review keeps the month's sales and commission of the employee's staff account (the POS sales they
made, net of refunds, at their rate) as staff.performance computes them; one review per employee and month.
Two HQ users hiring the same candidate at once make one account."""

from __future__ import annotations

import asyncio
from typing import Any

from backend.audit.models import AuditLog
from backend.hr.models import Employee, TrainingRecord
from backend.hr.tests.helpers import ADMIN, to_accepted_offer
from backend.orders.models import Order
from backend.orders.tests.helpers import place
from backend.org.models import User
from backend.staff.attendance import local_now
from backend.staff.models import StaffProfile
from tests.factories import auth, make_sku, stock_in


async def _employee(client: Any, people: dict[str, Any], who: str, store: str, name: str,
                    username: str | None = None) -> int:
    _, r = await client.post(f"{ADMIN}/employees", headers=auth(people[who]), json={
        "name": name, "location_code": store, "position": "店员", "hired_on": "2026-01-05",
        **({"username": username} if username else {})})
    assert r.status == 201, r.text
    return int(r.json["id"])


async def test_training_attendance_and_results(client: Any, people: dict[str, Any]) -> None:
    a1 = await _employee(client, people, "mgr_a", "ST-A", "员工一")
    a2 = await _employee(client, people, "mgr_a", "ST-A", "员工二")
    b1 = await _employee(client, people, "mgr_b", "ST-B", "员工三")
    course = {"code": "FORMULA-101", "title": "配方奶粉冲调", "duration_minutes": 90, "pass_score": 80}
    _, r = await client.post(f"{ADMIN}/courses", headers=auth(people["mgr_a"]), json=course)
    assert r.status == 403  # the catalogue is HQ's
    _, r = await client.post(f"{ADMIN}/courses", headers=auth(people["hq"]), json=course)
    assert r.status == 201, r.text
    _, r = await client.post(f"{ADMIN}/training/sessions", headers=auth(people["mgr_a"]), json={
        "course_code": "FORMULA-101", "location_code": "ST-A", "starts_at": "2026-12-15T14:00:00+08:00",
        "ends_at": "2026-12-15T15:30:00+08:00", "trainer": "王老师", "capacity": 2})
    assert r.status == 201, r.text
    sid = r.json["id"]
    sheet = f"{ADMIN}/training/sessions/{sid}/records"
    _, r = await client.post(sheet, headers=auth(people["mgr_a"]), json={"items": [{"employee_id": b1}]})
    assert r.status == 403 and await TrainingRecord.all().count() == 0  # another store's employee
    _, r = await client.post(sheet, headers=auth(people["mgr_a"]), json={"items": [
        {"employee_id": a1, "attended": True, "score": 92}, {"employee_id": a2, "attended": True, "score": 70}]})
    assert r.status == 200, r.text
    assert [(x["name"], x["score"], x["passed"]) for x in r.json["records"]] == [("员工一", 92, True),
                                                                                  ("员工二", 70, False)]
    _, r = await client.post(sheet, headers=auth(people["hq"]), json={"items": [{"employee_id": b1}]})
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"  # capacity 2
    _, r = await client.post(sheet, headers=auth(people["mgr_a"]), json={"items": [
        {"employee_id": a2, "attended": False, "score": 90}]})
    assert r.status == 400  # no score without attendance
    _, r = await client.get(f"{ADMIN}/training/sessions/{sid}", headers=auth(people["mgr_b"]))
    assert r.status == 403
    _, r = await client.get(f"{ADMIN}/employees/{a1}", headers=auth(people["mgr_a"]))
    assert [(t["course_code"], t["passed"]) for t in r.json["training"]] == [("FORMULA-101", True)]
    assert await AuditLog.filter(action="hr.training.record").count() == 1


async def test_review_keeps_the_months_sales_and_commission(client: Any, people: dict[str, Any]) -> None:
    sku = await make_sku("A1", price_fen=5000)
    await stock_in(sku, people["a"], 20)
    await StaffProfile.create(user_id=people["clerk_a"].id, commission_rate_bp=300)
    for qty in (2, 1):
        r = await place(client, auth(people["clerk_a"]), [("A1", qty)], channel="pos",
                        payments=[{"method": "cash", "amount_fen": 5000 * qty}])
        assert r.status == 201, r.text
    await Order.all().update(status="paid")
    emp = await _employee(client, people, "mgr_a", "ST-A", "店员甲", username="clerk_a")
    month = local_now().strftime("%Y-%m")
    _, r = await client.get(f"{ADMIN}/employees/{emp}/performance?month={month}", headers=auth(people["mgr_a"]))
    assert r.status == 200, r.text
    assert r.json["figures"] == {"orders": 2, "sales_fen": 15000, "commission_fen": 450, "rate_bp": 300}
    assert r.json["review"] is None
    review = {"employee_id": emp, "period": month, "score": 4, "comments": "销售达标"}
    _, r = await client.post(f"{ADMIN}/reviews", headers=auth(people["mgr_b"]), json=review)
    assert r.status == 403
    _, r = await client.post(f"{ADMIN}/reviews", headers=auth(people["mgr_a"]), json=review)
    assert r.status == 201, r.text
    assert (r.json["orders"], r.json["sales_fen"], r.json["commission_fen"], r.json["score"]) == (2, 15000, 450, 4)
    _, r = await client.post(f"{ADMIN}/reviews", headers=auth(people["hq"]), json=review)
    assert r.status == 409  # one review per employee and month
    _, r = await client.get(f"{ADMIN}/reviews?period={month}", headers=auth(people["mgr_b"]))
    assert r.json["total"] == 0
    _, r = await client.get(f"{ADMIN}/reviews?period={month}", headers=auth(people["mgr_a"]))
    assert [x["sales_fen"] for x in r.json["items"]] == [15000]


async def test_two_concurrent_hires_make_one_account(client: Any, people: dict[str, Any]) -> None:
    cand_id = await to_accepted_offer(client, people)
    body = {"username": "newbie", "password": "welcome-2026"}
    answers = await asyncio.gather(*(client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["hq"]),
                                                 json={**body, "username": f"newbie{i}"}) for i in range(2)))
    assert sorted(r.status for _, r in answers) == [201, 409]
    assert await User.filter(username__startswith="newbie").count() == 1 and await Employee.all().count() == 1
