"""The alert scanners through the WeCom fake: each condition alerts its role exactly once a day however often the
job runs, a store's alert goes to that store's manager only, a warehouse's low stock to the purchasers, dead
letters to HQ, failed or stuck refunds to finance; a healthy system raises nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.channels.models import ChannelAccount, DeadLetter, DeadLetterStatus
from backend.invoicing.models import EInvoice
from backend.messaging import notifications
from backend.ops import scanners
from backend.ops.models import Alert
from backend.orders.models import Order, OrderStatus, Refund, RefundStatus
from backend.org.models import Channel, Location, LocationKind, Role, User
from backend.settings import Settings, use_settings
from backend.tasks.schedule import job
from backend.timestamps import business_today
from fakes.server import FakeServer, run_fake
from fakes.wecom import WeComFakeConfig, create_wecom_fake
from integrations.wecom.messenger import use_api_base
from tests.factories import make_location, make_sku, make_user, stock_in

USERS = {"hq_a", "fin_a", "mgr_1", "mgr_2", "buy_a"}


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake, config=WeComFakeConfig(known_users=USERS)) as s:
        yield s


@pytest.fixture
def state(db: None, settings: Settings, wecom: FakeServer) -> Iterator[Any]:
    use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/",
                                     alert_near_expiry_days=30, alert_refund_stuck_s=6 * 3600))
    use_api_base(None)
    wecom.app.ctx.state.messages.clear()
    yield wecom.app.ctx.state
    use_api_base(None)
    use_settings(settings)


async def _bind(user: User, wecom_id: str) -> None:
    user.wecom_userid = wecom_id
    await user.save(update_fields=["wecom_userid"])


async def _world() -> tuple[Location, Location, Location]:
    st1 = await make_location("ST1", name="徐汇店")
    st2 = await make_location("ST2", name="静安店")
    wh = await make_location("WH1", name="上海仓", kind=LocationKind.WAREHOUSE)
    await _bind(await make_user(Role.HQ_ADMIN), "hq_a")
    await _bind(await make_user(Role.FINANCE), "fin_a")
    await _bind(await make_user(Role.STORE_MANAGER, locations=[st1]), "mgr_1")
    await _bind(await make_user(Role.STORE_MANAGER, locations=[st2]), "mgr_2")
    await _bind(await make_user(Role.PURCHASER), "buy_a")
    return st1, st2, wh


async def _delivered(state: Any) -> list[Any]:
    await notifications.drain()
    await notifications.deliver_due()
    return list(state.messages)


def _text(message: Any) -> str:
    return str(message.body["text"]["content"])


async def _run_twice() -> None:
    for _ in range(2):
        result = await scanners.scan_all()
        assert "error" not in result


async def test_the_job_is_scheduled() -> None:
    assert job("ops.alerts").target == "backend.ops.scanners:scan_all"


async def test_a_healthy_chain_raises_nothing(state: Any) -> None:
    st1, st2, wh = await _world()
    for loc in (st1, st2, wh):
        await stock_in(await make_sku(), loc, 50)  # threshold 10, expiry in a year
    account = await ChannelAccount.create(platform="taobao", name="淘宝店", app_key="k", app_secret="s")
    await DeadLetter.create(account=account, kind="stock", error="boom", status=DeadLetterStatus.RESOLVED)
    order = await Order.create(order_no="T00000001", channel=Channel.MINIPROGRAM, status=OrderStatus.CANCELLED)
    await Refund.create(refund_no="R1", order=order, amount_fen=100, status=RefundStatus.SUCCEEDED, gateway="wechat")
    await Refund.create(refund_no="R2", order=order, amount_fen=100, status=RefundStatus.PENDING, gateway="wechat")
    await _run_twice()
    assert await Alert.all().count() == 0
    assert await _delivered(state) == []


async def test_low_stock_alerts_the_store_manager_and_the_purchaser_once_a_day(state: Any) -> None:
    st1, st2, wh = await _world()
    milk = await make_sku("MILK1", name="爱他美1段")
    wipes = await make_sku("WIPE1", name="湿巾")
    await stock_in(milk, st1, 3)  # under the reorder point (10): ST1
    await stock_in(wipes, st1, 10)  # at it: ST1
    await stock_in(milk, st2, 40)  # healthy: ST2's manager hears nothing
    await stock_in(wipes, wh, 2)  # the warehouse: purchasers
    await _run_twice()
    messages = await _delivered(state)
    assert sorted(m.users for m in messages) == [["buy_a"], ["mgr_1"]]
    store = next(m for m in messages if m.users == ["mgr_1"])
    assert _text(store).startswith("【库存不足】徐汇店（ST1）库存不足（2 项）")
    assert "爱他美1段（MILK1）可售 3，补货点 10，缺 7" in _text(store) and "湿巾（WIPE1）可售 10" in _text(store)
    warehouse = next(m for m in messages if m.users == ["buy_a"])
    assert _text(warehouse) == "【库存不足】上海仓（WH1）湿巾（WIPE1）可售 2，补货点 10，缺 8"
    rows = await Alert.filter(kind="low_stock").order_by("condition_key")
    assert [(a.condition_key, a.role) for a in rows] == [
        ("ST1:MILK1", "store_manager"), ("ST1:WIPE1", "store_manager"), ("WH1:WIPE1", "purchaser")]
    assert all(a.notification_id for a in rows)
    # the next day the same conditions alert again, once
    tomorrow = business_today() + dt.timedelta(days=1)
    assert await scanners.scan_low_stock(on=tomorrow) == 3
    assert await scanners.scan_low_stock(on=tomorrow) == 0


async def test_near_expiry_alerts_the_store_of_the_batch_once(state: Any) -> None:
    st1, st2, _ = await _world()
    milk = await make_sku("MILK1", name="爱他美1段")
    today = business_today()
    await stock_in(milk, st1, 20, batch_no="NEAR", expiry=today + dt.timedelta(days=10))
    await stock_in(milk, st1, 20, batch_no="FAR", expiry=today + dt.timedelta(days=45))  # outside 30 days
    await stock_in(milk, st2, 40, batch_no="FAR2", expiry=today + dt.timedelta(days=200))
    await _run_twice()
    messages = await _delivered(state)
    assert len(messages) == 1 and messages[0].users == ["mgr_1"]
    expiry = (today + dt.timedelta(days=10)).isoformat()
    assert _text(messages[0]) == f"【临期商品】徐汇店（ST1）爱他美1段（MILK1）批次 NEAR {expiry} 到期（剩 10 天），库存 20"
    [alert] = await Alert.filter(kind="near_expiry")
    assert alert.condition_key == "ST1:MILK1:NEAR" and alert.location_id == st1.id


async def test_dead_letters_alert_hq_once_per_shop(state: Any) -> None:
    await _world()
    taobao = await ChannelAccount.create(platform="taobao", name="淘宝店", app_key="k", app_secret="s")
    jd = await ChannelAccount.create(platform="jd", name="京东店", app_key="k", app_secret="s")
    await DeadLetter.create(account=taobao, kind="stock", sku_id=1, error="isv.invalid-parameter")
    await DeadLetter.create(account=taobao, kind="shipment", error="timeout")
    await DeadLetter.create(account=jd, kind="stock", error="old", status=DeadLetterStatus.RESOLVED)
    await _run_twice()
    messages = await _delivered(state)
    assert len(messages) == 1 and messages[0].users == ["hq_a"]
    assert _text(messages[0]).startswith("【死信】淘宝店（taobao）有 2 条推送死信（库存 1 条，发货 1 条），最近错误：timeout")
    [alert] = await Alert.filter(kind="dead_letter")
    assert alert.condition_key == "shop:taobao" and alert.role == "hq_admin"


async def test_failed_and_stuck_refunds_alert_finance_once(state: Any) -> None:
    await _world()
    order = await Order.create(order_no="T00000009", channel=Channel.MINIPROGRAM, status=OrderStatus.CANCELLED)
    await Refund.create(refund_no="RF1", order=order, amount_fen=12800, status=RefundStatus.FAILED, gateway="wechat",
                        last_error="NOTENOUGH: 基本账户余额不足")
    stuck = await Refund.create(refund_no="RF2", order=order, amount_fen=500, status=RefundStatus.PENDING,
                                gateway="alipay")
    await Refund.filter(id=stuck.id).update(created_at=datetime.now(UTC) - timedelta(hours=7))
    await Refund.create(refund_no="RF3", order=order, amount_fen=500, status=RefundStatus.PENDING, gateway="wechat")
    await _run_twice()
    messages = await _delivered(state)
    assert len(messages) == 1 and messages[0].users == ["fin_a"]
    text = _text(messages[0])
    assert text.startswith("【退款失败】退款未完成") and "（2 项）" in text
    assert "订单 T00000009 的微信支付退款 ¥128.00（退款单 RF1）失败：NOTENOUGH: 基本账户余额不足" in text
    assert "订单 T00000009 的支付宝退款 ¥5.00（退款单 RF2）已 7 小时未到账" in text and "RF3" not in text
    keys = await Alert.filter(kind="refund_failed").order_by("condition_key").values_list("condition_key", flat=True)
    assert keys == ["refund:RF1", "refund:RF2"]


async def test_a_refused_einvoice_alerts_finance_once(state: Any) -> None:
    await _world()
    order = await Order.create(order_no="T00000010", channel=Channel.MINIPROGRAM, status=OrderStatus.COMPLETED)
    common = {"kind": "blue", "order": order, "buyer_type": "company", "buyer_name": "上海某某贸易有限公司",
              "net_fen": 10000, "tax_fen": 1300, "total_fen": 11300}
    await EInvoice.create(dedupe_key="blue:x", serial_no="CB1", status="failed", error="70301: 购买方纳税人识别号不存在",
                          **common)
    await EInvoice.create(dedupe_key="blue:y", serial_no="CB2", status="issued", invoice_no="1" * 20, **common)
    await _run_twice()
    messages = await _delivered(state)
    assert len(messages) == 1 and messages[0].users == ["fin_a"]
    assert _text(messages[0]) == ("【开票失败】订单 T00000010 的蓝字发票 ¥113.00（上海某某贸易有限公司）开具失败："
                                  "70301: 购买方纳税人识别号不存在")
