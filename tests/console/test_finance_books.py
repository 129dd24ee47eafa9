"""The finance pages for the books kept by hand and for payables and e-invoices, in the browser (fixtures in
conftest.py): finance1 adds a sub-account and drafts a manual entry with it, another HQ user (marketing1, an HQ
admin without MFA) approves it and it shows posted; an expense with its receipt is submitted and approved and the
budget page shows it against the budget; a supplier invoice off its PO is held, released by the second user and
paid in a payment run; a store manager issues an order's e-invoice. Every maker-checker step is the API's: the
maker has no approve button and the API refuses the maker anyway."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, doc_screenshot, menu_titles, sign_in
from tests.console.test_orders_members import Api, paid_pos_order, staff
from tests.ops.server import Server

pytestmark = NEEDS_CHROMIUM

STORE = "ST-001"
TABLET = {"width": 768, "height": 1024}
BOOK_PAGES = {"手工凭证", "费用报销", "预算执行", "科目设置", "供应商发票", "付款批次", "电子发票"}
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def _menu(page, title: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-test=menu] .el-menu-item", has_text=title).click()


def _choose(page, select, text: str) -> None:  # type: ignore[no-untyped-def]
    select.click()
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()
    expect(page.locator(".el-select-dropdown__item:visible")).to_have_count(0)  # closed before the next one opens


def _box(page, button: str, text: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Answer the open message box (a prompt gets `text` first) with its `button`."""
    box = page.locator(".el-message-box")
    box.wait_for()
    if text is not None:
        box.locator("input").fill(text)
    box.get_by_role("button", name=button).click()
    box.wait_for(state="hidden")


