"""Children (birthdays, stages) and the care reminders built on them.

Stages follow formula stages and the usual care milestones: 0-6 months stage 1 (1段), 6-12 months stage 2
(2段), 12-36 months stage 3 (3段), 36 months on stage 4 (4段 / 儿童); before the birthday (a due date) 孕期.
`stage_reminders(on)` is the query the reminder job runs: children who reach 6, 12 or 36 months on `on`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from backend.errors import NotFound, ValidationError
from backend.members.models import Child, Member

log = logging.getLogger(__name__)

MILESTONES = (6, 12, 36)  # months at which the stage changes (a reminder is due)
MAX_CHILDREN = 10


@dataclass(frozen=True)
class Stage:
    code: str
    name: str
    formula_stage: int | None


STAGES = {
    "pregnancy": Stage("pregnancy", "孕期", None),
    "stage1": Stage("stage1", "0-6个月（1段）", 1),
    "stage2": Stage("stage2", "6-12个月（2段）", 2),
    "stage3": Stage("stage3", "1-3岁（3段）", 3),
    "stage4": Stage("stage4", "3岁以上（4段）", 4),
}

_REMINDER_TEXT = {
    6: "宝宝满 6 个月啦，可以开始添加辅食，奶粉可换 2 段",
    12: "宝宝满 1 周岁啦，奶粉可换 3 段，记得按时体检和接种疫苗",
    36: "宝宝满 3 周岁啦，奶粉可换 4 段儿童成长配方",
}


def add_months(d: dt.date, months: int) -> dt.date:
    """d plus whole months; the 31st becomes the last day of a shorter month."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def age_months(birthday: dt.date, on: dt.date) -> int:
    """Whole months from birthday to `on` (negative before the birthday)."""
    if on < birthday:
        return -1
    months = (on.year - birthday.year) * 12 + on.month - birthday.month
    if add_months(birthday, months) > on:
        months -= 1
    return months


def stage_for(birthday: dt.date, on: dt.date) -> Stage:
    m = age_months(birthday, on)
    if m < 0:
        return STAGES["pregnancy"]
    if m < 6:
        return STAGES["stage1"]
    if m < 12:
        return STAGES["stage2"]
    if m < 36:
        return STAGES["stage3"]
    return STAGES["stage4"]


def child_json(c: Child, on: dt.date) -> dict[str, Any]:
    st = stage_for(c.birthday, on)
    return {"id": c.id, "name": c.name, "gender": c.gender, "birthday": c.birthday.isoformat(),
            "age_months": max(age_months(c.birthday, on), 0), "stage": st.code, "stage_name": st.name,
            "formula_stage": st.formula_stage}


def _check(name: str, birthday: dt.date, gender: str, on: dt.date) -> None:
    if not name.strip():
        raise ValidationError("请填写宝宝昵称", details=[{"field": "name", "message": "缺少必填字段"}])
    if gender not in ("", "boy", "girl"):
        raise ValidationError("性别只能是 boy、girl 或留空", details=[{"field": "gender", "message": "取值不合法"}])
    if birthday > on + dt.timedelta(days=300):
        raise ValidationError("预产期不能晚于 10 个月之后", details=[{"field": "birthday", "message": "日期不合法"}])
    if birthday < on - dt.timedelta(days=365 * 18):
        raise ValidationError("生日不合法", details=[{"field": "birthday", "message": "日期不合法"}])


async def add_child(member: Member, name: str, birthday: dt.date, gender: str, on: dt.date) -> Child:
    _check(name, birthday, gender, on)
    if await Child.filter(member_id=member.id).count() >= MAX_CHILDREN:
        raise ValidationError(f"最多添加 {MAX_CHILDREN} 个宝宝")
    return await Child.create(member_id=member.id, name=name.strip()[:32], birthday=birthday, gender=gender)


async def update_child(member: Member, child_id: int, name: str, birthday: dt.date, gender: str,
                       on: dt.date) -> Child:
    child = await Child.get_or_none(id=child_id, member_id=member.id)
    if child is None:
        raise NotFound("宝宝信息不存在")
    _check(name, birthday, gender, on)
    child.name, child.birthday, child.gender = name.strip()[:32], birthday, gender
    await child.save(update_fields=["name", "birthday", "gender"])
    return child


async def remove_child(member: Member, child_id: int) -> None:
    deleted = await Child.filter(id=child_id, member_id=member.id).delete()
    if not deleted:
        raise NotFound("宝宝信息不存在")


def _birthdays_reaching(months: int, on: dt.date) -> list[dt.date]:
    """Every birthday b with add_months(b, months) == on (several when `on` is a short month's last day)."""
    first = add_months(on, -months)
    out = [first]
    probe = first + dt.timedelta(days=1)
    while add_months(probe, months) == on:
        out.append(probe)
        probe += dt.timedelta(days=1)
    return out


async def stage_reminders(on: dt.date) -> list[dict[str, Any]]:
    """Care reminders due on `on`: one per child reaching 6, 12 or 36 months that day, with its member."""
    out: list[dict[str, Any]] = []
    for months in MILESTONES:
        days = _birthdays_reaching(months, on)
        for child in await Child.filter(birthday__in=days).select_related("member").order_by("id"):
            st = stage_for(child.birthday, on)
            out.append({"member_id": child.member_id, "member_code": child.member.member_code,
                        "child_id": child.id, "child_name": child.name, "months": months, "stage": st.code,
                        "stage_name": st.name, "message": f"{child.name}：{_REMINDER_TEXT[months]}"})
    return out


async def care_reminders_job(on: dt.date | None = None) -> int:
    """The daily job: send the care reminders due (backend.members.reminders: WeChat subscribe messages to members
    who accepted them, each at most once, failures retried). Returns how many were sent."""
    from backend.members import reminders

    result = await reminders.run(on or dt.date.today())
    log.info("care reminders: planned=%s sent=%s skipped=%s failed=%s", result.planned, result.sent,
             result.skipped, result.failed)
    return result.sent


async def upcoming_reminders(member: Member, on: dt.date, within_days: int = 30) -> list[dict[str, Any]]:
    """The member's own next milestones within `within_days` (shown in the member centre)."""
    out = []
    for child in await Child.filter(member_id=member.id).order_by("id"):
        for months in MILESTONES:
            when = add_months(child.birthday, months)
            if on <= when <= on + dt.timedelta(days=within_days):
                out.append({"child_id": child.id, "child_name": child.name, "months": months,
                            "date": when.isoformat(), "message": f"{child.name}：{_REMINDER_TEXT[months]}"})
    return sorted(out, key=lambda r: r["date"])
