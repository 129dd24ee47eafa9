"""post_entry refuses unbalanced and closed-period entries and posts once per source; period close rules."""

from __future__ import annotations

import datetime as dt

import pytest
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.errors import Conflict, InvalidState, ValidationError
from backend.finance import accounts, periods, reports
from backend.finance.ledger import Line, UnbalancedEntry, post_entry
from backend.finance.models import JournalEntry, JournalLine, Period
from tests.factories import make_user

D = dt.date(2024, 1, 15)


async def _post(source_id: str, lines: list[Line], date: dt.date = D) -> JournalEntry | None:
    async with in_transaction() as conn:
        return await post_entry(date=date, memo="测试", source_type="test", source_id=source_id, lines=lines,
                                conn=conn)


async def test_unbalanced_entry_is_refused_and_writes_nothing(db: None) -> None:
    with pytest.raises(UnbalancedEntry):
        await _post("u1", [Line(accounts.CASH, debit_fen=100), Line(accounts.SALES, credit_fen=99)])
    with pytest.raises(UnbalancedEntry):
        await _post("u2", [Line(accounts.CASH, debit_fen=-100), Line(accounts.SALES, credit_fen=-100)])
    with pytest.raises(UnbalancedEntry):
        await _post("u3", [Line(accounts.CASH, debit_fen=100, credit_fen=100)])
    assert await JournalEntry.all().count() == 0 and await JournalLine.all().count() == 0


async def test_posting_is_idempotent_per_source(db: None) -> None:
    lines = [Line(accounts.CASH, debit_fen=1130), Line(accounts.SALES, credit_fen=1000),
             Line(accounts.OUTPUT_VAT, credit_fen=130)]
    first = await _post("same", lines)
    again = await _post("same", lines)
    assert first is not None and again is not None and first.id == again.id
    assert await JournalEntry.all().count() == 1 and await JournalLine.all().count() == 3
    tb = await reports.trial_balance(D)
    assert tb["total_debit_fen"] == 1130
    assert await _post("zero", [Line(accounts.CASH, debit_fen=0), Line(accounts.SALES, credit_fen=0)]) is None


async def test_period_close_blocks_posting(db: None) -> None:
    user = await make_user("finance")
    await _post("before", [Line(accounts.CASH, debit_fen=500), Line(accounts.EQUITY, credit_fen=500)])
    period = await periods.close_period("2024-01", user, today=dt.date(2024, 2, 1))
    assert period.month == "2024-01" and period.closed_by_id == user.id
    with pytest.raises(InvalidState):
        await _post("after", [Line(accounts.CASH, debit_fen=500), Line(accounts.EQUITY, credit_fen=500)])
    with pytest.raises(InvalidState):
        await _post("last-day", [Line(accounts.CASH, debit_fen=1), Line(accounts.EQUITY, credit_fen=1)],
                    date=dt.date(2024, 1, 31))
    # the next month is open
    assert await _post("feb", [Line(accounts.CASH, debit_fen=1), Line(accounts.EQUITY, credit_fen=1)],
                       date=dt.date(2024, 2, 1)) is not None
    assert await JournalEntry.filter(date__lte=dt.date(2024, 1, 31)).count() == 1
    audit = await AuditLog.get(action="finance.period_close")
    assert audit.entity_id == "2024-01" and audit.user_id == user.id
    assert audit.after["total_debit_fen"] == 500
    assert await periods.is_closed(D) and not await periods.is_closed(dt.date(2024, 2, 1))


async def test_period_close_rules(db: None) -> None:
    user = await make_user("finance")
    today = dt.date(2024, 5, 31)
    with pytest.raises(InvalidState):  # the current month has not ended
        await periods.close_period("2024-05", user, today=today)
    with pytest.raises(InvalidState):
        await periods.close_period("2024-07", user, today=today)
    await periods.close_period("2024-04", user, today=today)
    with pytest.raises(Conflict):
        await periods.close_period("2024-04", user, today=today)
    with pytest.raises(InvalidState):
        await periods.reopen_period("2024-04")
    for bad in ("2024-13", "2024-4", "abc", "", "2024-04-01"):
        with pytest.raises(ValidationError):
            await periods.close_period(bad, user, today=today)
    assert await Period.filter(month="2024-04").exists()
    assert [(p["month"], p["closed_by"]) for p in await periods.list_periods()] == [
        ("2024-04", user.display_name or user.username)]
    assert periods.month_end(dt.date(2024, 2, 1)) == dt.date(2024, 2, 29)
