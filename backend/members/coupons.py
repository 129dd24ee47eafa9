"""Coupons: templates, issue / claim (quota guarded), redeem exactly once, restore, expire.

- Issue/claim: `UPDATE coupon_templates SET issued_count = issued_count + 1 WHERE ... issued_count < total_quota`
  guards the quota; the per-member limit is guarded by the unique (template, member, seq) index.
- Redeem: `UPDATE coupons SET status = 'used' ... WHERE id = ? AND status = 'unused'` inside the order's
  transaction: of two checkouts spending the same coupon at once exactly one matches the row; the other
  raises and its whole order rolls back. The checkout holds the member's row lock by then (taken first,
  backend.orders.locking), like `issue` below: a member's coupon is only written under its member's lock.
- Restore (cancel / full refund): `... SET status = 'unused' WHERE id = ? AND status = 'used' AND order_id = ?`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.catalog.products import descendant_ids
from backend.errors import Conflict, NotFound, ValidationError
from backend.members.models import Coupon, CouponKind, CouponStatus, CouponTemplate, Member
from backend.money import yuan
from backend.raw_sql import execute, fetch, is_postgres
from backend.timestamps import iso, utc_now

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class CouponUnavailable(Conflict):
    code = "coupon_unavailable"
    default_message = "优惠券不可用"


def now_utc() -> datetime:
    return utc_now()


def new_code() -> str:
    return "CP" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))


# Bounds of a template (the admin API refuses anything outside them).
MIN_DISCOUNT_BP = 1000  # 1折: at most 90% off
MAX_DISCOUNT_BP = 9900  # 9.9折: at least 1% off
MAX_FEN = 100_000_000  # 100万元
MAX_VALID_DAYS = 3650
MAX_QUOTA = 10_000_000
MAX_PER_MEMBER = 100
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class TemplateIn:
    name: str
    kind: str
    amount_fen: int = 0
    discount_bp: int = 10000
    max_discount_fen: int = 0
    threshold_fen: int = 0
    category_id: int | None = None
    valid_days: int | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    total_quota: int = 0
    per_member_limit: int = 1
    claimable: bool = True
    description: str = ""


def _bad(field: str, message: str) -> ValidationError:
    return ValidationError(message, details=[{"field": field, "message": message}])


def check_template(data: TemplateIn) -> CouponKind:
    """The rules of a template; raises a 400 in Chinese naming the field."""
    try:
        kind = CouponKind(data.kind)
    except ValueError:
        raise _bad("kind", "优惠券类型只能是 amount（满减/立减）或 discount（折扣）") from None
    if not data.name.strip():
        raise _bad("name", "请填写优惠券名称")
    for field in ("amount_fen", "max_discount_fen", "threshold_fen"):
        if not 0 <= getattr(data, field) <= MAX_FEN:
            raise _bad(field, "金额必须在 0 到 100 万元之间")
    if kind == CouponKind.AMOUNT:
        if data.amount_fen <= 0:
            raise _bad("amount_fen", "满减券的金额必须大于 0")
        if data.threshold_fen and data.amount_fen >= data.threshold_fen:
            raise _bad("amount_fen", "减免金额必须小于使用门槛")
    elif not MIN_DISCOUNT_BP <= data.discount_bp <= MAX_DISCOUNT_BP:
        raise _bad("discount_bp", "折扣必须在 1000 到 9900 之间（8500 表示 8.5 折，即减 15%）")
    if data.valid_days is None and data.valid_to is None:
        raise _bad("valid_days", "请设置领取后有效天数，或固定有效期的截止时间")
    if data.valid_days is not None and not 0 < data.valid_days <= MAX_VALID_DAYS:
        raise _bad("valid_days", f"有效天数必须在 1 到 {MAX_VALID_DAYS} 之间")
    for field in ("valid_from", "valid_to"):
        value = getattr(data, field)
        if value is not None and value.tzinfo is None:
            raise _bad(field, "时间需要带时区，例如 2026-12-01T00:00:00+08:00")
        if value is not None and not EARLIEST <= value <= LATEST:
            raise _bad(field, "有效期须在 2000 年至 2100 年之间")
    if data.valid_from and data.valid_to and data.valid_to <= data.valid_from:
        raise _bad("valid_to", "有效期截止时间必须晚于开始时间")
    if not 0 <= data.total_quota <= MAX_QUOTA:
        raise _bad("total_quota", f"发放总量必须在 0（不限）到 {MAX_QUOTA} 之间")
    if not 0 < data.per_member_limit <= MAX_PER_MEMBER:
        raise _bad("per_member_limit", f"每人限领必须在 1 到 {MAX_PER_MEMBER} 之间")
    return kind


def template_fields(data: TemplateIn) -> dict[str, Any]:
    """The model's columns for a checked template."""
    kind = check_template(data)
    return {
        "name": data.name.strip(), "description": data.description, "kind": kind,
        "amount_fen": data.amount_fen if kind == CouponKind.AMOUNT else 0,
        "discount_bp": data.discount_bp if kind == CouponKind.DISCOUNT else 10000,
        "max_discount_fen": data.max_discount_fen if kind == CouponKind.DISCOUNT else 0,
        "threshold_fen": data.threshold_fen, "category_id": data.category_id, "valid_days": data.valid_days,
        "valid_from": data.valid_from, "valid_to": data.valid_to, "total_quota": data.total_quota,
        "per_member_limit": data.per_member_limit, "claimable": data.claimable,
    }


