"""The console's legacy import in the browser: upload an old system's xlsx, map a column the import does not
recognise, dry run with its row-by-row report and progress, commit, roll back (checked through the API); and a
role without the import permission has no 数据导入 menu (fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import httpx
from openpyxl import Workbook
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM


def _legacy_products(path: Path, prefix: str) -> None:
    """An old till's product export: 货品代码 is no header the import knows, so it is mapped by hand."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "商品资料"
    ws.append(["货品代码", "商品名称", "售价", "分类", "品牌", "备注"])
    ws.append([f"{prefix}1", "浏览器导入奶粉", 328.5, "奶粉/一段", "测试品牌", "新品"])
    ws.append([f"{prefix}2", "浏览器导入湿巾", "¥12.00", "用品/湿巾", None, None])
    ws.append([f"{prefix}3", "浏览器导入围兜", "abc", "用品", None, None])  # bad price
    ws.append([f"{prefix}4", None, 9.9, "用品", None, None])  # no name
    wb.save(path)


def _skus(server: Server, token: str, code: str) -> list[dict]:  # type: ignore[type-arg]
    resp = httpx.get(server.base + "/admin/api/v1/catalog/skus", params={"q": code},
                     headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert resp.status_code == 200, resp.text
    return [s for s in resp.json()["items"] if s["code"] == code]


def test_import_dry_run_report_progress_commit_and_rollback(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                             admin_totp: Totp, tmp_path: Path) -> None:
    stamp = int(time.time() * 1000) % 10**10
    prefix = f"LG{stamp}-"
    filename = f"旧系统商品{stamp}.xlsx"
    path = tmp_path / filename
    _legacy_products(path, prefix)

    page = open_page()
    sign_in(page, "admin", admin_totp)
    page.locator("[data-test=menu] .el-menu-item", has_text="数据导入").click()
    page.locator("[data-test=import-table]").wait_for()
    page.locator("[data-test=new-import]").click()

    # 1. choose the kind and the file
    page.locator("[data-test=kind] .el-radio").filter(has_text=re.compile(r"^\s*商品\s*$")).click()
    page.locator("[data-test=file] input[type=file]").set_input_files(str(path))
    assert filename in page.locator("[data-test=picked]").inner_text()
    page.locator("[data-test=next]").click()

    # 2. map the columns: the recognised headers are chosen already, 货品代码 is not
    mapping = page.locator("[data-test=mapping]")
    mapping.wait_for()
    problem = page.locator("[data-test=mapping-problem]")
    assert "商品编码" in problem.first.inner_text()
    assert page.locator("[data-test=dry-run]").is_disabled()
    doc_screenshot(page, "imports-mapping")
    page.locator("[data-test=map-sku_code]").click()
    page.locator(".el-select-dropdown__item:visible", has_text="货品代码").click()
    expect(problem).to_have_count(0)
    assert "备注" in mapping.inner_text()  # listed as an unused column
    scheme = f"旧收银系统{stamp}"  # kept for the next file from that system
    page.locator("[data-test=keep-mapping]").click()
    page.locator("input[name=mapping-name]").fill(scheme)
    page.locator("[data-test=dry-run]").click()

    # 3. the dry run's report: two rows pass, two are refused with their reasons; nothing imported yet
    status = page.locator("[data-test=job-status]")
    status.get_by_text("已预检").wait_for()
    job_id = int(page.url.rstrip("/").split("/")[-1])
    assert page.locator("[data-test=ok-rows]").inner_text().strip() == "2"
    assert page.locator("[data-test=rejected-rows]").inner_text().strip() == "2"
    assert page.locator("[data-test=progress-count]").inner_text() == "0 / 2 行"
    assert page.locator("[data-test=progress] [role=progressbar]").get_attribute("aria-valuenow") == "0"
    assert "货品代码 → 商品编码" in page.locator("[data-test=job-facts]").inner_text()
    report = page.locator("[data-test=report-table]")
    report.get_by_text("售价「abc」不是有效金额").wait_for()
    text = report.inner_text()
    assert "商品名称为空" in text and "售价：¥328.50" in text and "分类：奶粉/一段" in text and f"{prefix}2" in text
    page.locator("[data-test=row-filter] .el-radio-button", has_text="有误").click()
    expect(report.locator(".el-table__row")).to_have_count(2)
    assert "浏览器导入奶粉" not in report.inner_text()
    assert [t.strip() for t in report.locator(".el-tag").all_inner_texts()] == ["有误", "有误"]
    doc_screenshot(page, "imports-report")

    token = login(server.base, "marketing1")  # another HQ account, to read the catalogue through the API
    schemes = httpx.get(server.base + "/admin/api/v1/imports/mappings", headers={"Authorization": f"Bearer {token}"},
                        timeout=10).json()["items"]
    assert next(m for m in schemes if m["name"] == scheme)["columns"]["货品代码"] == "sku_code"
    assert _skus(server, token, f"{prefix}1") == []

    # 4. commit: the progress bar follows the batches to 2 / 2, the rows are in the catalogue
    page.locator("[data-test=commit]").click()
    page.locator(".el-message-box").get_by_role("button", name="开始导入").click()
    status.get_by_text("已导入").wait_for()
    assert page.locator("[data-test=progress-count]").inner_text() == "2 / 2 行"
    assert page.locator("[data-test=progress] [role=progressbar]").get_attribute("aria-valuenow") == "100"
    imported = _skus(server, token, f"{prefix}1")
    assert len(imported) == 1 and imported[0]["price_fen"] == 32850
    assert len(_skus(server, token, f"{prefix}2")) == 1
    assert _skus(server, token, f"{prefix}3") == []  # refused in the dry run, never imported

    # 5. rollback: the rows are gone again
    page.locator("[data-test=rollback]").click()
    page.locator(".el-message-box").get_by_role("button", name="确认撤回").click()
    status.get_by_text("已撤回").wait_for()
    assert _skus(server, token, f"{prefix}1") == [] and _skus(server, token, f"{prefix}2") == []
    job = httpx.get(f"{server.base}/admin/api/v1/imports/{job_id}", headers={"Authorization": f"Bearer {token}"},
                    timeout=10).json()["job"]
    assert (job["status"], job["imported_rows"], job["mapping"]["sku_code"]) == ("rolled_back", 0, "货品代码")

    # the list of past runs shows it with its status
    page.get_by_role("button", name="返回导入记录").click()
    row = page.locator("[data-test=import-table] .el-table__row", has_text=filename)
    row.locator("[data-test=status]").get_by_text("已撤回").wait_for()
    assert "商品" in row.inner_text()
    doc_screenshot(page, "imports-list")

    # a 768-wide tablet: the pages fit the width (tables scroll inside themselves)
    page.set_viewport_size({"width": 768, "height": 1024})
    for url in ("/console/imports", "/console/imports/new", f"/console/imports/{job_id}"):
        page.goto(url)
        page.locator(".el-card").first.wait_for()
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= 768, url


def test_a_large_dry_run_shows_its_progress_then_the_report(open_page, admin_totp: Totp,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    """20,000 rows: the dry run runs in the background and the page's bar follows it (sampled in the browser
    every 50 ms) until the row-by-row report replaces it."""
    stamp = int(time.time() * 1000) % 10**10
    path = tmp_path / f"大文件{stamp}.csv"
    rows = [f"BG{stamp}-{i},大文件商品{i},{'免费' if i % 1000 == 0 else '9.90'},用品/大文件" for i in range(1, 20001)]
    path.write_text("商品编码,商品名称,售价,分类\n" + "\n".join(rows) + "\n", encoding="utf-8")

    page = open_page()
    sign_in(page, "admin", admin_totp)
    page.goto("/console/imports/new")
    page.locator("[data-test=kind] .el-radio").filter(has_text=re.compile(r"^\s*商品\s*$")).click()
    page.locator("[data-test=file] input[type=file]").set_input_files(str(path))
    page.locator("[data-test=next]").click()
    page.locator("[data-test=mapping]").wait_for()
    expect(page.locator("[data-test=mapping-problem]")).to_have_count(0)
    page.evaluate("""() => {
      window.checkSamples = []
      window.checkSampler = setInterval(() => {
        const bar = document.querySelector('[data-test=check-progress] [role=progressbar]')
        if (bar) window.checkSamples.push(Number(bar.getAttribute('aria-valuenow')))
      }, 50)
    }""")
    page.locator("[data-test=dry-run]").click()
    page.locator("[data-test=job-status]").get_by_text("已预检").wait_for(timeout=120_000)
    samples = page.evaluate("() => { clearInterval(window.checkSampler); return window.checkSamples }")
    assert samples, "the progress bar was never shown while checking"
    assert samples == sorted(samples), samples  # it only moves forward
    assert any(0 < v < 100 for v in samples), samples  # caught part way

    # the bar gives way to the report: 20 rows refused ("免费" is no price), the rest passed
    expect(page.locator("[data-test=check-progress]")).to_have_count(0)
    assert page.locator("[data-test=ok-rows]").inner_text().strip() == "19980"
    assert page.locator("[data-test=rejected-rows]").inner_text().strip() == "20"
    page.locator("[data-test=row-filter] .el-radio-button", has_text="有误").click()
    report = page.locator("[data-test=report-table]")
    report.get_by_text("售价「免费」不是有效金额").first.wait_for()
    assert "大文件商品1000" in report.inner_text()


def test_roles_without_import_permission_have_no_imports_menu(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    for username in ("finance1", "manager1", "buyer1"):
        page = open_page()
        sign_in(page, username)
        assert "数据导入" not in menu_titles(page), username
    page.goto("/console/imports/new")  # the last one (buyer1) types the address
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/imports/",
                     headers={"Authorization": f"Bearer {login(server.base, 'buyer1')}"}, timeout=10)
    assert resp.status_code == 403


def test_a_sales_history_import_shows_its_totals_against_the_file(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                                  admin_totp: Totp, tmp_path: Path) -> None:
    """Completed legacy orders through the console: the dry run refuses an unknown SKU, the commit imports the
    rest, and the totals card compares the file with what is in Cradle per store and month (the refused
    order is the difference); rollback takes the imported figures back to zero."""
    token = login(server.base, "marketing1")
    sku = httpx.get(server.base + "/admin/api/v1/catalog/skus", headers={"Authorization": f"Bearer {token}"},
                    timeout=10).json()["items"][0]["code"]
    stamp = int(time.time() * 1000) % 10**10
    day = (dt.date.today() - dt.timedelta(days=40)).isoformat()
    path = tmp_path / f"历史订单{stamp}.csv"
    path.write_text("\n".join([
        "订单号,门店编码,商品编码,数量,单价,实付金额,销售时间,订单状态,积分计入",
        f"HX{stamp}-1,ST-001,{sku},2,100,200,{day} 10:00,已完成,是",
        f"HX{stamp}-2,ST-001,{sku},1,100,95.5,{day} 11:00,交易成功,否",
        f"HX{stamp}-3,ST-001,NOPE{stamp},1,10,10,{day} 12:00,已完成,否",  # unknown SKU: refused
    ]) + "\n", encoding="utf-8")

    page = open_page()
    sign_in(page, "admin", admin_totp)
    page.goto("/console/imports/new")
    page.locator("[data-test=kind] .el-radio").filter(has_text="历史销售订单").click()
    page.locator("[data-test=file] input[type=file]").set_input_files(str(path))
    page.locator("[data-test=next]").click()
    page.locator("[data-test=mapping]").wait_for()
    expect(page.locator("[data-test=mapping-problem]")).to_have_count(0)
    page.locator("[data-test=dry-run]").click()
    status = page.locator("[data-test=job-status]")
    status.get_by_text("已预检").wait_for()
    assert page.locator("[data-test=ok-rows]").inner_text().strip() == "2"
    assert page.locator("[data-test=rejected-rows]").inner_text().strip() == "1"

    page.locator("[data-test=commit]").click()
    page.locator(".el-message-box").get_by_role("button", name="开始导入").click()
    status.get_by_text("已导入").wait_for()
    totals = page.locator("[data-test=history-totals]")
    expect(totals.locator("[data-test=totals-verdict]")).to_have_text("文件与已导入有差异")
    first = totals.locator("[data-test=totals-table] .el-table__row").first
    expect(first).to_contain_text("ST-001")
    expect(first).to_contain_text(day[:7])
    expect(first).to_contain_text("3 / 2 (1)")  # orders: file / imported (difference)
    expect(first).to_contain_text("¥305.50 / ¥295.50 (¥10.00)")
    report = page.locator("[data-test=report-table]").inner_text()
    assert f"HX{stamp}-1" in report and "[object Object]" not in report and "location_id" not in report
    # a yes/no column reads 是 / 否, never true / false
    assert "积分计入：是" in report and "积分计入：否" in report, report
    assert "true" not in report and "false" not in report, report
    doc_screenshot(page, "imports-history-totals")

    page.locator("[data-test=rollback]").click()
    page.locator(".el-message-box").get_by_role("button", name="确认撤回").click()
    status.get_by_text("已撤回").wait_for()
    expect(first).to_contain_text("3 / 0 (3)")
