"""HQ's queue of held stock cost changes (backend.stock.cost_check opens them): list them, approve one (the
adjustment is written then, through backend.stock.adjustments) or reject it (nothing is written).

Approval is by an HQ admin other than the request's maker (refusals audited); a guarded UPDATE pending ->
approved lets exactly one of two concurrent approvals write the adjustment.
"""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.catalog.models import Sku
from backend.errors import Conflict, Forbidden, ValidationError
from backend.org.models import Location, Role
from backend.raw_sql import fetch
from backend.security.actor import Actor
from backend.stock import adjustments
from backend.stock.cost_check import get_request, request_json
from backend.stock.models import COST_REQUEST_STATUS_ZH, AdjustmentCostRequest, Batch, CostRequestStatus
from backend.timestamps import utc_now


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
