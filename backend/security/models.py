"""Security state: staff TOTP enrolment (secret sealed at rest) and chain-wide security settings."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class StaffMfa(Model):
    id = fields.IntField(primary_key=True)
    user = fields.OneToOneField("models.User", related_name="mfa", on_delete=fields.CASCADE)
    secret = fields.TextField()  # base32 TOTP secret, sealed by backend.fieldcrypt
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


class AuthSession(Model):
    """One login (a token family): its access tokens carry its id ("sid"), its refresh token the generation.

    Each refresh moves `generation` on by one with a guarded UPDATE and answers a new refresh token; an older
    refresh token presented again (reuse: it was stolen or replayed) revokes the whole session. Logout and every
    account change that must end sessions set `revoked_at`; access tokens of a revoked session stop working at
    once (backend.security.actor checks it in the query that loads the caller). A row is deleted once it has
    expired (no token minted for it can still be valid then)."""

    id = fields.CharField(max_length=32, primary_key=True)  # random hex, the tokens' "sid"
    kind = fields.CharField(max_length=8)  # staff | member
    user = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.CASCADE,
                                  db_index=True)
    member = fields.ForeignKeyField("models.Member", related_name=False, null=True, on_delete=fields.CASCADE,
                                    db_index=True)
    method = fields.CharField(max_length=16)  # password | wechat | mfa (a TOTP code was given) | phone_merge
    mfa = fields.BooleanField(default=False)  # the login passed a TOTP code
    generation = fields.IntField(default=0)  # the only refresh token accepted carries this number
    address = fields.CharField(max_length=64, default="")  # client address of the login
    created_at = fields.DatetimeField(auto_now_add=True)
    refreshed_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(db_index=True)  # the current refresh token's expiry
    revoked_at = fields.DatetimeField(null=True)
    revoked_reason = fields.CharField(max_length=32, default="")

    class Meta:
        table = "auth_sessions"


class LoginFailure(Model):
    """Failed password logins per (username, client address): the progressive delay of backend.staff.auth.

    Kept for names that are no account too (the answer must not tell them apart). Times are epoch
    milliseconds so the one upsert that counts a failure stays plain SQL on both PostgreSQL and SQLite."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=64)
    address = fields.CharField(max_length=64)
    failures = fields.IntField(default=0)
    last_failed_ms = fields.BigIntField(default=0)
    blocked_until_ms = fields.BigIntField(default=0)

    class Meta:
        table = "login_failures"
        unique_together = (("username", "address"),)
