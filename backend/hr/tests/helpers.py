"""Shared steps of the HR tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.timestamps import business_today
from tests.factories import auth

ADMIN = "/admin/api/v1/hr"


async def to_accepted_offer(client: Any, people: dict[str, Any]) -> int:
    """A posting at ST-A, a candidate screened, interviewed (passed) and offered; the offer accepted."""
    mgr = auth(people["mgr_a"])
    _, r = await client.post(f"{ADMIN}/postings", headers=mgr, json={
        "location_code": "ST-A", "title": "母婴顾问", "position": "店员", "role": "clerk", "headcount": 1})
    assert r.status == 201, r.text
    posting_id = r.json["id"]
    _, r = await client.post(f"{ADMIN}/candidates", headers=mgr, json={
        "posting_id": posting_id, "name": "李小红", "phone": "13912345678", "source": "门店张贴"})
    assert r.status == 201, r.text
    cand_id = r.json["id"]
    assert r.json["phone"] == "139****5678" and r.json["stage"] == "applied"
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/stage", headers=mgr, json={"stage": "screening"})
    assert r.status == 200 and r.json["stage"] == "screening", r.text
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/interviews", headers=mgr, json={
        "scheduled_at": "2026-12-20T10:00:00+08:00", "place": "徐汇店二楼", "interviewers": ["mgr_a", "clerk_a"]})
    assert r.status == 201, r.text
    interview_id = r.json["id"]
    _, r = await client.patch(f"{ADMIN}/interviews/{interview_id}", headers=mgr,
                              json={"result": "passed", "feedback": "沟通好"})
    assert r.status == 200, r.text
    _, r = await client.post(f"{ADMIN}/candidates/{cand_id}/offers", headers=mgr, json={
        "monthly_salary_fen": 650000, "start_on": (business_today() + dt.timedelta(days=3)).isoformat()})
    assert r.status == 201, r.text
    _, r = await client.post(f"{ADMIN}/offers/{r.json['id']}/decision", headers=mgr, json={"accepted": True})
    assert r.status == 200 and r.json["status"] == "accepted", r.text
    return int(cand_id)
