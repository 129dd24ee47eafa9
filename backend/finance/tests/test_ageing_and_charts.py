"""Receivable/payable ageing, the daily sales trend, and the SVG charts."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from typing import Any

from openpyxl import load_workbook
from tortoise.transactions import in_transaction

from backend.finance import accounts, reports
from backend.finance.ledger import Line, post_entry
from backend.finance.tests.books import generate_month
from tests.factories import auth, make_user

AS_OF = dt.date(2024, 6, 30)


async def _post(days_ago: int, lines: list[Line], sid: str) -> None:
    async with in_transaction() as conn:
        await post_entry(date=AS_OF - dt.timedelta(days=days_ago), memo="往来", source_type="t", source_id=sid,
                         lines=lines, conn=conn)


async def _receivables() -> None:
    def ar(amount: int, partner: str | None) -> list[Line]:
        return [Line(accounts.RECEIVABLE, debit_fen=amount, partner=partner), Line(accounts.SALES, credit_fen=amount)]

    def settle(amount: int, partner: str | None) -> list[Line]:
        return [Line(accounts.BANK, debit_fen=amount), Line(accounts.RECEIVABLE, credit_fen=amount, partner=partner)]

    await _post(100, ar(1000, "taobao"), "a1")
    await _post(45, ar(2000, "taobao"), "a2")
    await _post(10, ar(500, "taobao"), "a3")
    await _post(5, settle(1500, "taobao"), "a4")  # pays the 100-day item and 500 of the 45-day one
    await _post(200, ar(300, "jd"), "b1")
    await _post(1, settle(500, "jd"), "b2")  # 200 over-settled
    await _post(400, ar(700, None), "c1")
    await _post(3, ar(999, "pdd"), "d1")
    await _post(3, settle(999, "pdd"), "d2")  # fully settled: not listed
    await _post(-1, ar(123, "taobao"), "future")  # after as_of: ignored


async def test_receivables_ageing_fifo(db: None) -> None:
    await _receivables()
    r = await reports.ageing("receivable", AS_OF)
    by = {x["partner"]: x for x in r["items"]}
    assert set(by) == {"taobao", "jd", None}
    tb = by["taobao"]
    assert tb["balance_fen"] == 2000 and tb["unapplied_fen"] == 0
    assert tb["buckets"] == {"0-30": 500, "31-60": 1500, "61-90": 0, "91-180": 0, "180+": 0}
    assert tb["oldest_open_date"] == (AS_OF - dt.timedelta(days=45)).isoformat()
    assert by["jd"]["balance_fen"] == -200 and by["jd"]["unapplied_fen"] == -200
    assert sum(by["jd"]["buckets"].values()) == 0
    assert by[None]["name"] == "未指定往来单位" and by[None]["buckets"]["180+"] == 700
    # the total equals the account balance in the trial balance
    tbal = {x["code"]: x for x in (await reports.trial_balance(AS_OF))["rows"]}
    assert r["total"]["balance_fen"] == tbal[accounts.RECEIVABLE]["balance_fen"] == 2000 - 200 + 700
    assert [x["partner"] for x in r["items"]] == ["taobao", None, "jd"]  # largest balance first


async def test_payables_ageing_and_routes(db: None, client: Any) -> None:
    await _post(70, [Line(accounts.INVENTORY, debit_fen=10000), Line(accounts.INPUT_VAT, debit_fen=1300),
                     Line(accounts.PAYABLE, credit_fen=11300, partner="供应商甲")], "p1")
    await _post(20, [Line(accounts.PAYABLE, debit_fen=5000, partner="供应商甲"), Line(accounts.BANK, credit_fen=5000)],
                "p2")
    r = await reports.ageing("payable", AS_OF)
    assert r["items"][0]["name"] == "供应商甲" and r["items"][0]["buckets"]["61-90"] == 6300
    fin = auth(await make_user("finance"))
    _, resp = await client.get(f"/api/v1/finance/payables?as_of={AS_OF}", headers=fin)
    assert resp.status == 200 and resp.json["total"]["balance_fen"] == 6300
    _, resp = await client.get(f"/api/v1/finance/payables?as_of={AS_OF}&format=xlsx", headers=fin)
    assert resp.status == 200 and "filename*=UTF-8''" in resp.headers["content-disposition"]
    ws = load_workbook(io.BytesIO(resp.body)).active
    assert ws is not None and ws.title == "应付账款账龄"
    rows = [r for r in ws.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "往来单位")
    assert rows[header][2] == "0-30天"
    assert rows[header + 1][0] == "供应商甲" and str(rows[header + 1][1]) == "63"
    _, resp = await client.get(f"/api/v1/finance/receivables?as_of={AS_OF}", headers=fin)
    assert resp.status == 200 and resp.json["items"] == []
    mgr = await make_user("store_manager")
    _, resp = await client.get("/api/v1/finance/receivables", headers=auth(mgr))
    assert resp.status == 403


async def test_sales_trend_and_charts(db: None, client: Any) -> None:
    m = await generate_month(seed=31)
    r = await reports.sales_trend(m.first, m.last)
    assert len(r["days"]) == (m.last - m.first).days + 1
    for d in r["days"]:
        day = dt.date.fromisoformat(d["date"])
        sales = m.book.sales_in(day, day)
        assert d["sales_fen"] == sum(s.net for s in sales) and d["cogs_fen"] == sum(s.cost for s in sales)
    assert r["total"]["sales_fen"] == m.book.pnl(m.first, m.last)["sales_fen"]

    fin = auth(await make_user("finance"))
    rng = f"from={m.first}&to={m.last}"
    _, resp = await client.get(f"/api/v1/finance/sales-trend?{rng}&format=svg", headers=fin)
    assert resp.status == 200 and resp.headers["content-type"].startswith("image/svg+xml")
    svg = ET.fromstring(resp.body.decode("utf-8"))
    assert svg.tag.endswith("svg")
    rects = [e for e in svg.iter() if e.tag.endswith("rect")]
    assert len(rects) == 1 + len(r["days"])  # background + one column per day
    assert "销售趋势" in resp.body.decode("utf-8")

    _, resp = await client.get(f"/api/v1/finance/gross-margin?{rng}&by=category&format=svg", headers=fin)
    assert resp.status == 200
    text = resp.body.decode("utf-8")
    ET.fromstring(text)
    margin = await reports.gross_margin(m.first, m.last, "category")
    for x in margin["items"]:
        assert x["name"] in text and f"毛利率 {x['margin_pct']}%" in text
    # a store manager's chart is limited to their store
    mgr = auth(await make_user("store_manager", locations=[m.store_a]))
    _, resp = await client.get(f"/api/v1/finance/sales-trend?{rng}", headers=mgr)
    assert resp.json["total"]["sales_fen"] == m.book.pnl(m.first, m.last, {m.store_a.id})["sales_fen"]
    _, resp = await client.get(f"/api/v1/finance/sales-trend?{rng}&location_code=SB", headers=mgr)
    assert resp.status == 403
    # empty data still renders
    _, resp = await client.get("/api/v1/finance/gross-margin?from=2020-01-01&to=2020-01-31&format=svg", headers=fin)
    assert resp.status == 200 and "暂无数据" in resp.body.decode("utf-8")
    _, resp = await client.get(f"/api/v1/finance/pnl?{rng}&format=svg", headers=fin)
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
