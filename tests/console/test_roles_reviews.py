"""The roles page and the order review queue in the browser (fixtures in conftest.py): an HQ admin builds a custom
role from the permission catalogue and the API then admits a user with it to exactly the chosen routes (an edit
applies at the user's next request); a store manager releases an order a hold rule stopped, with a reason."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, PASSWORD, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM


class Api:
    """The public API as one staff member (bearer token)."""

    def __init__(self, server: Server, username: str, password: str = PASSWORD) -> None:
        self.client = httpx.Client(base_url=server.base, timeout=30,
                                   headers={"Authorization": f"Bearer {login(server.base, username, password)}"})

    def status(self, path: str) -> int:
        return self.client.get(path).status_code

    def call(self, method: str, path: str, body: dict[str, Any] | None = None, ok: tuple[int, ...] = (200, 201)) -> Any:
        resp = self.client.request(method, path, json=body)
        assert resp.status_code in ok, resp.text
        return resp.json()


def _choose(page, permission: str) -> None:  # type: ignore[no-untyped-def]
    """Tick one permission in the role dialog, found through the catalogue's filter."""
    dialog = page.locator(".el-dialog:visible")
    dialog.locator("input[name=permission-filter]").fill(permission)
    box = dialog.locator(f"[data-test='perm-{permission}']")
    box.click()
    expect(box).to_have_class(re.compile(r"is-checked"))


