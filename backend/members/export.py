"""PIPL: a member's copy of their own personal data (个人信息副本), in one JSON document.

Everything the chain holds about the member: the profile (the phone unmasked: it is the owner asking), both
ledgers in full, orders with their lines and delivery details, children, subscribe-message consents, coupons and
the member cards merged in from imports. Read only; never another member's rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.fieldcrypt import FieldDecryptError, unseal
from backend.members import balance, children, points
from backend.members.accounts import phone_of
from backend.members.models import (
    BalanceEntry,
    Child,
    Coupon,
    Member,
    MemberAlias,
    PointsEntry,
    SubscribeConsent,
)
from backend.members.rules import level_json
from backend.orders.models import Order, OrderItem
from backend.timestamps import iso

FORMAT_VERSION = 1


def _unsealed(value: str) -> str:
    if not value:
        return ""
    try:
        return unseal(value)
    except FieldDecryptError:
        return ""


def _profile(m: Member) -> dict[str, Any]:
    return {"id": m.id, "member_code": m.member_code, "nickname": m.nickname, "avatar_url": m.avatar_url,
            "phone": phone_of(m) or None, "level": level_json(m.level), "points": m.points,
            "balance_fen": m.balance_fen, "total_spent_fen": m.total_spent_fen, "source": m.source,
            "wechat_bound": bool(m.openid or m.unionid), "created_at": iso(m.created_at),
            "last_login_at": iso(m.last_login_at) if m.last_login_at else None}


def _order(o: Order, lines: list[OrderItem]) -> dict[str, Any]:
    return {"id": o.id, "order_no": o.order_no, "channel": str(o.channel), "status": str(o.status),
            "subtotal_fen": o.subtotal_fen, "discount_fen": o.discount_fen, "shipping_fen": o.shipping_fen,
            "total_fen": o.total_fen, "paid_fen": o.paid_fen, "refunded_fen": o.refunded_fen,
            "payment_method": o.payment_method, "pickup": o.pickup, "receiver_name": o.receiver_name,
            "receiver_phone": _unsealed(o.receiver_phone), "receiver_address": _unsealed(o.receiver_address),
            "note": o.note, "placed_at": iso(o.placed_at), "paid_at": iso(o.paid_at) if o.paid_at else None,
            "items": [{"name": i.sku_name, "qty": i.qty, "unit_price_fen": i.unit_price_fen,
                       "discount_fen": i.discount_fen, "line_total_fen": i.line_total_fen} for i in lines]}


def _coupon(c: Coupon) -> dict[str, Any]:
    return {"code": c.code, "name": c.template.name, "status": str(c.status), "source": c.source,
            "valid_from": iso(c.valid_from), "expires_at": iso(c.expires_at), "order_id": c.order_id,
            "used_at": iso(c.used_at) if c.used_at else None}


async def export(member: Member, on: dt.date) -> dict[str, Any]:
    """The member's whole personal data as of now (fresh from the database, not the token's snapshot)."""
    m = await Member.get(id=member.id)
    orders = await Order.filter(member_id=m.id).order_by("id")
    lines: dict[int, list[OrderItem]] = {}
    for item in await OrderItem.filter(order_id__in=[o.id for o in orders]).order_by("id"):
        lines.setdefault(item.order_id, []).append(item)  # type: ignore[attr-defined]
    return {
        "format_version": FORMAT_VERSION,
        "profile": _profile(m),
        "member_cards": [a.card_no for a in await MemberAlias.filter(member_id=m.id).order_by("id")],
        "points_ledger": [points.entry_json(e) for e in await PointsEntry.filter(member_id=m.id).order_by("id")],
        "balance_ledger": [balance.entry_json(e) for e in await BalanceEntry.filter(member_id=m.id).order_by("id")],
        "orders": [_order(o, lines.get(o.id, [])) for o in orders],
        "children": [children.child_json(c, on) for c in await Child.filter(member_id=m.id).order_by("id")],
        "subscriptions": [{"template_id": s.template_id, "status": str(s.status), "credits": s.credits,
                           "accepted_count": s.accepted_count, "updated_at": iso(s.updated_at)}
                          for s in await SubscribeConsent.filter(member_id=m.id).order_by("id")],
        "coupons": [_coupon(c) for c in
                    await Coupon.filter(member_id=m.id).select_related("template").order_by("id")],
    }
