"""Coupon templates as HQ marketing runs them: create, edit while nothing is issued, disable / enable, and issue
to named members or to a segment (backend.members.segments). Every change writes the audit log.

- Edit: one guarded UPDATE `... WHERE id = ? AND issued_count = 0`; a claim taking the first coupon at the same
  moment holds the template's row (its own guarded UPDATE), so either the edit lands before any coupon exists
  or it answers 409 and the coupon keeps the terms it was issued under.
- Disable: claims and issues stop at once (they check is_active in their guarded UPDATE); coupons members
  already hold stay usable until they expire.
- Issue: one coupons.issue() per member (its own short transaction: member lock, per-member limit, quota).
  Members already at the per-member limit are skipped, so with the default limit of 1 issuing the same batch
  again gives nobody a second coupon; when the quota runs out the rest are reported, not issued.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Category
from backend.errors import InvalidState, NotFound, ValidationError
from backend.members import coupons, segments
from backend.members.models import Coupon, CouponKind, CouponTemplate, Member
from backend.security import Actor
from backend.timestamps import iso

MAX_NAMED = 1000  # members named in one issue request
MAX_SEGMENT = 5000  # members one segment issue may reach (one short transaction each: ~2.7 ms on PostgreSQL)
KIND_NAMES_ZH = {CouponKind.AMOUNT: "满减券", CouponKind.DISCOUNT: "折扣券"}


def template_dict(t: CouponTemplate) -> dict[str, Any]:
    return {**coupons.template_json(t), "kind_name": KIND_NAMES_ZH[CouponKind(t.kind)],
            "label": coupons.label_for(t), "editable": t.issued_count == 0, "created_by_id": t.created_by_id,
            "created_at": iso(t.created_at),
            "updated_at": iso(t.updated_at)}


async def _check_category(category_id: int | None) -> None:
    if category_id is not None and not await Category.exists(id=category_id):
        raise ValidationError("商品分类不存在", details=[{"field": "category_id", "message": "分类不存在"}])


async def _get(template_id: int) -> CouponTemplate:
    t = await CouponTemplate.get_or_none(id=template_id)
    if t is None:
        raise NotFound("优惠券模板不存在")
    return t


async def list_templates(*, active: bool | None, q: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = CouponTemplate.all()
    if active is not None:
        qs = qs.filter(is_active=active)
    if q:
        qs = qs.filter(name__icontains=q)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [template_dict(t) for t in rows], "total": total}


async def get_template(template_id: int) -> dict[str, Any]:
    return template_dict(await _get(template_id))


async def create_template(actor: Actor, data: coupons.TemplateIn) -> dict[str, Any]:
    await _check_category(data.category_id)
    async with in_transaction() as conn:
        t = await coupons.create_template(data, conn, created_by_id=actor.id)
        out = template_dict(t)
        await record_audit(actor.user, "coupon_template.create", "coupon_template", t.id, after=out, using_db=conn)
    return out


async def update_template(actor: Actor, template_id: int, data: coupons.TemplateIn) -> dict[str, Any]:
    values = coupons.template_fields(data)
    await _check_category(data.category_id)
    async with in_transaction() as conn:
        before = await CouponTemplate.get_or_none(id=template_id).using_db(conn)
        if before is None:
            raise NotFound("优惠券模板不存在")
        changed = await CouponTemplate.filter(id=template_id, issued_count=0).using_db(conn).update(**values)
        if not changed:
            raise InvalidState("该优惠券已有会员领取或已发放，不能再修改；可停用后新建一个")
        t = await CouponTemplate.get(id=template_id).using_db(conn)
        out = template_dict(t)
        await record_audit(actor.user, "coupon_template.update", "coupon_template", t.id,
                           before=template_dict(before), after=out, using_db=conn)
    return out


async def set_active(actor: Actor, template_id: int, active: bool) -> dict[str, Any]:
    async with in_transaction() as conn:
        changed = await CouponTemplate.filter(id=template_id, is_active=not active).using_db(conn).update(
            is_active=active)
        t = await CouponTemplate.get_or_none(id=template_id).using_db(conn)
        if t is None:
            raise NotFound("优惠券模板不存在")
        out = template_dict(t)
        if changed:
            await record_audit(actor.user, "coupon_template.enable" if active else "coupon_template.disable",
                               "coupon_template", t.id, before={"is_active": not active}, after=out, using_db=conn)
    return out


async def _targets(member_codes: Sequence[str], segment: segments.Segment | None) -> list[int]:
    """Exactly one of: named members (their codes) or a segment."""
    if bool(member_codes) == (segment is not None):
        raise ValidationError("请指定会员编号 member_codes 或会员分群 segment（二选一）",
                              details=[{"field": "member_codes", "message": "二选一"}])
    if segment is not None:
        ids = await segments.member_ids(segment)
        if len(ids) > MAX_SEGMENT:
            raise ValidationError(f"该分群有 {len(ids)} 位会员，单次最多发放给 {MAX_SEGMENT} 位，请缩小范围")
        return ids
    codes = list(dict.fromkeys(c.strip().upper() for c in member_codes if c.strip()))
    found = dict(await Member.filter(member_code__in=codes, merged_into_id=None, deleted_at=None).values_list("member_code", "id"))
    missing = [c for c in codes if c not in found]
    if missing:
        raise ValidationError(f"会员 {'、'.join(missing[:10])} 不存在",
                              details=[{"field": "member_codes", "message": "会员不存在"}])
    return [int(found[c]) for c in codes]


async def _held(template_id: int, ids: list[int]) -> dict[int, int]:
    held: dict[int, int] = {}
    for m in await Coupon.filter(template_id=template_id, member_id__in=ids).values_list("member_id", flat=True):
        held[int(m)] = held.get(int(m), 0) + 1
    return held


async def preview_issue(template_id: int, member_codes: Sequence[str] = (),
                        segment: segments.Segment | None = None) -> dict[str, Any]:
    """How many members the issue reaches, how many are already at the per-member limit, and how many coupons it
    would give with the quota left (nothing is written)."""
    t = await _get(template_id)
    ids = await _targets(member_codes, segment)
    held = await _held(t.id, ids)
    at_limit = sum(1 for m in ids if held.get(m, 0) >= t.per_member_limit)
    eligible = len(ids) - at_limit
    remaining = None if t.total_quota == 0 else max(t.total_quota - t.issued_count, 0)
    would = eligible if remaining is None else min(eligible, remaining)
    return {"template": template_dict(t), "members": len(ids), "already_at_limit": at_limit,
            "would_issue": would if t.is_active else 0, "remaining": remaining}


async def issue(actor: Actor, template_id: int, member_codes: Sequence[str] = (),
                segment: segments.Segment | None = None) -> dict[str, Any]:
    """Issue one coupon to every member of the batch (see the module's notes). Audited once with the counts."""
    t = await _get(template_id)
    if not t.is_active:
        raise InvalidState("该优惠券模板已停用，不能发放")
    ids = await _targets(member_codes, segment)
    issued: list[int] = []
    at_limit: list[int] = []
    not_issued: list[int] = []
    stopped = ""
    for i, member_id in enumerate(ids):
        try:
            await coupons.issue(t.id, member_id, source="issue")
            issued.append(member_id)
        except coupons.CouponUnavailable as exc:
            if exc.code == "coupon_limit":
                at_limit.append(member_id)
                continue
            # sold out, or disabled / expired meanwhile: nobody after this one can get one either
            not_issued, stopped = ids[i:], exc.message
            break
        except NotFound:  # merged away since the list was read
            continue
    result = {"template_id": t.id, "members": len(ids), "issued": len(issued), "already_at_limit": len(at_limit),
              "not_issued": len(not_issued), "stopped_reason": stopped}
    await record_audit(actor.user, "coupon_template.issue", "coupon_template", t.id,
                       after={**result, "member_codes": list(member_codes)[:100],
                              "segment": segments.segment_json(segment) if segment else None})
    fresh = await _get(template_id)
    return {**result, "template": template_dict(fresh)}