async def create_template(data: TemplateIn, conn: BaseDBAsyncClient | None = None,
                          created_by_id: int | None = None) -> CouponTemplate:
    return await CouponTemplate.create(**template_fields(data), created_by_id=created_by_id, using_db=conn)


def _window(t: CouponTemplate, now: datetime) -> tuple[datetime, datetime]:
    start = max(now, t.valid_from) if t.valid_from else now
    if t.valid_days is not None:
        end = start + timedelta(days=t.valid_days)
        if t.valid_to is not None:
            end = min(end, t.valid_to)
    else:
        assert t.valid_to is not None
        end = t.valid_to
    return start, end


async def _lock_member(member_id: int, conn: BaseDBAsyncClient) -> None:
    """Hold the member's row until the transaction ends, so one member's concurrent claims count their coupons
    one after the other (the per-member limit). Merged-away or unknown members get 404."""
    lock = " FOR UPDATE" if is_postgres(conn) else ""
    rows = await fetch(conn, f"SELECT merged_into_id FROM members WHERE id = $1{lock}", [member_id])
    if not rows or rows[0]["merged_into_id"] is not None:
        raise NotFound("会员不存在")


async def issue(template_id: int, member_id: int, *, source: str = "issue", now: datetime | None = None,
                conn: BaseDBAsyncClient | None = None) -> Coupon:
    """Give one coupon of the template to the member (claim: the member asks; issue: staff/marketing).

    Order of work, in one transaction: lock the member's row (their concurrent claims queue here), count what
    they hold against the per-member limit, then take one from the quota with a guarded UPDATE (issued_count <
    total_quota, active, not past its window), which also holds the template's row so an edit cannot change it
    underneath, and re-read the template under that lock before writing the coupon."""
    if conn is None:
        async with in_transaction() as tx:
            return await issue(template_id, member_id, source=source, now=now, conn=tx)
    now = now or now_utc()
    t = await CouponTemplate.get_or_none(id=template_id).using_db(conn)
    if t is None or (source == "claim" and not t.claimable):
        raise NotFound("优惠券不存在")
    if not t.is_active:  # early answers; the guarded UPDATE below is what decides
        raise CouponUnavailable("该优惠券活动已结束")
    if t.valid_to is not None and t.valid_to <= now:
        raise CouponUnavailable("该优惠券已过期")
    await _lock_member(member_id, conn)
    held = await Coupon.filter(template_id=t.id, member_id=member_id).using_db(conn).count()
    if held >= t.per_member_limit:
        raise CouponUnavailable(f"每人限领 {t.per_member_limit} 张，您已领取过", code="coupon_limit")
    taken = await execute(conn, "UPDATE coupon_templates SET issued_count = issued_count + 1 WHERE id = $1 "
                                "AND is_active = $2 AND (valid_to IS NULL OR valid_to > $3) "
                                "AND (total_quota = 0 OR issued_count < total_quota)",
                          [t.id, True, now])
    if not taken:
        t = await CouponTemplate.get(id=template_id).using_db(conn)
        if not t.is_active:
            raise CouponUnavailable("该优惠券活动已结束")
        if t.valid_to is not None and t.valid_to <= now:
            raise CouponUnavailable("该优惠券已过期")
        raise CouponUnavailable("优惠券已被领完", code="coupon_sold_out")
    t = await CouponTemplate.get(id=template_id).using_db(conn)  # as it is under our row lock
    if held >= t.per_member_limit or (source == "claim" and not t.claimable):
        raise CouponUnavailable(f"每人限领 {t.per_member_limit} 张，您已领取过", code="coupon_limit")
    start, end = _window(t, now)
    # The unique (template, member, seq) index is a second guard behind the member lock.
    return await Coupon.create(code=new_code(), template_id=t.id, member_id=member_id, seq=held + 1,
                               valid_from=start, expires_at=end, source=source, using_db=conn)


