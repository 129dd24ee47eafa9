"""Purchasing in the browser: buyer1 raises a PO from a replenishment suggestion and submits it, manager1 approves it
in another browser context (never the buyer: the API refuses self-approval), buyer1 sends it and receives it into a
batch, and the stock page shows the batch; suppliers and their scorecards; a clerk has no purchasing menu (fixtures in
conftest.py)."""

from __future__ import annotations

import datetime as dt
import time

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

STORE = "ST-001"  # manager1's store
DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}
PURCHASING_MENU = {"补货建议", "采购单", "供应商"}


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=15,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _store_running_low(server: Server) -> str:
    """A batch-tracked SKU the store sold lately, its shelf written off (破损) by the store manager through the API,
    so the replenishment suggestions propose buying it again. Returns its code."""
    with _api(server, "manager1") as manager, _api(server, "buyer1") as buyer:
        sold = manager.get("/api/v1/stock/movements", params={"location_code": STORE, "kind": "sale",
                                                              "page_size": 100}).json()["items"]
        for code in dict.fromkeys(m["sku_code"] for m in sold):
            if not manager.get(f"/api/v1/skus/{code}").json().get("batch_tracked"):
                continue
            for batch in manager.get("/api/v1/stock/batches",
                                     params={"sku_code": code, "location_code": STORE}).json()["batches"]:
                if batch["available"] > 0:
                    resp = manager.post("/api/v1/stock/adjustments", json={
                        "location_code": STORE, "sku_code": code, "batch_no": batch["batch_no"],
                        "qty_delta": -batch["available"], "reason": "damage", "note": "浏览器测试：整批破损"})
                    assert resp.status_code == 201, resp.text
            items = buyer.get("/api/v1/purchasing/suggestions", params={"location_code": STORE}).json()["items"]
            if any(i["sku_code"] == code for i in items):
                return code
    raise AssertionError(f"no replenishment suggestion could be made at {STORE}")


def _settled(page) -> None:  # type: ignore[no-untyped-def]
    """No toast, loading mask or closing dropdown left on the page (for a clean screenshot)."""
    page.wait_for_function("() => !document.querySelector('.el-message, .el-loading-mask')"
                           " && ![...document.querySelectorAll('.el-select-dropdown, .el-picker-panel')]"
                           ".some((e) => e.offsetParent !== null)", timeout=10_000)


def _open(open_page, viewport=DESKTOP):  # type: ignore[no-untyped-def]
    page = open_page()
    page.set_viewport_size(viewport)
    return page


def _choose(page, select, text: str) -> None:  # type: ignore[no-untyped-def]
    select.click()
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()


