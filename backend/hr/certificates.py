"""Certificates with an expiry date (育婴师, 母婴护理, 健康证) and the daily expiry notices.

    job hr.certificate_expiry (daily, backend.tasks.schedule) ──send_expiry_notices()──>
        hr_certificate_notices (unique per certificate, threshold and expiry date)
        + staff_notifications (the outbox, same transaction) ──deliver_due──> WeCom, the store manager

- **Thresholds**: 30 and 7 days before expiry. A certificate inside 30 days gets the 30-day notice, inside 7 days
  the 7-day notice; one entered with 5 days left gets only the 7-day one. A run that was missed on the day
  catches up on the next run (the threshold is "at most N days left", not "exactly N").
- **Exactly once**: the notice row is unique per (certificate, threshold, expiry date) and the outbox row's
  dedupe key is built from the same three, so running the job twice, or two workers at once, tells the manager
  once. A renewed certificate (a new expiry date) is noticed again.
- **Whom**: the store manager(s) of the employee's store bound to WeCom (HQ admins when none is).
- **Visible**: GET /admin/api/v1/hr/certificates (days left and the notices sent) and
  GET /admin/api/v1/hr/certificate-notices.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.hr import notify, scope
from backend.hr.models import Certificate, CertificateKind, CertificateNotice, Employee, EmployeeStatus
from backend.messaging import notifications
from backend.org.models import Location
from backend.timestamps import business_today, iso

log = logging.getLogger("cradle.hr.certificates")

THRESHOLDS = (30, 7)  # days before expiry, widest first
KIND_NAMES = {CertificateKind.CHILDCARE: "育婴师证", CertificateKind.MATERNITY_CARE: "母婴护理证",
              CertificateKind.HEALTH: "健康证"}
MISSING = "证书不存在"


def _user(actor: Any) -> Any:
    return getattr(actor, "user", actor)


@dataclass(frozen=True)
class NewCertificate:
    employee_id: int
    kind: CertificateKind
    expires_on: dt.date
    number: str = ""
    issued_on: dt.date | None = None


def _check_dates(issued_on: dt.date | None, expires_on: dt.date) -> None:
    if issued_on and expires_on <= issued_on:
        raise ValidationError("到期日期必须晚于发证日期")


async def add(new: NewCertificate, *, actor: Any) -> Certificate:
    _check_dates(new.issued_on, new.expires_on)
    async with in_transaction() as conn:
        emp = await scope.load(Employee, new.employee_id, actor, missing="员工档案不存在", conn=conn)
        cert = await Certificate.create(employee_id=emp.id, kind=new.kind, number=new.number.strip(),
                                        issued_on=new.issued_on, expires_on=new.expires_on,
                                        created_by=_user(actor), using_db=conn)
        await record_audit(_user(actor), "hr.certificate.create", "hr_certificate", cert.id, using_db=conn,
                           after={"employee_id": emp.id, "kind": new.kind.value, "number": cert.number,
                                  "issued_on": iso(new.issued_on), "expires_on": iso(new.expires_on)})
    return cert


async def renew(certificate_id: int, *, expires_on: dt.date, issued_on: dt.date | None, number: str | None,
                actor: Any) -> Certificate:
    async with in_transaction() as conn:
        cert = await Certificate.filter(id=certificate_id).using_db(conn).select_for_update().first()
        if cert is None:
            scope.not_found(actor, MISSING)
        emp = await Employee.get(id=cert.employee_id).using_db(conn)
        scope.require(actor, emp.location_id)
        before = {"expires_on": iso(cert.expires_on), "issued_on": iso(cert.issued_on), "number": cert.number}
        cert.expires_on = expires_on
        cert.issued_on = issued_on if issued_on is not None else cert.issued_on
        cert.number = number.strip() if number is not None else cert.number
        _check_dates(cert.issued_on, cert.expires_on)
        await cert.save(update_fields=["expires_on", "issued_on", "number", "updated_at"], using_db=conn)
        await record_audit(_user(actor), "hr.certificate.renew", "hr_certificate", cert.id, using_db=conn,
                           before=before, after={"expires_on": iso(cert.expires_on), "issued_on": iso(cert.issued_on),
                                                 "number": cert.number})
    return cert


def threshold_for(days_left: int) -> int | None:
    """The narrowest threshold the certificate is inside (None: more than 30 days left, or expired)."""
    if days_left < 0:
        return None
    inside = [t for t in THRESHOLDS if days_left <= t]
    return min(inside) if inside else None


async def send_expiry_notices(*, today: dt.date | None = None) -> dict[str, int]:
    """The daily job: one notice per certificate and threshold reached (see the module doc)."""
    today = today or business_today()
    due = await Certificate.filter(expires_on__gte=today, expires_on__lte=today + dt.timedelta(days=max(THRESHOLDS)),
                                   employee__status=EmployeeStatus.ACTIVE).select_related("employee").order_by("id")
    sent = skipped = 0
    for cert in due:
        threshold = threshold_for((cert.expires_on - today).days)
        if threshold is None or await CertificateNotice.exists(certificate_id=cert.id, threshold_days=threshold,
                                                               expires_on=cert.expires_on):
            skipped += 1
            continue
        if await _notice(cert, threshold, today):
            sent += 1
        else:
            skipped += 1
    if sent:
        notifications.kick()
    log.info("certificate expiry notices: %s sent, %s already sent or not due", sent, skipped)
    return {"sent": sent, "skipped": skipped}


async def _notice(cert: Certificate, threshold: int, today: dt.date) -> bool:
    emp: Employee = cert.employee
    loc = await Location.get(id=emp.location_id)
    days = (cert.expires_on - today).days
    text = (f"【证书到期提醒】{loc.name} {emp.name}（{emp.employee_no}）的{KIND_NAMES[cert.kind]}"
            + (f"（编号 {cert.number}）" if cert.number else "")
            + f"将于 {cert.expires_on.isoformat()} 到期，还剩 {days} 天，请安排复审或换证。")
    try:
        async with in_transaction() as conn:
            to = await notify.store_managers(emp.location_id, conn)
            notice = await CertificateNotice.create(certificate_id=cert.id, threshold_days=threshold,
                                                    expires_on=cert.expires_on, location_id=emp.location_id,
                                                    recipients=to, message=text, using_db=conn)
            note = await notifications.enqueue(
                conn, kind=notifications.KIND_HR_CERTIFICATE, user_ids=to, payload=notifications.text_payload(text),
                dedupe_key=f"hr_certificate:{cert.id}:{threshold}:{cert.expires_on.isoformat()}")
            if note is not None:
                notice.notification_id = note.id
                await notice.save(update_fields=["notification_id"], using_db=conn)
    except IntegrityError:  # a concurrent run wrote this notice first
        return False
    return True


# ---- reading ---------------------------------------------------------------------------------------------


def status_of(expires_on: dt.date, today: dt.date) -> str:
    days = (expires_on - today).days
    return "expired" if days < 0 else "expiring" if days <= max(THRESHOLDS) else "valid"


async def cert_dict(c: Certificate, today: dt.date | None = None) -> dict[str, Any]:
    today = today or business_today()
    emp = c.employee if isinstance(c.employee, Employee) else await Employee.get(id=c.employee_id)
    notices = await CertificateNotice.filter(certificate_id=c.id).order_by("id")
    return {"id": c.id, "employee_id": emp.id, "employee_no": emp.employee_no, "employee_name": emp.name,
            "kind": c.kind.value, "kind_name": KIND_NAMES[c.kind], "number": c.number,
            "issued_on": iso(c.issued_on), "expires_on": iso(c.expires_on),
            "days_left": (c.expires_on - today).days, "status": status_of(c.expires_on, today),
            "notices": [notice_dict(n) for n in notices]}


def notice_dict(n: CertificateNotice) -> dict[str, Any]:
    return {"id": n.id, "certificate_id": n.certificate_id, "threshold_days": n.threshold_days,
            "expires_on": iso(n.expires_on), "recipients": n.recipients, "message": n.message,
            "notification_id": n.notification_id, "created_at": iso(n.created_at)}


async def listing(*, actor: Any, employee_id: int | None, expiring_within: int | None, offset: int,
                  limit: int) -> dict[str, Any]:
    qs = Certificate.all()
    if employee_id is not None:
        emp = await scope.load(Employee, employee_id, actor, missing="员工档案不存在")
        qs = qs.filter(employee_id=emp.id)
    elif (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(employee__location_id__in=ids)
    if expiring_within is not None:
        qs = qs.filter(expires_on__lte=business_today() + dt.timedelta(days=expiring_within))
    total = await qs.count()
    rows = await qs.select_related("employee").order_by("expires_on", "id").offset(offset).limit(limit)
    return {"items": [await cert_dict(c) for c in rows], "total": total}


async def notices(*, actor: Any, offset: int, limit: int) -> dict[str, Any]:
    qs = CertificateNotice.all()
    if (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(location_id__in=ids)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [notice_dict(n) for n in rows], "total": total}
