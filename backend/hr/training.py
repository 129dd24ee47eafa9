"""Training: courses (HQ's catalogue), sessions at a store, and each employee's attendance and result. A store
manager runs sessions at their own stores for their own stores' employees; HQ everywhere. Audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, ValidationError
from backend.hr import scope
from backend.hr.models import Course, Employee, TrainingRecord, TrainingSession
from backend.org.models import Location
from backend.timestamps import iso

SESSION_MISSING = "培训场次不存在"


def _user(actor: Any) -> Any:
    return getattr(actor, "user", actor)


async def create_course(*, code: str, title: str, description: str, duration_minutes: int, pass_score: int,
                        actor: Any) -> Course:
    try:
        async with in_transaction() as conn:
            course = await Course.create(code=code.strip(), title=title.strip(), description=description,
                                         duration_minutes=duration_minutes, pass_score=pass_score, using_db=conn)
            await record_audit(_user(actor), "hr.course.create", "hr_course", course.id, using_db=conn,
                               after={"code": course.code, "title": course.title, "pass_score": pass_score})
    except IntegrityError as exc:
        raise Conflict(f"课程编号 {code} 已存在") from exc
    return course


def course_dict(c: Course) -> dict[str, Any]:
    return {"id": c.id, "code": c.code, "title": c.title, "description": c.description,
            "duration_minutes": c.duration_minutes, "pass_score": c.pass_score, "is_active": c.is_active,
            "created_at": iso(c.created_at)}


async def list_courses() -> list[dict[str, Any]]:
    return [course_dict(c) for c in await Course.all().order_by("code")]


@dataclass(frozen=True)
class NewSession:
    course_code: str
    location_code: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    trainer: str = ""
    capacity: int | None = None


async def create_session(new: NewSession, *, actor: Any) -> TrainingSession:
    if new.starts_at.tzinfo is None or new.ends_at.tzinfo is None:
        raise ValidationError("时间需带时区，例如 2026-12-08T14:00:00+08:00")
    if new.ends_at <= new.starts_at:
        raise ValidationError("结束时间必须晚于开始时间")
    async with in_transaction() as conn:
        course = await Course.get_or_none(code=new.course_code, is_active=True).using_db(conn)
        if course is None:
            raise ValidationError(f"课程 {new.course_code} 不存在")
        loc = await scope.location_by_code(new.location_code, actor, conn)
        session = await TrainingSession.create(course_id=course.id, location_id=loc.id, starts_at=new.starts_at,
                                               ends_at=new.ends_at, trainer=new.trainer, capacity=new.capacity,
                                               created_by=_user(actor), using_db=conn)
        await record_audit(_user(actor), "hr.training.session", "hr_training_session", session.id, using_db=conn,
                           after={"course": course.code, "location_code": loc.code,
                                  "starts_at": iso(new.starts_at), "ends_at": iso(new.ends_at)})
    return session


@dataclass(frozen=True)
class Outcome:
    employee_id: int
    attended: bool | None = None  # None: enrolled only
    score: int | None = None
    note: str = ""


async def record(session_id: int, outcomes: list[Outcome], *, actor: Any) -> TrainingSession:
    """Enrol employees and record attendance and scores (passed = attended and score >= the course's pass
    score). One transaction for the whole sheet."""
    async with in_transaction() as conn:
        session = await scope.load(TrainingSession, session_id, actor, missing=SESSION_MISSING, conn=conn,
                                   lock=True)
        course = await Course.get(id=session.course_id).using_db(conn)
        enrolled = await TrainingRecord.filter(session_id=session.id).using_db(conn).count()
        changes = []
        for o in outcomes:
            emp = await scope.load(Employee, o.employee_id, actor, missing=f"员工档案 {o.employee_id} 不存在",
                                   conn=conn)
            rec = await TrainingRecord.get_or_none(session_id=session.id, employee_id=emp.id).using_db(conn)
            if rec is None:
                if session.capacity is not None and enrolled >= session.capacity:
                    raise ValidationError("培训名额已满")
                rec = TrainingRecord(session_id=session.id, employee_id=emp.id)
                enrolled += 1
            if o.score is not None and o.attended is not True:
                raise ValidationError("未出勤的员工不能登记成绩")
            rec.attended, rec.score, rec.note = o.attended, o.score, o.note
            rec.passed = None if o.score is None else o.score >= course.pass_score
            await rec.save(using_db=conn)
            changes.append({"employee_id": emp.id, "attended": rec.attended, "score": rec.score,
                            "passed": rec.passed})
        await record_audit(_user(actor), "hr.training.record", "hr_training_session", session.id, using_db=conn,
                           after={"records": changes})
    return session


async def session_dict(s: TrainingSession, *, detail: bool = False) -> dict[str, Any]:
    course = await Course.get(id=s.course_id)
    loc = await Location.get(id=s.location_id)
    out: dict[str, Any] = {
        "id": s.id, "course_code": course.code, "course_title": course.title, "location_code": loc.code,
        "starts_at": iso(s.starts_at), "ends_at": iso(s.ends_at), "trainer": s.trainer, "capacity": s.capacity,
        "enrolled": await TrainingRecord.filter(session_id=s.id).count()}
    if detail:
        out["records"] = [
            {"employee_id": r.employee_id, "employee_no": r.employee.employee_no, "name": r.employee.name,
             "attended": r.attended, "score": r.score, "passed": r.passed, "note": r.note}
            for r in await TrainingRecord.filter(session_id=s.id).select_related("employee").order_by("id")]
    return out


async def get_session(session_id: int, *, actor: Any) -> dict[str, Any]:
    return await session_dict(await scope.load(TrainingSession, session_id, actor, missing=SESSION_MISSING),
                              detail=True)


async def list_sessions(*, actor: Any, offset: int, limit: int) -> dict[str, Any]:
    qs = TrainingSession.all()
    if (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(location_id__in=ids)
    total = await qs.count()
    rows = await qs.order_by("-starts_at", "-id").offset(offset).limit(limit)
    return {"items": [await session_dict(s) for s in rows], "total": total}


async def employee_training(employee_id: int) -> list[dict[str, Any]]:
    return [{"session_id": r.session_id, "course_code": r.session.course.code, "course_title": r.session.course.title,
             "starts_at": iso(r.session.starts_at), "attended": r.attended, "score": r.score, "passed": r.passed}
            for r in await TrainingRecord.filter(employee_id=employee_id)
            .select_related("session", "session__course").order_by("-session__starts_at")]
