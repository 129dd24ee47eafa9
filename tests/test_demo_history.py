"""The demo's history: 90 days of trading replayed through the services under a controlled clock, so orders,
stock movements, ledger entries and member ledgers carry their business dates and agree with each other."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from backend.analytics.reports import sales_trend_forecast
from backend.catalog.models import Category, Sku
from backend.demo import load_demo
from backend.finance.models import JournalEntry
from backend.finance.reports import sales_trend, trial_balance
from backend.members.models import BalanceEntry, Member, PointsEntry
from backend.orders.models import Order, OrderItem
from backend.promotions.models import Promotion
from backend.purchasing.models import Receipt
from backend.staff.models import ClockRecord
from backend.stock.models import StockMovement, Stocktake
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import business_today, to_china

DAYS = 90


async def test_ninety_days_of_history_agree_with_the_books(db) -> None:
    today = business_today()
    lines = await load_demo("small", days=DAYS)
    assert any(ln.startswith(f"history: {DAYS} days") for ln in lines), lines

    # stock rows replay from their journal, the ledger balances entry by entry, valuation equals the ledger
    await check_invariants()
    assert (await trial_balance(today))["balanced"]

    # member ledgers: every member's points and stored value are the sums of their entries
    points: dict[int, int] = defaultdict(int)
    for mid, delta in await PointsEntry.all().values_list("member_id", "delta"):
        points[int(mid)] += int(delta)
    balance: dict[int, int] = defaultdict(int)
    for mid, delta in await BalanceEntry.all().values_list("member_id", "delta_fen"):
        balance[int(mid)] += int(delta)
    members = await Member.all()
    assert any(m.points for m in members)
    for m in members:
        assert (m.points, m.balance_fen) == (points[m.id], balance[m.id]), m.code

    # business dates: orders spread over the 90 days, each payment posted on the day its order was placed
    first = today - dt.timedelta(days=DAYS)
    placed = {o.order_no: to_china(o.placed_at).date() for o in await Order.all()}
    assert min(placed.values()) == first and max(placed.values()) == today
    assert len(set(placed.values())) == DAYS + 1
    payments = await JournalEntry.filter(source_type="order_payment").values_list("memo", "date")
    assert len(payments) > DAYS
    for memo, date in payments:
        assert placed[memo.split()[-1]] == date, memo
    moved = {to_china(t).date() for t in await StockMovement.all().values_list("created_at", flat=True)}
    assert min(moved) == first and len(moved) >= DAYS

    # weekly rhythm: weekends sell more orders per day than weekdays
    per_day: dict[dt.date, int] = defaultdict(int)
    for d in placed.values():
        if d < today:
            per_day[d] += 1
    weekend = [n for d, n in per_day.items() if d.weekday() >= 5]
    weekday = [n for d, n in per_day.items() if d.weekday() < 5]
    assert sum(weekend) / len(weekend) > sum(weekday) / len(weekday)

    # the sales trend of the last 90 days has sales on every day
    trend = await sales_trend(today - dt.timedelta(days=DAYS - 1), today)
    assert len(trend["days"]) == DAYS and all(d["sales_fen"] > 0 for d in trend["days"]), \
        [d["date"] for d in trend["days"] if d["sales_fen"] <= 0]

    # the rest of the chain's life: receipts, a past promotion, stocktakes, a written-off lot, attendance
    assert await Receipt.filter(created_at__lt=today - dt.timedelta(days=7)).count() >= 10
    assert await Promotion.filter(ends_at__lt=today - dt.timedelta(days=30)).count() == 1
    assert await Stocktake.filter(status="posted").count() == 2
    assert await JournalEntry.filter(source_type="stock_adjustment", date__lt=today).exists()
    assert await ClockRecord.filter(clocked_at__lt=today - dt.timedelta(days=60)).count() >= 20

    # the forecast of the best-selling formula SKU is a real one (Holt-Winters over the history, not zeros)
    formula = await Category.get(name="奶粉", parent_id=None)
    ids = await Sku.filter(product__category__parent_id=formula.id).values_list("id", flat=True)
    sold: dict[int, int] = defaultdict(int)
    for sku_id, qty in await OrderItem.filter(sku_id__in=list(ids)).values_list("sku_id", "qty"):
        sold[int(sku_id)] += int(qty)
    best = await Sku.get(id=max(sold, key=lambda k: sold[k]))
    fc = await sales_trend_forecast(best.code, today - dt.timedelta(days=DAYS - 1), today, 14, None)
    assert fc["method"] == "holt_winters_additive"
    assert fc["forecast_total_units"] > 0 and len({p["units"] for p in fc["forecast"]}) > 1
