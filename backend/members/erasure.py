"""PIPL: a member deletes their account (注销账号). The member row stays, anonymised, so every order, payment,
refund and both ledgers keep their member and still add up for finance; everything that identifies the person
goes.

What deletion does, in one transaction (the member row locked):
- refused with 409 while the member still holds stored value (`stored_value_remaining`: money the chain owes them
  is paid back at a store first, never silently kept) or has an order, return, refund or exchange in progress
  (`deletion_blocked`); the message says which, in Chinese;
- points left lapse through one FORFEIT ledger entry (the points ledger still sums to the member's points: 0);
- the profile: nickname "已注销会员", no avatar, phone and its blind index, openid and unionid cleared, the member
  code replaced by an opaque "D..." code (an old card no longer finds the member), `deleted_at` set; members
  merged into this one earlier are cleared the same way;
- deleted: children (names, birthdays) and their pending care reminders, subscribe-message consents, tags, older
  card numbers (aliases), unused pay codes, phone-number claims;
- unused coupons are voided (status expired); used ones stay with their orders;
- orders keep every amount, line, payment and refund; their receiver name, phone and address are cleared and the
  shopper's after-sales messages are replaced by a placeholder;
- every login session ends; the old WeChat account logging in again gets a new, empty member;
- one audit row ("member.delete", via miniprogram) with counts only, no personal data.

Idempotent: deleting a deleted member changes nothing and answers the same summary.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict
from backend.members import points
from backend.members.models import (
    CareReminderDelivery,
    Child,
    Coupon,
    CouponStatus,
    DeliveryStatus,
    Member,
    MemberAlias,
    MemberPayCode,
    MemberTag,
    PhoneClaim,
    PointsEntry,
    PointsKind,
    SubscribeConsent,
)
from backend.orders.models import (
    Exchange,
    ExchangeStatus,
    MessageAuthor,
    Order,
    OrderMessage,
    OrderStatus,
    Refund,
    RefundRequest,
    RefundRequestStatus,
    RefundStatus,
    ReturnRequest,
    ReturnStatus,
)
from backend.raw_sql import is_postgres
from backend.security.sessions import revoke_member
from backend.timestamps import iso

DELETED_NICKNAME = "已注销会员"
MESSAGE_PLACEHOLDER = "（会员已注销，消息内容已删除）"
OPEN_ORDER = (OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.REVIEW, OrderStatus.ALLOCATED, OrderStatus.PICKING,
              OrderStatus.SHIPPED)


class StoredValueRemaining(Conflict):
    code = "stored_value_remaining"
    default_message = "储值余额未用完，暂不能注销"


class DeletionBlocked(Conflict):
    code = "deletion_blocked"
    default_message = "有进行中的订单或售后，暂不能注销"


def _yuan(fen: int) -> str:
    return f"¥{fen // 100}.{fen % 100:02d}" if fen >= 0 else "-" + _yuan(-fen)


def deleted_code(member_id: int) -> str:
    """The opaque code a deleted member gets instead of its member code (unique, never printed on a card)."""
    return f"D{member_id:011d}"


async def _blockers(m: Member, conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    """Why the member cannot delete the account now: [{code, message}], empty when it can."""
    out: list[dict[str, Any]] = []
    if m.balance_fen != 0:
        out.append({"code": "stored_value_remaining",
                    "message": f"您的储值余额还有 {_yuan(m.balance_fen)}，请先到门店办理储值退款或用完余额后再注销"})
    order_ids = Order.filter(member_id=m.id).using_db(conn).values_list("id", flat=True)
    ids = [int(i) for i in await order_ids]
    open_orders = await Order.filter(id__in=ids, status__in=list(OPEN_ORDER)).using_db(conn).count() if ids else 0
    if open_orders:
        out.append({"code": "open_orders",
                    "message": f"您有 {open_orders} 笔订单尚未完成（待付款、待发货或配送中），请完成或取消后再注销"})
    if ids:
        aftersales = (
            await ReturnRequest.filter(order_id__in=ids, status__in=[ReturnStatus.REQUESTED, ReturnStatus.APPROVED])
            .using_db(conn).count()
            + await RefundRequest.filter(order_id__in=ids, status=RefundRequestStatus.REQUESTED).using_db(conn).count()
            + await Refund.filter(order_id__in=ids, status=RefundStatus.PENDING).using_db(conn).count()
            + await Exchange.filter(order_id__in=ids, status__in=[ExchangeStatus.REQUESTED, ExchangeStatus.APPROVED])
            .using_db(conn).count())
        if aftersales:
            out.append({"code": "open_aftersales",
                        "message": f"您有 {aftersales} 笔退款、退货或换货正在处理，请处理完成后再注销"})
    return out


async def preview(member: Member) -> dict[str, Any]:
    """What deleting the account now would do, and whether it may (the mini-program shows it before asking)."""
    m = await Member.get(id=member.id)
    blockers = await _blockers(m)
    return {"can_delete": not blockers, "blockers": blockers, "points_to_forfeit": max(m.points, 0),
            "balance_fen": m.balance_fen, "orders_kept": await Order.filter(member_id=m.id).count(),
            "unused_coupons": await Coupon.filter(member_id=m.id, status=CouponStatus.UNUSED).count()}


def _summary(m: Member, forfeited: int, orders: int, already: bool) -> dict[str, Any]:
    return {"deleted": True, "already_deleted": already, "deleted_at": iso(m.deleted_at),
            "points_forfeited": forfeited, "orders_kept": orders}


async def delete_member(member: Member, *, now: datetime | None = None) -> dict[str, Any]:
    """Anonymise the member (see the module docstring). Raises StoredValueRemaining / DeletionBlocked (409) and
    changes nothing when it may not."""
    now = now or datetime.now(UTC)
    async with in_transaction() as conn:
        qs = Member.filter(id=member.id).using_db(conn)
        if is_postgres(conn):
            qs = qs.select_for_update()
        m = await qs.get()
        orders = await Order.filter(member_id=m.id).using_db(conn).count()
        if m.deleted_at is not None:  # a repeat (a retried request, a second device): nothing more to do
            forfeited = await _forfeited(m.id, conn)
            return _summary(m, forfeited, orders, already=True)
        blockers = await _blockers(m, conn)
        if blockers:
            first = blockers[0]
            cls = StoredValueRemaining if first["code"] == "stored_value_remaining" else DeletionBlocked
            raise cls("；".join(b["message"] for b in blockers), details=blockers)
        before = {"member_code": m.member_code, "points": m.points, "balance_fen": m.balance_fen,
                  "had_phone": bool(m.phone), "had_wechat": bool(m.openid or m.unionid)}
        forfeited = 0
        if m.points > 0:
            await points.debit(m.id, m.points, PointsKind.FORFEIT, conn, ref=f"erase:{m.id}")
            forfeited = m.points
        counts = await _erase_related(m, conn)
        anonymous = {"nickname": DELETED_NICKNAME, "avatar_url": "", "phone": None, "phone_hash": None,
                     "openid": None, "unionid": None, "last_login_at": None}
        await Member.filter(id=m.id).using_db(conn).update(
            member_code=deleted_code(m.id), deleted_at=now, **anonymous)
        # accounts merged into this one earlier: the same person's older rows
        for old in await Member.filter(merged_into_id=m.id).using_db(conn):
            await Member.filter(id=old.id).using_db(conn).update(member_code=deleted_code(old.id), deleted_at=now,
                                                                  **anonymous)
            for k, v in (await _erase_related(old, conn, prefix="merged_")).items():
                counts[k] = counts.get(k, 0) + v
        counts["sessions_ended"] = await revoke_member(m.id, "member_deleted", conn)
        await record_audit(None, "member.delete", "member", m.id, before=before,
                           after={"points_forfeited": forfeited, "orders_kept": orders, **counts},
                           via="miniprogram", using_db=conn)
        m = await Member.get(id=m.id).using_db(conn)
    return _summary(m, forfeited, orders, already=False)


async def _forfeited(member_id: int, conn: BaseDBAsyncClient) -> int:
    rows = await PointsEntry.filter(member_id=member_id, kind=PointsKind.FORFEIT).using_db(conn) \
        .values_list("delta", flat=True)
    return -sum(int(d) for d in rows)


async def _erase_related(m: Member, conn: BaseDBAsyncClient, prefix: str = "") -> dict[str, int]:
    """Delete or clear the personal data around the member row; counts of what was touched."""
    children = await Child.filter(member_id=m.id).using_db(conn).delete()
    reminders = await CareReminderDelivery.filter(
        member_id=m.id, status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED]).using_db(conn).delete()
    consents = await SubscribeConsent.filter(member_id=m.id).using_db(conn).delete()
    await MemberTag.filter(member_id=m.id).using_db(conn).delete()
    await MemberAlias.filter(member_id=m.id).using_db(conn).delete()
    await MemberPayCode.filter(member_id=m.id, used_at=None).using_db(conn).delete()
    await PhoneClaim.filter(claimant_id=m.id).using_db(conn).delete()
    await PhoneClaim.filter(holder_id=m.id).using_db(conn).delete()
    coupons = await Coupon.filter(member_id=m.id, status=CouponStatus.UNUSED).using_db(conn).update(
        status=CouponStatus.EXPIRED)
    orders = await Order.filter(member_id=m.id).using_db(conn).update(
        receiver_name="", receiver_phone="", receiver_address="")
    messages = await OrderMessage.filter(member_id=m.id, author_kind=MessageAuthor.SHOPPER).using_db(conn).update(
        body=MESSAGE_PLACEHOLDER)
    return {f"{prefix}children_deleted": children, f"{prefix}reminders_dropped": reminders,
            f"{prefix}consents_deleted": consents, f"{prefix}coupons_voided": coupons,
            f"{prefix}orders_anonymised": orders, f"{prefix}messages_cleared": messages}
