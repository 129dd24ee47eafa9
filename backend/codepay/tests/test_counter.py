"""Counter sales paid with the shopper's payment code, over HTTP, with wechatpy and python-alipay-sdk talking to
the WeChat Pay and Alipay fakes (real wire formats and signatures) on local ports."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from backend.finance.models import JournalEntry
from backend.idempotency import IdempotencyRecord
from backend.members import balance, paycode
from backend.members.models import BalanceEntry, BalanceKind, Member
from backend.orders.models import Order, OrderPayment
from backend.orders.placement import ACCEPTED, LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.tests.helpers import check_invariants, stock_of
from backend.org.models import Role, User
from backend.security.actor import Actor
from backend.settings import Settings
from backend.stock.models import Reservation, ReservationStatus
from fakes.alipay import AlipayFakeState
from fakes.wechat import WeChatFakeState
from tests.factories import auth, make_location, make_sku, make_user, member_token, stock_in

METHODS = ["wechat", "alipay"]
NAME = {"wechat": "微信", "alipay": "支付宝"}


def code(method: str, scenario: int | None = None, n: int = 0) -> str:
    """A fresh payment code (the fakes remember used ones): WeChat 18 digits from 13, Alipay 18 from 28; with a
    scenario, the fakes' test prefix 88 S NN (see fakes.wechat.micropay_scenario / fakes.alipay)."""
    head = ("13" if method == "wechat" else "28") + (f"88{scenario}{n:02d}" if scenario else "5")
    return head + "".join(str(secrets.randbelow(10)) for _ in range(18 - len(head)))


def trade(method: str, wx: WeChatFakeState, ali: AlipayFakeState, out_trade_no: str) -> Any:
    return (wx.orders if method == "wechat" else ali.trades).get(out_trade_no)


def queries(method: str, wx: WeChatFakeState, ali: AlipayFakeState) -> int:
    if method == "wechat":
        return sum(1 for m, p in wx.calls if p == "/pay/orderquery")
    return ali.calls.count("alipay.trade.query")


def charges(method: str, wx: WeChatFakeState, ali: AlipayFakeState) -> int:
    if method == "wechat":
        return sum(1 for m, p in wx.calls if p == "/pay/micropay")
    return ali.calls.count("alipay.trade.pay")


async def _setup(price_fen: int = 5000) -> tuple[Any, User]:
    store = await make_location("S1", name="徐汇店")
    sku = await make_sku("A1", price_fen=price_fen)
    await stock_in(sku, store, 5)
    clerk = await make_user(Role.CLERK, locations=[store])
    return sku, clerk


async def _sale(client: Any, clerk: User, payments: list[dict[str, Any]], *, key: str | None = None,
                qty: int = 1, **extra: Any) -> Any:
    headers = auth(clerk)
    if key:
        headers["Idempotency-Key"] = key
    _, resp = await client.post("/api/v1/orders", headers=headers, json={
        "channel": "pos", "location_code": "S1", "items": [{"sku_code": "A1", "qty": qty}], "payments": payments,
        **extra})
    return resp


async def _assert_cancelled_nothing_taken(order_id: int, sku_id: int) -> None:
    order = await Order.get(id=order_id)
    assert order.status == "cancelled" and order.paid_fen == 0
    assert await OrderPayment.filter(order_id=order_id).count() == 0
    assert await stock_of(sku_id) == (5, 0)  # the held unit is back
    assert await Reservation.filter(ref_id=str(order_id), status=ReservationStatus.ACTIVE).count() == 0
    await check_invariants()


