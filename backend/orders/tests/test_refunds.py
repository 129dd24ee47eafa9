"""Refunds through the provider the money came from (backend.orders.refunds), with wechatpy and python-alipay-sdk
talking to the WeChat Pay and Alipay fakes: one provider refund per refund number whatever is retried, the ledger
entry only once the provider confirms, failures raised to finance, refund to the original tender only, the late
payment refunded, the prepay order closed on cancel."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.finance.models import JournalEntry
from backend.members.models import Member
from backend.messaging.models import StaffNotification
from backend.orders import refunds
from backend.orders.models import Order, OrderPayment, PrepayClose, Refund
from backend.org.models import LocationKind, Role
from backend.settings import Settings
from fakes.alipay import AlipayFakeState
from fakes.wechat import (
    CST,
    DEMO_APPID,
    DEMO_MCH_API_KEY,
    DEMO_MCH_ID,
    WeChatFakeState,
    build_pay_notify_xml,
    build_refund_notify_xml,
    new_transaction_id,
)
from integrations.wechat.pay import client as wechat_client
from tests.factories import auth, make_location, make_sku, make_user, stock_in
from tests.fixtures import use_settings

from .helpers import admin_headers, balance, check_invariants, make_member, place, shopper_auth

PRICE = 11300


@pytest.fixture(autouse=True)
def _switches(wx: WeChatFakeState, ali: AlipayFakeState) -> Iterator[None]:
    """The fakes live for the session: every test starts with their failure switches off."""
    yield
    wx.refund_fail_next, wx.refund_hang_s, wx.refund_hold, wx.auto_refund_notify = 0, 0.0, False, False
    ali.refund_fail_next, ali.refund_hang_s = 0, 0.0


async def _stocked() -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=PRICE, name="婴儿配方奶粉 1段"), wh, 10)


async def _shopper() -> tuple[Member, dict[str, str]]:
    member = await make_member()
    member.openid = f"o-{member.member_code}"
    await member.save(update_fields=["openid"])
    return member, shopper_auth(member)


def _fake_pays(wx: WeChatFakeState, order_no: str) -> str:
    """The shopper pays in WeChat: the fake's trade is paid and its signed notify XML is returned."""
    o = wx.orders[order_no]
    if o.trade_state == "NOTPAY":
        o.trade_state, o.transaction_id = "SUCCESS", new_transaction_id()
        o.time_end = datetime.now(CST).strftime("%Y%m%d%H%M%S")
    return build_pay_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key=DEMO_MCH_API_KEY,
                                out_trade_no=order_no, total_fee=o.total_fee, openid=o.openid,
                                transaction_id=o.transaction_id, time_end=o.time_end)


async def _wechat_order(client: Any, wx: WeChatFakeState, headers: dict[str, str], *, pay: bool = True) -> dict:
    resp = await place(client, headers, [("A1", 1)])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/pay/wechat", headers=headers)
    assert resp.status == 200, resp.text
    if pay:
        _, resp = await client.post("/api/v1/pay/wechat/notify", content=_fake_pays(wx, order["order_no"]))
        assert "SUCCESS" in resp.text
    return order


def _refund_notify(wx: WeChatFakeState, order_no: str, refund_no: str) -> str:
    return build_refund_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key=DEMO_MCH_API_KEY,
                                   order=wx.orders[order_no], out_refund_no=refund_no)


async def _entries(refund_no: str) -> int:
    return await JournalEntry.filter(source_type="order_refund", source_id=refund_no).count()


def _later(hours: float) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


