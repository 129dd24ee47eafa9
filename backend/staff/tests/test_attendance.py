"""Clock in/out (dedupe, location range), lateness and absence in the monthly report, commissions, routes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from backend.audit.models import AuditLog
from backend.errors import Conflict, ValidationError
from backend.orders.models import Order, OrderStatus
from backend.org.models import Channel, Role
from backend.security.actor import load_staff_actor
from backend.staff import attendance
from backend.staff.attendance import clock, monthly_report
from backend.staff.models import ClockRecord
from backend.staff.performance import commissions, today_sales
from backend.staff.shifts import NewShift, add_shift, set_profile
from backend.timestamps import CHINA
from tests.factories import auth, make_location, make_user

STORE_LAT, STORE_LNG = 31.188250, 121.437230


async def _store_and_clerk():  # type: ignore[no-untyped-def]
    store = await make_location("ST-A")
    store.lat, store.lng = Decimal("31.188250"), Decimal("121.437230")
    await store.save()
    clerk = await make_user(Role.CLERK, "clerk_a", [store])
    manager = await make_user(Role.STORE_MANAGER, "manager_a", [store])
    return store, clerk, manager


async def test_clock_in_twice_in_a_minute_records_once(db: None, client) -> None:  # type: ignore[no-untyped-def]
    store, clerk, _ = await _store_and_clerk()
    body = {"kind": "in", "lat": STORE_LAT + 0.0003, "lng": STORE_LNG}  # ~33 m north
    _, first = await client.post("/api/v1/attendance/clock", json=body, headers=auth(clerk))
    _, second = await client.post("/api/v1/attendance/clock", json=body, headers=auth(clerk))
    assert first.status == 201 and second.status == 200
    assert first.json["id"] == second.json["id"] and second.json["duplicate"] is True
    assert first.json["location_code"] == "ST-A" and first.json["within_range"] is True
    assert 30 <= first.json["distance_m"] <= 36
    assert await ClockRecord.filter(user_id=clerk.id).count() == 1
    assert await AuditLog.filter(action="attendance.clock_in").count() == 1
    # a minute later is a new record; clocking out is its own kind
    later = attendance.local_now() + dt.timedelta(seconds=61)
    r = await clock(clerk, "in", lat=STORE_LAT, lng=STORE_LNG, now=later)
    assert not r.duplicate
    out = await clock(clerk, "out", source="wecom")  # chat: no position, the clerk's store
    assert out.location and out.location.code == "ST-A" and out.record.distance_m is None


async def test_clock_too_far_refused_nothing_written(db: None, client) -> None:  # type: ignore[no-untyped-def]
    _, clerk, _ = await _store_and_clerk()
    _, r = await client.post("/api/v1/attendance/clock", json={"kind": "in", "lat": 31.23, "lng": 121.47},
                             headers=auth(clerk))
    assert r.status == 400 and r.json["error"]["code"] == "out_of_range" and "超出打卡范围" in r.json["error"]["message"]
    assert not await ClockRecord.exists()
    _, r = await client.post("/api/v1/attendance/clock", json={"kind": "sideways"}, headers=auth(clerk))
    assert r.status == 400


async def test_twenty_minutes_late_shows_late_and_missing_shift_absent(db: None, client) -> None:  # type: ignore[no-untyped-def]
    store, clerk, manager = await _store_and_clerk()
    mgr = await load_staff_actor(manager)
    day1, day2 = dt.date(2026, 11, 2), dt.date(2026, 11, 3)
    for d in (day1, day2):
        await add_shift(NewShift(username="clerk_a", location_code="ST-A", date=d, start=dt.time(9), end=dt.time(18)),
                        actor=mgr)
    with pytest.raises(Conflict):  # overlapping shift
        await add_shift(NewShift(username="clerk_a", location_code="ST-A", date=day1, start=dt.time(12),
                                end=dt.time(20)), actor=mgr)
    await clock(clerk, "in", lat=STORE_LAT, lng=STORE_LNG, now=dt.datetime(2026, 11, 2, 9, 20, tzinfo=CHINA))
    await clock(clerk, "out", lat=STORE_LAT, lng=STORE_LNG, now=dt.datetime(2026, 11, 2, 18, 1, tzinfo=CHINA))
    rep = await monthly_report("2026-11", now=dt.datetime(2026, 11, 30, 12, tzinfo=CHINA))
    (p,) = rep["items"]
    assert (p["username"], p["shifts"], p["attended"], p["late"], p["late_minutes"], p["absent"]) == \
        ("clerk_a", 2, 1, 1, 20, 1)
    assert [d["status"] for d in p["days"]] == ["late", "absent"]
    assert p["worked_minutes"] == 8 * 60 + 40
    _, r = await client.get("/api/v1/attendance/report?month=2026-11", headers=auth(manager))
    assert r.status == 200 and r.json["items"][0]["late"] == 1
    _, r = await client.get("/api/v1/attendance/report?month=2026-11", headers=auth(clerk))
    assert r.status == 403
    other = await make_location("ST-B")
    _, r = await client.get("/api/v1/attendance/report?month=2026-11&location_code=ST-B", headers=auth(manager))
    assert r.status == 403 and other.id


async def test_commission_per_clerk_and_today_sales(db: None) -> None:
    store, clerk, manager = await _store_and_clerk()
    hq = await make_user(Role.HQ_ADMIN)
    now = attendance.local_now()
    for i, (total, refunded, status) in enumerate([(10000, 0, OrderStatus.COMPLETED), (5000, 1000, OrderStatus.PAID),
                                                   (7000, 0, OrderStatus.CANCELLED)]):
        await Order.create(order_no=f"SO{i}", channel=Channel.POS, location=store, created_by=clerk, seller=clerk, total_fen=total,
                           refunded_fen=refunded, status=status)
    month = now.strftime("%Y-%m")
    rep = await commissions(month)
    assert rep["items"] == [{"username": "clerk_a", "display_name": clerk.display_name, "orders": 2,
                             "sales_fen": 14000, "rate_bp": 100, "commission_fen": 140}]
    await set_profile("clerk_a", {"commission_rate_bp": 250}, actor=await load_staff_actor(hq))
    assert (await commissions(month))["items"][0]["commission_fen"] == 350
    sales = await today_sales([store.id])
    assert (sales["orders"], sales["sales_fen"]) == (2, 14000)
    with pytest.raises(ValidationError):
        await commissions("2026/11")


async def test_clock_without_position_at_geofenced_store_waits_for_manager(db: None, client) -> None:  # type: ignore[no-untyped-def]
    from bots.commands import ClockIn as BotClockIn
    from bots.dispatch import handle_command

    store, clerk, manager = await _store_and_clerk()
    other_store = await make_location("ST-B")
    other_manager = await make_user(Role.STORE_MANAGER, "manager_b", [other_store])
    mgr = await load_staff_actor(manager)
    day = attendance.local_now().date() - dt.timedelta(days=1)
    await add_shift(NewShift(username="clerk_a", location_code="ST-A", date=day, start=dt.time(9), end=dt.time(18)),
                    actor=mgr)
    # The app without coordinates: recorded, not trusted.
    r = await clock(clerk, "in", now=dt.datetime.combine(day, dt.time(8, 55), CHINA))
    assert r.record.unverified and r.record.within_range is None and r.location and r.location.code == "ST-A"
    rep = await monthly_report(day.strftime("%Y-%m"))
    (p,) = rep["items"]
    assert (p["attended"], p["absent"], p["unverified"]) == (0, 0, 1) and p["days"][0]["status"] == "unverified"
    # The bot's "上班打卡" follows the same rule and says so.
    reply = await handle_command(clerk, BotClockIn())
    assert reply.text and "需店长确认" in reply.text
    assert (await ClockRecord.filter(user_id=clerk.id).order_by("-id").first()).unverified  # type: ignore[union-attr]

    _, listed = await client.get("/api/v1/attendance/unverified", headers=auth(manager))
    assert listed.status == 200 and len(listed.json["items"]) == 2
    url = f"/api/v1/attendance/records/{r.record.id}/confirm"
    _, refused = await client.post(url, headers=auth(other_manager))  # not their store
    assert refused.status == 403
    _, refused = await client.post(url, headers=auth(clerk))
    assert refused.status == 403
    _, done = await client.post(url, headers=auth(manager))
    assert done.status == 200 and done.json["confirmed_at"]
    _, again = await client.post(url, headers=auth(manager))
    assert again.status == 409 and again.json["error"]["code"] == "already_confirmed"
    assert await AuditLog.filter(action="attendance.confirm", entity_id=str(r.record.id)).count() == 1
    (p,) = (await monthly_report(day.strftime("%Y-%m")))["items"]
    assert (p["attended"], p["unverified"], p["days"][0]["status"]) == (1, 0, "on_time")
    # A positioned clock needs no confirmation.
    positioned = await clock(clerk, "out", lat=STORE_LAT, lng=STORE_LNG)
    assert not positioned.record.unverified
    _, r2 = await client.post(f"/api/v1/attendance/records/{positioned.record.id}/confirm", headers=auth(manager))
    assert r2.status == 409 and r2.json["error"]["code"] == "not_unverified"
