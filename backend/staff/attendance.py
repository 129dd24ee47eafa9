"""Clock in / out (one service for the mini-program and the WeCom bot) and the monthly attendance report.

Clocking: the location is the staff member's store nearest to the position sent (or today's shift location,
or their first store when no position comes, as from WeCom chat). With a position, the distance to the store's
coordinates is checked: beyond `clock_radius_m` the clock is refused (400 out_of_range) and nothing is written.
The same kind again within a minute answers the first record (`duplicate`), also when two requests race (a
unique user:kind:minute key).

Without a position (the WeCom bot's "上班打卡", an app that could not locate) at a store that has a geofence
(coordinates registered), the clock is recorded as `unverified`: it does not count in the report (the day shows
"unverified") until the store's manager confirms it (confirm_clock, audited). A store without coordinates has
no geofence, so nothing can be checked there and the clock counts as before.

Report: every shift of the month is matched with the first clock-in from 2 h before its start to its end and
the last clock-out from its start to 4 h after its end: late (in after start + `late_grace_min`), absent (no
clock-in and the shift is over), early leave (out before end - `early_leave_grace_min`), minutes worked.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from backend.audit import record_audit
from backend.errors import InvalidState, NotFound, ValidationError
from backend.org.models import CHAIN_WIDE_ROLES, Location, User
from backend.staff.models import ClockKind, ClockRecord, Shift
from backend.staff.settings_store import get_staff_setting
from backend.timestamps import CHINA, business_now, iso

DEDUPE_S = 60


@dataclass(frozen=True)
class ClockResult:
    record: ClockRecord
    location: Location | None
    duplicate: bool


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine) in metres."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def local_now() -> dt.datetime:
    return business_now()


async def _candidate_locations(user: User, on: dt.date) -> list[Location]:
    if user.role in CHAIN_WIDE_ROLES:
        return list(await Location.filter(is_active=True).order_by("priority", "code"))
    return list(await Location.filter(staff__user_id=user.id, is_active=True).order_by("priority", "code"))


async def clock(user: User, kind: ClockKind | str, *, lat: float | None = None, lng: float | None = None,
                source: str = "app", now: dt.datetime | None = None) -> ClockResult:
    kind = ClockKind(kind)
    now = (now or local_now()).astimezone(CHINA)
    last = await ClockRecord.filter(user_id=user.id, kind=kind,
                                    clocked_at__gte=now - dt.timedelta(seconds=DEDUPE_S)).order_by("-id").first()
    if last is not None:
        return ClockResult(last, await Location.get_or_none(id=last.location_id) if last.location_id else None, True)
    locations = await _candidate_locations(user, now.date())
    shift = await Shift.filter(user_id=user.id, date=now.date()).order_by("starts_at").first()
    location: Location | None = None
    dist: float | None = None
    if lat is not None and lng is not None:
        placed = [(distance_m(lat, lng, float(loc.lat), float(loc.lng)), loc) for loc in locations
                  if loc.lat is not None and loc.lng is not None]
        if not placed:
            raise ValidationError("你所在的门店没有登记坐标，请联系管理员")
        dist, location = min(placed, key=lambda p: p[0])
        radius = await get_staff_setting("clock_radius_m")
        if dist > radius:
            raise ValidationError(f"距离{location.name}约 {round(dist)} 米，超出打卡范围（{radius} 米）",
                                  code="out_of_range")
    else:
        if shift is not None:
            location = next((loc for loc in locations if loc.id == shift.location_id), None)
        if location is None and user.role not in CHAIN_WIDE_ROLES and locations:
            location = locations[0]
    unverified = dist is None and location is not None and location.lat is not None and location.lng is not None
    key = f"{user.id}:{kind.value}:{int(now.timestamp()) // 60}"
    try:
        record = await ClockRecord.create(
            user_id=user.id, location_id=location.id if location else None, kind=kind, clocked_at=now,
            lat=Decimal(str(lat)).quantize(Decimal("0.000001")) if lat is not None else None,
            lng=Decimal(str(lng)).quantize(Decimal("0.000001")) if lng is not None else None,
            distance_m=round(dist) if dist is not None else None, within_range=True if dist is not None else None,
            source=source, unverified=unverified, dedupe_key=key,
        )
    except IntegrityError:
        record = await ClockRecord.get(dedupe_key=key)
        return ClockResult(record, location, True)
    await record_audit(user, f"attendance.clock_{kind.value}", "clock_record", record.id, via=source,
                       after={"location": location.code if location else None, "distance_m": record.distance_m,
                              "unverified": unverified})
    return ClockResult(record, location, False)


async def confirm_clock(record_id: int, *, actor: Any) -> ClockRecord:
    """A manager confirms an unverified clock (no position at a geofenced store) of their store. Guarded: of two
    concurrent confirmations one writes; a second answers 409."""
    record = await ClockRecord.get_or_none(id=record_id)
    if record is None:
        raise NotFound("打卡记录不存在")
    if record.location_id is not None:
        actor.require_location(record.location_id)
    elif actor.location_ids is not None:
        raise NotFound("打卡记录不存在")
    if not record.unverified:
        raise InvalidState("该打卡记录有定位，无需确认", code="not_unverified")
    now = local_now()
    done = await ClockRecord.filter(id=record.id, unverified=True, confirmed_at__isnull=True) \
        .update(confirmed_by_id=actor.user.id, confirmed_at=now)
    if not done:
        raise InvalidState("该打卡记录已确认", code="already_confirmed")
    await record_audit(actor.user, "attendance.confirm", "clock_record", record.id, via="api",
                       after={"user_id": record.user_id, "kind": record.kind.value,
                              "clocked_at": iso(record.clocked_at)})
    return await ClockRecord.get(id=record.id)


async def unverified_clocks(location_ids: list[int] | None) -> list[dict[str, Any]]:
    qs = ClockRecord.filter(unverified=True, confirmed_at__isnull=True)
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    recs = await qs.order_by("clocked_at").limit(500).select_related("user", "location")
    return [{"id": r.id, "username": r.user.username, "display_name": r.user.display_name, "kind": r.kind.value,
             "clocked_at": iso(r.clocked_at), "source": r.source,
             "location_code": r.location.code if r.location else None} for r in recs]


def counts(rec: ClockRecord) -> bool:
    """Whether a clock counts in the report: positioned, at a store without geofence, or confirmed."""
    return not rec.unverified or rec.confirmed_at is not None


def clock_json(r: ClockResult) -> dict[str, Any]:
    rec = r.record
    return {"id": rec.id, "kind": rec.kind.value, "clocked_at": iso(rec.clocked_at),
            "location_code": r.location.code if r.location else None, "distance_m": rec.distance_m,
            "within_range": rec.within_range, "unverified": rec.unverified,
            "confirmed": rec.confirmed_at is not None, "duplicate": r.duplicate}


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValidationError("月份格式应为 YYYY-MM") from None
    if not 2000 <= first.year <= 2100:
        raise ValidationError("月份超出范围")
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


async def monthly_report(month: str, *, location_ids: list[int] | None = None,
                         now: dt.datetime | None = None) -> dict[str, Any]:
    first, last = month_bounds(month)
    now = (now or local_now()).astimezone(CHINA)
    grace = dt.timedelta(minutes=await get_staff_setting("late_grace_min"))
    early_grace = dt.timedelta(minutes=await get_staff_setting("early_leave_grace_min"))
    qs = Shift.filter(date__gte=first, date__lte=last)
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    shifts = await qs.order_by("user_id", "starts_at").select_related("user", "location")
    users = {s.user_id for s in shifts}
    start = dt.datetime.combine(first, dt.time.min, CHINA) - dt.timedelta(hours=2)
    end = dt.datetime.combine(last, dt.time.max, CHINA) + dt.timedelta(hours=4)
    records = await ClockRecord.filter(user_id__in=list(users), clocked_at__gte=start, clocked_at__lte=end) \
        .order_by("clocked_at")
    by_user: dict[int, list[ClockRecord]] = {}
    for rec in records:
        by_user.setdefault(rec.user_id, []).append(rec)
    people: dict[int, dict[str, Any]] = {}
    for s in shifts:
        p = people.setdefault(s.user_id, {
            "username": s.user.username, "display_name": s.user.display_name, "shifts": 0, "attended": 0,
            "late": 0, "late_minutes": 0, "absent": 0, "early_leave": 0, "unverified": 0, "worked_minutes": 0,
            "days": []})
        st, en = s.starts_at.astimezone(CHINA), s.ends_at.astimezone(CHINA)
        all_recs = by_user.get(s.user_id, [])
        recs = [r for r in all_recs if counts(r)]
        pending = [r for r in all_recs if not counts(r) and r.kind == ClockKind.IN
                   and st - dt.timedelta(hours=2) <= r.clocked_at <= en]
        ins = [r.clocked_at.astimezone(CHINA) for r in recs if r.kind == ClockKind.IN
               and st - dt.timedelta(hours=2) <= r.clocked_at <= en]
        outs = [r.clocked_at.astimezone(CHINA) for r in recs if r.kind == ClockKind.OUT
                and st <= r.clocked_at <= en + dt.timedelta(hours=4)]
        clock_in = ins[0] if ins else None
        clock_out = outs[-1] if outs else None
        status = "scheduled"
        late_min = 0
        p["shifts"] += 1
        if clock_in is None and pending:
            status = "unverified"  # clocked in without a position: waits for the manager's confirmation
            p["unverified"] += 1
        elif clock_in is None:
            if en <= now:
                status = "absent"
                p["absent"] += 1
        else:
            p["attended"] += 1
            status = "on_time"
            if clock_in > st + grace:
                late_min = int((clock_in - st).total_seconds() // 60)
                status = "late"
                p["late"] += 1
                p["late_minutes"] += late_min
            if clock_out is not None:
                if clock_out < en - early_grace:
                    p["early_leave"] += 1
                    status = "early_leave" if status == "on_time" else status
                p["worked_minutes"] += int((min(clock_out, en) - max(clock_in, st)).total_seconds() // 60)
        p["days"].append({
            "date": s.date.isoformat(), "location_code": s.location.code, "starts_at": iso(st),
            "ends_at": iso(en), "clock_in": iso(clock_in),
            "clock_out": iso(clock_out), "status": status, "late_minutes": late_min})
    return {"month": month, "items": sorted(people.values(), key=lambda p: p["username"])}