def _settled(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function("() => !document.querySelector('.el-message, .el-loading-mask')", timeout=10_000)


def test_manual_entry_drafted_by_finance_and_approved_by_another_user_posts(  # type: ignore[no-untyped-def]
        open_page, server: Server) -> None:
    suffix = str(int(time.time()))[-5:]
    maker = open_page()
    sign_in(maker, "finance1")
    assert BOOK_PAGES <= set(menu_titles(maker))

    # 科目设置: a sub-account under 6602 管理费用 (not a control account)
    _menu(maker, "科目设置")
    row = maker.locator("[data-test=accounts-table] .el-table__row", has=maker.locator("[data-code='6602']"))
    row.locator("[data-test=add-sub]").click()
    maker.locator("input[name=account-name]").fill(f"办公费{suffix}")
    maker.locator("[data-test=save-account]").click()
    maker.locator("[data-test=accounts-table]").get_by_text(f"办公费{suffix}").wait_for()
    fin = staff(server, "finance1")
    added = next(a for a in fin.get("/admin/api/v1/finance/accounts")["items"] if a["name"] == f"办公费{suffix}")
    assert added["parent_code"] == "6602" and added["postable"] and added["code"].startswith("6602")
    # a control account offers no sub-account
    payable = maker.locator("[data-test=accounts-table] .el-table__row", has=maker.locator("[data-code='2202']"))
    assert payable.locator("[data-test=add-sub]").count() == 0
    _settled(maker)
    doc_screenshot(maker, "finance-accounts")

    # 手工凭证: Dr the new account, Cr bank 123.45
    _menu(maker, "手工凭证")
    maker.locator("[data-test=new-entry]").click()
    memo = f"计提办公费 {suffix}"
    maker.locator("input[name=entry-memo]").fill(memo)
    _choose(maker, maker.locator("[data-test=line-account-0]"), added["code"])
    _choose(maker, maker.locator("[data-test=line-account-1]"), "1002 银行存款")
    maker.locator("input[name=debit-0]").fill("123.45")
    maker.locator("input[name=credit-1]").fill("123.40")
    expect(maker.locator("[data-test=entry-balanced]")).to_have_text("借贷不平")
    assert maker.locator("[data-test=save-entry]").is_disabled()
    maker.locator("input[name=credit-1]").fill("123.45")
    expect(maker.locator("[data-test=entry-balanced]")).to_have_text("借贷平衡")
    doc_screenshot(maker, "finance-journal-draft")
    maker.locator("[data-test=save-entry]").click()
    row = maker.locator("[data-test=entries-table] .el-table__row", has_text=memo)
    row.wait_for()
    assert "待复核" in row.inner_text() and "待他人复核" in row.inner_text()
    assert row.locator("[data-test=approve]").count() == 0  # never the maker's own
    entry = next(e for e in fin.get("/admin/api/v1/finance/journal-entries")["items"] if e["memo"] == memo)
    assert entry["status"] == "pending" and entry["total_fen"] == 12345
    assert [(ln["account"], ln["debit_fen"], ln["credit_fen"]) for ln in entry["lines"]] == [
        (added["code"], 12345, 0), ("1002", 0, 12345)]
    resp = httpx.post(f"{server.base}/admin/api/v1/finance/journal-entries/{entry['id']}/approve",
                      headers=fin.headers, timeout=10)
    assert resp.status_code == 403  # the API refuses the maker too

    # the second user approves: posted with a voucher number
    checker = open_page()
    sign_in(checker, "marketing1")
    _menu(checker, "手工凭证")
    row = checker.locator("[data-test=entries-table] .el-table__row", has_text=memo)
    row.locator("[data-test=approve]").click()
    _box(checker, "复核过账")
    checker.locator("[data-test=status-filter]").get_by_text("已过账").click()
    row = checker.locator("[data-test=entries-table] .el-table__row", has_text=memo)
    expect(row.locator("[data-test=entry-status]")).to_have_text("已过账")
    posted = fin.get(f"/admin/api/v1/finance/journal-entries/{entry['id']}")
    assert posted["status"] == "posted" and posted["entry_no"]
    expect(row.locator("[data-test=entry-no]")).to_have_text(posted["entry_no"])
    row.locator(".el-table__expand-icon").click()
    lines = checker.locator(f"[data-test=entry-lines-{entry['id']}]")
    expect(lines).to_contain_text(f"办公费{suffix}")
    _settled(checker)
    doc_screenshot(checker, "finance-journal")

    # the maker's list shows it posted too
    maker.locator("[data-test=status-filter]").get_by_text("已过账").click()
    expect(maker.locator("[data-test=entries-table] .el-table__row", has_text=memo)
           .locator("[data-test=entry-status]")).to_have_text("已过账")


def test_expense_with_receipt_is_approved_and_shows_against_the_budget(  # type: ignore[no-untyped-def]
        open_page, server: Server, tmp_path) -> None:
    payee = f"供电局{int(time.time()) % 100000}"
    receipt = tmp_path / "电费发票.png"
    receipt.write_bytes(PNG)
    maker = open_page()
    sign_in(maker, "finance1")
    _menu(maker, "费用报销")
    maker.locator("[data-test=new-expense]").click()
    _choose(maker, maker.locator("[data-test=expense-store]"), STORE)
    _choose(maker, maker.locator("[data-test=expense-account]"), "660203")
    maker.locator("input[name=expense-amount]").fill("88.50")
    maker.locator("input[name=expense-payee]").fill(payee)
    maker.locator("input[name=expense-memo]").fill("本月电费")
    maker.locator("[data-test=expense-file]").set_input_files(str(receipt))
    maker.locator("[data-test=save-expense]").click()
    row = maker.locator("[data-test=expenses-table] .el-table__row", has_text=payee)
    row.wait_for()
    expect(row.locator("[data-test=attachment]")).to_have_text("电费发票.png")
    assert "待他人复核" in row.inner_text() and row.locator("[data-test=approve]").count() == 0
    fin = staff(server, "finance1")
    exp = next(e for e in fin.get("/admin/api/v1/finance/expenses")["items"] if e["payee"] == payee)
    assert (exp["status"], exp["amount_fen"], exp["account"], exp["location_code"]) == ("pending", 8850, "660203", STORE)
    assert [a["filename"] for a in exp["attachments"]] == ["电费发票.png"]
    _settled(maker)
    doc_screenshot(maker, "finance-expenses")

    checker = open_page()
    sign_in(checker, "marketing1")
    _menu(checker, "费用报销")
    row = checker.locator("[data-test=expenses-table] .el-table__row", has_text=payee)
    row.locator("[data-test=approve]").click()
    _box(checker, "审批通过")
    checker.locator("[data-test=status-filter]").get_by_text("已入账").click()
    expect(checker.locator("[data-test=expenses-table] .el-table__row", has_text=payee)
           .locator("[data-test=expense-status]")).to_have_text("已入账")
    assert fin.get(f"/admin/api/v1/finance/expenses/{exp['id']}")["status"] == "posted"

    # 预算执行: the utilities budget of the store this month, below what was spent: over budget, in the chart
    _menu(maker, "预算执行")
    _choose(maker, maker.locator("[data-test=budget-store]"), STORE)
    maker.locator("[data-test=budget-table]").wait_for()
    month = fin.get("/api/v1/finance/sales-trend")["to"][:7]
    before = fin.get("/admin/api/v1/finance/budgets", location_code=STORE, month=month)
    actual = next(i["actual_fen"] for i in before["items"] if i["account"] == "660203")
    assert actual >= 8850
    maker.locator("[data-test=edit-budget]").click()
    if maker.locator("input[name=budget-660203]").count() == 0:
        _choose(maker, maker.locator("[data-test=budget-add-account]"), "660203")
    maker.locator("input[name=budget-660203]").fill("50")
    maker.locator("[data-test=save-budget]").click()
    maker.locator("[data-test=over-budget][data-account='660203']").wait_for()
    maker.locator("[data-test=budget-chart] canvas").wait_for()
    after = fin.get("/admin/api/v1/finance/budgets", location_code=STORE, month=month)
    item = next(i for i in after["items"] if i["account"] == "660203")
    assert (item["budget_fen"], item["actual_fen"], item["over_budget"]) == (5000, actual, True)
    expect(maker.locator("[data-test=total-actual]")).to_contain_text(f"{after['total']['actual_fen'] // 100:,}")
    _settled(maker)
    doc_screenshot(maker, "finance-budgets")
    maker.emulate_media(media="print")
    assert maker.locator("[data-test=menu]").is_hidden() and maker.locator("[data-test=edit-budget]").is_hidden()
    assert maker.get_by_role("heading", name="预算执行情况").is_visible()
    maker.emulate_media(media="screen")


def _received_po(server: Server) -> dict[str, Any]:
    """A PO of 4 units of a SKU its supplier quotes, raised by buyer1, approved by manager1, sent and received at
    ST-001, through the API."""
    buyer, manager = staff(server, "buyer1"), staff(server, "manager1")
    supplier, product = next(
        (s, products[0]) for s in buyer.get("/api/v1/purchasing/suppliers")["items"] if s["is_active"]
        for products in [buyer.get(f"/api/v1/purchasing/suppliers/{s['code']}")["products"]] if products)
    po = buyer.post("/api/v1/purchasing/orders", {"supplier_code": supplier["code"], "location_code": STORE,
                                                  "lines": [{"sku_code": product["sku_code"], "qty": 4}],
                                                  "note": "应付浏览器测试", "submit": True})
    po = po.get("order", po)
    manager.post(f"/api/v1/purchasing/orders/{po['po_no']}/approve", {})
    buyer.post(f"/api/v1/purchasing/orders/{po['po_no']}/send", {})
    expiry = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    manager.post(f"/api/v1/purchasing/orders/{po['po_no']}/receipts", {"lines": [
        {"sku_code": product["sku_code"], "qty": 4, "batch_no": f"AP{int(time.time())}", "expiry_date": expiry}]})
    return buyer.get(f"/api/v1/purchasing/orders/{po['po_no']}")


def test_supplier_invoice_held_on_mismatch_released_and_paid_in_a_run(  # type: ignore[no-untyped-def]
        open_page, server: Server) -> None:
    po = _received_po(server)
    line = po["lines"][0]
    assert line["qty_received"] == 4
    invoice_no = f"FP{int(time.time()) % 10**8}"
    price = line["unit_price_fen"] * 11 // 10  # 10 % above the PO price: outside the 1 % tolerance

    maker = open_page()
    sign_in(maker, "finance1")
    _menu(maker, "供应商发票")
    maker.locator("[data-test=enter-invoice]").click()
    maker.locator("input[name=po-no]").fill(po["po_no"])
    maker.locator("[data-test=load-po]").click()
    price_box = maker.locator(f"input[name=price-{line['sku_code']}]")
    expect(price_box).to_have_value(f"{line['unit_price_fen'] // 100}.{line['unit_price_fen'] % 100:02d}")
    maker.locator("input[name=invoice-no]").fill(invoice_no)
    price_box.fill(f"{price // 100}.{price % 100:02d}")
    maker.locator("[data-test=save-invoice]").click()
    row = maker.locator("[data-test=invoices-table] .el-table__row", has_text=invoice_no)
    expect(row.locator("[data-test=invoice-status]")).to_have_text("差异挂起")
    expect(row.locator("[data-test=hold-reasons]")).to_contain_text("采购单价")
    assert row.locator("[data-test=release]").count() == 0  # the maker does not release their own
    fin = staff(server, "finance1")
    inv = next(i for i in fin.get("/admin/api/v1/finance/supplier-invoices")["items"] if i["invoice_no"] == invoice_no)
    assert inv["status"] == "held" and inv["po_no"] == po["po_no"] and inv["net_fen"] == 4 * price
    _settled(maker)
    doc_screenshot(maker, "finance-supplier-invoices")

    checker = open_page()
    sign_in(checker, "marketing1")
    _menu(checker, "供应商发票")
    checker.locator("[data-test=invoices-table] .el-table__row", has_text=invoice_no).locator("[data-test=release]").click()
    _box(checker, "确定", "供应商来函确认涨价")
    expect(checker.locator("[data-test=invoices-table] .el-table__row", has_text=invoice_no)
           .locator("[data-test=invoice-status]")).to_have_text("已匹配待付款")

    # finance1 ticks it and proposes a payment run; marketing1 pays it
    maker.reload()
    row = maker.locator("[data-test=invoices-table] .el-table__row", has_text=invoice_no)
    expect(row.locator("[data-test=invoice-status]")).to_have_text("已匹配待付款")
    row.locator(".el-checkbox").click()
    maker.locator("[data-test=propose-run]").click()
    maker.locator("[data-test=save-run]").click()
    maker.wait_for_url("**/console/finance/payment-runs")
    run = next(r for r in fin.get("/admin/api/v1/finance/payment-runs", status="pending")["items"]
               if [i["invoice_no"] for i in r["invoices"]] == [invoice_no])
    assert run["total_fen"] == inv["total_fen"]
    mine = maker.locator(f"[data-test=run-status][data-id='{run['id']}']")
    expect(mine).to_have_text("待审批")
    assert maker.locator("[data-test=runs-table] .el-table__row", has=mine).locator("[data-test=approve-run]").count() == 0

    _menu(checker, "付款批次")
    theirs = checker.locator("[data-test=runs-table] .el-table__row",
                             has=checker.locator(f"[data-test=run-status][data-id='{run['id']}']"))
    theirs.locator("[data-test=approve-run]").click()
    _box(checker, "审批付款")
    checker.locator("[data-test=status-filter]").get_by_text("已付款").click()
    expect(checker.locator(f"[data-test=run-status][data-id='{run['id']}']")).to_have_text("已付款")
    _settled(checker)
    doc_screenshot(checker, "finance-payment-runs")
    assert fin.get(f"/admin/api/v1/finance/supplier-invoices/{inv['id']}")["status"] == "paid"
    assert fin.get(f"/admin/api/v1/finance/payment-runs/{run['id']}")["status"] == "paid"


def test_store_manager_issues_an_orders_e_invoice(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    manager: Api = staff(server, "manager1")
    order = paid_pos_order(manager)
    manager.post(f"/api/v1/orders/{order['id']}/ship", {})
    order = manager.post(f"/api/v1/orders/{order['id']}/complete", {})["order"]
    assert order["status"] == "completed", order["status"]  # only a completed order is invoiced
    page = open_page()
    page.set_viewport_size(TABLET)
    sign_in(page, "manager1")
    titles = set(menu_titles(page))
    assert "电子发票" in titles and not {"手工凭证", "费用报销", "供应商发票", "付款批次"} & titles
    _menu(page, "电子发票")
    page.locator("[data-test=issue-invoice]").click()
    page.locator("input[name=einvoice-order]").fill(order["order_no"])
    page.locator("input[name=einvoice-buyer]").fill("张三")
    page.locator("input[name=einvoice-email]").fill("zhangsan@example.com")
    page.locator("[data-test=save-einvoice]").click()
    status = page.locator(f"[data-test=einvoice-status][data-order='{order['order_no']}']")
    expect(status).to_have_text("已开票")
    issued = manager.get("/admin/api/v1/einvoices/", order_no=order["order_no"])["items"]
    assert [(i["kind"], i["status"], i["total_fen"]) for i in issued] == [("blue", "issued", order["total_fen"])]
    expect(page.locator(f"[data-test=einvoice-no][data-order='{order['order_no']}']")).to_have_text(issued[0]["invoice_no"])
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    _settled(page)
    doc_screenshot(page, "finance-einvoices")

    # manager1 may not use the books: a direct URL is the 403 page, and the API refuses
    page.goto("/console/finance/journal")
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/finance/journal-entries", headers=manager.headers, timeout=10)
    assert resp.status_code == 403


def test_the_books_pages_fit_a_768_wide_tablet_and_hide_from_other_roles(  # type: ignore[no-untyped-def]
        open_page, server: Server) -> None:
    page = open_page()
    page.set_viewport_size(TABLET)
    sign_in(page, "finance1")
    for path, ready in (("/console/finance/journal", "[data-test=entries-table]"),
                        ("/console/finance/expenses", "[data-test=expenses-table]"),
                        ("/console/finance/budgets", "[data-test=budget-table]"),
                        ("/console/finance/accounts", "[data-test=accounts-table] .el-table__row"),
                        ("/console/finance/supplier-invoices", "[data-test=invoices-table]"),
                        ("/console/finance/payment-runs", "[data-test=runs-table]"),
                        ("/console/finance/einvoices", "[data-test=einvoices-table]")):
        page.goto(path)
        page.locator(ready).first.wait_for()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= TABLET["width"], f"{path} scrolls sideways at 768 px ({width})"
    for username in ("clerk1", "buyer1"):
        other = open_page()
        sign_in(other, username)
        assert not BOOK_PAGES & set(menu_titles(other)), username
        other.goto("/console/finance/supplier-invoices")
        other.locator("[data-test=forbidden]").wait_for()