async def claim(template_id: int, member: Member) -> Coupon:
    """A shopper claims a coupon from the coupon centre. Race-safe on quota and the per-member limit."""
    try:
        return await issue(template_id, member.id, source="claim")
    except IntegrityError:
        # A concurrent claim by the same member took this seq; the whole claim rolled back.
        raise CouponUnavailable("每人限领，您已领取过", code="coupon_limit") from None


def effective_status(c: Coupon, now: datetime | None = None) -> str:
    """available | used | expired (unused past its date counts as expired)."""
    if c.status == CouponStatus.USED:
        return "used"
    if c.status == CouponStatus.EXPIRED or c.expires_at <= (now or now_utc()):
        return "expired"
    if c.valid_from > (now or now_utc()):
        return "not_started"
    return "available"


def coupon_json(c: Coupon, now: datetime | None = None) -> dict[str, Any]:
    t: CouponTemplate = c.template
    return {
        "id": c.id, "code": c.code, "template_id": t.id, "name": t.name, "description": t.description,
        "kind": CouponKind(t.kind).value, "amount_fen": t.amount_fen, "discount_bp": t.discount_bp,
        "max_discount_fen": t.max_discount_fen, "threshold_fen": t.threshold_fen, "category_id": t.category_id,
        "valid_from": iso(c.valid_from), "expires_at": iso(c.expires_at),
        "status": effective_status(c, now), "order_id": c.order_id,
        "used_at": iso(c.used_at),
    }


def template_json(t: CouponTemplate) -> dict[str, Any]:
    left = None if t.total_quota == 0 else max(0, t.total_quota - t.issued_count)
    return {"id": t.id, "name": t.name, "description": t.description, "kind": CouponKind(t.kind).value,
            "amount_fen": t.amount_fen, "discount_bp": t.discount_bp, "max_discount_fen": t.max_discount_fen,
            "threshold_fen": t.threshold_fen, "category_id": t.category_id, "valid_days": t.valid_days,
            "valid_from": iso(t.valid_from),
            "valid_to": iso(t.valid_to), "total_quota": t.total_quota,
            "issued_count": t.issued_count, "remaining": left, "per_member_limit": t.per_member_limit,
            "claimable": t.claimable, "is_active": t.is_active}


async def member_coupons(member_id: int, status: str | None = None) -> list[dict[str, Any]]:
    now = now_utc()
    qs = Coupon.filter(member_id=member_id).select_related("template")
    if status == "available":
        qs = qs.filter(status=CouponStatus.UNUSED, expires_at__gt=now, valid_from__lte=now)
    elif status == "used":
        qs = qs.filter(status=CouponStatus.USED)
    elif status == "expired":
        qs = qs.exclude(status=CouponStatus.USED).filter(expires_at__lte=now)
    elif status:
        raise _bad("status", "status 只能是 available、used 或 expired")
    items = [coupon_json(c, now) for c in await qs.order_by("expires_at", "id")]
    return items


async def claimable_templates(member_id: int | None = None) -> list[dict[str, Any]]:
    now = now_utc()
    templates = await CouponTemplate.filter(is_active=True, claimable=True).order_by("-id")
    held: dict[int, int] = {}
    if member_id is not None:
        for tid in await Coupon.filter(member_id=member_id).values_list("template_id", flat=True):
            held[int(tid)] = held.get(int(tid), 0) + 1
    out = []
    for t in templates:
        if t.valid_to is not None and t.valid_to <= now:
            continue
        d = template_json(t)
        d["claimed"] = held.get(t.id, 0)
        d["can_claim"] = (d["remaining"] is None or d["remaining"] > 0) and held.get(t.id, 0) < t.per_member_limit
        out.append(d)
    return out


