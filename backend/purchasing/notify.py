"""Telling approvers about a PO waiting for them: a template card with 同意/驳回 buttons for every approver bound
to a WeCom user id. ``queue_approval_card`` runs in the submit's transaction and puts the card in the staff
notification outbox (backend.messaging.notifications); the background job sends it through the staff messenger
(backend.messaging.messenger: the WeCom API) with retries. WeCom being down never undoes or blocks the submission,
and the submit never waits on WeCom (the PO is listed by "待审批" and in the back office anyway)."""

from __future__ import annotations

import logging

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.messaging import notifications
from backend.messaging.messenger import ApprovalCardInfo, messenger
from backend.messaging.models import StaffNotification
from backend.org.models import Location, Role, User
from backend.purchasing.models import PurchaseOrder, PurchaseOrderLine, Supplier

log = logging.getLogger("cradle.purchasing")


async def approver_userids(po: PurchaseOrder, conn: BaseDBAsyncClient | None = None) -> list[str]:
    qs = User.filter(is_active=True, wecom_userid__isnull=False)
    if po.approver_role == Role.STORE_MANAGER.value:
        qs = qs.filter(role=Role.STORE_MANAGER, locations__location_id=po.location_id)
    else:
        qs = qs.filter(role=Role.HQ_ADMIN)
    return sorted({u for u in await qs.using_db(conn).values_list("wecom_userid", flat=True) if u})


async def summary_text(po: PurchaseOrder, conn: BaseDBAsyncClient | None = None) -> str:
    """The card's one line about the goods: the first line, and how many kinds in all."""
    lines = await PurchaseOrderLine.filter(po_id=po.id).select_related("sku").order_by("id").using_db(conn)
    if not lines:
        return ""
    first = f"{lines[0].sku.name} x {lines[0].qty}"
    return first if len(lines) == 1 else f"{first} 等 {len(lines)} 种商品"


async def approval_card_for(po: PurchaseOrder, conn: BaseDBAsyncClient | None = None) -> dict:  # type: ignore[type-arg]
    supplier = await Supplier.get(id=po.supplier_id).using_db(conn)
    location = await Location.get(id=po.location_id).using_db(conn)
    creator = await User.get_or_none(id=po.created_by_id).using_db(conn) if po.created_by_id else None
    return messenger().approval_card(ApprovalCardInfo(
        po_no=po.po_no, supplier=supplier.name, location=location.name, total_fen=po.total_fen,
        submitted_by=creator.display_name if creator else "", summary=await summary_text(po, conn),
    ))


async def queue_approval_card(po: PurchaseOrder, conn: BaseDBAsyncClient) -> StaffNotification | None:
    """In the submit's transaction: the approval card into the outbox, once per submission (None: no approver is
    bound to WeCom). The caller kicks the delivery after the commit."""
    users = await approver_userids(po, conn)
    if not users:
        log.warning("PO %s: no approver bound to WeCom (%s)", po.po_no, po.approver_role)
        return None
    prefix = f"{notifications.KIND_PO_APPROVAL}:{po.id}:"
    submission = await StaffNotification.filter(dedupe_key__startswith=prefix).using_db(conn).count() + 1
    return await notifications.enqueue(conn, kind=notifications.KIND_PO_APPROVAL, user_ids=users,
                                       payload=notifications.card_payload(await approval_card_for(po, conn)),
                                       dedupe_key=f"{prefix}{submission}")
