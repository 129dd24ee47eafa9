"""Shift schedules and staff profiles (store managers schedule their own stores' staff; HQ anyone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, NotFound, ValidationError
from backend.org.models import User
from backend.security.actor import Actor
from backend.staff.accounts import require_visible
from backend.staff.models import Shift, StaffProfile
from backend.staff.phones import phone_for
from backend.stock.lookups import location_by_code
from backend.timestamps import CHINA, iso


@dataclass(frozen=True)
class NewShift:
    username: str
    location_code: str
    date: dt.date
    start: dt.time  # local time (Asia/Shanghai)
    end: dt.time  # before start: the shift ends the next day


async def _user(username: str) -> User:
    u = await User.get_or_none(username=username)
    if u is None:
        raise NotFound(f"员工 {username} 不存在")
    return u


async def add_shift(new: NewShift, *, actor: Actor, via: str = "api") -> Shift:
    user = await _user(new.username)
    loc = await location_by_code(new.location_code)
    actor.require_location(loc.id)
    if not user.chain_wide and not await user.locations.filter(location_id=loc.id).exists():
        raise ValidationError(f"{user.display_name} 不属于{loc.name}，请先分配门店")
    if not 2000 <= new.date.year <= 2100:
        raise ValidationError("排班日期超出范围")
    starts = dt.datetime.combine(new.date, new.start, CHINA)
    ends = dt.datetime.combine(new.date, new.end, CHINA)
    if ends <= starts:
        ends += dt.timedelta(days=1)
    async with in_transaction() as conn:
        if await Shift.filter(user_id=user.id, starts_at__lt=ends, ends_at__gt=starts).using_db(conn).exists():
            raise Conflict(f"{user.display_name} 在该时段已有排班")
        shift = await Shift.create(user_id=user.id, location_id=loc.id, date=new.date, starts_at=starts,
                                   ends_at=ends, created_by_id=actor.id, using_db=conn)
        await record_audit(actor.user, "shift.create", "shift", shift.id, via=via, using_db=conn,
                           after={"username": user.username, "location": loc.code, "starts_at": iso(starts),
                                  "ends_at": iso(ends)})
    return shift


async def list_shifts(*, location_ids: list[int] | None, date_from: dt.date, date_to: dt.date,
                      username: str | None = None) -> list[dict[str, Any]]:
    qs = Shift.filter(date__gte=date_from, date__lte=date_to)
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    if username:
        qs = qs.filter(user__username=username)
    return [{"id": s.id, "username": s.user.username, "display_name": s.user.display_name,
             "location_code": s.location.code, "date": s.date.isoformat(),
             "starts_at": iso(s.starts_at), "ends_at": iso(s.ends_at)}
            for s in await qs.order_by("date", "starts_at").select_related("user", "location")]


async def set_profile(username: str, changes: Mapping[str, Any], *, actor: Actor, via: str = "api") -> StaffProfile:
    """Set the sent profile fields (employee_no, hire_date, commission_rate_bp, note); a None clears one."""
    user = await _user(username)
    changes = dict(changes)
    async with in_transaction() as conn:
        profile, _ = await StaffProfile.get_or_create(user_id=user.id, using_db=conn)
        before = {k: getattr(profile, k) for k in changes}
        for k, v in changes.items():
            setattr(profile, k, v if v is not None or k in ("hire_date", "commission_rate_bp") else "")
        await profile.save(using_db=conn)
        await record_audit(actor.user, "staff.profile", "user", user.id, before=before, after=changes, via=via,
                           using_db=conn)
    return profile


async def profile_json(username: str, *, viewer: Actor) -> dict[str, Any]:
    """A staff profile for a viewer holding staff.read_profile: a store manager only of staff sharing one of
    their stores (else 403), the phone in full only for HQ and the person themself (backend.staff.phones)."""
    user = await _user(username)
    await require_visible(viewer, user)
    p = await StaffProfile.get_or_none(user_id=user.id)
    codes = sorted(await user.locations.all().values_list("location__code", flat=True))
    return {"username": user.username, "display_name": user.display_name, "role": user.role.value,
            "phone": phone_for(viewer, user) or None, "wecom_userid": user.wecom_userid, "location_codes": codes,
            "employee_no": p.employee_no if p else "", "hire_date": iso(p.hire_date) if p else None,
            "commission_rate_bp": p.commission_rate_bp if p else None}
