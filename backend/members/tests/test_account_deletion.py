"""PIPL: a member deletes their account from the mini-program. The member is anonymised (phone, WeChat identity,
children, consents, addresses on orders) while orders, payments, both member ledgers and the books stay whole;
the old WeChat account can no longer reach the member and a new login makes a new one; stored value left or an
order in progress refuses it in Chinese; audited; a repeat changes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.finance.models import JournalLine
from backend.members import balance, coupons, erasure, points
from backend.members.models import (
    Child,
    Coupon,
    CouponKind,
    CouponStatus,
    Member,
    PointsEntry,
    PointsKind,
    SubscribeConsent,
)
from backend.members.tests.helpers import bearer, wechat_login
from backend.orders.models import Order, OrderItem, OrderPayment
from backend.orders.tests.helpers import check_invariants
from backend.org.models import Role
from backend.settings import Settings
from tests.factories import auth, make_location, make_sku, make_user, stock_in

PHONE = "13912345678"
DELIVERY = "15800158000"
ADDRESS = {"name": "王女士", "phone": DELIVERY, "province": "上海市", "city": "上海市", "district": "徐汇区",
           "detail": "漕溪北路1号"}


async def _shop() -> None:
    store = await make_location("S001")
    await stock_in(await make_sku("MILK1", price_fen=20000), store, 10)


async def _completed_order(client: Any, member_h: dict[str, str], admin_h: dict[str, str]) -> dict[str, Any]:
    _, placed = await client.post("/api/v1/orders", headers=member_h, json={
        "channel": "miniprogram", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 2}],
        "address": ADDRESS})
    assert placed.status == 201, placed.text
    order = placed.json["order"]
    _, paid = await client.post(f"/api/v1/orders/{order['id']}/pay", headers=admin_h, json={
        "method": "wechat", "amount_fen": order["total_fen"], "external_ref": f"wx-{order['id']}"})
    assert paid.status == 201, paid.text
    for step in ("ship", "deliver", "complete"):
        _, resp = await client.post(f"/api/v1/orders/{order['id']}/{step}", headers=admin_h, json={})
        assert resp.status in (200, 201), (step, resp.text)
    return order


async def _books() -> dict[str, Any]:
    """What finance sees: every order's money, every payment, the journal's lines and per-account sums."""
    conn = Tortoise.get_connection("default")
    sums = await conn.execute_query_dict(
        "SELECT account_id, SUM(debit_fen) AS d, SUM(credit_fen) AS c FROM journal_lines GROUP BY account_id "
        "ORDER BY account_id")
    return {
        "orders": await Order.all().order_by("id").values_list(
            "id", "member_id", "status", "subtotal_fen", "discount_fen", "total_fen", "paid_fen", "refunded_fen"),
        "items": await OrderItem.all().order_by("id").values_list("order_id", "qty", "line_total_fen"),
        "payments": await OrderPayment.all().order_by("id").values_list("order_id", "method", "amount_fen"),
        "journal_lines": await JournalLine.all().count(),
        "accounts": [(int(r["account_id"]), int(r["d"]), int(r["c"])) for r in sums],
    }


async def test_deletion_anonymises_keeps_the_books_and_the_old_wechat_makes_a_new_member(
        client: Any, wechat_settings: Settings) -> None:
    await _shop()
    admin_h = auth(await make_user(Role.HQ_ADMIN))
    tokens = await wechat_login(client, "openid:pipl-delete,nonce:1")
    h = bearer(tokens)
    member_id = tokens["member"]["id"]
    _, bound = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=h)
    assert bound.status == 200, bound.text
    _, kid = await client.post("/api/v1/members/me/children", headers=h,
                               json={"name": "小豆", "gender": "boy", "birth_date": "2025-06-01"})
    assert kid.status == 201, kid.text
    await SubscribeConsent.create(member_id=member_id, template_id="TPL-CARE", status="accept", credits=1,
                                  accepted_count=1)
    template = await coupons.create_template(coupons.TemplateIn(
        name="满50减20", kind=CouponKind.AMOUNT, amount_fen=2000, threshold_fen=5000, valid_days=30))
    await coupons.issue(template.id, member_id)
    async with in_transaction() as conn:
        await points.credit(member_id, 150, PointsKind.ADJUST, conn, ref="welcome")
    order = await _completed_order(client, h, admin_h)

    # the export before: the member's own data, the phone and the delivery address included
    _, exported = await client.get("/api/v1/members/me/export", headers=h)
    assert exported.status == 200
    assert exported.json["profile"]["phone"] == PHONE and exported.json["children"][0]["name"] == "小豆"
    assert exported.json["orders"][0]["receiver_phone"] == DELIVERY

    # an order in progress refuses deletion, says why, and changes nothing
    _, pending = await client.post("/api/v1/orders", headers=h, json={
        "channel": "miniprogram", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 1}],
        "address": ADDRESS})
    assert pending.status == 201, pending.text
    _, preview = await client.get("/api/v1/members/me/deletion", headers=h)
    assert preview.status == 200 and preview.json["can_delete"] is False
    assert [b["code"] for b in preview.json["blockers"]] == ["open_orders"]
    _, refused = await client.post("/api/v1/members/me/deletion", headers=h, json={"confirm": True})
    assert refused.status == 409 and refused.json["error"]["code"] == "deletion_blocked"
    assert "尚未完成" in refused.json["error"]["message"]
    assert (await Member.get(id=member_id)).deleted_at is None
    _, cancelled = await client.post(f"/api/v1/orders/{pending.json['order']['id']}/cancel", headers=h, json={})
    assert cancelled.status == 200, cancelled.text

    # without the confirmation nothing happens
    _, unconfirmed = await client.post("/api/v1/members/me/deletion", headers=h, json={})
    assert unconfirmed.status == 400 and unconfirmed.json["error"]["code"] == "validation_error"

    _, preview = await client.get("/api/v1/members/me/deletion", headers=h)
    have = (await Member.get(id=member_id)).points
    assert preview.json == {"can_delete": True, "blockers": [], "points_to_forfeit": have, "balance_fen": 0,
                            "orders_kept": 2, "unused_coupons": 1}
    before = await _books()
    await check_invariants()

    _, deleted = await client.post("/api/v1/members/me/deletion", headers=h, json={"confirm": True})
    assert deleted.status == 200, deleted.text
    assert deleted.json["deleted"] is True and deleted.json["already_deleted"] is False
    assert deleted.json["points_forfeited"] == have and deleted.json["orders_kept"] == 2

    # the books: every order, line, payment and journal line as it was; the ledger still balances
    assert await _books() == before
    await check_invariants()
    # the member ledgers still sum to the member's columns
    m = await Member.get(id=member_id)
    assert m.points == 0 == sum(await PointsEntry.filter(member_id=member_id).values_list("delta", flat=True))
    assert (await PointsEntry.filter(member_id=member_id).order_by("-id").first()).kind == PointsKind.FORFEIT

    # anonymised: nothing that identifies the person is left on the member or around it
    assert (m.nickname, m.phone, m.phone_hash, m.openid, m.unionid, m.avatar_url) == ("已注销会员", None, None, None,
                                                                                     None, "")
    assert m.member_code == erasure.deleted_code(member_id) and m.deleted_at is not None
    assert await Child.filter(member_id=member_id).count() == 0
    assert await SubscribeConsent.filter(member_id=member_id).count() == 0
    assert await Coupon.filter(member_id=member_id, status=CouponStatus.UNUSED).count() == 0
    kept = await Order.get(id=order["id"])
    assert (kept.member_id, kept.receiver_name, kept.receiver_phone, kept.receiver_address) == (member_id, "", "", "")
    assert kept.total_fen == order["total_fen"]

    # audited, with counts and no personal data
    row = await AuditLog.get(action="member.delete", entity_id=str(member_id))
    assert row.via == "miniprogram" and row.after["points_forfeited"] == have
    assert row.after["children_deleted"] == 1 and row.after["orders_anonymised"] == 2
    assert PHONE not in str(row.before) + str(row.after) and DELIVERY not in str(row.after)

    # the old tokens mean nobody now; so does the refresh token
    _, me = await client.get("/api/v1/members/me", headers=h)
    assert me.status == 401 and me.json["error"]["code"] == "member_deleted"
    _, refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status == 401
    # the counter no longer finds the member by the phone
    clerk_h = auth(await make_user(Role.STORE_MANAGER, locations=[await _store()]))
    _, found = await client.get(f"/api/v1/pos/members?q={PHONE}", headers=clerk_h)
    assert found.status == 200 and found.json["items"] == []

    # idempotent: deleting again changes nothing and answers the same
    again = await erasure.delete_member(m)
    assert again["already_deleted"] is True and again["points_forfeited"] == have
    assert await AuditLog.filter(action="member.delete").count() == 1
    assert await _books() == before

    # the same WeChat account logs in again: a new, empty member; the phone can be bound to it afresh
    fresh = await wechat_login(client, "openid:pipl-delete,nonce:2")
    assert fresh["member"]["id"] != member_id and fresh["member"]["points"] == 0
    fh = bearer(fresh)
    _, rebound = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{PHONE}"}, headers=fh)
    assert rebound.status == 200 and rebound.json["merged"] is False
    _, mine = await client.get("/api/v1/members/me/export", headers=fh)
    assert mine.json["orders"] == [] and mine.json["children"] == [] and mine.json["points_ledger"] == []


async def _store() -> Any:
    from backend.org.models import Location

    return await Location.get(code="S001")


async def test_stored_value_left_refuses_deletion_in_chinese(client: Any, wechat_settings: Settings) -> None:
    tokens = await wechat_login(client, "openid:pipl-balance,nonce:1")
    member_id = tokens["member"]["id"]
    async with in_transaction() as conn:
        await balance.top_up(member_id, 5000, "cash", conn, ref="top-1")
    lines = await JournalLine.all().count()
    _, resp = await client.post("/api/v1/members/me/deletion", headers=bearer(tokens), json={"confirm": True})
    assert resp.status == 409, resp.text
    err = resp.json["error"]
    assert err["code"] == "stored_value_remaining"
    assert err["message"] == "您的储值余额还有 ¥50.00，请先到门店办理储值退款或用完余额后再注销"
    m = await Member.get(id=member_id)
    assert m.deleted_at is None and m.openid is not None and m.balance_fen == 5000
    assert await AuditLog.filter(action="member.delete").count() == 0
    assert await JournalLine.all().count() == lines
    _, me = await client.get("/api/v1/members/me", headers=bearer(tokens))
    assert me.status == 200


async def test_deletion_needs_a_shopper(client: Any, db: None) -> None:
    _, resp = await client.post("/api/v1/members/me/deletion", json={"confirm": True})
    assert resp.status == 401
    admin_h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.post("/api/v1/members/me/deletion", headers=admin_h, json={"confirm": True})
    assert resp.status == 403


async def test_children_and_reminders_of_a_deleted_member_are_gone(db: None) -> None:
    m = await Member.create(member_code="M000000000001", nickname="李女士", openid="o-1")
    await Child.create(member=m, name="二宝", birthday=dt.date(2024, 1, 1))
    old = await Member.create(member_code="M000000000002", nickname="李女士旧卡", phone="sealed", merged_into=m)
    result = await erasure.delete_member(m)
    assert result["deleted"] is True
    old = await Member.get(id=old.id)
    assert (old.nickname, old.phone, old.deleted_at is not None) == ("已注销会员", None, True)
    assert await Child.all().count() == 0
