"""Members: one shopper across every channel (merged by phone / unionid), their points and stored-value
ledgers, coupons, children and tags.

Ledgers are append-only: a member's `points` always equals the sum of their PointsEntry deltas and
`balance_fen` the sum of their BalanceEntry deltas; both columns only change through the guarded updates in
backend.members.points / backend.members.balance, in the same transaction as the entry.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Member(Model):
    id = fields.IntField(primary_key=True)
    member_code = fields.CharField(max_length=16, unique=True)
    nickname = fields.CharField(max_length=64, default="")
    avatar_url = fields.CharField(max_length=255, default="")
    phone = fields.CharField(max_length=255, null=True)  # sealed by backend.fieldcrypt
    phone_hash = fields.CharField(max_length=64, null=True, unique=True)  # blind index of the phone
    openid = fields.CharField(max_length=64, null=True, unique=True)
    unionid = fields.CharField(max_length=64, null=True, unique=True)
    level = fields.CharField(max_length=16, default="normal")
    points = fields.IntField(default=0)
    balance_fen = fields.BigIntField(default=0)
    total_spent_fen = fields.BigIntField(default=0)
    source = fields.CharField(max_length=16, default="")  # miniprogram, pos, import ...
    # Set on a member that was merged into another one (its assets moved there; it can no longer log in).
    merged_into = fields.ForeignKeyField("models.Member", related_name=False, null=True, on_delete=fields.SET_NULL)
    # Set when the member deleted their account (PIPL, backend.members.erasure): the row stays, anonymised, so
    # orders and ledgers keep their member; it can no longer log in or be found.
    deleted_at = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True, null=True)

    class Meta:
        table = "members"


class MemberAlias(Model):
    """Another card number of a member: an older card of the same shopper merged into it (the legacy import
    merges cards sharing a phone). Found by the counter's member lookup like the member code."""

    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="aliases", on_delete=fields.CASCADE)
    card_no = fields.CharField(max_length=32, unique=True)
    source = fields.CharField(max_length=16, default="import")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_aliases"


class PhoneClaimStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"  # the holder's own WeChat account agreed: merged
    VERIFIED = "verified"  # staff checked the shopper at a store: merged
    REFUSED = "refused"  # the holder's WeChat account said it is not theirs


class PhoneClaim(Model):
    """A WeChat user verified a phone number held by a member with stored value or points: not merged
    automatically (a recycled number would hand the old member's money to whoever has the number now). It
    waits for the holder's own WeChat account to confirm, or for staff to verify at a store."""

    id = fields.IntField(primary_key=True)
    claimant = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    holder = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    phone_hash = fields.CharField(max_length=64)
    status = fields.CharEnumField(PhoneClaimStatus, max_length=16, default=PhoneClaimStatus.PENDING, db_index=True)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    location = fields.ForeignKeyField("models.Location", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "member_phone_claims"
        unique_together = (("claimant", "holder"),)


class PointsKind(StrEnum):
    EARN = "earn"  # paid order
    SPEND = "spend"  # used at checkout
    REVERSE = "reverse"  # earned points taken back on a refund
    RETURN = "return"  # spent points given back on a refund / cancel
    EXPIRE = "expire"
    ADJUST = "adjust"  # staff correction
    MERGE_IN = "merge_in"
    MERGE_OUT = "merge_out"
    FORFEIT = "forfeit"  # the member deleted their account: what was left lapses


POINTS_KIND_ZH = {
    PointsKind.EARN: "购物赠送积分",
    PointsKind.SPEND: "下单抵扣",
    PointsKind.REVERSE: "退款扣回积分",
    PointsKind.RETURN: "退还抵扣积分",
    PointsKind.EXPIRE: "积分过期",
    PointsKind.ADJUST: "积分调整",
    PointsKind.MERGE_IN: "账户合并转入",
    PointsKind.MERGE_OUT: "账户合并转出",
    PointsKind.FORFEIT: "账户注销清零",
}


class PointsEntry(Model):
    """One change of a member's points. Positive entries with `expires_on` are lots that expire FIFO."""

    id = fields.BigIntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="points_entries", on_delete=fields.RESTRICT)
    delta = fields.IntField()
    kind = fields.CharEnumField(PointsKind, max_length=16)
    reason = fields.CharField(max_length=128, default="")
    order_id = fields.IntField(null=True, db_index=True)
    ref = fields.CharField(max_length=64, null=True)  # idempotency key of the event, unique per member+kind
    expires_on = fields.DateField(null=True)  # last day the lot is valid (positive entries)
    balance_after = fields.IntField()
    created_by_id = fields.IntField(null=True)  # staff user for adjustments
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_points_entries"
        unique_together = (("member", "kind", "ref"),)


class BalanceKind(StrEnum):
    TOPUP = "topup"
    PAY = "pay"
    REFUND = "refund"
    ADJUST = "adjust"
    MERGE_IN = "merge_in"
    MERGE_OUT = "merge_out"


BALANCE_KIND_ZH = {
    BalanceKind.TOPUP: "储值充值",
    BalanceKind.PAY: "储值支付",
    BalanceKind.REFUND: "退款退回储值",
    BalanceKind.ADJUST: "储值调整",
    BalanceKind.MERGE_IN: "账户合并转入",
    BalanceKind.MERGE_OUT: "账户合并转出",
}


