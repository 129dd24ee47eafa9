"""Stock adjustments with a reason: damage, expiry, loss (decrease), found goods (increase), corrections.

One request, one transaction: guarded stock updates (a decrease takes from the named batch, or earliest expiry
first across batches, never from reserved units) + movements + StockAdjustment rows (one per batch touched,
sharing an adjustment_no) + inventory valuation + one journal entry + the audit record. Anything short or
invalid raises before the transaction commits, so nothing is written.

Value: a decrease leaves at the moving average (Dr INVENTORY_LOSS / Cr INVENTORY); an increase enters at the
given unit cost or the SKU's current moving average (Dr INVENTORY / Cr INVENTORY_GAIN). A given unit cost is
bounded and checked against the SKU's last purchase cost (backend.stock.cost_check): beyond the band the
increase becomes a pending request for HQ approval and nothing else is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Product, Sku
from backend.errors import Forbidden, ValidationError
from backend.finance import costing, postings
from backend.org.models import Location, Role
from backend.security.actor import Actor
from backend.stock import cost_check, management
from backend.stock.availability import location_quantities
from backend.stock.lookups import active_location_by_code, fefo_key, location_by_code, new_doc_no, sku_by_code
from backend.stock.management import Ref
from backend.stock.models import (
    ADJUSTMENT_REASON_ZH,
    AdjustmentReason,
    Batch,
    MovementKind,
    Stock,
    StockAdjustment,
    StockMovement,
)
from backend.stock.movements import movement_json
from backend.timestamps import business_today, iso

# Chinese words staff type (WeCom, back office) for each reason code.
REASON_ALIASES: dict[str, AdjustmentReason] = {
    "破损": AdjustmentReason.DAMAGE, "损坏": AdjustmentReason.DAMAGE, "报损": AdjustmentReason.DAMAGE,
    "过期": AdjustmentReason.EXPIRY, "临期报废": AdjustmentReason.EXPIRY, "到期": AdjustmentReason.EXPIRY,
    "丢失": AdjustmentReason.LOSS, "遗失": AdjustmentReason.LOSS, "失窃": AdjustmentReason.LOSS,
    "被盗": AdjustmentReason.LOSS,
    "找回": AdjustmentReason.FOUND, "盘盈": AdjustmentReason.FOUND, "多出": AdjustmentReason.FOUND,
    "更正": AdjustmentReason.CORRECTION, "录入更正": AdjustmentReason.CORRECTION, "纠错": AdjustmentReason.CORRECTION,
    "试用": AdjustmentReason.SAMPLE, "赠品": AdjustmentReason.SAMPLE, "试用赠品": AdjustmentReason.SAMPLE,
    "其他": AdjustmentReason.OTHER, "其它": AdjustmentReason.OTHER,
}
# Reasons staff may choose; a shortfall is written only by a transfer's receipt, offline_sale only by an offline
# counter sale synced after its units were sold elsewhere (backend.stock.discrepancies).
MANUAL_REASONS = frozenset(AdjustmentReason) - {AdjustmentReason.SHORTFALL, AdjustmentReason.OFFLINE_SALE}
DECREASE_ONLY = frozenset({AdjustmentReason.DAMAGE, AdjustmentReason.EXPIRY, AdjustmentReason.LOSS,
                           AdjustmentReason.SAMPLE, AdjustmentReason.SHORTFALL})
INCREASE_ONLY = frozenset({AdjustmentReason.FOUND})
ADJUSTING_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
MAX_DELTA = 100_000


def parse_reason(value: str | None) -> AdjustmentReason:
    """The reason code from its English code or a Chinese word (破损, 过期, 丢失 ...)."""
    text = (value or "").strip()
    reason: AdjustmentReason | None = REASON_ALIASES.get(text)
    if reason is None:
        try:
            reason = AdjustmentReason(text.lower())
        except ValueError:
            reason = None
    if reason is None or reason not in MANUAL_REASONS:
        allowed = "、".join(f"{r.value}（{ADJUSTMENT_REASON_ZH[r]}）" for r in AdjustmentReason if r in MANUAL_REASONS)
        raise ValidationError(f"调整原因不合法，可选：{allowed}")
    return reason


def check_direction(reason: AdjustmentReason, qty_delta: int) -> None:
    if qty_delta == 0:
        raise ValidationError("调整数量不能为 0")
    if abs(qty_delta) > MAX_DELTA:
        raise ValidationError(f"单次调整数量不能超过 {MAX_DELTA}")
    name = ADJUSTMENT_REASON_ZH[reason]
    if reason in DECREASE_ONLY and qty_delta > 0:
        raise ValidationError(f"原因“{name}”只能减少库存（数量应为负数）")
    if reason in INCREASE_ONLY and qty_delta < 0:
        raise ValidationError(f"原因“{name}”只能增加库存（数量应为正数）")


def require_adjuster(actor: Actor, location: Location) -> None:
    if not actor.is_staff or actor.role not in ADJUSTING_ROLES:
        raise Forbidden("只有店长或总部管理员可以调整库存")
    actor.require_location(location.id)


async def category_id_of(sku: Sku, conn: BaseDBAsyncClient | None = None) -> int | None:
    row = await Product.filter(id=sku.product_id).using_db(conn).values_list("category_id", flat=True)
    return int(row[0]) if row else None


async def _batch_for_increase(sku: Sku, location: Location, conn: BaseDBAsyncClient) -> Batch:
    """Where found goods go when no batch is named: the earliest-expiring unexpired batch already at the
    location, else the SKU's earliest-expiring unexpired batch anywhere, else its no-expiry batch."""
    on = business_today()
    rows = await Stock.filter(sku_id=sku.id, location_id=location.id).using_db(conn).select_related("batch")
    here = [s.batch for s in rows if not (s.batch.expiry_date and s.batch.expiry_date < on)]
    if here:
        return min(here, key=lambda b: fefo_key(b.expiry_date, b.id))
    anywhere = [b for b in await Batch.filter(sku_id=sku.id).using_db(conn)
                if not (b.expiry_date and b.expiry_date < on)]
    if anywhere:
        return min(anywhere, key=lambda b: fefo_key(b.expiry_date, b.id))
    return await management.default_batch(sku.id, conn)


