"""Finance routes: numbers over HTTP equal the hand computation, xlsx exports hold the same numbers, roles and
store scoping, date validation, period close."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pytest
from openpyxl import load_workbook
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.finance.tests.books import Month, generate_month
from backend.timestamps import business_today
from tests.factories import auth, make_user

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _range(m: Month) -> str:
    return f"from={m.first.isoformat()}&to={m.last.isoformat()}"


def sheet_rows(body: bytes, first_header: str) -> tuple[str, list[dict[str, Any]], list[list[Any]]]:
    """(sheet title, rows under the header row as dicts, the rows above the header)."""
    wb = load_workbook(io.BytesIO(body))
    ws = wb.active
    assert ws is not None
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    idx = next(i for i, r in enumerate(values) if r and r[0] == first_header)
    header = values[idx]
    rows = [dict(zip(header, r, strict=False)) for r in values[idx + 1:]]
    return ws.title, rows, values[:idx]


def fen(value: Any) -> int:
    """A yuan cell back to integer fen (exactly: the cell holds at most 2 decimals)."""
    d = Decimal(str(value)).quantize(Decimal("0.01"))
    return int(d * 100)


async def test_pnl_over_http_equals_hand_computation(db: None, client: Any) -> None:
    m = await generate_month(seed=21)
    fin = await make_user("finance")
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}", headers=auth(fin))
    assert resp.status == 200, resp.text
    want = m.book.pnl(m.first, m.last)
    assert {k: resp.json[k] for k in want} == want
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&location_code=SB&channel=pos", headers=auth(fin))
    assert resp.status == 200
    want = m.book.pnl(m.first, m.last, {m.store_b.id}, "pos")
    assert {k: resp.json[k] for k in want} == want
    hq = await make_user("hq_admin")
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&channel=taobao", headers=auth(hq))
    assert resp.status == 200 and resp.json["sales_fen"] == m.book.pnl(m.first, m.last, channel="taobao")["sales_fen"]


async def test_xlsx_exports_hold_the_same_numbers(db: None, client: Any) -> None:
    m = await generate_month(seed=22)
    h = auth(await make_user("finance"))

    # P&L
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&format=xlsx", headers=h)
    assert resp.status == 200 and resp.headers["content-type"] == XLSX
    cd = resp.headers["content-disposition"]
    assert cd.startswith("attachment;") and f"filename*=UTF-8''{quote('利润表_2024-03-01_2024-03-31.xlsx')}" in cd
    title, rows, meta = sheet_rows(resp.body, "项目")
    assert title == "利润表"
    amounts = {r["项目"].strip(): fen(r["金额"]) for r in rows}
    want = m.book.pnl(m.first, m.last)
    assert amounts["一、主营业务收入（不含税）"] == want["sales_fen"]
    assert amounts["减：主营业务成本"] == want["cogs_fen"]
    assert amounts["二、毛利"] == want["gross_profit_fen"]
    assert amounts["加：其他收入"] == want["other_income_fen"]
    assert amounts["减：其他支出"] == want["other_expenses_fen"]
    assert amounts["三、净利润"] == want["net_profit_fen"]
    assert ["期间", "2024-03-01 至 2024-03-31"] in [r[:2] for r in meta]

    # gross margin by category
    _, js = await client.get(f"/api/v1/finance/gross-margin?{_range(m)}&by=category", headers=h)
    _, resp = await client.get(f"/api/v1/finance/gross-margin?{_range(m)}&by=category&format=xlsx", headers=h)
    assert resp.status == 200 and quote("毛利分析_按品类") in resp.headers["content-disposition"]
    title, rows, _ = sheet_rows(resp.body, "编码")
    assert title == "毛利分析"
    got = [(r["名称"], fen(r["收入（不含税）"]), fen(r["成本"]), fen(r["毛利"]), Decimal(str(r["毛利率(%)"])))
           for r in rows[:-1]]
    assert got == [(x["name"], x["revenue_fen"], x["cogs_fen"], x["gross_profit_fen"], Decimal(x["margin_pct"]))
                   for x in js.json["items"]]
    assert rows[-1]["编码"] == "合计" and fen(rows[-1]["毛利"]) == js.json["total"]["gross_profit_fen"]

    # trial balance
    _, js = await client.get(f"/api/v1/finance/trial-balance?as_of={m.last}", headers=h)
    _, resp = await client.get(f"/api/v1/finance/trial-balance?as_of={m.last}&format=xlsx", headers=h)
    title, rows, _ = sheet_rows(resp.body, "科目编码")
    assert title == "科目余额表"
    by_code = {r["科目编码"]: r for r in rows}
    for x in js.json["rows"]:
        assert fen(by_code[x["code"]]["余额"]) == x["balance_fen"]
        assert fen(by_code[x["code"]]["借方发生额"]) == x["debit_fen"]
    assert fen(by_code["合计"]["借方发生额"]) == fen(by_code["合计"]["贷方发生额"]) == js.json["total_debit_fen"]

    # balance sheet
    _, js = await client.get(f"/api/v1/finance/balance-sheet?as_of={m.last}", headers=h)
    _, resp = await client.get(f"/api/v1/finance/balance-sheet?as_of={m.last}&format=xlsx", headers=h)
    title, rows, _ = sheet_rows(resp.body, "科目编码")
    assert title == "资产负债表"
    totals = {r["项目"]: fen(r["余额"]) for r in rows if r["余额"] is not None}
    assert totals["资产合计"] == js.json["total_assets_fen"] == totals["负债和所有者权益合计"]
    assert totals["未分配利润（累计损益）"] == js.json["current_profit_fen"]

    # VAT
    _, js = await client.get(f"/api/v1/finance/vat?{_range(m)}", headers=h)
    out_vat, in_vat = m.book.vat(m.first, m.last)
    assert (js.json["output_vat_fen"], js.json["input_vat_fen"]) == (out_vat, in_vat)
    _, resp = await client.get(f"/api/v1/finance/vat?{_range(m)}&format=xlsx", headers=h)
    title, rows, _ = sheet_rows(resp.body, "月份")
    assert title == "增值税汇总"
    assert [fen(rows[-1][k]) for k in ("销项税额", "进项税额", "应纳税额")] == [out_vat, in_vat, out_vat - in_vat]

    # journal
    _, resp = await client.get(f"/api/v1/finance/journal?{_range(m)}&format=xlsx", headers=h)
    title, rows, _ = sheet_rows(resp.body, "日期")
    assert title == "序时账"
    total = rows[-1]
    assert total["日期"] == "合计" and fen(total["借方"]) == fen(total["贷方"])
    assert sum(fen(r["借方"]) for r in rows[:-1] if r["科目编码"] == accounts.SALES) == 0
    assert sum(fen(r["贷方"]) for r in rows[:-1] if r["科目编码"] == accounts.SALES) == want["sales_fen"]


async def test_journal_and_account_routes(db: None, client: Any) -> None:
    m = await generate_month(seed=23)
    h = auth(await make_user("finance"))
    _, resp = await client.get(f"/api/v1/finance/journal?{_range(m)}&account={accounts.INVENTORY_GAIN}", headers=h)
    assert resp.status == 200 and resp.json["total"] == 1
    _, resp = await client.get(f"/api/v1/finance/journal?{_range(m)}&source_type=test_sale&page=2&page_size=5",
                               headers=h)
    assert resp.status == 200 and resp.json["page"] == 2 and len(resp.json["items"]) == 5
    _, resp = await client.get(f"/api/v1/finance/journal?{_range(m)}&page=x", headers=h)
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.get("/api/v1/finance/accounts", headers=h)
    assert len(resp.json["items"]) == len(accounts.CHART)
    _, resp = await client.get(f"/api/v1/finance/accounts/{accounts.COGS}/history?{_range(m)}", headers=h)
    assert resp.status == 200
    assert resp.json["closing_balance_fen"] == sum(s.cost for s in m.book.sales if s.date <= m.last)
    _, resp = await client.get(f"/api/v1/finance/accounts/9999/history?{_range(m)}", headers=h)
    assert resp.status == 404


async def test_roles(db: None, client: Any) -> None:
    m = await generate_month(seed=24)
    clerk = await make_user("clerk", locations=[m.store_a])
    purchaser = await make_user("purchaser")
    urls = ["/api/v1/finance/trial-balance", f"/api/v1/finance/pnl?{_range(m)}",
            f"/api/v1/finance/gross-margin?{_range(m)}", "/api/v1/finance/balance-sheet",
            f"/api/v1/finance/vat?{_range(m)}", f"/api/v1/finance/journal?{_range(m)}", "/api/v1/finance/periods",
            "/api/v1/finance/accounts"]
    for url in urls:
        _, resp = await client.get(url)
        assert resp.status == 401, url
        assert resp.json["error"]["code"] == "unauthorized"
        for who in (clerk, purchaser):
            _, resp = await client.get(url, headers=auth(who))
            assert resp.status == 403, (url, who.role)
            assert resp.json["error"]["code"] == "forbidden"
    _, resp = await client.post("/api/v1/finance/periods", json={"month": "2024-01"}, headers=auth(clerk))
    assert resp.status == 403
    _, resp = await client.get("/api/v1/finance/trial-balance", headers={"Authorization": "Bearer nonsense"})
    assert resp.status == 401


async def test_store_manager_sees_only_own_stores(db: None, client: Any) -> None:
    m = await generate_month(seed=25)
    mgr = await make_user("store_manager", locations=[m.store_a])
    h = auth(mgr)
    # no location_code: their stores only
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}", headers=h)
    assert resp.status == 200
    want = m.book.pnl(m.first, m.last, {m.store_a.id})
    assert {k: resp.json[k] for k in want} == want
    assert resp.json["location_ids"] == [m.store_a.id]
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&location_code=SA", headers=h)
    assert resp.status == 200 and resp.json["sales_fen"] == want["sales_fen"]
    # another store, or an unknown one: 403
    for code in ("SB", "WH", "NOPE"):
        _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&location_code={code}", headers=h)
        assert resp.status == 403, code
        assert resp.json["error"]["code"] == "forbidden" and "门店" in resp.json["error"]["message"]
        _, resp = await client.get(f"/api/v1/finance/gross-margin?{_range(m)}&location_code={code}", headers=h)
        assert resp.status == 403
    # margin by location shows only their store
    _, resp = await client.get(f"/api/v1/finance/gross-margin?{_range(m)}&by=location", headers=h)
    assert resp.status == 200 and [x["key"] for x in resp.json["items"]] == [m.store_a.id]
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&format=xlsx", headers=h)
    assert resp.status == 200
    _, rows, meta = sheet_rows(resp.body, "项目")
    assert ["范围", "本人负责门店"] in [r[:2] for r in meta]
    # the chain-wide reports stay closed to them
    for url in ("/api/v1/finance/balance-sheet", "/api/v1/finance/trial-balance", f"/api/v1/finance/vat?{_range(m)}",
                f"/api/v1/finance/journal?{_range(m)}"):
        _, resp = await client.get(url, headers=h)
        assert resp.status == 403, url
    # a store manager with no store sees nothing, not everything
    lonely = await make_user("store_manager")
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}", headers=auth(lonely))
    assert resp.status == 200 and resp.json["sales_fen"] == 0
    # finance asking for an unknown store: 404
    _, resp = await client.get(f"/api/v1/finance/pnl?{_range(m)}&location_code=NOPE",
                               headers=auth(await make_user("finance")))
    assert resp.status == 404


BAD_QUERIES = [
    ("from=2024-03-10&to=2024-03-01", "开始日期不能晚于结束日期"),
    ("from=2024-3-1&to=2024-03-31", "日期格式不正确"),
    ("from=2024-02-30&to=2024-03-31", "不是有效日期"),
    ("from=yesterday", "日期格式不正确"),
    ("from=2023-01-01&to=2024-01-02", "不能超过 366 天"),
    ("from=2024-01-01&to=2024-03-31&channel=myspace", "渠道不存在"),
    ("from=2024-01-01&to=2024-03-31&format=pdf", "format"),
]


async def test_bad_dates_and_params_are_400(db: None, client: Any) -> None:
    h = auth(await make_user("finance"))
    for query, fragment in BAD_QUERIES:
        for path in ("pnl", "gross-margin", "sales-trend"):
            _, resp = await client.get(f"/api/v1/finance/{path}?{query}", headers=h)
            assert resp.status == 400, (path, query)
            assert resp.json["error"]["code"] == "validation_error"
            assert fragment in resp.json["error"]["message"], (path, query)
        if "channel" not in query:
            for path in ("vat", "journal", f"accounts/{accounts.SALES}/history"):
                _, resp = await client.get(f"/api/v1/finance/{path}?{query}", headers=h)
                assert resp.status == 400 and resp.json["error"]["code"] == "validation_error", (path, query)


async def test_range_limits_and_other_params(db: None, client: Any) -> None:
    h = auth(await make_user("finance"))
    _, resp = await client.get("/api/v1/finance/pnl?from=2024-01-01&to=2024-12-31", headers=h)  # 366 days: ok
    assert resp.status == 200
    _, resp = await client.get("/api/v1/finance/pnl?from=2024-01-01&to=2025-01-01", headers=h)
    assert resp.status == 400
    _, resp = await client.get("/api/v1/finance/gross-margin?from=2024-01-01&to=2024-01-31&by=brand", headers=h)
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.get("/api/v1/finance/balance-sheet?as_of=2024-13-01", headers=h)
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.get("/api/v1/finance/pnl", headers=h)  # defaults: this month to today
    assert resp.status == 200 and resp.json["to"] == business_today().isoformat()
    assert resp.json["from"] == business_today().replace(day=1).isoformat()


async def test_close_period_over_http(db: None, client: Any) -> None:
    fin = await make_user("finance")
    h = auth(fin)
    async with in_transaction() as conn:
        await post_entry(date=dt.date(2024, 1, 10), memo="期初", source_type="t", source_id="1", conn=conn,
                         lines=[Line(accounts.BANK, debit_fen=100000), Line(accounts.EQUITY, credit_fen=100000)])
    _, resp = await client.post("/api/v1/finance/periods", json={"month": "2024-01"}, headers=h)
    assert resp.status == 201, resp.text
    assert resp.json["month"] == "2024-01" and resp.json["closed_by_id"] == fin.id
    assert resp.json["closed_by"] == (fin.display_name or fin.username)
    audit = await AuditLog.get(action="finance.period_close", entity_id="2024-01")
    assert audit.username == fin.username
    _, resp = await client.post("/api/v1/finance/periods", json={"month": "2024-01"}, headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "period_closed"
    this_month = business_today().strftime("%Y-%m")
    _, resp = await client.post("/api/v1/finance/periods", json={"month": this_month}, headers=h)
    assert resp.status == 409 and "已经结束" in resp.json["error"]["message"]
    for body in ({"month": "2024/01"}, {}, {"month": "2024-01", "x": 1}):
        _, resp = await client.post("/api/v1/finance/periods", json=body, headers=h)
        assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    _, resp = await client.delete("/api/v1/finance/periods/2024-01", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "period_locked"
    _, resp = await client.get("/api/v1/finance/periods", headers=h)
    assert [(p["month"], p["closed_by"]) for p in resp.json["items"]] == [("2024-01", fin.display_name or fin.username)]
    # a closed month refuses new entries; reports still read it
    from backend.errors import InvalidState

    with pytest.raises(InvalidState):
        async with in_transaction() as conn:
            await post_entry(date=dt.date(2024, 1, 31), memo="迟到", source_type="t", source_id="2", conn=conn,
                             lines=[Line(accounts.BANK, debit_fen=1), Line(accounts.EQUITY, credit_fen=1)])
    _, resp = await client.get("/api/v1/finance/balance-sheet?as_of=2024-01-31", headers=h)
    assert resp.json["total_assets_fen"] == 100000
