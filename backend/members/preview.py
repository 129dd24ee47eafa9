"""Checkout preview: what an order would cost (promotions, the coupon, points), priced by the same steps as
placement (backend.orders.pricing) without holding stock or writing anything. The shopper previews their own
cart; a clerk previews a counter sale at their own store, for a member or none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backend.catalog.models import Sku
from backend.catalog.pricing import price_location_id
from backend.errors import ValidationError
from backend.members.models import Member
from backend.orders.placement import LineIn
from backend.orders.pricing import PricedLine, PricingContext, price_lines
from backend.org.models import Location
from backend.security.actor import Actor


@dataclass(frozen=True)
class PreviewIn:
    lines: list[LineIn]
    coupon_id: int | str | None = None
    points: int | None = None
    location_code: str | None = None


async def counter_member(actor: Actor, location_code: str | None, member_id: int | None) -> Member | None:
    """A clerk's preview: the store must be given and be theirs; the member, when given, must exist."""
    if not location_code:
        raise ValidationError("请选择门店", details=[{"field": "location_code", "message": "必填"}])
    loc = await Location.get_or_none(code=location_code)
    if loc is None:
        raise ValidationError("门店不存在", details=[{"field": "location_code", "message": "门店不存在"}])
    actor.require_location(loc.id)
    if member_id is None:
        return None
    member = await Member.get_or_none(id=member_id, merged_into_id=None, deleted_at=None)
    if member is None:
        raise ValidationError("会员不存在", details=[{"field": "member_id", "message": "会员不存在"}])
    return member


async def preview(actor: Actor, cart: PreviewIn, channel: str, member: Member | None) -> dict[str, Any]:
    codes = [i.sku_code for i in cart.lines]
    skus = {s.code: s for s in await Sku.filter(code__in=codes, is_active=True)}
    missing = [c for c in codes if c not in skus]
    if missing:
        raise ValidationError(f"商品 {missing[0]} 不存在或已下架", details=[{"field": "items", "message": "商品不存在"}])
    location = None
    if cart.location_code:
        location = await Location.get_or_none(code=cart.location_code, is_active=True)
        if location is None:
            raise ValidationError("门店不存在", details=[{"field": "location_code", "message": "门店不存在"}])
    offered = cart.points
    if offered and member is not None:  # the shopper offers their whole balance: use what they have
        offered = min(offered, (await Member.get(id=member.id)).points)
    chosen = location.id if location else None
    ctx = PricingContext(channel=channel, location_id=price_location_id(channel, chosen, None), member=member,
                         actor=actor, lines=[PricedLine(skus[i.sku_code], i.qty) for i in cart.lines],
                         options={"coupon_code": str(cart.coupon_id) if cart.coupon_id not in (None, "") else None,
                                  "points_to_use": offered})
    await price_lines(ctx)
    used = sum(int(d.get("points", 0)) for d in ctx.discounts if d.get("kind") == "points")
    return {"subtotal_fen": ctx.subtotal_fen,
            "discounts": [{"label": d["label"], "amount_fen": d["amount_fen"], "kind": d.get("kind")}
                          for d in ctx.discounts],
            "points_used": used, "total_fen": ctx.total_fen}
