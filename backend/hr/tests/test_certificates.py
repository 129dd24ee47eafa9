"""Certificate expiry notices: the daily job tells the store manager on WeCom (through the fake) once per
certificate and threshold: 7 days before expiry exactly one notice however often the job runs; 30 days before one,
then the 7-day one later; a renewed certificate is noticed again. Visible in the admin API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.hr import certificates
from backend.hr.employees import NewEmployee, create
from backend.hr.models import CertificateKind, CertificateNotice, Employee
from backend.messaging import notifications
from backend.messaging.models import StaffNotification
from backend.security.actor import load_staff_actor
from backend.tasks.schedule import job
from backend.timestamps import business_today
from tests.factories import auth


async def _employee(people: dict[str, Any], name: str = "张三", store: str = "ST-A") -> Employee:
    async with in_transaction() as conn:
        return await create(NewEmployee(name=name, location_code=store, position="店员", hired_on=business_today(),
                                        phone="13800001234"), actor=await load_staff_actor(people["hq"]), conn=conn)


async def _deliver(state: Any) -> list[Any]:
    await notifications.drain()
    await notifications.deliver_due()
    return [m for m in state.messages if "证书到期" in m.body["text"]["content"]]


async def test_a_certificate_expiring_in_7_days_gets_exactly_one_wecom_notice(
        client: Any, people: dict[str, Any], wecom_state: Any) -> None:
    emp = await _employee(people)
    today = business_today()
    cert = await certificates.add(certificates.NewCertificate(
        employee_id=emp.id, kind=CertificateKind.HEALTH, expires_on=today + dt.timedelta(days=7), number="JK-001"),
        actor=await load_staff_actor(people["mgr_a"]))
    run = job("hr.certificate_expiry").function()
    assert await run() == {"sent": 1, "skipped": 0}
    assert await run() == {"sent": 0, "skipped": 1}  # the daily task run twice: nothing new
    assert await certificates.send_expiry_notices(today=today + dt.timedelta(days=1)) == {"sent": 0, "skipped": 1}
    sent = await _deliver(wecom_state)
    assert len(sent) == 1 and sent[0].users == ["wx_mgr_a"]  # the store's manager, not ST-B's
    text = sent[0].body["text"]["content"]
    assert "张三" in text and "健康证" in text and "还剩 7 天" in text and "13800001234" not in text
    assert await StaffNotification.filter(kind="hr_certificate").count() == 1
    notice = await CertificateNotice.get(certificate_id=cert.id)
    assert notice.threshold_days == 7 and notice.recipients == ["wx_mgr_a"]

    _, r = await client.get("/admin/api/v1/hr/certificate-notices", headers=auth(people["mgr_a"]))
    assert r.status == 200 and r.json["total"] == 1 and r.json["items"][0]["threshold_days"] == 7
    _, r = await client.get("/admin/api/v1/hr/certificate-notices", headers=auth(people["mgr_b"]))
    assert r.status == 200 and r.json["total"] == 0  # another store's notices are not theirs
    _, r = await client.get("/admin/api/v1/hr/certificates?expiring_within=30", headers=auth(people["mgr_a"]))
    item = r.json["items"][0]
    assert (item["days_left"], item["status"], len(item["notices"])) == (7, "expiring", 1)


async def test_thirty_then_seven_days_and_renewal(client: Any, people: dict[str, Any], wecom_state: Any) -> None:
    emp = await _employee(people, "李四")
    today = business_today()
    cert = await certificates.add(certificates.NewCertificate(
        employee_id=emp.id, kind=CertificateKind.CHILDCARE, expires_on=today + dt.timedelta(days=30)),
        actor=await load_staff_actor(people["hq"]))
    far = await certificates.add(certificates.NewCertificate(
        employee_id=emp.id, kind=CertificateKind.MATERNITY_CARE, expires_on=today + dt.timedelta(days=31)),
        actor=await load_staff_actor(people["hq"]))
    for day in (0, 0, 10, 22, 23, 23):  # the 31-day one reaches 7 days left on day 24
        await certificates.send_expiry_notices(today=today + dt.timedelta(days=day))
    got = {(n.certificate_id, n.threshold_days) for n in await CertificateNotice.all()}
    assert got == {(cert.id, 30), (cert.id, 7), (far.id, 30)}
    assert len(await _deliver(wecom_state)) == 3

    _, r = await client.patch(f"/admin/api/v1/hr/certificates/{cert.id}", headers=auth(people["mgr_a"]),
                              json={"expires_on": (today + dt.timedelta(days=35)).isoformat()})
    assert r.status == 200, r.text
    await certificates.send_expiry_notices(today=today + dt.timedelta(days=28))  # 7 days before the new date
    assert await CertificateNotice.filter(certificate_id=cert.id).count() == 3


async def test_nobody_told_for_staff_who_left_or_expired_certificates(people: dict[str, Any]) -> None:
    emp = await _employee(people, "王五")
    today = business_today()
    await certificates.add(certificates.NewCertificate(
        employee_id=emp.id, kind=CertificateKind.HEALTH, expires_on=today - dt.timedelta(days=1)), actor=await load_staff_actor(people["hq"]))
    assert await certificates.send_expiry_notices() == {"sent": 0, "skipped": 0}
    await Employee.filter(id=emp.id).update(status="left")
    await certificates.add(certificates.NewCertificate(
        employee_id=emp.id, kind=CertificateKind.HEALTH, expires_on=today + dt.timedelta(days=3)), actor=await load_staff_actor(people["hq"]))
    assert await certificates.send_expiry_notices() == {"sent": 0, "skipped": 0}