def test_buyer_raises_a_po_from_a_suggestion_manager_approves_it_and_it_is_received_into_a_batch(  # type: ignore[no-untyped-def]
        open_page, server: Server) -> None:
    sku = _store_running_low(server)
    batch_no = f"BT{int(time.time())}"
    expiry = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    produced = (dt.date.today() - dt.timedelta(days=10)).isoformat()

    # buyer1: suggestions -> a draft PO for the one SKU
    buyer = _open(open_page)
    sign_in(buyer, "buyer1")
    assert PURCHASING_MENU <= set(menu_titles(buyer))
    buyer.locator("[data-test=menu] .el-menu-item", has_text="补货建议").click()
    _choose(buyer, buyer.locator("[data-test=location]"), STORE)
    row = buyer.locator("[data-test=suggestions] .el-table__row", has_text=sku)
    row.wait_for()
    suggested = int(row.locator("[data-test=suggested-qty]").inner_text())
    assert suggested > 0
    ordered = suggested + 1  # the buyer orders one more than suggested
    qty = row.locator(".el-input-number input")
    qty.fill(str(ordered))
    qty.press("Tab")
    _settled(buyer)
    doc_screenshot(buyer, "purchasing-suggestions")
    row.locator(".el-checkbox").click()
    buyer.locator("[data-test=draft-po]").click()
    link = buyer.locator("[data-test=drafted-po]")
    link.wait_for()
    assert link.count() == 1  # one supplier for one SKU: one PO
    po_no = link.inner_text().strip()
    link.click()
    buyer.locator("[data-test=po-no]", has_text=po_no).wait_for()
    assert buyer.locator("[data-test=po-status]").inner_text() == "草稿"
    po_line = buyer.locator("[data-test=po-lines] .el-table__row", has_text=sku)
    assert po_line.locator("td").nth(2).inner_text().strip() == str(ordered)
    buyer.locator("[data-test=submit]").click()
    buyer.locator("[data-test=po-status]", has_text="待审批").wait_for()
    # the maker is never offered the approval (the API refuses it too)
    assert buyer.locator("[data-test=approve]").count() == 0
    assert buyer.locator("[data-test=approval-note]").inner_text() == "等待店长审批"
    with _api(server, "buyer1") as api:
        assert api.post(f"/api/v1/purchasing/orders/{po_no}/approve").status_code == 403

    # manager1, in another context: 待我审批 -> the PO -> approve
    manager = _open(open_page)
    sign_in(manager, "manager1")
    manager.locator("[data-test=menu] .el-menu-item", has_text="采购单").click()
    pending = manager.locator("[data-test=po-table] .el-table__row", has_text=po_no)
    pending.wait_for()
    _settled(manager)
    doc_screenshot(manager, "purchasing-orders")
    pending.locator("[data-test=po-link]").click()
    manager.locator("[data-test=approve]").click()
    manager.locator("[data-test=po-status]", has_text="已审批").wait_for()
    assert "manager1 同意" in manager.locator("[data-test=po-info]").inner_text()

    # buyer1: send to the supplier, then receive it into a batch with its dates
    buyer.reload()
    buyer.locator("[data-test=po-status]", has_text="已审批").wait_for()
    buyer.locator("[data-test=send]").click()
    buyer.locator("[data-test=po-status]", has_text="已发送供应商").wait_for()
    buyer.locator("[data-test=receive]").click()
    dialog = buyer.locator("[data-test=receive-dialog]")
    line = dialog.locator(".el-table__row", has_text=sku)
    line.locator(f"input[name=batch-{sku}]").fill(batch_no)
    for placeholder, value in (("生产日期", produced), ("有效期至", expiry)):
        box = line.get_by_placeholder(placeholder)
        box.fill(value)
        box.press("Enter")
    assert line.locator(f"[data-test=shortfall-{sku}]").inner_text() == "0"
    _settled(buyer)
    doc_screenshot(buyer, "purchasing-receive")
    dialog.locator("[data-test=save-receipt]").click()
    buyer.locator("[data-test=po-status]", has_text="已收货").wait_for()
    receipts = buyer.locator("[data-test=receipts]").inner_text()
    assert batch_no in receipts and expiry in receipts
    _settled(buyer)
    doc_screenshot(buyer, "purchasing-order-detail")

    # the stock page shows the new batch at the store, with its dates and quantity
    buyer.goto(f"/console/stock?sku_code={sku}&location_code={STORE}")
    stock_row = buyer.locator("[data-test=stock-batches] tbody tr", has_text=batch_no)
    stock_row.wait_for()
    shown = stock_row.inner_text()
    assert expiry in shown and produced in shown and "徐汇漕溪北路店" in shown
    cells = stock_row.locator("td")  # 在库 is the third cell from the end (rows of a group span the first ones)
    assert cells.nth(cells.count() - 3).inner_text().strip() == str(ordered)

    # and the API agrees
    with _api(server, "buyer1") as api:
        order = api.get(f"/api/v1/purchasing/orders/{po_no}").json()
        assert order["status"] == "received" and order["created_by"] == "buyer1"
        assert order["decided_by"] == "manager1"
        assert order["lines"][0]["qty"] == order["lines"][0]["qty_received"] == ordered
        batches = api.get("/api/v1/stock/batches", params={"sku_code": sku, "location_code": STORE}).json()["batches"]
    mine = [b for b in batches if b["batch_no"] == batch_no]
    assert mine and mine[0]["on_hand"] == ordered and mine[0]["expiry_date"] == expiry
    assert mine[0]["production_date"] == produced