@pytest.mark.parametrize("method", METHODS)
async def test_code_paid_at_once_completes_the_sale(client: Any, codepay_settings: Settings, wx: WeChatFakeState,
                                                    ali: AlipayFakeState, method: str) -> None:
    sku, clerk = await _setup()
    resp = await _sale(client, clerk, [{"method": method, "amount_fen": 5000, "auth_code": code(method)}])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert order["status"] == "completed" and order["paid_fen"] == 5000 and order["payment_method"] == method
    t = trade(method, wx, ali, order["order_no"])  # out_trade_no is the order number
    assert t is not None and t.charged == 1
    trade_no = t.transaction_id if method == "wechat" else t.trade_no
    assert (t.total_fee if method == "wechat" else t.total_amount) == (5000 if method == "wechat" else "50.00")
    assert [(p["method"], p["amount_fen"], p["external_ref"]) for p in order["payments"]] == [(method, 5000, trade_no)]
    assert resp.json["payment"] == {"method": method, "method_name": f"{NAME[method]}付款码", "amount_fen": 5000,
                                    "trade_no": trade_no}
    assert await stock_of(sku.id) == (4, 0)  # shipped at the counter
    payment = await OrderPayment.get(order_id=order["id"])
    assert await JournalEntry.filter(source_type="order_payment", source_id=str(payment.id)).count() == 1
    await check_invariants()


@pytest.mark.parametrize("method", METHODS)
async def test_shopper_entering_the_password_is_polled_until_paid(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState, ali: AlipayFakeState, method: str) -> None:
    sku, clerk = await _setup()
    before = queries(method, wx, ali)
    resp = await _sale(client, clerk, [{"method": method, "amount_fen": 5000, "auth_code": code(method, 1, 3)}])
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "completed"
    assert queries(method, wx, ali) - before == 3  # USERPAYING / 10003, then paid on the 3rd query
    assert trade(method, wx, ali, resp.json["order"]["order_no"]).charged == 1
    assert await stock_of(sku.id) == (4, 0)


@pytest.mark.parametrize("method", METHODS)
async def test_insufficient_funds_cancels_the_order_and_restores_stock(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState, ali: AlipayFakeState, method: str) -> None:
    sku, clerk = await _setup()
    pay = [{"method": method, "amount_fen": 5000, "auth_code": code(method, 3)}]
    before = charges(method, wx, ali)
    resp = await _sale(client, clerk, pay, key="nf-1")
    assert resp.status == 402, resp.text
    assert resp.json["error"] == {"code": "insufficient_funds", "message": f"顾客{NAME[method]}余额不足，请换一种支付方式"}
    assert resp.json["order"]["status"] == "cancelled"
    await _assert_cancelled_nothing_taken(resp.json["order"]["id"], sku.id)
    again = await _sale(client, clerk, pay, key="nf-1")  # the same request again: the same answer, no new attempt
    assert again.status == 402 and again.json == resp.json
    assert charges(method, wx, ali) - before == 1 and await Order.all().count() == 1


@pytest.mark.parametrize("method", METHODS)
async def test_invalid_or_expired_code_is_refused(client: Any, codepay_settings: Settings, method: str) -> None:
    sku, clerk = await _setup()
    resp = await _sale(client, clerk, [{"method": method, "amount_fen": 5000, "auth_code": code(method, 4)}])
    assert resp.status == 402 and resp.json["error"]["code"] == "invalid_auth_code", resp.text
    assert "刷新付款码" in resp.json["error"]["message"]
    await _assert_cancelled_nothing_taken(resp.json["order"]["id"], sku.id)


@pytest.mark.parametrize("method", METHODS)
async def test_no_password_in_time_reverses_the_charge_and_cancels(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState, ali: AlipayFakeState, method: str) -> None:
    sku, clerk = await _setup()
    resp = await _sale(client, clerk, [{"method": method, "amount_fen": 5000, "auth_code": code(method, 2)}])
    assert resp.status == 402 and resp.json["error"]["code"] == "payment_timeout", resp.text
    assert "已撤销本次收款" in resp.json["error"]["message"]
    order_no = resp.json["order"]["order_no"]
    reversed_at_fake = wx.reversals if method == "wechat" else ali.cancels
    assert order_no in reversed_at_fake
    t = trade(method, wx, ali, order_no)
    assert (t.trade_state == "REVOKED") if method == "wechat" else (t.status == "TRADE_CLOSED")
    assert t.charged == 0
    await _assert_cancelled_nothing_taken(resp.json["order"]["id"], sku.id)


