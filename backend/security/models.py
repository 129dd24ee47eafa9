"""Security state: staff TOTP enrolment (secret sealed at rest) and chain-wide security settings."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class StaffMfa(Model):
    id = fields.IntField(primary_key=True)
    user = fields.OneToOneField("models.User", related_name="mfa", on_delete=fields.CASCADE)
    secret = fields.TextField()  # base32 TOTP secret, sealed by backend.security.fieldcrypt
    enabled = fields.BooleanField(default=False)  # True once a first code confirmed the authenticator
    last_step = fields.BigIntField(default=0)  # last accepted 30 s step: a code is never accepted twice
    enabled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "staff_mfa"


class SecuritySetting(Model):
    key = fields.CharField(max_length=64, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "security_settings"
