"""Append-only audit log of every change made by staff. An entry, once written, is never changed or deleted
through the models (save() of an existing row and delete() raise); no route changes it either."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditLogImmutable(RuntimeError):
    """Someone tried to change or delete an audit entry: a bug, never a user error."""


class AuditLog(Model):
    id = fields.BigIntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    username = fields.CharField(max_length=64, default="")
    action = fields.CharField(max_length=64, db_index=True)  # e.g. "stock.adjust", "po.approve"
    entity_type = fields.CharField(max_length=32, db_index=True)
    entity_id = fields.CharField(max_length=64, default="")
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    via = fields.CharField(max_length=16, default="api")  # api, admin, wecom, miniprogram, task
    ip = fields.CharField(max_length=45, default="")  # the client's address behind nginx ("" for tasks)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_logs"

    async def save(self, *args: Any, **kwargs: Any) -> None:
        if self._saved_in_db:
            raise AuditLogImmutable("audit log entries are append-only")
        await super().save(*args, **kwargs)

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        raise AuditLogImmutable("audit log entries are append-only")
