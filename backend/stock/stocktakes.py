"""Stocktakes: open a count sheet -> record counts -> submit -> approve and post (or cancel).

- open: clerk, store manager or HQ for the location; one active (open or submitted) sheet per location.
  The sheet snapshots system_qty = on hand for every SKU x batch with on_hand > 0 at the location (only the
  given category and its sub-categories, if one is given).
- counts: by sku_code or barcode. mode "set" (default: counted_qty is the absolute count, so sending the same
  count again never double counts) or "add" (counted_qty is added: a scanner sends 1 per scan, and two clerks
  scanning the same SKU both count).
  With batch_no the count is that batch's (a batch not on the sheet gets a line whose system_qty is the current
  on hand of that batch there, 0 if none; an unknown batch number is created, with expiry_date if given).
  Without batch_no the count is for the SKU as a whole: the SKU's total is spread over its lines on the sheet
  earliest expiry first, each up to its system_qty, and any surplus goes to the earliest-expiring batch; so
  scanning 10 tins of a SKU held as 5 + 5 shows no variance, and a shortage shows on the latest-expiring batch.
- submit: counting ends. Lines never counted are reported; at posting they are skipped (no variance) unless
  uncounted_as_zero is asked for, which treats them as counted 0 (a full count where absence means missing).
- post (approve): the store manager of the location or hq_admin. variance = counted - system_qty (the
  snapshot), applied as a delta to the CURRENT on hand of that batch, so sales made between the snapshot and
  the posting are not counted twice. A shortage larger than the batch's current unreserved on hand is refused
  (409 insufficient_stock) and nothing is posted. Movements have kind stocktake; a shortage leaves at the
  moving average (Dr INVENTORY_LOSS / Cr INVENTORY), a surplus enters at the SKU's moving average before the
  posting (Dr INVENTORY / Cr INVENTORY_GAIN); one journal entry per stocktake.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Category, Product, Sku
from backend.errors import Conflict, Forbidden, InsufficientStock, InvalidState, NotFound, ValidationError
from backend.finance import costing, postings
from backend.org.models import Location, Role
from backend.raw_sql import execute, is_postgres
from backend.security.actor import Actor
from backend.stock import management
from backend.stock.adjustments import _batch_for_increase, category_id_of
from backend.stock.lookups import active_location_by_code, fefo_key, location_by_code, new_doc_no, sku_by_code
from backend.stock.management import Ref
from backend.stock.models import Batch, MovementKind, Stock, Stocktake, StocktakeLine, StocktakeStatus
from backend.timestamps import iso, utc_now

STOCKTAKE_STATUS_ZH = {
    StocktakeStatus.OPEN: "盘点中",
    StocktakeStatus.SUBMITTED: "待审核",
    StocktakeStatus.POSTED: "已过账",
    StocktakeStatus.CANCELLED: "已取消",
}
COUNT_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER, Role.HQ_ADMIN})
APPROVE_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
ACTIVE = (StocktakeStatus.OPEN, StocktakeStatus.SUBMITTED)
REF_TYPE = "stocktake"
MAX_COUNT = 1_000_000


def _role_in(actor: Actor, roles: frozenset[Role], message: str) -> None:
    if not actor.is_staff or actor.role not in roles:
        raise Forbidden(message)


async def _load(ident: int | str, conn: BaseDBAsyncClient | None) -> Stocktake:
    text = str(ident).strip()
    qs = Stocktake.filter(id=int(text)) if text.isdigit() else Stocktake.filter(stocktake_no=text)
    st = await qs.using_db(conn).first()
    if st is None:
        raise NotFound(f"盘点单 {text} 不存在")
    return st


_VERB_ZH = {StocktakeStatus.SUBMITTED: "提交", StocktakeStatus.POSTED: "过账", StocktakeStatus.CANCELLED: "取消"}


async def _move(st: Stocktake, expected: set[StocktakeStatus], new: StocktakeStatus, conn: BaseDBAsyncClient,
                **fields: Any) -> None:
    n = await Stocktake.filter(id=st.id, status__in=list(expected)).using_db(conn).update(status=new, **fields)
    if n != 1:
        current = await Stocktake.filter(id=st.id).using_db(conn).values_list("status", flat=True)
        now = STOCKTAKE_STATUS_ZH[StocktakeStatus(current[0])] if current else "未知"
        raise InvalidState(f"盘点单 {st.stocktake_no} 当前状态为“{now}”，不能{_VERB_ZH[new]}")
    st.status = new
    for k, v in fields.items():
        setattr(st, k, v)


def _require_open(st: Stocktake) -> None:
    if st.status != StocktakeStatus.OPEN:
        raise InvalidState(f"盘点单 {st.stocktake_no} 当前状态为“{STOCKTAKE_STATUS_ZH[st.status]}”，不能录入盘点数")


async def _category_ids(root_id: int, conn: BaseDBAsyncClient | None) -> set[int]:
    ids = {root_id}
    frontier = [root_id]
    while frontier:
        children = await Category.filter(parent_id__in=frontier).using_db(conn).values_list("id", flat=True)
        frontier = [int(c) for c in children if int(c) not in ids]
        ids.update(frontier)
    return ids


async def _resolve_category(category: int | str | None, conn: BaseDBAsyncClient) -> Category | None:
    if category is None or str(category).strip() == "":
        return None
    text = str(category).strip()
    cat = await (Category.get_or_none(id=int(text)) if text.isdigit() else Category.filter(name=text).first()).using_db(conn)
    if cat is None:
        raise NotFound(f"品类 {text} 不存在")
    return cat


async def _sku_in_scope(st: Stocktake, sku: Sku, conn: BaseDBAsyncClient) -> None:
    if st.category_id is None:
        return
    cat_id = await category_id_of(sku, conn)
    if cat_id not in await _category_ids(st.category_id, conn):
        raise ValidationError(f"商品 {sku.code} 不在本次盘点的品类范围内")


def _line_json(ln: StocktakeLine, posted: bool) -> dict[str, Any]:
    variance = None if ln.counted_qty is None else ln.counted_qty - ln.system_qty
    return {
        "id": ln.id, "sku_code": ln.sku.code, "name": ln.sku.name, "barcode": ln.sku.barcode,
        "batch_no": ln.batch.batch_no,
        "expiry_date": iso(ln.batch.expiry_date),
        "system_qty": ln.system_qty, "counted_qty": ln.counted_qty, "variance": variance,
        "variance_posted": ln.variance_posted if posted else None, "value_fen": ln.value_fen if posted else None,
    }


async def stocktake_json(st: Stocktake, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    loc = await Location.get(id=st.location_id).using_db(conn)
    lines = await StocktakeLine.filter(stocktake_id=st.id).using_db(conn).select_related("sku", "batch")
    lines.sort(key=lambda ln: (ln.sku.code, fefo_key(ln.batch.expiry_date, ln.batch_id)))
    posted = st.status == StocktakeStatus.POSTED
    counted = [ln for ln in lines if ln.counted_qty is not None]
    cat_name = None
    if st.category_id:
        cat_name = await Category.filter(id=st.category_id).using_db(conn).values_list("name", flat=True)
    return {
        "id": st.id,
        "stocktake_no": st.stocktake_no,
        "status": st.status.value,
        "status_name": STOCKTAKE_STATUS_ZH[st.status],
        "location_code": loc.code,
        "location_name": loc.name,
        "category": cat_name[0] if cat_name else None,
        "note": st.note,
        "lines": [_line_json(ln, posted) for ln in lines],
        "summary": {
            "lines": len(lines),
            "counted_lines": len(counted),
            "uncounted_lines": len(lines) - len(counted),
            "system_qty": sum(ln.system_qty for ln in lines),
            "counted_qty": sum(ln.counted_qty or 0 for ln in counted),
            "variance_qty": sum((ln.counted_qty or 0) - ln.system_qty for ln in counted),
            "gain_value_fen": sum(ln.value_fen for ln in lines if ln.value_fen > 0) if posted else None,
            "loss_value_fen": -sum(ln.value_fen for ln in lines if ln.value_fen < 0) if posted else None,
        },
        "created_by_id": st.created_by_id,
        "approved_by_id": st.approved_by_id,
        "created_at": iso(st.created_at),
        "submitted_at": iso(st.submitted_at),
        "posted_at": iso(st.posted_at),
    }


async def open_stocktake(actor: Actor, *, location_code: str, category: int | str | None = None, note: str = "",
                         via: str = "api") -> dict[str, Any]:
    _role_in(actor, COUNT_ROLES, "无权发起盘点")
    async with in_transaction() as conn:
        loc = await active_location_by_code(location_code, conn)
        actor.require_location(loc.id)
        cat = await _resolve_category(category, conn)
        if is_postgres(conn):  # one active sheet per location: serialise openers on the location row
            await execute(conn, "SELECT id FROM locations WHERE id = $1 FOR UPDATE", [loc.id])
        active = await Stocktake.filter(location_id=loc.id, status__in=list(ACTIVE)).using_db(conn).first()
        if active is not None:
            raise Conflict(f"{loc.name} 已有进行中的盘点单 {active.stocktake_no}，请先完成或取消")
        st = await Stocktake.create(stocktake_no=new_doc_no("ST"), location_id=loc.id,
                                    category_id=cat.id if cat else None, note=note[:255], created_by_id=actor.id,
                                    using_db=conn)
        qs = Stock.filter(location_id=loc.id, on_hand__gt=0).using_db(conn)
        if cat is not None:
            cat_ids = await _category_ids(cat.id, conn)
            product_ids = await Product.filter(category_id__in=list(cat_ids)).using_db(conn).values_list("id", flat=True)
            qs = qs.filter(sku__product_id__in=list(product_ids))
        rows = await qs.order_by("sku_id", "batch_id").values("sku_id", "batch_id", "on_hand")
        await StocktakeLine.bulk_create(
            [StocktakeLine(stocktake_id=st.id, sku_id=r["sku_id"], batch_id=r["batch_id"], system_qty=r["on_hand"])
             for r in rows],
            using_db=conn,
        )
        result = await stocktake_json(st, conn)
        await record_audit(actor.user, "stocktake.open", "stocktake", st.stocktake_no,
                           after={"location": loc.code, "category": result["category"], "lines": len(rows)},
                           via=via, using_db=conn)
    return result


async def _current_on_hand(sku_id: int, location_id: int, batch_id: int, conn: BaseDBAsyncClient) -> int:
    rows = await Stock.filter(sku_id=sku_id, location_id=location_id, batch_id=batch_id).using_db(conn).values_list(
        "on_hand", flat=True)
    return int(rows[0]) if rows else 0


async def _line_for_batch(st: Stocktake, sku: Sku, batch: Batch, conn: BaseDBAsyncClient) -> StocktakeLine:
    line = await StocktakeLine.get_or_none(stocktake_id=st.id, sku_id=sku.id, batch_id=batch.id).using_db(conn)
    if line is None:
        system = await _current_on_hand(sku.id, st.location_id, batch.id, conn)
        await execute(
            conn,
            "INSERT INTO stocktake_lines (stocktake_id, sku_id, batch_id, system_qty, counted_qty, variance_posted, "
            "value_fen) VALUES ($1, $2, $3, $4, NULL, 0, 0) ON CONFLICT (stocktake_id, sku_id, batch_id) DO NOTHING",
            [st.id, sku.id, batch.id, system],
        )
        line = await StocktakeLine.get(stocktake_id=st.id, sku_id=sku.id, batch_id=batch.id).using_db(conn)
    return line


def _spread(total: int, lines: list[StocktakeLine]) -> dict[int, int]:
    """A SKU's counted total over its lines: earliest expiry first up to each system_qty, surplus on the first."""
    out = {ln.id: 0 for ln in lines}
    left = total
    for ln in lines:
        take = min(ln.system_qty, left)
        out[ln.id] = take
        left -= take
    if left:
        out[lines[0].id] += left
    return out


