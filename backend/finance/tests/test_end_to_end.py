"""End to end: orders placed, paid and shipped through the orders API post the ledger; the finance reports read
those postings (P&L, margin by every dimension, VAT, balance sheet, store scoping)."""

from __future__ import annotations

from typing import Any

from backend.finance import accounts
from backend.org.models import LocationKind, Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _place(client: Any, headers: dict[str, str], items: list[tuple[str, int]], **body: Any) -> dict[str, Any]:
    payload = {"items": [{"sku_code": c, "qty": q} for c, q in items], **body}
    _, resp = await client.post("/api/v1/orders", json=payload, headers=headers)
    assert resp.status == 201, resp.text
    return dict(resp.json["order"])


async def test_orders_through_the_api_show_up_in_the_reports(db: None, client: Any) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    wh = await make_location("WH", kind=LocationKind.WAREHOUSE)
    a = await make_sku("A1", price_fen=11300, category="奶粉")  # net 10000 + VAT 1300
    b = await make_sku("B1", price_fen=5650, category="湿巾")  # net 5000 + VAT 650
    for loc in (s1, s2, wh):
        await stock_in(a, loc, 20, unit_cost_fen=6000)
        await stock_in(b, loc, 20, unit_cost_fen=2000)
    clerk1 = auth(await make_user(Role.CLERK, locations=[s1]))
    clerk2 = auth(await make_user(Role.CLERK, locations=[s2]))
    admin = auth(await make_user(Role.HQ_ADMIN))

    # counter sales complete at once
    o = await _place(client, clerk1, [("A1", 2)], channel="pos", payments=[{"method": "cash", "amount_fen": 22600}])
    assert o["status"] == "completed"
    await _place(client, clerk2, [("B1", 3)], channel="pos", payments=[{"method": "cash", "amount_fen": 16950}])
    # an online order paid and shipped from the warehouse
    online = await _place(client, admin, [("A1", 1)], channel="miniprogram", location_code="WH")
    _, resp = await client.post(f"/api/v1/orders/{online['id']}/pay", headers=admin,
                                json={"method": "wechat", "amount_fen": 11300, "external_ref": "wx-1"})
    assert resp.status == 201, resp.text
    _, resp = await client.post(f"/api/v1/orders/{online['id']}/ship", headers=admin,
                                json={"carrier": "顺丰", "tracking_no": "SF1"})
    assert resp.status == 201, resp.text
    # paid, not shipped: an advance, not revenue
    waiting = await _place(client, admin, [("B1", 1)], channel="miniprogram", location_code="WH")
    _, resp = await client.post(f"/api/v1/orders/{waiting['id']}/pay", headers=admin,
                                json={"method": "wechat", "amount_fen": 5650, "external_ref": "wx-2"})
    assert resp.status == 201, resp.text

    fin = auth(await make_user(Role.FINANCE))
    today = business_today().isoformat()
    rng = f"from={today}&to={today}"
    _, resp = await client.get(f"/api/v1/finance/pnl?{rng}", headers=fin)
    pnl = resp.json
    assert (pnl["sales_fen"], pnl["cogs_fen"], pnl["gross_profit_fen"]) == (45000, 24000, 21000)
    assert pnl["net_profit_fen"] == 21000 and pnl["gross_margin_bp"] == 4667

    async def margin(by: str) -> dict[Any, tuple[int, int]]:
        _, r = await client.get(f"/api/v1/finance/gross-margin?{rng}&by={by}", headers=fin)
        assert r.status == 200, r.text
        return {x["code"]: (x["revenue_fen"], x["cogs_fen"]) for x in r.json["items"]}

    assert await margin("sku") == {"A1": (30000, 18000), "B1": (15000, 6000)}
    cats = await margin("category")
    assert sorted(cats.values()) == [(15000, 6000), (30000, 18000)]
    assert await margin("location") == {"S1": (20000, 12000), "S2": (15000, 6000), "WH": (10000, 6000)}
    assert await margin("channel") == {"pos": (35000, 18000), "miniprogram": (10000, 6000)}

    _, resp = await client.get(f"/api/v1/finance/vat?{rng}", headers=fin)
    assert (resp.json["output_vat_fen"], resp.json["input_vat_fen"]) == (5850, 0)

    _, resp = await client.get(f"/api/v1/finance/balance-sheet?as_of={today}", headers=fin)
    bs = resp.json
    assert bs["balanced"] and bs["total_assets_fen"] == bs["total_liabilities_and_equity_fen"]
    liab = {x["code"]: x["balance_fen"] for x in bs["liabilities"]}
    assert liab[accounts.CUSTOMER_ADVANCES] == 5650 and liab[accounts.OUTPUT_VAT] == 5850
    assert bs["current_profit_fen"] == 21000
    assets = {x["code"]: x["balance_fen"] for x in bs["assets"]}
    assert assets[accounts.INVENTORY] == 3 * 20 * (6000 + 2000) - 24000
    assert assets[accounts.CASH] == 22600 + 16950 and assets[accounts.BANK] == 11300 + 5650

    _, resp = await client.get(f"/api/v1/finance/trial-balance?as_of={today}", headers=fin)
    assert resp.json["balanced"]

    mgr = auth(await make_user(Role.STORE_MANAGER, locations=[s1]))
    _, resp = await client.get(f"/api/v1/finance/pnl?{rng}", headers=mgr)
    assert (resp.json["sales_fen"], resp.json["cogs_fen"]) == (20000, 12000)
    _, resp = await client.get(f"/api/v1/finance/pnl?{rng}&location_code=S2", headers=mgr)
    assert resp.status == 403
