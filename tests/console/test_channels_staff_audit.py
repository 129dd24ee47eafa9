"""The channel, staff and audit pages in the browser (fixtures in conftest.py): admin sees the shops' sync state
and replays a dead letter; admin creates a staff account that can then log in, and the audit log page finds the
change; manager1 on a 768-wide tablet sees only their own store's staff and confirms an unverified clock-in."""

from __future__ import annotations

import time

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=30,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _open_menu(page, title: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-test=menu] .el-menu-item", has_text=title).click()


def _pick(page, select: str, option: str) -> None:  # type: ignore[no-untyped-def]
    """Choose `option` in the Element Plus select marked data-test=`select`."""
    expect(page.locator(".el-select__popper:visible")).to_have_count(0)  # the last one has closed
    page.locator(f"[data-test={select}]").click()
    page.locator(".el-select__popper:visible .el-select-dropdown__item", has_text=option).first.click()


def _dead_letter(server: Server, note: str) -> int:
    """A stock push that gave up on the demo's Taobao shop (no route makes one: failures in the workers do).
    Made once the start-up pushes are done (a successful push of the SKU resolves its letter), on the last SKU
    listed there, its push state dead as the workers leave it."""
    with _api(server, "marketing1") as hq:  # an HQ admin without MFA
        deadline = time.monotonic() + 60
        while any(s["push_lag"]["waiting"] for s in hq.get("/admin/api/v1/channels").json()["items"]):
            assert time.monotonic() < deadline, "the demo's start-up pushes did not finish"
            time.sleep(0.5)
    rows = server.db.query(
        "INSERT INTO channel_dead_letters (account_id, kind, sku_id, platform_sku_id, qty, attempts, error, status, "
        "replay_count, created_at, updated_at) "
        "SELECT m.account_id, 'stock', m.sku_id, m.platform_sku_id, 7, 8, '" + note + "', 'open', 0, "
        "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM channel_sku_mappings m "
        "JOIN channel_accounts a ON a.id = m.account_id WHERE a.platform = 'taobao' ORDER BY m.id DESC LIMIT 1 "
        "RETURNING id")
    letter_id = int(rows[0][0])
    server.db.query("UPDATE channel_push_states SET status = 'dead', last_error = 'server_error: 502' "
                    f"WHERE (account_id, sku_id) = (SELECT account_id, sku_id FROM channel_dead_letters "
                    f"WHERE id = {letter_id}) RETURNING id")
    return letter_id


def test_admin_sees_shop_sync_and_replays_a_dead_letter(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                         admin_totp: Totp) -> None:
    note = f"测试：平台返回 502（{int(time.time() * 1000)}）"
    letter_id = _dead_letter(server, note)

    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "admin", admin_totp)
    assert {"渠道店铺", "同步死信", "渠道对账", "直播场次", "员工账号", "审计日志"} <= set(menu_titles(page))
    _open_menu(page, "渠道店铺")
    shops = page.locator("[data-test=shop-table] .el-table__body-wrapper .el-table__row")
    shops.first.wait_for()
    page.locator("[data-test=push-lag]").first.wait_for()
    assert shops.count() == 6  # the demo's shops, one per marketplace
    taobao = shops.filter(has_text="淘宝")
    assert "Cradle 母婴淘宝旗舰店" in taobao.inner_text()
    lag = taobao.locator("[data-test=push-lag]").inner_text()
    assert "无积压" in lag or "条待推送" in lag, lag
    with _api(server, "marketing1") as hq:  # other tests of this server may list, publish and fail SKUs too
        shop = next(x for x in hq.get("/admin/api/v1/channels").json()["items"] if x["platform"] == "taobao")
        listed = hq.get("/admin/api/v1/channels/taobao/quantities").json()["items"]
    assert shop["open_dead_letters"] >= 1
    assert taobao.locator("[data-test=open-letters]").inner_text().strip() == f"{shop['open_dead_letters']} 条"
    doc_screenshot(page, "channels-shops")

    taobao.locator("[data-test=quantities]").click()  # what we publish vs what the platform has
    quantities = page.locator("[data-test=quantity-table] .el-table__body-wrapper .el-table__row")
    quantities.first.wait_for()
    # the demo lists 12 SKUs on every platform; a product published by another test adds its own
    assert quantities.count() == len(listed) >= 12
    page.keyboard.press("Escape")

    taobao.locator("[data-test=open-letters]").click()
    page.wait_for_url("**/console/channels/dead-letters?platform=taobao")
    row = page.locator("[data-test=letter-table] .el-table__body-wrapper .el-table__row", has_text=note)
    row.wait_for()
    assert "待处理" in row.inner_text() and "数量 7" in row.inner_text()
    doc_screenshot(page, "channels-dead-letters")
    row.locator("[data-test=replay]").click()
    page.locator(".el-message-box").get_by_role("button", name="重放").click()
    page.get_by_text(f"死信 {letter_id} 已重放").wait_for()
    row.wait_for(state="detached")  # no longer open: the list shows the open ones

    with _api(server, "finance1") as finance:  # finance reads the audit log
        entries = finance.get("/admin/api/v1/audit/", params={"action": "channels.dead_letter.replay",
                                                              "entity_id": str(letter_id)}).json()["items"]
    assert [e["username"] for e in entries] == ["admin"]
    with _api(server, "marketing1") as hq:
        letters = hq.get("/admin/api/v1/channels/dead-letters", params={"platform": "taobao"}).json()["items"]
    replayed = next(x for x in letters if x["id"] == letter_id)
    assert replayed["status"] in ("replaying", "resolved") and replayed["replay_count"] == 1

    _open_menu(page, "渠道对账")
    page.locator("[data-test=run-reconciliation]").click()
    details = page.locator(".el-dialog", has_text="的差异与修正")
    details.wait_for()
    page.keyboard.press("Escape")
    details.wait_for(state="hidden")
    runs = page.locator("[data-test=run-table] .el-table__body-wrapper .el-table__row")
    runs.first.wait_for()
    assert "手动" in runs.first.inner_text()
    doc_screenshot(page, "channels-reconciliation")

    _open_menu(page, "直播场次")
    live = page.locator("[data-test=live-table] .el-table__body-wrapper .el-table__row", has_text="宝妈夜场直播")
    live.wait_for()
    assert "live1" in live.inner_text() and "未开播" in live.inner_text()
    doc_screenshot(page, "channels-live")
    live.locator("[data-test=live-detail]").click()
    items = page.locator("[data-test=live-items] .el-table__body-wrapper .el-table__row")
    items.first.wait_for()
    assert items.count() == 3 and "¥" in items.first.inner_text()
    assert "宝妈夜场直播" in page.locator("[data-test=live-session]").inner_text()
    doc_screenshot(page, "channels-live-detail")


