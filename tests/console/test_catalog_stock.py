"""The catalogue and stock pages in the browser: SKU search (pinyin, barcode) and detail, an HQ edit saved through
the API, the stock page by batch with expiry (?sku_code / ?location_code), a stocktake counted, submitted and
posted, an adjustment with a reason in the movement journal, a transfer from request to receipt, a price list
(fixtures in conftest.py); HQ creates a product and its SKU. Checks go through the API, as another client would see the result."""

from __future__ import annotations

import time
from typing import Any

import httpx
from playwright.sync_api import expect

from backend.demo.data import EXPIRED_DEMO_BATCH
from tests.console.conftest import NEEDS_CHROMIUM, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}


def api(server: Server, user: str, path: str, **params: Any) -> Any:
    resp = httpx.get(server.base + path, params=params, headers={"Authorization": f"Bearer {login(server.base, user)}"},
                     timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()


def choose(page, select, option: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an option of an Element Plus select (its dropdown is teleported to the body)."""
    select.click()
    page.locator(".el-select__popper:visible .el-select-dropdown__item", has_text=option).first.click()
    expect(page.locator(".el-select__popper:visible")).to_have_count(0)


def fits_a_tablet(page) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size(TABLET)
    page.wait_for_timeout(300)  # the tables lay out again
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= TABLET["width"], f"the page scrolls sideways at 768 px ({width})"
    page.set_viewport_size(DESKTOP)


def quiet(page) -> None:  # type: ignore[no-untyped-def]
    """Wait for the toast messages to fade, so a screenshot for the docs shows the page."""
    expect(page.locator(".el-message")).to_have_count(0, timeout=15000)


def box(page, name: str):  # type: ignore[no-untyped-def]
    """The text box of a data-test field: Element Plus puts the attribute on the <input> of an el-input and on
    the wrapper of an el-input-number."""
    return page.locator(f"input[data-test='{name}'], [data-test='{name}'] input").first


def on_hand(server: Server, sku_code: str, location_code: str) -> int:
    data = api(server, "marketing1", "/api/v1/stock", sku_code=sku_code, location_code=location_code)
    return sum(loc["on_hand"] for loc in data["locations"] if loc["location_code"] == location_code)


def test_search_by_pinyin_and_barcode_opens_the_detail(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    hit = api(server, "marketing1", "/api/v1/skus", q="atm")["items"][0]  # 爱他美 by its pinyin initials
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "buyer1")
    assert {"商品", "价格表", "库存查询"} <= set(menu_titles(page))
    page.locator("[data-test=menu] .el-menu-item", has_text="商品").first.click()
    box(page, "sku-search").fill("atm")
    page.locator("[data-test=search]").click()
    table = page.locator("[data-test=sku-table]")
    table.get_by_text(hit["sku_code"]).wait_for()
    assert "爱他美" in table.inner_text()
    doc_screenshot(page, "catalog-search")

    box(page, "sku-search").fill(hit["barcode"])
    box(page, "sku-search").press("Enter")
    page.wait_for_url(f"**/catalog/skus?q={hit['barcode']}")
    table.locator("[data-test=sku-link]", has_text=hit["sku_code"]).first.click()
    page.wait_for_url(f"**/console/catalog/skus/{hit['sku_code']}")
    assert page.locator("[data-test=sku-code]").inner_text() == hit["sku_code"]
    assert hit["barcode"] in page.locator("[data-test=sku-detail]").inner_text()
    page.locator("[data-test=sku-stock] tbody tr").first.wait_for()  # stock per location
    assert page.locator("[data-test=edit-sku]").count() == 0  # a purchaser reads; HQ edits
    doc_screenshot(page, "catalog-sku-detail")
    fits_a_tablet(page)


def test_hq_edits_a_sku_and_the_api_has_it(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    code = api(server, "marketing1", "/api/v1/skus", q="atm")["items"][-1]["sku_code"]
    spec = f"新包装{int(time.time()) % 100000}"
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "marketing1")  # hq_admin
    page.goto(f"/console/catalog/skus/{code}")
    page.locator("[data-test=edit-sku]").click()
    form = page.locator("[data-test=sku-form]")
    form.locator("input[name=sku-spec]").fill(spec)
    page.locator("[data-test=save-sku]").click()
    page.locator("[data-test=sku-spec]", has_text=spec).wait_for()
    assert api(server, "marketing1", f"/api/v1/skus/{code}")["spec"] == spec

    # a barcode that is not 8-14 digits is caught in the form (the API refuses it too); nothing is sent
    page.locator("[data-test=edit-sku]").click()
    form.locator("input[name=sku-barcode]").fill("123")
    page.locator("[data-test=save-sku]").click()
    page.locator(".el-dialog .el-alert", has_text="条码").wait_for()
    assert api(server, "marketing1", f"/api/v1/skus/{code}")["barcode"] != "123"


def test_hq_creates_a_product_and_sku_found_by_pinyin(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    n = int(time.time() * 1000) % 10**7
    product, code = f"P-T{n}", f"T{n}"
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "marketing1")
    page.goto("/console/catalog/skus")
    page.locator("[data-test=new-sku]").click()
    form = page.locator("[data-test=new-sku-form]")
    form.locator("input[name=product-code]").fill(product)
    form.locator("input[name=product-name]").fill(f"青蛙宝宝玻璃奶瓶 {n}")
    form.locator(".el-form-item", has_text="分类").locator(".el-cascader").click()
    page.locator(".el-cascader-node:visible", has_text="奶瓶").first.click()
    page.locator(".el-cascader-node:visible", has_text="玻璃奶瓶").click()
    form.locator("input[name=sku-code]").fill(code)
    form.locator("input[name=sku-name]").fill(f"青蛙宝宝玻璃奶瓶 {n} 160ml")
    form.locator("input[name=sku-spec]").fill("160ml")
    form.locator("input[name=sku-price]").fill("89.9")
    page.locator("[data-test=save-new-sku]").click()
    page.wait_for_url(f"**/console/catalog/skus/{code}")
    page.locator("[data-test=sku-code]", has_text=code).wait_for()

    sku = api(server, "marketing1", f"/api/v1/skus/{code}")
    assert (sku["price_fen"], sku["spec"], sku["product"]["code"]) == (8990, "160ml", product)
    assert sku["category"]["path"] == ["奶瓶", "玻璃奶瓶"] and sku["pinyin_initials"].startswith("qwbbblnp")
    found = api(server, "marketing1", "/api/v1/skus", q="qwbbblnp")["items"]
    assert code in [i["sku_code"] for i in found]


def test_stock_page_shows_batches_with_expiry(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    expired = next(i for i in api(server, "marketing1", "/api/v1/stock/alerts/expired", location_code="ST-001")["items"]
                   if i["batch_no"] == EXPIRED_DEMO_BATCH)
    sku = expired["sku_code"]
    batches = [b["batch_no"] for b in api(server, "marketing1", "/api/v1/stock/batches", sku_code=sku,
                                          location_code="ST-001")["batches"]]
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "manager1")  # store manager of ST-001
    page.goto(f"/console/stock?sku_code={sku}&location_code=ST-001")
    table = page.locator("[data-test=stock-batches]")
    table.get_by_text(EXPIRED_DEMO_BATCH).wait_for()
    assert box(page, "sku-filter").input_value() == sku
    assert "ST-001" in page.locator("[data-test=location-filter]").inner_text()
    for batch_no in batches:
        row = table.locator("tbody tr", has_text=batch_no)
        assert row.count() == 1, batch_no
    expired_row = table.locator("tbody tr", has_text=EXPIRED_DEMO_BATCH)
    assert "已过期" in expired_row.locator("[data-test=expiry]").inner_text()
    assert expired["expiry_date"] in expired_row.inner_text()
    assert "徐汇漕溪北路店" in table.inner_text() and "浦东张杨路店" not in table.inner_text()
    doc_screenshot(page, "stock-batches")
    fits_a_tablet(page)

    # the 临期与过期 tab lists the expired lot first, with its value at cost
    page.get_by_role("tab", name="临期与过期").click()
    expiry = page.locator("[data-test=expiry-batches]")
    first = expiry.locator("tbody tr").first
    first.get_by_text(EXPIRED_DEMO_BATCH).wait_for()
    assert "已过期" in first.inner_text() and "¥" in first.inner_text()
    doc_screenshot(page, "stock-expiry")
    page.get_by_role("tab", name="库存批次").click()

    # a manager's stock page offers their own stores only (the API refuses another store)
    page.locator("[data-test=location-filter]").click()
    options = page.locator(".el-select__popper:visible .el-select-dropdown__item")
    options.first.wait_for()
    assert options.all_inner_texts() == ["徐汇漕溪北路店（ST-001）"]


def test_stock_page_by_sku_code_for_a_purchaser(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    hit = api(server, "marketing1", "/admin/api/v1/stock", location_code="WH-SH")["items"][0]
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "buyer1")
    page.goto(f"/console/stock?sku_code={hit['sku_code']}")
    table = page.locator("[data-test=stock-batches]")
    table.get_by_text(hit["batches"][0]["batch_no"]).first.wait_for()
    assert "上海闵行总仓" in table.inner_text()


def test_stocktake_counted_in_the_browser_posts_its_variance(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="盘点").click()
    page.locator("[data-test=new-stocktake]").click()
    choose(page, page.locator("[data-test=stocktake-location]"), "ST-001")
    page.locator("[data-test=save-stocktake]").click()
    page.wait_for_url("**/console/stock/stocktakes/ST*")
    no = page.url.rsplit("/", 1)[1]
    sheet = api(server, "manager1", f"/api/v1/stocktakes/{no}")
    assert sheet["status"] == "open" and sheet["location_code"] == "ST-001"
    line = next(ln for ln in sheet["lines"] if ln["system_qty"] >= 2 and ln["batch_no"] != EXPIRED_DEMO_BATCH)
    before = on_hand(server, line["sku_code"], "ST-001")

    count = box(page, f"count-{line['sku_code']}-{line['batch_no']}")
    count.fill(str(line["system_qty"] - 1))
    count.press("Enter")
    row = page.locator("[data-test=stocktake-lines] tbody tr", has_text=line["batch_no"]).filter(
        has_text=line["sku_code"])
    row.locator("[data-test=variance]", has_text="-1").wait_for()
    page.locator("[data-test=variance-total]", has_text="-1").wait_for()
    doc_screenshot(page, "stock-stocktake")
    fits_a_tablet(page)

    page.locator("[data-test=submit-stocktake]").click()
    page.locator("[data-test=stocktake-status]", has_text="待审核").wait_for()
    page.locator("[data-test=post-stocktake]").click()
    page.locator(".el-message-box").get_by_role("button", name="过账").click()
    page.locator("[data-test=stocktake-status]", has_text="已过账").wait_for()

    posted = api(server, "manager1", f"/api/v1/stocktakes/{no}")
    assert posted["status"] == "posted" and posted["summary"]["variance_qty"] == -1
    assert on_hand(server, line["sku_code"], "ST-001") == before - 1
    moves = api(server, "marketing1", "/api/v1/stock/movements", ref_type="stocktake", ref_id=no)["items"]
    assert [(m["sku_code"], m["batch_no"], m["on_hand_delta"]) for m in moves] == [
        (line["sku_code"], line["batch_no"], -1)]

    page.locator("[data-test=menu] .el-menu-item", has_text="盘点").click()
    page.locator("[data-test=stocktake-table] tbody tr", has_text=no).get_by_text("已过账").wait_for()
    quiet(page)
    doc_screenshot(page, "stock-stocktakes")


def test_adjustment_with_a_reason_is_in_the_movement_journal(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    sku = api(server, "marketing1", "/admin/api/v1/stock", location_code="ST-001")["items"][0]["sku_code"]
    before = on_hand(server, sku, "ST-001")
    note = f"货架跌落 {int(time.time() * 1000) % 10**8}"
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="库存调整").click()
    page.locator("[data-test=new-adjustment]").click()
    choose(page, page.locator("[data-test=adjust-location]"), "ST-001")
    box(page, "adjust-sku").fill(sku)
    box(page, "adjust-qty").fill("2")
    choose(page, page.locator("[data-test=adjust-reason]"), "破损")
    box(page, "adjust-note").fill(note)
    page.locator("[data-test=save-adjustment]").click()
    row = page.locator("[data-test=adjustment-table] tbody tr", has_text=note).first
    row.wait_for()
    assert "破损" in row.inner_text() and "-" in row.inner_text()
    quiet(page)
    doc_screenshot(page, "stock-adjustments")
    assert on_hand(server, sku, "ST-001") == before - 2

    row.get_by_role("link", name="流水").click()  # the journal, filtered to this adjustment
    page.wait_for_url("**/console/stock/movements?*ref_id=ADJ*")
    journal = page.locator("[data-test=movement-table]")
    journal.locator("tbody tr", has_text=note).first.wait_for()
    rows = journal.locator("tbody tr", has_text=note)
    assert all("破损" in t and sku in t for t in rows.all_inner_texts())

    # the journal's own filters: SKU and location find it too
    page.goto(f"/console/stock/movements?sku_code={sku}&location_code=ST-001&kind=adjustment")
    journal.locator("tbody tr", has_text=note).first.wait_for()
    doc_screenshot(page, "stock-movements")
    fits_a_tablet(page)
    moves = api(server, "marketing1", "/api/v1/stock/movements", sku_code=sku, location_code="ST-001",
                kind="adjustment")["items"]
    mine = [m for m in moves if m["note"] == note]
    assert sum(m["on_hand_delta"] for m in mine) == -2 and {m["reason"] for m in mine} == {"damage"}


def test_transfer_requested_approved_shipped_received(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    sku = api(server, "marketing1", "/admin/api/v1/stock", location_code="WH-KS")["items"][0]["sku_code"]
    src_before, dst_before = on_hand(server, sku, "WH-KS"), on_hand(server, sku, "ST-003")
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "marketing1")  # hq_admin: every location
    page.locator("[data-test=menu] .el-menu-item", has_text="调拨").click()
    page.locator("[data-test=new-transfer]").click()
    choose(page, page.locator("[data-test=transfer-from]"), "WH-KS")
    choose(page, page.locator("[data-test=transfer-to]"), "ST-003")
    box(page, "transfer-sku-0").fill(sku)
    page.locator("[data-test=save-transfer]").click()
    status = page.locator(".el-drawer [data-test=detail-status]")
    status.get_by_text("待审批").wait_for()
    no = page.locator(".el-drawer__title").inner_text().split()[-1]
    page.locator("[data-test=approve-transfer]").click()
    status.get_by_text("已审批").wait_for()
    page.locator("[data-test=ship-transfer]").click()
    status.get_by_text("已发货").wait_for()
    quiet(page)
    doc_screenshot(page, "stock-transfers")
    page.locator("[data-test=receive-transfer]").click()
    status.get_by_text("已收货").wait_for()

    t = api(server, "marketing1", f"/api/v1/transfers/{no}")
    assert t["status"] == "received" and t["total_qty"] == 1
    assert on_hand(server, sku, "WH-KS") == src_before - 1
    assert on_hand(server, sku, "ST-003") == dst_before + 1


def test_store_manager_ships_from_their_store_and_cannot_receive_elsewhere(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    sku = api(server, "marketing1", "/admin/api/v1/stock", location_code="ST-001")["items"][1]["sku_code"]
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "manager1")  # ST-001's manager: approves and ships from ST-001; ST-002 receives
    page.locator("[data-test=menu] .el-menu-item", has_text="调拨").click()
    page.locator("[data-test=new-transfer]").click()
    choose(page, page.locator("[data-test=transfer-from]"), "ST-001")
    choose(page, page.locator("[data-test=transfer-to]"), "ST-002")
    box(page, "transfer-sku-0").fill(sku)
    page.locator("[data-test=save-transfer]").click()
    status = page.locator(".el-drawer [data-test=detail-status]")
    status.get_by_text("待审批").wait_for()
    no = page.locator(".el-drawer__title").inner_text().split()[-1]
    page.locator("[data-test=approve-transfer]").click()
    status.get_by_text("已审批").wait_for()
    page.locator("[data-test=ship-transfer]").click()
    status.get_by_text("已发货").wait_for()
    assert page.locator("[data-test=receive-transfer]").count() == 0  # ST-002's staff receive it
    assert api(server, "manager1", f"/api/v1/transfers/{no}")["status"] == "shipped"


def test_hq_sets_a_price_in_a_new_price_list(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    code = api(server, "marketing1", "/api/v1/skus", q="atm")["items"][0]["sku_code"]
    name = f"抖音测试价{int(time.time()) % 100000}"
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "marketing1")
    page.locator("[data-test=menu] .el-menu-item", has_text="价格表").click()
    page.locator("[data-test=price-list-table] tbody tr").first.wait_for()
    doc_screenshot(page, "catalog-price-lists")
    page.locator("[data-test=new-price-list]").click()
    form = page.locator("[data-test=price-list-form]")
    form.locator("input[name=price-list-name]").fill(name)
    choose(page, form.locator(".el-form-item", has_text="渠道").locator(".el-select"), "抖音")
    form.locator(".el-form-item", has_text="启用").locator(".el-switch").click()  # inactive: prices nothing yet
    page.locator("[data-test=save-price-list]").click()
    page.locator(".el-drawer__title", has_text=name).wait_for()
    box(page, "price-item-sku").fill(code)
    box(page, "price-item-price").fill("123.45")
    page.locator("[data-test=add-price-item]").click()
    page.locator("[data-test=price-items] tbody tr", has_text=code).get_by_text("¥123.45").wait_for()

    lists = api(server, "marketing1", "/admin/api/v1/catalog/price-lists")["items"]
    pl = next(x for x in lists if x["name"] == name)
    assert pl["channel"] == "douyin" and pl["is_active"] is False
    items = api(server, "marketing1", f"/admin/api/v1/catalog/price-lists/{pl['id']}")["items"]
    assert items == [{"sku_code": code, "name": items[0]["name"], "price_fen": 12345}]


def test_clerk_counts_but_has_no_stock_list_or_catalogue(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "clerk1")
    titles = set(menu_titles(page))
    assert {"盘点", "调拨", "库存流水"} <= titles
    assert not titles & {"库存查询", "商品", "价格表", "库存调整"}
    page.goto("/console/stock?sku_code=X")
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/stock",
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1')}"}, timeout=10)
    assert resp.status_code == 403


def _find(nodes: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for n in nodes:
        if n["name"] == name:
            return n
        found = _find(n["children"], name)
        if found:
            return found
    return None


def test_hq_manages_brands_and_the_category_tree(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    n = int(time.time() * 1000) % 10**7
    page = open_page(api_errors=True)  # the taken brand name's 409 is provoked on purpose
    page.set_viewport_size(DESKTOP)
    sign_in(page, "marketing1")  # hq_admin
    assert {"品牌", "商品分类"} <= set(menu_titles(page))

    # brands: add one, rename it; a taken name is refused in the dialog
    page.goto("/console/catalog/brands")
    page.locator("[data-test=new-brand]").click()
    dialog = page.locator("[data-test=brand-dialog]")
    dialog.locator("input[name=brand-name]").fill(f"测试品牌{n}")
    dialog.locator("[data-test=save-brand]").click()
    page.locator("input[name=brand-q]").fill(f"测试品牌{n}")
    rows = page.locator("[data-test=brand-table] [data-test=brand-name]")
    expect(rows).to_have_text([f"测试品牌{n}"])
    page.locator("[data-test=edit-brand]").click()
    dialog.locator("input[name=brand-name]").fill(f"改名品牌{n}")
    dialog.locator("[data-test=save-brand]").click()
    page.locator("input[name=brand-q]").fill(f"品牌{n}")
    expect(rows).to_have_text([f"改名品牌{n}"])
    taken = api(server, "marketing1", "/admin/api/v1/catalog/brands")["items"]
    other = next(b["name"] for b in taken if b["name"] != f"改名品牌{n}")
    page.locator("[data-test=new-brand]").click()
    dialog.locator("input[name=brand-name]").fill(other)
    dialog.locator("[data-test=save-brand]").click()
    expect(dialog.locator("[data-test=brand-error]")).to_be_visible()
    dialog.get_by_role("button", name="取消").click()
    names = [b["name"] for b in api(server, "marketing1", "/admin/api/v1/catalog/brands")["items"]]
    assert f"改名品牌{n}" in names and f"测试品牌{n}" not in names and names.count(other) == 1

    # categories: two top-level ones, a sub-category under the first, then moved under the second
    page.goto("/console/catalog/categories")
    form = page.locator("[data-test=category-dialog]")
    for top in (f"甲类{n}", f"乙类{n}"):
        page.locator("[data-test=new-category]").click()
        form.locator("input[name=category-name]").fill(top)
        form.locator("[data-test=save-category]").click()
        expect(form).to_be_hidden()
    page.locator("input[name=category-q]").fill(f"甲类{n}")
    table = page.locator("[data-test=category-table]")
    expect(table.locator("[data-test=category-name]")).to_have_text([f"甲类{n}"])
    table.locator("[data-test=add-child]").click()
    form.locator("input[name=category-name]").fill(f"子类{n}")
    form.locator("[data-test=save-category]").click()
    expect(table.locator("[data-test=category-name]")).to_have_text([f"甲类{n}", f"子类{n}"])  # a tree row below it
    tree = api(server, "marketing1", "/admin/api/v1/catalog/categories")["items"]
    first, second = _find(tree, f"甲类{n}"), _find(tree, f"乙类{n}")
    assert first and second and [c["name"] for c in first["children"]] == [f"子类{n}"]
    doc_screenshot(page, "catalog-categories")

    table.locator(".el-table__row", has_text=f"子类{n}").locator("[data-test=edit-category]").click()
    form.locator("[data-test=category-parent]").click()
    page.locator(".el-select__popper:visible .el-tree-node__content", has_text=f"乙类{n}").click()
    form.locator("[data-test=save-category]").click()
    expect(form).to_be_hidden()
    page.locator("input[name=category-q]").fill(f"乙类{n}")  # a match shows with its sub-categories
    expect(table.locator("[data-test=category-name]")).to_have_text([f"乙类{n}", f"子类{n}"])
    page.locator("input[name=category-q]").fill(f"甲类{n}")
    expect(table.locator("[data-test=category-name]")).to_have_text([f"甲类{n}"])
    tree = api(server, "marketing1", "/admin/api/v1/catalog/categories")["items"]
    moved = _find(tree, f"乙类{n}")
    assert moved and [c["name"] for c in moved["children"]] == [f"子类{n}"]
    assert _find(tree, f"甲类{n}")["children"] == []  # type: ignore[index]

    # a reader sees the tree and the brands without the edit buttons
    reader = open_page()
    sign_in(reader, "finance1")
    reader.goto("/console/catalog/categories")
    reader.locator("[data-test=category-table] [data-test=category-name]").first.wait_for()
    assert reader.locator("[data-test=new-category], [data-test=edit-category]").count() == 0
    reader.goto("/console/catalog/brands")
    reader.locator("[data-test=brand-table] [data-test=brand-name]").first.wait_for()
    assert reader.locator("[data-test=new-brand], [data-test=edit-brand]").count() == 0
