"""Unit costs of stock increases (found goods, positive corrections): bounded, and checked against the SKU's last
purchase cost, because the moving average is chain-wide and one wrong cost changes every store's COGS.

    unit cost outside 1 fen .. MAX_UNIT_COST_FEN          -> 400, nothing written
    within ±adjustment_cost_band_bp of the reference cost -> applied at once (backend.stock.adjustments)
    beyond the band, or no reference cost known           -> an AdjustmentCostRequest (pending): no stock, no
                                                             valuation, no journal entry until HQ approves

The reference is the unit price of the SKU's last purchase receipt line, else its moving average cost. HQ decides
held requests in backend.stock.cost_approvals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_audit
from backend.errors import NotFound, ValidationError
from backend.finance import costing
from backend.money import MAX_UNIT_PRICE_FEN
from backend.org.models import Location, User
from backend.security.actor import Actor
from backend.stock.lookups import new_doc_no
from backend.stock.models import (
    ADJUSTMENT_REASON_ZH,
    COST_REQUEST_STATUS_ZH,
    AdjustmentCostRequest,
    AdjustmentReason,
)
from backend.timestamps import iso

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
