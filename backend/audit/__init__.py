"""Audit log: record_audit() is called in the same transaction as the change it records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit.models import AuditLog
from backend.observability.context import current_client_ip


async def record_audit(
    user: Any,
    action: str,
    entity_type: str,
    entity_id: Any,
    *,
    before: Any = None,
    after: Any = None,
    via: str = "api",
    using_db: BaseDBAsyncClient | None = None,
) -> None:
    await audit_entry(user, action, entity_type, entity_id, before=before, after=after, via=via).save(
        using_db=using_db)


async def record_staff_change(user: Any, action: str, entity_type: str, entity_id: Any,
                              conn: BaseDBAsyncClient | None, **after: Any) -> None:
    """Record a staff member's change with its fields as ``after``; a change with no staff user (a member's own
    action, a system job) is not audited here."""
    if user is None:
        return
    await record_audit(user, action, entity_type, entity_id, after=after or None, using_db=conn)


def audit_entry(user: Any, action: str, entity_type: str, entity_id: Any, *, before: Any = None, after: Any = None,
                via: str = "api", ip: str | None = None) -> Any:
    """The AuditLog row record_audit writes, unsaved. `ip`: the client's address, by default the current
    request's."""
    return AuditLog(user_id=getattr(user, "id", None), username=getattr(user, "username", "") or "", action=action,
                    entity_type=entity_type, entity_id=str(entity_id), before=before, after=after, via=via,
                    ip=current_client_ip() if ip is None else ip)


AUDIT_COLUMNS = ("user_id", "username", "action", "entity_type", "entity_id", "before", "after", "via", "ip",
                 "created_at")
_JSON = AuditLog._meta.fields_map["after"]


def audit_values(user: Any, action: str, entity_type: str, entity_id: Any, created_at: datetime, *,
                 before: Any = None, after: Any = None, via: str = "api", ip: str | None = None) -> tuple[Any, ...]:
    """audit_entry's row as database values in AUDIT_COLUMNS order (backend.raw_sql.insert_values), for a hot path
    writing many entries without model objects; `created_at` as the ORM stamps it (tortoise.timezone.localtime())."""
    return (getattr(user, "id", None), getattr(user, "username", "") or "", action, entity_type, str(entity_id),
            _JSON.to_db_value(before, AuditLog), _JSON.to_db_value(after, AuditLog), via,
            current_client_ip() if ip is None else ip, created_at)


async def record_refusal(user: Any, action: str, entity_type: str, entity_id: Any, *, reason: str,
                         via: str = "api", **details: Any) -> None:
    """A refused attempt (self-approval, a missing confirmation): audited in its own transaction, because the
    request's own transaction is about to roll back. Call it outside any open transaction."""
    from tortoise.transactions import in_transaction

    async with in_transaction() as conn:
        await record_audit(user, action, entity_type, entity_id, after={"refused": reason, **details}, via=via,
                           using_db=conn)
