"""Transfers between locations: request -> approve | reject -> ship -> receive (or cancel before shipping).

- request: staff of either end (clerk, store manager, purchaser, HQ). One line per SKU, optionally one batch.
- approve: the store manager of the SOURCE location or hq_admin. Approval reserves the units at the source
  (earliest expiry first, expired batches never), so they cannot be sold before the van leaves; short stock
  answers 409 insufficient_stock and the transfer stays requested.
- ship: staff of the source. The reservations are consumed (movement transfer_out); the lines are rewritten to
  one line per batch actually shipped.
- receive: staff of the destination, once. Each line's qty_received goes into the same batch at the destination
  (movement transfer_in); what was shipped but not received is a loss: a StockAdjustment with the reason
  shortfall (调拨短少) and Dr INVENTORY_LOSS / Cr INVENTORY at the moving average. Over-receipt is refused.
- Moving goods moves no value: the chain-wide inventory value (one moving average per SKU) is unchanged, so a
  transfer posts nothing to the ledger except a shortfall. Units in transit stay in InventoryValuation.qty.
- A move from the wrong state answers 409 invalid_state; every status change is a guarded UPDATE, so two
  people approving or shipping at once cannot both succeed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.errors import Forbidden, InvalidState, NotFound, ValidationError
from backend.finance import costing, postings
from backend.org.models import Location, Role
from backend.security.actor import Actor
from backend.stock import management
from backend.stock.adjustments import category_id_of
from backend.stock.lookups import (
    active_location_by_code,
    batch_by_no,
    fefo_key,
    location_by_code,
    new_doc_no,
    sku_by_code,
)
from backend.stock.management import Ref
from backend.stock.models import (
    AdjustmentReason,
    Batch,
    MovementKind,
    Reservation,
    ReservationStatus,
    StockAdjustment,
    Transfer,
    TransferLine,
    TransferStatus,
)
from backend.stock.movements import movements_for_ref
from backend.timestamps import iso, utc_now

TRANSFER_STATUS_ZH = {
    TransferStatus.REQUESTED: "待审批",
    TransferStatus.APPROVED: "已审批",
    TransferStatus.REJECTED: "已驳回",
    TransferStatus.SHIPPED: "已发货",
    TransferStatus.RECEIVED: "已收货",
    TransferStatus.CANCELLED: "已取消",
}
REQUEST_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER, Role.HQ_ADMIN})
APPROVE_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
HANDLE_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER, Role.PURCHASER, Role.HQ_ADMIN})
MAX_LINES = 200
REF_TYPE = "transfer"


@dataclass(frozen=True)
class RequestLine:
    sku_code: str
    qty: int
    batch_no: str | None = None


@dataclass(frozen=True)
class ReceiveLine:
    sku_code: str
    qty_received: int
    batch_no: str | None = None
    reason: str = ""  # why less arrived (kept on the shortfall adjustment)


def _role_in(actor: Actor, roles: frozenset[Role], message: str) -> None:
    if not actor.is_staff or actor.role not in roles:
        raise Forbidden(message)


def _ref(t: Transfer) -> Ref:
    return Ref(REF_TYPE, t.transfer_no)


async def _load(ident: int | str, conn: BaseDBAsyncClient | None, *, lock: bool = False) -> Transfer:
    text = str(ident).strip()
    qs = Transfer.filter(id=int(text)) if text.isdigit() else Transfer.filter(transfer_no=text)
    qs = qs.using_db(conn)
    if lock and conn is not None and conn.capabilities.dialect == "postgres":
        qs = qs.select_for_update()
    t = await qs.first()
    if t is None:
        raise NotFound(f"调拨单 {text} 不存在")
    return t


async def _move(t: Transfer, expected: set[TransferStatus], new: TransferStatus, conn: BaseDBAsyncClient,
                **fields: Any) -> None:
    """Guarded status change: only from one of `expected`, else 409 invalid_state."""
    n = await Transfer.filter(id=t.id, status__in=list(expected)).using_db(conn).update(status=new, **fields)
    if n != 1:
        current = await Transfer.filter(id=t.id).using_db(conn).values_list("status", flat=True)
        now = TRANSFER_STATUS_ZH[TransferStatus(current[0])] if current else "未知"
        raise InvalidState(f"调拨单 {t.transfer_no} 当前状态为“{now}”，不能{_VERB_ZH[new]}")
    t.status = new
    for k, v in fields.items():
        setattr(t, k, v)


_VERB_ZH = {
    TransferStatus.APPROVED: "审批",
    TransferStatus.REJECTED: "驳回",
    TransferStatus.SHIPPED: "发货",
    TransferStatus.RECEIVED: "收货",
    TransferStatus.CANCELLED: "取消",
}


async def transfer_json(t: Transfer, conn: BaseDBAsyncClient | None = None, *,
                        with_movements: bool = False) -> dict[str, Any]:
    locs = {loc.id: loc for loc in await Location.filter(id__in=[t.from_location_id, t.to_location_id]).using_db(conn)}
    lines = await TransferLine.filter(transfer_id=t.id).using_db(conn).select_related("sku", "batch").order_by("id")
    src, dst = locs[t.from_location_id], locs[t.to_location_id]
    received = t.status == TransferStatus.RECEIVED
    out: dict[str, Any] = {
        "id": t.id,
        "transfer_no": t.transfer_no,
        "status": t.status.value,
        "status_name": TRANSFER_STATUS_ZH[t.status],
        "from_location_code": src.code,
        "from_location_name": src.name,
        "to_location_code": dst.code,
        "to_location_name": dst.name,
        "note": t.note,
        "lines": [
            {
                "id": ln.id, "sku_code": ln.sku.code, "name": ln.sku.name,
                "batch_no": ln.batch.batch_no if ln.batch else None,
                "expiry_date": iso(ln.batch.expiry_date) if ln.batch else None,
                "qty": ln.qty, "qty_received": ln.qty_received,
                "shortfall": ln.qty - ln.qty_received if received else 0,
            }
            for ln in lines
        ],
        "total_qty": sum(ln.qty for ln in lines),
        "requested_by_id": t.requested_by_id,
        "approved_by_id": t.approved_by_id,
        "shipped_by_id": t.shipped_by_id,
        "received_by_id": t.received_by_id,
        "created_at": iso(t.created_at),
        "approved_at": iso(t.approved_at),
        "shipped_at": iso(t.shipped_at),
        "received_at": iso(t.received_at),
    }
    if with_movements:
        out["movements"] = await movements_for_ref(REF_TYPE, t.transfer_no, conn)
    return out


def _audit_view(t: Transfer) -> dict[str, Any]:
    return {"transfer_no": t.transfer_no, "status": t.status.value}


async def request_transfer(
    actor: Actor, *, from_location_code: str, to_location_code: str, lines: list[RequestLine], note: str = "",
    via: str = "api",
) -> dict[str, Any]:
    _role_in(actor, REQUEST_ROLES, "无权申请调拨")
    if not lines:
        raise ValidationError("调拨单至少需要一行商品")
    if len(lines) > MAX_LINES:
        raise ValidationError(f"调拨单最多 {MAX_LINES} 行")
    async with in_transaction() as conn:
        src = await active_location_by_code(from_location_code, conn)
        dst = await active_location_by_code(to_location_code, conn)
        if src.id == dst.id:
            raise ValidationError("调出和调入不能是同一地点")
        if not (actor.can_access_location(src.id) or actor.can_access_location(dst.id)):
            raise Forbidden("只能为本人所属门店或仓库申请调拨")
        merged: dict[int, tuple[Sku, int, Batch | None]] = {}
        for ln in lines:
            if ln.qty <= 0:
                raise ValidationError(f"商品 {ln.sku_code} 的调拨数量必须大于 0")
            sku = await sku_by_code(ln.sku_code, conn)
            batch = await batch_by_no(sku, ln.batch_no, conn) if ln.batch_no else None
            if sku.id in merged:
                _, qty, prev_batch = merged[sku.id]
                if (prev_batch.id if prev_batch else None) != (batch.id if batch else None):
                    raise ValidationError(f"商品 {sku.code} 在调拨单中只能出现一次")
                merged[sku.id] = (sku, qty + ln.qty, batch)
            else:
                merged[sku.id] = (sku, ln.qty, batch)
        t = await Transfer.create(transfer_no=new_doc_no("T"), from_location_id=src.id, to_location_id=dst.id,
                                  note=note[:255], requested_by_id=actor.id, using_db=conn)
        await TransferLine.bulk_create(
            [TransferLine(transfer_id=t.id, sku_id=sku.id, batch_id=batch.id if batch else None, qty=qty)
             for sku, qty, batch in merged.values()],
            using_db=conn,
        )
        result = await transfer_json(t, conn)
        await record_audit(actor.user, "transfer.request", "transfer", t.transfer_no,
                           after={"from": src.code, "to": dst.code,
                                  "lines": [{"sku_code": ln["sku_code"], "qty": ln["qty"]} for ln in result["lines"]]},
                           via=via, using_db=conn)
    return result


async def approve_transfer(actor: Actor, ident: int | str, *, via: str = "api") -> dict[str, Any]:
    _role_in(actor, APPROVE_ROLES, "只有调出方店长或总部管理员可以审批调拨")
    async with in_transaction() as conn:
        t = await _load(ident, conn)
        actor.require_location(t.from_location_id)
        await _move(t, {TransferStatus.REQUESTED}, TransferStatus.APPROVED, conn, approved_by_id=actor.id,
                    approved_at=utc_now())
        src = await Location.get(id=t.from_location_id).using_db(conn)
        lines = await TransferLine.filter(transfer_id=t.id).using_db(conn).select_related("sku").order_by("sku_id")
        for ln in lines:
            await management.reserve(sku_id=ln.sku_id, location_id=t.from_location_id, qty=ln.qty, ref=_ref(t),
                                     conn=conn, user_id=actor.id, sku_label=ln.sku.code, location_label=src.name,
                                     batch_id=ln.batch_id)
        await record_audit(actor.user, "transfer.approve", "transfer", t.transfer_no, before={"status": "requested"},
                           after=_audit_view(t), via=via, using_db=conn)
        return await transfer_json(t, conn)


async def reject_transfer(actor: Actor, ident: int | str, *, note: str = "", via: str = "api") -> dict[str, Any]:
    _role_in(actor, APPROVE_ROLES, "只有调出方店长或总部管理员可以驳回调拨")
    async with in_transaction() as conn:
        t = await _load(ident, conn)
        actor.require_location(t.from_location_id)
        new_note = (f"{t.note} 驳回：{note}" if t.note else f"驳回：{note}")[:255] if note else t.note
        await _move(t, {TransferStatus.REQUESTED}, TransferStatus.REJECTED, conn, approved_by_id=actor.id,
                    note=new_note)
        await record_audit(actor.user, "transfer.reject", "transfer", t.transfer_no, before={"status": "requested"},
                           after={**_audit_view(t), "note": note}, via=via, using_db=conn)
        return await transfer_json(t, conn)


async def _release_all(t: Transfer, conn: BaseDBAsyncClient, user_id: int | None, note: str) -> int:
    released = 0
    for res in await Reservation.filter(ref_type=REF_TYPE, ref_id=t.transfer_no,
                                        status=ReservationStatus.ACTIVE).using_db(conn).order_by("id"):
        released += await management.release(res, conn=conn, user_id=user_id, note=note)
    return released


async def cancel_transfer(actor: Actor, ident: int | str, *, note: str = "", via: str = "api") -> dict[str, Any]:
    """Before shipping: the requester, or a store manager / HQ admin of either end. Reservations are released."""
    async with in_transaction() as conn:
        t = await _load(ident, conn)
        is_requester = actor.id is not None and actor.id == t.requested_by_id
        if not is_requester:
            _role_in(actor, APPROVE_ROLES, "只有申请人、店长或总部管理员可以取消调拨")
            if not (actor.can_access_location(t.from_location_id) or actor.can_access_location(t.to_location_id)):
                raise Forbidden("无权操作该门店或仓库的数据")
        before = t.status.value
        await _move(t, {TransferStatus.REQUESTED, TransferStatus.APPROVED}, TransferStatus.CANCELLED, conn)
        await _release_all(t, conn, actor.id, f"调拨单取消 {t.transfer_no}")
        await record_audit(actor.user, "transfer.cancel", "transfer", t.transfer_no, before={"status": before},
                           after={**_audit_view(t), "note": note}, via=via, using_db=conn)
        return await transfer_json(t, conn)


async def ship_transfer(actor: Actor, ident: int | str, *, via: str = "api") -> dict[str, Any]:
    _role_in(actor, HANDLE_ROLES, "无权办理调拨发货")
    async with in_transaction() as conn:
        t = await _load(ident, conn)
        actor.require_location(t.from_location_id)
        await _move(t, {TransferStatus.APPROVED}, TransferStatus.SHIPPED, conn, shipped_by_id=actor.id,
                    shipped_at=utc_now())
        reservations = await (Reservation.filter(ref_type=REF_TYPE, ref_id=t.transfer_no,
                                                 status=ReservationStatus.ACTIVE)
                              .using_db(conn).select_related("stock", "stock__batch").order_by("id"))
        shipped: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))  # sku -> batch -> qty
        batches: dict[int, Batch] = {}
        for res in reservations:
            qty = res.qty - res.qty_consumed
            await management.consume(res, qty, kind=MovementKind.TRANSFER_OUT, ref=_ref(t), conn=conn,
                                     user_id=actor.id)
            shipped[res.stock.sku_id][res.stock.batch_id] += qty
            batches[res.stock.batch_id] = res.stock.batch
        lines = await TransferLine.filter(transfer_id=t.id).using_db(conn).order_by("id")
        for ln in lines:
            per_batch = sorted(shipped.get(ln.sku_id, {}).items(),
                               key=lambda kv: fefo_key(batches[kv[0]].expiry_date, kv[0]))
            if sum(q for _, q in per_batch) != ln.qty:  # reservations always match the approved lines
                raise InvalidState(f"调拨单 {t.transfer_no} 的预留与明细不符，无法发货")
            first_batch, first_qty = per_batch[0]
            ln.batch_id, ln.qty = first_batch, first_qty
            await ln.save(update_fields=["batch_id", "qty"], using_db=conn)
            for batch_id, qty in per_batch[1:]:
                await TransferLine.create(transfer_id=t.id, sku_id=ln.sku_id, batch_id=batch_id, qty=qty,
                                          using_db=conn)
        result = await transfer_json(t, conn, with_movements=True)
        await record_audit(actor.user, "transfer.ship", "transfer", t.transfer_no, before={"status": "approved"},
                           after={**_audit_view(t), "lines": [{k: ln[k] for k in ("sku_code", "batch_no", "qty")}
                                                              for ln in result["lines"]]},
                           via=via, using_db=conn)
        return result


def _plan_receipt(lines: list[TransferLine], given: list[ReceiveLine] | None,
                  sku_by_id: dict[int, Sku]) -> dict[int, int]:
    """line id -> qty received. None: everything arrived. A SKU's quantity fills its lines earliest expiry
    first (or the named batch); SKUs not listed arrived not at all."""
    if given is None:
        return {ln.id: ln.qty for ln in lines}
    plan = {ln.id: 0 for ln in lines}
    codes = {sku.code: sid for sid, sku in sku_by_id.items()}
    barcodes = {sku.barcode: sid for sid, sku in sku_by_id.items() if sku.barcode}
    seen: set[tuple[int, str | None]] = set()
    for g in given:
        if g.qty_received < 0:
            raise ValidationError(f"商品 {g.sku_code} 的实收数量不能为负数")
        sid = codes.get(g.sku_code) or barcodes.get(g.sku_code)
        if sid is None:
            raise ValidationError(f"商品 {g.sku_code} 不在该调拨单中")
        key = (sid, g.batch_no or None)
        if key in seen:
            raise ValidationError(f"商品 {g.sku_code} 的实收数量重复填写")
        seen.add(key)
        candidates = [ln for ln in lines if ln.sku_id == sid
                      and (not g.batch_no or (ln.batch is not None and ln.batch.batch_no == g.batch_no))]
        if not candidates:
            raise ValidationError(f"商品 {g.sku_code} 批次 {g.batch_no} 不在该调拨单中")
        room = sum(ln.qty - plan[ln.id] for ln in candidates)
        if g.qty_received > room:
            raise ValidationError(f"商品 {g.sku_code} 的实收数量 {g.qty_received} 超过发货数量 {room}")
        left = g.qty_received
        for ln in sorted(candidates, key=lambda x: fefo_key(x.batch.expiry_date if x.batch else None, x.batch_id or 0)):
            take = min(ln.qty - plan[ln.id], left)
            plan[ln.id] += take
            left -= take
    return plan


async def receive_transfer(actor: Actor, ident: int | str, *, lines: list[ReceiveLine] | None = None,
                           note: str = "", via: str = "api") -> dict[str, Any]:
    _role_in(actor, HANDLE_ROLES, "无权办理调拨收货")
    async with in_transaction() as conn:
        t = await _load(ident, conn)
        actor.require_location(t.to_location_id)
        tlines = await TransferLine.filter(transfer_id=t.id).using_db(conn).select_related("sku", "batch").order_by("id")
        plan = _plan_receipt(tlines, lines, {ln.sku_id: ln.sku for ln in tlines})
        reasons = {g.sku_code: g.reason.strip() for g in lines or [] if g.reason and g.reason.strip()}
        await _move(t, {TransferStatus.SHIPPED}, TransferStatus.RECEIVED, conn, received_by_id=actor.id,
                    received_at=utc_now())
        changes: list[postings.InventoryChange] = []
        for ln in sorted(tlines, key=lambda x: (x.sku_id, x.id)):
            got = plan[ln.id]
            if got:
                await management.put_away(sku_id=ln.sku_id, location_id=t.to_location_id, batch_id=ln.batch_id,
                                          qty=got, kind=MovementKind.TRANSFER_IN, ref=_ref(t), conn=conn,
                                          user_id=actor.id)
            ln.qty_received = got
            await ln.save(update_fields=["qty_received"], using_db=conn)
            short = ln.qty - got
            if short:
                value = await costing.remove_at_average(ln.sku_id, short, conn)
                await StockAdjustment.create(
                    adjustment_no=f"{t.transfer_no}-S", location_id=t.to_location_id, sku_id=ln.sku_id,
                    batch_id=ln.batch_id, qty_delta=-short, reason=AdjustmentReason.SHORTFALL,
                    note=(reasons.get(ln.sku.code) or reasons.get(ln.sku.barcode or "") or note
                          or f"调拨 {t.transfer_no} 短少")[:255], value_fen=-value, ref_type=REF_TYPE,
                    ref_id=t.transfer_no, user_id=actor.id, using_db=conn,
                )
                changes.append(postings.InventoryChange(sku_id=ln.sku_id, location_id=t.to_location_id,
                                                        value_fen=-value, category_id=await category_id_of(ln.sku, conn)))
        if changes:
            await postings.post_transfer_shortfall(transfer_no=t.transfer_no, changes=changes, conn=conn,
                                                   user_id=actor.id)
        result = await transfer_json(t, conn, with_movements=True)
        result["shortfall_qty"] = sum(ln["shortfall"] for ln in result["lines"])
        result["shortfall_value_fen"] = -sum(c.value_fen for c in changes)
        await record_audit(actor.user, "transfer.receive", "transfer", t.transfer_no, before={"status": "shipped"},
                           after={**_audit_view(t), "lines": [{k: ln[k] for k in ("sku_code", "batch_no", "qty",
                                                                                    "qty_received")}
                                                              for ln in result["lines"]],
                                  "note": note},
                           via=via, using_db=conn)
        return result


async def get_transfer(actor: Actor, ident: int | str) -> dict[str, Any]:
    t = await _load(ident, None)
    if not (actor.can_access_location(t.from_location_id) or actor.can_access_location(t.to_location_id)):
        raise Forbidden("无权查看该调拨单")
    return await transfer_json(t, None, with_movements=True)


async def list_transfers(
    actor: Actor, *, status: str | None = None, location_code: str | None = None, direction: str | None = None,
    offset: int = 0, limit: int = 20,
) -> dict[str, Any]:
    """Transfers touching the actor's locations (every transfer for chain-wide roles), newest first.
    direction: "out" (from location_code), "in" (to it) or both."""
    from tortoise.expressions import Q

    qs = Transfer.all()
    if actor.location_ids is not None:
        ids = list(actor.location_ids)
        qs = qs.filter(Q(from_location_id__in=ids) | Q(to_location_id__in=ids))
    if status:
        try:
            qs = qs.filter(status=TransferStatus(status))
        except ValueError as exc:
            raise ValidationError(f"不支持的调拨状态 {status}") from exc
    if location_code:
        loc = await location_by_code(location_code)
        if direction == "out":
            qs = qs.filter(from_location_id=loc.id)
        elif direction == "in":
            qs = qs.filter(to_location_id=loc.id)
        elif direction in (None, "", "both"):
            qs = qs.filter(Q(from_location_id=loc.id) | Q(to_location_id=loc.id))
        else:
            raise ValidationError("direction 只能是 in、out 或 both")
    total = await qs.count()
    items = [await transfer_json(t) for t in await qs.order_by("-id").offset(offset).limit(limit)]
    return {"items": items, "total": total}


async def in_transit(sku_id: int | None = None, conn: BaseDBAsyncClient | None = None) -> dict[int, int]:
    """Units shipped and not yet received, per SKU (they are in no location's on hand)."""
    qs = TransferLine.filter(transfer__status=TransferStatus.SHIPPED).using_db(conn)
    if sku_id is not None:
        qs = qs.filter(sku_id=sku_id)
    out: dict[int, int] = defaultdict(int)
    for sid, qty in await qs.values_list("sku_id", "qty"):
        out[int(sid)] += int(qty)
    return dict(out)
