"""After-sales messages (backend.orders.aftersales): the shopper writes on their order, the store's clerk finds it
in the inbox and answers (audited), the shopper sees the answer and the unread count drops to 0 once read; other
shoppers get 404 and other stores' clerks 403; bad bodies, closed orders and the daily limit write nothing; a
shopper message that starts a wait is queued in the staff notification outbox with the message and sent to the
store's staff through the WeCom fake by the delivery job; an Idempotency-Key stores a retried message once."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.messaging import notifications
from backend.messaging.models import NotificationStatus, StaffNotification
from backend.orders import aftersales
from backend.orders.models import Order, OrderMessage, OrderStatus
from backend.org.models import Role
from backend.settings import Settings, use_settings
from fakes.server import FakeServer, run_fake
from fakes.wecom import create_wecom_fake
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import make_member, place, shopper_auth

URL = "/api/v1/orders/{}/messages"
INBOX = "/api/v1/aftersales/inbox"


async def _world(client: Any) -> dict[str, Any]:
    store = await make_location("S001", name="徐汇店")
    other = await make_location("S002", name="浦东店")
    sku = await make_sku("MILK1", price_fen=20000)
    await stock_in(sku, store, 50)
    member = await make_member("小宝妈妈")
    resp = await place(client, shopper_auth(member), [("MILK1", 1)], location_code="S001")
    assert resp.status == 201, resp.text
    return {
        "store": store, "other": other, "member": member, "order": resp.json["order"],
        "clerk": await make_user(Role.CLERK, username="clerk_a", locations=[store]),
        "manager": await make_user(Role.STORE_MANAGER, username="manager_a", locations=[store]),
        "clerk_b": await make_user(Role.CLERK, username="clerk_b", locations=[other]),
        "admin": await make_user(Role.HQ_ADMIN, username="hq"),
    }


async def _post(client: Any, headers: dict[str, str], oid: int, body: Any) -> Any:
    _, resp = await client.post(URL.format(oid), headers=headers, json=body)
    return resp


async def _get(client: Any, headers: dict[str, str], oid: int) -> Any:
    _, resp = await client.get(URL.format(oid), headers=headers)
    return resp


async def _unread(client: Any, member: Any, oid: int) -> int:
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(member))
    assert resp.status == 200, resp.text
    return int(resp.json["order"]["unread_messages"])


async def test_shopper_asks_clerk_answers_from_inbox_shopper_reads(client: Any, db: None) -> None:
    w = await _world(client)
    oid, me, clerk = w["order"]["id"], shopper_auth(w["member"]), auth(w["clerk"])
    resp = await _post(client, me, oid, {"body": "  奶粉什么时候发货？  "})
    assert resp.status == 201, resp.text
    assert resp.json["message"]["body"] == "奶粉什么时候发货？" and resp.json["message"]["mine"] is True
    assert resp.json["can_post"] is True
    await _post(client, me, oid, {"body": "急用，谢谢"})

    # the clerk's inbox: one waiting order, two unread; nothing for the other store's clerk
    _, inbox = await client.get(INBOX, headers=clerk)
    assert inbox.status == 200, inbox.text
    assert inbox.json["total"] == 1
    row = inbox.json["items"][0]
    assert (row["order_id"], row["unread"], row["location_code"]) == (oid, 2, "S001")
    assert row["last_message"]["body"] == "急用，谢谢" and row["member_nickname"] == "小宝妈妈"
    _, other_inbox = await client.get(INBOX, headers=auth(w["clerk_b"]))
    assert other_inbox.json == {"items": [], "total": 0, "page": 1, "page_size": 20}
    _, admin_inbox = await client.get(INBOX, headers=auth(w["admin"]))
    assert [r["order_id"] for r in admin_inbox.json["items"]] == [oid]

    # the clerk reads the thread (marks the shopper's messages read) and answers
    thread = await _get(client, clerk, oid)
    assert thread.status == 200 and thread.json["marked_read"] == 2
    assert [(m["author"], m["author_name"], m["mine"]) for m in thread.json["messages"]] == [
        ("shopper", "小宝妈妈", False), ("shopper", "小宝妈妈", False)]
    _, unread_only = await client.get(f"{INBOX}?unread_only=true", headers=clerk)
    assert unread_only.json["total"] == 0
    _, still_waiting = await client.get(INBOX, headers=clerk)
    assert still_waiting.json["total"] == 1 and still_waiting.json["items"][0]["unread"] == 0
    reply = await _post(client, clerk, oid, {"body": "您好，今天下午发出。"})
    assert reply.status == 201, reply.text
    _, answered = await client.get(INBOX, headers=clerk)
    assert answered.json["total"] == 0  # the latest message is the store's: nothing waiting

    # the staff message is audited with its text
    logs = await AuditLog.filter(action="order.message")
    assert len(logs) == 1 and logs[0].user_id == w["clerk"].id and logs[0].entity_id == str(oid)
    assert logs[0].after["body"] == "您好，今天下午发出。"
    assert await AuditLog.filter(action="order.message", user_id=None).count() == 0

    # the shopper: one unread, sees the store's answer on the store's side, then 0
    assert await _unread(client, w["member"], oid) == 1
    mine = await _get(client, shopper_auth(w["member"]), oid)
    assert mine.status == 200 and mine.json["marked_read"] == 1
    assert [(m["author"], m["author_name"], m["mine"], m["body"]) for m in mine.json["messages"]][-1] == (
        "staff", "徐汇店", False, "您好，今天下午发出。")
    assert mine.json["messages"][0]["read_at"] is not None  # the clerk read it
    assert await _unread(client, w["member"], oid) == 0
    _, listing = await client.get("/api/v1/orders", headers=shopper_auth(w["member"]))
    assert listing.status == 200, listing.text


async def test_other_shopper_404_other_store_403_wrong_roles_403(client: Any, db: None) -> None:
    w = await _world(client)
    oid = w["order"]["id"]
    assert (await _post(client, shopper_auth(w["member"]), oid, {"body": "在吗"})).status == 201
    stranger = shopper_auth(await make_member("路人"))
    for resp in (await _get(client, stranger, oid), await _post(client, stranger, oid, {"body": "看看"})):
        assert resp.status == 404 and resp.json["error"]["message"] == "订单不存在"
    for resp in (await _get(client, auth(w["clerk_b"]), oid), await _post(client, auth(w["clerk_b"]), oid,
                                                                            {"body": "你好"})):
        assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    finance = auth(await make_user(Role.FINANCE, username="fin"))
    assert (await _post(client, finance, oid, {"body": "你好"})).status == 403
    _, resp = await client.get(INBOX, headers=shopper_auth(w["member"]))
    assert resp.status == 403
    # nothing read, nothing written by the refused callers
    assert await OrderMessage.filter(order_id=oid).count() == 1
    assert await OrderMessage.filter(order_id=oid, read_at__isnull=False).count() == 0
    # the store manager and hq may answer
    assert (await _post(client, auth(w["manager"]), oid, {"body": "店长已收到"})).status == 201
    assert (await _post(client, auth(w["admin"]), oid, {"body": "总部已跟进"})).status == 201


async def test_bad_bodies_400_and_nothing_written(client: Any, db: None) -> None:
    w = await _world(client)
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    cases = [({"body": "   "}, "留言内容不能为空"), ({"body": "奶" * 501}, "留言最多 500 字"),
             ({}, "参数 body 不合法"), ({"body": 12}, "参数 body 不合法"), ({"body": "hi", "x": 1}, "参数 x 不合法")]
    for body, message in cases:
        resp = await _post(client, me, oid, body)
        assert resp.status == 400, (body, resp.text)
        assert resp.json["error"]["message"].startswith(message), resp.json
    _, resp = await client.post(URL.format(oid), headers=me, content=b"not json")
    assert resp.status == 400 and resp.json["error"]["code"] == "invalid_json"
    resp = await _post(client, me, oid, {"body": "退货单问题", "rma_id": 99999})
    assert resp.status == 404 and resp.json["error"]["message"] == "退货单不存在"
    assert await OrderMessage.all().count() == 0
    assert (await _post(client, me, oid, {"body": "奶" * 500})).status == 201


async def test_shopper_daily_limit_429(client: Any, db: None) -> None:
    w = await _world(client)
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    for n in range(aftersales.SHOPPER_PER_DAY):
        assert (await _post(client, me, oid, {"body": f"第{n + 1}条"})).status == 201
    resp = await _post(client, me, oid, {"body": "还有一个问题"})
    assert resp.status == 429 and resp.json["error"]["code"] == "rate_limited"
    assert "每个订单 24 小时内最多 20 条" in resp.json["error"]["message"]
    assert await OrderMessage.filter(order_id=oid).count() == aftersales.SHOPPER_PER_DAY
    # the store is not limited, and a day later the shopper may write again
    assert (await _post(client, auth(w["clerk"]), oid, {"body": "您好"})).status == 201
    await OrderMessage.filter(order_id=oid, author_kind="shopper").update(
        created_at=datetime.now(UTC) - timedelta(days=1, minutes=1))
    assert (await _post(client, me, oid, {"body": "还有一个问题"})).status == 201


async def test_concurrent_sends_cannot_pass_the_daily_limit(client: Any, db: None,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The count is taken under the order's row lock: a burst of 30 at once stores exactly 20 (a pause before the
    count lets the requests overlap; without the lock every one of them would count the same few rows)."""
    closed = aftersales.shopper_closed_reason

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.01)
        return await closed(*args, **kwargs)

    monkeypatch.setattr(aftersales, "shopper_closed_reason", slow)
    w = await _world(client)
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    await client.get("/api/v1/health")
    answers = await asyncio.wait_for(asyncio.gather(*[_post(client, me, oid, {"body": f"并发{n}"})
                                                      for n in range(30)]), 60)
    assert sorted(r.status for r in answers) == [201] * 20 + [429] * 10, [r.text for r in answers if r.status
                                                                         not in (201, 429)]
    assert await OrderMessage.filter(order_id=oid).count() == 20


