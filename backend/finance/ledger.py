"""Posting journal entries. post_entry() is the only writer of the ledger: it refuses an unbalanced entry,
an entry dated in a closed month, and a second entry for the same source (so retries never post twice).
Inside `posting_on(...)` every entry is dated the business day of an event recorded late (an offline counter
sale), whatever "today" its posting rule would have used; `first_open_day` picks that day when the event's month
is closed. post_entry also adds the lines to the daily summaries (backend.finance.summaries) in the same
transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import InvalidState
from backend.finance import summaries
from backend.finance.accounts import account_id
from backend.finance.models import JournalEntry, JournalLine, Period


@dataclass(frozen=True)
class Line:
    account: str  # account code
    debit_fen: int = 0
    credit_fen: int = 0
    sku_id: int | None = None
    category_id: int | None = None
    location_id: int | None = None
    channel: str | None = None
    partner: str | None = None
    memo: str = ""


class UnbalancedEntry(ValueError):
    pass


@dataclass(frozen=True)
class BusinessDate:
    """The day a business event belongs to when it is recorded later than it happened (a counter sale made
    offline and synced afterwards): every entry posted inside `posting_on(...)` is dated `date` and its memo
    carries `note` (e.g. why it is not in the month it happened)."""

    date: dt.date
    note: str = ""


_POSTING_ON: ContextVar[BusinessDate | None] = ContextVar("cradle_posting_on", default=None)


@contextmanager
def posting_on(day: BusinessDate) -> Iterator[None]:
    """Post every entry written by this task inside the block on `day.date` (with `day.note` in the memo),
    whatever date the posting rule would have chosen (its own "today"). One contextvar per asyncio task, so
    concurrent requests never see each other's date."""
    token = _POSTING_ON.set(day)
    try:
        yield
    finally:
        _POSTING_ON.reset(token)


async def first_open_day(day: dt.date, conn: BaseDBAsyncClient | None = None) -> dt.date:
    """`day` if its month is open, else the first day of the first open month after it."""
    while await Period.filter(month=day.strftime("%Y-%m")).using_db(conn).exists():
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return day


async def post_entry(
    *,
    date: dt.date,
    memo: str,
    source_type: str,
    source_id: str,
    lines: list[Line],
    conn: BaseDBAsyncClient,
    user_id: int | None = None,
) -> JournalEntry | None:
    """Write one balanced entry. Zero lines are dropped; an entry with nothing left is not written (None).
    Returns the existing entry if this source was already posted."""
    existing = await JournalEntry.get_or_none(source_type=source_type, source_id=source_id).using_db(conn)
    if existing is not None:
        return existing
    backdated = _POSTING_ON.get()
    if backdated is not None:
        date = backdated.date
        memo = f"{memo}（{backdated.note}）" if backdated.note else memo
    lines = [ln for ln in lines if ln.debit_fen or ln.credit_fen]
    for ln in lines:
        if ln.debit_fen < 0 or ln.credit_fen < 0 or (ln.debit_fen and ln.credit_fen):
            raise UnbalancedEntry(f"a line is either a positive debit or a positive credit: {ln}")
    if not lines:
        return None
    debit = sum(ln.debit_fen for ln in lines)
    credit = sum(ln.credit_fen for ln in lines)
    if debit != credit:
        raise UnbalancedEntry(f"debits {debit} != credits {credit} for {source_type}:{source_id}")
    if await Period.filter(month=date.strftime("%Y-%m")).using_db(conn).exists():
        raise InvalidState(f"{date:%Y-%m} 已结账，不能再记账")
    entry = await JournalEntry.create(
        entry_no=f"JE{date:%Y%m%d}{uuid.uuid4().hex[:10].upper()}", date=date, memo=memo[:255],
        source_type=source_type, source_id=source_id, created_by_id=user_id, using_db=conn,
    )
    rows = [
        JournalLine(
            entry_id=entry.id, account_id=await account_id(ln.account, conn), debit_fen=ln.debit_fen,
            credit_fen=ln.credit_fen, date=date, sku_id=ln.sku_id, category_id=ln.category_id,
            location_id=ln.location_id, channel=ln.channel, partner=ln.partner, memo=ln.memo[:255],
        )
        for ln in lines
    ]
    await JournalLine.bulk_create(rows, using_db=conn)
    # the daily summaries, in the same transaction
    await summaries.add_lines(date, rows, conn, sku_accounts={
        row.account_id for row, ln in zip(rows, lines, strict=True) if ln.account in summaries.SKU_ACCOUNTS})
    return entry
