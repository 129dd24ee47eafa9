"""The approval card goes through the staff notification outbox (backend.messaging.notifications): queued in the
submit's transaction, sent by the delivery job to the WeCom fake. WeCom hanging never slows the submit, a
rolled-back submit queues nothing, a repeated submit notifies once, a card WeCom never takes ends failed after
MAX_ATTEMPTS and is listed (and retried) by HQ in the back office."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.audit.models import AuditLog
from backend.messaging import notifications
from backend.messaging.models import NotificationStatus, StaffNotification
from backend.purchasing import notify
from backend.purchasing.models import POStatus, PurchaseOrder
from backend.purchasing.orders import POIn, POLineIn, create_po, submit_po
from backend.purchasing.tests.helpers import World, make_world
from backend.settings import Settings, use_settings
from fakes.server import FakeServer, run_fake
from fakes.wecom import create_wecom_fake
from integrations.wecom.messenger import use_api_base
from tests.factories import auth

REFUSED = "http://127.0.0.1:9/cgi-bin/"  # nothing listens: WeCom down, refused at once


@pytest.fixture(scope="module")
def wecom() -> Iterator[FakeServer]:
    with run_fake(create_wecom_fake) as server:
        yield server


@contextmanager
def _silent_wecom() -> Iterator[str]:
    """A WeCom that takes the connection and never answers (the client waits for its 5 s timeout)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)  # never accepted: connects complete in the backlog, no answer ever comes
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/cgi-bin/"
    finally:
        sock.close()


@pytest.fixture
def point_wecom(settings: Settings, wecom: FakeServer) -> Iterator[Any]:
    """point(url): where the WeCom client sends (None: the fake); restored afterwards."""

    def point(url: str | None) -> None:
        use_settings(dataclasses.replace(settings, wecom_api_base=url or wecom.base_url + "/cgi-bin/"))
        use_api_base(None)

    wecom.app.ctx.state.cards.clear()  # the fake serves the whole module; PO numbers restart with each database
    wecom.app.ctx.state.messages.clear()
    point(None)
    yield point
    use_api_base(None)
    use_settings(settings)


def _cards_for(wecom: FakeServer, po_no: str) -> list[Any]:
    return [c for c in wecom.app.ctx.state.cards.values() if f"approve:{po_no}" in c.button_keys]


async def _draft(w: World) -> PurchaseOrder:
    return await create_po(POIn(supplier_code="SUP1", location_code=w.store.code,
                                lines=[POLineIn(sku_code="MILK2", qty=6)]), actor=await w.actor(w.buyer))


async def test_submit_queues_the_card_and_the_kick_delivers_it_once(db: None, point_wecom: Any,
                                                                    wecom: FakeServer) -> None:
    w = await make_world(bind_wecom=True)
    po = await _draft(w)
    t = await submit_po(po.po_no, actor=await w.actor(w.buyer))
    assert t.changed
    row = await StaffNotification.get(dedupe_key=f"po_approval:{po.id}:1")
    assert row.kind == "po_approval" and row.user_ids == ["manager_a"] and row.payload["msgtype"] == "template_card"
    await notifications.drain()  # the kick after the commit
    row = await StaffNotification.get(id=row.id)
    assert row.status == NotificationStatus.SENT and row.attempts == 0 and row.sent_at is not None
    cards = _cards_for(wecom, po.po_no)
    assert [c.users for c in cards] == [["manager_a"]]
    # submitted again (a retried request): already submitted, nothing queued, nothing sent
    again = await submit_po(po.po_no, actor=await w.actor(w.buyer))
    assert not again.changed
    await notifications.drain()
    result = await notifications.deliver_due(now=datetime.now(UTC) + timedelta(days=1))
    assert result.claimed == 0
    assert await StaffNotification.all().count() == 1 and len(_cards_for(wecom, po.po_no)) == 1


async def test_wecom_hanging_never_slows_the_submit_and_the_card_goes_once_it_is_back(
        db: None, client: Any, point_wecom: Any, wecom: FakeServer) -> None:
    w = await make_world(bind_wecom=True)
    po = await _draft(w)
    with _silent_wecom() as silent:
        point_wecom(silent)
        _, r = await client.post(f"/api/v1/purchasing/orders/{po.po_no}/submit", headers=auth(w.buyer))
        assert r.status == 200 and r.json["status"] == "submitted", r.text
        # the submit answered before the delivery it kicked had its outcome: that attempt only ends at the
        # client's 5 s timeout (then attempts becomes 1), so a submit that waited on WeCom would find it counted
        row = await StaffNotification.get(kind="po_approval")
        assert (row.status, row.attempts, row.last_error) == (NotificationStatus.PENDING, 0, "")
        await notifications.drain()  # the kicked delivery times out against the silent WeCom
    row = await StaffNotification.get(id=row.id)
    assert (row.status, row.attempts) == (NotificationStatus.PENDING, 1) and row.last_error
    assert row.next_attempt_at is not None and row.next_attempt_at > datetime.now(UTC)
    assert _cards_for(wecom, po.po_no) == []
    # not due yet: the next beat pass leaves it alone
    assert (await notifications.deliver_due()).claimed == 0

    point_wecom(None)  # WeCom is back
    later = datetime.now(UTC) + timedelta(minutes=5)
    result = await notifications.deliver_due(now=later)
    assert result.outcomes == {"sent": 1}
    assert (await notifications.deliver_due(now=later + timedelta(hours=1))).claimed == 0
    assert [c.users for c in _cards_for(wecom, po.po_no)] == [["manager_a"]]
    row = await StaffNotification.get(id=row.id)
    assert (row.status, row.attempts) == (NotificationStatus.SENT, 1)


