"""What the partner API costs, counted in SQL statements (tests/sql_count.py): a page of orders, the webhook
outbox on order placement with and without a subscription."""

from __future__ import annotations

from typing import Any

from backend.partners.models import WebhookDelivery
from backend.partners.tests.helpers import bearer, hq, register
from tests.factories import auth, make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements


async def _place(client: Any, staff: dict[str, str], loc: str, sku: str) -> list[str]:
    with counting_statements() as statements:
        _, r = await client.post("/api/v1/orders", headers=staff, json={
            "channel": "phone", "location_code": loc, "items": [{"sku_code": sku, "qty": 1}]})
    assert r.status == 201, r.text
    return statements


async def test_a_page_of_orders_is_three_statements(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 30)
    staff = auth(await make_user("hq_admin"))
    for _ in range(20):
        await _place(client, staff, loc.code, sku.code)
    token = await bearer(client, await register(client, await hq(), ["orders:read"]))
    with counting_statements() as statements:
        _, r = await client.get("/open/v1/orders?limit=20", headers=token)
    assert r.status == 200 and len(r.json["items"]) == 20
    # the token with its client, the orders with their locations and members, their items: whatever the page size
    assert len(statements) == 3, statements


async def test_the_webhook_outbox_costs_a_placement_nothing_without_a_subscriber(db: None, client: Any) -> None:
    loc, sku = await make_location(), await make_sku()
    await stock_in(sku, loc, 30)
    staff = auth(await make_user("hq_admin"))
    await _place(client, staff, loc.code, sku.code)  # the subscriptions cache is filled (empty)
    plain = await _place(client, staff, loc.code, sku.code)
    assert not [s for s in plain if "open_webhook" in s], plain
    admin = await hq()
    reg = await register(client, admin, ["orders:read"])
    _, r = await client.post(f"/admin/api/v1/open-clients/{reg['id']}/webhooks", headers=admin,
                             json={"url": "http://127.0.0.1:9/hooks", "events": ["order.created"]})
    assert r.status == 201
    await _place(client, staff, loc.code, sku.code)  # the cache is read again once
    subscribed = await _place(client, staff, loc.code, sku.code)
    assert len(subscribed) == len(plain) + 1, (plain, subscribed)  # one INSERT of the delivery rows
    assert await WebhookDelivery.filter(event_type="order.created").count() == 2
