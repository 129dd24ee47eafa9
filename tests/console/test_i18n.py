"""The console's two languages: English for a browser whose first language is English, Simplified Chinese
otherwise; the header's 中文 / English switch, remembered across reloads; Accept-Language on every API call so
the API's error messages follow; no Chinese in the English console's chrome on any page of the registry."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx

from tests.console.conftest import NEEDS_CHROMIUM, PASSWORD, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

def sign_in_en(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/console/")
    page.get_by_placeholder("Enter your username").fill(username)
    page.get_by_placeholder("Enter your password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.locator("[data-test=who]").wait_for()

def test_english_browser_gets_english_login_and_api_errors(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("en-US", api_errors=True)
    languages = []
    page.on("request", lambda r: languages.append(r.headers.get("accept-language"))
            if "/api/v1/auth/login" in r.url else None)
    page.goto("/console/")
    page.get_by_role("heading", name="Cradle Mother & Baby Stores · HQ Console").wait_for()
    assert not CJK.search(page.locator("form").inner_text())
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_placeholder("Enter your username").fill("finance1")
    page.get_by_placeholder("Enter your password").fill("wrong-password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    error = page.locator("[data-test=login-error]")
    error.wait_for()
    assert "Wrong username or password" in error.inner_text()
    assert languages == ["en"]

def test_chinese_browser_gets_chinese(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("zh-CN")
    sign_in(page, "finance1")
    assert "利润表" in menu_titles(page)
    assert page.locator("[data-test=logout]").inner_text() == "退出登录"
    assert page.evaluate("document.documentElement.lang") == "zh-CN"

def test_other_languages_get_chinese(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("fr-FR")
    page.goto("/console/")
    page.get_by_placeholder("请输入用户名").wait_for()

def test_header_switch_changes_language_and_survives_reload(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("zh-CN")
    sign_in(page, "finance1")
    page.locator("[data-test=lang-switch] [data-lang=en]").click()
    page.locator("[data-test=logout]", has_text="Sign out").wait_for()
    assert "Income statement" in menu_titles(page)
    assert "Finance" in page.locator("[data-test=who]").inner_text()
    page.reload()
    page.locator("[data-test=logout]", has_text="Sign out").wait_for()
    assert not any(CJK.search(t) for t in menu_titles(page))
    page.locator("[data-test=lang-switch] [data-lang=zh-CN]").click()
    page.locator("[data-test=logout]", has_text="退出登录").wait_for()
    page.reload()
    page.locator("[data-test=logout]", has_text="退出登录").wait_for()
    assert "利润表" in menu_titles(page)

# The console's chrome: what the console itself writes (data cells, names and codes from the API may be Chinese).
CHROME = """() => {
  const SELECTORS = ['.el-menu-item', 'h1', 'h2', 'h3', 'h4', '.console-header .title',
    'th', 'label', '.el-form-item__label', '.el-descriptions__label', 'button', '.el-tabs__item',
    '.el-dialog__title', '.el-empty__description', '.el-table__empty-text', '.el-radio-button__inner',
    '.el-select__placeholder.is-transparent', '.el-pagination', '.el-alert__title']
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
  const out = []
  for (const sel of SELECTORS) {
    for (const el of document.querySelectorAll(sel)) {
      if (!visible(el) || el.closest('[data-test=lang-switch]')) continue
      const text = (el.innerText || '').trim()
      if (text) out.push([sel, text])
    }
  }
  for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (visible(el)) out.push(['placeholder', el.getAttribute('placeholder')])
  }
  return out
}"""

ACCOUNTS = ["marketing1", "finance1", "buyer1", "manager1", "clerk1"]  # hq_admin, finance, purchaser, store manager, clerk

def settle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('.el-loading-mask:not([style*=\"display: none\"])')",
                           timeout=15000)

def chinese_chrome(page) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(sel, text) for sel, text in page.evaluate(CHROME) if CJK.search(text)]

def detail_paths(server: Server) -> list[str]:
    """One address for each detail page of the registry (a route with a parameter), from the demo data; an
    import job and a stocktake are made for it when the data has none."""
    headers = {"Authorization": f"Bearer {login(server.base, 'marketing1')}"}

    def get(path: str, **params: object) -> Any:
        resp = httpx.get(server.base + path, params=params, headers=headers, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def items(body: Any) -> list[dict[str, Any]]:
        if isinstance(body, list):
            return body
        if isinstance(body.get("items"), list):
            return body["items"]
        return next(v for v in body.values() if isinstance(v, list))  # "sessions", "orders"...

    jobs = items(get("/admin/api/v1/imports/"))
    if not jobs:
        csv = "sku_code,name,price,category\nI18N-1,i18n test,1.00,test\n"
        resp = httpx.post(server.base + "/admin/api/v1/imports", params={"kind": "products", "batch_size": 10},
                          files={"file": ("i18n.csv", csv.encode(), "text/csv")},
                          data={"columns": json.dumps({k: k for k in ("sku_code", "name", "price", "category")})},
                          headers=headers, timeout=30)
        assert resp.status_code in (200, 201, 202), resp.text
        jobs = [resp.json()["job"]]
    takes = items(get("/api/v1/stocktakes"))
    if not takes:
        store = next(loc for loc in items(get("/api/v1/locations")) if loc.get("mine", True))

        resp = httpx.post(server.base + "/api/v1/stocktakes", json={"location_code": store["location_code"]},
                          headers=headers, timeout=30)
        assert resp.status_code in (200, 201), resp.text
        takes = [resp.json()]
    def post(path: str, body: dict[str, Any]) -> Any:
        resp = httpx.post(server.base + path, json=body, headers=headers, timeout=30)
        assert resp.status_code in (200, 201), resp.text
        answer = resp.json()
        return answer if "id" in answer else next(v for v in answer.values() if isinstance(v, dict) and "id" in v)

    # the HR, CRM and parallel-run detail pages: the demo data has none of them, so one of each is made (at
    # ST-003, which the other console tests leave alone)
    stamp = time.time_ns() % 10**9
    employees = items(get("/admin/api/v1/hr/employees"))
    if not employees:
        employees = [post("/admin/api/v1/hr/employees", {"name": f"i18n {stamp}", "location_code": "ST-003",
                                                         "position": "导购", "hired_on": "2026-01-05"})]
    candidates = items(get("/admin/api/v1/hr/candidates"))
    if not candidates:
        posting = post("/admin/api/v1/hr/postings", {"location_code": "ST-003", "title": f"i18n {stamp}",
                                                     "position": "导购"})
        candidates = [post("/admin/api/v1/hr/candidates", {"posting_id": posting["id"], "name": f"i18n {stamp}",
                                                           "phone": f"139{stamp % 10**8:08d}"})]
    campaigns = items(get("/admin/api/v1/crm/campaigns"))
    if not campaigns:
        segment = post("/admin/api/v1/crm/segments", {"name": f"i18n {stamp}", "rule": {"levels": ["gold"]}})
        campaigns = [post("/admin/api/v1/crm/campaigns", {
            "name": f"i18n {stamp}", "channel": "email", "segment_id": segment["id"],
            "scheduled_at": "2099-01-01T10:00:00+08:00", "email_subject": "i18n", "email_body": "i18n"})]
    runs = items(get("/admin/api/v1/parallel-runs/"))
    if not runs:
        runs = [post("/admin/api/v1/parallel-runs/", {"location_code": "ST-003"})]
    sessions = items(get("/api/v1/live/sessions"))
    paths = [
        f"/catalog/skus/{items(get('/api/v1/skus', page_size=1))[0]['sku_code']}",
        f"/imports/{jobs[0]['id']}",
        f"/members/{items(get('/admin/api/v1/members/', page_size=1))[0]['id']}",
        f"/orders/{items(get('/admin/api/v1/orders/', page_size=1))[0]['id']}",
        f"/purchasing/orders/{items(get('/api/v1/purchasing/orders'))[0]['po_no']}",
        f"/purchasing/suppliers/{items(get('/api/v1/purchasing/suppliers'))[0]['code']}",
        f"/stock/stocktakes/{takes[0]['stocktake_no']}",
        f"/hr/employees/{employees[0]['id']}",
        f"/hr/candidates/{candidates[0]['id']}",
        f"/crm/campaigns/{campaigns[0]['id']}",
        f"/parallel-runs/{runs[0]['id']}",
    ]
    if sessions:
        paths.append(f"/channels/live/{sessions[0]['id']}")
    return paths

def test_english_console_has_no_chinese_chrome_on_any_page(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    found: dict[str, list[tuple[str, str]]] = {}
    for account in ACCOUNTS:
        page = open_page("en-US")
        sign_in_en(page, account)
        paths = page.locator("[data-test=menu] .el-menu-item").evaluate_all("els => els.map(e => e.dataset.menu)")
        for path in paths:
            if path in seen:
                continue
            seen.add(path)
            page.goto("/console" + path if path != "/" else "/console/")
            settle(page)
            if path != "/catalog/price-lists" and (bad := chinese_chrome(page)):  # its list buttons are price list names (data)
                found[path] = bad
    registry = {p for p in seen}
    assert {"/", "/finance/pnl", "/stock", "/orders", "/purchasing/orders", "/staff/users", "/audit"} <= registry
    page = open_page("en-US")
    sign_in_en(page, "marketing1")
    for path in detail_paths(server):
        page.goto("/console" + path)
        settle(page)
        assert "404" not in page.locator(".el-main").inner_text()[:40], path
        if bad := chinese_chrome(page):
            found[path] = bad
    assert not found, found

def test_chinese_console_shows_chinese_chrome(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("zh-CN")
    sign_in(page, "marketing1")
    for path, words in [("/orders", "订单号"), ("/stock", "库存"), ("/purchasing/orders", "采购单号"),
                        ("/promotions", "新建促销"), ("/finance/pnl", "金额（元）")]:
        page.goto("/console" + path)
        settle(page)
        chrome = " ".join(text for _, text in page.evaluate(CHROME))
        assert words in chrome, (path, chrome[:300])

def test_api_error_in_a_toast_is_english_in_english_mode(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    long_id = "x" * 70  # the audit search takes entity ids of at most 64 characters: the API answers 400
    expected = httpx.get(server.base + "/admin/api/v1/audit/", params={"entity_id": long_id},
                         headers={"Authorization": f"Bearer {login(server.base, 'finance1')}",
                                  "Accept-Language": "en"}, timeout=10)
    assert expected.status_code == 400
    message = expected.json()["error"]["message"]
    assert message and not CJK.search(message)

    page = open_page("en-US", api_errors=True)
    sign_in_en(page, "finance1")
    page.goto("/console/audit")
    settle(page)
    page.locator("input[name=entity_id]").fill(long_id)
    page.locator("[data-test=audit-search]").click()
    toast = page.locator(".el-message--error")
    toast.wait_for()
    assert toast.inner_text().strip() == message

    chinese = open_page("zh-CN", api_errors=True)
    sign_in(chinese, "finance1")
    chinese.goto("/console/audit")
    settle(chinese)
    chinese.locator("input[name=entity_id]").fill(long_id)
    chinese.locator("[data-test=audit-search]").click()
    chinese_toast = chinese.locator(".el-message--error")
    chinese_toast.wait_for()
    assert CJK.search(chinese_toast.inner_text())

LEVELS_EN = {"normal": "Regular member", "silver": "Silver member", "gold": "Gold member", "platinum": "Platinum member"}

def test_english_console_names_levels_carriers_and_accounts_in_english(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    """Names the API sends in Chinese beside a code are the catalogue's English in English mode: a member's
    level, a shipment's carrier, the built-in chart of accounts on the balance sheet."""
    headers = {"Authorization": f"Bearer {login(server.base, 'marketing1')}"}
    shipped = httpx.get(server.base + "/admin/api/v1/orders/", params={"status": "shipped", "page_size": 1},
                        headers=headers, timeout=10).json()["items"][0]

    page = open_page("en-US")
    sign_in_en(page, "marketing1")
    member = httpx.get(server.base + "/admin/api/v1/members/", params={"page_size": 1}, headers=headers,
                       timeout=10).json()["items"][0]
    page.goto(f"/console/members?q={member['member_code']}&kind=member_code")
    settle(page)
    assert page.locator("[data-test=member-level]").all_inner_texts() == [LEVELS_EN[member["level"]]]
    page.goto(f"/console/members/{member['id']}")
    settle(page)
    assert page.locator("[data-test=member-level]").inner_text() == LEVELS_EN[member["level"]]
    page.goto(f"/console/orders/{shipped['id']}")
    settle(page)
    carriers = page.locator("[data-test=shipment-carrier]").all_inner_texts()
    assert carriers and not any(CJK.search(c) for c in carriers), carriers

    finance = open_page("en-US")
    sign_in_en(finance, "finance1")
    finance.goto("/console/finance/balance-sheet")
    settle(finance)
    assets = finance.locator("[data-test=assets-table] tbody").inner_text()
    others = finance.locator("[data-test=liabilities-table] tbody").inner_text()
    assert "Inventory" in assets and "Retained earnings" in others, (assets, others)
    assert not CJK.search(assets + others), (assets, others)


