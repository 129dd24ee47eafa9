"""The orders and members pages in the browser: the order list filtered by channel and status shows exactly what
the API answers; a store manager cancels a paid order (refunded) and finance refunds part of another, both
checked through the API; a member found by phone shows the API's points balance (fixtures in conftest.py)."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM


class Api:
    """The public API as one staff member or shopper (bearer token)."""

    def __init__(self, base: str, token: str) -> None:
        self.base = base
        self.headers = {"Authorization": f"Bearer {token}"}

    def get(self, path: str, **params: Any) -> Any:
        resp = httpx.get(self.base + path, params=params, headers=self.headers, timeout=15)
        assert resp.status_code == 200, resp.text
        return resp.json()

    def post(self, path: str, body: dict[str, Any], expect_status: tuple[int, ...] = (200, 201)) -> Any:
        resp = httpx.post(self.base + path, json=body, headers=self.headers, timeout=15)
        assert resp.status_code in expect_status, resp.text
        return resp.json()


def staff(server: Server, username: str) -> Api:
    return Api(server.base, login(server.base, username))


def pick(page, select_test: str, label: str) -> None:  # type: ignore[no-untyped-def]
    """Choose `label` in the Element Plus select marked data-test=select_test."""
    page.locator(f"[data-test={select_test}]").click()
    page.locator(".el-select-dropdown:visible .el-select-dropdown__item").get_by_text(label, exact=True).click()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """doc_screenshot once the page's loading masks are gone."""
    expect(page.locator(".el-loading-mask:visible")).to_have_count(0)
    doc_screenshot(page, name)


def paid_pos_order(api: Api, store: str = "ST-001") -> dict[str, Any]:
    """A POS order at `store` for one unit of something the store can sell, paid in cash, through the API."""
    stock = api.get("/admin/api/v1/stock", location_code=store, page_size=200)["items"]
    candidates = sorted((s for s in stock if s["available"] > 0), key=lambda s: -s["available"])
    for s in candidates[:8]:
        resp = httpx.post(api.base + "/api/v1/orders", headers=api.headers, timeout=15, json={
            "channel": "pos", "location_code": store, "items": [{"sku_code": s["sku_code"], "qty": 1}],
            "note": "控制台浏览器测试"})
        if resp.status_code != 201:
            continue  # only expired batches left, or taken meanwhile: the next SKU
        order = resp.json()["order"]
        paid = api.post(f"/api/v1/orders/{order['id']}/pay",
                        {"method": "cash", "amount_fen": order["total_fen"],
                         "external_ref": f"CONSOLE-{order['order_no']}"})["order"]
        assert paid["paid_fen"] == paid["total_fen"] > 0
        return paid
    raise AssertionError(f"no SKU of {store} could be sold: {candidates[:8]}")