async def test_closed_orders_refuse_the_shopper_not_the_store(client: Any, db: None) -> None:
    w = await _world(client)
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    _, resp = await client.post(f"/api/v1/orders/{oid}/cancel", headers=me)
    assert resp.status == 200, resp.text
    resp = await _post(client, me, oid, {"body": "为什么取消了"})
    assert resp.status == 409 and resp.json["error"]["message"] == "该订单未付款已取消，无需售后留言"
    thread = await _get(client, me, oid)
    assert thread.json["can_post"] is False and thread.json["closed_reason"] == "该订单未付款已取消，无需售后留言"
    assert (await _post(client, auth(w["clerk"]), oid, {"body": "您的订单已取消"})).status == 201

    resp = await place(client, me, [("MILK1", 1)], location_code="S001")
    old = resp.json["order"]["id"]
    await Order.filter(id=old).update(status=OrderStatus.COMPLETED, paid_fen=20000,
                                      completed_at=datetime.now(UTC) - timedelta(days=181))
    resp = await _post(client, me, old, {"body": "奶粉有问题"})
    assert resp.status == 409 and "已超过 180 天" in resp.json["error"]["message"]
    await Order.filter(id=old).update(completed_at=datetime.now(UTC) - timedelta(days=179))
    assert (await _post(client, me, old, {"body": "奶粉有问题"})).status == 201
    assert await OrderMessage.filter(author_kind="shopper").count() == 1