async def record_count(
    actor: Actor, ident: int | str, *, sku_code: str | None = None, barcode: str | None = None, counted_qty: int,
    mode: str = "set", batch_no: str | None = None, expiry_date: dt.date | None = None, via: str = "api",
) -> dict[str, Any]:
    """Record a count. Returns the SKU's lines on the sheet after the change."""
    _role_in(actor, COUNT_ROLES, "无权录入盘点数")
    if mode not in ("add", "set"):
        raise ValidationError("mode 只能是 add（累加）或 set（覆盖）")
    if mode == "set" and counted_qty < 0:
        raise ValidationError("盘点数量不能为负数")
    if mode == "add" and counted_qty == 0:
        raise ValidationError("累加数量不能为 0")
    if abs(counted_qty) > MAX_COUNT:
        raise ValidationError("盘点数量过大")
    async with in_transaction() as conn:
        st = await _load(ident, conn)
        actor.require_location(st.location_id)
        _require_open(st)
        sku = await sku_by_code(sku_code, conn, barcode=barcode)
        await _sku_in_scope(st, sku, conn)
        if batch_no and batch_no.strip():
            batch = await Batch.get_or_none(sku_id=sku.id, batch_no=batch_no.strip()).using_db(conn)
            if batch is None:
                batch = await Batch.create(sku_id=sku.id, batch_no=batch_no.strip(), expiry_date=expiry_date,
                                           using_db=conn)
            line = await _line_for_batch(st, sku, batch, conn)
            if mode == "set":
                await StocktakeLine.filter(id=line.id).using_db(conn).update(counted_qty=counted_qty)
            else:
                n = await execute(
                    conn,
                    "UPDATE stocktake_lines SET counted_qty = COALESCE(counted_qty, 0) + $1 "
                    "WHERE id = $2 AND COALESCE(counted_qty, 0) + $1 >= 0",
                    [counted_qty, line.id],
                )
                if n != 1:
                    raise ValidationError("盘点数量扣减后不能为负数")
        else:
            qs = StocktakeLine.filter(stocktake_id=st.id, sku_id=sku.id).using_db(conn).select_related("batch")
            if is_postgres(conn):
                qs = qs.select_for_update(of=("stocktake_lines",))
            lines = await qs
            if not lines:
                lines = [await _line_for_batch(st, sku, await _batch_for_increase(sku, await Location.get(
                    id=st.location_id).using_db(conn), conn), conn)]
                await lines[0].fetch_related("batch", using_db=conn)
            lines.sort(key=lambda ln: fefo_key(ln.batch.expiry_date, ln.batch_id))
            current = sum(ln.counted_qty or 0 for ln in lines)
            total = counted_qty if mode == "set" else current + counted_qty
            if total < 0:
                raise ValidationError("盘点数量扣减后不能为负数")
            for line_id, qty in _spread(total, lines).items():
                await StocktakeLine.filter(id=line_id).using_db(conn).update(counted_qty=qty)
        await record_audit(actor.user, "stocktake.count", "stocktake", st.stocktake_no,
                           after={"sku_code": sku.code, "batch_no": batch_no or None, "counted_qty": counted_qty,
                                  "mode": mode},
                           via=via, using_db=conn)
        lines = await (StocktakeLine.filter(stocktake_id=st.id, sku_id=sku.id).using_db(conn)
                       .select_related("sku", "batch"))
        lines.sort(key=lambda ln: fefo_key(ln.batch.expiry_date, ln.batch_id))
        return {
            "stocktake_no": st.stocktake_no,
            "sku_code": sku.code,
            "name": sku.name,
            "barcode": sku.barcode,
            "system_qty": sum(ln.system_qty for ln in lines),
            "counted_qty": sum(ln.counted_qty or 0 for ln in lines),
            "variance": sum((ln.counted_qty or 0) - ln.system_qty for ln in lines if ln.counted_qty is not None),
            "lines": [_line_json(ln, False) for ln in lines],
        }