def test_suppliers_list_create_edit_and_scorecard(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    code = f"SUP-T{int(time.time()) % 10**8}"
    page = _open(open_page)
    sign_in(page, "buyer1")
    page.locator("[data-test=menu] .el-menu-item", has_text="供应商").click()
    page.locator("[data-test=supplier-table] .el-table__row", has_text="SUP-MY").wait_for()
    _settled(page)
    doc_screenshot(page, "purchasing-suppliers")
    page.locator("[data-test=new-supplier]").click()
    form = page.locator("[data-test=supplier-form]")
    form.locator("input[name=supplier-code]").fill(code)
    form.locator("input[name=supplier-name]").fill("浏览器测试供应商")
    form.locator("input[name=contact-name]").fill("测试")
    page.locator("[data-test=save-supplier]").click()
    row = page.locator("[data-test=supplier-table] .el-table__row", has_text=code)
    row.wait_for()
    row.locator("[data-test=edit-supplier]").click()
    form.locator("input[name=supplier-name]").fill("浏览器测试供应商（改）")
    page.locator("[data-test=save-supplier]").click()
    row.get_by_text("浏览器测试供应商（改）").wait_for()
    with _api(server, "buyer1") as api:
        saved = api.get(f"/api/v1/purchasing/suppliers/{code}").json()
    assert saved["name"] == "浏览器测试供应商（改）" and saved["contact_name"] == "测试"

    # the demo's supplier with a received PO: its scorecard
    page.locator("input[name=supplier-search]").fill("SUP-MY")
    page.locator("[data-test=supplier-table] .el-table__row", has_text="SUP-MY") \
        .locator("[data-test=supplier-link]").click()
    card = page.locator("[data-test=scorecard]")
    card.get_by_text("准时到货率").wait_for()
    trend = page.locator("[data-test=price-trend]")
    trend.locator(".el-table__row").first.wait_for()
    with _api(server, "buyer1") as api:
        score = api.get("/api/v1/purchasing/suppliers/SUP-MY/scorecard").json()
    assert score["receipts"] >= 1
    assert str(score["accepted_qty"]) in card.inner_text()
    assert score["price_trend"][0]["sku_code"] in trend.inner_text()
    _settled(page)
    doc_screenshot(page, "purchasing-supplier-scorecard")


def test_clerk_has_no_purchasing_menu_and_the_pages_answer_403(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = _open(open_page)
    sign_in(page, "clerk1")
    assert not PURCHASING_MENU & set(menu_titles(page))
    for path in ("/console/purchasing/orders", "/console/purchasing/suggestions", "/console/purchasing/suppliers"):
        page.goto(path)
        page.locator("[data-test=forbidden]").wait_for()
    with _api(server, "clerk1") as api:
        assert api.get("/api/v1/purchasing/orders").status_code == 403
        assert api.get("/api/v1/purchasing/suggestions", params={"location_code": STORE}).status_code == 403


def test_a_po_above_the_store_limit_waits_for_hq_not_the_store_manager(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    with _api(server, "manager1") as api:
        listed = api.get("/api/v1/purchasing/orders", params={"status": "submitted", "location_code": STORE}).json()
        big = next(po for po in listed["items"] if po["approver_role"] == "hq_admin")  # the demo's 大促备货 PO
        assert api.post(f"/api/v1/purchasing/orders/{big['po_no']}/approve").status_code == 403
    page = _open(open_page)
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="采购单").click()
    page.locator("[data-test=po-tabs]").get_by_text("全部采购单").click()
    _choose(page, page.locator("[data-test=status-filter]"), "待审批")
    page.wait_for_function("() => { const tags = [...document.querySelectorAll('[data-test=po-table] [data-test=status]')];"
                           " return tags.length > 0 && tags.every((t) => t.textContent.trim() === '待审批') }")
    row = page.locator("[data-test=po-table] .el-table__row", has_text=big["po_no"])
    assert "双人" in row.inner_text()  # above ¥50,000: two approvers
    row.locator("[data-test=po-link]").click()
    page.locator("[data-test=po-no]", has_text=big["po_no"]).wait_for()
    assert page.locator("[data-test=approve]").count() == 0
    assert page.locator("[data-test=approval-note]").inner_text() == "等待总部审批"
    assert "需两人审批" in page.locator("[data-test=po-info]").inner_text()


def test_the_purchasing_pages_fit_a_768_wide_tablet(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    with _api(server, "buyer1") as api:
        po_no = api.get("/api/v1/purchasing/orders", params={"location_code": STORE}).json()["items"][0]["po_no"]
    page = _open(open_page, TABLET)
    sign_in(page, "buyer1")
    for path, ready in (("/console/purchasing/suggestions", "[data-test=suggestions]"),
                        ("/console/purchasing/orders", "[data-test=po-table] .el-table__row"),
                        (f"/console/purchasing/orders/{po_no}", "[data-test=po-lines] .el-table__row"),
                        ("/console/purchasing/suppliers", "[data-test=supplier-table] .el-table__row"),
                        ("/console/purchasing/suppliers/SUP-MY", "[data-test=supplier-products] .el-table__row")):
        page.goto(path)
        page.locator(ready).first.wait_for()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= TABLET["width"], f"{path} scrolls sideways at 768 px ({width})"


def test_buyer_raises_a_po_by_hand_and_it_goes_to_approval(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    """A PO without a suggestion: the supplier, the store, one SKU the supplier quotes (its price filled in) and
    one it does not (the cost typed in yuan), submitted; the store manager approves it. Checked through the API."""
    with _api(server, "buyer1") as api:
        supplier, quoted = next(
            (s, products[0]) for s in api.get("/api/v1/purchasing/suppliers").json()["items"] if s["is_active"]
            for products in [api.get(f"/api/v1/purchasing/suppliers/{s['code']}").json()["products"]] if products)
        supplied = {p["sku_code"] for p in api.get(f"/api/v1/purchasing/suppliers/{supplier['code']}").json()["products"]}
        other = next(s for s in api.get("/api/v1/skus", params={"page_size": 50}).json()["items"]
                     if s["sku_code"] not in supplied)

    page = _open(open_page)
    sign_in(page, "buyer1")
    page.locator("[data-test=menu] .el-menu-item", has_text="采购单").click()
    page.locator("[data-test=new-po]").click()
    page.locator("[data-test=po-form]").wait_for()
    assert page.locator("[data-test=save-submit]").is_disabled()  # no supplier, no lines yet
    _choose(page, page.locator("[data-test=po-supplier]"), supplier["code"])
    _choose(page, page.locator("[data-test=po-location]"), STORE)
    for sku in (quoted["sku_code"], other["sku_code"]):
        page.locator("[data-test=po-sku] input").fill(sku)
        page.locator(".el-autocomplete-suggestion li:visible", has_text=sku).first.click()
    lines = page.locator("[data-test=po-lines] .el-table__body tr")
    expect(lines).to_have_count(2)
    first, second = lines.nth(0), lines.nth(1)
    cost = f"{quoted['price_fen'] // 100}.{quoted['price_fen'] % 100:02d}"
    expect(first.locator("input[data-test=line-cost]")).to_have_value(cost)  # the supplier's price
    qty = first.locator("[data-test=line-qty] input")
    qty.fill("3")
    qty.press("Tab")
    expect(page.locator("[data-test=po-problem]")).to_contain_text(other["sku_code"])  # no cost for it yet
    second.locator("input[data-test=line-cost]").fill("12.34")
    expect(page.locator("[data-test=po-problem]")).to_have_count(0)
    expect(second.locator("[data-test=line-net]")).to_have_text("¥12.34")
    expect(page.locator("[data-test=po-net]")).to_have_text(
        "¥{:,.2f}".format((quoted["price_fen"] * 3 + 1234) / 100))
    page.locator("input[name=po-note]").fill("手工采购（浏览器测试）")
    _settled(page)
    doc_screenshot(page, "purchasing-new-order")
    page.locator("[data-test=save-submit]").click()
    page.locator("[data-test=po-status]", has_text="待审批").wait_for()
    po_no = page.locator("[data-test=po-no]").inner_text().strip()

    with _api(server, "buyer1") as api:
        po = api.get(f"/api/v1/purchasing/orders/{po_no}").json()
    assert (po["status"], po["created_by"], po["note"]) == ("submitted", "buyer1", "手工采购（浏览器测试）")
    assert sorted((ln["sku_code"], ln["qty"], ln["unit_price_fen"]) for ln in po["lines"]) == sorted(
        [(quoted["sku_code"], 3, quoted["price_fen"]), (other["sku_code"], 1, 1234)])
    assert po["net_fen"] == quoted["price_fen"] * 3 + 1234

    # the usual approval: manager1 finds it waiting and approves it
    manager = _open(open_page)
    sign_in(manager, "manager1")
    manager.goto(f"/console/purchasing/orders/{po_no}")
    manager.locator("[data-test=approve]").click()
    manager.locator("[data-test=po-status]", has_text="已审批").wait_for()
    with _api(server, "buyer1") as api:
        assert api.get(f"/api/v1/purchasing/orders/{po_no}").json()["decided_by"] == "manager1"