def test_english_console_names_permissions_and_hold_reasons_in_english(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    """The API describes permissions and hold reasons in one language; the roles page and the review queue show
    the catalogue's sentence in the console's language (the buyer's own words stay as typed)."""
    from playwright.sync_api import expect

    from tests.console.test_roles_reviews import Api, _held_order

    hq = Api(server, "marketing1")
    remark = f"deliver on Saturday {time.time_ns() % 10**9}"
    order = _held_order(hq, "ST-001", remark)
    try:
        page = open_page("en-US")
        sign_in_en(page, "marketing1")
        page.goto("/console/orders/reviews")
        settle(page)
        row = page.locator("[data-test=review-table] .el-table__body-wrapper .el-table__row", has_text=order["order_no"])
        reason = row.locator("[data-test=review-reason]")
        expect(reason).to_contain_text(f"Buyer's note: {remark}")
        assert not CJK.search(reason.inner_text()), reason.inner_text()
    finally:
        hq.call("POST", f"/admin/api/v1/order-reviews/{order['id']}/release", {"reason": "i18n"})

    page.goto("/console/staff/roles")
    settle(page)
    page.locator("[data-test=new-role]").click()
    dialog = page.locator(".el-dialog:visible")
    dialog.locator("[data-test=base-role]").click()  # the catalogue lists what the base role holds
    page.locator(".el-select-dropdown:visible .el-select-dropdown__item", has_text="HQ admin").click()
    described = [p["name"] for p in hq.call("GET", "/admin/api/v1/permissions")["items"]
                 if p["description"] and "hq_admin" in p["roles"]]
    assert len(described) > 30, described
    texts = {}
    for name in described:  # each found through the catalogue's filter (a closed group renders nothing)
        dialog.locator("input[name=permission-filter]").fill(name)
        texts[name] = dialog.locator(f"[data-test='perm-text-{name}']").text_content(timeout=5000).strip()
    assert all(texts.values()) and not {n: t for n, t in texts.items() if CJK.search(t)}, texts
    dialog.locator("input[name=permission-filter]").fill("orders.review")
    expect(dialog.locator("[data-test='perm-text-orders.review']")).to_have_text(
        "Release or cancel an order held for review, merge held orders; a store manager only for orders of their stores")

    chinese = open_page("zh-CN")
    sign_in(chinese, "marketing1")
    chinese.goto("/console/staff/roles")
    settle(chinese)
    chinese.locator("[data-test=new-role]").click()
    dialog = chinese.locator(".el-dialog:visible")
    dialog.locator("[data-test=base-role]").click()
    chinese.locator(".el-select-dropdown:visible .el-select-dropdown__item", has_text="店长").click()
    dialog.locator("input[name=permission-filter]").fill("orders.review")
    expect(dialog.locator("[data-test='perm-text-orders.review']")).to_have_text(
        "放行或取消审核中的订单，合并审核中的订单；店长只能处理自己门店的订单")
