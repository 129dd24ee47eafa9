"""The one way a moment is written in an answer: ISO 8601 in China time, e.g. 2026-12-05T15:04:05.123456+08:00.

Every face (mini-program, WeCom bot, back office, partner API) reads timestamps in the same zone whatever the
database hands back (PostgreSQL: UTC; SQLite: the stored +08:00 text; a fresh `datetime.now(UTC)` not reloaded
yet: UTC). A naive value is taken as China time, the zone the ORM stores (backend.db.TIMEZONE). Dates (no time
of day) are written as YYYY-MM-DD. `backend.http.ok` renders datetime objects the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import timezone as orm_tz

CHINA = ZoneInfo("Asia/Shanghai")

# A controlled "now" (the demo's history, tests): None means the wall clock. Set only through clock_at().
_CLOCK: ContextVar[dt.datetime | None] = ContextVar("cradle_clock", default=None)
_ORM_CLOCK_INSTALLED = False


def utc_now() -> dt.datetime:
    """The moment business events are stamped with (aware, UTC): the wall clock, or the moment clock_at() set."""
    fixed = _CLOCK.get()
    return fixed.astimezone(dt.UTC) if fixed is not None else dt.datetime.now(dt.UTC)


def business_today() -> dt.date:
    """The chain's calendar day: the date in China, whatever zone the server's clock is set to.

    Every "today" (expiry, ledger entry dates, points validity, reports, the demo's dates) is this one; a
    server running on UTC would otherwise book 00:00-08:00 China time on the previous day."""
    return business_now().date()


def business_now() -> dt.datetime:
    fixed = _CLOCK.get()
    return fixed.astimezone(CHINA) if fixed is not None else dt.datetime.now(CHINA)


@contextmanager
def clock_at(moment: dt.datetime) -> Iterator[None]:
    """Run the block as if it were `moment` (aware): business_today/now, utc_now and the ORM's auto_now(_add)
    stamps all read it, so orders, movements, ledger entries and member ledgers written inside carry that
    business date and agree with each other. Used by the demo's history; the wall clock is untouched outside."""
    if moment.tzinfo is None:
        raise ValueError("clock_at needs an aware datetime")
    _install_orm_clock()
    token = _CLOCK.set(moment)
    try:
        yield
    finally:
        _CLOCK.reset(token)


def _install_orm_clock() -> None:
    """Tortoise stamps auto_now/auto_now_add fields with tortoise.timezone.now(): make it read the clock."""
    global _ORM_CLOCK_INSTALLED
    if _ORM_CLOCK_INSTALLED:
        return
    wall = orm_tz.now

    def now() -> dt.datetime:
        fixed = _CLOCK.get()
        if fixed is None:
            return wall()
        return fixed.astimezone(dt.UTC) if orm_tz.get_use_tz() else fixed.astimezone(CHINA).replace(tzinfo=None)

    orm_tz.now = now  # type: ignore[assignment]
    _ORM_CLOCK_INSTALLED = True


def day_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the China-time days first..last inclusive, for filtering timestamps by date."""
    return (dt.datetime.combine(first, dt.time.min, tzinfo=CHINA),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=CHINA))


def to_china(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=CHINA) if value.tzinfo is None else value.astimezone(CHINA)


def iso(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601 with +08:00 for a datetime, YYYY-MM-DD for a date, None for None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return to_china(value).isoformat()
    return value.isoformat()


def json_default(value: Any) -> Any:
    """`default=` of the JSON encoder of every answer."""
    if isinstance(value, dt.datetime | dt.date):
        return iso(value)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)
