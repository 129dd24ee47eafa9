"""The movement journal: every change of a stock number, filterable and paginated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import ValidationError
from backend.stock.lookups import location_by_code, sku_by_code
from backend.stock.models import Batch, MovementKind, StockMovement
from backend.timestamps import day_bounds, iso

MOVEMENT_KIND_ZH = {
    MovementKind.RECEIPT: "采购入库",
    MovementKind.SALE: "销售出库",
    MovementKind.RETURN: "退货入库",
    MovementKind.ADJUSTMENT: "库存调整",
    MovementKind.WRITE_OFF: "报损",
    MovementKind.TRANSFER_OUT: "调拨出库",
    MovementKind.TRANSFER_IN: "调拨入库",
    MovementKind.STOCKTAKE: "盘点差异",
    MovementKind.RESERVE: "预留",
    MovementKind.RELEASE: "释放预留",
    MovementKind.IMPORT: "期初导入",
}


def movement_json(m: StockMovement) -> dict[str, Any]:
    """Needs sku, location and batch fetched (select_related)."""
    return {
        "id": m.id,
        "kind": m.kind.value,
        "kind_name": MOVEMENT_KIND_ZH.get(m.kind, m.kind.value),
        "sku_code": m.sku.code,
        "location_code": m.location.code,
        "batch_no": m.batch.batch_no,
        "on_hand_delta": m.on_hand_delta,
        "reserved_delta": m.reserved_delta,
        "reason": m.reason,
        "note": m.note,
        "ref_type": m.ref_type,
        "ref_id": m.ref_id,
        "user_id": m.user_id,
        "created_at": iso(m.created_at),
    }


async def movements_for_ref(ref_type: str, ref_id: str, conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    rows = await (StockMovement.filter(ref_type=ref_type, ref_id=ref_id).using_db(conn)
                  .select_related("sku", "location", "batch").order_by("id"))
    return [movement_json(m) for m in rows]


async def query_movements(
    *, sku_code: str | None = None, location_code: str | None = None, batch_no: str | None = None,
    kind: str | None = None, ref_type: str | None = None, ref_id: str | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None, offset: int = 0, limit: int = 50,
    conn: BaseDBAsyncClient | None = None,
) -> dict[str, Any]:
    """Newest first. date_to is inclusive. Returns {"items", "total", "sums": {"on_hand_delta", "reserved_delta"}}."""
    qs = StockMovement.all().using_db(conn)
    if sku_code:
        sku = await sku_by_code(sku_code, conn)
        qs = qs.filter(sku_id=sku.id)
        if batch_no:
            batch = await Batch.get_or_none(sku_id=sku.id, batch_no=batch_no).using_db(conn)
            qs = qs.filter(batch_id=batch.id if batch else -1)
    elif batch_no:
        qs = qs.filter(batch__batch_no=batch_no)
    if location_code:
        loc = await location_by_code(location_code, conn)
        qs = qs.filter(location_id=loc.id)
    if kind:
        try:
            qs = qs.filter(kind=MovementKind(kind))
        except ValueError as exc:
            raise ValidationError(f"不支持的变动类型 {kind}") from exc
    if ref_type:
        qs = qs.filter(ref_type=ref_type)
    if ref_id:
        qs = qs.filter(ref_id=ref_id)
    if date_from and date_to and date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期")
    if date_from:
        qs = qs.filter(created_at__gte=day_bounds(date_from, date_from)[0])
    if date_to:
        qs = qs.filter(created_at__lt=day_bounds(date_to, date_to)[1])
    total = await qs.count()
    sums = await qs.values_list("on_hand_delta", "reserved_delta")
    rows = await qs.select_related("sku", "location", "batch").order_by("-id").offset(offset).limit(limit)
    return {
        "items": [movement_json(m) for m in rows],
        "total": total,
        "sums": {"on_hand_delta": sum(r[0] for r in sums), "reserved_delta": sum(r[1] for r in sums)},
    }
