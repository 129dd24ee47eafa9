"""Contract scenarios of pages/privacy (个人信息与隐私; see test_miniprogram.py for how recordings work): the member's
data summary from the export, the deletion check, and the deletion itself; and a member whose stored value blocks
it. The page's jest tests (miniprogram/tests/privacy.test.js) answer from these recordings only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.members import balance
from backend.members.models import Child, Member
from backend.timestamps import business_today
from tests.contract.recorder import Recorder
from tests.contract.test_miniprogram import CONSIGNEE, _shop_sku, member_tokens


async def _member_with_data(rec: Recorder, who: str) -> dict[str, Any]:
    """A WeChat member with a phone, a child and a cancelled order (set-up through the API, not recorded)."""
    member = await member_tokens(rec, who)
    await rec.post("/api/v1/members/me/phone", {"code": "phone:13800001234"}, auth="member", record=False,
                   expect=200)
    born = (business_today() - dt.timedelta(days=300)).isoformat()  # relative: the recording is the same every day
    await rec.post("/api/v1/members/me/children", {"name": "小豆", "gender": "boy", "birth_date": born},
                   auth="member", record=False, expect=201)
    sku = await _shop_sku()
    order = (await rec.post("/api/v1/orders", {"channel": "miniprogram", "items": [{"sku_code": sku.code, "qty": 1}],
                                               "pickup": False, "address": CONSIGNEE},
                            auth="member", record=False, expect=201))["order"]
    await rec.post(f"/api/v1/orders/{order['id']}/cancel", {}, auth="member", record=False, expect=200)
    return member


async def test_privacy_export_and_delete(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("privacy", "pages/privacy (个人信息与隐私): my data from the export, the deletion check, the "
                              "deletion, and the old token refused afterwards")
    member = await _member_with_data(rec, "privacy")
    exported = await rec.get("/api/v1/members/me/export", auth="member", expect=200)
    assert exported["profile"]["phone"] == "13800001234" and [c["name"] for c in exported["children"]] == ["小豆"]
    assert len(exported["orders"]) == 1 and exported["orders"][0]["receiver_phone"]
    check = await rec.get("/api/v1/members/me/deletion", auth="member", expect=200)
    assert check["can_delete"] is True and check["orders_kept"] == 1
    deleted = await rec.post("/api/v1/members/me/deletion", {"confirm": True}, auth="member", expect=200)
    assert deleted["deleted"] is True
    after = await rec.get("/api/v1/members/me", auth="member", expect=401)
    assert after["error"]["code"] == "member_deleted"
    m = await Member.get(id=member["id"])
    assert m.deleted_at is not None and m.phone is None and m.openid is None
    assert await Child.filter(member_id=m.id).count() == 0
    rec.check()


async def test_privacy_deletion_blocked(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("privacy_blocked", "pages/privacy: stored value left, so the deletion check says why (in "
                                      "Chinese) and the page offers no deletion; a deletion sent anyway is refused")
    member = await member_tokens(rec, "privacy-blocked")
    async with in_transaction() as conn:
        await balance.top_up(member["id"], 5000, "cash", conn, ref="contract-privacy-topup")
    await rec.get("/api/v1/members/me/export", auth="member", expect=200)
    check = await rec.get("/api/v1/members/me/deletion", auth="member", expect=200)
    assert check["can_delete"] is False and check["blockers"][0]["code"] == "stored_value_remaining"
    refused = await rec.post("/api/v1/members/me/deletion", {"confirm": True}, auth="member", expect=409)
    assert refused["error"]["code"] == "stored_value_remaining"
    assert (await Member.get(id=member["id"])).deleted_at is None
    rec.check()