async def test_message_about_a_return_request(client: Any, db: None) -> None:
    w = await _world(client)
    oid, me, clerk = w["order"]["id"], shopper_auth(w["member"]), auth(w["clerk"])
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=clerk,
                                json={"method": "cash", "amount_fen": w["order"]["total_fen"]})
    assert resp.status in (200, 201), resp.text
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=clerk)
    assert resp.status == 201, resp.text
    item_id = w["order"]["items"][0]["id"]
    _, resp = await client.post(f"/api/v1/orders/{oid}/returns", headers=me,
                                json={"items": [{"order_item_id": item_id, "qty": 1}], "reason": "商品破损"})
    assert resp.status == 201, resp.text
    rma = resp.json["return"]
    resp = await _post(client, me, oid, {"body": "外箱压坏了，照片已拍", "rma_id": rma["id"]})
    assert resp.status == 201, resp.text
    assert (resp.json["message"]["rma_id"], resp.json["message"]["rma_no"]) == (rma["id"], rma["rma_no"])
    thread = await _get(client, clerk, oid)
    assert thread.json["messages"][0]["rma_no"] == rma["rma_no"]


async def test_thread_pages_back_with_before_id(client: Any, db: None) -> None:
    w = await _world(client)
    oid, clerk = w["order"]["id"], auth(w["clerk"])
    for n in range(5):
        assert (await _post(client, clerk, oid, {"body": f"消息{n}"})).status == 201
    order = await Order.get(id=oid)
    actor = await _actor(w["clerk"])
    page = await aftersales.thread(actor, order, limit=3)
    assert [m["body"] for m in page["messages"]] == ["消息2", "消息3", "消息4"] and page["has_more"]
    _, resp = await client.get(f"{URL.format(oid)}?before_id={page['messages'][0]['id']}", headers=clerk)
    assert [m["body"] for m in resp.json["messages"]] == ["消息0", "消息1"] and resp.json["has_more"] is False


