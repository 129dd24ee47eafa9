"""Unit costs of stock increases (found goods, positive corrections): bounded, and checked against the SKU's last
purchase cost, because the moving average is chain-wide and one wrong cost changes every store's COGS.

    unit cost outside 1 fen .. MAX_UNIT_COST_FEN          -> 400, nothing written
    within ±adjustment_cost_band_bp of the reference cost -> applied at once (backend.stock.adjustments)
    beyond the band, or no reference cost known           -> an AdjustmentCostRequest (pending): no stock, no
                                                             valuation, no journal entry until HQ approves

The reference is the unit price of the SKU's last purchase receipt line, else its moving average cost. Approval
is by an HQ admin other than the request's maker (refusals audited); a guarded UPDATE pending -> approved lets
exactly one of two concurrent approvals write the adjustment. Rejected leaves nothing but the request row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.catalog.models import Sku
from backend.errors import Conflict, Forbidden, NotFound, ValidationError
from backend.finance import costing
from backend.money import MAX_UNIT_PRICE_FEN
from backend.org.models import Location, Role, User
from backend.raw_sql import fetch
from backend.security.actor import Actor
from backend.stock import adjustments
from backend.stock.lookups import new_doc_no
from backend.stock.models import (
    ADJUSTMENT_REASON_ZH,
    COST_REQUEST_STATUS_ZH,
    AdjustmentCostRequest,
    AdjustmentReason,
    Batch,
    CostRequestStatus,
)
from backend.timestamps import iso, utc_now

MIN_UNIT_COST_FEN = 1
MAX_UNIT_COST_FEN = MAX_UNIT_PRICE_FEN  # ¥100,000: the same bound as a purchase price


@dataclass(frozen=True)
class PurchaseCosts:
    """What the check needs from purchasing (above stock; a port that backend.wiring fills): the SKU's last
    purchase cost, and the purchasing settings' band (basis points) within which a unit cost applies at once."""

    last_cost: Callable[[int, BaseDBAsyncClient | None], Awaitable[int | None]]
    band_bp: Callable[[BaseDBAsyncClient | None], Awaitable[int]]


_costs: PurchaseCosts | None = None


def install(costs: PurchaseCosts) -> None:
    global _costs
    _costs = costs


def _purchases() -> PurchaseCosts:
    if _costs is None:
        raise RuntimeError("no purchase costs installed: the composition root calls backend.wiring.wire()")
    return _costs


def check_bounds(unit_cost_fen: int) -> None:
    if isinstance(unit_cost_fen, bool) or not isinstance(unit_cost_fen, int) \
            or not MIN_UNIT_COST_FEN <= unit_cost_fen <= MAX_UNIT_COST_FEN:
        message = f"单位成本须在 0.01 元至 {MAX_UNIT_COST_FEN // 100:,} 元之间（单位：分）"
        raise ValidationError(message, details=[{"field": "unit_cost_fen", "message": "超出允许范围"}])


async def reference_cost(sku_id: int, conn: BaseDBAsyncClient | None = None) -> int | None:
    """The SKU's last purchase cost (net unit price of its latest accepted receipt line), else its moving
    average; None when neither is known."""
    last = await _purchases().last_cost(sku_id, conn)
    if last:
        return last
    average = await costing.unit_cost_fen(sku_id, conn)
    return average or None


def within_band(unit_cost_fen: int, reference: int | None, band_bp: int) -> bool:
    if reference is None or reference <= 0:
        return False
    return abs(unit_cost_fen - reference) * 10000 <= reference * band_bp


async def needs_approval(sku_id: int, unit_cost_fen: int, conn: BaseDBAsyncClient) -> tuple[bool, int | None]:
    reference = await reference_cost(sku_id, conn)
    band = await _purchases().band_bp(conn)
    return not within_band(unit_cost_fen, reference, band), reference


async def open_request(actor: Actor, *, location: Location, sku_id: int, qty_delta: int, reason: AdjustmentReason,
                       note: str, batch_no: str | None, expiry_date: dt.date | None, unit_cost_fen: int,
                       reference: int | None, conn: BaseDBAsyncClient, via: str) -> AdjustmentCostRequest:
    req = await AdjustmentCostRequest.create(
        request_no=new_doc_no("ACR"), location_id=location.id, sku_id=sku_id, qty_delta=qty_delta, reason=reason,
        note=note[:255], batch_no=(batch_no or "").strip(), expiry_date=expiry_date, unit_cost_fen=unit_cost_fen,
        reference_cost_fen=reference, requested_by_id=actor.id, using_db=conn)
    await record_audit(actor.user, "stock.cost_change.request", "stock_adjustment_cost_request", req.request_no,
                       after={"location": location.code, "sku_id": sku_id, "qty_delta": qty_delta,
                              "unit_cost_fen": unit_cost_fen, "reference_cost_fen": reference},
                       via=via, using_db=conn)
    return req


async def get_request(request_no: str, conn: BaseDBAsyncClient | None = None) -> AdjustmentCostRequest:
    req = await AdjustmentCostRequest.get_or_none(request_no=(request_no or "").strip().upper()).using_db(conn)
    if req is None:
        raise NotFound(f"成本审批单 {request_no} 不存在")
    return req


