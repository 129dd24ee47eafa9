"""Recruiting end to end over the admin API: a store manager posts a job, adds a candidate, schedules an
interview (the interviewer is told through the WeCom fake), records it passed and makes an offer the candidate
accepts; HQ hires: one employee record AND one staff account with the posting's role and store, which can log
in. A second hire changes nothing; a store manager may not hire."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.hr.models import Candidate, Employee, PositionRecord
from backend.hr.tests.helpers import ADMIN, to_accepted_offer
from backend.messaging import notifications
from backend.org.models import Role, User, UserLocation
from backend.timestamps import business_today
from tests.factories import auth


async def test_hiring_a_candidate_creates_an_employee_and_a_staff_account(
        client: Any, people: dict[str, Any], wecom_state: Any) -> None:
    cand_id = await to_accepted_offer(client, people)
    await notifications.drain()
    await notifications.deliver_due()
    told = [m for m in wecom_state.messages if "面试安排" in m.body["text"]["content"]]
    assert len(told) == 1 and sorted(told[0].users) == ["wx_clerk_a", "wx_mgr_a"]
    assert "李小红" in told[0].body["text"]["content"] and "2026-12-20 10:00" in told[0].body["text"]["content"]

    hire = {"username": "lixh", "password": "welcome-2026", "contract_end": "2029-12-31",
            "address": "上海市徐汇区漕溪北路 1 号", "wecom_userid": "wx_lixh"}
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["mgr_a"]), json=hire)
    assert r.status == 403  # a store manager may not create staff accounts
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["hq"]), json=hire)
    assert r.status == 201, r.text
    assert r.json["user"]["role"] == "clerk" and r.json["user"]["location_codes"] == ["ST-A"]
    assert r.json["employee"]["location_code"] == "ST-A" and r.json["employee"]["position"] == "店员"
    assert r.json["candidate"]["stage"] == "hired"

    user = await User.get(username="lixh")
    emp = await Employee.get(user_id=user.id)
    assert user.role == Role.CLERK and user.wecom_userid == "wx_lixh" and user.display_name == "李小红"
    assert [loc for loc in await UserLocation.filter(user_id=user.id).values_list("location_id", flat=True)] == \
        [people["a"].id]
    assert emp.name == "李小红" and emp.location_id == people["a"].id and emp.contract_end == dt.date(2029, 12, 31)
    assert emp.hired_on == business_today() + dt.timedelta(days=3) == emp.contract_start
    assert (await Candidate.get(id=cand_id)).employee_id == emp.id
    assert await PositionRecord.filter(employee_id=emp.id, ends_on__isnull=True).count() == 1
    actions = set(await AuditLog.all().values_list("action", flat=True))
    assert {"hr.posting.create", "hr.candidate.create", "hr.interview.schedule", "hr.offer.create",
            "hr.offer.decide", "user.create", "hr.employee.create", "hr.candidate.hire"} <= actions

    _, r = await client.post("/api/v1/auth/login", json={"username": "lixh", "password": "welcome-2026"})
    assert r.status == 200 and r.json["access_token"]  # the new account works

    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["hq"]),
                             json={**hire, "username": "lixh2", "wecom_userid": None})
    assert r.status == 409 and r.json["error"]["code"] == "invalid_state"
    assert await User.filter(username__startswith="lixh").count() == 1 and await Employee.all().count() == 1
    # the posting's one place is filled: it closed
    _, r = await client.get(f"{ADMIN}/postings", headers=auth(people["mgr_a"]))
    assert r.json["items"][0]["status"] == "closed" and r.json["items"][0]["candidates"] == {"hired": 1}


async def test_a_failed_hire_leaves_no_account_and_no_record(client: Any, people: dict[str, Any]) -> None:
    cand_id = await to_accepted_offer(client, people)
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["hq"]),
                             json={"username": "lixh", "password": "welcome-2026", "employee_no": "E1",
                                   "contract_start": "2027-01-01", "contract_end": "2026-01-01"})
    assert r.status == 400, r.text  # contract ends before it starts: refused after the account was made
    assert not await User.filter(username="lixh").exists() and await Employee.all().count() == 0
    assert (await Candidate.get(id=cand_id)).stage == "offer"
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/hire", headers=auth(people["hq"]),
                             json={"username": "mgr_a", "password": "welcome-2026"})
    assert r.status == 409 and r.json["error"]["code"] == "conflict"  # the username is taken
    assert await Employee.all().count() == 0


async def test_stage_moves_follow_the_pipeline(client: Any, people: dict[str, Any]) -> None:
    mgr = auth(people["mgr_a"])
    _, r = await client.post(f"{ADMIN}/postings", headers=mgr, json={
        "location_code": "ST-A", "title": "店员", "position": "店员"})
    posting_id = r.json["id"]
    _, r = await client.post(f"{ADMIN}/candidates", headers=mgr, json={
        "posting_id": posting_id, "name": "王五", "phone": "13700001111"})
    cand_id = r.json["id"]
    _, again = await client.post(f"{ADMIN}/candidates", headers=mgr, json={
        "posting_id": posting_id, "name": "王五", "phone": "+86 137-0000-1111"})
    assert again.status == 409  # the same phone applied to this posting already (matched by its blind index)
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/offers", headers=mgr, json={
        "monthly_salary_fen": 500000, "start_on": business_today().isoformat()})
    assert r.status == 409 and r.json["error"]["code"] == "invalid_state"  # no interview yet
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/stage", headers=mgr, json={"stage": "hired"})
    assert r.status == 409
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/stage", headers=mgr, json={"stage": "rejected"})
    assert r.status == 200 and r.json["stage"] == "rejected"
    _, r = await client.post(f"{ADMIN}/postings", headers=auth(people["mgr_b"]), json={
        "location_code": "ST-A", "title": "店员", "position": "店员"})
    assert r.status == 403  # another store's manager
    _, r = await client.get(f"{ADMIN}/candidates/{cand_id}", headers=auth(people["mgr_b"]))
    assert r.status == 403 and "王五" not in r.text