async def test_cancelled_paid_wechat_order_is_refunded_through_wechat_once(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    payment = await OrderPayment.get(order_id=order["id"])
    assert (payment.gateway, payment.out_trade_no) == ("wechat", order["order_no"])

    _, resp = await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers(),
                                json={"reason": "缺货"})
    assert resp.status == 200, resp.text
    [r] = resp.json["order"]["refunds"]
    assert r["status"] == "pending" and r["gateway"] == "wechat" and r["amount_fen"] == PRICE
    await refunds.drain()
    refund = await Refund.get(id=r["id"])
    assert wx.refund_calls[refund.refund_no] == 1 and wx.refunds_made(order["order_no"]) == 1
    assert refund.status == "pending" and refund.submitted_at is not None and refund.provider_refund_id
    assert await _entries(refund.refund_no) == 0  # accepted is not confirmed: no ledger entry yet
    assert await balance(accounts.BANK) == PRICE
    # the shopper sees it as 退款中
    _, resp = await client.get(f"/api/v1/orders/{order['id']}", headers=sh)
    assert resp.json["order"]["refunds"][0]["status_name"] == "退款中"

    xml = _refund_notify(wx, order["order_no"], refund.refund_no)
    for _ in range(2):  # WeChat repeats a notify until it is acknowledged: confirmed and posted once
        _, resp = await client.post("/api/v1/pay/wechat/refund-notify", content=xml)
        assert "<return_code><![CDATA[SUCCESS]]>" in resp.text
    refund = await Refund.get(id=r["id"])
    assert refund.status == "succeeded" and refund.confirmed_at is not None
    assert await _entries(refund.refund_no) == 1
    assert await balance(accounts.BANK) == 0 and await balance(accounts.CUSTOMER_ADVANCES) == 0
    await refunds.work_due(now=_later(24))  # nothing left to send
    assert wx.refund_calls[refund.refund_no] == 1 and wx.refunds_made(order["order_no"]) == 1
    await check_invariants()