async def _actor(user: Any) -> Any:
    from backend.security.actor import load_staff_actor

    return await load_staff_actor(user)


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake) as server:
        yield server


async def test_a_waiting_shopper_is_pushed_to_the_stores_wecom(client: Any, db: None, settings: Settings,
                                                               wecom: FakeServer) -> None:
    from integrations.wecom.messenger import use_api_base

    w = await _world(client)
    for u in (w["clerk"], w["manager"], w["clerk_b"], w["admin"]):
        u.wecom_userid = u.username
        await u.save(update_fields=["wecom_userid"])
    state = wecom.app.ctx.state
    before = len(state.messages)
    use_settings(dataclasses.replace(settings, wecom_api_base=wecom.base_url + "/cgi-bin/"))
    use_api_base(None)
    try:
        oid, me = w["order"]["id"], shopper_auth(w["member"])
        assert (await _post(client, me, oid, {"body": "奶粉漏粉了"})).status == 201
        assert (await _post(client, me, oid, {"body": "补充：罐底凹了"})).status == 201  # still waiting: no push
        await notifications.drain()  # the notice: queued with the message, sent by the kicked delivery job
        sent = state.messages[before:]
        assert len(sent) == 1 and sorted(sent[0].users) == ["clerk_a", "manager_a"]
        text = state.texts_to("clerk_a")[-1]
        assert w["order"]["order_no"] in text and "奶粉漏粉了" in text and "徐汇店" in text
        first = await OrderMessage.get(order_id=oid, body="奶粉漏粉了")
        row = await StaffNotification.get(dedupe_key=f"aftersales:{first.id}")
        assert (row.kind, row.status, row.user_ids) == ("aftersales_message", NotificationStatus.SENT,
                                                        ["clerk_a", "manager_a"])
        # answered, then the shopper writes again: a new wait, a new push
        await _get(client, auth(w["clerk"]), oid)
        assert (await _post(client, me, oid, {"body": "好的"})).status == 201
        await notifications.drain()
        assert len(state.messages[before:]) == 2

        # WeCom down: the message is kept, the notice waits in the outbox and goes once WeCom is back
        use_api_base("http://127.0.0.1:9/cgi-bin/")
        await _get(client, auth(w["clerk"]), oid)
        assert (await _post(client, me, oid, {"body": "还在吗"})).status == 201
        await notifications.drain()
        msg = await OrderMessage.get(order_id=oid, body="还在吗")
        row = await StaffNotification.get(dedupe_key=f"aftersales:{msg.id}")
        assert (row.status, row.attempts) == (NotificationStatus.PENDING, 1)
        assert len(state.messages[before:]) == 2
        use_api_base(None)
        later = datetime.now(UTC) + timedelta(minutes=10)
        assert (await notifications.deliver_due(now=later)).outcomes == {"sent": 1}
        assert (await notifications.deliver_due(now=later + timedelta(hours=1))).claimed == 0
        assert len(state.messages[before:]) == 3 and "还在吗" in state.texts_to("manager_a")[-1]
    finally:
        use_api_base(None)
        use_settings(settings)


