"""The parallel run (双系统并行运行) of a migrated store: the old system and Cradle run side by side, the old
system's daily export is uploaded per business day and compared with Cradle's figures for the same store and
day, every difference beyond the run's tolerance is kept with its drill-down, the migration lead explains each
one, and the sign-off report is given once `required_days` consecutive days are clear (no difference, or every
difference explained).

    run = await create_run(NewRun(location_code="ST-001"), user=...)
    day = await upload(run.id, date, "sales", data, "sales.csv", user=...)   # read, stored, compared
    await explain(run.id, difference_id, "旧系统重复录入", user=...)
    report = await sign_off(run.id, user=...)                                   # 409 until enough clear days

Every change is audited (entity "parallel_run"). Reading a run needs its store in the caller's scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.imports.models import ParallelDay, ParallelDifference, ParallelRun, ParallelRunStatus
from backend.imports.parallel_compare import COMPARERS, Diff
from backend.imports.parallel_export import Section, read_section
from backend.org.models import Location
from backend.security.actor import Actor
from backend.timestamps import business_now, business_today, iso

DEFAULT_REQUIRED_DAYS = 3


class DayStatus:
    INCOMPLETE = "incomplete"  # not every section of the export is uploaded yet
    AGREED = "agreed"  # every figure within tolerance
    OPEN = "differences"  # differences not all explained
    EXPLAINED = "explained"  # every difference explained


DAY_STATUS_ZH = {DayStatus.INCOMPLETE: "待上传", DayStatus.AGREED: "一致", DayStatus.OPEN: "有未说明差异",
                 DayStatus.EXPLAINED: "差异已全部说明"}
CLEAR = {DayStatus.AGREED, DayStatus.EXPLAINED}


@dataclass(frozen=True)
class NewRun:
    location_code: str
    required_days: int = DEFAULT_REQUIRED_DAYS
    sales_tolerance_fen: int = 0
    stock_tolerance_qty: int = 0
    balance_tolerance_fen: int = 0
    points_tolerance: int = 0
    note: str = ""


SETTING_FIELDS = ("required_days", "sales_tolerance_fen", "stock_tolerance_qty", "balance_tolerance_fen",
                  "points_tolerance", "note")


def _settings(run: ParallelRun) -> dict[str, Any]:
    return {f: getattr(run, f) for f in SETTING_FIELDS}


async def create_run(new: NewRun, *, user: Any) -> ParallelRun:
    loc = await Location.get_or_none(code=new.location_code)
    if loc is None:
        raise NotFound(f"门店 {new.location_code} 不存在")
    async with in_transaction() as conn:
        if await ParallelRun.filter(location_id=loc.id, status=ParallelRunStatus.RUNNING).using_db(conn).exists():
            raise Conflict(f"门店 {loc.code} 已有进行中的并行运行")
        run = await ParallelRun.create(location_id=loc.id, created_by_id=getattr(user, "id", None),
                                       **{f: getattr(new, f) for f in SETTING_FIELDS}, using_db=conn)
        await record_audit(user, "parallel_run.create", "parallel_run", run.id, via="admin", using_db=conn,
                           after={"location_code": loc.code, **_settings(run)})
    return run


async def load_run(run_id: int, actor: Actor | None = None) -> ParallelRun:
    run = await ParallelRun.get_or_none(id=run_id).prefetch_related("location")
    if run is None:
        raise NotFound("并行运行不存在")
    if actor is not None:
        actor.require_location(run.location_id)
    return run


def _running(run: ParallelRun) -> None:
    if run.status != ParallelRunStatus.RUNNING:
        raise InvalidState("该并行运行已签核结束，不能再修改")


async def update_settings(run_id: int, changes: dict[str, Any], *, user: Any) -> ParallelRun:
    async with in_transaction() as conn:
        run = await ParallelRun.select_for_update().using_db(conn).get_or_none(id=run_id)
        if run is None:
            raise NotFound("并行运行不存在")
        _running(run)
        before = _settings(run)
        for k, v in changes.items():
            if k in SETTING_FIELDS and v is not None:
                setattr(run, k, v)
        await run.save(using_db=conn)
        await record_audit(user, "parallel_run.settings", "parallel_run", run.id, via="admin", using_db=conn,
                           before=before, after=_settings(run))
    # the tolerances decide what a difference is: every day is compared again under the new ones
    for day in await ParallelDay.filter(run_id=run_id).order_by("business_day"):
        await compare_day(run_id, day.business_day, user=user, audit=False)
    return await load_run(run_id)


def _check_day(day: dt.date) -> None:
    if day > business_today():
        raise ValidationError("营业日不能晚于今天")


async def upload(run_id: int, day: dt.date, section: Section | str, data: bytes, filename: str, *,
                 user: Any) -> ParallelDay:
    """Read one section of the old system's export for the day (a 400 names every bad line, nothing kept),
    store it (replacing an earlier upload of that section) and compare the day again."""
    section = Section(section)
    _check_day(day)
    _running(await load_run(run_id))
    read = await read_section(section, data, filename)
    async with in_transaction() as conn:
        row, _ = await ParallelDay.get_or_create(run_id=run_id, business_day=day, using_db=conn)
        locked = await ParallelDay.select_for_update().using_db(conn).get(id=row.id)
        locked.legacy = {**(locked.legacy or {}), section.value: {**read, "uploaded_at": iso(business_now())}}
        await locked.save(using_db=conn, update_fields=["legacy"])
        await record_audit(user, "parallel_run.upload", "parallel_run", run_id, via="admin", using_db=conn,
                           after={"day": day.isoformat(), "section": section.value, "filename": read["filename"],
                                  "rows": len(read["rows"])})
    return await compare_day(run_id, day, user=user, audit=False)


async def compare_day(run_id: int, day: dt.date, *, user: Any, audit: bool = True) -> ParallelDay:
    """Compare every uploaded section of the day with Cradle's figures now. An explanation stays with a
    difference that is found again with the same two figures; any other difference starts unexplained."""
    run = await load_run(run_id)
    _running(run)
    async with in_transaction() as conn:
        row = await ParallelDay.select_for_update().using_db(conn).get_or_none(run_id=run_id, business_day=day)
        if row is None:
            raise NotFound(f"{day.isoformat()} 还没有上传旧系统数据")
        found: list[Diff] = []
        counts: dict[str, int] = {}
        for section, comparer in COMPARERS.items():
            part = (row.legacy or {}).get(section.value)
            if part is None:
                continue
            outcome = await comparer(run, day, part["rows"])
            found.extend(outcome.differences)
            counts[section.value] = outcome.compared
        kept = await _explanations(row, conn)
        await ParallelDifference.filter(day_id=row.id).using_db(conn).delete()
        await ParallelDifference.bulk_create(
            [ParallelDifference(day_id=row.id, **d, **kept.get(_identity(d), {})) for d in found], using_db=conn)
        row.compared_at = business_now()
        row.figures = counts
        await row.save(using_db=conn, update_fields=["compared_at", "figures"])
        if audit:
            await record_audit(user, "parallel_run.compare", "parallel_run", run_id, via="admin", using_db=conn,
                               after={"day": day.isoformat(), "differences": len(found)})
    return row


def _identity(d: Diff | ParallelDifference) -> tuple[Any, ...]:
    get = d.get if isinstance(d, dict) else lambda k: getattr(d, k)
    return (get("section"), get("key"), get("legacy_value"), get("cradle_value"))


async def _explanations(row: ParallelDay, conn: BaseDBAsyncClient) -> dict[tuple[Any, ...], dict[str, Any]]:
    old = await ParallelDifference.filter(day_id=row.id, explained_at__isnull=False).using_db(conn)
    return {_identity(d): {"reason": d.reason, "explained_by_id": d.explained_by_id, "explained_at": d.explained_at}
            for d in old}


async def explain(run_id: int, difference_id: int, reason: str, *, user: Any) -> ParallelDifference:
    reason = reason.strip()
    if not reason:
        raise ValidationError("请填写差异原因")
    _running(await load_run(run_id))
    async with in_transaction() as conn:
        diff = await (ParallelDifference.select_for_update().using_db(conn)
                      .get_or_none(id=difference_id, day__run_id=run_id))
        if diff is None:
            raise NotFound("差异不存在")
        before = {"reason": diff.reason, "explained_at": iso(diff.explained_at)}
        diff.reason = reason[:255]
        diff.explained_by_id = getattr(user, "id", None)
        diff.explained_at = business_now()
        await diff.save(using_db=conn, update_fields=["reason", "explained_by_id", "explained_at"])
        await record_audit(user, "parallel_run.explain", "parallel_run", run_id, via="admin", using_db=conn,
                           before=before, after={"difference_id": diff.id, "section": diff.section,
                                                 "key": diff.key, "reason": diff.reason})
    return diff


# ---- status and sign-off ----------------------------------------------------------------------------------


def day_status(day: ParallelDay, diffs: list[ParallelDifference]) -> str:
    if day.compared_at is None or any(s.value not in (day.legacy or {}) for s in Section):
        return DayStatus.INCOMPLETE
    if not diffs:
        return DayStatus.AGREED
    return DayStatus.EXPLAINED if all(d.explained_at for d in diffs) else DayStatus.OPEN


async def _days(run: ParallelRun) -> list[tuple[ParallelDay, list[ParallelDifference], str]]:
    days = await ParallelDay.filter(run_id=run.id).order_by("business_day")
    diffs: dict[int, list[ParallelDifference]] = {d.id: [] for d in days}
    for d in await ParallelDifference.filter(day_id__in=list(diffs)).order_by("section", "key"):
        diffs[d.day_id].append(d)
    return [(d, diffs[d.id], day_status(d, diffs[d.id])) for d in days]


def clear_streak(statuses: list[tuple[dt.date, str]], required: int) -> tuple[int, list[dt.date]]:
    """(how many consecutive calendar days up to the latest day are clear, those days when they are at least
    `required`, else []). A day not uploaded breaks the run like a day with open differences."""
    current: list[dt.date] = []
    for day, status in statuses:
        if status not in CLEAR:
            current = []
        elif current and day == current[-1] + dt.timedelta(days=1):
            current.append(day)
        else:
            current = [day]
    return len(current), (current if len(current) >= required else [])


def _money_or_qty(section: str) -> str:
    return "fen" if section in ("sales", "balance") else "qty"


def difference_json(d: ParallelDifference, *, drill: bool = True) -> dict[str, Any]:
    out = {"id": d.id, "section": d.section, "key": d.key, "label": d.label, "unit": _money_or_qty(d.section),
           "legacy_value": d.legacy_value, "cradle_value": d.cradle_value, "delta": d.delta,
           "explained": d.explained_at is not None, "reason": d.reason, "explained_by_id": d.explained_by_id,
           "explained_at": iso(d.explained_at)}
    if drill:
        out["drill_down"] = d.drill_down
    return out


def day_json(day: ParallelDay, diffs: list[ParallelDifference], status: str, *, drill: bool = False) -> dict[str, Any]:
    uploaded = {k: {"filename": v.get("filename"), "rows": len(v.get("rows", [])), "uploaded_at": v.get("uploaded_at")}
                for k, v in (day.legacy or {}).items()}
    return {"business_day": day.business_day.isoformat(), "status": status, "status_name": DAY_STATUS_ZH[status],
            "uploaded": uploaded, "missing_sections": [s.value for s in Section if s.value not in uploaded],
            "compared_at": iso(day.compared_at), "figures_compared": day.figures,
            "differences": len(diffs), "unexplained": sum(1 for d in diffs if d.explained_at is None),
            **({"items": [difference_json(d) for d in diffs]} if drill else {})}


async def run_json(run: ParallelRun) -> dict[str, Any]:
    days = await _days(run)
    streak, window = clear_streak([(d.business_day, s) for d, _, s in days], run.required_days)
    loc = run.location
    return {"id": run.id, "location_code": loc.code, "location_name": loc.name, "status": run.status.value,
            **_settings(run), "created_at": iso(run.created_at), "signed_off_at": iso(run.signed_off_at),
            "signed_off_by_id": run.signed_off_by_id, "clear_streak": streak,
            "can_sign_off": run.status == ParallelRunStatus.RUNNING and bool(window),
            "days": [day_json(d, diffs, s) for d, diffs, s in days]}


async def list_runs(actor: Actor) -> list[dict[str, Any]]:
    qs = ParallelRun.all().prefetch_related("location").order_by("-id")
    if actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    return [await run_json(r) for r in await qs]


async def day_detail(run_id: int, day: dt.date, actor: Actor, *, section: str | None = None) -> dict[str, Any]:
    run = await load_run(run_id, actor)
    for d, diffs, status in await _days(run):
        if d.business_day == day:
            shown = [x for x in diffs if section is None or x.section == section]
            return {"run_id": run.id, "location_code": run.location.code, **day_json(d, shown, status, drill=True)}
    raise NotFound(f"{day.isoformat()} 还没有上传旧系统数据")


async def sign_off(run_id: int, *, user: Any) -> dict[str, Any]:
    """The sign-off report, once the run's latest `required_days` consecutive days are clear; refused (409,
    naming what is missing) before."""
    async with in_transaction() as conn:
        run = await ParallelRun.select_for_update().using_db(conn).get_or_none(id=run_id)
        if run is None:
            raise NotFound("并行运行不存在")
        _running(run)
        await run.fetch_related("location", using_db=conn)
        days = await _days(run)
        streak, window = clear_streak([(d.business_day, s) for d, _, s in days], run.required_days)
        if not window:
            raise InvalidState(_refusal(run, days, streak), details={"clear_streak": streak,
                                                                    "required_days": run.required_days})
        report = _report(run, days, window, user)
        run.status = ParallelRunStatus.SIGNED_OFF
        run.signed_off_by_id = getattr(user, "id", None)
        run.signed_off_at = business_now()
        run.report = report
        await run.save(using_db=conn, update_fields=["status", "signed_off_by_id", "signed_off_at", "report"])
        await record_audit(user, "parallel_run.sign_off", "parallel_run", run.id, via="admin", using_db=conn,
                           after={"window": report["window"], "days": len(report["days"])})
    return report


def _refusal(run: ParallelRun, days: list[tuple[ParallelDay, list[ParallelDifference], str]], streak: int) -> str:
    blocking = [f"{d.business_day.isoformat()} {DAY_STATUS_ZH[s]}" for d, _, s in days if s not in CLEAR][-5:]
    msg = f"需连续 {run.required_days} 天对账一致或差异均已说明，目前连续 {streak} 天"
    return msg + (f"；未通过的日期：{'、'.join(blocking)}" if blocking else "")


def _report(run: ParallelRun, days: list[tuple[ParallelDay, list[ParallelDifference], str]],
            window: list[dt.date], user: Any) -> dict[str, Any]:
    return {"run_id": run.id, "location_code": run.location.code, "location_name": run.location.name,
            "settings": _settings(run), "window": [window[0].isoformat(), window[-1].isoformat()],
            "signed_off_by": getattr(user, "username", ""), "signed_off_at": iso(business_now()),
            "days": [{**day_json(d, diffs, s), "in_window": d.business_day in window,
                      "explained": [{"section": x.section, "key": x.key, "label": x.label,
                                     "legacy_value": x.legacy_value, "cradle_value": x.cradle_value,
                                     "delta": x.delta, "reason": x.reason} for x in diffs if x.explained_at]}
                     for d, diffs, s in days]}


async def report_of(run_id: int, actor: Actor) -> dict[str, Any]:
    run = await load_run(run_id, actor)
    if run.status != ParallelRunStatus.SIGNED_OFF:
        raise InvalidState("该并行运行尚未签核")
    return dict(run.report)


async def today_status(actor: Actor) -> list[dict[str, Any]]:
    """For the bot: each running (or latest) run in the caller's stores with today's day, or the latest day
    when today's export is not uploaded yet."""
    today = business_today()
    qs = ParallelRun.filter(status=ParallelRunStatus.RUNNING).prefetch_related("location").order_by("id")
    if actor.location_ids is not None:
        qs = qs.filter(location_id__in=list(actor.location_ids))
    out = []
    for run in await qs:
        info = await run_json(run)
        days = info["days"]
        info["today"] = next((d for d in days if d["business_day"] == today.isoformat()), None)
        info["latest"] = days[-1] if days else None
        out.append(info)
    return out
