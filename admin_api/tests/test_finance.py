"""Finance through the admin API: P&L equals the hand computation over a generated month and its xlsx holds the
same numbers; settlement reconciliation lists every difference."""

from __future__ import annotations

from typing import Any

from backend.finance.tests.books import generate_month
from backend.finance.tests.test_api import fen, sheet_rows
from backend.orders.tests.helpers import platform_order
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_admin_pnl_equals_hand_computation_and_xlsx(db: None, client: Any) -> None:
    m = await generate_month(seed=41)
    h = auth(await make_user(Role.FINANCE))
    rng = f"from={m.first.isoformat()}&to={m.last.isoformat()}"
    _, resp = await client.get(f"/admin/api/v1/finance/pnl?{rng}", headers=h)
    assert resp.status == 200, resp.text
    want = m.book.pnl(m.first, m.last)
    assert {k: resp.json[k] for k in want} == want
    assert want["sales_fen"] > 0 and want["other_expenses_fen"] > 0  # the month really traded

    _, resp = await client.get(f"/admin/api/v1/finance/pnl?{rng}&location_code=SA", headers=h)
    assert {k: resp.json[k] for k in want} == m.book.pnl(m.first, m.last, {m.store_a.id})

    _, resp = await client.get(f"/admin/api/v1/finance/pnl?{rng}&format=xlsx", headers=h)
    assert resp.status == 200 and resp.headers["content-type"] == XLSX
    title, rows, _ = sheet_rows(resp.body, "项目")
    amounts = {r["项目"].strip(): fen(r["金额"]) for r in rows}
    assert title == "利润表"
    assert amounts["一、主营业务收入（不含税）"] == want["sales_fen"]
    assert amounts["减：主营业务成本"] == want["cogs_fen"]
    assert amounts["二、毛利"] == want["gross_profit_fen"]
    assert amounts["加：其他收入"] == want["other_income_fen"]
    assert amounts["减：其他支出"] == want["other_expenses_fen"]

    # a store manager through the admin API: own store only
    mgr = await make_user(Role.STORE_MANAGER, locations=[m.store_b])
    _, resp = await client.get(f"/admin/api/v1/finance/pnl?{rng}", headers=auth(mgr))
    assert {k: resp.json[k] for k in want} == m.book.pnl(m.first, m.last, {m.store_b.id})
    _, resp = await client.get(f"/admin/api/v1/finance/pnl?{rng}&location_code=SA", headers=auth(mgr))
    assert resp.status == 403


async def test_settlement_reconciliation_lists_differences(db: None, client: Any) -> None:
    wh = await make_location("WH")
    sku = await make_sku("MILK1", price_fen=10000)
    await stock_in(sku, wh, 100)
    hq = await make_user(Role.HQ_ADMIN)
    h = auth(hq)
    await platform_order(client, h, "TB001", 1)
    await platform_order(client, h, "TB002", 2)
    await platform_order(client, h, "TB003", 1)
    await platform_order(client, h, "TB004", 3)  # missing from the file
    today = business_today().isoformat()
    file = "\n".join([
        "订单编号,订单金额,服务费,结算金额",
        "TB001,100.00,5.00,95.00",
        "TB002,190.00,9.50,180.50",  # we say 200.00
        "TB003,100,5,95",
        "TB003,100,5,95",  # settled twice
        "TB999,50,2.5,47.5",  # not ours
        "TB005,abc,1,1",
    ]) + "\n"
    fin = auth(await make_user(Role.FINANCE))
    _, resp = await client.post(f"/admin/api/v1/finance/settlements?channel=taobao&from={today}&to={today}"
                                "&filename=tb.csv", headers=fin, content=file.encode("gbk"))
    assert resp.status == 201, resp.text
    r = resp.json
    assert (r["lines_total"], r["matched"], r["differences"]) == (6, 2, 5)
    got = {(ln["external_id"], ln["status"]) for ln in r["lines"]}
    assert got == {("TB002", "amount_mismatch"), ("TB003", "duplicate"), ("TB999", "unknown_order"),
                   ("TB005", "bad_row"), ("TB004", "missing_in_file")}
    mismatch = next(ln for ln in r["lines"] if ln["status"] == "amount_mismatch")
    assert (mismatch["platform_amount_fen"], mismatch["our_amount_fen"]) == (19000, 20000)
    assert mismatch["note"] == "平台金额比系统少 10.00 元"
    assert r["fees_fen"] == 500 + 950 + 500 + 500 + 250 and r["settled_fen"] == 9500 + 18050 + 9500 * 2 + 4750
    _, resp = await client.get(f"/admin/api/v1/finance/settlements/{r['id']}", headers=fin)
    assert len(resp.json["lines"]) == 7
    # not a platform channel / a store manager may not reconcile
    _, resp = await client.post(f"/admin/api/v1/finance/settlements?channel=pos&from={today}&to={today}",
                                headers=fin, content=file.encode())
    assert resp.status == 400
    mgr = await make_user(Role.STORE_MANAGER, locations=[wh])
    _, resp = await client.post(f"/admin/api/v1/finance/settlements?channel=taobao&from={today}&to={today}",
                                headers=auth(mgr), content=file.encode())
    assert resp.status == 403
