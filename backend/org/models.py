"""The organisation every domain refers to: locations (stores and warehouses), staff users, their roles, the
locations each may act for (the store scope), and the sales channels orders come from. Tables and the Tortoise
app label are unchanged ("models": locations, users, user_locations), so foreign keys elsewhere name them
"models.Location" / "models.User"."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class LocationKind(StrEnum):
    WAREHOUSE = "warehouse"
    STORE = "store"


class Location(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    kind = fields.CharEnumField(LocationKind, max_length=16)
    address = fields.CharField(max_length=255, default="")
    lat = fields.DecimalField(max_digits=9, decimal_places=6, null=True)
    lng = fields.DecimalField(max_digits=9, decimal_places=6, null=True)
    # Lower number is tried first when several locations can fulfil an order.
    priority = fields.IntField(default=100)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "locations"


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
    phone = fields.CharField(max_length=255, null=True)  # sealed by backend.staff.phones (fieldcrypt)
    wecom_userid = fields.CharField(max_length=64, unique=True, null=True)
    wechat_openid = fields.CharField(max_length=64, unique=True, null=True)
    is_active = fields.BooleanField(default=True)
    # Moved on by every change that must end all of this user's sessions (password, role, scope, status, MFA);
    # an access or refresh token minted under another number is refused (backend.security.sessions).
    token_version = fields.IntField(default=0)
    # A role HQ defined (CustomRole): the user acts as `role` (its base) narrowed to the custom role's
    # permissions and data scope. Null: the fixed role `role`, as seeded.
    custom_role = fields.ForeignKeyField("models.CustomRole", related_name="users", null=True,
                                         on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)

    locations: fields.ReverseRelation[UserLocation]

    class Meta:
        table = "users"

    @property
    def chain_wide(self) -> bool:
        return self.role in CHAIN_WIDE_ROLES


class CustomRole(Model):
    """A role HQ defines (backend.security.roles): a base fixed role, the permissions of the catalogue it keeps
    (a subset of the base role's, backend.security.authorization), and a data scope: the stores, warehouses and
    sales channels it may act on (null: all of them)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    base_role = fields.CharEnumField(Role, max_length=20)
    permissions = fields.JSONField(default=list)
    store_ids = fields.JSONField(null=True)  # location ids of stores; null: every store
    warehouse_ids = fields.JSONField(null=True)  # location ids of warehouses; null: every warehouse
    channels = fields.JSONField(null=True)  # Channel values; null: every channel
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "custom_roles"


class UserLocation(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="locations", on_delete=fields.CASCADE
    )
    location = fields.ForeignKeyField("models.Location", related_name="staff", on_delete=fields.CASCADE)

    class Meta:
        table = "user_locations"
        unique_together = (("user", "location"),)


# ---- sales channels: where an order comes from (orders, prices per channel, marketplace shops) -------------


class Channel(StrEnum):
    POS = "pos"
    MINIPROGRAM = "miniprogram"
    PHONE = "phone"
    TAOBAO = "taobao"
    JD = "jd"
    PDD = "pdd"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    WECHAT_SHOP = "wechat_shop"
    LIVE = "live"


CHANNEL_NAMES_ZH = {
    Channel.POS: "门店收银",
    Channel.MINIPROGRAM: "小程序",
    Channel.PHONE: "电话订单",
    Channel.TAOBAO: "淘宝",
    Channel.JD: "京东",
    Channel.PDD: "拼多多",
    Channel.DOUYIN: "抖音",
    Channel.KUAISHOU: "快手",
    Channel.WECHAT_SHOP: "微信小店",
    Channel.LIVE: "直播",
}
