"""Offline price variances in the browser: clerk1's till syncs an offline counter sale charged at 1 fen a unit
(through the API), manager1 sees it on 离线售价差异 with each line's list price against the charged price and
reviews it with what happened; the API then answers it reviewed with that note; a clerk has no such page."""

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


def _underpriced_offline_sale(server: Server) -> dict:  # type: ignore[type-arg]
    with _api(server, "manager1") as manager, _api(server, "clerk1") as clerk:
        level = next(i for i in manager.get("/admin/api/v1/stock", params={"location_code": STORE,
                                                                          "page_size": 50}).json()["items"]
                     if i["available"] > 1)
        sale = {"key": f"till-price-{time.time_ns()}", "location_code": STORE,
                "occurred_at": (dt.datetime.now(CHINA) - dt.timedelta(minutes=5)).isoformat(),
                "items": [{"sku_code": level["sku_code"], "qty": 1, "unit_price_fen": 1}],
                "payments": [{"method": "cash", "amount_fen": 1}]}
        resp = clerk.post("/api/v1/pos/offline-sales", json={"sales": [sale]})
        assert resp.status_code == 200, resp.text
        result = resp.json()["results"][0]
        assert result["status"] == "recorded" and result["price_variance"], result
        listed = manager.get("/admin/api/v1/orders/offline-price-variances", params={"reviewed": False}).json()
        row = next(r for r in listed["items"] if r["order_no"] == result["order"]["order_no"])
        return {"sku_code": level["sku_code"], "order_no": row["order_no"], "id": row["id"],
                "variance_fen": row["variance_fen"], "expected": row["lines"][0]["expected_unit_fen"]}


def _yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


def test_manager_reviews_an_offline_sale_charged_below_the_price_list(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    found = _underpriced_offline_sale(server)
    page = open_page()
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="离线售价差异").click()
    row = page.locator("[data-test=variance-table] .el-table__row", has_text=found["order_no"])
    expect(row.locator("[data-test=variance-amount]")).to_have_text(_yuan(found["variance_fen"]))
    expect(row.locator("[data-test=variance-line]")).to_contain_text(
        f"{found['sku_code']} × 1：{_yuan(found['expected'])} / ¥0.01")
    with _api(server, "manager1") as api:
        pending = api.get("/admin/api/v1/orders/offline-price-variances").json()["pending"]
    expect(page.locator("[data-test=pending-count]")).to_contain_text(str(pending))

    row.locator("[data-test=review]").click()
    page.locator(".el-message-box input").fill("收银员按错价格，已向顾客补收")
    page.locator(".el-message-box").get_by_role("button", name="核实").click()
    expect(row).to_have_count(0)  # gone from 待核实
    page.locator("[data-test=variance-filter]").get_by_text("已核实").click()
    done = page.locator("[data-test=variance-table] .el-table__row", has_text=found["order_no"])
    expect(done.locator("[data-test=review-note]")).to_contain_text("已向顾客补收")
    with _api(server, "manager1") as api:
        reviewed = api.get("/admin/api/v1/orders/offline-price-variances", params={"reviewed": True}).json()["items"]
    mine = next(r for r in reviewed if r["id"] == found["id"])
    assert mine["reviewed"] and mine["review_note"] == "收银员按错价格，已向顾客补收"

    # a 768-wide tablet: the page fits (the table scrolls inside itself)
    page.set_viewport_size({"width": 768, "height": 1024})
    page.reload()
    page.locator("[data-test=variance-table]").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 768


def test_clerk_has_no_price_variance_page(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    assert "离线售价差异" not in menu_titles(page)
    page.goto("/console/orders/price-variances")
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/orders/offline-price-variances",
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1')}"}, timeout=10)
    assert resp.status_code == 403
