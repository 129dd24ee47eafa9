"""Staff accounts, their roles and the locations they may act for."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Role(StrEnum):
    SHOPPER = "shopper"
    CLERK = "clerk"
    STORE_MANAGER = "store_manager"
    PURCHASER = "purchaser"
    FINANCE = "finance"
    HQ_ADMIN = "hq_admin"
    LIVE_SELLER = "live_seller"


ROLE_NAMES_ZH = {
    Role.SHOPPER: "顾客",
    Role.CLERK: "店员",
    Role.STORE_MANAGER: "店长",
    Role.PURCHASER: "采购",
    Role.FINANCE: "财务",
    Role.HQ_ADMIN: "总部管理员",
    Role.LIVE_SELLER: "主播",
}

# Roles whose scope is every location; the others act only for the locations in UserLocation.
CHAIN_WIDE_ROLES = frozenset({Role.HQ_ADMIN, Role.PURCHASER, Role.FINANCE})


class User(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=64)
    password_hash = fields.CharField(max_length=255)
    role = fields.CharEnumField(Role, max_length=20)
    phone = fields.CharField(max_length=32, null=True)
    wecom_userid = fields.CharField(max_length=64, unique=True, null=True)
    wechat_openid = fields.CharField(max_length=64, unique=True, null=True)
    mfa_secret = fields.CharField(max_length=64, null=True)
    is_active = fields.BooleanField(default=True)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    locations: fields.ReverseRelation[UserLocation]

    class Meta:
        table = "users"

    @property
    def chain_wide(self) -> bool:
        return self.role in CHAIN_WIDE_ROLES


class UserLocation(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="locations", on_delete=fields.CASCADE
    )
    location = fields.ForeignKeyField("models.Location", related_name="staff", on_delete=fields.CASCADE)

    class Meta:
        table = "user_locations"
        unique_together = (("user", "location"),)
