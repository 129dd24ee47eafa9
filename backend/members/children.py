"""Children (birthdays, stages) and the care reminders built on them.

Stages follow formula stages and the usual care milestones: 0-6 months stage 1 (1段), 6-12 months stage 2
(2段), 12-36 months stage 3 (3段), 36 months on stage 4 (4段 / 儿童); before the birthday (a due date) 孕期.
`stage_reminders(on)` is the query the reminder job (backend.members.reminders) runs: children who reach 6, 12
or 36 months on `on`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.errors import NotFound, ValidationError
from backend.members.models import CareReminderDelivery, Child, DeliveryStatus, Member
from backend.raw_sql import is_postgres
from backend.timestamps import iso

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
    """`birthday` is the birth date, or the due date while `expecting` (a due date that has passed counts as
    the birthday: the stage moves on by itself)."""
    st = stage_for(c.birthday, on)
    return {"id": c.id, "name": c.name, "gender": c.gender, "birthday": c.birthday.isoformat(),
            "expecting": c.birthday > on, "age_months": max(age_months(c.birthday, on), 0), "stage": st.code,
            "stage_name": st.name, "formula_stage": st.formula_stage}


MAX_AGE_YEARS = 18
MAX_DUE_DAYS = 300  # a due date at most ~10 months ahead


@dataclass(frozen=True)
class ChildIn:
    """A child as the shopper enters it: a birth date, or a due date for a baby on the way (exactly one)."""

    name: str
    gender: str = ""
    birth_date: dt.date | None = None
    due_date: dt.date | None = None


def _bad(field: str, message: str) -> ValidationError:
    return ValidationError(message, details=[{"field": field, "message": message}])


def checked_birthday(data: ChildIn, on: dt.date) -> dt.date:
    """Validate the entry and return the date stored as the birthday."""
    if not data.name.strip():
        raise _bad("name", "请填写宝宝昵称")
    if len(data.name.strip()) > 32:
        raise _bad("name", "宝宝昵称最多 32 个字")
    if data.gender not in ("", "boy", "girl"):
        raise _bad("gender", "性别只能是 boy（男宝）、girl（女宝）或留空")
    if (data.birth_date is None) == (data.due_date is None):
        raise _bad("birth_date", "请填写出生日期或预产期（二选一）")
    if data.birth_date is not None:
        if data.birth_date > on:
            raise _bad("birth_date", "出生日期不能晚于今天；还没出生请填写预产期")
        if data.birth_date < add_months(on, -12 * MAX_AGE_YEARS):
            raise _bad("birth_date", f"出生日期不合法（宝宝档案只记录 {MAX_AGE_YEARS} 岁以下的孩子）")
        return data.birth_date
    assert data.due_date is not None
    if data.due_date < on:
        raise _bad("due_date", "预产期不能早于今天；宝宝已出生请填写出生日期")
    if data.due_date > on + dt.timedelta(days=MAX_DUE_DAYS):
        raise _bad("due_date", "预产期不能晚于 10 个月之后")
    return data.due_date


async def list_children(member: Member, on: dt.date) -> list[dict[str, Any]]:
    return [child_json(c, on) for c in await Child.filter(member_id=member.id).order_by("birthday", "id")]


async def add_child(member: Member, data: ChildIn, on: dt.date) -> Child:
    """Add a child; the member's row is locked so concurrent adds cannot pass MAX_CHILDREN together."""
    birthday = checked_birthday(data, on)
    async with in_transaction() as conn:
        qs = Member.filter(id=member.id).using_db(conn)
        if is_postgres(conn):
            qs = qs.select_for_update()
        if await qs.first() is None:
            raise NotFound("会员不存在")
        if await Child.filter(member_id=member.id).using_db(conn).count() >= MAX_CHILDREN:
            raise _bad("name", f"最多添加 {MAX_CHILDREN} 个宝宝")
        return await Child.create(member_id=member.id, name=data.name.strip(), birthday=birthday,
                                  gender=data.gender, using_db=conn)


async def update_child(member: Member, child_id: int, data: ChildIn, on: dt.date) -> Child:
    """Edit one of the member's own children (another member's child answers 404, like a missing one)."""
    child = await Child.get_or_none(id=child_id, member_id=member.id)
    if child is None:
        raise NotFound("宝宝信息不存在")
    birthday = checked_birthday(data, on)
    await Child.filter(id=child.id, member_id=member.id).update(name=data.name.strip(), birthday=birthday,
                                                                gender=data.gender)
    return await Child.get(id=child.id)


async def remove_child(member: Member, child_id: int) -> None:
    """Remove one of the member's own children. Reminders already sent stay in the delivery history; one waiting
    for a retry is dropped, and none is planned for the child afterwards."""
    async with in_transaction() as conn:
        deleted = await Child.filter(id=child_id, member_id=member.id).using_db(conn).delete()
        if not deleted:
            raise NotFound("宝宝信息不存在")
        await CareReminderDelivery.filter(
            member_id=member.id, child_id=child_id, status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
        ).using_db(conn).update(status=DeliveryStatus.SKIPPED, last_error="宝宝档案已删除")


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


async def upcoming_reminders(member: Member, on: dt.date, within_days: int = 30) -> list[dict[str, Any]]:
    """The member's own next milestones within `within_days` (shown in the member centre)."""
    out = []
    for child in await Child.filter(member_id=member.id).order_by("id"):
        for months in MILESTONES:
            when = add_months(child.birthday, months)
            if on <= when <= on + dt.timedelta(days=within_days):
                out.append({"child_id": child.id, "child_name": child.name, "months": months,
                            "date": iso(when), "message": f"{child.name}：{_REMINDER_TEXT[months]}"})
    return sorted(out, key=lambda r: r["date"])
