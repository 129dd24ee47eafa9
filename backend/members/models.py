"""Members: one shopper across every channel (merged by phone / unionid)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Member(Model):
    id = fields.IntField(primary_key=True)
    member_code = fields.CharField(max_length=16, unique=True)
    nickname = fields.CharField(max_length=64, default="")
    phone = fields.CharField(max_length=255, null=True)  # encrypted at rest
    phone_hash = fields.CharField(max_length=64, null=True, unique=True)  # lookup key for the phone
    openid = fields.CharField(max_length=64, null=True, unique=True)
    unionid = fields.CharField(max_length=64, null=True, unique=True)
    level = fields.CharField(max_length=16, default="normal")
    points = fields.IntField(default=0)
    balance_fen = fields.BigIntField(default=0)
    total_spent_fen = fields.BigIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "members"
