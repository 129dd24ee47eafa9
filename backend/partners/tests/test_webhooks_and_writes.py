"""Stock adjustments by partners (Idempotency-Key) and webhooks: signed, verified by the receiver on its own,
retried after a failure, logged, replayed; stock.changed from the channels' relay."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from backend.audit.models import AuditLog
from backend.channels.sync import relay
from backend.partners import webhooks
from backend.partners.models import DeliveryStatus, WebhookAttempt, WebhookDelivery
from backend.partners.tests.helpers import bearer, hq, register
from backend.stock.models import Stock
from fakes.partner import create_partner_receiver, signature_ok
from fakes.server import run_fake
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _on_hand(sku_id: int, loc_id: int) -> int:
    return sum(s.on_hand for s in await Stock.filter(sku_id=sku_id, location_id=loc_id))


async def test_stock_adjustment_by_a_partner_is_idempotent_and_audited(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 10)
    reg = await register(client, await hq(), ["stock:write", "stock:read"])
    token = await bearer(client, reg)
    body = {"location_code": loc.code, "sku_code": sku.code, "qty_delta": -2, "reason": "damage", "note": "入库破损"}
    _, r = await client.post("/open/v1/stock/adjustments", headers=token, json=body)
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"  # no Idempotency-Key
    keyed = {**token, "Idempotency-Key": "3pl-adj-0001"}
    _, first = await client.post("/open/v1/stock/adjustments", headers=keyed, json=body)
    assert first.status == 201, first.text
    assert first.json["adjustment"]["stock"]["on_hand"] == 8
    _, again = await client.post("/open/v1/stock/adjustments", headers=keyed, json=body)
    assert again.status == 201 and again.json == first.json
    assert await _on_hand(sku.id, loc.id) == 8  # moved once
    _, r = await client.post("/open/v1/stock/adjustments", headers=keyed, json={**body, "qty_delta": -3})
    assert r.status == 409 and r.json["error"]["code"] == "conflict"
    _, r = await client.post("/open/v1/stock/adjustments", headers={**token, "Idempotency-Key": "3pl-adj-0002"},
                             json={**body, "qty_delta": -50})
    assert r.status == 409 and r.json["error"]["code"] == "insufficient_stock", r.text
    assert await _on_hand(sku.id, loc.id) == 8
    entry = await AuditLog.get(action="stock.adjust", entity_id=first.json["adjustment"]["adjustment_no"])
    assert entry.via == "open_api" and entry.after["client_id"] == reg["client_id"]
    # stock:read only cannot write
    reader = await register(client, await hq(), ["stock:read"], name="BI")
    _, r = await client.post("/open/v1/stock/adjustments", json=body,
                             headers={**await bearer(client, reader), "Idempotency-Key": "k"})
    assert r.status == 403


async def _subscribe(client: Any, admin: dict[str, str], client_pk: int, url: str, events: list[str]) -> str:
    _, r = await client.post(f"/admin/api/v1/open-clients/{client_pk}/webhooks", headers=admin,
                             json={"url": url, "events": events})
    assert r.status == 201, r.text
    return str(r.json["signing_secret"])


async def test_webhook_is_signed_verified_retried_logged_and_replayed(db: None, client: Any) -> None:
    admin = await hq()
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 5)
    reg = await register(client, admin, ["orders:read"])
    with run_fake(create_partner_receiver, fail_first=1) as receiver:
        state = receiver.app.ctx.state
        state.secret = await _subscribe(client, admin, reg["id"], receiver.base_url + "/hooks", ["order.created"])
        _, r = await client.post("/api/v1/orders", headers=auth(await make_user("hq_admin")), json={
            "channel": "phone", "location_code": loc.code, "items": [{"sku_code": sku.code, "qty": 1}]})
        assert r.status == 201, r.text
        order_no = r.json["order"]["order_no"]
        delivery = await WebhookDelivery.get(event_type="order.created")
        # first attempt: the partner is down (500): logged, due again after the backoff
        result = await webhooks.deliver_due()
        assert result.outcomes == {"retry": 1}, result
        await delivery.refresh_from_db()
        assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 1
        assert delivery.last_status_code == 500 and delivery.next_attempt_at > datetime.now(UTC)
        assert (await webhooks.deliver_due()).claimed == 0  # not due yet
        later = datetime.now(UTC) + timedelta(seconds=webhooks.backoff(1) + 1)
        assert (await webhooks.deliver_due(now=later)).outcomes == {"delivered": 1}
        assert [e["data"]["order_no"] for e in state.events] == [order_no]
        event = state.events[0]
        assert event["type"] == "order.created" and event["id"] == delivery.event_id
        status, headers, raw = state.calls[-1]
        assert status == 200 and headers["x-cradle-event-id"] == delivery.event_id
        # the receiver's check is real: another secret or a stale timestamp fails it
        assert signature_ok(state.secret, headers, raw)
        assert not signature_ok("whsec_other", headers, raw)
        assert not signature_ok(state.secret, headers, raw + b" ")
        assert not signature_ok(state.secret, headers, raw, now=int(headers["x-cradle-timestamp"]) + 301)
        # the delivery log
        _, r = await client.get(f"/admin/api/v1/open-clients/{reg['id']}/deliveries/{delivery.id}", headers=admin)
        assert r.status == 200, r.text
        log = r.json["delivery"]
        assert log["status"] == "delivered" and [a["status_code"] for a in log["attempt_log"]] == [500, 200]
        # replay: the same event again (the receiver dedupes by its id)
        _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/deliveries/{delivery.id}/replay",
                                 headers=admin)
        assert r.status == 200 and r.json["delivery"]["status"] == "pending", r.text
        assert (await webhooks.deliver_due()).outcomes == {"delivered": 1}
        assert [e["id"] for e in state.events] == [delivery.event_id, delivery.event_id]
        assert await WebhookAttempt.filter(delivery_id=delivery.id).count() == 3
        assert await AuditLog.filter(action="open_webhook.replay").count() == 1
        _, r = await client.get(f"/admin/api/v1/open-clients/{reg['id']}/deliveries?status=delivered", headers=admin)
        assert r.json["total"] == 1


async def test_a_delivery_dies_after_max_attempts_and_a_revoked_client_gets_nothing(db: None, client: Any) -> None:
    admin = await hq()
    reg = await register(client, admin, ["stock:read"])
    with run_fake(create_partner_receiver, fail_first=100) as receiver:
        await _subscribe(client, admin, reg["id"], receiver.base_url + "/hooks", ["stock.changed"])
        loc, sku = await make_location(), await make_sku()
        await stock_in(sku, loc, 4)  # a stock change: the channels' outbox row
        await relay()
        delivery = await WebhookDelivery.get(event_type="stock.changed")
        assert delivery.payload["data"] == {"sku_code": sku.code, "locations": [
            {"location_code": loc.code, "on_hand": 4, "reserved": 0, "available": 4}]}
        when = datetime.now(UTC)
        for n in range(1, webhooks.MAX_ATTEMPTS + 1):
            result = await webhooks.deliver_due(now=when)
            assert result.outcomes == {"dead" if n == webhooks.MAX_ATTEMPTS else "retry": 1}, (n, result)
            when += timedelta(seconds=webhooks.backoff(n) + 1)
        await delivery.refresh_from_db()
        assert delivery.status == DeliveryStatus.DEAD and delivery.attempts == webhooks.MAX_ATTEMPTS
        assert len(receiver.app.ctx.state.calls) == webhooks.MAX_ATTEMPTS
        # revoked: a replayed delivery is not sent
        _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/revoke", headers=admin)
        _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/deliveries/{delivery.id}/replay",
                                 headers=admin)
        assert r.status == 200
        assert (await webhooks.deliver_due()).claimed == 0


async def test_no_subscription_no_delivery_and_the_body_signed_is_the_body_sent(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 3)
    _, r = await client.post("/api/v1/orders", headers=auth(await make_user("hq_admin")), json={
        "channel": "phone", "location_code": loc.code, "items": [{"sku_code": sku.code, "qty": 1}]})
    assert r.status == 201
    assert await WebhookDelivery.all().count() == 0
    payload = {"id": "evt_1", "type": "order.paid", "data": {"order_no": "SO1", "total_fen": 100}}
    raw = webhooks.body_bytes(payload)
    assert json.loads(raw) == payload
    signature = webhooks.sign("whsec_x", 1_700_000_000, raw)
    assert webhooks.verify("whsec_x", {"X-Cradle-Timestamp": "1700000000", "X-Cradle-Signature": "v1=" + signature},
                           raw, now=1_700_000_100)


async def test_paid_and_shipped_orders_raise_their_events_with_the_shipment(db: None, client: Any) -> None:
    admin = await hq()
    loc, sku = await make_location(), await make_sku(price_fen=5000)
    await stock_in(sku, loc, 5)
    reg = await register(client, admin, ["orders:read", "shipments:read"])
    with run_fake(create_partner_receiver) as receiver:
        state = receiver.app.ctx.state
        state.secret = await _subscribe(client, admin, reg["id"], receiver.base_url + "/hooks",
                                        ["order.paid", "order.shipped"])
        staff = auth(await make_user("hq_admin"))
        _, r = await client.post("/api/v1/orders", headers=staff, json={
            "channel": "phone", "location_code": loc.code, "items": [{"sku_code": sku.code, "qty": 1}]})
        order = r.json["order"]
        assert await WebhookDelivery.all().count() == 0  # order.created is not subscribed
        _, r = await client.post(f"/api/v1/orders/{order['id']}/pay", headers=staff,
                                 json={"method": "cash", "amount_fen": order["total_fen"]})
        assert r.status in (200, 201), r.text
        _, r = await client.post(f"/api/v1/orders/{order['id']}/ship", headers=staff,
                                 json={"carrier": "顺丰", "tracking_no": "SF1234567890"})
        assert r.status in (200, 201), r.text
        assert (await webhooks.deliver_due()).outcomes == {"delivered": 2}
        by_type = {e["type"]: e["data"] for e in state.events}
        assert set(by_type) == {"order.paid", "order.shipped"}
        assert by_type["order.paid"]["order_no"] == order["order_no"]
        assert by_type["order.shipped"]["tracking_no"] == "SF1234567890"
        # the partner reads the shipment the event names
        _, r = await client.get(f"/open/v1/shipments?order_no={order['order_no']}",
                                headers=await bearer(client, reg))
        assert [s["shipment_no"] for s in r.json["items"]] == [by_type["order.shipped"]["shipment_no"]]
        assert r.json["items"][0]["lines"][0]["sku_code"] == sku.code


async def test_production_subscriptions_need_https(db: None, client: Any) -> None:
    import dataclasses

    from backend.settings import get_settings, use_settings

    admin = await hq()
    reg = await register(client, admin, ["orders:read"])
    body = {"url": "http://3pl.example.com/hooks", "events": ["order.paid"]}
    settings = get_settings()
    use_settings(dataclasses.replace(settings, env="production"))
    try:
        _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/webhooks", headers=admin, json=body)
        assert r.status == 400 and "https" in r.json["error"]["message"], r.text
        _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/webhooks", headers=admin,
                                 json={**body, "url": "https://3pl.example.com/hooks"})
        assert r.status == 201, r.text
    finally:
        use_settings(settings)
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/webhooks", headers=admin,
                             json={**body, "events": ["order.refunded"]})
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