async def test_a_rolled_back_message_queues_no_notice(client: Any, db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    w = await _world(client)
    w["clerk"].wecom_userid = "clerk_a"
    await w["clerk"].save(update_fields=["wecom_userid"])
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    real = aftersales.queue_store_notice

    async def queue_then_fail(order: Any, message: Any, conn: Any) -> Any:
        assert await real(order, message, conn) is not None
        raise RuntimeError("the database went away")

    monkeypatch.setattr(aftersales, "queue_store_notice", queue_then_fail)
    assert (await _post(client, me, oid, {"body": "在吗"})).status == 500
    assert not await OrderMessage.filter(order_id=oid).exists()
    assert not await StaffNotification.exists()


async def test_idempotency_key_stores_a_retried_message_once(client: Any, db: None) -> None:
    w = await _world(client)
    w["clerk"].wecom_userid = "clerk_a"
    await w["clerk"].save(update_fields=["wecom_userid"])
    oid, me = w["order"]["id"], shopper_auth(w["member"])
    keyed = {**me, "Idempotency-Key": "msg-7f3a"}
    first = await _post(client, keyed, oid, {"body": "奶粉漏粉了"})
    assert first.status == 201, first.text
    again = await _post(client, keyed, oid, {"body": "  奶粉漏粉了 "})  # the network retry (same text once trimmed)
    assert again.status == 201 and again.json["message"]["id"] == first.json["message"]["id"]
    assert [m["body"] for m in again.json["messages"]] == ["奶粉漏粉了"]
    assert await OrderMessage.filter(order_id=oid).count() == 1
    assert await StaffNotification.filter(kind="aftersales_message").count() == 1
    # the same key with another text: 409, nothing stored
    other = await _post(client, keyed, oid, {"body": "另一条"})
    assert other.status == 409 and other.json["error"]["code"] == "conflict" and "幂等键" in other.json["error"]["message"]
    # another key (or none) is another message; a too long key is refused
    assert (await _post(client, {**me, "Idempotency-Key": "msg-8b21"}, oid, {"body": "奶粉漏粉了"})).status == 201
    assert (await _post(client, me, oid, {"body": "奶粉漏粉了"})).status == 201
    bad = await _post(client, {**me, "Idempotency-Key": "k" * 129}, oid, {"body": "x"})
    assert bad.status == 400 and bad.json["error"]["code"] == "validation_error"
    assert await OrderMessage.filter(order_id=oid).count() == 3
    # the key belongs to its caller and order: staff using the same key write their own message
    clerk = await _post(client, {**auth(w["clerk"]), "Idempotency-Key": "msg-7f3a"}, oid, {"body": "奶粉漏粉了"})
    assert clerk.status == 201 and clerk.json["message"]["id"] != first.json["message"]["id"]
    await notifications.drain()