# ---- checkout ---------------------------------------------------------------------------------------------


@dataclass
class CouponUse:
    coupon: Coupon
    discount_fen: int
    eligible: list[int]  # indexes of the lines the coupon applies to
    label: str


async def eligible_category_ids(t: CouponTemplate, conn: BaseDBAsyncClient | None) -> set[int] | None:
    if t.category_id is None:
        return None
    return set(await descendant_ids(t.category_id, conn)) | {t.category_id}


def label_for(t: CouponTemplate) -> str:
    if t.kind == CouponKind.AMOUNT:
        cond = f"满{yuan(t.threshold_fen)}" if t.threshold_fen else "无门槛"
        return f"优惠券「{t.name}」（{cond}减{yuan(t.amount_fen)}）"
    return f"优惠券「{t.name}」（{t.discount_bp / 1000:g}折）"


async def evaluate(member_id: int, code: str, line_amounts: list[int], line_categories: list[int | None],
                   conn: BaseDBAsyncClient | None = None, now: datetime | None = None) -> CouponUse:
    """Check that the member may use coupon `code` on these lines now, and what it takes off.
    line_amounts: what each line costs after earlier discounts."""
    now = now or now_utc()
    c = await Coupon.get_or_none(code=code, member_id=member_id).using_db(conn).select_related("template")
    if c is None and code.isdigit():
        c = await Coupon.get_or_none(id=int(code), member_id=member_id).using_db(conn).select_related("template")
    if c is None:
        raise NotFound("优惠券不存在")
    status = effective_status(c, now)
    if status != "available":
        raise CouponUnavailable({"used": "该优惠券已使用", "expired": "该优惠券已过期",
                                 "not_started": "该优惠券尚未到使用时间"}[status])
    t: CouponTemplate = c.template
    cats = await eligible_category_ids(t, conn)
    eligible = [i for i, cat in enumerate(line_categories) if cats is None or cat in cats]
    base = sum(line_amounts[i] for i in eligible)
    if not eligible or base <= 0:
        raise CouponUnavailable("购物车中没有该优惠券适用的商品")
    if base < t.threshold_fen:
        raise CouponUnavailable(f"未满足使用条件：适用商品满{yuan(t.threshold_fen)}可用（当前{yuan(base)}）")
    if t.kind == CouponKind.AMOUNT:
        off = min(t.amount_fen, base)
    else:
        # The shopper pays base x discount_bp / 10000 rounded down to the fen: the discount is rounded up, in
        # the shopper's favour (999 fen at 8.5折: pays 849, 150 off).
        off = base - base * t.discount_bp // 10000
        if t.max_discount_fen:
            off = min(off, t.max_discount_fen)
    return CouponUse(coupon=c, discount_fen=off, eligible=eligible, label=label_for(t))


async def redeem(coupon_id: int, member_id: int, order_id: int, conn: BaseDBAsyncClient,
                 now: datetime | None = None) -> None:
    """Mark the coupon used by the order, exactly once: one guarded UPDATE (... WHERE status = 'unused');
    raises CouponUnavailable when another order got it first (or it has just expired)."""
    now = now or now_utc()
    n = await Coupon.filter(id=coupon_id, member_id=member_id, status=CouponStatus.UNUSED,
                            expires_at__gt=now).using_db(conn).update(status=CouponStatus.USED, order_id=order_id,
                                                                      used_at=now)
    if not n:
        raise CouponUnavailable("该优惠券已被使用或已过期，请重新选择")


async def restore(order_id: int, conn: BaseDBAsyncClient) -> int:
    """Give back the coupon(s) an order used (cancel, full refund). Returns how many."""
    return await Coupon.filter(order_id=order_id, status=CouponStatus.USED).using_db(conn).update(
        status=CouponStatus.UNUSED, order_id=None, used_at=None)


async def expire_coupons(now: datetime | None = None) -> int:
    """Mark unused coupons past their date as expired (reads already treat them so). Returns how many."""
    now = now or now_utc()
    return await Coupon.filter(status=CouponStatus.UNUSED, expires_at__lte=now).update(status=CouponStatus.EXPIRED)
