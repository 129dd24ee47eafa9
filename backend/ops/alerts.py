"""The alert channel: a condition worth a person's attention, pushed to the role that acts on it through WeCom.

    a check (backup run, stock scan, dead letters, refunds) ──raise_alert(kind, key, text)──> ops_alerts (one per
    kind + key + China day) + staff_notifications (the outbox, same transaction) ──deliver_due──> WeCom

- **Who**: each kind has its role (``ROLE_OF``): the store manager of the store for its stock (HQ when no manager
  of that store is bound to WeCom), finance for failed refunds, the HQ admin for backups and dead letters.
- **Once a day**: the row in ``ops_alerts`` is unique per (kind, condition_key, day) and the notification's
  dedupe key is built from the same three, so a check that runs every few minutes alerts once a day per
  condition, and two workers racing on one condition send one message.
- **Recorded**: ``ops_alerts`` keeps what was said to whom; the outbox row (``notification_id``) says whether
  WeCom took it (``GET /admin/api/v1/alerts``).
"""

from __future__ import annotations

import datetime as dt
import logging

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.messaging import notifications
from backend.ops.models import Alert
from backend.org.models import Role, User, UserLocation
from backend import timestamps
from backend.timestamps import business_today

log = logging.getLogger("cradle.ops.alerts")

BACKUP_FAILED = "backup_failed"
LOW_STOCK = "low_stock"
NEAR_EXPIRY = "near_expiry"
DEAD_LETTER = "dead_letter"
REFUND_FAILED = "refund_failed"
KINDS = {BACKUP_FAILED: "备份失败", LOW_STOCK: "库存不足", NEAR_EXPIRY: "临期商品", DEAD_LETTER: "死信",
         REFUND_FAILED: "退款失败"}
ROLE_OF = {BACKUP_FAILED: Role.HQ_ADMIN, DEAD_LETTER: Role.HQ_ADMIN, REFUND_FAILED: Role.FINANCE,
           LOW_STOCK: Role.STORE_MANAGER, NEAR_EXPIRY: Role.STORE_MANAGER}


async def recipients(role: Role, location_id: int | None = None) -> list[str]:
    """The WeCom user ids of the active staff in ``role`` (store managers: of that store). Nobody bound: HQ."""
    users = User.filter(role=role, is_active=True, wecom_userid__isnull=False)
    if role == Role.STORE_MANAGER and location_id is not None:
        ids = await UserLocation.filter(location_id=location_id, user__role=role, user__is_active=True,
                                        user__wecom_userid__isnull=False).values_list("user__wecom_userid", flat=True)
    else:
        ids = await users.values_list("wecom_userid", flat=True)
    if not ids and role != Role.HQ_ADMIN:
        return await recipients(Role.HQ_ADMIN)
    return sorted(str(i) for i in ids)


async def raise_alert(kind: str, condition_key: str, text: str, *, location_id: int | None = None,
                      on: dt.date | None = None) -> Alert | None:
    """Record and send one alert; None when this condition already alerted today (nothing is sent again)."""
    if kind not in KINDS:
        raise ValueError(f"unknown alert kind {kind!r}")
    day = on or business_today()
    if await Alert.exists(kind=kind, condition_key=condition_key, day=day):
        return None
    role = ROLE_OF[kind]
    to = await recipients(role, location_id)
    content = f"【{KINDS[kind]}】{text}"
    try:
        async with in_transaction() as conn:
            alert = await Alert.create(kind=kind, condition_key=condition_key, day=day, role=role.value,
                                       location_id=location_id, recipients=to, message=content, using_db=conn)
            note = await notifications.enqueue(conn, kind=notifications.KIND_ALERT, user_ids=to,
                                               payload=notifications.text_payload(content),
                                               dedupe_key=f"alert:{kind}:{day.isoformat()}:{condition_key}"[:128])
            if note is not None:
                alert.notification_id = note.id
                await alert.save(using_db=conn, update_fields=["notification_id"])
    except IntegrityError:  # a concurrent check raised the same condition first
        return None
    log.warning("alert %s %s to %s: %s", kind, condition_key, to or "nobody", text)
    notifications.kick()
    return alert


def alert_dict(a: Alert) -> dict[str, object]:
    return {"id": a.id, "kind": a.kind, "kind_label": KINDS.get(a.kind, a.kind), "condition_key": a.condition_key,
            "day": a.day.isoformat(), "role": a.role, "location_id": a.location_id, "recipients": a.recipients,
            "message": a.message, "notification_id": a.notification_id, "created_at": timestamps.iso(a.created_at)}


async def listing(*, kind: str | None, offset: int, limit: int) -> dict[str, object]:
    rows = Alert.all() if kind is None else Alert.filter(kind=kind)
    total = await rows.count()
    items = await rows.order_by("-created_at", "-id").offset(offset).limit(limit)
    return {"items": [alert_dict(a) for a in items], "total": total}
