"""Idempotency keys for POSTs and webhooks: the first answer for a (scope, key) is kept and replayed."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tortoise import fields
from tortoise.models import Model


class IdempotencyRecord(Model):
    id = fields.BigIntField(primary_key=True)
    scope = fields.CharField(max_length=64)  # e.g. "order:staff:3" or "member:9"
    key = fields.CharField(max_length=128)
    request_hash = fields.CharField(max_length=64)
    status = fields.IntField()
    response = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_records"
        unique_together = (("scope", "key"),)


def body_hash(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
