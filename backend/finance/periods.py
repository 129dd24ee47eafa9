"""Period close: a closed month is locked for good (post_entry refuses any entry dated inside it).

Only a month that has fully ended may be closed, and a closed month is never reopened: corrections go into
an open month as adjusting entries (backend.finance.manual_entries, POST /admin/api/v1/finance/journal-entries).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState, ValidationError
from backend.finance.models import Period
from backend.finance.reports import trial_balance
from backend.timestamps import business_today, iso

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(value: str) -> dt.date:
    """Parse YYYY-MM into the first day of that month."""
    m = _MONTH.match((value or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise ValidationError("月份格式不正确，应为 YYYY-MM")
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


def month_end(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def period_dict(p: Period, closed_by: str | None = None) -> dict[str, Any]:
    """`closed_by`: the closer's display name (or username), for the list a person reads."""
    return {"month": p.month, "closed_by_id": p.closed_by_id, "closed_by": closed_by, "closed_at": iso(p.closed_at)}


async def close_period(month: str, user: Any, *, today: dt.date | None = None,
                       conn: BaseDBAsyncClient | None = None) -> Period:
    """Lock `month` (YYYY-MM). Refused for the current or a future month and for a month already closed.
    The close is audit-logged with the trial balance totals at the month end."""
    first = parse_month(month)
    last = month_end(first)
    today = today or business_today()
    if last >= today:
        raise InvalidState("只能结账已经结束的月份")
    key = first.strftime("%Y-%m")

    async def _close(c: BaseDBAsyncClient) -> Period:
        if await Period.filter(month=key).using_db(c).exists():
            raise Conflict(f"{key} 已结账", code="period_closed")
        tb = await trial_balance(last, conn=c)
        try:
            period = await Period.create(month=key, closed_by_id=getattr(user, "id", None), using_db=c)
        except IntegrityError as exc:
            raise Conflict(f"{key} 已结账", code="period_closed") from exc
        await record_audit(user, "finance.period_close", "period", key, after={
            "month": key, "total_debit_fen": tb["total_debit_fen"], "total_credit_fen": tb["total_credit_fen"],
        }, using_db=c)
        return period

    if conn is not None:
        return await _close(conn)
    async with in_transaction() as c:
        return await _close(c)


async def reopen_period(month: str) -> None:
    """Closed months stay closed."""
    parse_month(month)
    raise InvalidState("已结账的月份不能反结账，请在未结账月份做调整分录"
                       "（财务 > 手工凭证：POST /admin/api/v1/finance/journal-entries）", code="period_locked")


async def list_periods(conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    rows = await Period.all().using_db(conn).order_by("-month").select_related("closed_by")
    return [period_dict(p, (p.closed_by.display_name or p.closed_by.username) if p.closed_by else None)
            for p in rows]


async def is_closed(date: dt.date, conn: BaseDBAsyncClient | None = None) -> bool:
    return await Period.filter(month=date.strftime("%Y-%m")).using_db(conn).exists()
