"""Staff work: profiles, shifts, attendance and settings (the accounts, roles and store scopes themselves are the
organisation's: backend.org.models; the notification outbox is backend.messaging)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

# ---- work: profiles, shifts, attendance (backend.staff.attendance / .shifts / .performance) -------------------


class StaffProfile(Model):
    id = fields.IntField(primary_key=True)
    user = fields.OneToOneField("models.User", related_name="profile", on_delete=fields.CASCADE)
    employee_no = fields.CharField(max_length=32, default="")
    hire_date = fields.DateField(null=True)
    commission_rate_bp = fields.IntField(null=True)  # null: the chain's default rate (StaffSetting)
    note = fields.CharField(max_length=255, default="")

    class Meta:
        table = "staff_profiles"


class Shift(Model):
    """One scheduled shift of one staff member at one location (times are aware datetimes)."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="shifts", on_delete=fields.CASCADE)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    date = fields.DateField(db_index=True)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "staff_shifts"
        unique_together = (("user", "date", "starts_at"),)


class ClockKind(StrEnum):
    IN = "in"
    OUT = "out"


class ClockRecord(Model):
    id = fields.BigIntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="clock_records", on_delete=fields.CASCADE)
    location = fields.ForeignKeyField("models.Location", related_name=False, null=True, on_delete=fields.SET_NULL)
    kind = fields.CharEnumField(ClockKind, max_length=4)
    clocked_at = fields.DatetimeField(db_index=True)
    lat = fields.DecimalField(max_digits=9, decimal_places=6, null=True)
    lng = fields.DecimalField(max_digits=9, decimal_places=6, null=True)
    distance_m = fields.IntField(null=True)  # null: no position sent (WeCom chat)
    within_range = fields.BooleanField(null=True)
    source = fields.CharField(max_length=16, default="app")  # app | wecom | admin
    # No position at a store with a geofence: recorded, but it counts only once a manager confirms it.
    unverified = fields.BooleanField(default=False)
    confirmed_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    confirmed_at = fields.DatetimeField(null=True)
    # user:kind:minute: a double tap in the same minute is one row even when both requests race
    dedupe_key = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "staff_clock_records"


class StaffSetting(Model):
    key = fields.CharField(max_length=64, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "staff_settings"