async def submit_stocktake(actor: Actor, ident: int | str, *, via: str = "api") -> dict[str, Any]:
    _role_in(actor, COUNT_ROLES, "无权提交盘点单")
    async with in_transaction() as conn:
        st = await _load(ident, conn)
        actor.require_location(st.location_id)
        await _move(st, {StocktakeStatus.OPEN}, StocktakeStatus.SUBMITTED, conn,
                    submitted_at=utc_now())
        result = await stocktake_json(st, conn)
        await record_audit(actor.user, "stocktake.submit", "stocktake", st.stocktake_no, before={"status": "open"},
                           after={"status": "submitted", **result["summary"]}, via=via, using_db=conn)
    return result


async def post_stocktake(actor: Actor, ident: int | str, *, uncounted_as_zero: bool = False,
                         via: str = "api") -> dict[str, Any]:
    """Approve a submitted sheet and write its variances to stock and the ledger (see module docstring)."""
    _role_in(actor, APPROVE_ROLES, "只有店长或总部管理员可以审核盘点单")
    async with in_transaction() as conn:
        st = await _load(ident, conn)
        actor.require_location(st.location_id)
        await _move(st, {StocktakeStatus.SUBMITTED}, StocktakeStatus.POSTED, conn, approved_by_id=actor.id,
                    posted_at=utc_now())
        lines = await StocktakeLine.filter(stocktake_id=st.id).using_db(conn).select_related("sku", "batch")
        lines.sort(key=lambda ln: (ln.sku_id, ln.batch_id))
        ref = Ref(REF_TYPE, st.stocktake_no)
        unit_costs: dict[int, int] = {}
        value_by_sku: dict[tuple[int, int], int] = defaultdict(int)  # (sku, +1 gain / -1 loss) -> fen
        for ln in lines:
            counted = ln.counted_qty if ln.counted_qty is not None else (0 if uncounted_as_zero else None)
            if counted is None:
                continue
            variance = counted - ln.system_qty
            if variance == 0:
                continue
            if ln.sku_id not in unit_costs:
                unit_costs[ln.sku_id] = await costing.unit_cost_fen(ln.sku_id, conn)
            note = f"盘点 {st.stocktake_no}"
            if variance < 0:
                try:
                    await management.take_fefo(sku_id=ln.sku_id, location_id=st.location_id, qty=-variance,
                                               kind=MovementKind.STOCKTAKE, ref=ref, conn=conn, batch_id=ln.batch_id,
                                               user_id=actor.id, reason="stocktake", note=note)
                except InsufficientStock as exc:
                    raise InsufficientStock(
                        f"盘点过账失败：{ln.sku.code} 批次 {ln.batch.batch_no} 当前可扣减库存不足以记录盘亏 {-variance}"
                        "（盘点后可能已有销售或预留），请重新盘点"
                    ) from exc
                value = -await costing.remove_at_average(ln.sku_id, -variance, conn)
            else:
                await management.put_away(sku_id=ln.sku_id, location_id=st.location_id, batch_id=ln.batch_id,
                                          qty=variance, kind=MovementKind.STOCKTAKE, ref=ref, conn=conn,
                                          user_id=actor.id, reason="stocktake", note=note)
                value = variance * unit_costs[ln.sku_id]
                await costing.add_value(ln.sku_id, variance, value, conn)
            await StocktakeLine.filter(id=ln.id).using_db(conn).update(variance_posted=variance, value_fen=value,
                                                                      counted_qty=counted)
            value_by_sku[(ln.sku_id, 1 if variance > 0 else -1)] += value
        # Gains and losses of a SKU stay separate lines (gross), so reports show both.
        changes = []
        for (sku_id, _sign), value in sorted(value_by_sku.items()):
            sku = next(ln.sku for ln in lines if ln.sku_id == sku_id)
            changes.append(postings.InventoryChange(sku_id=sku_id, location_id=st.location_id, value_fen=value,
                                                    category_id=await category_id_of(sku, conn)))
        if changes:
            await postings.post_stocktake(stocktake_no=st.stocktake_no, changes=changes, conn=conn,
                                          user_id=actor.id)
        result = await stocktake_json(st, conn)
        await record_audit(actor.user, "stocktake.post", "stocktake", st.stocktake_no, before={"status": "submitted"},
                           after={"status": "posted", "uncounted_as_zero": uncounted_as_zero, **result["summary"]},
                           via=via, using_db=conn)
    return result


