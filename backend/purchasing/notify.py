"""Telling approvers about a PO waiting for them: a template card with 同意/驳回 buttons pushed through the WeCom
API (bots.wecom.client) to every approver bound to a WeCom user id. Best effort: WeCom being down never undoes
or blocks the submission (the PO is listed by "待审批" and in the back office anyway); failures are logged."""

from __future__ import annotations

import logging

from backend.purchasing.models import PurchaseOrder, Supplier
from backend.settings import get_settings
from backend.staff.models import Role, User
from backend.stock.models import Location

log = logging.getLogger("cradle.purchasing")

_clients: dict[tuple[str, str, str, int], object] = {}
_api_base_override: str | None = None


def use_api_base(url: str | None) -> None:
    """Point the WeCom client somewhere else than settings.wecom_api_base (make run: the mounted fake)."""
    global _api_base_override
    _api_base_override = url
    _clients.clear()


def wecom_client():  # type: ignore[no-untyped-def]
    """One client per configuration, so the access token is cached between pushes."""
    from bots.wecom.client import WeComClient

    s = get_settings()
    base = _api_base_override or s.wecom_api_base
    k = (base, s.wecom_corp_id, s.wecom_secret, s.wecom_agent_id)
    if k not in _clients:
        _clients[k] = WeComClient(s.wecom_corp_id, s.wecom_secret, s.wecom_agent_id, api_base=base, timeout=5)
    return _clients[k]


async def approver_userids(po: PurchaseOrder) -> list[str]:
    qs = User.filter(is_active=True, wecom_userid__isnull=False)
    if po.approver_role == Role.STORE_MANAGER.value:
        qs = qs.filter(role=Role.STORE_MANAGER, locations__location_id=po.location_id)
    else:
        qs = qs.filter(role=Role.HQ_ADMIN)
    return sorted({u for u in await qs.values_list("wecom_userid", flat=True) if u})


async def approval_card_for(po: PurchaseOrder) -> dict:  # type: ignore[type-arg]
    from backend.purchasing.orders import summary_text
    from bots.replies import ApprovalCardInfo, approval_card

    supplier = await Supplier.get(id=po.supplier_id)
    location = await Location.get(id=po.location_id)
    creator = await User.get_or_none(id=po.created_by_id) if po.created_by_id else None
    return approval_card(ApprovalCardInfo(
        po_no=po.po_no, supplier=supplier.name, location=location.name, total_fen=po.total_fen,
        submitted_by=creator.display_name if creator else "", summary=await summary_text(po),
    ))


async def notify_approvers(po: PurchaseOrder) -> list[str]:
    """Push the approval card; answers the WeCom user ids it went to ([] when nobody could be told)."""
    users = await approver_userids(po)
    if not users:
        log.warning("PO %s: no approver bound to WeCom (%s)", po.po_no, po.approver_role)
        return []
    try:
        result = await wecom_client().asend_template_card(users, await approval_card_for(po))
    except Exception as exc:  # WeCom down or refusing: the PO stays submitted and listed
        log.warning("PO %s: approval card not pushed: %s", po.po_no, exc)
        return []
    return [u for u in users if u not in result.invalid_users]
