"""Transactional messages (order shipped, pickup ready): not marketing, so no consent, quiet hours or frequency
cap; queued as a delivery row in the business transaction (unique dedupe_key: a retried event adds nothing) and
sent by the same dispatch pass. SMS only, to the member's phone, with the approved templates of
backend.crm.config."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.crm.config import crm_config
from backend.crm.models import Channel, Delivery, MessageKind
from backend.members.models import Member
from backend.orders.models import Order, Shipment

KINDS = ("shipped", "pickup_ready")


async def queue(conn: BaseDBAsyncClient, *, member_id: int, kind: str, params: dict[str, str],
                dedupe_key: str) -> Delivery | None:
    """Queue one transactional SMS; None when the member has no phone or the key was queued before."""
    if kind not in KINDS:
        raise ValueError(kind)
    member = await Member.filter(id=member_id, deleted_at=None).using_db(conn).first()
    if member is None or not member.phone:
        return None
    if await Delivery.filter(dedupe_key=dedupe_key).using_db(conn).exists():
        return None
    cfg = crm_config()
    template = cfg.sms_template_shipped if kind == "shipped" else cfg.sms_template_pickup
    return await Delivery.create(member_id=member_id, channel=Channel.SMS, kind=MessageKind.TRANSACTIONAL,
                                 dedupe_key=dedupe_key[:64], template_code=template, params=params,
                                 next_attempt_at=datetime.now(UTC), using_db=conn)


async def on_shipped(order: Order, shipment: Shipment, conn: BaseDBAsyncClient) -> None:
    """SHIPPED_HOOKS entry (backend.orders.fulfilment): tell the member their parcel left."""
    if not order.member_id:
        return
    await queue(conn, member_id=order.member_id, kind="shipped",
                params={"order": order.order_no[-12:], "carrier": (shipment.carrier or "快递")[:20],
                        "tracking": (shipment.tracking_no or "")[:30]},
                dedupe_key=f"shipped:{shipment.id}")
