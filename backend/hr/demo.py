"""Demo section "hr": employee records for the store staff (linked to their accounts), certificates (clerk1's
健康证 within 7 days of expiry and manager1's 育婴师证 within 30, so the first run of hr.certificate_expiry tells
manager1 on WeCom; one expired at ST-002), a posting at ST-001 with a candidate whose interview is scheduled and one
just applied, two courses with a held session and its results, and last month's review of clerk1."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.hr import certificates, employees, recruiting, reviews, training
from backend.hr.models import CertificateKind, Employee
from backend.timestamps import CHINA

PEOPLE = [
    # username, store, position, phone, hired (days ago)
    ("manager1", "ST-001", "店长", "13900001001", 900),
    ("clerk1", "ST-001", "母婴顾问", "13900001002", 420),
    ("manager2", "ST-002", "店长", "13900001003", 700),
    ("clerk2", "ST-002", "母婴顾问", "13900001004", 300),
    ("manager3", "ST-003", "店长", "13900001005", 650),
    ("clerk3", "ST-003", "母婴顾问", "13900001006", 120),
]
# username, kind, days until expiry
CERTIFICATES = [
    ("clerk1", CertificateKind.HEALTH, 6),
    ("manager1", CertificateKind.CHILDCARE, 25),
    ("manager1", CertificateKind.HEALTH, 200),
    ("clerk2", CertificateKind.HEALTH, -3),
    ("clerk2", CertificateKind.MATERNITY_CARE, 380),
    ("clerk3", CertificateKind.HEALTH, 150),
]


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=CHINA)


async def load_hr(ctx: Any, conn: BaseDBAsyncClient) -> str:
    hq = await ctx.actor("admin", conn)
    manager = await ctx.actor("manager1", conn)
    staff: dict[str, Employee] = {}
    for username, store, position, phone, days in PEOPLE:
        hired = ctx.today - dt.timedelta(days=days)
        staff[username] = await employees.create(employees.NewEmployee(
            name=(await ctx.actor(username, conn)).user.display_name, location_code=store, position=position,
            hired_on=hired, phone=phone, address=f"上海市徐汇区示范路 {days} 号", contract_start=hired,
            contract_end=hired + dt.timedelta(days=3 * 365), username=username), actor=hq, conn=conn, via="demo")
    for username, kind, days in CERTIFICATES:
        await certificates.add(certificates.NewCertificate(
            employee_id=staff[username].id, kind=kind, number=f"{kind.value[:2].upper()}-{staff[username].id:04d}",
            issued_on=ctx.today + dt.timedelta(days=days - 365), expires_on=ctx.today + dt.timedelta(days=days)),
            actor=hq)

    posting = await recruiting.create_posting(recruiting.NewPosting(
        location_code="ST-001", title="母婴顾问（全职）", position="母婴顾问", headcount=1,
        description="负责门店奶粉、纸尿裤等商品的导购与会员服务，有育婴师证优先。"), actor=manager)
    first = await recruiting.add_candidate(posting.id, name="李小红", phone="13912345678", source="门店张贴",
                                           actor=manager)
    await recruiting.set_stage(first.id, recruiting.CandidateStage.SCREENING, note="有两年母婴店经验", actor=manager)
    await recruiting.schedule_interview(first.id, scheduled_at=_at(ctx.today + dt.timedelta(days=2), 10),
                                        place="徐汇店二楼办公室", interviewer_usernames=["manager1", "clerk1"],
                                        actor=manager)
    await recruiting.add_candidate(posting.id, name="王梅", phone="13987654321", source="招聘网站", actor=manager)

    await training.create_course(code="FORMULA-101", title="婴幼儿配方奶粉冲调与喂养指导", description="",
                                 duration_minutes=90, pass_score=80, actor=hq)
    await training.create_course(code="SAFETY-201", title="婴童用品安全与召回处理", description="",
                                 duration_minutes=60, pass_score=60, actor=hq)
    held = ctx.today - dt.timedelta(days=10)
    session = await training.create_session(training.NewSession(
        course_code="FORMULA-101", location_code="ST-001", starts_at=_at(held, 14), ends_at=_at(held, 15) +
        dt.timedelta(minutes=30), trainer="王海燕", capacity=10), actor=manager)
    await training.record(session.id, [training.Outcome(staff["manager1"].id, True, 95),
                                       training.Outcome(staff["clerk1"].id, True, 86)], actor=manager)

    last_month = (ctx.today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    await reviews.create(staff["clerk1"].id, period=last_month, score=4, comments="销售稳定，会员服务好评多",
                         actor=manager)
    return (f"{len(staff)} employee records, {len(CERTIFICATES)} certificates (2 expiring within 30 days), "
            "1 posting with 2 candidates, 2 courses, 1 review")
