"""Audit log: record_audit() is called in the same transaction as the change it records."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient


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
    from backend.audit.models import AuditLog
    from backend.observability.context import current_client_ip

    await AuditLog.create(
        user_id=getattr(user, "id", None),
        username=getattr(user, "username", "") or "",
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=before,
        after=after,
        via=via,
        ip=current_client_ip(),
        using_db=using_db,
    )


async def record_refusal(user: Any, action: str, entity_type: str, entity_id: Any, *, reason: str,
                         via: str = "api", **details: Any) -> None:
    """A refused attempt (self-approval, a missing confirmation): audited in its own transaction, because the
    request's own transaction is about to roll back. Call it outside any open transaction."""
    from tortoise.transactions import in_transaction

    async with in_transaction() as conn:
        await record_audit(user, action, entity_type, entity_id, after={"refused": reason, **details}, via=via,
                           using_db=conn)
