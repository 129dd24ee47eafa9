"""Stock discrepancies: units a sale took that the books no longer had when it was recorded.

A counter sale made while the till was offline has already happened: the goods left with the shopper. When it
syncs, the same units may have been sold or reserved elsewhere in the meantime. The sale is never refused for
that (backend.orders.offline), and stocks rows never go negative, so the shortfall is represented like this:

1. `cover_shortfall` (inside the sale's transaction, the SKU's rows at the store locked): the units the books
   have free for the sale (on hand minus reserved, unexpired batches) are counted; what is missing is brought in
   by an adjustment with reason `offline_sale` (离线销售缺货, +N at the moving average: Dr INVENTORY /
   Cr INVENTORY_GAIN, a movement that names the sale), so the sale then consumes what was there plus the bridged
   units and every row ends at or above zero. The store's on-hand after the sale is what it would be had the
   sale consumed everything available: max(0, available - sold) for the free units; holds of other orders stay.
2. A `StockDiscrepancy` row (open) records sold / available / short with the sale's key, order number and the
   moment it happened, and the store's managers are told on WeCom (staff notification outbox, same
   transaction). The books now say the shelf has what it had minus what was sold; the shelf may say otherwise
   (another order's units went with the shopper, or the count was wrong before).
3. The store manager resolves it (`resolve`, audited) after a count (a stocktake or an adjustment that corrects
   on-hand and posts the loss) or a transfer in that covers the units another order still holds; the note says
   which.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.errors import InvalidState, NotFound, ValidationError
from backend.finance import costing
from backend.messaging import notifications
from backend.money import yuan
from backend.org.models import Location, Role, User
from backend.raw_sql import is_postgres
from backend.security.actor import Actor
from backend.stock import adjustments, cost_check, management
from backend.stock.management import Ref
from backend.stock.models import (
    DISCREPANCY_STATUS_ZH,
    AdjustmentReason,
    DiscrepancyStatus,
    StockDiscrepancy,
)
from backend.timestamps import iso, to_china

KIND = notifications.KIND_STOCK_DISCREPANCY
RESOLVERS = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})


async def free_units(sku_id: int, location_id: int, conn: BaseDBAsyncClient) -> int:
    """Units of the SKU at the location a sale may take now (unexpired, not held); the rows stay locked on
    PostgreSQL until the caller's transaction ends."""
    return sum(s.on_hand - s.reserved for s in await management.sellable_stocks(sku_id, location_id, conn))


async def cover_shortfall(*, sku: Sku, location: Location, qty: int, source_type: str, source_id: str,
                          occurred_at: datetime, conn: BaseDBAsyncClient,
                          user_id: int | None = None) -> StockDiscrepancy | None:
    """Before a sale that already happened takes `qty` units: bridge what the books lack (step 1 above) and open
    a discrepancy for it. None when the books have enough (nothing written)."""
    available = await free_units(sku.id, location.id, conn)
    short = qty - available
    if short <= 0:
        return None
    when = to_china(occurred_at)
    note = f"离线销售 {when:%Y-%m-%d %H:%M} 售出 {qty} 件，同步时仅余 {max(available, 0)} 件可售"
    # At the chain's moving average; with none left anywhere, at the last purchase cost (0 when never bought).
    unit = await costing.unit_cost_fen(sku.id, conn) or await cost_check.reference_cost(sku.id, conn) or 0
    adjustment_no, rows = await adjustments.write_adjustment(
        sku=sku, location=location, qty_delta=short, reason=AdjustmentReason.OFFLINE_SALE, conn=conn, note=note,
        user_id=user_id, ref=Ref(source_type, source_id[:64]), unit_cost_fen=unit)
    return await StockDiscrepancy.create(
        location_id=location.id, sku_id=sku.id, qty_sold=qty, qty_available=max(available, 0), qty_short=short,
        value_fen=sum(r.value_fen for r in rows), adjustment_no=adjustment_no, source_type=source_type,
        source_id=source_id, occurred_at=occurred_at, using_db=conn)


