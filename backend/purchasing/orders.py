"""Purchase orders: the state machine and who may move it.

    draft -> submitted -> approved | rejected
    approved -> sent -> confirmed -> partially_received -> received -> closed
    (received directly from sent too; partially_received may be closed short; draft/submitted/approved/rejected
    may be cancelled)

Who approves is fixed on submit: a store's PO whose total (VAT included) is within the policy
`store_manager_limit_fen` goes to that store's manager; anything above it, and every warehouse PO, to HQ
(hq_admin). HQ may approve any PO.

Four eyes: nobody approves a PO they created (any role, HQ included; the refused attempt is audited as
purchase_order.approve_refused). A PO whose total is above `second_approval_above_fen` (fixed on submit as
approvals_required = 2) needs two approvals by two different approvers: the first is recorded
(first_approved_by, audit purchase_order.first_approve) and the PO stays submitted; the second, by someone
else, approves it. Unit prices and totals are bounded (settings_store.MAX_UNIT_PRICE_FEN, MAX_PO_TOTAL_FEN).

Every transition is one guarded UPDATE (`... WHERE id = $ AND status IN
(...)`), so a double click or a retried message moves a PO once: the second approve of the same decision
answers the PO as it is and writes nothing (no second audit row); a different decision on a decided PO is a
409. Every transition is audited in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.messaging.notifications import kick
from backend.org.models import Location, LocationKind, Role, User
from backend.purchasing import notify as po_notify
from backend.purchasing.models import (
    PO_STATUS_ZH,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    Supplier,
    SupplierProduct,
)
from backend.purchasing.settings_store import MAX_PO_TOTAL_FEN, MAX_UNIT_PRICE_FEN, get_setting
from backend.purchasing.suppliers import get_supplier
from backend.raw_sql import fetch
from backend.security.actor import Actor
from backend.security.authorization import require_permission
from backend.stock.lookups import active_location_by_code, sku_by_code
from backend.timestamps import business_today, iso, utc_now

# Roles that may write purchase orders (store managers for their own stores).
BUYER_ROLES = frozenset({Role.PURCHASER, Role.STORE_MANAGER, Role.HQ_ADMIN})
OPEN_STATUSES = (POStatus.SUBMITTED, POStatus.APPROVED, POStatus.SENT, POStatus.CONFIRMED,
                 POStatus.PARTIALLY_RECEIVED)
AFTER_APPROVAL = (POStatus.APPROVED, POStatus.SENT, POStatus.CONFIRMED, POStatus.PARTIALLY_RECEIVED,
                  POStatus.RECEIVED, POStatus.CLOSED)
RECEIVABLE_STATUSES = (POStatus.SENT, POStatus.CONFIRMED, POStatus.PARTIALLY_RECEIVED)


@dataclass(frozen=True)
class POLineIn:
    sku_code: str
    qty: int
    unit_price_fen: int | None = None  # default: the supplier's price


@dataclass(frozen=True)
class POIn:
    supplier_code: str
    location_code: str
    lines: Sequence[POLineIn]
    note: str = ""
    submit: bool = False  # create and submit for approval in one step


@dataclass(frozen=True)
class Transition:
    po: PurchaseOrder
    changed: bool  # False: the PO already was in the target state (a repeated click), nothing written


def vat_of(net_fen: int, rate_bp: int) -> int:
    return (net_fen * rate_bp + 5000) // 10000


def _require_buyer(actor: Actor, location_id: int) -> None:
    if actor.role not in BUYER_ROLES:
        raise Forbidden("只有采购、店长或总部可以处理采购单")
    actor.require_location(location_id)


async def new_po_no(conn: BaseDBAsyncClient) -> str:
    """PO + date + a 3-digit daily sequence (PO20261123001); a random tail once a day has passed 999."""
    day = f"PO{business_today():%Y%m%d}"
    n = await PurchaseOrder.filter(po_no__startswith=day).using_db(conn).count()
    for seq in range(n + 1, n + 50):
        no = f"{day}{seq:03d}" if seq < 1000 else f"{day}{secrets.randbelow(10**6):06d}"
        if not await PurchaseOrder.filter(po_no=no).using_db(conn).exists():
            return no
    return f"{day}{secrets.randbelow(10**9):09d}"


async def get_po(po_no: str, conn: BaseDBAsyncClient | None = None) -> PurchaseOrder:
    po = await PurchaseOrder.get_or_none(po_no=(po_no or "").strip().upper()).using_db(conn)
    if po is None:
        raise NotFound(f"采购单 {po_no} 不存在")
    return po


async def create_po(new: POIn, *, actor: Actor, via: str = "api", notify: bool = True) -> PurchaseOrder:
    async with in_transaction() as conn:
        supplier = await get_supplier(new.supplier_code, conn)
        if not supplier.is_active:
            raise ValidationError(f"供应商 {supplier.name} 已停用")
        location = await active_location_by_code(new.location_code, conn)
        _require_buyer(actor, location.id)
        po = await PurchaseOrder.create(po_no=await new_po_no(conn), supplier_id=supplier.id,
                                        location_id=location.id, note=new.note, created_by_id=actor.id,
                                        using_db=conn)
        seen: set[int] = set()
        lead = 0
        for ln in new.lines:
            sku = await sku_by_code(ln.sku_code, conn)
            if sku.id in seen:
                raise ValidationError(f"商品 {sku.code} 在采购单中重复")
            seen.add(sku.id)
            sp = await SupplierProduct.get_or_none(supplier_id=supplier.id, sku_id=sku.id).using_db(conn)
            price = ln.unit_price_fen or (sp.price_fen if sp else None)
            if price is None:
                raise ValidationError(f"供应商 {supplier.name} 未供应商品 {sku.code}，请填写单价")
            if price > MAX_UNIT_PRICE_FEN:
                raise ValidationError(f"商品 {sku.code} 单价超过上限 {MAX_UNIT_PRICE_FEN // 100:,} 元，请核对",
                                      details=[{"field": "lines.unit_price_fen", "message": "单价超过上限"}])
            lead = max(lead, sp.lead_time_days if sp else 7)
            await PurchaseOrderLine.create(po_id=po.id, sku_id=sku.id, qty=ln.qty, unit_price_fen=price,
                                           tax_rate_bp=sku.tax_rate_bp, using_db=conn)
        await _recompute_totals(po, conn)
        if po.total_fen > MAX_PO_TOTAL_FEN:
            raise ValidationError(f"采购单金额 {po.total_fen / 100:,.2f} 元超过单张上限 {MAX_PO_TOTAL_FEN // 100:,} 元，"
                                  "请核对数量和单价或拆分采购单",
                                  details=[{"field": "lines", "message": "采购单金额超过上限"}])
        po.expected_date = business_today() + dt.timedelta(days=lead)
        await po.save(update_fields=["net_fen", "vat_fen", "total_fen", "expected_date"], using_db=conn)
        await record_audit(actor.user, "purchase_order.create", "purchase_order", po.po_no, via=via, using_db=conn,
                           after={"supplier": supplier.code, "location": location.code, "total_fen": po.total_fen})
    if new.submit:
        return (await submit_po(po.po_no, actor=actor, via=via, notify=notify)).po
    return po


async def _recompute_totals(po: PurchaseOrder, conn: BaseDBAsyncClient) -> None:
    lines = await PurchaseOrderLine.filter(po_id=po.id).using_db(conn)
    po.net_fen = sum(ln.qty * ln.unit_price_fen for ln in lines)
    po.vat_fen = sum(vat_of(ln.qty * ln.unit_price_fen, ln.tax_rate_bp) for ln in lines)
    po.total_fen = po.net_fen + po.vat_fen


async def approver_role_for(po: PurchaseOrder, conn: BaseDBAsyncClient | None = None) -> Role:
    location = await Location.get(id=po.location_id).using_db(conn)
    limit = await get_setting("store_manager_limit_fen", conn)
    if location.kind == LocationKind.STORE and po.total_fen <= limit:
        return Role.STORE_MANAGER
    return Role.HQ_ADMIN


async def _move(po_id: int, to: POStatus, frm: tuple[POStatus, ...], sets: dict[str, Any],
                conn: BaseDBAsyncClient, *, also: str = "") -> bool:
    """The guarded status UPDATE: True when this call moved the PO. `also`: one more SQL condition (no
    parameters)."""
    cols = ["status = $1", "updated_at = $2"]
    args: list[Any] = [to.value, utc_now()]
    for k, v in sets.items():
        args.append(v)
        cols.append(f"{k} = ${len(args)}")
    args.append(po_id)
    id_arg = len(args)
    marks = []
    for s in frm:
        args.append(s.value)
        marks.append(f"${len(args)}")
    rows = await fetch(conn, f"UPDATE purchase_orders SET {', '.join(cols)} WHERE id = ${id_arg} "
                             f"AND status IN ({', '.join(marks)}){' AND ' + also if also else ''} RETURNING id", args)
    return bool(rows)


def _state_error(po: PurchaseOrder, action: str) -> InvalidState:
    return InvalidState(f"采购单 {po.po_no} 当前状态为“{PO_STATUS_ZH[po.status]}”，不能{action}")


async def submit_po(po_no: str, *, actor: Actor, via: str = "api", notify: bool = True) -> Transition:
    """Submit for approval; `notify` queues the approval card for the approvers' WeCom in the same transaction
    (backend.purchasing.notify; sent by the background job, never waited on here)."""
    queued = None
    async with in_transaction() as conn:
        po = await get_po(po_no, conn)
        _require_buyer(actor, po.location_id)
        if not await PurchaseOrderLine.filter(po_id=po.id).using_db(conn).exists():
            raise ValidationError("采购单没有商品行")
        role = await approver_role_for(po, conn)
        needed = 2 if po.total_fen > await get_setting("second_approval_above_fen", conn) else 1
        now = utc_now()
        if not await _move(po.id, POStatus.SUBMITTED, (POStatus.DRAFT,),
                           {"approver_role": role.value, "submitted_at": now, "approvals_required": needed,
                            "first_approved_by_id": None, "first_approved_at": None}, conn):
            po = await get_po(po_no, conn)
            if po.status == POStatus.SUBMITTED:
                return Transition(po, False)
            raise _state_error(po, "提交审批")
        await record_audit(actor.user, "purchase_order.submit", "purchase_order", po.po_no, via=via, using_db=conn,
                           after={"total_fen": po.total_fen, "approver_role": role.value,
                                  "approvals_required": needed})
        po = await get_po(po_no, conn)
        if notify:
            queued = await po_notify.queue_approval_card(po, conn)
    if queued is not None:
        kick()
    return Transition(po, True)


def can_approve(actor: Actor, po: PurchaseOrder) -> bool:
    if actor.role == Role.HQ_ADMIN:
        return True
    # approver_role is empty until submitted: the state check then answers (a draft cannot be approved)
    return (actor.role == Role.STORE_MANAGER and po.approver_role in ("", Role.STORE_MANAGER.value)
            and actor.can_access_location(po.location_id))


def _require_approver(actor: Actor, po: PurchaseOrder) -> None:
    if actor.role not in (Role.STORE_MANAGER, Role.HQ_ADMIN):
        raise Forbidden("只有店长或总部可以审批采购单")
    if actor.role == Role.STORE_MANAGER and not actor.can_access_location(po.location_id):
        raise Forbidden(f"采购单 {po.po_no} 不属于你的门店，不能审批")
    if not can_approve(actor, po):
        raise Forbidden(f"采购单 {po.po_no} 金额超出店长审批额度，需总部审批")


async def decide_po(po_no: str, *, approve: bool, actor: Actor, reason: str = "", via: str = "api") -> Transition:
    """Approve or reject a submitted PO, once. A repeat of the same decision changes nothing. An approval of a PO
    that needs two approvals and has none yet is recorded as the first one (the PO stays submitted)."""
    reason = (reason or "").strip()[:255]
    target = POStatus.APPROVED if approve else POStatus.REJECTED
    # po.approve (backend.security.authorization), here too for the WeCom bot's 同意/驳回; refusals audited
    await require_permission(actor, "po.approve", entity_type="purchase_order", entity_id=po_no, via=via,
                             message="只有店长或总部可以审批采购单", approve=approve)
    if approve:
        await _refuse_self_approval(po_no, actor, via)
    async with in_transaction() as conn:
        po = await get_po(po_no, conn)
        _require_approver(actor, po)
        now = utc_now()
        also = ""
        if approve and po.approvals_required >= 2 and po.status == POStatus.SUBMITTED:
            if po.first_approved_by_id is None:
                first = await fetch(conn, "UPDATE purchase_orders SET first_approved_by_id = $1, first_approved_at = $2, "
                                          "updated_at = $2 WHERE id = $3 AND status = $4 "
                                          "AND first_approved_by_id IS NULL RETURNING id",
                                    [actor.id, now, po.id, POStatus.SUBMITTED.value])
                if first:
                    await record_audit(actor.user, "purchase_order.first_approve", "purchase_order", po.po_no,
                                       before={"status": po.status.value},
                                       after={"status": po.status.value, "total_fen": po.total_fen,
                                              "approvals": 1, "approvals_required": po.approvals_required},
                                       via=via, using_db=conn)
                    return Transition(await get_po(po_no, conn), True)
                po = await get_po(po_no, conn)  # a concurrent first approval by someone else
            if po.first_approved_by_id == actor.id:
                return Transition(po, False)  # this approver's repeat: still waiting for a second one
            # The second approval: by someone other than the first approver (checked again by the UPDATE).
            also = f"first_approved_by_id IS NOT NULL AND first_approved_by_id <> {int(actor.id or 0)}"
        sets: dict[str, Any] = {"decided_by_id": actor.id, "decided_at": now}
        if not approve:
            sets["reject_reason"] = reason or "未说明原因"
        if not await _move(po.id, target, (POStatus.SUBMITTED,), sets, conn, also=also):
            po = await get_po(po_no, conn)  # what the concurrent or earlier decision left
            if po.status == target or (approve and po.status in AFTER_APPROVAL):
                return Transition(po, False)
            if po.status == POStatus.REJECTED or po.status in AFTER_APPROVAL:
                who = "已审批" if po.status != POStatus.REJECTED else "已驳回"
                raise Conflict(f"采购单 {po.po_no} {who}，不能再{'同意' if approve else '驳回'}")
            raise _state_error(po, "审批")
        after: dict[str, Any] = {"status": target.value, "total_fen": po.total_fen}
        if not approve:
            after["reason"] = sets["reject_reason"]
        elif po.approvals_required >= 2:
            after.update(approvals=2, first_approved_by_id=po.first_approved_by_id)
        await record_audit(actor.user, "purchase_order.approve" if approve else "purchase_order.reject",
                           "purchase_order", po.po_no, before={"status": po.status.value}, after=after,
                           via=via, using_db=conn)
        po = await get_po(po_no, conn)
    return Transition(po, True)


async def _refuse_self_approval(po_no: str, actor: Actor, via: str) -> None:
    """Nobody approves a PO they created: a 403, and the attempt is audited (in its own transaction)."""
    po = await get_po(po_no)
    if po.created_by_id is None or po.created_by_id != actor.id:
        return
    await record_refusal(actor.user, "purchase_order.approve_refused", "purchase_order", po.po_no,
                         reason="self_approval", via=via, total_fen=po.total_fen)
    raise Forbidden(f"不能审批自己创建的采购单 {po.po_no}，请由其他审批人审批", code="self_approval")


async def send_po(po_no: str, *, actor: Actor, via: str = "api") -> Transition:
    return await _simple(po_no, actor, POStatus.SENT, (POStatus.APPROVED,), "发送供应商", "purchase_order.send",
                         {"sent_at": utc_now()}, via)


async def confirm_po(po_no: str, *, actor: Actor, expected_date: dt.date | None = None,
                     via: str = "api") -> Transition:
    sets: dict[str, Any] = {"confirmed_at": utc_now()}
    if expected_date is not None:
        sets["expected_date"] = expected_date
    return await _simple(po_no, actor, POStatus.CONFIRMED, (POStatus.SENT,), "确认", "purchase_order.confirm", sets,
                         via)


async def close_po(po_no: str, *, actor: Actor, via: str = "api") -> Transition:
    return await _simple(po_no, actor, POStatus.CLOSED, (POStatus.RECEIVED, POStatus.PARTIALLY_RECEIVED), "关闭",
                         "purchase_order.close", {"closed_at": utc_now()}, via)


async def cancel_po(po_no: str, *, actor: Actor, via: str = "api") -> Transition:
    return await _simple(po_no, actor, POStatus.CANCELLED,
                         (POStatus.DRAFT, POStatus.SUBMITTED, POStatus.APPROVED, POStatus.REJECTED), "取消",
                         "purchase_order.cancel", {"closed_at": utc_now()}, via)


async def _simple(po_no: str, actor: Actor, to: POStatus, frm: tuple[POStatus, ...], label: str, action: str,
                  sets: dict[str, Any], via: str) -> Transition:
    async with in_transaction() as conn:
        po = await get_po(po_no, conn)
        _require_buyer(actor, po.location_id)
        if not await _move(po.id, to, frm, sets, conn):
            po = await get_po(po_no, conn)
            if po.status == to:
                return Transition(po, False)
            raise _state_error(po, label)
        await record_audit(actor.user, action, "purchase_order", po.po_no, before={"status": po.status.value},
                           after={"status": to.value}, via=via, using_db=conn)
        po = await get_po(po_no, conn)
    return Transition(po, True)


async def pending_for(actor: Actor, limit: int = 20) -> list[PurchaseOrder]:
    """Submitted POs this approver may decide, oldest first."""
    if actor.role not in (Role.STORE_MANAGER, Role.HQ_ADMIN):
        return []
    qs = PurchaseOrder.filter(  # not the ones this approver created or already approved first
        Q(created_by_id__isnull=True) | Q(created_by_id__not=actor.id), status=POStatus.SUBMITTED).filter(
        Q(first_approved_by_id__isnull=True) | Q(first_approved_by_id__not=actor.id))
    if actor.role == Role.STORE_MANAGER:
        qs = qs.filter(approver_role=Role.STORE_MANAGER.value, location_id__in=list(actor.location_ids or ()))
    return await qs.order_by("submitted_at", "id").limit(limit).select_related("supplier", "location")


async def po_json(po: PurchaseOrder, *, with_lines: bool = True) -> dict[str, Any]:
    supplier = await Supplier.get(id=po.supplier_id)
    location = await Location.get(id=po.location_id)
    out: dict[str, Any] = {
        "id": po.id, "po_no": po.po_no, "status": po.status.value, "status_name": PO_STATUS_ZH[po.status],
        "supplier_code": supplier.code, "supplier_name": supplier.name, "location_code": location.code,
        "location_name": location.name, "net_fen": po.net_fen, "vat_fen": po.vat_fen, "total_fen": po.total_fen,
        "approver_role": po.approver_role or None, "note": po.note, "reject_reason": po.reject_reason or None,
        "created_by": await _username(po.created_by_id), "approvals_required": po.approvals_required,
        "first_approved_by": await _username(po.first_approved_by_id),
        "first_approved_at": iso(po.first_approved_at),
        "expected_date": iso(po.expected_date),
        "created_at": iso(po.created_at),
        "submitted_at": iso(po.submitted_at),
        "decided_at": iso(po.decided_at),
        "decided_by": await _username(po.decided_by_id),
    }
    if with_lines:
        lines = await PurchaseOrderLine.filter(po_id=po.id).select_related("sku").order_by("id")
        out["lines"] = [{"sku_code": ln.sku.code, "name": ln.sku.name, "qty": ln.qty,
                         "unit_price_fen": ln.unit_price_fen, "tax_rate_bp": ln.tax_rate_bp,
                         "qty_received": ln.qty_received, "qty_rejected": ln.qty_rejected,
                         "batch_tracked": ln.sku.batch_tracked} for ln in lines]
    return out


async def _username(user_id: int | None) -> str | None:
    if user_id is None:
        return None
    names = await User.filter(id=user_id).values_list("username", flat=True)
    return str(names[0]) if names else None
