"""The dashboard (首页) and the finance pages beside the P&L: the balance sheet balances and exports, VAT, ageing,
period close, each page's print view (no menu on paper), and the dashboard's charts and "waiting for me" counts
against the API's own numbers, at 1280x800 and on a 768-wide tablet (fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any

import httpx

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

FINANCE_PAGES = ("资产负债表", "增值税", "应收应付账龄", "期间结账")


def _fen(text: str) -> int:
    """"-¥1,234.50" -> -123450."""
    m = re.search(r"(-?)¥([\d,]+)\.(\d{2})", text)
    assert m, text
    value = int(m.group(2).replace(",", "")) * 100 + int(m.group(3))
    return -value if m.group(1) else value


def _open(page, title: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-test=menu] .el-menu-item", has_text=title).click()


def _xlsx_cells(download, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = tmp_path / download.suggested_filename
    download.save_as(path)
    sheet = load_workbook(path).active
    return [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]


def _api(server: Server, token: str, path: str, **params: Any) -> Any:
    resp = httpx.get(server.base + path, params=params, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_finance_balance_sheet_balances_exports_and_prints(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    page = open_page()
    sign_in(page, "finance1")
    assert set(FINANCE_PAGES) <= set(menu_titles(page))
    _open(page, "资产负债表")
    page.locator("[data-test=balance-chart] canvas").wait_for()
    assets = _fen(page.locator("[data-test=total-assets]").inner_text())
    liabilities = _fen(page.locator("[data-test=total-liabilities]").inner_text())
    equity = _fen(page.locator("[data-test=total-equity]").inner_text())
    assert assets == liabilities + equity and assets != 0
    assert page.locator("[data-test=balanced]").inner_text() == "借贷平衡"
    api = _api(server, login(server.base, "finance1"), "/api/v1/finance/balance-sheet")
    assert (assets, liabilities, equity) == (api["total_assets_fen"], api["total_liabilities_fen"],
                                             api["total_equity_fen"])
    assert "资产合计" in page.locator("[data-test=assets-table]").inner_text()
    assert "负债和所有者权益总计" in page.locator("[data-test=liabilities-table]").inner_text()
    doc_screenshot(page, "finance-balance-sheet")

    with page.expect_download() as info:
        page.locator("[data-test=export]").click()
    assert info.value.suggested_filename.startswith("资产负债表")
    cells = _xlsx_cells(info.value, tmp_path)
    assert "资产合计" in cells and "负债和所有者权益合计" in cells

    # the print view: no menu, header or buttons; the report's own title instead
    page.emulate_media(media="print")
    assert page.locator("[data-test=menu]").is_hidden()
    assert page.locator("[data-test=who]").is_hidden() and page.locator("[data-test=print]").is_hidden()
    assert page.get_by_role("heading", name="资产负债表").is_visible()
    assert page.locator("[data-test=assets-table]").is_visible()
    page.emulate_media(media="screen")
    assert page.locator("[data-test=menu]").is_visible() and page.locator("[data-test=print]").is_visible()

    _open(page, "利润表")  # the P&L has its chart and print view too
    page.locator("[data-test=pnl-chart] canvas").wait_for()
    page.emulate_media(media="print")
    assert page.locator("[data-test=menu]").is_hidden() and page.get_by_role("heading", name="利润表").is_visible()


def test_finance_vat_ageing_and_period_close(open_page, server: Server,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    token = login(server.base, "finance1")
    page = open_page()
    sign_in(page, "finance1")

    _open(page, "增值税")
    table = page.locator("[data-test=vat-table]")
    table.get_by_text("合计").wait_for()
    page.locator("[data-test=vat-chart] canvas").wait_for()
    today = dt.date.fromisoformat(_api(server, token, "/api/v1/finance/sales-trend")["to"])
    vat = _api(server, token, "/api/v1/finance/vat", **{"from": today.replace(month=1, day=1).isoformat(),
                                                        "to": today.isoformat()})
    total_row = table.locator(".el-table__row", has_text="合计").inner_text()
    assert _fen(total_row) == vat["output_vat_fen"]
    doc_screenshot(page, "finance-vat")
    with page.expect_download() as info:
        page.locator("[data-test=export]").click()
    assert "增值税汇总" in _xlsx_cells(info.value, tmp_path)

    _open(page, "应收应付账龄")
    page.locator("[data-test=ageing-chart] canvas").wait_for()
    receivables = _api(server, token, "/api/v1/finance/receivables")
    assert _fen(page.locator("[data-test=ageing-total]").inner_text()) == receivables["total"]["balance_fen"]
    page.locator("[data-test=kind]").get_by_text("应付账款").click()
    payables = _api(server, token, "/api/v1/finance/payables")
    page.locator("[data-test=ageing-table]").get_by_text("供应商").wait_for()
    page.wait_for_function("(t) => document.querySelector('[data-test=ageing-total]')?.innerText.includes(t)",
                           arg=f"{payables['total']['balance_fen'] // 100:,}")
    doc_screenshot(page, "finance-ageing")
    with page.expect_download() as info:
        page.locator("[data-test=export]").click()
    assert info.value.suggested_filename.startswith("应付账款")

    _open(page, "期间结账")
    periods = page.locator("[data-test=periods-table]")
    periods.get_by_text("本月进行中").wait_for()
    month = "2020-01"  # long before the demo data: closing it changes nothing another test reads
    picker = page.get_by_placeholder("选择月份")
    picker.fill(month)
    picker.press("Enter")
    page.locator("[data-test=close-selected]").click()
    page.get_by_role("button", name="确定结账").click()
    periods.locator(f"[data-month='{month}']", has_text="已结账").wait_for()
    closed = {p["month"]: p for p in _api(server, token, "/api/v1/finance/periods")["items"]}
    assert closed[month]["closed_by"] in periods.locator(".el-table__row", has_text=month).inner_text()
    page.locator(".el-message").last.wait_for(state="detached")
    doc_screenshot(page, "finance-periods")
    page.emulate_media(media="print")
    assert page.locator("[data-test=menu]").is_hidden() and page.locator("[data-test=close-selected]").is_hidden()
    assert page.get_by_role("heading", name="会计期间结账状态").is_visible()


def _pending_promotion(server: Server) -> None:
    """A promotion marketing1 submits: admin has it to approve."""
    headers = {"Authorization": f"Bearer {login(server.base, 'marketing1')}"}
    now = dt.datetime.now(dt.UTC)
    resp = httpx.post(server.base + "/admin/api/v1/promotions/", headers=headers, timeout=10, json={
        "name": f"首页待审{int(time.time())}", "kind": "full_reduction", "threshold_fen": 10000, "amount_fen": 1000,
        "starts_at": (now + dt.timedelta(days=1)).isoformat(), "ends_at": (now + dt.timedelta(days=8)).isoformat()})
    assert resp.status_code == 201, resp.text
    promotion = resp.json().get("promotion", resp.json())
    resp = httpx.post(server.base + f"/admin/api/v1/promotions/{promotion['id']}/submit", headers=headers, timeout=10)
    assert resp.status_code == 200, resp.text


def _tile_counts(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    page.wait_for_function("() => [...document.querySelectorAll('[data-test=waiting] [data-test=count]')]"
                           ".every((e) => /^\\d+$/.test(e.innerText.trim()))")
    out = {}
    for tile in page.locator("[data-test=waiting] .tile").all():
        key = tile.get_attribute("data-test").removeprefix("waiting-")
        out[key] = int(tile.locator("[data-test=count]").inner_text())
    return out


def test_dashboard_for_admin_charts_and_waiting_counts(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                      admin_totp: Totp) -> None:
    _pending_promotion(server)
    page = open_page()
    sign_in(page, "admin", admin_totp)
    for chart in ("chart-stores", "chart-channels", "chart-trend"):
        page.locator(f"[data-test={chart}] canvas").wait_for()
    counts = _tile_counts(page)

    token = page.evaluate("localStorage.getItem('cradle.console.access')")  # the page's own session
    aftersales = _api(server, token, "/admin/api/v1/orders/awaiting-decision")
    expected = {
        "po": len(_api(server, token, "/api/v1/purchasing/approvals")["items"]),
        "promotions": _api(server, token, "/admin/api/v1/promotions/", status="pending_approval")["total"],
        "returns": aftersales["returns"]["total"],
        "refund-requests": aftersales["refund_requests"]["total"],
        "dead-letters": _api(server, token, "/admin/api/v1/channels/dead-letters", status="open")["total"],
        "failed-refunds": _api(server, token, "/admin/api/v1/refunds/", status="failed")["total"],
        "journal": _api(server, token, "/admin/api/v1/finance/journal-entries", status="pending")["total"],
    }
    assert counts == expected
    assert counts["promotions"] >= 1

    trend = _api(server, token, "/api/v1/finance/sales-trend")
    month = _api(server, token, "/api/v1/finance/gross-margin", by="location", **{"from": trend["from"],
                                                                                   "to": trend["to"]})
    assert _fen(page.locator("[data-test=kpi-month-sales]").inner_text()) == month["total"]["revenue_fen"]
    low = _api(server, token, "/api/v1/stock/alerts/low-stock")
    assert page.locator("[data-test=low-stock-total]").inner_text() == f"{low['total']} 项"
    page.locator("[data-test=period]").get_by_text("本月").click()
    page.locator("[data-test=period] .is-active", has_text="本月").wait_for()
    page.wait_for_timeout(600)  # the toggle's and the charts' transitions
    doc_screenshot(page, "dashboard-admin")

    # a 768-wide tablet: the blocks stack, nothing runs off the side, the charts still draw
    page.set_viewport_size({"width": 768, "height": 1024})
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    box = page.locator("[data-test=chart-stores] canvas").bounding_box()
    assert box is not None and box["width"] > 300 and box["x"] + box["width"] <= 768
    assert page.locator("[data-test=waiting-po]").is_visible()
    assert page.locator("[data-test=low-stock]").is_visible()


def test_dashboard_shows_each_role_only_its_blocks(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "finance1")
    page.locator("[data-test=chart-stores] canvas").wait_for()
    assert set(_tile_counts(page)) == {"failed-refunds", "journal"}  # no POs, promotions or dead letters
    doc_screenshot(page, "dashboard-finance")

    manager = open_page()
    sign_in(manager, "manager1")  # their stores' POs and after-sales, no promotions to approve (HQ approves)
    manager.locator("[data-test=chart-stores] canvas").wait_for()
    counts = _tile_counts(manager)
    token = manager.evaluate("localStorage.getItem('cradle.console.access')")
    aftersales = _api(server, token, "/admin/api/v1/orders/awaiting-decision")
    assert counts == {"po": len(_api(server, token, "/api/v1/purchasing/approvals")["items"]),
                      "returns": aftersales["returns"]["total"],
                      "refund-requests": aftersales["refund_requests"]["total"]}

    clerk = open_page()
    sign_in(clerk, "clerk1")
    clerk.locator("[data-test=low-stock-total]").get_by_text("项").wait_for()
    assert clerk.locator("[data-test=sales-kpis]").count() == 0 and clerk.locator("[data-test=waiting]").count() == 0
    assert clerk.locator("[data-test=near-expiry]").is_visible()
