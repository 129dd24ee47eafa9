"""The WeCom callback end to end: encrypted messages built by the fake (its own AES/signature code), through the
app's /bots/wecom/callback, replies decrypted and checked against the database; approval cards pushed to the
fake WeCom API by the staff notification outbox's delivery job."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.messaging import notifications
from backend.purchasing.models import POStatus, PurchaseOrder
from backend.purchasing.orders import POIn, POLineIn, create_po
from backend.purchasing.settings_store import set_setting
from backend.purchasing.tests.helpers import World, make_world
from backend.settings import Settings, use_settings
from backend.staff.models import ClockRecord
from backend.stock.models import Stock
from backend.timestamps import business_today
from fakes.server import FakeServer, run_fake
from fakes.wecom import (
    WeComFakeConfig,
    build_callback,
    build_verify,
    card_event_xml,
    create_wecom_fake,
    open_reply,
    text_message_xml,
    xml_fields,
)
from tests.factories import make_location, stock_in

CFG = WeComFakeConfig()
URL = "/bots/wecom/callback"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake) as server:
        yield server


@pytest.fixture
def wecom_app(db: None, settings: Settings, fake: FakeServer):  # type: ignore[no-untyped-def]
    from backend.app import create_app
    from integrations.wecom.messenger import use_api_base

    use_api_base(None)  # an app built with its mounted fakes earlier in this process may have set one
    s = use_settings(dataclasses.replace(settings, wecom_api_base=fake.base_url + "/cgi-bin/"))
    yield create_app(s, manage_resources=False)
    use_settings(settings)


@pytest.fixture
def bot(wecom_app):  # type: ignore[no-untyped-def]
    from tests.client import FastClient

    return FastClient(wecom_app)


async def _send(bot: Any, user: str, content: str) -> tuple[int, dict[str, Any] | None]:
    cb = build_callback(CFG, text_message_xml(CFG, user, content))
    _, resp = await bot.post(f"{URL}?{cb.query}", content=cb.body)
    return resp.status, _reply(resp)


def _reply(resp: Any) -> dict[str, Any] | None:
    if resp.status != 200 or not resp.body.strip():
        return None
    return xml_fields(open_reply(CFG, resp.body))


async def _po(w: World, qty: int) -> PurchaseOrder:
    po = await create_po(POIn(supplier_code="SUP1", location_code=w.store.code, submit=True,
                              lines=[POLineIn(sku_code="MILK2", qty=qty)]), actor=await w.actor(w.buyer))
    await notifications.drain()  # the approval card: queued with the submit, sent by the kicked delivery job
    return po


async def test_url_verification(bot: Any) -> None:
    v = build_verify(CFG)
    _, resp = await bot.get(f"{URL}?{v.query}")
    assert resp.status == 200 and resp.text == v.echostr_plain


async def test_stock_query_reply_matches_stock_tables(bot: Any) -> None:
    w = await make_world(bind_wecom=True)
    wh = await make_location("WH-X", name="测试总仓")
    soon = business_today() + dt.timedelta(days=20)
    await stock_in(w.sku, w.store, 7, batch_no="NEAR1", expiry=soon)
    await stock_in(w.sku, w.store, 30, batch_no="FAR1")
    await stock_in(w.sku, wh, 120, batch_no="FAR1")
    status, reply = await _send(bot, "clerk_a", "查库存 爱他美2段")
    assert status == 200 and reply is not None and reply["MsgType"] == "text"
    assert reply["ToUserName"] == "clerk_a" and reply["FromUserName"] == CFG.corp_id
    content = reply["Content"]
    shown = {m[1]: (int(m[2]), int(m[3]), int(m[4])) for m in
             re.finditer(r"（(\S+?)）：可售 (\d+)，在库 (\d+)，预留 (\d+)", content)}
    for loc in (w.store, wh):
        rows = await Stock.filter(sku_id=w.sku.id, location_id=loc.id)
        on_hand = sum(r.on_hand for r in rows)
        assert shown[loc.code][1] == on_hand and shown[loc.code][2] == sum(r.reserved for r in rows)
    assert shown["ST-A"] == (37, 37, 0) and shown["WH-X"] == (120, 120, 0)
    assert content.index("ST-A") < content.index("WH-X")  # the clerk's own store first
    assert f"临期 批次 NEAR1 到期 {soon.isoformat()}（剩 20 天）× 7" in content
    assert "FAR1" not in content
    status, reply = await _send(bot, "clerk_a", "查库存 不存在的奶粉")
    assert reply and "没有找到" in reply["Content"]
    status, reply = await _send(bot, "stranger", "查库存 爱他美")
    assert reply and "还没有绑定" in reply["Content"]


async def test_forged_and_replayed_callbacks_refused_nothing_changes(bot: Any) -> None:
    w = await make_world(bind_wecom=True)
    po = await _po(w, 6)
    cb = build_callback(CFG, text_message_xml(CFG, "manager_a", f"同意 {po.po_no}"))
    forged = dict(cb.params, msg_signature="0" * 40)
    from urllib.parse import urlencode

    _, resp = await bot.post(f"{URL}?{urlencode(forged)}", content=cb.body)
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    guessed = build_callback(WeComFakeConfig(token="guessed"), text_message_xml(CFG, "manager_a", f"同意 {po.po_no}"))
    _, resp = await bot.post(f"{URL}?{guessed.query}", content=guessed.body)
    assert resp.status == 403
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED
    assert not await AuditLog.filter(action="purchase_order.approve").exists()

    clock = build_callback(CFG, text_message_xml(CFG, "clerk_a", "上班打卡"))
    _, first = await bot.post(f"{URL}?{clock.query}", content=clock.body)
    assert first.status == 200 and "上班打卡成功" in (_reply(first) or {})["Content"]
    _, again = await bot.post(f"{URL}?{clock.query}", content=clock.body)  # the same request replayed
    assert again.status == 403
    stale = build_callback(CFG, text_message_xml(CFG, "clerk_a", "下班打卡"),
                           timestamp=str(int(dt.datetime.now().timestamp()) - 3600))
    _, resp = await bot.post(f"{URL}?{stale.query}", content=stale.body)
    assert resp.status == 403
    # WeCom's own retry of a message (same MsgId, fresh signature) is acted on once
    retry = build_callback(CFG, clock.plain)
    _, resp = await bot.post(f"{URL}?{retry.query}", content=retry.body)
    assert resp.status == 200 and not resp.body.strip()
    assert await ClockRecord.filter(user_id=w.clerk.id).count() == 1
    assert not await ClockRecord.filter(kind="out").exists()


async def test_po_over_limit_goes_to_hq_message_and_card_approve_once(bot: Any, fake: FakeServer) -> None:
    w = await make_world(bind_wecom=True)
    state = fake.app.ctx.state
    state.cards.clear()  # the fake serves the whole module; PO numbers restart with each test's database
    await set_setting("store_manager_limit_fen", 500_000, user=w.hq)
    big = await _po(w, 24)  # ¥5,424.00 > ¥5,000.00
    small = await _po(w, 6)
    assert big.approver_role == "hq_admin" and small.approver_role == "store_manager"
    big_cards = [c for c in state.cards.values() if f"approve:{big.po_no}" in c.button_keys]
    small_cards = [c for c in state.cards.values() if f"approve:{small.po_no}" in c.button_keys]
    assert [c.users for c in big_cards] == [["hq_a"]]
    assert [c.users for c in small_cards] == [["manager_a"]]

    # by message: the clerk cannot, the manager cannot (over the limit), another store's manager cannot; HQ can
    _, r = await _send(bot, "clerk_a", f"同意 {big.po_no}")
    assert r and "只有店长或总部" in r["Content"]
    _, r = await _send(bot, "manager_a", f"同意 {big.po_no}")
    assert r and "需总部审批" in r["Content"]
    _, r = await _send(bot, "manager_b", f"同意 {small.po_no}")
    assert r and "不属于你的门店" in r["Content"]
    _, r = await _send(bot, "manager_a", "待审批")
    assert r and small.po_no in r["Content"] and big.po_no not in r["Content"]
    assert (await PurchaseOrder.get(id=big.id)).status == POStatus.SUBMITTED
    _, r = await _send(bot, "hq_a", f"同意 {big.po_no}")
    assert r and f"已同意采购单 {big.po_no}" in r["Content"]
    _, r = await _send(bot, "hq_a", f"同意{big.po_no.lower()}")  # sent again: already approved, nothing new
    assert r and "已经同意过了" in r["Content"]
    assert (await PurchaseOrder.get(id=big.id)).status == POStatus.APPROVED

    # by card button, clicked twice (two deliveries with their own response codes)
    card = small_cards[0]
    for _ in range(2):
        cb = build_callback(CFG, card_event_xml(CFG, "manager_a", f"approve:{small.po_no}", card.task_id))
        _, resp = await bot.post(f"{URL}?{cb.query}", content=cb.body)
        reply = _reply(resp)
        assert reply and reply["MsgType"] == "update_button" and reply["Button"]["ReplaceName"] == "已同意"
    assert (await PurchaseOrder.get(id=small.id)).status == POStatus.APPROVED
    for po in (big, small):
        logs = await AuditLog.filter(action="purchase_order.approve", entity_id=po.po_no)
        assert len(logs) == 1 and logs[0].via == "wecom"
    assert {log.username for log in await AuditLog.filter(action="purchase_order.approve")} == {"hq_a", "manager_a"}


async def test_reject_by_message_with_reason_clock_and_sales(bot: Any) -> None:
    w = await make_world(bind_wecom=True)
    po = await _po(w, 6)
    _, r = await _send(bot, "manager_a", f"驳回 {po.po_no} 价格太高")
    assert r and "价格太高" in r["Content"]
    po = await PurchaseOrder.get(id=po.id)
    assert po.status == POStatus.REJECTED and po.reject_reason == "价格太高"
    _, r = await _send(bot, "clerk_a", "下班打卡")
    assert r and "下班打卡成功" in r["Content"]
    _, r = await _send(bot, "clerk_a", "今日销售")
    assert r and "只有店长" in r["Content"]
    _, r = await _send(bot, "manager_a", "今日销售")
    assert r and "0 单" in r["Content"]
