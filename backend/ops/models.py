"""The tables of operations: one row per backup run (backup_runs) and per alert raised (ops_alerts)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class BackupStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"  # dumped, restored into a scratch database, every table's row count equal
    FAILED = "failed"  # the dump, the restore or the comparison failed: ``error`` says which


class BackupRun(Model):
    id = fields.BigIntField(primary_key=True)
    status = fields.CharEnumField(BackupStatus, max_length=8, default=BackupStatus.RUNNING)
    dialect = fields.CharField(max_length=16)  # postgres | sqlite
    file = fields.CharField(max_length=500, default="")
    size_bytes = fields.BigIntField(default=0)
    tables = fields.IntField(default=0)
    rows_total = fields.BigIntField(default=0)  # rows in the dumped snapshot, every table
    # {table: [rows in the snapshot, rows in the restored copy]}; the restored side is null when no restore ran
    counts = fields.JSONField(default=dict)
    mismatches = fields.JSONField(default=list)  # the tables whose two counts differ
    error = fields.TextField(default="")
    duration_ms = fields.IntField(default=0)
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "backup_runs"
        indexes = (("started_at",),)


class Alert(Model):
    """One alert: a condition (kind + key) raised at most once a day, sent to a role through the staff outbox."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=32)  # backend.ops.alerts.KINDS
    condition_key = fields.CharField(max_length=96)  # what it is about, e.g. "ST-001:SKU-1001" or a run id
    day = fields.DateField()  # China date: the same condition alerts again the next day, not before
    role = fields.CharField(max_length=32)  # whom it went to
    location_id = fields.IntField(null=True)  # the store, for store-scoped alerts
    recipients = fields.JSONField(default=list)  # WeCom user ids told (empty: nobody bound to WeCom)
    message = fields.TextField()
    notification_id = fields.BigIntField(null=True)  # the staff_notifications row that carries it
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ops_alerts"
        unique_together = (("kind", "condition_key", "day"),)
        indexes = (("day", "kind"),)