async def test_refund_notify_that_does_not_decrypt_or_does_not_match_changes_nothing(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
    await refunds.drain()
    refund = await Refund.get(order_id=order["id"])
    forged = build_refund_notify_xml(appid=DEMO_APPID, mch_id=DEMO_MCH_ID, api_key="x" * 32,
                                     order=wx.orders[order["order_no"]], out_refund_no=refund.refund_no)
    _, resp = await client.post("/api/v1/pay/wechat/refund-notify", content=forged)
    assert "FAIL" in resp.text
    wx.orders[order["order_no"]].refunds[refund.refund_no]["refund_fee"] = 1  # figures that are not ours
    _, resp = await client.post("/api/v1/pay/wechat/refund-notify",
                                content=_refund_notify(wx, order["order_no"], refund.refund_no))
    assert "FAIL" in resp.text
    assert (await Refund.get(id=refund.id)).status == "pending" and await _entries(refund.refund_no) == 0


async def test_refund_retry_after_provider_failures_creates_no_second_refund(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    wx.refund_fail_next = 2
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
    await refunds.drain()
    refund = await Refund.get(order_id=order["id"])
    assert refund.attempts == 1 and refund.status == "pending" and "SYSTEMERROR" in refund.last_error
    assert (await refunds.work_due(now=_later(0.5))).outcomes == {"retry": 1}
    assert (await refunds.work_due(now=_later(1))).outcomes == {"processing": 1}
    assert wx.refund_calls[refund.refund_no] == 3 and wx.refunds_made(order["order_no"]) == 1
    # the answer was lost (a worker died after sending): sent again under the same number, no second refund
    await Refund.filter(id=refund.id).update(submitted_at=None, next_attempt_at=_later(1.5))
    await refunds.work_due(now=_later(2))
    assert wx.refund_calls[refund.refund_no] == 4 and wx.refunds_made(order["order_no"]) == 1
    # no notify came: refundquery confirms, and the entry is posted once
    assert (await refunds.work_due(now=_later(3))).outcomes == {"succeeded": 1}
    refund = await Refund.get(id=refund.id)
    assert refund.status == "succeeded" and await _entries(refund.refund_no) == 1
    await check_invariants()


async def test_two_workers_at_once_send_a_refund_once(client: Any, codepay_settings: Settings,
                                                      wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    wx.refund_fail_next = 1  # the kicked pass fails; the two racing passes find it due again
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
    await refunds.drain()
    refund = await Refund.get(order_id=order["id"])
    at = _later(1)
    results = await asyncio.gather(refunds.work_due(now=at), refunds.work_due(now=at))
    assert sorted(r.claimed for r in results) == [0, 1]
    assert wx.refund_calls[refund.refund_no] == 2 and wx.refunds_made(order["order_no"]) == 1


async def test_failed_refund_is_raised_to_finance_and_can_be_retried(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    finance = await make_user(Role.FINANCE)
    finance.wecom_userid = "fin-wang"
    await finance.save(update_fields=["wecom_userid"])
    order = await _wechat_order(client, wx, sh)
    wx.refund_fail_next = 100
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
    await refunds.drain()
    for n in range(1, refunds.MAX_ATTEMPTS + 1):
        await refunds.work_due(now=_later(n))
    refund = await Refund.get(order_id=order["id"])
    assert refund.status == "failed" and refund.attempts == refunds.MAX_ATTEMPTS
    assert wx.refunds_made(order["order_no"]) == 0 and await _entries(refund.refund_no) == 0
    [notice] = await StaffNotification.filter(kind="refund_failed")
    assert notice.user_ids == ["fin-wang"] and refund.refund_no in notice.payload["content"]
    _, resp = await client.get("/admin/api/v1/refunds?status=failed", headers=auth(finance))
    assert resp.status == 200 and [i["refund_no"] for i in resp.json["items"]] == [refund.refund_no]
    assert resp.json["items"][0]["order_no"] == order["order_no"]
    clerk = await make_user(Role.CLERK)
    assert (await client.post(f"/admin/api/v1/refunds/{refund.id}/retry", headers=auth(clerk)))[1].status == 403

    wx.refund_fail_next = 0
    _, resp = await client.post(f"/admin/api/v1/refunds/{refund.id}/retry", headers=auth(finance))
    assert resp.status == 200 and resp.json["refund"]["status"] == "pending"
    await refunds.drain()
    assert wx.refunds_made(order["order_no"]) == 1 and wx.refund_calls[refund.refund_no] == refunds.MAX_ATTEMPTS + 1
    assert await AuditLog.filter(action="refund.retry").count() == 1


async def test_cash_refund_of_a_wechat_paid_order_is_refused(client: Any, codepay_settings: Settings,
                                                            wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    manager = await make_user(Role.STORE_MANAGER)
    url = f"/api/v1/orders/{order['id']}/refunds"
    _, resp = await client.post(url, headers=await admin_headers(), json={"amount_fen": 100, "method": "cash"})
    assert resp.status == 400 and resp.json["error"]["code"] == "original_tender_only"
    assert "原路退回" in resp.json["error"]["message"]
    _, resp = await client.post(url, headers=auth(manager), json={"amount_fen": 100, "method": "cash",
                                                                  "override_reason": "顾客要现金"})
    assert resp.status == 403
    assert await Refund.all().count() == 0 and (await Order.get(id=order["id"])).refunded_fen == 0
    # finance may override with a reason, audited; the cash refund is local and posted at once
    finance = await make_user(Role.FINANCE)
    _, resp = await client.post(url, headers=auth(finance), json={"amount_fen": 100, "method": "cash",
                                                                  "override_reason": "微信账户已注销，现金退回"})
    assert resp.status == 201, resp.text
    assert resp.json["refund"]["method"] == "cash" and resp.json["refund"]["status"] == "succeeded"
    assert await AuditLog.filter(action="order.refund_override").count() == 1
    # a plain staff refund goes back to WeChat
    _, resp = await client.post(url, headers=await admin_headers(), json={"amount_fen": 300})
    assert resp.status == 201 and resp.json["refund"]["gateway"] == "wechat"
    await refunds.drain()
    assert wx.refunds_made(order["order_no"]) == 1


async def test_late_payment_for_a_cancelled_order_is_recorded_and_refunded_once(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh, pay=False)
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=sh)
    assert resp.status == 200 and resp.json["order"]["status"] == "cancelled"
    # the shopper had the payment sheet open and pays anyway; WeChat notifies twice
    xml = _fake_pays(wx, order["order_no"])
    for _ in range(2):
        _, resp = await client.post("/api/v1/pay/wechat/notify", content=xml)
        assert "<return_code><![CDATA[SUCCESS]]>" in resp.text
    await refunds.drain()
    o = await Order.get(id=order["id"])
    assert o.status == "cancelled" and o.paid_fen == PRICE and o.refunded_fen == PRICE
    [payment] = await OrderPayment.filter(order_id=o.id)
    [refund] = await Refund.filter(order_id=o.id)
    assert refund.payment_id == payment.id and refund.gateway == "wechat"
    assert await JournalEntry.filter(source_type="order_payment", source_id=str(payment.id)).count() == 1
    assert wx.refund_calls[refund.refund_no] == 1 and wx.refunds_made(order["order_no"]) == 1
    _, resp = await client.post("/api/v1/pay/wechat/refund-notify",
                                content=_refund_notify(wx, order["order_no"], refund.refund_no))
    assert await _entries(refund.refund_no) == 1
    assert await balance(accounts.BANK) == 0 and await balance(accounts.CUSTOMER_ADVANCES) == 0
    await check_invariants()


async def test_cancel_closes_the_wechat_prepay_order(client: Any, codepay_settings: Settings,
                                                     wx: WeChatFakeState) -> None:
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh, pay=False)
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=sh)
    assert resp.status == 200
    await refunds.drain()
    assert order["order_no"] not in wx.closes  # WeChat refuses closeorder within 5 minutes of the order
    close = await PrepayClose.get(order_id=order["id"])
    assert close.status == "pending"
    outcome = await refunds.work_due(now=_later(0.1))
    assert outcome.outcomes == {"close_closed": 1} and wx.closes.count(order["order_no"]) == 1
    assert wx.orders[order["order_no"]].trade_state == "CLOSED"
    # the shopper's WeChat can no longer pay it
    import httpx

    async with httpx.AsyncClient(trust_env=False) as http:
        resp = await http.post(codepay_settings.wechat_pay_api_base + "fake/pay/confirm",
                               json={"out_trade_no": order["order_no"]})
    assert resp.status_code == 409 and resp.json()["error"] == "ORDERCLOSED"


async def test_close_finds_the_order_paid_meanwhile_and_refunds_it(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    """The notify of a payment made just before the close never arrived: the closing job takes it in."""
    wx.auto_refund_notify = False
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh, pay=False)
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=sh)
    _fake_pays(wx, order["order_no"])  # paid at WeChat, notify lost
    outcome = await refunds.work_due(now=_later(0.1))
    assert outcome.outcomes.get("close_paid") == 1
    [refund] = await Refund.filter(order_id=order["id"])
    assert wx.refund_calls[refund.refund_no] == 1
    assert (await Order.get(id=order["id"])).paid_fen == PRICE


async def test_returned_alipay_counter_sale_is_refunded_through_alipay_once(
        client: Any, codepay_settings: Settings, ali: AlipayFakeState, monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.codepay.tests.test_counter import code

    store = await make_location("S1", name="徐汇店")
    await stock_in(await make_sku("A1", price_fen=PRICE), store, 5)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    h = auth(manager)
    _, resp = await client.post("/api/v1/orders", headers=h, json={
        "channel": "pos", "location_code": "S1", "items": [{"sku_code": "A1", "qty": 1}],
        "payments": [{"method": "alipay", "amount_fen": PRICE, "auth_code": code("alipay")}]})
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert order["status"] == "completed"
    item_id = order["items"][0]["id"]
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/returns", headers=h,
                                json={"lines": [{"item_id": item_id, "qty": 1}], "reason": "不合适"})
    rma_id = resp.json["return"]["id"]
    await client.post(f"/api/v1/orders/{order['id']}/returns/{rma_id}/approve", headers=h)
    await client.post(f"/api/v1/orders/{order['id']}/returns/{rma_id}/receive", headers=h)
    monkeypatch.setattr(refunds, "kick", lambda: None)  # the job runs when this test says (below)
    sales_before = await balance(accounts.SALES)
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/refunds", headers=h, json={"rma_id": rma_id})
    assert resp.status == 201, resp.text
    no = resp.json["refund"]["refund_no"]
    assert resp.json["refund"]["status"] == "pending" and resp.json["refund"]["gateway"] == "alipay"
    assert await _entries(no) == 0 and await balance(accounts.SALES) == sales_before
    assert (await refunds.work_due()).outcomes == {"succeeded": 1}
    refund = await Refund.get(refund_no=no)
    assert refund.status == "succeeded"
    assert ali.refund_calls[no] == 1 and ali.refunds_made(order["order_no"]) == 1
    assert await _entries(no) == 1 and await balance(accounts.SALES) == sales_before + 10000
    await refunds.work_due(now=_later(24))
    assert ali.refund_calls[no] == 1
    await check_invariants()


async def test_alipay_refund_whose_answer_is_lost_is_found_by_the_query(
        client: Any, codepay_settings: Settings, ali: AlipayFakeState) -> None:
    from backend.codepay.tests.test_counter import code
    from integrations.alipay import barcode as alipay

    store = await make_location("S1", name="徐汇店")
    await stock_in(await make_sku("A1", price_fen=PRICE), store, 5)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    _, resp = await client.post("/api/v1/orders", headers=auth(manager), json={
        "channel": "pos", "location_code": "S1", "items": [{"sku_code": "A1", "qty": 1}],
        "payments": [{"method": "alipay", "amount_fen": PRICE, "auth_code": code("alipay")}]})
    oid, order_no = resp.json["order"]["id"], resp.json["order"]["order_no"]
    pay = alipay.provider().pay
    pay._config.timeout, ali.refund_hang_s = 0.3, 1.0  # the refund is made, its answer comes too late
    try:
        _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=auth(manager),
                                    json={"amount_fen": 1000, "reason": "价格保护"})
        assert resp.status == 201, resp.text
        await refunds.drain()
    finally:
        pay._config.timeout, ali.refund_hang_s = 10, 0.0
    refund = await Refund.get(order_id=oid)
    assert refund.status == "pending" and refund.attempts == 1 and ali.refunds_made(order_no) == 1
    assert (await refunds.work_due(now=_later(1))).outcomes == {"succeeded": 1}
    assert ali.refund_calls[refund.refund_no] == 1 and ali.refunds_made(order_no) == 1  # the query found it
    assert await _entries(refund.refund_no) == 1


