"""Searching the audit log: who (user id or username), when (date range, local days), what (action prefix,
entity type and id) and text inside the before/after snapshots. Newest first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from backend.audit.models import AuditLog
from backend.timestamps import day_bounds, iso

SNAPSHOT_SCAN_LIMIT = 20_000  # rows scanned when filtering on before/after text


@dataclass
class AuditQuery:
    user_id: int | None = None
    username: str | None = None
    action: str | None = None  # exact, or a prefix ending in "." ("stock." = every stock action)
    entity_type: str | None = None
    entity_id: str | None = None
    via: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    before: str | None = None  # text the before snapshot contains
    after: str | None = None  # text the after snapshot contains
    offset: int = 0
    limit: int = 20


def entry_dict(e: AuditLog) -> dict[str, Any]:
    return {"id": e.id, "user_id": e.user_id, "username": e.username, "action": e.action,
            "entity_type": e.entity_type, "entity_id": e.entity_id, "before": e.before, "after": e.after,
            "via": e.via, "created_at": iso(e.created_at)}


def _contains(snapshot: Any, needle: str) -> bool:
    if snapshot is None:
        return False
    return needle.lower() in json.dumps(snapshot, ensure_ascii=False, default=str).lower()


async def search_audit(q: AuditQuery) -> dict[str, Any]:
    qs = AuditLog.all()
    if q.user_id is not None:
        qs = qs.filter(user_id=q.user_id)
    if q.username:
        qs = qs.filter(username=q.username)
    if q.action:
        qs = qs.filter(action__startswith=q.action) if q.action.endswith(".") else qs.filter(action=q.action)
    if q.entity_type:
        qs = qs.filter(entity_type=q.entity_type)
    if q.entity_id:
        qs = qs.filter(entity_id=q.entity_id)
    if q.via:
        qs = qs.filter(via=q.via)
    if q.date_from:
        qs = qs.filter(created_at__gte=day_bounds(q.date_from, q.date_from)[0])
    if q.date_to:
        qs = qs.filter(created_at__lt=day_bounds(q.date_to, q.date_to)[1])
    qs = qs.order_by("-id")
    if not (q.before or q.after):
        total = await qs.count()
        rows = await qs.offset(q.offset).limit(q.limit)
        return {"items": [entry_dict(e) for e in rows], "total": total}
    matched = [e for e in await qs.limit(SNAPSHOT_SCAN_LIMIT)
               if (not q.before or _contains(e.before, q.before)) and (not q.after or _contains(e.after, q.after))]
    return {"items": [entry_dict(e) for e in matched[q.offset:q.offset + q.limit]], "total": len(matched)}