async def tell_managers(found: list[StockDiscrepancy], *, location: Location, order_no: str,
                        conn: BaseDBAsyncClient) -> None:
    """One WeCom notice to the store's managers for the discrepancies of one sale (outbox, same transaction;
    the caller kicks the delivery after the commit)."""
    if not found:
        return
    users = await User.filter(is_active=True, wecom_userid__not_isnull=True, role=Role.STORE_MANAGER,
                              locations__location_id=location.id).using_db(conn).values_list("wecom_userid",
                                                                                             flat=True)
    skus = {s.id: s for s in await Sku.filter(id__in=[d.sku_id for d in found]).using_db(conn)}
    lines = "；".join(f"{skus[d.sku_id].code} {skus[d.sku_id].name} 缺 {d.qty_short} 件" for d in found)
    when = to_china(found[0].occurred_at)
    text = (f"【库存差异】{location.name} 离线销售 {order_no}（{when:%m-%d %H:%M}）同步时库存已不足：{lines}。"
            "销售已入账，请盘点或调拨后在后台「库存差异」中处理。")
    await notifications.enqueue(conn, kind=KIND, user_ids=[str(u) for u in users],
                                payload=notifications.text_payload(text), dedupe_key=f"{KIND}:{found[0].id}")


def discrepancy_dict(d: StockDiscrepancy) -> dict[str, Any]:
    return {
        "id": d.id, "location_code": d.location.code, "location_name": d.location.name, "sku_code": d.sku.code,
        "sku_name": d.sku.name, "qty_sold": d.qty_sold, "qty_available": d.qty_available, "qty_short": d.qty_short,
        "value_fen": d.value_fen, "value_text": yuan(d.value_fen), "adjustment_no": d.adjustment_no,
        "source_type": d.source_type, "source_id": d.source_id, "order_no": d.order_no,
        "occurred_at": iso(d.occurred_at), "status": d.status.value, "status_name": DISCREPANCY_STATUS_ZH[d.status],
        "resolution_note": d.resolution_note, "resolved_by_id": d.resolved_by_id, "resolved_at": iso(d.resolved_at),
        "created_at": iso(d.created_at),
    }


async def list_discrepancies(*, location_ids: list[int] | None, status: str | None, offset: int = 0,
                             limit: int = 50) -> dict[str, Any]:
    """The discrepancies of these locations (None: all), newest first."""
    qs = StockDiscrepancy.all()
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    if status:
        try:
            qs = qs.filter(status=DiscrepancyStatus(status))
        except ValueError:
            raise ValidationError("状态只能是 open 或 resolved",
                                  details=[{"field": "status", "message": "取值不在允许范围内"}]) from None
    total = await qs.count()
    rows = await qs.select_related("location", "sku").order_by("-id").offset(offset).limit(limit)
    return {"items": [discrepancy_dict(d) for d in rows], "total": total,
            "open": await StockDiscrepancy.filter(
                status=DiscrepancyStatus.OPEN,
                **({"location_id__in": location_ids} if location_ids is not None else {})).count()}


async def resolve(actor: Actor, discrepancy_id: int, note: str) -> dict[str, Any]:
    """The store manager (their stores) or HQ closes a discrepancy with what was done (盘点 / 调拨 ...)."""
    text = (note or "").strip()
    if not text:
        raise ValidationError("请填写处理说明（如：已盘点更正 / 已调拨补货）",
                          details=[{"field": "note", "message": "缺少必填字段"}])
    async with in_transaction() as conn:
        qs = StockDiscrepancy.filter(id=discrepancy_id).using_db(conn)
        if is_postgres(conn):
            qs = qs.select_for_update()
        d = await qs.first()
        if d is None:
            raise NotFound("库存差异记录不存在")
        actor.require_location(d.location_id)
        if d.status != DiscrepancyStatus.OPEN:
            raise InvalidState("该库存差异已处理")
        d.status, d.resolution_note = DiscrepancyStatus.RESOLVED, text[:255]
        d.resolved_by_id = actor.user.id if actor.user else None
        d.resolved_at = datetime.now(UTC)
        await d.save(update_fields=["status", "resolution_note", "resolved_by_id", "resolved_at"], using_db=conn)
        await record_audit(actor.user, "stock.discrepancy_resolve", "stock_discrepancy", d.id,
                           before={"status": DiscrepancyStatus.OPEN.value},
                           after={"status": d.status.value, "note": d.resolution_note}, using_db=conn)
        await d.fetch_related("location", "sku", using_db=conn)
        return discrepancy_dict(d)