async def write_adjustment(
    *, sku: Sku, location: Location, qty_delta: int, reason: AdjustmentReason, conn: BaseDBAsyncClient,
    note: str = "", batch: Batch | None = None, unit_cost_fen: int | None = None, user_id: int | None = None,
    adjustment_no: str | None = None, ref: Ref | None = None, kind: MovementKind = MovementKind.ADJUSTMENT,
) -> tuple[str, list[StockAdjustment]]:
    """The stock, valuation and ledger part of an adjustment, inside the caller's transaction (no checks of who
    asks). Movements carry the ref ("adjustment", adjustment_no); `ref` marks what caused it, if not staff.
    Returns (adjustment_no, rows)."""
    adjustment_no = adjustment_no or new_doc_no("ADJ")
    movement_ref = Ref("adjustment", adjustment_no)
    category_id = await category_id_of(sku, conn)
    rows: list[StockAdjustment] = []
    total_value = 0
    common = {"location_id": location.id, "sku_id": sku.id, "reason": reason, "note": note[:255],
              "user_id": user_id, "adjustment_no": adjustment_no,
              "ref_type": ref.type if ref else "", "ref_id": ref.id if ref else ""}
    if qty_delta < 0:
        taken = await management.take_fefo(
            sku_id=sku.id, location_id=location.id, qty=-qty_delta, kind=kind, ref=movement_ref, conn=conn,
            batch_id=batch.id if batch else None, user_id=user_id, reason=reason.value, note=note,
        )
        for stock, qty in taken:
            value = await costing.remove_at_average(sku.id, qty, conn)
            total_value -= value
            rows.append(await StockAdjustment.create(batch_id=stock.batch_id, qty_delta=-qty, value_fen=-value,
                                                     **common, using_db=conn))
    else:
        target = batch or await _batch_for_increase(sku, location, conn)
        await management.put_away(sku_id=sku.id, location_id=location.id, batch_id=target.id, qty=qty_delta,
                                  kind=kind, ref=movement_ref, conn=conn, user_id=user_id, reason=reason.value, note=note)
        unit = unit_cost_fen if unit_cost_fen is not None else await costing.unit_cost_fen(sku.id, conn)
        total_value = qty_delta * unit
        await costing.add_value(sku.id, qty_delta, total_value, conn)
        rows.append(await StockAdjustment.create(batch_id=target.id, qty_delta=qty_delta, value_fen=total_value,
                                                 **common, using_db=conn))
    change = postings.InventoryChange(sku_id=sku.id, location_id=location.id, value_fen=total_value,
                                      category_id=category_id)
    memo = f"库存调整 {adjustment_no} {sku.code} {ADJUSTMENT_REASON_ZH[reason]} {qty_delta:+d}"
    await postings.post_stock_adjustment(adjustment_no=adjustment_no, change=change, memo=memo, conn=conn,
                                         user_id=user_id)
    return adjustment_no, rows


