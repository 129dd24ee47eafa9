"""Offline counter sales (POST /api/v1/pos/offline-sales): accepted after the stock was sold elsewhere, posted on
their own day (or the next open month), a stock discrepancy for the store manager, each recorded once however
often and however concurrently the till sends it."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from backend.audit.models import AuditLog
from backend.finance.models import JournalEntry, Period
from backend.messaging.models import StaffNotification
from backend.orders.models import OfflineSale, Order, OrderStatus
from backend.org.models import Location, LocationKind, Role, User
from backend.stock.models import AdjustmentReason, DiscrepancyStatus, Stock, StockAdjustment, StockDiscrepancy
from backend.timestamps import CHINA, business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import check_invariants, place, stock_of

URL = "/api/v1/pos/offline-sales"


async def _shop(qty: int = 2) -> dict[str, Any]:
    store = await make_location("ST1")
    sku = await make_sku("A1", price_fen=1000)
    await stock_in(sku, store, qty)
    await stock_in(sku, await make_location("WH1", kind=LocationKind.WAREHOUSE), 10)  # the chain's average cost
    clerk = await make_user(Role.CLERK, locations=[store])
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    await User.filter(id=manager.id).update(wecom_userid="mgr1")
    return {"store": store, "sku": sku, "clerk": clerk, "manager": manager, "h": auth(clerk),
            "mh": auth(manager)}


def _sale(key: str, at: dt.datetime, qty: int = 2, price: int = 1000, method: str = "cash",
          location: str = "ST1") -> dict[str, Any]:
    return {"key": key, "occurred_at": at.isoformat(), "location_code": location,
            "items": [{"sku_code": "A1", "qty": qty, "unit_price_fen": price}],
            "payments": [{"method": method, "amount_fen": qty * price}]}


def _yesterday_at(hour: int = 10) -> dt.datetime:
    day = business_today() - dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=CHINA)


async def _sync(client: Any, headers: dict[str, str], sales: list[dict[str, Any]]) -> Any:
    _, resp = await client.post(URL, json={"sales": sales}, headers=headers)
    return resp


async def _entries(order_no: str) -> list[JournalEntry]:
    return [e for e in await JournalEntry.all() if order_no in e.memo]


async def test_offline_sale_after_the_same_units_sold_online_is_accepted_on_its_day_with_a_discrepancy(client):
    s = await _shop(qty=2)
    at = _yesterday_at()
    # Meanwhile (the till was offline) the same two units went in an online counter sale at another till.
    online = await place(client, s["h"], [("A1", 2)], channel="pos", location_code="ST1", key="till2-1",
                         payments=[{"method": "cash", "amount_fen": 2000}])
    assert online.status == 201
    assert await stock_of(s["sku"].id, s["store"].id) == (0, 0)

    resp = await _sync(client, s["h"], [_sale("till1-0001", at)])
    assert resp.status == 200, resp.json
    result = resp.json["results"][0]
    assert result["status"] == "recorded"
    assert result["discrepancies"] == [{"id": result["discrepancies"][0]["id"], "sku_code": "A1", "qty_sold": 2,
                                        "qty_available": 0, "qty_short": 2}]
    order = await Order.get(order_no=result["order"]["order_no"])
    assert order.status == OrderStatus.COMPLETED and order.total_fen == 2000
    assert order.placed_at == at
    # Stock rows never negative; the shortfall was bridged and explained.
    assert all(r.on_hand >= 0 and r.reserved >= 0 for r in await Stock.all())
    assert await stock_of(s["sku"].id, s["store"].id) == (0, 0)
    bridge = await StockAdjustment.get(reason=AdjustmentReason.OFFLINE_SALE)
    assert bridge.qty_delta == 2 and bridge.ref_id == "till1-0001"
    # Every ledger entry of the sale is on the day it happened.
    entries = await _entries(order.order_no)
    assert {e.source_type for e in entries} == {"order_payment", "order_shipment"}
    assert {e.date for e in entries} == {at.date()}
    assert all("离线销售" in e.memo for e in entries)
    adjustment_entry = await JournalEntry.get(source_id=bridge.adjustment_no)
    assert adjustment_entry.date == at.date()
    # A visible discrepancy for the store manager, and a WeCom notice.
    d = await StockDiscrepancy.get()
    assert (d.qty_short, d.order_no, d.status) == (2, order.order_no, DiscrepancyStatus.OPEN)
    note = await StaffNotification.get(kind="stock_discrepancy")
    assert note.user_ids == ["mgr1"] and "缺 2 件" in note.payload["content"]
    _, listing = await client.get("/admin/api/v1/stock/discrepancies?status=open", headers=s["mh"])
    assert listing.status == 200 and listing.json["open"] == 1
    assert listing.json["items"][0]["order_no"] == order.order_no
    assert await AuditLog.filter(action="pos.offline_sale", entity_id=str(order.id)).exists()
    await check_invariants()

    _, done = await client.post(f"/admin/api/v1/stock/discrepancies/{d.id}/resolve",
                                json={"note": "已盘点，货架实存 0"}, headers=s["mh"])
    assert done.status == 200 and done.json["status"] == "resolved"
    assert await AuditLog.filter(action="stock.discrepancy_resolve").exists()
    _, again = await client.post(f"/admin/api/v1/stock/discrepancies/{d.id}/resolve",
                                 json={"note": "再次"}, headers=s["mh"])
    assert again.status == 409


async def test_partly_covered_sale_consumes_what_is_there_and_reports_the_rest(client):
    s = await _shop(qty=3)
    resp = await _sync(client, s["h"], [_sale("till1-0002", _yesterday_at(), qty=5)])
    result = resp.json["results"][0]
    assert result["status"] == "recorded"
    assert result["discrepancies"][0]["qty_available"] == 3 and result["discrepancies"][0]["qty_short"] == 2
    assert await stock_of(s["sku"].id, s["store"].id) == (0, 0)
    await check_invariants()


async def test_enough_stock_means_no_discrepancy(client):
    s = await _shop(qty=5)
    resp = await _sync(client, s["h"], [_sale("till1-0003", _yesterday_at(), qty=2)])
    assert resp.json["results"][0]["discrepancies"] == []
    assert await stock_of(s["sku"].id, s["store"].id) == (3, 0)
    assert not await StockDiscrepancy.exists()
    assert not await StaffNotification.filter(kind="stock_discrepancy").exists()


async def test_the_same_batch_three_times_and_concurrently_records_each_sale_once(client):
    s = await _shop(qty=3)
    at = _yesterday_at()
    batch = [_sale(f"till1-10{n}", at + dt.timedelta(minutes=n), qty=1) for n in range(4)]
    first = await _sync(client, s["h"], batch)
    assert [r["status"] for r in first.json["results"]] == ["recorded"] * 4
    for _ in range(2):
        again = await _sync(client, s["h"], batch)
        assert [r["status"] for r in again.json["results"]] == ["duplicate"] * 4
        assert [r["order"] for r in again.json["results"]] == [r["order"] for r in first.json["results"]]
    assert await Order.all().count() == 4 and await OfflineSale.all().count() == 4
    # The fourth unit was not there: one discrepancy of one unit, however often the batch came.
    assert [d.qty_short for d in await StockDiscrepancy.all()] == [1]

    fresh = [_sale(f"till1-20{n}", at + dt.timedelta(minutes=10 + n), qty=1) for n in range(3)]
    answers = await asyncio.gather(*[_sync(client, s["h"], fresh) for _ in range(3)])
    assert all(a.status == 200 for a in answers)
    statuses = [a.json["results"][n]["status"] for a in answers for n in range(3)]
    assert statuses.count("recorded") == 3 and statuses.count("duplicate") == 6
    assert await Order.all().count() == 7 and await OfflineSale.all().count() == 7
    assert sum(d.qty_short for d in await StockDiscrepancy.all()) == 4
    assert all(r.on_hand >= 0 for r in await Stock.all())
    await check_invariants()


async def test_a_sale_in_a_closed_month_posts_in_the_next_open_one_with_a_note(client):
    s = await _shop(qty=5)
    first_of_month = business_today().replace(day=1)
    last_month_day = first_of_month - dt.timedelta(days=3)
    at = dt.datetime(last_month_day.year, last_month_day.month, last_month_day.day, 15, 30, tzinfo=CHINA)
    await Period.create(month=last_month_day.strftime("%Y-%m"))
    resp = await _sync(client, s["h"], [_sale("till1-0400", at, qty=1)])
    result = resp.json["results"][0]
    assert result["status"] == "recorded", result
    assert result["ledger_date"] == first_of_month.isoformat()
    assert "已结账" in result["ledger_note"]
    order = await Order.get(order_no=result["order"]["order_no"])
    assert order.placed_at == at  # the sale keeps its own time
    entries = await _entries(order.order_no)
    assert entries and {e.date for e in entries} == {first_of_month}
    assert all("已结账" in e.memo and last_month_day.isoformat() in e.memo for e in entries)
    assert (await OfflineSale.get(key="till1-0400")).ledger_date == first_of_month


async def test_a_sale_that_reached_the_server_before_is_not_recorded_again(client):
    s = await _shop(qty=5)
    online = await place(client, s["h"], [("A1", 1)], channel="pos", location_code="ST1", key="till1-0500",
                         payments=[{"method": "cash", "amount_fen": 1000}])
    assert online.status == 201
    resp = await _sync(client, s["h"], [_sale("till1-0500", _yesterday_at(), qty=1)])
    result = resp.json["results"][0]
    assert result["status"] == "duplicate" and result["order"]["id"] == online.json["order"]["id"]
    assert await Order.all().count() == 1
    assert await stock_of(s["sku"].id, s["store"].id) == (4, 0)


async def test_refusals_are_per_sale_and_write_nothing(client):
    s = await _shop(qty=5)
    other = await make_location("ST2")
    at = _yesterday_at()
    code_sale = _sale("k-code", at, qty=1, method="wechat")
    wrong_sum = _sale("k-sum", at, qty=1)
    wrong_sum["payments"][0]["amount_fen"] = 1001
    future = _sale("k-future", dt.datetime.now(CHINA) + dt.timedelta(hours=2), qty=1)
    not_mine = _sale("k-other", at, qty=1, location=other.code)
    good = _sale("k-good", at, qty=1)
    resp = await _sync(client, s["h"], [code_sale, wrong_sum, future, not_mine, good])
    assert resp.status == 200
    results = {r["key"]: r for r in resp.json["results"]}
    assert "付款码" in results["k-code"]["error"]["message"]
    assert results["k-sum"]["error"]["code"] == "validation_error"
    assert "时钟" in results["k-future"]["error"]["message"]
    assert results["k-other"]["error"]["code"] == "forbidden"
    assert results["k-good"]["status"] == "recorded"
    assert resp.json["failed"] == 4 and resp.json["recorded"] == 1
    assert await Order.all().count() == 1 and await OfflineSale.all().count() == 1
    # The same key with another body is a conflict, not a second sale.
    changed = _sale("k-good", at, qty=2)
    conflict = (await _sync(client, s["h"], [changed])).json["results"][0]
    assert conflict["status"] == "error" and conflict["error"]["code"] == "conflict"
    assert await Order.all().count() == 1


async def test_roles_and_scope(client):
    s = await _shop(qty=5)
    buyer = await make_user(Role.PURCHASER)
    resp = await _sync(client, auth(buyer), [_sale("k-buyer", _yesterday_at(), qty=1)])
    assert resp.status == 403
    other_store = await make_location("ST3")
    other_manager = await make_user(Role.STORE_MANAGER, locations=[other_store])
    await _sync(client, s["h"], [_sale("k-short", _yesterday_at(), qty=9)])
    d = await StockDiscrepancy.get()
    _, listing = await client.get("/admin/api/v1/stock/discrepancies", headers=auth(other_manager))
    assert listing.status == 200 and listing.json["total"] == 0
    _, refused = await client.post(f"/admin/api/v1/stock/discrepancies/{d.id}/resolve", json={"note": "x"},
                                   headers=auth(other_manager))
    assert refused.status == 403
    assert (await Location.get(code="ST1")).id == d.location_id


async def test_stored_value_offline_is_checked_against_the_moment_of_the_sale(client):
    from backend.members import paycode
    from backend.members.models import Member, MemberPayCode

    from .helpers import make_member

    s = await _shop(qty=10)
    member = await make_member(balance_fen=5000)
    t0 = dt.datetime.now(dt.UTC)
    first = (await paycode.issue(member, now=t0))["code"]
    # The member's page asked for a new code 30 s later: the first one stopped working then, but is kept.
    second = (await paycode.issue(member, now=t0 + dt.timedelta(seconds=30)))["code"]

    def balance_sale(key: str, at: dt.datetime, code: str, qty: int = 2) -> dict[str, Any]:
        sale = _sale(key, at.astimezone(CHINA), qty=qty)
        sale["payments"] = [{"method": "balance", "amount_fen": qty * 1000, "auth_code": code}]
        return sale

    ok = balance_sale("sv-1", t0 + dt.timedelta(seconds=10), first)  # scanned while the first code was live
    resp = await _sync(client, s["h"], [ok])
    result = resp.json["results"][0]
    assert result["status"] == "recorded", result
    order = await Order.get(order_no=result["order"]["order_no"])
    assert order.member_id == member.id and order.status == OrderStatus.COMPLETED
    assert (await Member.get(id=member.id)).balance_fen == 3000
    assert (await MemberPayCode.get(order_id=order.id)).used_at is not None
    for _ in range(2):  # resent: the balance is spent once
        again = (await _sync(client, s["h"], [ok])).json["results"][0]
        assert again["status"] == "duplicate"
    assert (await Member.get(id=member.id)).balance_fen == 3000

    late = balance_sale("sv-2", t0 + dt.timedelta(seconds=45), first)  # after the code was replaced
    used = balance_sale("sv-3", t0 + dt.timedelta(seconds=40), first)  # the same code twice
    short = balance_sale("sv-4", t0 + dt.timedelta(seconds=40), second, qty=4)  # more than is left
    results = (await _sync(client, s["h"], [late, used, short])).json["results"]
    assert [r["status"] for r in results] == ["error", "error", "error"]
    assert results[0]["error"]["code"] == "member_code_invalid"
    assert results[1]["error"]["code"] == "member_code_invalid"
    assert (await Member.get(id=member.id)).balance_fen == 3000
    assert await Order.filter(member_id=member.id).count() == 1
    assert await AuditLog.filter(action="stored_value.spend_refused").count() >= 2
    fits = balance_sale("sv-5", t0 + dt.timedelta(seconds=40), second, qty=3)
    assert (await _sync(client, s["h"], [fits])).json["results"][0]["status"] == "recorded"
    assert (await Member.get(id=member.id)).balance_fen == 0
    await check_invariants()
