"""Reports against a generated month, compared with hand computations from what the test itself posted."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from tortoise.transactions import in_transaction

from backend.errors import NotFound, ValidationError
from backend.finance import accounts, reports
from backend.finance.ledger import Line, post_entry
from backend.finance.tests.books import generate_month, split_vat


def bp(num: int, den: int) -> int:
    return int((Decimal(num) * 10000 / Decimal(den)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


async def test_profit_and_loss_equals_hand_computation(db: None) -> None:
    m = await generate_month()
    r = await reports.profit_and_loss(m.first, m.last)
    want = m.book.pnl(m.first, m.last)
    for k, v in want.items():
        assert r[k] == v, k
    assert r["sales_fen"] > 0 and r["other_income_fen"] == 5 * 875 and r["other_expenses_fen"] > 0
    assert r["gross_margin_bp"] == bp(want["gross_profit_fen"], want["sales_fen"])
    assert r["total_revenue_fen"] == want["sales_fen"] + want["other_income_fen"]
    assert [x["code"] for x in r["other_income"]] == [accounts.INVENTORY_GAIN]
    assert [x["code"] for x in r["other_expenses"]] == [accounts.INVENTORY_LOSS]  # untouched accounts left out
    # the day before and after the month are not in the month
    wide = await reports.profit_and_loss(m.first - dt.timedelta(days=1), m.last + dt.timedelta(days=1))
    assert wide["sales_fen"] == sum(s.net for s in m.book.sales) > r["sales_fen"]


async def test_profit_and_loss_by_location_and_channel(db: None) -> None:
    m = await generate_month(seed=11)
    for locs in ({m.store_a.id}, {m.store_b.id}, {m.warehouse.id}, {m.store_a.id, m.store_b.id}, set()):
        r = await reports.profit_and_loss(m.first, m.last, location_ids=frozenset(locs))
        want = m.book.pnl(m.first, m.last, locs)
        assert {k: r[k] for k in want} == want, locs
    for channel in ("pos", "miniprogram", "taobao", "jd"):
        r = await reports.profit_and_loss(m.first, m.last, channel=channel)
        want = m.book.pnl(m.first, m.last, channel=channel)
        assert {k: r[k] for k in want} == want, channel
    r = await reports.profit_and_loss(m.first, m.last, location_ids=frozenset({m.warehouse.id}), channel="taobao")
    assert r["sales_fen"] == sum(s.net for s in m.book.sales_in(m.first, m.last, {m.warehouse.id}, "taobao"))


@pytest.mark.parametrize("by", ["sku", "category", "location", "channel"])
async def test_gross_margin_by_each_dimension(db: None, by: str) -> None:
    m = await generate_month(seed=3)
    r = await reports.gross_margin(m.first, m.last, by)
    want = m.book.margin(m.first, m.last, by)
    got = {x["key"]: (x["revenue_fen"], x["cogs_fen"]) for x in r["items"]}
    assert got == want
    profits = [x["gross_profit_fen"] for x in r["items"]]
    assert profits == sorted(profits, reverse=True)
    for x in r["items"]:
        assert isinstance(x["margin_bp"], int)
        assert x["margin_bp"] == bp(x["gross_profit_fen"], x["revenue_fen"])
        assert Decimal(x["margin_pct"]) == (Decimal(x["gross_profit_fen"]) * 100 / x["revenue_fen"]).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP)
        assert x["name"]
    assert r["total"]["revenue_fen"] == sum(v[0] for v in want.values())
    assert r["total"]["cogs_fen"] == sum(v[1] for v in want.values())
    labels = {x["key"]: x["name"] for x in r["items"]}
    if by == "sku":
        assert {x["code"] for x in r["items"]} <= {"MILK1", "MILK2", "DIAP1", "WIPE1"}
    if by == "category":
        assert set(labels.values()) <= {"奶粉", "纸尿裤", "湿巾"}
    if by == "channel":
        assert labels.get("pos") == "门店收银"
    if by == "location":
        assert labels[m.store_a.id] == m.store_a.name


async def test_gross_margin_scoped_and_unassigned(db: None) -> None:
    m = await generate_month(seed=5)
    r = await reports.gross_margin(m.first, m.last, "sku", location_ids=frozenset({m.store_b.id}))
    want: dict[int, tuple[int, int]] = {}
    for s in m.book.sales_in(m.first, m.last, {m.store_b.id}):
        a, b = want.get(s.sku_id, (0, 0))
        want[s.sku_id] = (a + s.net, b + s.cost)
    assert {x["key"]: (x["revenue_fen"], x["cogs_fen"]) for x in r["items"]} == want
    # revenue with no SKU (e.g. a service fee) lands in one "未分配" group; category falls back to the product's
    async with in_transaction() as conn:
        await post_entry(date=m.first, memo="服务费", source_type="t", source_id="fee", conn=conn, lines=[
            Line(accounts.CASH, debit_fen=1130), Line(accounts.SALES, credit_fen=1000, location_id=m.store_a.id),
            Line(accounts.OUTPUT_VAT, credit_fen=130)])
        await post_entry(date=m.first, memo="无品类维度", source_type="t", source_id="nocat", conn=conn, lines=[
            Line(accounts.CASH, debit_fen=500), Line(accounts.SALES, credit_fen=500, sku_id=m.skus[2].id)])
    r = await reports.gross_margin(m.first, m.last, "sku")
    un = [x for x in r["items"] if x["key"] is None]
    assert len(un) == 1 and un[0]["name"] == "未分配" and un[0]["revenue_fen"] == 1000
    assert un[0]["margin_bp"] == 10000
    r = await reports.gross_margin(m.first, m.last, "category")
    diapers = next(x for x in r["items"] if x["name"] == "纸尿裤")
    assert diapers["revenue_fen"] == m.book.margin(m.first, m.last, "category")[m.book.categories[m.skus[2].id]][0] + 500
    with pytest.raises(ValidationError):
        await reports.gross_margin(m.first, m.last, "brand")


async def test_balance_sheet_balances_and_matches_the_books(db: None) -> None:
    m = await generate_month(seed=9)
    for as_of in (m.first - dt.timedelta(days=1), m.first + dt.timedelta(days=14), m.last + dt.timedelta(days=5)):
        r = await reports.balance_sheet(as_of)
        assert r["balanced"] and r["total_assets_fen"] == r["total_liabilities_and_equity_fen"]
        sales = [s for s in m.book.sales if s.date <= as_of]
        purchases = [p for p in m.book.purchases if p.date <= as_of]
        var = [v for v in m.book.variances if v.date <= as_of]
        profit = sum(s.net - s.cost for s in sales) + sum(v.value for v in var)
        assert r["current_profit_fen"] == profit
        inventory = sum(p.net for p in purchases) - sum(s.cost for s in sales) + sum(v.value for v in var)
        assets = {x["code"]: x["balance_fen"] for x in r["assets"]}
        assert assets[accounts.INVENTORY] == inventory
        assert assets[accounts.CASH] + assets[accounts.BANK] == sum(s.net + s.vat for s in sales)
        liab = {x["code"]: x["balance_fen"] for x in r["liabilities"]}
        assert liab[accounts.PAYABLE] == sum(p.net + p.vat for p in purchases)
        assert liab[accounts.OUTPUT_VAT] == sum(s.vat for s in sales)
    # inventory in the ledger equals the valuation table (the costing invariant)
    from backend.finance.models import InventoryValuation

    total_value = sum(v.value_fen for v in await InventoryValuation.all())
    assert assets[accounts.INVENTORY] == total_value


async def test_trial_balance(db: None) -> None:
    m = await generate_month(seed=2)
    r = await reports.trial_balance(m.last)
    assert r["balanced"] and r["total_debit_fen"] == r["total_credit_fen"] > 0
    assert r["total_balance_debit_fen"] == r["total_balance_credit_fen"]
    rows = {x["code"]: x for x in r["rows"]}
    assert set(rows) == {c for c, _, _ in accounts.CHART}
    assert rows[accounts.SALES]["normal_side"] == "credit" and rows[accounts.CASH]["normal_side"] == "debit"
    sales = [s for s in m.book.sales if s.date <= m.last]
    assert rows[accounts.SALES]["balance_fen"] == sum(s.net for s in sales)
    assert rows[accounts.COGS]["balance_fen"] == sum(s.cost for s in sales)
    assert rows[accounts.COGS]["debit_fen"] == sum(s.cost for s in sales) and rows[accounts.COGS]["credit_fen"] == 0
    empty = await reports.trial_balance(dt.date(2000, 1, 1))
    assert empty["total_debit_fen"] == 0 and all(x["balance_fen"] == 0 for x in empty["rows"])


async def test_vat_summary(db: None) -> None:
    m = await generate_month(seed=4)
    r = await reports.vat_summary(m.first, m.last)
    out_vat, in_vat = m.book.vat(m.first, m.last)
    assert (r["output_vat_fen"], r["input_vat_fen"], r["payable_fen"]) == (out_vat, in_vat, out_vat - in_vat)
    assert [x["month"] for x in r["months"]] == [m.first.strftime("%Y-%m")]
    # two months: the day before the month is its own row, and the purchase before it makes VAT credit (留抵)
    r2 = await reports.vat_summary(m.first - dt.timedelta(days=1), m.last)
    assert [x["month"] for x in r2["months"]] == ["2024-02", "2024-03"]
    feb = r2["months"][0]
    o, i = m.book.vat(m.first - dt.timedelta(days=1), m.first - dt.timedelta(days=1))
    assert (feb["output_vat_fen"], feb["input_vat_fen"], feb["payable_fen"]) == (o, i, o - i)
    assert feb["payable_fen"] < 0
    assert r2["payable_fen"] == sum(x["payable_fen"] for x in r2["months"])
    assert split_vat(11300, 1300) == (10000, 1300)
    assert split_vat(1, 1300) == (1, 0)


async def test_journal_browse_and_account_history(db: None) -> None:
    m = await generate_month(seed=6)
    page1 = await reports.journal(reports.JournalQuery(m.first, m.last, page=1, page_size=10))
    in_month = len(m.book.sales_in(m.first, m.last)) + 2 + 2  # sales, second purchases, loss and gain
    assert page1["total"] == in_month and len(page1["items"]) == 10
    dates = [e["date"] for e in page1["items"]]
    assert dates == sorted(dates, reverse=True)
    for e in page1["items"]:
        assert sum(ln["debit_fen"] for ln in e["lines"]) == sum(ln["credit_fen"] for ln in e["lines"])
    last_page = await reports.journal(reports.JournalQuery(m.first, m.last, page=(in_month + 9) // 10, page_size=10))
    assert len(last_page["items"]) == in_month - 10 * ((in_month + 9) // 10 - 1)
    sales = await reports.journal(reports.JournalQuery(m.first, m.last, source_type="test_sale", page_size=200))
    assert sales["total"] == len(m.book.sales_in(m.first, m.last))
    loss = await reports.journal(reports.JournalQuery(m.first, m.last, account_code=accounts.INVENTORY_LOSS))
    assert loss["total"] == 1 and loss["items"][0]["source_type"] == "test_variance"
    with pytest.raises(NotFound):
        await reports.journal(reports.JournalQuery(m.first, m.last, account_code="9999"))

    h = await reports.account_history(accounts.SALES, m.first, m.last)
    before = sum(s.net for s in m.book.sales if s.date < m.first)
    assert h["opening_balance_fen"] == before
    assert h["closing_balance_fen"] == before + sum(s.net for s in m.book.sales_in(m.first, m.last))
    running = before
    for d in h["days"]:
        running += d["credit_fen"] - d["debit_fen"]
        assert d["balance_fen"] == running
    assert [d["date"] for d in h["days"]] == sorted({s.date.isoformat() for s in m.book.sales_in(m.first, m.last)})
    with pytest.raises(NotFound):
        await reports.account_history("0000", m.first, m.last)


async def test_reports_refuse_reversed_ranges(db: None) -> None:
    d = dt.date(2024, 3, 5)
    for call in (reports.profit_and_loss(d, d - dt.timedelta(days=1)),
                 reports.vat_summary(d, d - dt.timedelta(days=1)),
                 reports.gross_margin(d, d - dt.timedelta(days=1), "sku")):
        with pytest.raises(ValidationError):
            await call


def test_ratios_are_exact() -> None:
    assert reports.ratio_bp(1, 3) == 3333 and reports.ratio_pct(1, 3) == "33.33"
    assert reports.ratio_bp(2, 3) == 6667 and reports.ratio_pct(2, 3) == "66.67"
    assert reports.ratio_bp(-1, 8) == -1250 and reports.ratio_bp(5, 0) is None and reports.ratio_pct(5, 0) is None