async def test_a_rolled_back_submit_queues_nothing(db: None, point_wecom: Any, wecom: FakeServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = await make_world(bind_wecom=True)
    po = await _draft(w)
    real = notify.queue_approval_card

    async def queue_then_fail(po: PurchaseOrder, conn: Any) -> Any:
        assert await real(po, conn) is not None  # written in the transaction...
        raise RuntimeError("the database went away")

    monkeypatch.setattr(notify, "queue_approval_card", queue_then_fail)
    with pytest.raises(RuntimeError):
        await submit_po(po.po_no, actor=await w.actor(w.buyer))
    await notifications.drain()
    assert not await StaffNotification.exists()  # ...and gone with it
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.DRAFT
    assert not await AuditLog.filter(action="purchase_order.submit").exists()
    assert _cards_for(wecom, po.po_no) == []


async def test_no_approver_on_wecom_queues_nothing(db: None, point_wecom: Any) -> None:
    w = await make_world(bind_wecom=False)
    po = await _draft(w)
    assert (await submit_po(po.po_no, actor=await w.actor(w.buyer))).changed
    assert not await StaffNotification.exists()


async def test_always_failing_ends_failed_listed_and_retried_by_hq(db: None, client: Any, point_wecom: Any,
                                                                   wecom: FakeServer) -> None:
    w = await make_world(bind_wecom=True)
    po = await _draft(w)
    point_wecom(REFUSED)
    assert (await submit_po(po.po_no, actor=await w.actor(w.buyer))).changed
    await notifications.drain()  # the kick: attempt 1
    row = await StaffNotification.get(kind="po_approval")
    assert (row.status, row.attempts) == (NotificationStatus.PENDING, 1)
    now = datetime.now(UTC)
    for attempt in range(2, notifications.MAX_ATTEMPTS + 1):
        # the backoff doubles: not due just before it ends, due just after
        waited = notifications.backoff(attempt - 1)
        assert (await notifications.deliver_due(now=now + timedelta(seconds=waited - 1))).claimed == 0
        now += timedelta(seconds=waited + 1)
        result = await notifications.deliver_due(now=now)
        expected = "failed" if attempt == notifications.MAX_ATTEMPTS else "retry"
        assert result.outcomes == {expected: 1}, (attempt, result)
    row = await StaffNotification.get(id=row.id)
    assert (row.status, row.attempts, row.next_attempt_at) == (NotificationStatus.FAILED, notifications.MAX_ATTEMPTS,
                                                               None)
    assert (await notifications.deliver_due(now=now + timedelta(days=30))).claimed == 0
    assert (await PurchaseOrder.get(id=po.id)).status == POStatus.SUBMITTED  # the business action stands

    # HQ sees it in the back office; others may not
    _, r = await client.get("/admin/api/v1/notifications?status=failed", headers=auth(w.hq))
    assert r.status == 200, r.text
    assert r.json["total"] == 1
    item = r.json["items"][0]
    assert (item["id"], item["kind"], item["status"], item["attempts"]) == (row.id, "po_approval", "failed",
                                                                            notifications.MAX_ATTEMPTS)
    assert item["user_ids"] == ["manager_a"] and po.po_no in item["preview"] and item["last_error"]
    _, r = await client.get("/admin/api/v1/notifications?status=failed", headers=auth(w.manager))
    assert r.status == 403
    _, r = await client.get("/admin/api/v1/notifications?status=lost", headers=auth(w.hq))
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"

    # WeCom is back; HQ sends it again (audited); a second retry of a sent one is refused
    point_wecom(None)
    _, r = await client.post(f"/admin/api/v1/notifications/{row.id}/retry", headers=auth(w.hq))
    assert r.status == 200 and r.json["notification"]["status"] == "pending", r.text
    await notifications.drain()
    assert (await StaffNotification.get(id=row.id)).status == NotificationStatus.SENT
    assert [c.users for c in _cards_for(wecom, po.po_no)] == [["manager_a"]]
    log = await AuditLog.get(action="staff_notification.retry")
    assert log.username == "hq_a" and log.entity_id == str(row.id)
    _, r = await client.post(f"/admin/api/v1/notifications/{row.id}/retry", headers=auth(w.hq))
    assert r.status == 409
    _, r = await client.post("/admin/api/v1/notifications/999999/retry", headers=auth(w.hq))
    assert r.status == 404
