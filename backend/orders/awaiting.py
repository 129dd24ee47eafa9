"""After-sales work waiting for a store's decision: return requests (RMAs) not yet approved or rejected, and
shoppers' refund requests the store manager has to agree to or refuse (those outside the automatic window).

Listed for the back office's "things waiting for me" (the console's dashboard): a store manager sees their own
stores, hq_admin the chain. Deciding stays on the order routes (/api/v1/orders/<id>/returns/<rma>/approve,
/api/v1/orders/<id>/refund-request/approve)."""

from __future__ import annotations

from typing import Any

from backend.orders.models import Order, RefundRequest, RefundRequestStatus, ReturnRequest, ReturnStatus
from backend.orders.serializers import RETURN_STATUS_ZH
from backend.org.models import Location
from backend.security import Actor
from backend.timestamps import iso

MAX_LIMIT = 100


async def _orders(order_ids: set[int]) -> tuple[dict[int, Order], dict[int, Location]]:
    orders = {o.id: o for o in await Order.filter(id__in=list(order_ids))} if order_ids else {}
    loc_ids = {o.location_id for o in orders.values() if o.location_id}
    locations = {loc.id: loc for loc in await Location.filter(id__in=list(loc_ids))} if loc_ids else {}
    return orders, locations


def _order_json(order: Order | None, locations: dict[int, Location]) -> dict[str, Any]:
    if order is None:
        return {"order_id": None, "order_no": None, "location_code": None, "location_name": None}
    loc = locations.get(order.location_id) if order.location_id else None
    return {"order_id": order.id, "order_no": order.order_no, "order_total_fen": order.total_fen,
            "location_code": loc.code if loc else None, "location_name": loc.name if loc else None}


async def awaiting_decision(actor: Actor, *, location_id: int | None = None, limit: int = 20) -> dict[str, Any]:
    """Requested returns and refund requests of the caller's stores (oldest first, `limit` of each) with totals."""
    limit = max(1, min(limit, MAX_LIMIT))
    rma_qs = ReturnRequest.filter(status=ReturnStatus.REQUESTED)
    ask_qs = RefundRequest.filter(status=RefundRequestStatus.REQUESTED)
    if actor.location_ids is not None:
        mine = sorted(actor.location_ids)
        rma_qs = rma_qs.filter(order__location_id__in=mine)
        ask_qs = ask_qs.filter(order__location_id__in=mine)
    if location_id is not None:
        rma_qs = rma_qs.filter(order__location_id=location_id)
        ask_qs = ask_qs.filter(order__location_id=location_id)
    rma_total = await rma_qs.count()
    ask_total = await ask_qs.count()
    rmas = await rma_qs.order_by("created_at", "id").limit(limit)
    asks = await ask_qs.order_by("created_at", "id").limit(limit)
    orders, locations = await _orders({r.order_id for r in rmas} | {a.order_id for a in asks})
    return {
        "returns": {"total": rma_total, "items": [{
            "id": r.id, "rma_no": r.rma_no, "status": ReturnStatus(r.status).value,
            "status_name": RETURN_STATUS_ZH[ReturnStatus(r.status)], "reason": r.reason, "refund_fen": r.refund_fen,
            "created_at": iso(r.created_at), **_order_json(orders.get(r.order_id), locations),
        } for r in rmas]},
        "refund_requests": {"total": ask_total, "items": [{
            "id": a.id, "status": RefundRequestStatus(a.status).value, "reason": a.reason,
            "created_at": iso(a.created_at), **_order_json(orders.get(a.order_id), locations),
        } for a in asks]},
    }
