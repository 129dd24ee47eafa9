"""A4 PDFs: the P&L printed for a period carries exactly the figures of the JSON report for the same query (read
back from the PDF with pypdf's text extraction), with the chain's header; the balance sheet's totals likewise; a
purchase order's lines and totals; who may print them."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from pypdf import PdfReader

from backend.org.models import Role
from backend.purchasing.models import Supplier
from backend.settings import get_settings
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


def _text(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert all(abs(float(p.mediabox.width) - 595.28) < 1 and abs(float(p.mediabox.height) - 841.89) < 1
               for p in reader.pages), "A4"
    return "\n".join(p.extract_text() for p in reader.pages)


def _yuan(fen: int) -> str:
    """Independent of the code under test: Decimal yuan with thousands separators."""
    return f"{Decimal(fen) / 100:,.2f}"


def _row(text: str, label: str) -> str:
    """The figure printed right after `label` (same table row)."""
    at = text.index(label) + len(label)
    return text[at:].split()[0]


async def _books(client: Any) -> dict[str, Any]:
    """A sale completed at the counter (sales, COGS) and a damaged unit written off (other expense)."""
    store = await make_location("S001", name="徐汇漕溪北路店")
    await stock_in(await make_sku("MILK1", price_fen=29800, name="爱他美奶粉 900g"), store, 10, unit_cost_fen=18000)
    await stock_in(await make_sku("WIPE1", price_fen=1250, name="婴儿湿巾"), store, 20, unit_cost_fen=400)
    clerk = await make_user(Role.CLERK, locations=[store])
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    _, resp = await client.post("/api/v1/orders", headers=auth(clerk), json={
        "channel": "pos", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 3},
                                                             {"sku_code": "WIPE1", "qty": 7}],
        "payments": [{"method": "cash", "amount_fen": 3 * 29800 + 7 * 1250}]})
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "completed"  # paid at the counter and taken away
    _, resp = await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={
        "location_code": "S001", "sku_code": "WIPE1", "qty_delta": -2, "reason": "damage"})
    assert resp.status == 201, resp.text
    return {"store": store, "manager": manager, "clerk": clerk}


async def test_pnl_pdf_has_the_figures_of_the_json_report(client: Any, db: None) -> None:
    await _books(client)
    finance = auth(await make_user(Role.FINANCE))
    today = business_today().isoformat()
    query = f"from={today}&to={today}"
    _, js = await client.get(f"/admin/api/v1/finance/pnl?{query}", headers=finance)
    assert js.status == 200, js.text
    report = js.json
    assert report["sales_fen"] > 0 and report["cogs_fen"] > 0 and report["other_expenses"], report
    _, resp = await client.get(f"/admin/api/v1/printing/pnl?{query}", headers=finance)
    assert resp.status == 200, resp.text
    assert resp.headers["content-type"] == "application/pdf"
    assert "inline" in resp.headers["content-disposition"]
    text = _text(resp.body)
    assert get_settings().chain_name in text and "利润表" in text and f"{today} 至 {today}" in text
    assert "全部门店" in text
    assert _row(text, "一、营业收入（主营业务收入）") == _yuan(report["sales_fen"])
    assert _row(text, "减：营业成本（主营业务成本）") == _yuan(report["cogs_fen"])
    assert _row(text, "二、毛利") == _yuan(report["gross_profit_fen"])
    assert _row(text, "毛利率") == f"{report['gross_margin_pct']}%"
    assert _row(text, "收入总额") == _yuan(report["total_revenue_fen"])
    for x in report["other_expenses"]:
        assert _row(text, f"减：{x['name']}（{x['code']}）") == _yuan(x["amount_fen"])
    assert _row(text, "其他费用合计") == _yuan(report["other_expenses_fen"])
    assert _row(text, "其他收入合计") == _yuan(report["other_income_fen"])
    assert _row(text, "三、净利润") == _yuan(report["net_profit_fen"])


async def test_store_manager_prints_own_store_only(client: Any, db: None) -> None:
    w = await _books(client)
    mgr = auth(w["manager"])
    _, resp = await client.get("/admin/api/v1/printing/pnl?location_code=S001", headers=mgr)
    assert resp.status == 200, resp.text
    assert "徐汇漕溪北路店（S001）" in _text(resp.body)
    await make_location("S002")
    for url, status in (("/admin/api/v1/printing/pnl?location_code=S002", 403),
                        ("/admin/api/v1/printing/balance-sheet", 403),  # finance and HQ only
                        ("/admin/api/v1/printing/pnl?from=2026-02-01&to=2026-01-01", 400)):
        _, resp = await client.get(url, headers=mgr)
        assert resp.status == status, (url, resp.text)
        assert resp.json["error"]["code"]
    _, resp = await client.get("/admin/api/v1/printing/pnl", headers=auth(w["clerk"]))
    assert resp.status == 403  # not a back-office role


async def test_balance_sheet_pdf_totals_match(client: Any, db: None) -> None:
    await _books(client)
    finance = auth(await make_user(Role.FINANCE))
    _, js = await client.get("/admin/api/v1/finance/balance-sheet", headers=finance)
    _, resp = await client.get("/admin/api/v1/printing/balance-sheet", headers=finance)
    assert resp.status == 200, resp.text
    text = _text(resp.body)
    report = js.json
    assert _row(text, "资产合计") == _yuan(report["total_assets_fen"])
    assert _row(text, "负债合计") == _yuan(report["total_liabilities_fen"])
    assert _row(text, "所有者权益合计") == _yuan(report["total_equity_fen"])
    assert _row(text, "负债和所有者权益总计") == _yuan(report["total_liabilities_and_equity_fen"])
    for x in report["assets"]:
        assert _row(text, f"{x['code']} {x['name']}") == _yuan(x["balance_fen"])


async def test_purchase_order_pdf_lists_lines_and_totals(client: Any, db: None) -> None:
    w = await _books(client)
    await Supplier.create(code="SUP1", name="上海恒安母婴用品有限公司", contact_name="王经理", contact_phone="021-5555")
    buyer = auth(await make_user(Role.PURCHASER))
    _, resp = await client.post("/api/v1/purchasing/orders", headers=buyer, json={
        "supplier_code": "SUP1", "location_code": "S001", "note": "请附质检报告",
        "lines": [{"sku_code": "MILK1", "qty": 24, "unit_price_fen": 17650},
                  {"sku_code": "WIPE1", "qty": 120, "unit_price_fen": 385}]})
    assert resp.status == 201, resp.text
    po = resp.json
    _, resp = await client.get(f"/admin/api/v1/printing/purchase-orders/{po['po_no']}", headers=auth(w["manager"]))
    assert resp.status == 200, resp.text
    text = _text(resp.body)
    for s in ("采购订单", po["po_no"], "上海恒安母婴用品有限公司", "王经理", "徐汇漕溪北路店（S001）", "请附质检报告",
              "爱他美奶粉 900g", _yuan(17650), _yuan(24 * 17650), _yuan(120 * 385)):
        assert s in text, s
    assert _row(text, "不含税合计") == _yuan(po["net_fen"])
    assert _row(text, "税额合计") == _yuan(po["vat_fen"])
    assert _row(text, "价税合计") == _yuan(po["total_fen"])
    other = await make_user(Role.STORE_MANAGER, locations=[await make_location("S002")])
    _, resp = await client.get(f"/admin/api/v1/printing/purchase-orders/{po['po_no']}", headers=auth(other))
    assert resp.status == 403
    _, resp = await client.get("/admin/api/v1/printing/purchase-orders/PO0000", headers=buyer)
    assert resp.status == 404
