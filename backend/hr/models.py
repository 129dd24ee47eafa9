"""HR tables (prefix hr_). Contact details (phone, address) are sealed at rest with backend.fieldcrypt; the phone
also has a blind index so a number can be matched (a candidate applying twice) without storing it in plain."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from backend.org.models import Role

# ---- employee records ------------------------------------------------------------------------------------


class EmployeeStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"


class Employee(Model):
    id = fields.IntField(primary_key=True)
    employee_no = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    # the staff account, where the employee has one (hired through recruiting, or linked by HQ)
    user = fields.OneToOneField("models.User", related_name="employee", null=True, on_delete=fields.SET_NULL)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    position = fields.CharField(max_length=64)
    status = fields.CharEnumField(EmployeeStatus, max_length=8, default=EmployeeStatus.ACTIVE)
    phone = fields.CharField(max_length=255, null=True)  # sealed (fieldcrypt)
    phone_index = fields.CharField(max_length=64, null=True, db_index=True)  # blind index of the phone
    address = fields.TextField(null=True)  # sealed (fieldcrypt)
    hired_on = fields.DateField()
    contract_start = fields.DateField(null=True)
    contract_end = fields.DateField(null=True)  # null: open-ended (无固定期限)
    left_on = fields.DateField(null=True)
    candidate_id = fields.IntField(null=True)  # the candidate hired into this record
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_employees"


class PositionRecord(Model):
    """Position history: one row per position held at one store; the open one has no ends_on."""

    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="positions", on_delete=fields.CASCADE)
    position = fields.CharField(max_length=64)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    reason = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_position_history"


class StoreTransfer(Model):
    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="transfers", on_delete=fields.CASCADE)
    from_location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    to_location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    effective_on = fields.DateField()
    reason = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_store_transfers"


# ---- recruiting ------------------------------------------------------------------------------------------


class PostingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class JobPosting(Model):
    id = fields.IntField(primary_key=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    title = fields.CharField(max_length=64)
    position = fields.CharField(max_length=64)  # the employee record's position once hired
    role = fields.CharEnumField(Role, max_length=20)  # the staff account's role once hired
    headcount = fields.IntField(default=1)
    description = fields.TextField(default="")
    status = fields.CharEnumField(PostingStatus, max_length=8, default=PostingStatus.OPEN)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_job_postings"


class CandidateStage(StrEnum):
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEW = "interview"
    OFFER = "offer"
    HIRED = "hired"
    REJECTED = "rejected"


class Candidate(Model):
    id = fields.IntField(primary_key=True)
    posting = fields.ForeignKeyField("models.JobPosting", related_name="candidates", on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=64)
    phone = fields.CharField(max_length=255)  # sealed
    phone_index = fields.CharField(max_length=64)  # blind index: one application per phone and posting
    stage = fields.CharEnumField(CandidateStage, max_length=12, default=CandidateStage.APPLIED)
    source = fields.CharField(max_length=32, default="")  # 门店张贴 | 招聘网站 | 内推 ...
    note = fields.TextField(default="")
    employee_id = fields.IntField(null=True)  # set when hired
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_candidates"
        unique_together = (("posting", "phone_index"),)


class InterviewResult(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


class Interview(Model):
    id = fields.IntField(primary_key=True)
    candidate = fields.ForeignKeyField("models.Candidate", related_name="interviews", on_delete=fields.CASCADE)
    scheduled_at = fields.DatetimeField()
    place = fields.CharField(max_length=128, default="")
    interviewer_ids = fields.JSONField(default=list)  # staff user ids, told on WeCom
    result = fields.CharEnumField(InterviewResult, max_length=8, default=InterviewResult.PENDING)
    feedback = fields.TextField(default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_interviews"


class OfferStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class Offer(Model):
    id = fields.IntField(primary_key=True)
    candidate = fields.ForeignKeyField("models.Candidate", related_name="offers", on_delete=fields.CASCADE)
    monthly_salary_fen = fields.BigIntField()
    start_on = fields.DateField()
    status = fields.CharEnumField(OfferStatus, max_length=8, default=OfferStatus.PENDING)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_offers"


# ---- training --------------------------------------------------------------------------------------------


class Course(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    title = fields.CharField(max_length=128)
    description = fields.TextField(default="")
    duration_minutes = fields.IntField(default=60)
    pass_score = fields.IntField(default=60)  # 0..100
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_courses"


class TrainingSession(Model):
    id = fields.IntField(primary_key=True)
    course = fields.ForeignKeyField("models.Course", related_name="sessions", on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    trainer = fields.CharField(max_length=64, default="")
    capacity = fields.IntField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_training_sessions"


class TrainingRecord(Model):
    """One employee in one session: enrolled (attended null), then attended or not, with the score and result."""

    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.TrainingSession", related_name="records", on_delete=fields.CASCADE)
    employee = fields.ForeignKeyField("models.Employee", related_name="training", on_delete=fields.CASCADE)
    attended = fields.BooleanField(null=True)
    score = fields.IntField(null=True)
    passed = fields.BooleanField(null=True)
    note = fields.CharField(max_length=255, default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_training_records"
        unique_together = (("session", "employee"),)


# ---- certificates ----------------------------------------------------------------------------------------


class CertificateKind(StrEnum):
    CHILDCARE = "childcare"  # 育婴师
    MATERNITY_CARE = "maternity_care"  # 母婴护理
    HEALTH = "health"  # 健康证 (staff handling infant food)


class Certificate(Model):
    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="certificates", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(CertificateKind, max_length=16)
    number = fields.CharField(max_length=64, default="")
    issued_on = fields.DateField(null=True)
    expires_on = fields.DateField(db_index=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "hr_certificates"


class CertificateNotice(Model):
    """One expiry notice: at most one per certificate, threshold (30 or 7 days) and expiry date (a renewed
    certificate gets its own notices). The unique row is the guard; the outbox row carries the WeCom message."""

    id = fields.IntField(primary_key=True)
    certificate = fields.ForeignKeyField("models.Certificate", related_name="notices", on_delete=fields.CASCADE)
    threshold_days = fields.IntField()
    expires_on = fields.DateField()
    location_id = fields.IntField()
    recipients = fields.JSONField(default=list)  # WeCom user ids told
    message = fields.TextField()
    notification_id = fields.BigIntField(null=True)  # the staff_notifications row
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_certificate_notices"
        unique_together = (("certificate", "threshold_days", "expires_on"),)


# ---- performance reviews ---------------------------------------------------------------------------------


class PerformanceReview(Model):
    """A month's review of one employee, with the sales and commission figures of that month as they were when
    the review was written (backend.staff.performance)."""

    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="reviews", on_delete=fields.CASCADE)
    period = fields.CharField(max_length=7)  # YYYY-MM
    orders = fields.IntField(default=0)
    sales_fen = fields.BigIntField(default=0)
    commission_fen = fields.BigIntField(default=0)
    rate_bp = fields.IntField(default=0)
    score = fields.IntField()  # 1..5
    comments = fields.TextField(default="")
    reviewer = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hr_performance_reviews"
        unique_together = (("employee", "period"),)
