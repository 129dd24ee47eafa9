"""A member as head office and store managers see it in the console: the points and stored-value ledgers (paged,
newest first, each with the balance it sums to), coupons, children (baby profiles) with their coming care
milestones, and the care reminders sent. Read-only; the phone number never appears here (admin_api.members
masks it in the member's own row)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.errors import NotFound
from backend.members import balance, children, coupons, points
from backend.members.models import (
    POINTS_KIND_ZH,
    BalanceEntry,
    CareReminderDelivery,
    Child,
    DeliveryStatus,
    Member,
    PointsEntry,
    PointsKind,
)
from backend.timestamps import iso

DELIVERY_STATUS_ZH = {
    DeliveryStatus.PENDING: "待发送",
    DeliveryStatus.SENDING: "发送中",
    DeliveryStatus.SENT: "已发送",
    DeliveryStatus.FAILED: "发送失败",
    DeliveryStatus.SKIPPED: "未发送（未订阅）",
}
UPCOMING_DAYS = 60


async def member_or_404(member_id: int) -> Member:
    member = await Member.get_or_none(id=member_id)
    if member is None:
        raise NotFound("会员不存在")
    return member


def _page(items: list[dict[str, Any]], total: int, page: int, page_size: int, **extra: Any) -> dict[str, Any]:
    return {"items": items, "total": total, "page": page, "page_size": page_size, **extra}


async def points_ledger(member_id: int, page: int, page_size: int) -> dict[str, Any]:
    member = await member_or_404(member_id)
    qs = PointsEntry.filter(member_id=member.id)
    total = await qs.count()
    rows = await qs.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    items = [{**points.entry_json(e), "kind_name": POINTS_KIND_ZH[PointsKind(e.kind)]} for e in rows]
    return _page(items, total, page, page_size, balance=member.points,
                 expiring=await points.expiring_soon(member.id))


async def balance_ledger(member_id: int, page: int, page_size: int) -> dict[str, Any]:
    member = await member_or_404(member_id)
    qs = BalanceEntry.filter(member_id=member.id)
    total = await qs.count()
    rows = await qs.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return _page([balance.entry_json(e) for e in rows], total, page, page_size, balance_fen=member.balance_fen)


async def member_coupons(member_id: int, status: str | None) -> dict[str, Any]:
    member = await member_or_404(member_id)
    return {"items": await coupons.member_coupons(member.id, status)}


async def children_and_reminders(member_id: int, on: dt.date) -> dict[str, Any]:
    """The member's children, their milestones within UPCOMING_DAYS, and the care reminders planned or sent."""
    member = await member_or_404(member_id)
    names = dict(await Child.filter(member_id=member.id).values_list("id", "name"))
    sent = await CareReminderDelivery.filter(member_id=member.id).order_by("-due_on", "-id").limit(100)
    return {
        "items": await children.list_children(member, on),
        "upcoming": await children.upcoming_reminders(member, on, within_days=UPCOMING_DAYS),
        "reminders": [
            {"id": r.id, "child_id": r.child_id, "child_name": names.get(r.child_id, ""), "kind": r.kind,
             "due_on": r.due_on.isoformat(), "status": DeliveryStatus(r.status).value,
             "status_name": DELIVERY_STATUS_ZH[DeliveryStatus(r.status)], "attempts": r.attempts,
             "last_error": r.last_error, "sent_at": iso(r.sent_at)}
            for r in sent
        ],
    }
