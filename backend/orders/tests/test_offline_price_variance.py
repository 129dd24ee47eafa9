"""Offline counter sales are compared with the price list of the moment they happened: a till that charged less
(or collected less) beyond the tolerance still has its sale recorded, but the sale is flagged with the expected
and charged price per line, the store manager is told through WeCom and reviews it in the back office."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.catalog.models import PriceList, PriceListItem
from backend.messaging.models import StaffNotification
from backend.orders.models import OfflineSale, Order, OrderStatus
from backend.org.models import Role
from tests.factories import auth, make_location, make_user

from .test_offline_sales import _sale, _shop, _sync, _yesterday_at

LIST_URL = "/admin/api/v1/orders/offline-price-variances"


async def _weekend_list(store: Any, sku: Any) -> None:
    """A price list of the store's counter that applied yesterday morning only: A1 at ¥15."""
    start, end = _yesterday_at(0), _yesterday_at(12)
    pl = await PriceList.create(name="周末价", channel="pos", location=store, valid_from=start, valid_to=end)
    await PriceListItem.create(price_list=pl, sku=sku, price_fen=1500)


async def test_an_undercharged_sale_is_recorded_flagged_told_and_reviewed(client: Any) -> None:
    s = await _shop(qty=10)
    await _weekend_list(s["store"], s["sku"])
    # 10:00: the list said ¥15, the offline till charged ¥10 x 2
    low = _sale("till1-p1", _yesterday_at(10), qty=2, price=1000)
    # 14:00: the list had ended, ¥10 is the price (compared at the sale's moment, not now)
    fine = _sale("till1-p2", _yesterday_at(14), qty=2, price=1000)
    # 15:00: the right unit price, but ¥2 of ¥20 not collected (a discount keyed at the counter)
    under = _sale("till1-p3", _yesterday_at(15), qty=2, price=1000)
    under["payments"][0]["amount_fen"] = 1800
    # 16:00: 50 fen short: within the tolerance
    change = _sale("till1-p4", _yesterday_at(16), qty=2, price=1000)
    change["payments"][0]["amount_fen"] = 1950
    resp = await _sync(client, s["h"], [low, fine, under, change])
    assert resp.status == 200, resp.json
    results = {r["key"]: r for r in resp.json["results"]}
    assert all(r["status"] == "recorded" for r in results.values())  # never refused: the goods left
    assert {k: r["price_variance"] for k, r in results.items()} == {
        "till1-p1": {"flagged": True, "variance_fen": 1000}, "till1-p2": {"flagged": False, "variance_fen": 0},
        "till1-p3": {"flagged": True, "variance_fen": 200}, "till1-p4": {"flagged": False, "variance_fen": 50}}
    order = await Order.get(order_no=results["till1-p1"]["order"]["order_no"])
    assert (order.status, order.total_fen) == (OrderStatus.COMPLETED, 2000)  # booked as charged

    row = await OfflineSale.get(key="till1-p1")
    assert row.price_flagged and row.price_variance_fen == 1000
    assert row.price_lines == [{"sku_code": "A1", "qty": 2, "expected_unit_fen": 1500, "charged_unit_fen": 1000,
                                "shortfall_fen": 1000, "over_tolerance": True}]
    notes = await StaffNotification.filter(kind="price_variance").order_by("id")
    assert len(notes) == 2 and notes[0].user_ids == ["mgr1"]
    assert "应收 ¥30.00，实收 ¥20.00，少收 ¥10.00：A1 应收 ¥15.00 实收 ¥10.00" in notes[0].payload["content"]

    # a resend answers the kept result and tells nobody again
    again = await _sync(client, s["h"], [low])
    assert again.json["results"][0]["status"] == "duplicate"
    assert again.json["results"][0]["price_variance"] == {"flagged": True, "variance_fen": 1000}
    assert await StaffNotification.filter(kind="price_variance").count() == 2

    # the review list: the store manager sees their store's two, an unrelated store's manager none
    _, listing = await client.get(LIST_URL, headers=s["mh"])
    assert listing.status == 200, listing.json
    assert (listing.json["total"], listing.json["pending"]) == (2, 2)
    assert [i["key"] for i in listing.json["items"]] == ["till1-p3", "till1-p1"]
    assert listing.json["items"][1]["order_no"] == order.order_no
    other = auth(await make_user(Role.STORE_MANAGER, locations=[await make_location("ST9")]))
    _, theirs = await client.get(LIST_URL, headers=other)
    assert theirs.json["total"] == 0
    _, denied = await client.post(f"{LIST_URL}/{row.id}/review", json={"note": "x"}, headers=other)
    assert denied.status == 403
    _, clerk = await client.get(LIST_URL, headers=s["h"])
    assert clerk.status == 403

    _, done = await client.post(f"{LIST_URL}/{row.id}/review", json={"note": "收银机价目表未更新，已向顾客说明"},
                                headers=s["mh"])
    assert done.status == 200, done.json
    assert done.json["reviewed"] and done.json["review_note"] == "收银机价目表未更新，已向顾客说明"
    assert await AuditLog.filter(action="pos.offline_price_review", entity_id=str(row.id)).exists()
    _, twice = await client.post(f"{LIST_URL}/{row.id}/review", json={"note": "再次"}, headers=s["mh"])
    assert twice.status == 409
    _, empty = await client.post(f"{LIST_URL}/{row.id}/review", json={"note": " "}, headers=s["mh"])
    assert empty.status in (400, 409)
    _, pending = await client.get(f"{LIST_URL}?reviewed=false", headers=s["mh"])
    assert (pending.json["total"], pending.json["pending"]) == (1, 1)
    assert pending.json["items"][0]["key"] == "till1-p3"
