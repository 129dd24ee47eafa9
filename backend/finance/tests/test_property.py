"""Property: whatever balanced entries are posted, the trial balance has debits == credits and the balance sheet
balances; an entry knocked out of balance by one fen is always refused."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tortoise.transactions import in_transaction

from backend.finance import accounts, reports
from backend.finance.ledger import Line, UnbalancedEntry, post_entry

CODES = [code for code, _, _ in accounts.CHART]
START = dt.date(2024, 1, 1)


@st.composite
def balanced_entry(draw: st.DrawFn) -> tuple[dt.date, list[Line]]:
    debits = draw(st.lists(st.tuples(st.sampled_from(CODES), st.integers(1, 10**11)), min_size=1, max_size=4))
    total = sum(a for _, a in debits)
    k = draw(st.integers(1, min(4, total)))
    cuts = sorted(draw(st.sets(st.integers(1, total - 1), min_size=k - 1, max_size=k - 1))) if k > 1 else []
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
    credit_codes = draw(st.lists(st.sampled_from(CODES), min_size=k, max_size=k))
    lines = [Line(c, debit_fen=a) for c, a in debits] + [Line(c, credit_fen=a) for c, a in zip(credit_codes, parts,
                                                                                                strict=True)]
    date = START + dt.timedelta(days=draw(st.integers(0, 120)))
    return date, draw(st.permutations(lines))


_settings = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@_settings
@given(entries=st.lists(balanced_entry(), min_size=1, max_size=5))
async def test_balanced_postings_keep_the_books_balanced(db: None, entries: list[tuple[dt.date, list[Line]]]) -> None:
    # the db fixture runs once per test, so examples accumulate; the invariants must hold for any accumulation
    end = START + dt.timedelta(days=120)
    before = await reports.trial_balance(end)
    async with in_transaction() as conn:
        for date, lines in entries:
            await post_entry(date=date, memo="随机", source_type="prop", source_id=uuid.uuid4().hex, lines=lines,
                             conn=conn)
    tb = await reports.trial_balance(end)
    assert tb["total_debit_fen"] == tb["total_credit_fen"]
    assert tb["total_balance_debit_fen"] == tb["total_balance_credit_fen"]
    posted = sum(ln.debit_fen for _, lines in entries for ln in lines)
    assert tb["total_debit_fen"] - before["total_debit_fen"] == posted
    for as_of in (START, START + dt.timedelta(days=60), end):
        bs = await reports.balance_sheet(as_of)  # raises LedgerOutOfBalance if the identity fails
        assert bs["total_assets_fen"] == bs["total_liabilities_fen"] + bs["total_equity_fen"]
    pnl = await reports.profit_and_loss(START, end)
    bs = await reports.balance_sheet(end)
    first_bs = await reports.balance_sheet(START - dt.timedelta(days=1))
    assert pnl["net_profit_fen"] == bs["current_profit_fen"] - first_bs["current_profit_fen"]


@_settings
@given(entry=balanced_entry(), which=st.integers(0, 7), delta=st.sampled_from([1, -1]))
async def test_an_entry_off_by_one_fen_is_refused(db: None, entry: tuple[dt.date, list[Line]], which: int,
                                                  delta: int) -> None:
    date, lines = entry
    i = which % len(lines)
    ln = lines[i]
    if ln.debit_fen:
        bad = Line(ln.account, debit_fen=ln.debit_fen + delta)
    else:
        bad = Line(ln.account, credit_fen=ln.credit_fen + delta)
    # (a 1-fen line taken down to zero is dropped, which unbalances the entry just the same)
    with pytest.raises(UnbalancedEntry):
        async with in_transaction() as conn:
            await post_entry(date=date, memo="随机", source_type="prop-bad", source_id=uuid.uuid4().hex,
                             lines=[*lines[:i], bad, *lines[i + 1:]], conn=conn)
