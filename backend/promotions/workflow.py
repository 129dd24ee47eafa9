"""Creating promotions and moving them through approval. Every step is audited.

    draft --submit--> pending_approval --approve (another user, HQ)--> approved (live inside its window)
                                       --reject--> rejected --edit--> draft
    approved --end--> ended

A store manager may draft and submit promotions for their own stores only; HQ approves. Nobody approves a
promotion they created or submitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.catalog.models import Category, Sku
from backend.errors import Forbidden, InvalidState, NotFound, ValidationError
from backend.numbering import new_no
from backend.org.models import Channel, Location, Role
from backend.promotions.engine import is_live
from backend.promotions.models import (
    KIND_NAMES_ZH,
    STATUS_NAMES_ZH,
    Promotion,
    PromotionItem,
    PromotionKind,
    PromotionStatus,
)
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.timestamps import iso, utc_now

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DraftItem:
    sku_code: str
    price_fen: int | None = None  # member-price promotions only


@dataclass(frozen=True)
class PromotionDraft:
    """A promotion's terms as created or edited (the HTTP layer checks the window's time zone and range)."""

    name: str
    kind: PromotionKind
    starts_at: datetime
    ends_at: datetime
    threshold_fen: int = 0
    amount_fen: int = 0
    repeat: bool = False
    percent_off_bp: int = 0
    buy_qty: int = 0
    free_qty: int = 0
    member_only: bool = False
    channels: Sequence[Channel] = ()
    location_codes: Sequence[str] = ()
    category_id: int | None = None
    items: Sequence[DraftItem] = ()
    note: str = ""


def check_rules(draft: PromotionDraft) -> None:
    if draft.ends_at <= draft.starts_at:
        raise ValidationError("结束时间必须晚于开始时间")
    k = draft.kind
    if k == PromotionKind.FULL_REDUCTION:
        if draft.threshold_fen <= 0 or draft.amount_fen <= 0:
            raise ValidationError("满减活动须填写门槛金额和减免金额")
        if draft.amount_fen >= draft.threshold_fen:
            raise ValidationError("减免金额必须小于门槛金额")
    elif k == PromotionKind.PERCENT_OFF:
        if draft.percent_off_bp <= 0:
            raise ValidationError("折扣活动须填写折扣比例（percent_off_bp，1500 表示减 15%）")
    elif k == PromotionKind.BUY_N_GET_M:
        if draft.buy_qty <= 0 or draft.free_qty <= 0:
            raise ValidationError("买赠活动须填写购买数量和赠送数量")
    elif k == PromotionKind.MEMBER_PRICE:
        if not draft.items or any(i.price_fen is None for i in draft.items):
            raise ValidationError("会员价活动须为每个商品填写会员价")
    if k != PromotionKind.MEMBER_PRICE and any(i.price_fen is not None for i in draft.items):
        raise ValidationError("只有会员价活动可以为商品填写价格")
    codes = [i.sku_code for i in draft.items]
    if len(set(codes)) != len(codes):
        raise ValidationError("活动商品不能重复")


def promotion_dict(p: Promotion, items: list[tuple[PromotionItem, str]] | None = None,
                   at: datetime | None = None) -> dict[str, Any]:
    at = at or utc_now()
    status = PromotionStatus(p.status)
    if status == PromotionStatus.APPROVED:
        phase = "live" if is_live(p, at) else ("scheduled" if at < p.starts_at else "expired")
    else:
        phase = status.value
    phase_zh = {"live": "进行中", "scheduled": "未开始", "expired": "已过期"}.get(phase, STATUS_NAMES_ZH[status])
    data: dict[str, Any] = {
        "id": p.id, "code": p.code, "name": p.name, "kind": p.kind.value, "kind_name": KIND_NAMES_ZH[p.kind],
        "status": status.value, "status_name": STATUS_NAMES_ZH[status], "phase": phase, "phase_name": phase_zh,
        "threshold_fen": p.threshold_fen, "amount_fen": p.amount_fen, "repeat": p.repeat,
        "percent_off_bp": p.percent_off_bp, "buy_qty": p.buy_qty, "free_qty": p.free_qty,
        "member_only": p.member_only, "channels": p.channels, "location_ids": p.location_ids,
        "category_id": p.category_id, "starts_at": iso(p.starts_at), "ends_at": iso(p.ends_at),
        "note": p.note, "created_by_id": p.created_by_id, "submitted_by_id": p.submitted_by_id,
        "approved_by_id": p.approved_by_id, "approved_at": iso(p.approved_at),
        "reject_reason": p.reject_reason,
    }
    if items is not None:
        data["items"] = [{"sku_code": code, "price_fen": i.price_fen} for i, code in items]
    return data


async def _items(p: Promotion, conn: BaseDBAsyncClient | None = None) -> list[tuple[PromotionItem, str]]:
    rows = await PromotionItem.filter(promotion_id=p.id).using_db(conn).select_related("sku").order_by("id")
    return [(i, i.sku.code) for i in rows]


async def _resolve(actor: Actor, draft: PromotionDraft, conn: BaseDBAsyncClient) -> tuple[list[int], list[Sku]]:
    codes = sorted(set(draft.location_codes))
    locs = {loc.code: loc for loc in await Location.filter(code__in=codes).using_db(conn)}
    missing = [c for c in codes if c not in locs]
    if missing:
        raise ValidationError(f"门店或仓库 {'、'.join(missing)} 不存在")
    if actor.location_ids is not None:
        if not codes:
            raise Forbidden("店长只能为自己的门店创建活动，请指定门店")
        for loc in locs.values():
            actor.require_location(loc.id)
    if draft.category_id is not None and not await Category.filter(id=draft.category_id).using_db(conn).exists():
        raise ValidationError("分类不存在")
    sku_codes = [i.sku_code for i in draft.items]
    skus = {s.code: s for s in await Sku.filter(code__in=sku_codes).using_db(conn)}
    unknown = [c for c in sku_codes if c not in skus]
    if unknown:
        raise ValidationError(f"商品编码 {'、'.join(unknown[:10])} 不存在")
    return sorted(loc.id for loc in locs.values()), [skus[c] for c in sku_codes]


def _fields(draft: PromotionDraft, location_ids: list[int]) -> dict[str, Any]:
    return {
        "name": draft.name, "kind": draft.kind, "starts_at": draft.starts_at, "ends_at": draft.ends_at,
        "threshold_fen": draft.threshold_fen, "amount_fen": draft.amount_fen, "repeat": draft.repeat,
        "percent_off_bp": draft.percent_off_bp, "buy_qty": draft.buy_qty, "free_qty": draft.free_qty,
        "member_only": draft.member_only or draft.kind == PromotionKind.MEMBER_PRICE,
        "channels": [c.value for c in draft.channels], "location_ids": location_ids,
        "category_id": draft.category_id, "note": draft.note,
    }


async def _write_items(p: Promotion, draft: PromotionDraft, skus: list[Sku], conn: BaseDBAsyncClient) -> None:
    await PromotionItem.filter(promotion_id=p.id).using_db(conn).delete()
    for item, sku in zip(draft.items, skus, strict=True):
        await PromotionItem.create(promotion_id=p.id, sku_id=sku.id, price_fen=item.price_fen, using_db=conn)


async def create_promotion(actor: Actor, draft: PromotionDraft, *, via: str = "admin") -> dict[str, Any]:
    check_rules(draft)
    async with in_transaction() as conn:
        location_ids, skus = await _resolve(actor, draft, conn)
        p = await Promotion.create(code=new_no("PR"), created_by_id=actor.id, **_fields(draft, location_ids),
                                   using_db=conn)
        await _write_items(p, draft, skus, conn)
        out = promotion_dict(p, await _items(p, conn))
        await record_audit(actor.user, "promotion.create", "promotion", p.id, after=out, via=via, using_db=conn)
    return out


async def _load(actor: Actor, promotion_id: int, conn: BaseDBAsyncClient | None, *, lock: bool = False) -> Promotion:
    qs = Promotion.filter(id=promotion_id)
    if conn is not None:
        qs = qs.using_db(conn)
        if lock and is_postgres(conn):
            qs = qs.select_for_update()
    p = await qs.first()
    if p is None:
        raise NotFound("促销活动不存在")
    if actor.location_ids is not None and (not p.location_ids or not set(p.location_ids) <= actor.location_ids):
        raise Forbidden("无权操作其他门店的促销活动")
    return p


async def get_promotion(actor: Actor, promotion_id: int) -> dict[str, Any]:
    p = await _load(actor, promotion_id, None)
    return promotion_dict(p, await _items(p))


async def list_promotions(actor: Actor, *, status: str | None = None, offset: int = 0,
                          limit: int = 20) -> dict[str, Any]:
    qs = Promotion.all()
    if status:
        try:
            qs = qs.filter(status=PromotionStatus(status))
        except ValueError as exc:
            raise ValidationError(f"不支持的活动状态 {status}") from exc
    rows = await qs.order_by("-id")
    if actor.location_ids is not None:
        rows = [p for p in rows if p.location_ids and set(p.location_ids) <= actor.location_ids]
    return {"items": [promotion_dict(p) for p in rows[offset:offset + limit]], "total": len(rows)}


async def update_promotion(actor: Actor, promotion_id: int, draft: PromotionDraft, *, via: str = "admin") -> dict[str, Any]:
    """Only drafts and rejected promotions change; a rejected one goes back to draft."""
    check_rules(draft)
    async with in_transaction() as conn:
        p = await _load(actor, promotion_id, conn, lock=True)
        if p.status not in (PromotionStatus.DRAFT, PromotionStatus.REJECTED):
            raise InvalidState(f"活动{STATUS_NAMES_ZH[p.status]}，不能修改；如需调整请结束后新建")
        before = promotion_dict(p, await _items(p, conn))
        location_ids, skus = await _resolve(actor, draft, conn)
        for k, v in _fields(draft, location_ids).items():
            setattr(p, k, v)
        p.status = PromotionStatus.DRAFT
        p.reject_reason = ""
        await p.save(using_db=conn)
        await _write_items(p, draft, skus, conn)
        out = promotion_dict(p, await _items(p, conn))
        await record_audit(actor.user, "promotion.update", "promotion", p.id, before=before, after=out, via=via,
                           using_db=conn)
    return out


async def _transition(actor: Actor, promotion_id: int, expected: set[PromotionStatus], new: PromotionStatus,
                      action: str, via: str, **changes: Any) -> dict[str, Any]:
    async with in_transaction() as conn:
        p = await _load(actor, promotion_id, conn, lock=True)
        if p.status not in expected:
            raise InvalidState(f"活动当前{STATUS_NAMES_ZH[p.status]}，不能{action}")
        if new == PromotionStatus.APPROVED:
            if actor.role != Role.HQ_ADMIN:
                raise Forbidden("只有总部管理员可以审批促销活动")
            if actor.id in (p.created_by_id, p.submitted_by_id):
                raise Forbidden("不能审批自己创建或提交的活动，请由其他管理员审批", code="self_approval")
        before = {"status": p.status.value}
        p.status = new
        for k, v in changes.items():
            setattr(p, k, v)
        await p.save(using_db=conn)
        after = {"status": new.value, **{k: (v.isoformat() if isinstance(v, datetime) else v)
                                          for k, v in changes.items()}}
        await record_audit(actor.user, f"promotion.{new.value}", "promotion", p.id, before=before, after=after,
                           via=via, using_db=conn)
        return promotion_dict(p, await _items(p, conn))


async def submit(actor: Actor, promotion_id: int, *, via: str = "admin") -> dict[str, Any]:
    return await _transition(actor, promotion_id, {PromotionStatus.DRAFT}, PromotionStatus.PENDING_APPROVAL,
                             "提交审批", via, submitted_by_id=actor.id, submitted_at=utc_now())


async def approve(actor: Actor, promotion_id: int, *, via: str = "admin") -> dict[str, Any]:
    p = await _load(actor, promotion_id, None)
    if actor.id is not None and actor.id in (p.created_by_id, p.submitted_by_id):
        await record_refusal(actor.user, "promotion.approve_refused", "promotion", p.id, reason="self_approval",
                             via=via)
        raise Forbidden("不能审批自己创建或提交的活动，请由其他管理员审批", code="self_approval")
    return await _transition(actor, promotion_id, {PromotionStatus.PENDING_APPROVAL}, PromotionStatus.APPROVED,
                             "审批", via, approved_by_id=actor.id, approved_at=utc_now())


async def reject(actor: Actor, promotion_id: int, reason: str, *, via: str = "admin") -> dict[str, Any]:
    if actor.role != Role.HQ_ADMIN:
        raise Forbidden("只有总部管理员可以驳回促销活动")
    return await _transition(actor, promotion_id, {PromotionStatus.PENDING_APPROVAL}, PromotionStatus.REJECTED,
                             "驳回", via, reject_reason=reason[:255])


async def end(actor: Actor, promotion_id: int, *, via: str = "admin") -> dict[str, Any]:
    return await _transition(actor, promotion_id, {PromotionStatus.APPROVED}, PromotionStatus.ENDED, "结束", via)
