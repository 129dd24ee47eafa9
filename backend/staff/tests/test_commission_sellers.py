"""Commission goes to the people who sold: the POS clerk, the live seller; never the channel-sync system account
nor head office for orders they merely placed (marketplace ingestion, mini-program, phone orders keyed at HQ)."""

from __future__ import annotations

from backend.channels.accounts import system_actor
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.tests.helpers import make_member, place, shopper_auth
from backend.org.models import LocationKind, Role
from backend.staff import attendance
from backend.staff.performance import commissions
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def test_commission_lists_only_sellers(db: None, client) -> None:  # type: ignore[no-untyped-def]
    store = await make_location("ST-A")
    wh = await make_location("WH-A", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=5000)
    await stock_in(sku, store, 20)
    await stock_in(sku, wh, 20)
    clerk = await make_user(Role.CLERK, "clerk_a", [store])
    hq = await make_user(Role.HQ_ADMIN, "admin_a")

    # The clerk rings up a POS sale: theirs.
    r = await place(client, auth(clerk), [("A1", 2)], channel="pos",
                    payments=[{"method": "cash", "amount_fen": 10000}])
    assert r.status == 201, r.text
    # The channel sync places a Taobao order as the system account: nobody sold it in our shops.
    sync = await system_actor()
    placed = await place_order(sync, OrderRequest(channel="taobao", items=[LineIn("A1", 1)], external_id="TB-1",
                               payments_in=[PaymentIn("platform", 5000)]))
    # HQ keys a phone order and a mini-program order is placed by a shopper: no seller either.
    r2 = await place(client, auth(hq), [("A1", 1)], channel="phone", payments=[{"method": "cash", "amount_fen": 5000}])
    assert r2.status == 201, r2.text
    member = await make_member()
    r3 = await place(client, shopper_auth(member), [("A1", 1)])
    assert r3.status == 201, r3.text
    assert (await Order.get(id=placed.order_id)).created_by_id == sync.user.id  # type: ignore[union-attr]

    # Mark every order as a sale (not pending) so only the seller rule decides.
    await Order.all().update(status="paid")
    rep = await commissions(attendance.local_now().strftime("%Y-%m"))
    assert [(i["username"], i["orders"], i["sales_fen"]) for i in rep["items"]] == [("clerk_a", 1, 10000)]
    assert await Order.filter(seller_id__isnull=True).count() == 3
