"""Analytics routes over a few days of real orders: sellers, turnover, expiry risk, repurchase, forecast."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.members.models import Member
from backend.orders.models import Order
from backend.org.models import Role
from backend.timestamps import CHINA, business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _sell(client: Any, h: dict[str, str], sku: str, qty: int, price: int, days_ago: int,
                member: str | None = None, store: str = "SA") -> None:
    body: dict[str, Any] = {"channel": "pos", "location_code": store, "items": [{"sku_code": sku, "qty": qty}],
                            "payments": [{"method": "cash", "amount_fen": qty * price}]}
    if member:
        body["member_code"] = member
    _, resp = await client.post("/api/v1/orders", headers=h, json=body)
    assert resp.status == 201, resp.text
    placed = dt.datetime.combine(business_today() - dt.timedelta(days=days_ago), dt.time(12), tzinfo=CHINA)
    await Order.filter(id=resp.json["order"]["id"]).update(placed_at=placed)


async def test_analytics_routes(db: None, client: Any) -> None:
    sa = await make_location("SA")
    sb = await make_location("SB")
    milk = await make_sku("MILK1", price_fen=10000)
    wipe = await make_sku("WIPE1", price_fen=1000)
    slow = await make_sku("SLOW1", price_fen=500)
    await stock_in(milk, sa, 40, unit_cost_fen=6000, expiry=business_today() + dt.timedelta(days=20), batch_no="M1")
    await stock_in(wipe, sa, 100, unit_cost_fen=300, expiry=business_today() + dt.timedelta(days=300), batch_no="W1")
    await stock_in(slow, sa, 10, unit_cost_fen=250, expiry=business_today() + dt.timedelta(days=5), batch_no="S1")
    await stock_in(milk, sb, 5, unit_cost_fen=6000, expiry=business_today() + dt.timedelta(days=10), batch_no="M2")
    await Member.create(member_code="M1")
    await Member.create(member_code="M2")
    hq = await make_user(Role.HQ_ADMIN)
    h = auth(hq)
    await _sell(client, h, "MILK1", 2, 10000, 3, "M1")
    await _sell(client, h, "MILK1", 1, 10000, 1, "M1")
    await _sell(client, h, "WIPE1", 10, 1000, 2, "M2")
    await _sell(client, h, "MILK1", 1, 10000, 0, store="SB")

    rng = f"from={(business_today() - dt.timedelta(days=6)).isoformat()}&to={business_today().isoformat()}"
    _, resp = await client.get(f"/admin/api/v1/analytics/sellers?{rng}&location_code=SA", headers=h)
    assert resp.status == 200, resp.text
    assert [(r["sku_code"], r["units"], r["revenue_fen"]) for r in resp.json["best"]] == [
        ("WIPE1", 10, 10000), ("MILK1", 3, 30000)]
    assert resp.json["slow"][0]["sku_code"] == "SLOW1" and resp.json["slow"][0]["units"] == 0

    _, resp = await client.get(f"/admin/api/v1/analytics/turnover?{rng}&location_code=SA", headers=h)
    by = {r["sku_code"]: r for r in resp.json["items"]}
    assert by["MILK1"]["on_hand"] == 37 and by["MILK1"]["turnover_days"] == round(37 * 7 / 3, 1)
    assert by["SLOW1"]["turnover_days"] is None

    # value at risk: SA batches expiring within 30 days at the moving-average cost
    _, resp = await client.get("/admin/api/v1/analytics/expiry-risk?days=30&location_code=SA", headers=h)
    r = resp.json
    assert [(i["sku_code"], i["on_hand"], i["value_fen"]) for i in r["items"]] == [
        ("SLOW1", 10, 2500), ("MILK1", 37, 37 * 6000)]
    assert r["value_at_risk_fen"] == 2500 + 37 * 6000

    _, resp = await client.get(f"/admin/api/v1/analytics/repurchase?{rng}", headers=h)
    assert (resp.json["buyers"], resp.json["repeat_buyers"], resp.json["repurchase_rate_pct"]) == (2, 1, "50.00")

    _, resp = await client.get(f"/admin/api/v1/analytics/forecast?sku_code=MILK1&{rng}&horizon=3", headers=h)
    f = resp.json
    assert [d["units"] for d in f["history"]] == [0, 0, 0, 2, 0, 1, 1] and len(f["forecast"]) == 3
    assert f["method"] == "seasonal_naive" and [d["units"] for d in f["forecast"]] == [0, 0, 0]

    # a store manager sees their own store, never the other one
    mgr = await make_user(Role.STORE_MANAGER, locations=[sb])
    _, resp = await client.get(f"/admin/api/v1/analytics/sellers?{rng}", headers=auth(mgr))
    assert [(r["sku_code"], r["units"]) for r in resp.json["best"]] == [("MILK1", 1)]
    for path in ("sellers", "turnover", "expiry-risk", "repurchase"):
        _, resp = await client.get(f"/admin/api/v1/analytics/{path}?location_code=SA", headers=auth(mgr))
        assert resp.status == 403, path