@pytest.mark.parametrize("method", METHODS)
async def test_forged_answer_signature_is_not_believed(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState, ali: AlipayFakeState, method: str) -> None:
    sku, clerk = await _setup()
    resp = await _sale(client, clerk, [{"method": method, "amount_fen": 5000, "auth_code": code(method, 9)}])
    assert resp.status == 502 and resp.json["error"]["code"] == "payment_unconfirmed", resp.text
    order_no = resp.json["order"]["order_no"]
    # The fake did take the money, but none of its answers carried a valid signature: never recorded as paid;
    # the charge was sent back (reverse / cancel) and the sale cancelled.
    assert order_no in (wx.reversals if method == "wechat" else ali.cancels)
    t = trade(method, wx, ali, order_no)
    assert (t.trade_state == "REVOKED") if method == "wechat" else t.refunded
    await _assert_cancelled_nothing_taken(resp.json["order"]["id"], sku.id)


@pytest.mark.parametrize("method", METHODS)
async def test_same_request_retried_charges_once(client: Any, codepay_settings: Settings, wx: WeChatFakeState,
                                                 ali: AlipayFakeState, method: str) -> None:
    _, clerk = await _setup()
    pay = [{"method": method, "amount_fen": 5000, "auth_code": code(method, 1, 4)}]
    before = charges(method, wx, ali)
    await client.get("/api/v1/health")  # the app started: the two requests below really run side by side
    # Sent twice at once (a double tap): one request charges; its twin finds the charge under way.
    first, twin = await asyncio.gather(_sale(client, clerk, pay, key="k-1"), _sale(client, clerk, pay, key="k-1"))
    assert sorted([first.status, twin.status]) == [201, 409], (first.text, twin.text)
    busy = first if first.status == 409 else twin
    assert busy.json["error"]["code"] == "payment_in_progress"
    done = twin if busy is first else first
    again = await _sale(client, clerk, pay, key="k-1")  # retried later: the first answer, nothing charged
    assert again.status == 201 and again.json == done.json
    assert charges(method, wx, ali) - before == 1
    assert trade(method, wx, ali, done.json["order"]["order_no"]).charged == 1
    assert await Order.all().count() == 1 and await OrderPayment.all().count() == 1
    other = await _sale(client, clerk, [{**pay[0], "auth_code": code(method)}], key="k-1")
    assert other.status == 409 and other.json["error"]["code"] == "conflict"  # same key, another code


async def test_retry_after_a_crash_mid_charge_asks_before_charging(
        client: Any, codepay_settings: Settings, wx: WeChatFakeState) -> None:
    """The first request placed the order and charged the code, then died: the retry finds the trade paid at
    WeChat and completes the sale without a second charge."""
    from integrations.wechat import pay as wechat

    _, clerk = await _setup()
    auth_code = code("wechat")
    body_payments = [{"method": "wechat", "amount_fen": 5000, "auth_code": auth_code}]
    from backend.orders.api import OrderBody, _hash

    request_hash = _hash(OrderBody.model_validate({"channel": "pos", "location_code": "S1",
                                                   "items": [{"sku_code": "A1", "qty": 1}],
                                                   "payments": body_payments}))
    actor = Actor(role=Role.CLERK, user=clerk, location_ids=frozenset(
        await clerk.locations.all().values_list("location_id", flat=True)))
    placed = await place_order(actor, OrderRequest(channel="pos", items=[LineIn("A1", 1)], location_code="S1",
                               idempotency_key="crash-1", request_hash=request_hash,
                               payments_in=[PaymentIn("wechat", 5000, deferred=True)]))
    assert placed.status == ACCEPTED
    order = await Order.get(id=placed.order_id)
    charged = wechat.provider().charge(out_trade_no=order.order_no, amount_fen=5000, auth_code=auth_code, subject="x")
    assert charged.state == "paid"
    micropays = charges("wechat", wx, AlipayFakeState(config=None))  # type: ignore[arg-type]
    resp = await _sale(client, clerk, body_payments, key="crash-1")
    assert resp.status == 201, resp.text
    assert resp.json["order"]["status"] == "completed"
    assert resp.json["payment"]["trade_no"] == charged.trade_no
    assert charges("wechat", wx, AlipayFakeState(config=None)) == micropays  # type: ignore[arg-type]
    assert wx.orders[order.order_no].charged == 1
    assert (await IdempotencyRecord.get(key="crash-1")).status == 201