async def adjust(
    actor: Actor, *, location_code: str, sku_code: str, qty_delta: int, reason: str, note: str = "",
    batch_no: str | None = None, unit_cost_fen: int | None = None, expiry_date: dt.date | None = None,
    via: str = "api",
) -> dict[str, Any]:
    """Adjust the on hand of one SKU at one location. See the module docstring for the rules. An increase whose
    unit cost is beyond the band answers {"pending": True, "request": ...} having moved nothing."""
    reason_code = parse_reason(reason)
    check_direction(reason_code, qty_delta)
    if unit_cost_fen is not None:
        cost_check.check_bounds(unit_cost_fen)
    async with in_transaction() as conn:
        location = await active_location_by_code(location_code, conn)
        require_adjuster(actor, location)
        sku = await sku_by_code(sku_code, conn)
        pending = False
        if qty_delta > 0 and unit_cost_fen is not None:
            held, reference = await cost_check.needs_approval(sku.id, unit_cost_fen, conn)
            if held:
                req = await cost_check.open_request(
                    actor, location=location, sku_id=sku.id, qty_delta=qty_delta, reason=reason_code, note=note,
                    batch_no=batch_no, expiry_date=expiry_date, unit_cost_fen=unit_cost_fen, reference=reference,
                    conn=conn, via=via)
                pending = True
        if not pending:
            batch: Batch | None = None
            if batch_no and batch_no.strip():
                batch = await Batch.get_or_none(sku_id=sku.id, batch_no=batch_no.strip()).using_db(conn)
                if batch is None:
                    if qty_delta < 0:
                        raise ValidationError(f"商品 {sku.code} 没有批次 {batch_no}")
                    batch = await Batch.create(sku_id=sku.id, batch_no=batch_no.strip(), expiry_date=expiry_date,
                                               using_db=conn)
            adjustment_no, rows = await write_adjustment(
                sku=sku, location=location, qty_delta=qty_delta, reason=reason_code, conn=conn, note=note,
                batch=batch, unit_cost_fen=unit_cost_fen, user_id=actor.id,
            )
            result = await adjustment_result(adjustment_no, location, sku, qty_delta, reason_code, note, rows, conn)
            await record_audit(actor.user, "stock.adjust", "stock_adjustment", adjustment_no,
                               after={k: result[k] for k in ("location_code", "sku_code", "qty_delta", "reason",
                                                             "note", "value_fen", "lines")},
                               via=via, using_db=conn)
    if pending:
        return {"pending": True, "request": await cost_check.request_json(req),
                "message": "单位成本与最近采购成本相差超过允许范围，已提交总部审批，批准前不入库、不记账"}
    result["movement"] = result["movements"][0]
    return result


async def adjustment_result(adjustment_no: str, location: Location, sku: Sku, qty_delta: int,
                            reason: AdjustmentReason, note: str, rows: list[StockAdjustment],
                            conn: BaseDBAsyncClient) -> dict[str, Any]:
    """What an adjustment answers: its lines, movements and the location's quantities after it."""
    movements = await (StockMovement.filter(ref_type="adjustment", ref_id=adjustment_no).using_db(conn)
                       .select_related("sku", "location", "batch").order_by("id"))
    return {
        "adjustment_no": adjustment_no,
        "location_code": location.code,
        "sku_code": sku.code,
        "qty_delta": qty_delta,
        "reason": reason.value,
        "reason_name": ADJUSTMENT_REASON_ZH[reason],
        "note": note,
        "value_fen": sum(r.value_fen for r in rows),
        "lines": [{"batch_no": m.batch.batch_no, "qty_delta": m.on_hand_delta} for m in movements],
        "movements": [movement_json(m) for m in movements],
        "stock": await location_quantities(sku.id, location.id, conn),
    }


async def list_adjustments(
    *, location_code: str | None = None, sku_code: str | None = None, reason: str | None = None,
    offset: int = 0, limit: int = 50, conn: BaseDBAsyncClient | None = None,
) -> dict[str, Any]:
    qs = StockAdjustment.all().using_db(conn)
    if location_code:
        qs = qs.filter(location_id=(await location_by_code(location_code, conn)).id)
    if sku_code:
        qs = qs.filter(sku_id=(await sku_by_code(sku_code, conn)).id)
    if reason:
        try:
            qs = qs.filter(reason=AdjustmentReason(reason))
        except ValueError:
            qs = qs.filter(reason=parse_reason(reason))
    total = await qs.count()
    rows = await qs.select_related("sku", "location", "batch").order_by("-id").offset(offset).limit(limit)
    return {
        "items": [
            {"id": r.id, "adjustment_no": r.adjustment_no, "location_code": r.location.code, "sku_code": r.sku.code,
             "batch_no": r.batch.batch_no, "qty_delta": r.qty_delta, "reason": r.reason.value,
             "reason_name": ADJUSTMENT_REASON_ZH[r.reason], "note": r.note, "value_fen": r.value_fen,
             "ref_type": r.ref_type, "ref_id": r.ref_id, "user_id": r.user_id,
             "created_at": iso(r.created_at)}
            for r in rows
        ],
        "total": total,
    }