def test_admin_builds_a_custom_role_and_the_api_admits_exactly_its_routes(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    stamp = int(time.time() * 1000) % 10**8
    code, name = f"stock_clerk_{stamp}", f"库存专员{stamp}"
    page = open_page()
    sign_in(page, "marketing1")  # an HQ admin without MFA
    page.locator("[data-test=menu] .el-menu-item", has_text="角色权限").click()
    table = page.locator("[data-test=role-table]")
    table.locator(".el-table__row", has_text="store_manager").first.wait_for()

    # a fixed role opens read-only: its permissions are the authorization table's
    table.locator(".el-table__body-wrapper .el-table__row", has_text="clerk").first \
        .locator("[data-test=open-role]").click()
    dialog = page.locator(".el-dialog:visible")
    expect(dialog.locator("[data-test=save-role]")).to_have_count(0)
    expect(dialog.locator("[data-test='perm-auth.me'] input")).to_be_disabled()
    dialog.get_by_role("button", name="关闭", exact=True).click()
    expect(page.locator(".el-dialog:visible")).to_have_count(0)

    # a custom role on the store manager's base: stock levels and stocktakes, one store
    page.locator("[data-test=new-role]").click()
    dialog = page.locator(".el-dialog:visible")
    dialog.locator("input[name=role-code]").fill(code)
    dialog.locator("input[name=role-name]").fill(name)
    dialog.locator("[data-test=base-role]").click()
    page.locator(".el-select-dropdown:visible .el-select-dropdown__item", has_text="店长").click()
    for permission in ("auth.me", "admin_stock.stock_levels", "admin_stock.list_stocktakes"):
        _choose(page, permission)
    expect(dialog.locator("[data-test=chosen-count]")).to_contain_text("已选 3")
    dialog.locator("[data-test=scope-store_codes-all] .el-radio", has_text="仅限").click()
    dialog.locator("[data-test=scope-store_codes]").click()
    page.locator(".el-select-dropdown:visible .el-select-dropdown__item", has_text="ST-001").click()
    page.keyboard.press("Escape")
    doc_screenshot(page, "staff-role-edit")
    dialog.locator("[data-test=save-role]").click()
    page.get_by_text(f"角色 {code} 已保存").wait_for()
    row = table.locator(".el-table__body-wrapper .el-table__row", has_text=code)
    expect(row.locator("[data-test=role-permission-count]")).to_have_text("3")
    expect(row.locator("[data-test=role-scope]")).to_contain_text("ST-001")

    hq = Api(server, "marketing1")
    saved = hq.call("GET", f"/admin/api/v1/roles/{code}")["role"]
    assert saved["permissions"] == ["admin_stock.list_stocktakes", "admin_stock.stock_levels", "auth.me"], saved
    assert (saved["base_role"], saved["store_codes"], saved["warehouse_codes"], saved["channels"]) == \
        ("store_manager", ["ST-001"], None, None)

    # a store manager of ST-001 is given the role on the staff page: the chosen routes answer, the base role's
    # others are refused
    username = f"rt{stamp}"
    hq.call("POST", "/admin/api/v1/users", {"username": username, "display_name": "角色测试", "role": "store_manager",
                                             "location_codes": ["ST-001"], "password": "Str0ng-pass-1"})
    page.locator("[data-test=menu] .el-menu-item", has_text="员工账号").click()
    page.locator("[data-test=user-table] .el-table__row").first.wait_for()
    page.locator("input[data-test=user-search]").fill(username)
    page.locator("input[data-test=user-search]").press("Enter")
    rows = page.locator("[data-test=user-table] .el-table__body-wrapper .el-table__row")
    expect(rows).to_have_count(1)  # the search's answer, not the first page it replaces
    user_row = rows.filter(has_text=username)
    user_row.locator("[data-test=edit-user]").click()
    expect(page.locator(".el-dialog:visible .el-dialog__title")).to_contain_text(username)
    page.locator("[data-test=edit-role]").click()
    page.locator(".el-select-dropdown:visible .el-select-dropdown__item", has_text=name).click()
    page.locator("[data-test=save-edit]").click()
    expect(user_row.locator("[data-test=user-role-tag]")).to_have_text(name)
    member = Api(server, username, "Str0ng-pass-1")
    assert member.call("GET", "/api/v1/auth/me")["role"] == "store_manager"
    assert member.status("/admin/api/v1/stock?location_code=ST-001") == 200
    assert member.status("/admin/api/v1/stocktakes") == 200
    assert member.status("/api/v1/auth/me") == 200
    for refused in ("/admin/api/v1/orders/", "/admin/api/v1/transfers", "/admin/api/v1/users"):
        assert member.status(refused) == 403, refused

    # the admin adds transfers in the page: the user's next request has them, without a new login
    page.locator("[data-test=menu] .el-menu-item", has_text="角色权限").click()
    row.locator("[data-test=open-role]").click()
    dialog = page.locator(".el-dialog:visible")
    expect(dialog.locator("input[name=role-code]")).to_be_disabled()
    _choose(page, "admin_stock.list_transfers")
    dialog.locator("[data-test=save-role]").click()
    page.get_by_text(f"角色 {code} 已保存").wait_for()
    expect(row.locator("[data-test=role-permission-count]")).to_have_text("4")
    assert member.status("/admin/api/v1/transfers") == 200
    assert member.status("/admin/api/v1/orders/") == 403
    doc_screenshot(page, "staff-roles")


def test_roles_menu_is_hq_only(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "manager1")
    titles = menu_titles(page)
    assert "角色权限" not in titles and "订单审核" in titles, titles
    page.goto("/console/staff/roles")
    page.locator("[data-test=forbidden]").wait_for()


def _held_order(hq: Api, store: str, remark: str) -> dict[str, Any]:
    """A paid phone order at `store` with a buyer remark, while the buyer-remark rule is on (then off again, so
    the other tests' orders ship as usual)."""
    stock = hq.call("GET", f"/admin/api/v1/stock?location_code={store}&page_size=200")["items"]
    candidates = sorted((s for s in stock if s["available"] > 0), key=lambda s: -s["available"])
    hq.call("PUT", "/admin/api/v1/order-reviews/rules/buyer_remark", {"enabled": True})
    try:
        for s in candidates[:8]:
            resp = hq.client.post("/api/v1/orders", json={
                "channel": "phone", "location_code": store, "items": [{"sku_code": s["sku_code"], "qty": 1}],
                "receiver_name": "王丽", "receiver_phone": "13800000001",
                "receiver_address": "上海市徐汇区漕溪北路 88 号 3 楼", "buyer_remark": remark})
            if resp.status_code != 201:
                continue  # only expired batches left, or taken meanwhile: the next SKU
            order = resp.json()["order"]
            return hq.call("POST", f"/api/v1/orders/{order['id']}/pay",
                           {"method": "wechat", "amount_fen": order["total_fen"],
                            "external_ref": f"REVIEW-{order['order_no']}"})["order"]
        raise AssertionError(f"no SKU of {store} could be sold: {candidates[:8]}")
    finally:
        hq.call("PUT", "/admin/api/v1/order-reviews/rules/buyer_remark", {"enabled": False})


def test_store_manager_releases_a_held_order_with_a_reason(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    hq = Api(server, "marketing1")
    remark = f"请周末送货 {int(time.time() * 1000) % 10**9}"
    order = _held_order(hq, "ST-001", remark)
    assert order["status"] == "review", order

    page = open_page()
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="订单审核").click()
    row = page.locator("[data-test=review-table] .el-table__body-wrapper .el-table__row", has_text=order["order_no"])
    expect(row.locator("[data-test=review-reason]")).to_contain_text(f"买家留言：{remark}")
    expect(row).to_contain_text("买家留言")
    rules = page.locator("[data-test=rule-table]")
    expect(rules).to_contain_text("大额订单")
    expect(rules.locator("[data-test=rule-enabled-buyer_remark]")).to_have_class(re.compile("is-disabled"))
    doc_screenshot(page, "order-reviews")

    row.locator("[data-test=release]").click()
    box = page.locator(".el-message-box")
    box.locator("input").fill("已电话核实收货时间")
    box.get_by_role("button", name="确定").click()
    page.get_by_text(f"订单 {order['order_no']} 已放行").wait_for()
    expect(row).to_have_count(0)

    after = hq.call("GET", f"/admin/api/v1/orders/{order['id']}")["order"]
    assert after["status"] == "allocated", after["status"]
    page.locator("[data-test=review-status] .el-radio-button", has_text="已放行").click()
    done = page.locator("[data-test=review-table] .el-table__body-wrapper .el-table__row", has_text=order["order_no"])
    expect(done).to_contain_text("已电话核实收货时间")
    audit = hq.call("GET", f"/admin/api/v1/audit/?action=order.review_release&entity_id={order['id']}")
    assert audit["items"] and audit["items"][0]["username"] == "manager1", audit["items"][:1]


def test_reviewer_merges_two_held_orders_of_one_buyer_with_a_reason(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    hq = Api(server, "marketing1")
    stamp = int(time.time() * 1000) % 10**9
    first = _held_order(hq, "ST-001", f"合并测试一 {stamp}")
    second = _held_order(hq, "ST-001", f"合并测试二 {stamp}")
    assert first["status"] == second["status"] == "review", (first["status"], second["status"])

    page = open_page()
    sign_in(page, "manager1")
    page.goto("/console/orders/reviews")
    table = page.locator("[data-test=review-table]")
    button = page.locator("[data-test=merge-orders]")
    expect(button).to_be_disabled()
    for order in (first, second):
        table.locator(".el-table__body-wrapper .el-table__row", has_text=order["order_no"]) \
            .locator(".el-checkbox").click()
    expect(button).to_be_enabled()
    expect(button).to_contain_text("合并所选 2 个订单")
    button.click()
    box = page.locator(".el-message-box")
    expect(box).to_contain_text(first["order_no"])
    box.locator("input").fill("同一收货地址合并发货")
    box.get_by_role("button", name="确定").click()
    toast = page.locator(".el-message--success", has_text="已合并")
    toast.wait_for()

    # the API's answer: both orders on one parcel, the number the page shows, the reason in the audit log
    held = hq.call("GET", "/admin/api/v1/order-reviews/?status=held&location_code=ST-001&page_size=100")["items"]
    nos = {r["order_id"]: r["merge_no"] for r in held if r["order_id"] in (first["id"], second["id"])}
    assert len(nos) == 2 and nos[first["id"]] and nos[first["id"]] == nos[second["id"]], nos
    merge_no = nos[first["id"]]
    expect(toast).to_contain_text(f"{merge_no}（ST-001：{first['order_no']}、{second['order_no']}）")
    for order in (first, second):
        row = table.locator(".el-table__body-wrapper .el-table__row", has_text=order["order_no"])
        expect(row.locator("[data-test=merge-no]")).to_have_text(merge_no)
    audit = hq.call("GET", f"/admin/api/v1/audit/?action=order.review_merge&entity_id={first['id']}")
    assert audit["items"] and audit["items"][0]["username"] == "manager1", audit["items"][:1]
    assert "同一收货地址合并发货" in json.dumps(audit["items"][0], ensure_ascii=False), audit["items"][0]

    # released, the parcel ships as usual (and the queue is left as it was for the other tests)
    for order in (first, second):
        hq.call("POST", f"/admin/api/v1/order-reviews/{order['id']}/release", {"reason": "测试结束"})


def test_merge_is_hidden_from_roles_without_order_review(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "finance1")  # finance reads orders but may not review them
    assert "订单审核" not in menu_titles(page)
    page.goto("/console/orders/reviews")
    page.locator("[data-test=forbidden]").wait_for()
    expect(page.locator("[data-test=merge-orders]")).to_have_count(0)
    page.goto("/console/orders")
    page.locator("[data-test=order-table]").wait_for()
    expect(page.locator("[data-test=merge-orders]")).to_have_count(0)
    assert Api(server, "finance1").client.post("/admin/api/v1/order-reviews/merge",
                                               json={"order_ids": [1, 2]}).status_code == 403