async def test_mixed_tender_stored_value_and_code(client: Any, codepay_settings: Settings) -> None:
    sku, clerk = await _setup()
    member = await Member.create(member_code="M1", nickname="王女士")
    async with in_transaction() as conn:
        await balance.change(member.id, 2000, BalanceKind.TOPUP, conn, ref="t1")
    shown = (await paycode.issue(member))["code"]  # the member confirms with their one-time code
    resp = await _sale(client, clerk, [{"method": "balance", "amount_fen": 2000, "auth_code": shown},
                                       {"method": "wechat", "amount_fen": 3000, "auth_code": code("wechat")}],
                       member_code="M1")
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert order["status"] == "completed" and order["payment_method"] == "mixed"
    assert sorted((p["method"], p["amount_fen"]) for p in order["payments"]) == [("balance", 2000), ("wechat", 3000)]
    assert (await Member.get(id=member.id)).balance_fen == 0

    # The code refused: the stored value is not touched at all.
    async with in_transaction() as conn:
        await balance.change(member.id, 2000, BalanceKind.TOPUP, conn, ref="t2")
    shown = (await paycode.issue(member))["code"]
    resp = await _sale(client, clerk, [{"method": "balance", "amount_fen": 2000, "auth_code": shown},
                                       {"method": "alipay", "amount_fen": 3000, "auth_code": code("alipay", 3)}],
                       member_code="M1")
    assert resp.status == 402, resp.text
    assert (await Member.get(id=member.id)).balance_fen == 2000
    assert await BalanceEntry.filter(member_id=member.id, kind=BalanceKind.PAY).count() == 1  # the first sale's
    assert await stock_of(sku.id) == (4, 0)


async def test_unrecognised_or_mismatched_codes_are_400_and_write_nothing(
        client: Any, codepay_settings: Settings) -> None:
    _, clerk = await _setup()
    for auth_code in ("123456", "168888888888888888", "abcdefghijklmnopqr"):
        resp = await _sale(client, clerk, [{"method": "wechat", "amount_fen": 5000, "auth_code": auth_code}])
        assert resp.status == 400 and "无法识别的付款码" in resp.json["error"]["message"], resp.text
    resp = await _sale(client, clerk, [{"method": "wechat", "amount_fen": 5000, "auth_code": code("alipay")}])
    assert resp.status == 400 and "支付宝付款码" in resp.json["error"]["message"]
    resp = await _sale(client, clerk, [{"method": "cash", "amount_fen": 5000, "auth_code": code("wechat")}])
    assert resp.status == 400
    resp = await _sale(client, clerk, [{"method": "wechat", "amount_fen": 4000, "auth_code": code("wechat")}])
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"  # not the total
    resp = await _sale(client, clerk, [{"method": "wechat", "amount_fen": 2500, "auth_code": code("wechat")},
                                       {"method": "alipay", "amount_fen": 2500, "auth_code": code("alipay")}])
    assert resp.status == 400 and "只能扫一个付款码" in resp.json["error"]["message"]
    _, resp = await client.post("/api/v1/orders", headers=auth(clerk), json={
        "channel": "phone", "location_code": "S1", "items": [{"sku_code": "A1", "qty": 1}],
        "payments": [{"method": "wechat", "amount_fen": 5000, "auth_code": code("wechat")}]})
    assert resp.status == 400 and "门店收银" in resp.json["error"]["message"]
    member = await Member.create(member_code="M9", nickname="顾客")
    shopper = {"Authorization": f"Bearer {member_token(member.id)}"}
    _, resp = await client.post("/api/v1/orders", headers=shopper, json={
        "channel": "pos", "items": [{"sku_code": "A1", "qty": 1}],
        "payments": [{"method": "wechat", "amount_fen": 5000, "auth_code": code("wechat")}]})
    assert resp.status == 403
    assert await Order.all().count() == 0