async def cancel_stocktake(actor: Actor, ident: int | str, *, via: str = "api") -> dict[str, Any]:
    async with in_transaction() as conn:
        st = await _load(ident, conn)
        if not (actor.id is not None and actor.id == st.created_by_id):
            _role_in(actor, APPROVE_ROLES, "只有发起人、店长或总部管理员可以取消盘点单")
        actor.require_location(st.location_id)
        before = st.status.value
        await _move(st, set(ACTIVE), StocktakeStatus.CANCELLED, conn)
        await record_audit(actor.user, "stocktake.cancel", "stocktake", st.stocktake_no, before={"status": before},
                           after={"status": "cancelled"}, via=via, using_db=conn)
        return await stocktake_json(st, conn)


async def get_stocktake(actor: Actor, ident: int | str) -> dict[str, Any]:
    st = await _load(ident, None)
    actor.require_location(st.location_id)
    return await stocktake_json(st)


async def list_stocktakes(actor: Actor, *, location_code: str | None = None, status: str | None = None,
                          offset: int = 0, limit: int = 20) -> dict[str, Any]:
    qs = Stocktake.all()
    if actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    if location_code:
        qs = qs.filter(location_id=(await location_by_code(location_code)).id)
    if status:
        try:
            qs = qs.filter(status=StocktakeStatus(status))
        except ValueError as exc:
            raise ValidationError(f"不支持的盘点状态 {status}") from exc
    total = await qs.count()
    items = []
    for st in await qs.order_by("-id").offset(offset).limit(limit):
        full = await stocktake_json(st)
        full.pop("lines")
        items.append(full)
    return {"items": items, "total": total}
