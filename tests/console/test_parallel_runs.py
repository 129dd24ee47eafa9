"""Parallel runs in the browser: admin starts a run for manager1's store, uploads the old system's sales summary
for yesterday (a CSV whose cash figure Cradle does not have), and the day's differences show as the API compared
them, the unexplained ones highlighted, with the drill-down of Cradle's orders; admin explains one; manager1 reads
the run with no upload or explain buttons (the API refuses the upload); a clerk has no such page."""

from __future__ import annotations

import datetime as dt

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

STORE = "ST-001"  # manager1's store
DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}
CHINA = dt.timezone(dt.timedelta(hours=8))


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=15,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _choose(page, select, text: str) -> None:  # type: ignore[no-untyped-def]
    select.click()
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()


def test_admin_uploads_legacy_sales_and_sees_the_differences(  # type: ignore[no-untyped-def]
        open_page, server: Server, admin_totp: Totp) -> None:
    with _api(server, "manager1") as api:
        assert not [r for r in api.get("/admin/api/v1/parallel-runs/").json()["items"]
                    if r["location_code"] == STORE and r["status"] == "running"]
    yesterday = (dt.datetime.now(CHINA).date() - dt.timedelta(days=1)).isoformat()
    csv = "渠道,支付方式,金额\n门店,现金,1.23\n".encode()

    admin = open_page()
    admin.set_viewport_size(DESKTOP)
    sign_in(admin, "admin", admin_totp)
    admin.locator("[data-test=menu] .el-menu-item", has_text="并行运行").click()
    admin.locator("[data-test=new-run]").click()
    _choose(admin, admin.locator("[data-test=run-store]"), STORE)
    admin.locator("[data-test=save-run]").click()
    admin.locator("[data-test=run-title]", has_text=STORE).wait_for()
    run_id = int(admin.url.rstrip("/").rsplit("/", 1)[1])
    expect(admin.locator("[data-test=clear-streak]")).to_have_text("0 / 3")

    admin.locator("[data-test=upload-file]").set_input_files(
        files=[{"name": "sales.csv", "mimeType": "text/csv", "buffer": csv}])
    admin.locator("[data-test=upload]").click()
    detail = admin.locator("[data-test=day-detail]")
    detail.wait_for()
    assert yesterday in detail.inner_text()

    with _api(server, "manager1") as api:
        day = api.get(f"/admin/api/v1/parallel-runs/{run_id}/days/{yesterday}").json()
    assert day["status"] == "incomplete" and day["missing_sections"] == ["stock", "members"]
    cash = next(d for d in day["items"] if d["key"] == "pos/cash")
    assert cash["legacy_value"] == 123 and cash["cradle_value"] != 123
    rows = detail.locator("[data-test=difference-table] .el-table__body tr.el-table__row")
    expect(rows).to_have_count(len(day["items"]))
    row = rows.filter(has_text=cash["label"])
    expect(row.locator("[data-test=legacy-value]")).to_have_text("¥1.23")
    assert "diff-open" in (row.get_attribute("class") or "")  # unexplained: highlighted
    expect(row.locator("[data-test=unexplained]")).to_be_visible()
    day_row = admin.locator("[data-test=day-table] .el-table__row", has_text=yesterday)
    expect(day_row.locator("[data-test=day-status]")).to_have_text("待上传")
    assert "销售汇总 ✓ 1 行" in day_row.inner_text()

    # the drill-down: Cradle's orders behind its cash figure (as many as the API lists)
    row.locator(".el-table__expand-icon").click()
    drill = detail.locator("[data-test=drill-down]")
    drill.wait_for()
    if cash["drill_down"]["orders"]:
        expect(drill.locator(".el-table__row")).to_have_count(len(cash["drill_down"]["orders"]))
        assert cash["drill_down"]["orders"][0]["order_no"] in drill.inner_text()
    doc_screenshot(admin, "parallel-run")

    row.locator("[data-test=explain]").click()
    admin.locator(".el-message-box input").fill("旧系统当天漏录一笔现金小票")
    admin.locator(".el-message-box .el-button--primary").click()
    row = rows.filter(has_text=cash["label"])
    expect(row.locator("[data-test=reason]")).to_have_text("旧系统当天漏录一笔现金小票")
    assert "diff-explained" in (row.get_attribute("class") or "")
    with _api(server, "manager1") as api:
        again = api.get(f"/admin/api/v1/parallel-runs/{run_id}/days/{yesterday}").json()
    assert next(d for d in again["items"] if d["key"] == "pos/cash")["explained"] is True

    # the store manager reads it (tablet), without the HQ buttons; the API refuses the upload
    manager = open_page()
    manager.set_viewport_size(TABLET)
    sign_in(manager, "manager1")
    manager.goto(f"/console/parallel-runs/{run_id}")
    manager.locator("[data-test=day-detail]").wait_for()
    expect(manager.locator("[data-test=difference-table] [data-test=reason]").first).to_be_visible()
    assert manager.locator("[data-test=upload-card]").count() == 0
    assert manager.locator("[data-test=explain]").count() == 0
    assert manager.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    with _api(server, "manager1") as api:
        refused = api.post(f"/admin/api/v1/parallel-runs/{run_id}/days/{yesterday}/exports",
                           params={"section": "sales"}, files={"file": ("sales.csv", csv, "text/csv")})
    assert refused.status_code == 403


def test_clerk_has_no_parallel_runs(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    assert "并行运行" not in menu_titles(page)
    page.goto("/console/parallel-runs")
    page.locator("[data-test=forbidden]").wait_for()
