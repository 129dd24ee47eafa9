"""A recycled phone number: verifying it in WeChat must not hand over a member with stored value or points.
The claim waits for the holder's own WeChat account, or for staff at a store; nothing merges before."""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.fieldcrypt import phone_hash, seal
from backend.members import balance, points
from backend.members.models import BalanceEntry, BalanceKind, Member, PhoneClaim, PointsEntry, PointsKind
from backend.members.tests.helpers import bearer, wechat_login
from backend.org.models import Role
from backend.settings import Settings
from tests.factories import auth, make_location, make_user

PHONE = "13800138000"


async def _old_member(tokens: dict[str, Any] | None) -> Member:
    """The old owner of the number: 300 points and ¥50 stored value, on WeChat when logged in (tokens)."""
    if tokens:
        member = await Member.get(id=tokens["member"]["id"])
        await Member.filter(id=member.id).update(phone=seal(PHONE), phone_hash=phone_hash(PHONE))
    else:
        member = await Member.create(member_code="M000000000009", nickname="老会员", phone=seal(PHONE),
                                     phone_hash=phone_hash(PHONE))
    async with in_transaction() as conn:
        await points.credit(member.id, 300, PointsKind.ADJUST, conn, ref="opening")
        await balance.change(member.id, 5000, BalanceKind.ADJUST, conn, ref="opening")
    return await Member.get(id=member.id)


async def test_new_wechat_user_with_recycled_number_gets_no_balance(client: Any, wechat_settings: Settings) -> None:
    old_tokens = await wechat_login(client, "openid:old,nonce:1")
    old = await _old_member(old_tokens)
    assert old.id == old_tokens["member"]["id"]
    newcomer = await wechat_login(client, "openid:new,nonce:1")
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=bearer(newcomer))
    assert resp.status == 200, resp.text
    body = resp.json
    # Not merged: the newcomer keeps a fresh account with nothing of the old member's.
    assert body["merged"] is False and "access_token" not in body
    assert body["member"]["id"] == newcomer["member"]["id"]
    assert body["member"]["points"] == 0 and body["member"]["balance_fen"] == 0
    assert body["phone_claim"]["status"] == "pending" and "门店" in body["phone_claim"]["message"]
    old = await Member.get(id=old.id)
    assert (old.points, old.balance_fen, old.openid, old.merged_into_id) == (300, 5000, "old", None)
    # A second try answers the same claim, still nothing moved.
    _, again = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=bearer(newcomer))
    assert again.json["phone_claim"]["id"] == body["phone_claim"]["id"]
    assert await PhoneClaim.all().count() == 1
    # Logging in again with the new openid still lands in the fresh account.
    later = await wechat_login(client, "openid:new,nonce:2")
    assert later["member"]["id"] == newcomer["member"]["id"] and later["member"]["balance_fen"] == 0

    # The old owner sees the claim and refuses it (the number was recycled): nothing merges.
    _, mine = await client.get("/api/v1/members/me/phone-claims", headers=bearer(old_tokens))
    (claim,) = mine.json["items"]
    assert claim["side"] == "holder" and claim["status"] == "pending"
    _, stranger = await client.post(f"/api/v1/members/me/phone-claims/{claim['id']}/confirm",
                                    headers=bearer(newcomer))  # the claimant cannot confirm its own claim
    assert stranger.status == 404
    _, refused = await client.post(f"/api/v1/members/me/phone-claims/{claim['id']}/refuse",
                                   headers=bearer(old_tokens))
    assert refused.status == 200 and refused.json["phone_claim"]["status"] == "refused"
    assert (await Member.get(id=old.id)).balance_fen == 5000
    assert await Member.filter(merged_into_id__not_isnull=True).count() == 0


async def test_holder_confirms_from_old_wechat_account_merges(client: Any, wechat_settings: Settings) -> None:
    old_tokens = await wechat_login(client, "openid:old2,nonce:1")
    old = await _old_member(old_tokens)
    newcomer = await wechat_login(client, "openid:new2,nonce:1")
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=bearer(newcomer))
    claim_id = resp.json["phone_claim"]["id"]
    _, done = await client.post(f"/api/v1/members/me/phone-claims/{claim_id}/confirm", headers=bearer(old_tokens))
    assert done.status == 200, done.text
    assert done.json["member"]["id"] == old.id and done.json["member"]["points"] == 300
    assert done.json["member"]["balance_fen"] == 5000
    shell = await Member.get(id=newcomer["member"]["id"])
    assert shell.merged_into_id == old.id and shell.openid is None
    later = await wechat_login(client, "openid:new2,nonce:2")  # the new WeChat account now opens the old member
    assert later["member"]["id"] == old.id
    _, twice = await client.post(f"/api/v1/members/me/phone-claims/{claim_id}/confirm", headers=bearer(old_tokens))
    assert twice.status == 409
    assert await AuditLog.filter(action="member.phone_claim_confirmed").count() == 1


async def test_staff_verify_at_own_store_merges_with_ledgers(client: Any, wechat_settings: Settings) -> None:
    old = await _old_member(None)  # a counter member never on WeChat
    newcomer = await wechat_login(client, "openid:new3,nonce:1")
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=bearer(newcomer))
    claim_id = resp.json["phone_claim"]["id"]
    s1, s2 = await make_location("ST-1"), await make_location("ST-2")
    clerk = await make_user(Role.CLERK, "clerk_1", [s1])
    _, listed = await client.get(f"/api/v1/pos/phone-claims?q={PHONE}", headers=auth(clerk))
    assert listed.status == 200 and [c["id"] for c in listed.json["items"]] == [claim_id]
    url = f"/api/v1/pos/phone-claims/{claim_id}/verify"
    _, other = await client.post(url, json={"location_code": "ST-2"}, headers=auth(clerk))  # not their store
    assert other.status == 403 and s2.id
    _, shopper = await client.post(url, json={"location_code": "ST-1"}, headers=bearer(newcomer))
    assert shopper.status == 403
    assert await Member.filter(merged_into_id__not_isnull=True).count() == 0
    _, done = await client.post(url, json={"location_code": "ST-1"}, headers=auth(clerk))
    assert done.status == 200, done.text
    assert done.json["member"]["id"] == old.id and done.json["member"]["balance_fen"] == 5000
    # The newcomer's (empty) account moved in through both ledgers' merge entries; the openid too.
    assert (await Member.get(id=old.id)).openid == "new3"
    assert await PointsEntry.filter(member_id=old.id).count() == 1  # newcomer had no points to move
    assert await BalanceEntry.filter(member_id=old.id).count() == 1
    log = await AuditLog.get(action="member.phone_claim_verified")
    assert log.username == "clerk_1" and log.after["location_id"] == s1.id


async def test_holder_without_balance_or_points_merges_at_once(client: Any, wechat_settings: Settings) -> None:
    old = await Member.create(member_code="M000000000010", phone=seal(PHONE), phone_hash=phone_hash(PHONE))
    newcomer = await wechat_login(client, "openid:new4,nonce:1")
    _, resp = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=bearer(newcomer))
    assert resp.json["merged"] is True and resp.json["member"]["id"] == old.id and resp.json["phone_claim"] is None
    assert not await PhoneClaim.exists()
