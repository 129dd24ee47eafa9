"""The demo data set: loaded through the real services, consistent, and loaded only once."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from backend.audit.models import AuditLog
from backend.catalog.models import Sku
from backend.demo import SECTIONS, load_demo
from backend.finance.models import JournalEntry, JournalLine
from backend.finance.reports import balance_sheet, profit_and_loss, trial_balance
from backend.members.models import Member
from backend.orders.models import Order
from backend.org.models import Location, LocationKind, User
from backend.stock.models import Stock, StockMovement
from backend.stock.tests.helpers import check_invariants
from backend.timestamps import business_today

CONTRACT_STAFF = {"admin": "hq_admin", "manager1": "store_manager", "clerk1": "clerk", "buyer1": "purchaser",
                  "finance1": "finance", "live1": "live_seller"}


async def _counts() -> dict[str, int]:
    return {m.__name__: await m.all().count() for m in (Location, Sku, User, Member, Stock, StockMovement, Order,
                                                         JournalEntry, JournalLine, AuditLog)}


async def test_demo_loads_consistently_and_only_once(client) -> None:
    lines = await load_demo("small")
    assert [ln.split(":")[0] for ln in lines] == [name for name, _ in SECTIONS]

    kinds = Counter(await Location.all().values_list("kind", flat=True))
    assert kinds == {LocationKind.WAREHOUSE: 2, LocationKind.STORE: 3}
    assert all(loc.lat is not None and loc.lng is not None and loc.address for loc in await Location.all())
    assert await Sku.all().count() >= 20
    assert all(len(s.barcode or "") == 13 and s.pinyin_initials for s in await Sku.all())
    assert await Member.all().count() > 0

    # the contract's demo staff, bound to their WeCom user ids, with the store of the first store's staff
    users = {u.username: u for u in await User.all().prefetch_related("locations__location")}
    for name, role in CONTRACT_STAFF.items():
        assert users[name].role.value == role and users[name].wecom_userid == name
    first_store = await Location.filter(kind=LocationKind.STORE).order_by("id").first()
    for name in ("manager1", "clerk1"):
        assert [ul.location.code for ul in users[name].locations] == [first_store.code]
    _, resp = await client.post("/api/v1/auth/login", json={"username": "admin", "password": "cradle123"})
    assert resp.status == 200 and resp.json["access_token"]

    # stock went in through the services: rows equal their journal, valuation equals the ledger; expiry spread
    await check_invariants()
    expiries = [s.batch.expiry_date for s in await Stock.filter(on_hand__gt=0).select_related("batch")]
    assert any(e is not None and e < business_today() for e in expiries)
    assert any(e is not None and business_today() <= e <= business_today() + dt.timedelta(days=60) for e in expiries)

    # orders placed through the orders service across channels and states; the books have numbers and balance
    orders = await Order.all()
    assert len({o.channel for o in orders}) >= 3
    assert {"completed", "pending"} <= {o.status.value for o in orders}
    tb = await trial_balance(business_today())
    assert tb["balanced"] and tb["total_debit_fen"] > 0
    assert (await balance_sheet(business_today()))["balanced"]
    pl = await profit_and_loss(business_today(), business_today())
    assert pl["sales_fen"] > 0 and 0 < pl["cogs_fen"] < pl["sales_fen"]

    # a second load is a no-op
    before = await _counts()
    again = await load_demo("small")
    assert all(ln.endswith("already loaded") for ln in again)
    assert await _counts() == before


async def test_a_section_added_later_loads_once_into_an_existing_demo(db) -> None:
    await load_demo("small", sections=SECTIONS[:3])
    assert await Member.all().count() == 0
    lines = await load_demo("small", sections=SECTIONS[:4])
    assert lines[-1].startswith("members: ") and not lines[-1].endswith("already loaded")
    members = await Member.all().count()
    assert members > 0
    await load_demo("small", sections=SECTIONS[:4])
    assert await Member.all().count() == members