def test_admin_creates_a_staff_account_that_logs_in_and_the_audit_log_finds_it(  # type: ignore[no-untyped-def]
        open_page, server: Server, admin_totp: Totp) -> None:
    username = f"clerk{int(time.time() * 1000) % 10**9}"
    page = open_page()
    page.set_viewport_size(DESKTOP)
    sign_in(page, "admin", admin_totp)
    _open_menu(page, "员工账号")
    page.locator("[data-test=user-table] .el-table__row").first.wait_for()
    doc_screenshot(page, "staff-users")
    page.locator("[data-test=new-user]").click()
    form = page.locator("[data-test=user-form]")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=display-name]").fill("浏览器测试店员")
    _pick(page, "user-role", "店员")
    _pick(page, "user-locations", "ST-002")
    page.keyboard.press("Escape")  # close the multi-select's list
    form.locator("input[name=password]").fill("Str0ng-pass-1")
    page.locator("[data-test=save-user]").click()
    page.get_by_text(f"已创建员工 {username}").wait_for()
    page.locator("input[data-test=user-search]").fill(username)
    page.locator("input[data-test=user-search]").press("Enter")
    row = page.locator("[data-test=user-table] .el-table__body-wrapper .el-table__row", has_text=username)
    row.wait_for()
    assert "ST-002" in row.inner_text() and "在职" in row.inner_text()

    # the new clerk logs in through the API, scoped to ST-002
    token = login(server.base, username, "Str0ng-pass-1")
    me = httpx.get(server.base + "/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    assert me["role"] == "clerk" and me["display_name"] == "浏览器测试店员"
    with _api(server, "marketing1") as hq:
        st002 = hq.get("/admin/api/v1/locations/ST-002").json()["id"]
    assert me["location_ids"] == [st002]

    # HQ adds a store to the clerk's scope, then deactivates the account: it can no longer log in
    row.locator("[data-test=user-scopes]").click()
    _pick(page, "scope-select", "ST-003")
    page.keyboard.press("Escape")
    page.locator("[data-test=save-scopes]").click()
    page.get_by_text("门店权限已更新").wait_for()
    expect(row.locator("[data-test=user-stores]")).to_have_text("ST-002、ST-003")
    row.locator("[data-test=user-more]").click()
    page.locator(".el-dropdown-menu__item:visible", has_text="停用账号").click()
    page.locator(".el-message-box").get_by_role("button", name="停用").click()
    page.get_by_text(f"已停用账号 {username}").wait_for()
    expect(row).to_contain_text("已停用")
    refused = httpx.post(server.base + "/api/v1/auth/login", json={"username": username, "password": "Str0ng-pass-1"},
                         timeout=10)
    assert refused.status_code == 401, refused.text

    # the audit log page finds who created it
    _open_menu(page, "审计日志")
    filters = page.locator("[data-test=audit-filters]")
    filters.locator("input[name=action]").fill("user.create")
    filters.locator("input[name=after]").fill(username)
    page.locator("[data-test=audit-search]").click()
    entries = page.locator("[data-test=audit-table] .el-table__body-wrapper .el-table__row")
    expect(entries).to_have_count(1)  # the search's answer, not the unfiltered first page
    entry = entries.filter(has_text=username)
    text = entry.inner_text()
    assert "admin" in text and "user.create" in text and "员工账号" in text and "ST-002" in text
    entry.locator(".el-table__expand-icon").click()
    page.get_by_text("变更后").first.wait_for()
    doc_screenshot(page, "audit-log")

    # the other staff pages at desktop size, for the docs
    _open_menu(page, "排班")
    page.locator("[data-test=shift-table] .el-table__row").first.wait_for()
    doc_screenshot(page, "staff-shifts")
    _open_menu(page, "考勤")
    page.locator("[data-test=attendance-table] .el-table__row").first.wait_for()
    doc_screenshot(page, "staff-attendance")
    _open_menu(page, "销售提成")
    page.locator("[data-test=commission-table]").wait_for()
    doc_screenshot(page, "staff-commissions")


def test_manager_on_a_tablet_sees_only_own_store_staff(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    with _api(server, "clerk1") as clerk:  # a clock-in with no position at ST-001 (geofenced): unverified
        clocked = clerk.post("/api/v1/attendance/clock", json={"kind": "in"})
    assert clocked.status_code in (200, 201) and clocked.json()["unverified"] is True, clocked.text

    page = open_page()
    page.set_viewport_size(TABLET)
    sign_in(page, "manager1")
    titles = set(menu_titles(page))
    assert {"员工账号", "排班", "考勤", "销售提成"} <= titles
    assert not titles & {"渠道店铺", "同步死信", "审计日志"}
    _open_menu(page, "员工账号")
    rows = page.locator("[data-test=user-table] .el-table__body-wrapper .el-table__row")
    rows.first.wait_for()
    page.wait_for_load_state("networkidle")
    names = [r.split()[0] for r in rows.all_inner_texts()]
    assert {"manager1", "clerk1"} <= set(names)
    assert not {"manager2", "clerk2", "admin", "live1"} & set(names), names
    for stores in page.locator("[data-test=user-stores]").all_inner_texts():
        assert "ST-001" in stores, stores
    assert page.locator("[data-test=new-user]").count() == 0  # HQ manages accounts
    assert page.locator("[data-test=edit-user]").count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 768, f"the page scrolls sideways at 768 px ({width})"

    with _api(server, "manager1") as api:  # and the API refuses another store's staff
        assert api.get("/admin/api/v1/users", params={"location_code": "ST-002"}).status_code == 403

    _open_menu(page, "排班")  # manager1 schedules clerk1 this evening, after the demo's 9:00-18:00 shift
    page.locator("[data-test=new-shift]").click()
    _pick(page, "shift-user", "（clerk1）")
    _pick(page, "shift-location", "ST-001")
    _pick(page, "shift-start", "19:00")
    _pick(page, "shift-end", "21:30")
    page.locator("[data-test=save-shift]").click()
    page.get_by_text("已排班").wait_for()
    evening = page.locator("[data-test=shift-table] .el-table__body-wrapper .el-table__row", has_text="19:00 - 21:30")
    evening.wait_for()
    assert "clerk1" in evening.inner_text() and "ST-001" in evening.inner_text()
    shop_floor = page.locator("[data-test=shift-table] .el-table__body-wrapper .el-table__row").all_inner_texts()
    assert shop_floor and all("ST-001" in r for r in shop_floor)

    _open_menu(page, "考勤")
    pending = page.locator("[data-test=unverified-table] .el-table__body-wrapper .el-table__row", has_text="clerk1")
    pending.wait_for()
    pending.locator("[data-test=confirm-clock]").click()
    page.locator(".el-message-box").get_by_role("button", name="确认").click()
    page.get_by_text("已确认，计入考勤").wait_for()
    pending.wait_for(state="detached")
    with _api(server, "finance1") as finance:
        entries = finance.get("/admin/api/v1/audit/", params={"action": "attendance.confirm",
                                                              "entity_id": str(clocked.json()["id"])}).json()
    assert [e["username"] for e in entries["items"]] == ["manager1"]
