"""WeChat login: one member per WeChat user, merged with the member who already holds the phone."""

from __future__ import annotations

from typing import Any

from backend.fieldcrypt import phone_hash, seal
from backend.members import accounts
from backend.members.models import Member
from backend.members.tests.helpers import bearer, wechat_login
from backend.settings import Settings


async def test_same_openid_twice_and_new_openid_with_known_phone(client: Any, wechat_settings: Settings) -> None:
    first = await wechat_login(client, "openid:alice,nonce:1")
    again = await wechat_login(client, "openid:alice,nonce:2")
    assert first["member"]["id"] == again["member"]["id"]
    assert await Member.filter(openid="alice").count() == 1
    assert await Member.all().count() == 1

    # A member from the store counter with a phone, no stored value and no points, not yet on WeChat.
    known = await Member.create(member_code="M000000000001", nickname="王女士", phone=seal("13800138000"),
                                phone_hash=phone_hash("13800138000"), points=0)

    fresh = await wechat_login(client, "openid:bob,nonce:1")
    assert fresh["member"]["id"] != known.id
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": "phone:13800138000"},
                                headers=bearer(fresh))
    assert resp.status == 200, resp.text
    body = resp.json
    assert body["merged"] is True and body["member"]["id"] == known.id
    assert body["member"]["phone_masked"] == "138****8000" and body["phone_claim"] is None
    # the new tokens are the surviving member's; the next login of bob lands there too
    _, me = await client.get("/api/v1/members/me", headers=bearer(body))
    assert me.json["id"] == known.id
    later = await wechat_login(client, "openid:bob,nonce:2")
    assert later["member"]["id"] == known.id
    active = await Member.filter(merged_into_id=None).order_by("id").values_list("id", flat=True)
    assert active == [first["member"]["id"], known.id]  # alice and the known member: no duplicate
    assert await Member.filter(phone_hash=phone_hash("13800138000")).count() == 1
    shell = await Member.get(id=fresh["member"]["id"])
    assert shell.merged_into_id == known.id and shell.openid is None
    _, refused = await client.get("/api/v1/members/me", headers=bearer(fresh))
    assert refused.status == 401  # the merged-away account can no longer act


async def test_phone_for_a_new_phone_is_attached_without_merge(client: Any, wechat_settings: Settings) -> None:
    t = await wechat_login(client, "openid:carol,nonce:1")
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": "phone:13900001111"}, headers=bearer(t))
    assert resp.status == 200 and resp.json["merged"] is False
    m = await Member.get(id=t["member"]["id"])
    assert m.phone != "13900001111" and accounts.phone_of(m) == "13900001111"  # sealed at rest


async def test_bad_code_is_refused_in_chinese(client: Any, wechat_settings: Settings) -> None:
    _, resp = await client.post("/api/v1/auth/wechat", json={"code": "bad-code"})
    assert resp.status == 401
    assert resp.json["error"]["code"] == "wechat_code_invalid"
    assert await Member.all().count() == 0


async def test_staff_bind_then_wechat_staff_login(client: Any, wechat_settings: Settings) -> None:
    from backend.audit.models import AuditLog
    from tests.factories import auth, make_location, make_user

    store = await make_location("S001")
    clerk = await make_user("clerk", locations=[store])
    _, nobody = await client.post("/api/v1/auth/wechat/staff", json={"code": "openid:clerk1,nonce:1"})
    assert nobody.status == 404
    _, bound = await client.post("/api/v1/auth/wechat/bind", json={"code": "openid:clerk1,nonce:2"},
                                 headers=auth(clerk))
    assert bound.status == 200 and bound.json == {"bound": True}
    assert await AuditLog.filter(action="staff.wechat_bind").count() == 1
    _, resp = await client.post("/api/v1/auth/wechat/staff", json={"code": "openid:clerk1,nonce:3"})
    assert resp.status == 200
    assert resp.json["staff"]["store_codes"] == ["S001"] and resp.json["staff"]["role"] == "clerk"
    _, me = await client.get("/api/v1/staff/me", headers=bearer(resp.json))
    assert me.json["username"] == clerk.username