def test_order_list_filters_by_channel_and_status_like_the_api(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    api = staff(server, "finance1")
    every = api.get("/admin/api/v1/orders/", page_size=200)["items"]
    (channel, status), _ = Counter((o["channel"], o["status"]) for o in every).most_common(1)[0]
    expected = api.get("/admin/api/v1/orders/", channel=channel, status=status, page_size=20)
    assert expected["total"] >= 1
    one = expected["items"][0]

    page = open_page()
    sign_in(page, "finance1")
    assert "订单" in menu_titles(page) and "会员" in menu_titles(page)
    page.locator("[data-test=menu] .el-menu-item[data-menu='/orders']").click()  # not 订单审核
    rows = page.locator("[data-test=order-table] [data-test=order-no]")
    expect(rows.first).to_be_visible()
    shot(page, "orders-list")

    pick(page, "channel", one["channel_name"])
    pick(page, "status", one["status_name"])
    page.locator("[data-test=search]").click()
    page.wait_for_url(f"**/console/orders?*channel={channel}*")
    expect(rows).to_have_text([o["order_no"] for o in expected["items"]])
    channels = page.locator("[data-test=order-table] [data-test=channel-name]").all_inner_texts()
    statuses = page.locator("[data-test=order-table] [data-test=status-name]").all_inner_texts()
    assert set(channels) == {one["channel_name"]} and set(statuses) == {one["status_name"]}
    expect(page.locator("[data-test=pager] .el-pagination__total")).to_contain_text(str(expected["total"]))

    # the address keeps the filters: a reload shows the same rows
    page.reload()
    expect(rows).to_have_text([o["order_no"] for o in expected["items"]])

    # the order's page: its lines and timeline as the API has them
    rows.first.click()
    page.wait_for_url(f"**/console/orders/{one['id']}")
    expect(page.locator("[data-test=order-status]")).to_have_text(one["status_name"])
    detail = api.get(f"/admin/api/v1/orders/{one['id']}")["order"]
    expect(page.locator("[data-test=order-lines] .el-table__body tr")).to_have_count(len(detail["items"]))
    timeline = page.locator("[data-test=order-timeline] .el-timeline-item")
    expect(timeline).to_have_count(len(detail["events"]))  # the history as the API records it
    last = detail["events"][-1]
    expect(timeline.last).to_contain_text(last["note"] or one["status_name"])
    # finance may refund; approving refund requests and returns is a store manager's
    assert page.locator("[data-test=approve-refund-request]").count() == 0


def test_store_manager_cancels_a_paid_order_and_it_is_refunded(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    manager = staff(server, "manager1")
    order = paid_pos_order(manager)

    page = open_page()
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item[data-menu='/orders']").click()  # not 订单审核
    page.locator("input[name=order_no]").fill(order["order_no"])
    page.locator("[data-test=search]").click()
    rows = page.locator("[data-test=order-table] [data-test=order-no]")
    expect(rows).to_have_text([order["order_no"]])
    rows.first.click()
    expect(page.locator("[data-test=order-status]")).to_have_text(order["status_name"])
    expect(page.locator("[data-test=paid]")).to_contain_text(f"{order['paid_fen'] // 100}.{order['paid_fen'] % 100:02d}")
    shot(page, "orders-detail")

    page.locator("[data-test=cancel]").click()
    box = page.locator(".el-message-box")
    expect(box).to_contain_text("原路退款")
    box.locator("input").fill("顾客不要了（浏览器测试）")
    box.get_by_role("button", name="确定").click()
    expect(page.locator("[data-test=order-status]")).to_have_text("已取消")
    expect(page.locator("[data-test=order-refunds] [data-test=refund-amount]")).to_have_count(1)
    expect(page.locator("[data-test=refunded]")).to_contain_text(f"{order['paid_fen'] // 100}.")
    assert page.locator("[data-test=cancel]").count() == 0

    after = manager.get(f"/api/v1/orders/{order['id']}")["order"]
    assert after["status"] == "cancelled"
    assert after["refunded_fen"] == after["paid_fen"] == order["total_fen"]
    [refund] = after["refunds"]
    assert refund["amount_fen"] == order["total_fen"] and refund["method"] == "cash"
    assert refund["status"] == "succeeded" and refund["reason"] == "顾客不要了（浏览器测试）"
    assert after["events"][-1]["to_status"] == "cancelled"


def test_finance_refunds_part_of_a_paid_order(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    order = paid_pos_order(staff(server, "manager1"))
    assert order["total_fen"] > 100

    page = open_page()
    page.set_viewport_size({"width": 768, "height": 1024})  # a tablet
    sign_in(page, "finance1")
    page.goto(f"/console/orders/{order['id']}")
    expect(page.locator("[data-test=order-no]")).to_have_text(order["order_no"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 768  # nothing sticks out sideways
    page.locator("[data-test=refund]").click()
    dialog = page.locator("[data-test=refund-dialog]")
    dialog.locator("input[name=refund-amount]").fill("1.00")
    dialog.locator("input[name=refund-reason]").fill("价格调整（浏览器测试）")
    dialog.locator("[data-test=confirm-refund]").click()
    expect(page.locator("[data-test=order-refunds] [data-test=refund-amount]")).to_have_text(["¥1.00"])
    expect(page.locator("[data-test=refunded]")).to_have_text("¥1.00")

    after = staff(server, "finance1").get(f"/admin/api/v1/orders/{order['id']}")["order"]
    assert after["refunded_fen"] == 100 and after["status"] == order["status"]  # a part refund keeps the order
    [refund] = after["refunds"]
    assert refund["amount_fen"] == 100 and refund["reason"] == "价格调整（浏览器测试）"


def test_member_found_by_phone_shows_the_points_of_the_api(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    # The demo's members have no phone number: a shopper logs in through the mini-program's WeChat login, binds a
    # phone, and earns points on a paid counter sale.
    stamp = int(time.time() * 1000)
    phone = f"139{stamp % 10**8:08d}"
    wx = httpx.post(server.base + "/api/v1/auth/wechat", json={"code": f"openid:console{stamp},nonce:1"}, timeout=15)
    assert wx.status_code == 200, wx.text
    shopper = Api(server.base, wx.json()["access_token"])
    bound = shopper.post("/api/v1/members/me/phone", {"code": f"phone:{phone}"})
    code = bound["member"]["member_code"]
    manager = staff(server, "manager1")
    order = paid_pos_order(manager)
    resp = httpx.post(server.base + "/api/v1/orders", headers=manager.headers, timeout=15, json={
        "channel": "pos", "location_code": "ST-001", "member_code": code,
        "items": [{"sku_code": order["items"][0]["sku_code"], "qty": 1}]})
    assert resp.status_code == 201, resp.text
    sale = resp.json()["order"]
    manager.post(f"/api/v1/orders/{sale['id']}/pay", {"method": "cash", "amount_fen": sale["total_fen"]})
    [member] = manager.get("/admin/api/v1/members/", phone=phone)["items"]
    topup = httpx.post(f"{server.base}/api/v1/pos/members/{member['id']}/topup", timeout=15,
                       headers={**manager.headers, "Idempotency-Key": f"console-topup-{stamp}"},
                       json={"amount_fen": 20000, "method": "cash", "location_code": "ST-001"})
    assert topup.status_code == 201, topup.text
    shopper.post("/api/v1/members/me/children", {"name": f"浏览器宝宝{stamp % 1000}", "gender": "girl",
                                                 "birth_date": "2026-06-01"})
    [member] = manager.get("/admin/api/v1/members/", phone=phone)["items"]
    assert member["member_code"] == code and member["phone_masked"] is True and member["points"] > 0

    page = open_page()
    sign_in(page, "manager1")
    page.locator("[data-test=menu] .el-menu-item", has_text="会员").click()
    expect(page.locator("[data-test=member-table]")).to_contain_text("请输入手机号")  # search first, no list
    assert page.locator("[data-test=member-table] [data-test=member-code]").count() == 0
    page.locator("input[name=member-q]").fill(phone)
    page.locator("[data-test=search]").click()
    rows = page.locator("[data-test=member-table] [data-test=member-code]")
    expect(rows).to_have_text([code])
    phone_cell = page.locator("[data-test=member-table] [data-test=member-phone]").first
    expect(phone_cell).to_have_text(member["phone"])
    # masked for a store manager, as the API says
    assert "****" in member["phone"] and phone not in page.locator("[data-test=member-table]").inner_text()
    shot(page, "members-search")

    rows.first.click()
    page.wait_for_url(f"**/console/members/{member['id']}")
    api_points = manager.get(f"/admin/api/v1/members/{member['id']}")["points"]
    expect(page.locator("[data-test=points-balance]")).to_have_text(str(api_points))
    ledger = manager.get(f"/admin/api/v1/members/{member['id']}/points")
    assert ledger["balance"] == api_points and ledger["items"][0]["balance_after"] == api_points
    expect(page.locator("[data-test=points-ledger] .el-table__body tr")).to_have_count(len(ledger["items"]))
    expect(page.locator("[data-test=points-ledger]")).to_contain_text("购物赠送积分")
    shot(page, "members-detail")

    # stored value: the balance and the ledger as the API has them
    expect(page.locator("[data-test=stored-balance]")).to_have_text("¥200.00")
    page.locator("[data-test=member-tabs] .el-tabs__item", has_text="储值流水").click()
    stored = manager.get(f"/admin/api/v1/members/{member['id']}/balance")
    assert stored["balance_fen"] == member["balance_fen"] == 20000
    expect(page.locator("[data-test=balance-ledger] .el-table__body tr")).to_have_count(len(stored["items"]))
    expect(page.locator("[data-test=balance-ledger]")).to_contain_text("储值充值")
    # the baby profile the shopper added in the mini-program
    page.locator("[data-test=member-tabs] .el-tabs__item", has_text="宝宝档案").click()
    [kid] = manager.get(f"/admin/api/v1/members/{member['id']}/children")["items"]
    expect(page.locator("[data-test=member-children] .el-table__body tr")).to_have_count(1)
    expect(page.locator("[data-test=member-children]")).to_contain_text(kid["name"])
    expect(page.locator("[data-test=member-children]")).to_contain_text(kid["stage_name"])


def test_clerk_has_no_orders_or_members_pages(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    assert "订单" not in menu_titles(page) and "会员" not in menu_titles(page)
    page.goto("/console/members/1")
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/members/1/points",
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1')}"}, timeout=10)
    assert resp.status_code == 403


def test_store_manager_ships_then_takes_a_return_and_refunds_it(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    manager = staff(server, "manager1")
    order = paid_pos_order(manager)
    assert order["status"] in ("paid", "allocated")

    page = open_page()
    sign_in(page, "manager1")
    page.goto(f"/console/orders/{order['id']}")
    status = page.locator("[data-test=order-status]")
    expect(status).to_have_text("已分配")
    page.locator("[data-test=ship]").click()
    dialog = page.locator("[data-test=ship-dialog]")
    dialog.locator("input[name=tracking_no]").fill(f"SF{int(time.time())}")
    dialog.locator("[data-test=confirm-ship]").click()
    expect(status).to_have_text("已发货")
    expect(page.locator("[data-test=order-shipments] .el-table__body tr")).to_have_count(1)

    page.locator("[data-test=return]").click()
    dialog = page.locator("[data-test=return-dialog]")
    dialog.locator("[data-test=return-qty] input").fill("1")
    dialog.locator("input[name=return-reason]").fill("包装破损（浏览器测试）")
    dialog.locator("[data-test=confirm-return]").click()
    rma_status = page.locator("[data-test=order-returns] [data-test=rma-status]")
    expect(rma_status).to_have_text(["待审核"])
    page.locator("[data-test=approve-return]").click()
    expect(rma_status).to_have_text(["已同意"])
    page.locator("[data-test=receive-return]").click()
    expect(rma_status).to_have_text(["已收货"])
    page.locator("[data-test=refund-return]").click()
    dialog = page.locator("[data-test=refund-dialog]")
    expect(dialog.locator("input[name=refund-amount]")).to_have_value("")  # blank: the returned units' value
    dialog.locator("[data-test=confirm-refund]").click()
    expect(rma_status).to_have_text(["已退款"])
    expect(page.locator("[data-test=order-refunds] [data-test=refund-amount]")).to_have_count(1)

    after = manager.get(f"/api/v1/orders/{order['id']}")["order"]
    [rma] = after["returns"]
    [refund] = after["refunds"]
    assert rma["status"] == "refunded" and rma["reason"] == "包装破损（浏览器测试）"
    assert refund["rma_id"] == rma["id"] and refund["amount_fen"] == order["total_fen"] == after["refunded_fen"]
    assert after["items"][0]["qty_returned"] == 1
    moves = [e["to_status"] for e in after["events"]]
    assert after["status"] == "returned" and "shipped" in moves and moves[-1] == "returned"


def _two_prices(api: Api, store: str = "ST-001") -> tuple[dict[str, Any], dict[str, Any]]:
    """Two SKUs the store has in stock at different prices: (cheaper, dearer)."""
    stock = api.get("/admin/api/v1/stock", location_code=store, page_size=200)["items"]
    codes = sorted({s["sku_code"] for s in stock if s["available"] > 1})
    priced = {}
    for code in codes[:40]:
        found = [s for s in api.get("/api/v1/skus", q=code, page_size=5)["items"] if s["sku_code"] == code]
        if found and found[0]["price_fen"] > 0:
            priced[code] = found[0]
    ranked = sorted(priced.values(), key=lambda s: s["price_fen"])
    assert len(ranked) >= 2 and ranked[0]["price_fen"] < ranked[-1]["price_fen"], ranked
    return ranked[0], ranked[-1]


def test_store_manager_exchanges_a_shipped_unit_for_a_dearer_one(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    """换货 end to end in the console: request on the shipped order (the dearer SKU picked by search), approve,
    receive the unit back (its value pays the replacement), take the difference on the replacement order, ship
    it; each step checked through the API."""
    manager = staff(server, "manager1")
    cheap, dear = _two_prices(manager)
    placed = manager.post("/api/v1/orders", {"channel": "pos", "location_code": "ST-001",
                                             "items": [{"sku_code": cheap["sku_code"], "qty": 1}]})["order"]
    manager.post(f"/api/v1/orders/{placed['id']}/pay", {"method": "cash", "amount_fen": placed["total_fen"]})
    order = manager.post(f"/api/v1/orders/{placed['id']}/ship", {})["order"]
    assert order["status"] == "shipped"

    page = open_page()
    sign_in(page, "manager1")
    page.goto(f"/console/orders/{order['id']}")
    page.locator("[data-test=exchange]").click()
    dialog = page.locator("[data-test=exchange-dialog]")
    dialog.locator("[data-test=exchange-sku] input").fill(dear["sku_code"])
    page.locator(".el-autocomplete-suggestion li:visible", has_text=dear["sku_code"]).first.click()
    expect(dialog.locator("[data-test=exchange-sku-chosen]")).to_contain_text(dear["name"])
    dialog.locator("input[name=exchange-reason]").fill("尺码不合适（浏览器测试）")
    dialog.locator("[data-test=confirm-exchange]").click()

    status = page.locator("[data-test=order-exchanges] [data-test=exchange-status]")
    expect(status).to_have_text(["待审核"])
    [asked] = manager.get(f"/api/v1/orders/{order['id']}/exchanges")["items"]
    assert (asked["sku_code"], asked["credit_fen"]) == (dear["sku_code"], order["total_fen"])
    difference = asked["new_total_fen"] - order["total_fen"]  # today's price of the dearer SKU, its offers applied
    assert difference > 0
    money = page.locator("[data-test=order-exchanges] [data-test=exchange-money]")
    expect(money).to_contain_text(f"需补差价 ¥{difference // 100}.{difference % 100:02d}")
    shot(page, "orders-exchange")
    page.locator("[data-test=approve-exchange]").click()
    expect(status).to_have_text(["待寄回"])
    page.locator("[data-test=receive-exchange]").click()
    page.locator(".el-message-box").get_by_role("button", name="确认收货").click()
    expect(status).to_have_text(["已换货"])
    expect(money).to_contain_text("待补差价")

    [ex] = manager.get(f"/api/v1/orders/{order['id']}/exchanges")["items"]
    assert (ex["status"], ex["credit_fen"], ex["transferred_fen"]) == ("settled", order["total_fen"], order["total_fen"])
    after = manager.get(f"/api/v1/orders/{order['id']}")["order"]
    assert after["refunded_fen"] == order["total_fen"] and after["items"][0]["qty_returned"] == 1
    assert after["returns"][0]["status"] == "received"

    # the replacement order: the difference is taken at the counter, then it ships
    page.locator("[data-test=replacement-link]").click()
    page.wait_for_url(f"**/console/orders/{ex['replacement_order_id']}")
    order_status = page.locator("[data-test=order-status]")
    expect(order_status).to_have_text("待付款")
    page.locator("[data-test=pay]").click()
    dialog = page.locator("[data-test=pay-dialog]")
    expect(dialog.locator("input[name=pay-amount]")).to_have_value(f"{difference // 100}.{difference % 100:02d}")
    dialog.locator("[data-test=confirm-pay]").click()
    expect(order_status).to_have_text("已分配")
    page.locator("[data-test=ship]").click()
    page.locator("[data-test=ship-dialog] [data-test=confirm-ship]").click()
    expect(order_status).to_have_text("已发货")
    expect(page.locator("[data-test=original-link]")).to_have_count(1)

    replacement = manager.get(f"/api/v1/orders/{ex['replacement_order_id']}")["order"]
    assert replacement["status"] == "shipped" and replacement["paid_fen"] == replacement["total_fen"] == asked["new_total_fen"]
    assert sorted((p["method"], p["amount_fen"]) for p in replacement["payments"]) == \
        sorted([("exchange", order["total_fen"]), ("cash", difference)])
