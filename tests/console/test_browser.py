"""The console's shell in the browser: login (password, TOTP), the role-aware menu, the 403 page, logout; the
P&L export and the promotions maker-checker (fixtures in conftest.py)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.console.conftest import NEEDS_CHROMIUM, Totp, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM


def test_visitor_without_session_sees_the_login_screen(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    resp = page.goto("/console/promotions")
    assert resp is not None and resp.status == 200
    page.get_by_role("button", name="登录", exact=True).wait_for()
    assert "登录" in page.content()
    assert page.url.endswith("/console/login?next=/promotions")


def test_finance_opens_pnl_and_exports_xlsx(open_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    page = open_page()
    sign_in(page, "finance1")
    assert "利润表" in menu_titles(page)
    assert "促销活动" not in menu_titles(page)
    page.locator("[data-test=menu] .el-menu-item", has_text="利润表").click()
    table = page.locator("[data-test=pnl-table]")
    table.get_by_text("净利润").wait_for()
    assert "¥" in table.inner_text()
    with page.expect_download() as info:
        page.locator("[data-test=export]").click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx") and "利润表" in download.suggested_filename
    path = tmp_path / "pnl.xlsx"
    download.save_as(path)
    sheet = load_workbook(path).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any("净利润" in c for c in cells), cells[:20]


def test_admin_logs_in_with_totp(open_page, admin_totp: Totp) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "admin", admin_totp)
    assert page.locator("[data-test=who]").inner_text().endswith("（总部管理员）")
    assert {"首页", "利润表", "促销活动"} <= set(menu_titles(page))


def test_marketing_drafts_and_admin_approves_a_promotion(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                          admin_totp: Totp) -> None:
    name = f"浏览器测试满减{int(time.time())}"
    maker = open_page()
    sign_in(maker, "marketing1")  # an hq_admin account: may approve promotions, never its own
    maker.locator("[data-test=menu] .el-menu-item", has_text="促销活动").click()
    maker.locator("[data-test=new-promotion]").click()
    form = maker.locator("[data-test=promotion-form]")
    form.locator("input[name=promotion-name]").fill(name)
    form.locator("input[name=threshold]").fill("199")
    form.locator("input[name=amount]").fill("20.5")
    maker.locator("[data-test=save-promotion]").click()
    row = maker.locator("[data-test=promotion-table] .el-table__row", has_text=name)
    row.get_by_text("草稿").wait_for()
    assert "满 ¥199.00 减 ¥20.50" in row.inner_text()
    row.locator("[data-test=submit]").click()
    row.get_by_text("待审批").wait_for()
    assert row.locator("[data-test=approve]").count() == 0  # the maker never approves their own
    assert "等待其他管理员审批" in row.inner_text()

    checker = open_page()
    sign_in(checker, "admin", admin_totp)
    checker.locator("[data-test=menu] .el-menu-item", has_text="促销活动").click()
    pending = checker.locator("[data-test=promotion-table] .el-table__row", has_text=name)
    pending.locator("[data-test=approve]").click()
    pending.get_by_text("进行中").wait_for()

    token = login(server.base, "marketing1")
    listed = httpx.get(server.base + "/admin/api/v1/promotions/", params={"status": "approved"},
                       headers={"Authorization": f"Bearer {token}"}, timeout=10).json()["items"]
    saved = next(p for p in listed if p["name"] == name)
    me = httpx.get(server.base + "/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    assert saved["threshold_fen"] == 19900 and saved["amount_fen"] == 2050
    assert saved["created_by_id"] == me["id"] and saved["approved_by_id"] not in (None, me["id"])


def test_clerk_has_no_finance_menu_and_a_direct_url_is_403(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    titles = menu_titles(page)
    assert "利润表" not in titles and "促销活动" not in titles
    page.goto("/console/finance/pnl")
    page.locator("[data-test=forbidden]").wait_for()
    assert "无权访问" in page.locator("[data-test=forbidden]").inner_text()
    # the API refuses it too: the menu only mirrors the rule
    resp = httpx.get(server.base + "/api/v1/finance/pnl",
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1')}"}, timeout=10)
    assert resp.status_code == 403


def test_logout_ends_the_session_on_the_server(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "buyer1")
    refresh = page.evaluate("localStorage.getItem('cradle.console.refresh')")
    page.locator("[data-test=logout]").click()
    page.get_by_role("button", name="登录", exact=True).wait_for()
    assert page.evaluate("localStorage.getItem('cradle.console.refresh')") is None
    resp = httpx.post(server.base + "/api/v1/auth/refresh", json={"refresh_token": refresh}, timeout=10)
    assert resp.status_code == 401