class BalanceEntry(Model):
    """One change of a member's stored-value balance (fen)."""

    id = fields.BigIntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="balance_entries", on_delete=fields.RESTRICT)
    delta_fen = fields.BigIntField()
    kind = fields.CharEnumField(BalanceKind, max_length=16)
    reason = fields.CharField(max_length=128, default="")
    order_id = fields.IntField(null=True, db_index=True)
    ref = fields.CharField(max_length=64, null=True)
    method = fields.CharField(max_length=16, default="")  # how a top-up was paid (cash, wechat, alipay)
    location_id = fields.IntField(null=True)
    balance_after_fen = fields.BigIntField()
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_balance_entries"
        unique_together = (("member", "kind", "ref"),)


class MemberPayCode(Model):
    """A one-time stored-value payment code the member's mini-program shows (backend.members.paycode). Only its
    SHA-256 is kept: the code itself is a bearer credential for a minute."""

    id = fields.BigIntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    code_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    order_id = fields.IntField(null=True)  # the order whose stored-value payment used it
    # When a newer code replaced it (it stops working then). Kept, not deleted, for KEEP_DAYS: an offline counter
    # sale made with it while it was live is checked against the moment it happened (backend.orders.offline).
    superseded_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_pay_codes"


class CouponKind(StrEnum):
    AMOUNT = "amount"  # amount_fen off
    DISCOUNT = "discount"  # pay discount_bp / 10000 of the price (8500 = 8.5折)


class CouponTemplate(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    description = fields.CharField(max_length=255, default="")
    kind = fields.CharEnumField(CouponKind, max_length=16)
    amount_fen = fields.BigIntField(default=0)
    discount_bp = fields.IntField(default=10000)
    max_discount_fen = fields.BigIntField(default=0)  # cap for discount coupons; 0 = no cap
    threshold_fen = fields.BigIntField(default=0)  # eligible amount needed (满 X 可用)
    category = fields.ForeignKeyField("models.Category", related_name=False, null=True, on_delete=fields.RESTRICT)
    valid_days = fields.IntField(null=True)  # validity counted from issue; else the fixed window below
    valid_from = fields.DatetimeField(null=True)
    valid_to = fields.DatetimeField(null=True)
    total_quota = fields.IntField(default=0)  # coupons that may ever be issued; 0 = unlimited
    issued_count = fields.IntField(default=0)
    per_member_limit = fields.IntField(default=1)
    claimable = fields.BooleanField(default=True)  # shoppers may claim it themselves (领券中心)
    is_active = fields.BooleanField(default=True)  # False: disabled, nobody can claim or be issued one
    created_by_id = fields.IntField(null=True)  # staff user (None: demo / system)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True, null=True)

    class Meta:
        table = "coupon_templates"


class CouponStatus(StrEnum):
    UNUSED = "unused"
    USED = "used"
    EXPIRED = "expired"


class Coupon(Model):
    """A coupon held by one member. `seq` numbers a member's coupons of one template (unique), which makes the
    per-member limit race-safe."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=20, unique=True)
    template = fields.ForeignKeyField("models.CouponTemplate", related_name="coupons", on_delete=fields.RESTRICT)
    member = fields.ForeignKeyField("models.Member", related_name="coupons", on_delete=fields.RESTRICT)
    seq = fields.IntField(default=1)
    status = fields.CharEnumField(CouponStatus, max_length=16, default=CouponStatus.UNUSED, db_index=True)
    valid_from = fields.DatetimeField()
    expires_at = fields.DatetimeField(db_index=True)
    order_id = fields.IntField(null=True, db_index=True)
    used_at = fields.DatetimeField(null=True)
    source = fields.CharField(max_length=16, default="claim")  # claim, issue
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "coupons"
        unique_together = (("template", "member", "seq"),)


class Child(Model):
    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="children", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=32)
    gender = fields.CharField(max_length=8, default="")  # boy, girl, ""
    birthday = fields.DateField(db_index=True)  # due date for an expected baby
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_children"


class MemberTag(Model):
    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="tags", on_delete=fields.CASCADE)
    tag = fields.CharField(max_length=32, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_tags"
        unique_together = (("member", "tag"),)


class SubscribeStatus(StrEnum):
    """What wx.requestSubscribeMessage answered for a template (res[template_id])."""

    ACCEPT = "accept"
    REJECT = "reject"
    BAN = "ban"  # blocked by WeChat
    FILTER = "filter"  # template filtered for this user


class SubscribeConsent(Model):
    """A member's answer to a subscribe-message template. WeChat's one-time subscriptions allow one message per
    accept: `credits` counts accepts not yet used by a sent message."""

    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name="subscriptions", on_delete=fields.CASCADE)
    template_id = fields.CharField(max_length=64)
    status = fields.CharEnumField(SubscribeStatus, max_length=16)
    credits = fields.IntField(default=0)
    accepted_count = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "member_subscribe_consents"
        unique_together = (("member", "template_id"),)


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due, not tried yet
    SENDING = "sending"  # claimed by a job run (never resent: at most once)
    SENT = "sent"
    FAILED = "failed"  # WeChat or the network failed; the next run retries
    SKIPPED = "skipped"  # the user does not accept the message (43101) or gave up after retries


class CareReminderDelivery(Model):
    """One care reminder for one child on one date, sent as a WeChat subscribe message at most once."""

    id = fields.BigIntField(primary_key=True)
    member = fields.ForeignKeyField("models.Member", related_name=False, on_delete=fields.CASCADE)
    child_id = fields.IntField()  # kept when the child row goes: the history stays
    kind = fields.CharField(max_length=16)  # milestone, e.g. "m6", "m12", "m36"
    due_on = fields.DateField(db_index=True)
    template_id = fields.CharField(max_length=64)
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    msgid = fields.CharField(max_length=64, null=True)
    last_error = fields.CharField(max_length=255, default="")
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "care_reminder_deliveries"
        unique_together = (("member", "child_id", "kind", "due_on"),)
