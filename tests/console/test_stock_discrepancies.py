"""Stock discrepancies in the browser: clerk1's till syncs an offline counter sale of more units than the books
have at the store (through the API), manager1 sees the discrepancy (the shortfall, the sale's order) and resolves it
with what was done, and the API shows it resolved with that note; finance1 reads the list without the resolve
button; a clerk has no such page (fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt
import time

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

STORE = "ST-001"  # manager1's and clerk1's store
CHINA = dt.timezone(dt.timedelta(hours=8))


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=15,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _offline_sale_beyond_stock(server: Server) -> dict:  # type: ignore[type-arg]
    with _api(server, "manager1") as manager, _api(server, "clerk1") as clerk:
        level = next(i for i in manager.get("/admin/api/v1/stock", params={"location_code": STORE,
                                                                          "page_size": 50}).json()["items"]
                     if i["available"] > 0)
        qty = level["available"] + 3
        sale = {"key": f"till-browser-{time.time_ns()}", "location_code": STORE,
                "occurred_at": (dt.datetime.now(CHINA) - dt.timedelta(minutes=10)).isoformat(),
                "items": [{"sku_code": level["sku_code"], "qty": qty, "unit_price_fen": 1000}],
                "payments": [{"method": "cash", "amount_fen": qty * 1000}]}
        resp = clerk.post("/api/v1/pos/offline-sales", json={"sales": [sale]})
        assert resp.status_code == 200, resp.text
        result = resp.json()["results"][0]
        assert result["status"] == "recorded" and result["discrepancies"][0]["qty_short"] >= 3, result
        return {"sku_code": level["sku_code"], "id": result["discrepancies"][0]["id"],
                "qty_short": result["discrepancies"][0]["qty_short"], "order_no": result["order"]["order_no"]}


def test_manager_resolves_a_discrepancy_from_an_offline_sale(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    found = _offline_sale_beyond_stock(server)
    page = open_page()
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="库存差异").click()
    row = page.locator("[data-test=discrepancy-table] .el-table__row", has_text=found["order_no"])
    expect(row.locator("[data-test=qty-short]")).to_have_text(str(found["qty_short"]))
    assert found["sku_code"] in row.inner_text()
    with _api(server, "manager1") as api:
        listed = api.get("/admin/api/v1/stock/discrepancies", params={"status": "open"}).json()
    expect(page.locator("[data-test=open-count]")).to_contain_text(str(listed["open"]))

    row.locator("[data-test=resolve]").click()
    page.locator(".el-message-box input").fill("已盘点更正，并从仓库调拨补货")
    page.locator(".el-message-box .el-button--primary").click()
    expect(row).to_have_count(0)  # the open list no longer has it
    page.locator("[data-test=discrepancy-status-filter]").get_by_text("已处理").click()
    done = page.locator("[data-test=discrepancy-table] .el-table__row", has_text=found["order_no"])
    expect(done.locator("[data-test=resolution]")).to_contain_text("已盘点更正，并从仓库调拨补货")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    with _api(server, "manager1") as api:
        resolved = api.get("/admin/api/v1/stock/discrepancies", params={"status": "resolved"}).json()["items"]
    d = next(i for i in resolved if i["id"] == found["id"])
    assert d["resolution_note"] == "已盘点更正，并从仓库调拨补货" and d["resolved_by_id"] is not None

    reader = open_page()
    reader.set_viewport_size({"width": 768, "height": 1024})
    sign_in(reader, "finance1")
    reader.locator("[data-test=menu] .el-menu-item", has_text="库存差异").click()
    reader.locator("[data-test=discrepancy-status-filter]").get_by_text("全部").click()
    reader.locator("[data-test=discrepancy-table] .el-table__row", has_text=found["order_no"]).wait_for()
    assert reader.locator("[data-test=resolve]").count() == 0


def test_clerk_has_no_discrepancy_page(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    assert "库存差异" not in menu_titles(page)
    page.goto("/console/stock/discrepancies")
    page.locator("[data-test=forbidden]").wait_for()
