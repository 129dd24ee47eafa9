"""Customer communications: consent per member and channel (with every change kept), members' e-mail addresses,
segments, campaigns and one delivery row per message.

    Campaign: draft --submit--> pending_approval --approve (another HQ user)--> approved --due--> sending --> done
                                                  --reject--> rejected --edit--> draft
              draft / pending_approval / approved --cancel--> cancelled

A delivery is unique per (campaign, member): however many dispatch passes run, a member gets one row per campaign
and the row is claimed for sending by one guarded UPDATE, so it is sent at most once.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


CHANNEL_NAMES_ZH = {Channel.SMS: "短信", Channel.EMAIL: "邮件"}


class ConsentSource(StrEnum):
    MINIPROGRAM = "miniprogram"  # the member ticked the box in the mini-program
    COUNTER = "counter"  # staff recorded the member's written / spoken agreement at a store
    ADMIN = "admin"  # staff changed it in the back office (with a note)
    SMS_REPLY = "sms_reply"  # the member replied TD / 退订 to a marketing SMS
    EMAIL_LINK = "email_link"  # the member opened the unsubscribe link of an e-mail
    IMPORT = "import"  # consent carried over from a legacy system


class MemberConsent(Model):
    """Whether a member agreed to marketing on one channel, now. Every change writes a ConsentEvent too."""

    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    channel = fields.CharEnumField(Channel, max_length=8)
    granted = fields.BooleanField(default=False)
    source = fields.CharEnumField(ConsentSource, max_length=16)
    changed_at = fields.DatetimeField()

    class Meta:
        table = "crm_consents"
        unique_together = (("member", "channel"),)


class ConsentEvent(Model):
    """One consent change (PIPL: when, how, from where, by whom). Append-only."""

    id = fields.BigIntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    channel = fields.CharEnumField(Channel, max_length=8)
    granted = fields.BooleanField()
    source = fields.CharEnumField(ConsentSource, max_length=16)
    detail = fields.CharField(max_length=255, default="")  # e.g. the reply text, the campaign of the link
    user_id = fields.IntField(null=True)  # the staff member who recorded it
    ip = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "crm_consent_events"


class MemberEmail(Model):
    """A member's e-mail address, sealed at rest (backend.fieldcrypt) with a blind index for lookups."""

    id = fields.IntField(primary_key=True)
    member = fields.OneToOneField("models.Member", related_name=False, on_delete=fields.CASCADE)
    email = fields.CharField(max_length=512)
    email_hash = fields.CharField(max_length=64, unique=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "crm_member_emails"


class Segment(Model):
    """A saved rule (backend.crm.segments.SegmentRule as JSON) choosing members; evaluated when used."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    rule = fields.JSONField()
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "crm_segments"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"  # waits for scheduled_at
    SENDING = "sending"  # recipients chosen, deliveries going out
    DONE = "done"  # no delivery left to send
    REJECTED = "rejected"
    CANCELLED = "cancelled"


STATUS_NAMES_ZH = {
    CampaignStatus.DRAFT: "草稿", CampaignStatus.PENDING_APPROVAL: "待审批", CampaignStatus.APPROVED: "已审批待发送",
    CampaignStatus.SENDING: "发送中", CampaignStatus.DONE: "已完成", CampaignStatus.REJECTED: "已驳回",
    CampaignStatus.CANCELLED: "已取消",
}


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    channel = fields.CharEnumField(Channel, max_length=8)
    segment = fields.ForeignKeyField("models.Segment", related_name=False, on_delete=fields.RESTRICT)
    status = fields.CharEnumField(CampaignStatus, max_length=20, default=CampaignStatus.DRAFT, db_index=True)
    sms_template_code = fields.CharField(max_length=64, default="")  # SMS: the approved template
    template_params = fields.JSONField(default=dict)  # SMS TemplateParam values (${name} etc. filled per member)
    email_subject = fields.CharField(max_length=128, default="")
    email_body = fields.TextField(default="")  # plain text; {nickname} is replaced per member
    scheduled_at = fields.DatetimeField(db_index=True)
    recipients = fields.IntField(default=0)  # deliveries created when sending began
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    submitted_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    submitted_at = fields.DatetimeField(null=True)
    approved_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "crm_campaigns"


class MessageKind(StrEnum):
    MARKETING = "marketing"  # consent, quiet hours and the frequency cap apply
    TRANSACTIONAL = "transactional"  # order shipped, pickup ready: always allowed, never counted


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due at next_attempt_at (quiet hours and retries move it)
    SENDING = "sending"  # claimed by one pass; never sent again
    SENT = "sent"  # the provider accepted it (SMS: BizId known; e-mail: the SMTP server took it)
    DELIVERED = "delivered"  # SMS delivery receipt: on the phone
    UNDELIVERED = "undelivered"  # SMS delivery receipt: the carrier could not deliver
    FAILED = "failed"  # provider errors past the last attempt, or refused for good
    SKIPPED = "skipped"  # not sent: consent withdrawn, frequency cap, no address


DELIVERY_NAMES_ZH = {
    DeliveryStatus.PENDING: "待发送", DeliveryStatus.SENDING: "发送中", DeliveryStatus.SENT: "已发送",
    DeliveryStatus.DELIVERED: "已送达", DeliveryStatus.UNDELIVERED: "未送达", DeliveryStatus.FAILED: "发送失败",
    DeliveryStatus.SKIPPED: "未发送",
}


class Delivery(Model):
    """One message to one member: a campaign's (unique per campaign and member) or a transactional one (unique
    dedupe_key)."""

    id = fields.BigIntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name=False, null=True, on_delete=fields.CASCADE)
    member = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    channel = fields.CharEnumField(Channel, max_length=8)
    kind = fields.CharEnumField(MessageKind, max_length=16, default=MessageKind.MARKETING)
    dedupe_key = fields.CharField(max_length=64, null=True, unique=True)  # transactional messages
    template_code = fields.CharField(max_length=64, default="")  # transactional SMS
    params = fields.JSONField(default=dict)  # transactional SMS TemplateParam
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING, db_index=True)
    next_attempt_at = fields.DatetimeField(db_index=True)
    attempts = fields.IntField(default=0)
    deferrals = fields.IntField(default=0)  # times quiet hours moved it
    counted_at = fields.DatetimeField(null=True, db_index=True)  # when it counted against the frequency cap
    provider_id = fields.CharField(max_length=64, default="", db_index=True)  # SMS BizId, e-mail Message-ID
    reason = fields.CharField(max_length=32, default="")  # skipped / failed: why (consent, frequency_cap, ...)
    last_error = fields.CharField(max_length=255, default="")
    sent_at = fields.DatetimeField(null=True)
    reported_at = fields.DatetimeField(null=True)  # delivery receipt
    report_code = fields.CharField(max_length=64, default="")  # the receipt's err_code (DELIVERED, ...)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "crm_deliveries"
        unique_together = (("campaign", "member"),)
