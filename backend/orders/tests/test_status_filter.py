"""GET /orders?status= takes a comma list; a shopper sees only their own orders; a bad value is 400."""

from __future__ import annotations

from backend.org.models import LocationKind
from tests.factories import make_location, make_sku, stock_in

from .helpers import admin_headers, make_member, place, shopper_auth


async def test_status_comma_list(client) -> None:
    h = await admin_headers()
    await stock_in(await make_sku("A1", price_fen=100), await make_location("WH1", kind=LocationKind.WAREHOUSE), 10)
    me, other = await make_member("我"), await make_member("别人")
    mh, oh = shopper_auth(me), shopper_auth(other)
    paid = (await place(client, mh, [("A1", 1)])).json["order"]["id"]
    await client.post(f"/api/v1/orders/{paid}/pay", headers=h, json={"method": "cash", "amount_fen": 100})
    pending = (await place(client, mh, [("A1", 1)])).json["order"]["id"]
    (await place(client, oh, [("A1", 1)])).json["order"]["id"]
    _, resp = await client.get("/api/v1/orders?status=paid,allocated,picking", headers=mh)
    assert resp.status == 200, resp.text
    assert [o["id"] for o in resp.json["items"]] == [paid]
    _, resp = await client.get("/api/v1/orders?status=pending,allocated", headers=h)
    assert resp.status == 200 and len(resp.json["items"]) == 3
    _, resp = await client.get("/api/v1/orders?status=pending,nonsense", headers=mh)
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    assert pending