async def decide(actor: Actor, request_no: str, *, approve: bool, reason: str = "",
                 via: str = "api") -> tuple[AdjustmentCostRequest, dict[str, Any] | None, bool]:
    """HQ approves (the adjustment is written now) or rejects (nothing is written). Returns (request, the
    adjustment result or None, changed). A repeat of the same decision changes nothing."""
    if not actor.is_staff or actor.role != Role.HQ_ADMIN:
        raise Forbidden("只有总部管理员可以审批库存成本调整")
    req = await get_request(request_no)
    if approve and req.requested_by_id == actor.id:
        await record_refusal(actor.user, "stock.cost_change.approve_refused", "stock_adjustment_cost_request",
                             req.request_no, reason="self_approval", via=via)
        raise Forbidden("不能审批自己提交的成本调整，请由其他总部管理员审批", code="self_approval")
    target = CostRequestStatus.APPROVED if approve else CostRequestStatus.REJECTED
    reason = (reason or "").strip()[:255]
    async with in_transaction() as conn:
        rows = await fetch(conn, "UPDATE stock_adjustment_cost_requests SET status = $1, decided_by_id = $2, "
                                 "decided_at = $3, reject_reason = $4 WHERE id = $5 AND status = $6 RETURNING id",
                           [target.value, actor.id, utc_now(), "" if approve else reason or "未说明原因",
                            req.id, CostRequestStatus.PENDING.value])
        if not rows:
            req = await get_request(request_no, conn)
            if req.status == target:
                return req, None, False
            raise Conflict(f"成本审批单 {req.request_no} {COST_REQUEST_STATUS_ZH[req.status]}，不能再"
                           f"{'批准' if approve else '驳回'}")
        result: dict[str, Any] | None = None
        if approve:
            location = await Location.get(id=req.location_id).using_db(conn)
            if not location.is_active:
                raise ValidationError(f"{location.name}（{location.code}）已停用，不能调整库存")
            sku = await Sku.get(id=req.sku_id).using_db(conn)
            batch: Batch | None = None
            if req.batch_no:
                batch = await Batch.get_or_none(sku_id=sku.id, batch_no=req.batch_no).using_db(conn)
                if batch is None:
                    batch = await Batch.create(sku_id=sku.id, batch_no=req.batch_no, expiry_date=req.expiry_date,
                                               using_db=conn)
            note = (req.note + f"（成本审批单 {req.request_no}）").strip()
            adjustment_no, adj_rows = await adjustments.write_adjustment(
                sku=sku, location=location, qty_delta=req.qty_delta, reason=req.reason, conn=conn, note=note,
                batch=batch, unit_cost_fen=req.unit_cost_fen, user_id=req.requested_by_id)
            await AdjustmentCostRequest.filter(id=req.id).using_db(conn).update(adjustment_no=adjustment_no)
            result = await adjustments.adjustment_result(adjustment_no, location, sku, req.qty_delta, req.reason, note, adj_rows,
                                             conn)
            await record_audit(actor.user, "stock.adjust", "stock_adjustment", adjustment_no, via=via, using_db=conn,
                               after={**{k: result[k] for k in ("location_code", "sku_code", "qty_delta", "reason",
                                                                "value_fen", "lines")},
                                      "cost_request": req.request_no})
        await record_audit(actor.user, f"stock.cost_change.{'approve' if approve else 'reject'}",
                           "stock_adjustment_cost_request", req.request_no, before={"status": "pending"},
                           after={"status": target.value, "unit_cost_fen": req.unit_cost_fen,
                                  "reference_cost_fen": req.reference_cost_fen,
                                  **({"reason": reason} if not approve else {})},
                           via=via, using_db=conn)
        req = await get_request(request_no, conn)
    return req, result, True


async def request_json(req: AdjustmentCostRequest) -> dict[str, Any]:
    await req.fetch_related("location", "sku")
    users = {u.id: u.username for u in await User.filter(id__in=[i for i in (req.requested_by_id, req.decided_by_id)
                                                                   if i])}
    return {
        "request_no": req.request_no, "status": req.status.value, "status_name": COST_REQUEST_STATUS_ZH[req.status],
        "location_code": req.location.code, "sku_code": req.sku.code, "name": req.sku.name,
        "qty_delta": req.qty_delta, "reason": req.reason.value, "reason_name": ADJUSTMENT_REASON_ZH[req.reason],
        "note": req.note, "batch_no": req.batch_no or None,
        "expiry_date": iso(req.expiry_date),
        "unit_cost_fen": req.unit_cost_fen, "reference_cost_fen": req.reference_cost_fen,
        "requested_by": users.get(req.requested_by_id or 0), "decided_by": users.get(req.decided_by_id or 0),
        "decided_at": iso(req.decided_at),
        "reject_reason": req.reject_reason or None, "adjustment_no": req.adjustment_no or None,
        "created_at": iso(req.created_at),
    }


async def list_requests(actor: Actor, *, status: str | None = None, offset: int = 0,
                        limit: int = 50) -> dict[str, Any]:
    qs = AdjustmentCostRequest.all()
    if actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    if status:
        try:
            qs = qs.filter(status=CostRequestStatus(status))
        except ValueError:
            raise ValidationError(f"不支持的状态：{status}") from None
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [await request_json(r) for r in rows], "total": total}
