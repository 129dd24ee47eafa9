"""Property: every finance report read from the summaries (ledger_days, ledger_totals, ledger_sku_days,
ledger_sku_months) equals the same report computed from the journal lines, and ledger_totals equals the lines
summed per key, after any mix of counter sales, returns (restocked or written off), refunds before shipping and
stock adjustments, posted on random business days through the real services."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tortoise.transactions import in_transaction

from backend.catalog.models import Sku
from backend.finance import accounts, reports, summaries
from backend.finance.ledger import Line, post_entry
from backend.finance.models import (
    JournalEntry,
    JournalLine,
    LedgerDay,
    LedgerSkuDay,
    LedgerSkuMonth,
    LedgerTotal,
)
from backend.orders import fulfilment, payments, refunds, returns
from backend.orders.models import Order, OrderItem
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Location, Role
from backend.security.actor import load_staff_actor
from backend.stock import adjustments
from backend.timestamps import CHINA, business_today, clock_at
from tests.factories import make_location, make_sku, make_user, stock_in

START = business_today() - dt.timedelta(days=40)
_keys = itertools.count(1)

action = st.one_of(
    st.tuples(st.just("sale"), st.integers(0, 1), st.integers(0, 2), st.integers(1, 3), st.integers(0, 30)),
    st.tuples(st.just("return"), st.integers(0, 50), st.booleans(), st.integers(1, 5)),
    st.tuples(st.just("refund"), st.integers(0, 1), st.integers(0, 2), st.integers(1, 2), st.integers(0, 30)),
    st.tuples(st.just("adjust"), st.integers(0, 1), st.integers(0, 2), st.sampled_from([-1, 1, 2]),
              st.integers(0, 30)),
    # any other posting (settlements, supplier invoices, manual entries): random accounts and dimensions
    st.tuples(st.just("entry"), st.sampled_from(["1122", "2202", "6001", "6401", "1001", "1405"]),
              st.sampled_from(["1122", "2202", "6001", "1002", "4001"]), st.integers(1, 10**7), st.integers(0, 35),
              st.sampled_from([None, "taobao", "SUP-A", "SUP-B"]), st.sampled_from([None, "pos", "jd"]),
              st.integers(0, 2), st.booleans()),
)


async def _world() -> dict[str, Any]:
    if await Location.filter(code="PS-1").exists():
        stores = [await Location.get(code=c) for c in ("PS-1", "PS-2")]
        admin = await load_staff_actor(await make_user(Role.HQ_ADMIN))
        skus = [await Sku.get(code=f"PSKU{i}") for i in range(3)]
        return {"stores": stores, "admin": admin, "skus": skus}
    stores = [await make_location("PS-1"), await make_location("PS-2")]
    skus = [await make_sku(f"PSKU{i}", price_fen=price) for i, price in enumerate((12800, 5990, 31900))]
    with clock_at(dt.datetime.combine(START - dt.timedelta(days=1), dt.time(8), tzinfo=CHINA)):
        for loc in stores:
            for n, sku in enumerate(skus):
                await stock_in(sku, loc, 500, unit_cost_fen=3000 + 1000 * n)
    admin = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    return {"stores": stores, "admin": admin, "skus": skus}


def _moment(day: int) -> dt.datetime:
    return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(10), tzinfo=CHINA)


async def _sale(w: dict[str, Any], store: int, sku: int, qty: int, *, ship: bool) -> Order:
    admin = w["admin"]
    placed = await place_order(admin, OrderRequest(
        channel="pos", location_code=w["stores"][store].code, items=[LineIn(w["skus"][sku].code, qty)],
        idempotency_key=f"prop-{next(_keys)}"))
    async with in_transaction() as conn:
        order = await Order.get(id=placed.order_id).using_db(conn)
        await payments.record_payment(order, method="cash", amount_fen=order.total_fen, user=admin.user, conn=conn,
                                      external_ref=f"PROP-{order.order_no}")
        await order.refresh_from_db(using_db=conn)
        if ship:
            await fulfilment.ship(order, conn=conn, user=admin.user, carrier="门店自提")
            await fulfilment.complete(order, conn=conn, user=admin.user)
        else:
            await refunds.refund_order(order, conn=conn, user=admin.user, reason="顾客不要了")
    return order


async def _return(w: dict[str, Any], pick: int, restock: bool) -> None:
    done = await Order.filter(status="completed").order_by("id")
    if not done:
        return
    order = done[pick % len(done)]
    item = await OrderItem.filter(order_id=order.id).first()
    if item is None or item.qty - item.qty_returned < 1:
        return
    admin = w["admin"]
    async with in_transaction() as conn:
        rma = await returns.request_return(order, lines=[returns.ReturnLineIn(item.id, 1, restock)], conn=conn,
                                           reason="不合适", user=admin.user)
        await returns.approve_return(order, rma, conn=conn, user=admin.user)
        await returns.receive_return(order, rma, conn=conn, user=admin.user)
        await refunds.refund_order(order, conn=conn, rma=rma, user=admin.user, reason="退货退款")


async def _apply(w: dict[str, Any], act: tuple[Any, ...]) -> None:
    kind = act[0]
    if kind == "sale":
        _, store, sku, qty, day = act
        with clock_at(_moment(day)):
            await _sale(w, store, sku, qty, ship=True)
    elif kind == "refund":
        _, store, sku, qty, day = act
        with clock_at(_moment(day)):
            await _sale(w, store, sku, qty, ship=False)
    elif kind == "return":
        _, pick, restock, later = act
        with clock_at(_moment(30 + later)):
            await _return(w, pick, restock)
    elif kind == "entry":
        _, debit, credit, amount, day, partner, channel, store, with_sku = act
        dims: dict[str, Any] = {"partner": partner, "channel": channel,
                                "location_id": w["stores"][store].id if store < 2 else None}
        if with_sku:
            dims["sku_id"] = w["skus"][store].id
        async with in_transaction() as conn:
            await post_entry(date=START + dt.timedelta(days=day), memo="随机", source_type="prop",
                             source_id=f"prop-{next(_keys)}", conn=conn,
                             lines=[Line(debit, debit_fen=amount, **dims), Line(credit, credit_fen=amount, **dims)])
    else:
        _, store, sku, delta, day = act
        with clock_at(_moment(day)):
            await adjustments.adjust(w["admin"], location_code=w["stores"][store].code, sku_code=w["skus"][sku].code,
                                     qty_delta=delta, reason="damage" if delta < 0 else "found",
                                     unit_cost_fen=None if delta < 0 else 3500, note="抽查", via="test")


async def _all_reports(w: dict[str, Any], source: str) -> dict[str, Any]:
    end = business_today()
    first = START - dt.timedelta(days=2)
    one = frozenset({w["stores"][0].id})
    out: dict[str, Any] = {
        "tb": await reports.trial_balance(end, source=source),
        "bs": await reports.balance_sheet(end, source=source),
        "bs_mid": await reports.balance_sheet(START + dt.timedelta(days=15), source=source),
        "pl": await reports.profit_and_loss(first, end, source=source),
        "pl_store": await reports.profit_and_loss(START + dt.timedelta(days=5), end, location_ids=one,
                                                  source=source),
        "pl_channel": await reports.profit_and_loss(first, end, channel="pos", source=source),
        "trend": await reports.sales_trend(first, end, source=source),
        "trend_store": await reports.sales_trend(first, end, location_ids=one, source=source),
        "vat": await reports.vat_summary(first, end, source=source),
        "ar": await reports.ageing("receivable", end, source=source),
        "ap": await reports.ageing("payable", end, source=source),
        "sales_history": await reports.account_history(accounts.SALES, START + dt.timedelta(days=10), end,
                                                       source=source),
        "valuation": await reports.stock_valuation("sku", source=source),
        "valuation_category": await reports.stock_valuation("category", source=source),
    }
    month = START.replace(day=1)  # a whole month lies between it and business_today() (START is 40 days back)
    month_end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    for by in reports.GROUP_BY:
        out[f"margin_{by}"] = await reports.gross_margin(first, end, by, source=source)
        # whole months only, whole months then days, days then a whole month then days (ledger_sku_months)
        out[f"margin_{by}_month"] = await reports.gross_margin(month, month_end, by, source=source)
        out[f"margin_{by}_from_month"] = await reports.gross_margin(month, end, by, source=source)
        out[f"margin_{by}_wide"] = await reports.gross_margin(month - dt.timedelta(days=3), end, by, source=source)
        out[f"margin_{by}_store"] = await reports.gross_margin(START + dt.timedelta(days=3), end, by,
                                                               location_ids=one, source=source)
    return out


async def _totals() -> list[tuple[Any, ...]]:
    return sorted(await LedgerTotal.all().values_list("account_id", "location_id", "channel", "partner", "debit_fen",
                                                      "credit_fen"))


async def _assert_totals_equal_lines() -> None:
    """ledger_totals holds exactly the journal lines summed per (account, store, channel, partner)."""
    sums: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for acc, loc, channel, partner, d, c in await JournalLine.all().values_list(
            "account_id", "location_id", "channel", "partner", "debit_fen", "credit_fen"):
        slot = sums[(acc, loc or 0, channel or "", partner or "")]
        slot[0] += d
        slot[1] += c
    assert await _totals() == sorted((*k, d, c) for k, (d, c) in sums.items())


_settings = settings(max_examples=15, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@_settings
@given(actions=st.lists(action, min_size=1, max_size=8))
async def test_reports_from_summaries_equal_reports_from_lines(db: None, actions: list[tuple[Any, ...]]) -> None:
    # the db fixture runs once per test, so examples accumulate: the equality must hold for any accumulation
    w = await _world()
    for act in actions:
        await _apply(w, act)
    from_summaries = await _all_reports(w, "summary")
    from_lines = await _all_reports(w, "lines")
    assert from_summaries == from_lines
    assert from_lines["tb"]["balanced"] and from_lines["tb"]["total_debit_fen"] > 0
    await _assert_totals_equal_lines()


async def test_rebuild_recomputes_the_summaries_from_the_lines(db: None) -> None:
    w = await _world()
    for act in [("sale", 0, 0, 2, 3), ("sale", 1, 2, 1, 4), ("return", 0, True, 2), ("refund", 0, 1, 1, 5),
                ("adjust", 1, 1, -1, 6)]:
        await _apply(w, act)
    before = await _all_reports(w, "summary")
    assert before["pl"]["sales_fen"] > 0
    days = sorted(await LedgerDay.all().values_list("date", "account_id", "location_id", "channel", "partner",
                                                     "debit_fen", "credit_fen"))
    sku_days = sorted(await LedgerSkuDay.all().values_list("date", "account_id", "sku_id", "category_id",
                                                           "location_id", "channel", "debit_fen", "credit_fen"))
    sku_months = sorted(await LedgerSkuMonth.all().values_list("month", "account_id", "sku_id", "category_id",
                                                               "debit_fen", "credit_fen"))
    assert sku_months and all(m.day == 1 for m, *_ in sku_months)
    totals = await _totals()
    assert totals
    async with in_transaction() as conn:
        await summaries.rebuild(conn)
    assert await _totals() == totals
    assert sorted(await LedgerDay.all().values_list("date", "account_id", "location_id", "channel", "partner",
                                                    "debit_fen", "credit_fen")) == days
    assert sorted(await LedgerSkuDay.all().values_list("date", "account_id", "sku_id", "category_id",
                                                       "location_id", "channel", "debit_fen", "credit_fen")) == sku_days
    assert sorted(await LedgerSkuMonth.all().values_list("month", "account_id", "sku_id", "category_id",
                                                         "debit_fen", "credit_fen")) == sku_months
    assert await _all_reports(w, "summary") == before


async def test_remove_entry_takes_its_lines_out_of_every_summary(db: None) -> None:
    w = await _world()
    await _apply(w, ("sale", 0, 0, 2, 3))
    before = (await _all_reports(w, "summary"), await _totals())
    # an entry on a key no other line has (its totals row must go) and one on keys the sale also wrote
    entries = []
    for dims in ({"partner": "SUP-Z", "channel": "jd"}, {"location_id": w["stores"][0].id, "channel": "pos"}):
        async with in_transaction() as conn:
            entries.append(await post_entry(
                date=START + dt.timedelta(days=3), memo="导入", source_type="prop", source_id=f"prop-{next(_keys)}",
                conn=conn, lines=[Line(accounts.SALES, debit_fen=700, **dims), Line(accounts.BANK, credit_fen=700, **dims)]))
    await _assert_totals_equal_lines()
    assert await _totals() != before[1]
    for entry in entries:
        async with in_transaction() as conn:  # as an import's rollback undoes an entry
            await summaries.remove_entry(entry.id, conn)
            await JournalLine.filter(entry_id=entry.id).using_db(conn).delete()
            await JournalEntry.filter(id=entry.id).using_db(conn).delete()
    await _assert_totals_equal_lines()
    assert (await _all_reports(w, "summary"), await _totals()) == before
