"""Stock valuation: units and moving-average value per SKU and per category, equal to the ledger's inventory."""

from __future__ import annotations

from typing import Any

from backend.finance import reports
from backend.org.models import Role
from backend.security.actor import load_staff_actor
from backend.stock import adjustments
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def test_stock_valuation_by_sku_and_category_equals_the_ledger(db: None, client: Any) -> None:
    empty = await reports.stock_valuation("sku")
    assert empty["items"] == [] and empty["total_value_fen"] == empty["ledger_inventory_fen"] == 0 and empty["agrees"]
    a, b = await make_location("SV-A"), await make_location("SV-B")
    milk = await make_sku("SV-MILK", category="奶粉")
    milk2 = await make_sku("SV-MILK2", category="奶粉")
    wipes = await make_sku("SV-WIPE", category="湿巾")
    await stock_in(milk, a, 10, unit_cost_fen=8000)
    await stock_in(milk, b, 5, unit_cost_fen=8300)  # moving average: (80000 + 41500) / 15
    await stock_in(milk2, a, 3, unit_cost_fen=9999)
    await stock_in(wipes, a, 7, unit_cost_fen=1234)
    admin = await load_staff_actor(await make_user(Role.HQ_ADMIN))
    await adjustments.adjust(admin, location_code="SV-A", sku_code="SV-WIPE", qty_delta=-2, reason="damage",
                             unit_cost_fen=None, note="破损", via="test")

    r = await reports.stock_valuation("sku")
    got = {x["code"]: (x["qty"], x["value_fen"], x["unit_cost_fen"]) for x in r["items"]}
    assert got == {"SV-MILK": (15, 121500, 8100), "SV-MILK2": (3, 29997, 9999), "SV-WIPE": (5, 6170, 1234)}
    assert [x["code"] for x in r["items"]] == ["SV-MILK", "SV-MILK2", "SV-WIPE"]  # highest value first
    assert r["total_value_fen"] == 121500 + 29997 + 6170 == r["ledger_inventory_fen"] and r["agrees"]
    assert r == await reports.stock_valuation("sku", source="lines")

    c = await reports.stock_valuation("category")
    assert {x["name"]: (x["qty"], x["value_fen"]) for x in c["items"]} == {"奶粉": (18, 151497), "湿巾": (5, 6170)}
    assert c["total_value_fen"] == r["total_value_fen"] and c["agrees"]

    fin = await make_user(Role.FINANCE)
    _, resp = await client.get("/api/v1/finance/stock-valuation?by=category", headers=auth(fin))
    assert resp.status == 200 and resp.json == c
    _, resp = await client.get("/api/v1/finance/stock-valuation", headers=auth(fin))
    assert resp.status == 200 and resp.content_type.startswith("application/json") and resp.json == r
    _, resp = await client.get("/api/v1/finance/stock-valuation?by=store", headers=auth(fin))
    assert resp.status == 400 and resp.json["error"]["code"]
    manager = await make_user(Role.STORE_MANAGER, locations=[a])
    _, resp = await client.get("/api/v1/finance/stock-valuation", headers=auth(manager))
    assert resp.status == 403
