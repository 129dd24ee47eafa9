"""PIPL: a staff read of a member's phone number unmasked is written to the audit log (who, which member, the
route, why); a masked answer is not a read of the phone and writes nothing."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.fieldcrypt import phone_hash, seal
from backend.members.models import Member
from backend.org.models import Role
from tests.factories import auth, make_location, make_user


async def _member(code: str, phone: str | None) -> Member:
    return await Member.create(member_code=code, nickname=code, phone=seal(phone) if phone else None,
                               phone_hash=phone_hash(phone) if phone else None)


async def test_hq_reads_of_a_phone_are_audited_per_member(client: Any, db: None) -> None:
    alice = await _member("MA1", "13800138000")
    bob = await _member("MB1", "13900139000")
    await _member("MC1", None)  # no phone: nothing to read
    admin = await make_user(Role.HQ_ADMIN, username="hq1")

    _, resp = await client.get(f"/admin/api/v1/members/{alice.id}?reason=售后回访", headers=auth(admin))
    assert resp.status == 200 and resp.json["phone"] == "13800138000" and resp.json["phone_masked"] is False
    rows = await AuditLog.filter(action="member.pii_read")
    assert [(r.username, r.entity_type, r.entity_id, r.via) for r in rows] == [("hq1", "member", str(alice.id),
                                                                               "admin")]
    assert rows[0].after == {"fields": ["phone"], "route": "GET /admin/api/v1/members/<member_id:int>",
                             "reason": "售后回访"}
    assert "13800138000" not in str(rows[0].after)  # the audit row names the member, never the number

    _, listed = await client.get("/admin/api/v1/members/", headers=auth(admin))
    assert listed.status == 200 and len(listed.json["items"]) == 3
    rows = await AuditLog.filter(action="member.pii_read").order_by("id")
    assert sorted(r.entity_id for r in rows[1:]) == sorted([str(alice.id), str(bob.id)])
    assert {r.after["route"] for r in rows[1:]} == {"GET /admin/api/v1/members"}
    assert {r.after["reason"] for r in rows[1:]} == {""}


async def test_masked_answers_are_not_audited(client: Any, db: None) -> None:
    alice = await _member("MA1", "13800138000")
    store = await make_location("S001")
    for user in (await make_user(Role.STORE_MANAGER, locations=[store]), await make_user(Role.FINANCE)):
        _, resp = await client.get(f"/admin/api/v1/members/{alice.id}", headers=auth(user))
        assert resp.status == 200 and resp.json["phone"] == "138****8000" and resp.json["phone_masked"] is True
        _, listed = await client.get("/admin/api/v1/members/", headers=auth(user))
        assert listed.json["items"][0]["phone"] == "138****8000"
    assert await AuditLog.filter(action="member.pii_read").count() == 0


async def test_a_deleted_member_shows_no_phone_and_no_read_is_audited(client: Any, db: None) -> None:
    from backend.members import erasure

    alice = await _member("MA1", "13800138000")
    await erasure.delete_member(alice)
    admin = await make_user(Role.HQ_ADMIN)
    _, resp = await client.get(f"/admin/api/v1/members/{alice.id}", headers=auth(admin))
    assert resp.status == 200
    assert (resp.json["nickname"], resp.json["phone"], resp.json["deleted"]) == ("已注销会员", "", True)
    assert await AuditLog.filter(action="member.pii_read").count() == 0
