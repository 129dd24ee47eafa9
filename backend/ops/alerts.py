"""The alert channel: a condition worth a person's attention, pushed to the role that acts on it through WeCom.

    a check (backup run, backend.ops.scanners: stock, dead letters, refunds) ──raise_alert(s)(kind, key, text)──>
    ops_alerts (one per kind + key + China day) + staff_notifications (the outbox, same transaction) ──deliver_due──> WeCom

- **Who**: each kind has its role (``ROLE_OF``, a caller may name another): the store manager of the store for its
  stock (HQ when no manager of that store is bound to WeCom; a warehouse's low stock goes to the purchasers),
  finance for failed refunds, the HQ admin for backups and dead letters.
- **One message per pass**: ``raise_alerts`` sends the conditions of one pass not yet raised today (one row each)
  as one WeCom text.
- **Once a day**: the row in ``ops_alerts`` is unique per (kind, condition_key, day) and the notification's
  dedupe key is built from the same three, so a check that runs every few minutes alerts once a day per
  condition, and two workers racing on one condition send one message.
- **Recorded**: ``ops_alerts`` keeps what was said to whom; the outbox row (``notification_id``) says whether
  WeCom took it (``GET /admin/api/v1/alerts``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend import timestamps
from backend.messaging import notifications
from backend.ops.models import Alert
from backend.org.models import Role, User, UserLocation
from backend.timestamps import business_today

log = logging.getLogger("cradle.ops.alerts")

BACKUP_FAILED = "backup_failed"
LOW_STOCK = "low_stock"
NEAR_EXPIRY = "near_expiry"
DEAD_LETTER = "dead_letter"
REFUND_FAILED = "refund_failed"
EINVOICE_FAILED = "einvoice_failed"
KINDS = {BACKUP_FAILED: "备份失败", LOW_STOCK: "库存不足", NEAR_EXPIRY: "临期商品", DEAD_LETTER: "死信",
         REFUND_FAILED: "退款失败", EINVOICE_FAILED: "开票失败"}
ROLE_OF = {BACKUP_FAILED: Role.HQ_ADMIN, DEAD_LETTER: Role.HQ_ADMIN, REFUND_FAILED: Role.FINANCE,
           EINVOICE_FAILED: Role.FINANCE,
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


@dataclass(frozen=True)
class Condition:
    """One thing to alert about: its key (unique per kind and day) and the sentence that says it."""

    key: str
    text: str


MAX_LINES = 20  # one WeCom text: at most this many conditions listed, the rest counted


async def raise_alert(kind: str, condition_key: str, text: str, *, location_id: int | None = None,
                      on: dt.date | None = None, role: Role | None = None) -> Alert | None:
    """Record and send one alert; None when this condition already alerted today (nothing is sent again)."""
    raised = await raise_alerts(kind, [Condition(condition_key, text)], location_id=location_id, on=on, role=role)
    return raised[0] if raised else None


async def raise_alerts(kind: str, conditions: list[Condition], *, heading: str = "", location_id: int | None = None,
                       on: dt.date | None = None, role: Role | None = None) -> list[Alert]:
    """Record the conditions not yet raised today (one ``ops_alerts`` row each) and send them to ``role`` (default
    ``ROLE_OF[kind]``) as one WeCom text. Returns the rows created; [] when every condition already alerted today
    or a concurrent check raised them first (nothing is sent again)."""
    if kind not in KINDS:
        raise ValueError(f"unknown alert kind {kind!r}")
    day = on or business_today()
    wanted = {c.key: c for c in conditions}
    done = set(await Alert.filter(kind=kind, day=day, condition_key__in=list(wanted)).values_list(
        "condition_key", flat=True))
    fresh = [wanted[k] for k in sorted(wanted) if k not in done]
    if not fresh:
        return []
    role = role or ROLE_OF[kind]
    to = await recipients(role, location_id)
    label = f"【{KINDS[kind]}】"
    if len(fresh) == 1:
        content = label + fresh[0].text
    else:
        lines = [f"{label}{heading}（{len(fresh)} 项）"] + [f"· {c.text}" for c in fresh[:MAX_LINES]]
        if len(fresh) > MAX_LINES:
            lines.append(f"……另有 {len(fresh) - MAX_LINES} 项，见后台「告警」")
        content = "\n".join(lines)
    try:
        async with in_transaction() as conn:
            rows = [await Alert.create(kind=kind, condition_key=c.key, day=day, role=role.value,
                                       location_id=location_id, recipients=to, message=label + c.text, using_db=conn)
                    for c in fresh]
            # the first key is raised once this day, so it names this message alone
            note = await notifications.enqueue(conn, kind=notifications.KIND_ALERT, user_ids=to,
                                               payload=notifications.text_payload(content),
                                               dedupe_key=f"alert:{kind}:{day.isoformat()}:{fresh[0].key}"[:128])
            if note is not None:
                await Alert.filter(id__in=[a.id for a in rows]).using_db(conn).update(notification_id=note.id)
                for a in rows:
                    a.notification_id = note.id
    except IntegrityError:  # a concurrent check raised one of them first: it sends
        return []
    log.warning("alert %s x%s to %s: %s", kind, len(rows), to or "nobody", fresh[0].text)
    notifications.kick()
    return rows


def alert_dict(a: Alert) -> dict[str, object]:
    return {"id": a.id, "kind": a.kind, "kind_label": KINDS.get(a.kind, a.kind), "condition_key": a.condition_key,
            "day": a.day.isoformat(), "role": a.role, "location_id": a.location_id, "recipients": a.recipients,
            "message": a.message, "notification_id": a.notification_id, "created_at": timestamps.iso(a.created_at)}


async def listing(*, kind: str | None, offset: int, limit: int) -> dict[str, object]:
    rows = Alert.all() if kind is None else Alert.filter(kind=kind)
    total = await rows.count()
    items = await rows.order_by("-created_at", "-id").offset(offset).limit(limit)
    return {"items": [alert_dict(a) for a in items], "total": total}