async def test_refund_notify_route_is_open_and_idempotent_under_make_run_settings(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    """With the fake posting the notify itself (as under make run), the refund is confirmed by it."""
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    use_settings(dataclasses.replace(codepay_settings, public_base_url="http://127.0.0.1:1"))  # nobody there
    wx.auto_refund_notify = True
    try:
        await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
        await refunds.drain()
        refund = await Refund.get(order_id=order["id"])
        for _ in range(50):
            notes = wx.refund(refund.refund_no).get("notifications")
            if notes:
                break
            await asyncio.sleep(0.05)
        assert notes and notes[0]["status"] is None  # the notify could not be delivered ...
    finally:
        use_settings(codepay_settings)
        wx.auto_refund_notify = False
    assert (await refunds.work_due(now=_later(1))).outcomes == {"succeeded": 1}  # ... refundquery confirms
    assert wechat_client().mch_cert is None  # the fake takes no client certificate (see fakes/wechat.py)


# ---- the shopper's refund request ------------------------------------------------------------------------------


async def test_refund_request_within_the_window_is_approved_and_refunded_at_once(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    _, resp = await client.get(f"/api/v1/orders/{order['id']}", headers=sh)
    shown = resp.json["order"]
    assert shown["can_request_refund"] is True and shown["can_cancel"] is False and shown["refund_request"] is None
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/refund-request", headers=sh,
                                json={"reason": "买错了"})
    assert resp.status == 201, resp.text
    shown = resp.json["order"]
    assert shown["status"] == "cancelled" and shown["can_request_refund"] is False
    assert shown["refund_request"]["status"] == "approved" and shown["refund_request"]["auto_approved"] is True
    assert shown["refunds"][0]["amount_fen"] == PRICE
    await refunds.drain()
    [refund] = await Refund.filter(order_id=order["id"])
    assert refund.gateway == "wechat" and wx.refund_calls[refund.refund_no] == 1
    assert await stock_of_a1() == (10, 0)  # the stock went back
    await check_invariants()


async def stock_of_a1() -> tuple[int, int]:
    from backend.catalog.models import Sku

    from .helpers import stock_of

    return await stock_of((await Sku.get(code="A1")).id)


async def test_refund_request_outside_the_window_waits_for_the_store_manager(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    use_settings(dataclasses.replace(codepay_settings, refund_auto_approve_s=0))
    store = await make_location("S1", name="徐汇店")
    other = await make_location("S2", name="静安店")
    await stock_in(await make_sku("A1", price_fen=PRICE), store, 10)
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    manager.wecom_userid = "mgr-li"
    await manager.save(update_fields=["wecom_userid"])
    stranger = await make_user(Role.STORE_MANAGER, locations=[other])
    clerk = await make_user(Role.CLERK, locations=[store])
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    assert (await Order.get(id=order["id"])).location_id == store.id
    url = f"/api/v1/orders/{order['id']}/refund-request"
    _, resp = await client.post(url, headers=sh, json={"reason": "不想要了"})
    assert resp.status == 201
    shown = resp.json["order"]
    assert shown["status"] == "allocated" and shown["refund_request"]["status"] == "requested"
    assert shown["refund_request"]["status_name"] == "待门店审核" and shown["can_request_refund"] is False
    _, resp = await client.post(url, headers=sh, json={"reason": "再申请"})
    assert resp.status == 409 and "等待门店处理" in resp.json["error"]["message"]
    [notice] = await StaffNotification.filter(kind="refund_request")
    assert notice.user_ids == ["mgr-li"] and order["order_no"] in notice.payload["content"]
    assert (await client.post(url + "/approve", headers=auth(clerk)))[1].status == 403
    assert (await client.post(url + "/approve", headers=auth(stranger)))[1].status == 403
    assert (await client.post(url + "/approve", headers=sh))[1].status == 403
    assert await Refund.all().count() == 0
    _, resp = await client.post(url + "/approve", headers=auth(manager), json={"note": "同意"})
    assert resp.status == 200, resp.text
    assert resp.json["order"]["status"] == "cancelled"
    assert resp.json["order"]["refund_requests"][0]["status"] == "approved"
    await refunds.drain()
    [refund] = await Refund.filter(order_id=order["id"])
    assert wx.refund_calls[refund.refund_no] == 1 and wx.refunds_made(order["order_no"]) == 1
    assert await AuditLog.filter(action="order.refund_request_approve", user_id=manager.id).count() == 1
    assert (await client.post(url + "/approve", headers=auth(manager)))[1].status == 404


async def test_refund_request_rejected_and_asked_again_and_refused_once_picking(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    use_settings(dataclasses.replace(codepay_settings, refund_auto_approve_s=0))
    await _stocked()
    _, sh = await _shopper()
    h = await admin_headers()
    unpaid = await _wechat_order(client, wx, sh, pay=False)
    _, resp = await client.post(f"/api/v1/orders/{unpaid['id']}/refund-request", headers=sh, json={})
    assert resp.status == 409 and "直接取消" in resp.json["error"]["message"]
    order = await _wechat_order(client, wx, sh)
    url = f"/api/v1/orders/{order['id']}/refund-request"
    await client.post(url, headers=sh, json={"reason": "不想要了"})
    _, resp = await client.post(url + "/reject", headers=h, json={"note": "已打包"})
    assert resp.status == 200 and resp.json["order"]["status"] == "allocated"
    _, resp = await client.get(f"/api/v1/orders/{order['id']}", headers=sh)
    assert resp.json["order"]["refund_request"]["status"] == "rejected"
    assert resp.json["order"]["refund_request"]["decision_note"] == "已打包"
    assert resp.json["order"]["can_request_refund"] is True  # may ask again
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/ship", headers=h)
    assert resp.status == 201
    _, resp = await client.post(url, headers=sh, json={})
    assert resp.status == 409 and "退货" in resp.json["error"]["message"]
    assert await Refund.all().count() == 0


async def test_notify_and_query_confirming_at_once_post_one_entry(client: Any, codepay_settings: Settings,
                                                                 wx: WeChatFakeState) -> None:
    """WeChat's notify and the job's refundquery confirm the same refund at the same moment (real concurrency on
    PostgreSQL): one succeeds, the ledger entry is posted once."""
    await _stocked()
    _, sh = await _shopper()
    order = await _wechat_order(client, wx, sh)
    await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=await admin_headers())
    await refunds.drain()
    refund = await Refund.get(order_id=order["id"])
    xml = _refund_notify(wx, order["order_no"], refund.refund_no)

    async def notify() -> Any:
        return await client.post("/api/v1/pay/wechat/refund-notify", content=xml)

    results = await asyncio.gather(notify(), refunds.work_due(now=_later(1)), notify(),
                                   refunds.confirm(refund.id, "x"))
    assert all("SUCCESS" in r[1].text for r in (results[0], results[2]))
    assert (await Refund.get(id=refund.id)).status == "succeeded"
    assert await _entries(refund.refund_no) == 1
    assert await JournalEntry.filter(source_type="order_refund").count() == 1
    await check_invariants()
