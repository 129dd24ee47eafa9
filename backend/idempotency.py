"""Idempotency keys for POSTs and webhooks: the first answer for a (scope, key) is kept and replayed."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.errors import Conflict, ValidationError
from backend.raw_sql import columns, connection, fetch, from_row

MAX_KEY_LEN = 128


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


def check_key(key: str | None) -> None:
    """An Idempotency-Key, when given, is 1 to 128 characters (400 otherwise)."""
    if key is not None and not 0 < len(key) <= MAX_KEY_LEN:
        raise ValidationError(f"Idempotency-Key 长度必须在 1 到 {MAX_KEY_LEN} 个字符之间",
                              details=[{"field": "Idempotency-Key", "message": "长度不合法"}])


def body_hash(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


async def kept_answer(scope: str, key: str, request_hash: str, *, what: str,
                      conn: BaseDBAsyncClient | None = None) -> IdempotencyRecord | None:
    """The record kept for (scope, key), or None the first time. The same key with another body is refused with
    409, naming `what` the key was first used for (e.g. "下单请求")."""
    db = connection(conn)  # in SQL: every order with a key reads it first (no ORM query building)
    rows = await fetch(db, f"SELECT {columns(IdempotencyRecord, 'r')} FROM idempotency_records r "
                           "WHERE r.scope = $1 AND r.key = $2", [scope, key])
    rec = from_row(IdempotencyRecord, rows[0]) if rows else None
    if rec is not None and rec.request_hash != request_hash:
        raise Conflict(f"该幂等键（Idempotency-Key）已用于内容不同的{what}")
    return rec
