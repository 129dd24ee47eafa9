"""The reads before placement are written in SQL (issue 16: no ORM query building on the order path); each
answers the same objects as the ORM query it replaced, and a change is seen by the very next read (nothing is
cached), on both databases. Concurrent placements share an identical read in flight (raw_sql.fetch_shared), never
one whose statement or values differ; the reads by a list of SKUs go out together for the union of the lists of
the placements that arrive while one is in flight (raw_sql.fetch_keyed), each placement getting its own rows."""

from __future__ import annotations

import asyncio
import datetime as dt
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend import raw_sql
from backend.catalog import pricing
from backend.catalog.lookup import skus_by_code
from backend.catalog.models import PriceList, PriceListItem, Product, Sku
from backend.catalog.pricing import prices_for
from backend.idempotency import IdempotencyRecord, kept_answer
from backend.members.models import Member
from backend.orders import allocation
from backend.orders.allocation import Need
from backend.orders.placement import LineIn, OrderRequest, Placement, group_stats, place_order
from backend.orders.tests.helpers import check_invariants, one_batch, stock_of
from backend.org.models import Location, LocationKind, Role
from backend.promotions import engine
from backend.promotions.models import Promotion, PromotionItem, PromotionKind, PromotionStatus
from backend.security import Actor
from backend.timestamps import CHINA, business_today
from tests.factories import make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements

pytestmark = pytest.mark.usefixtures("db")


def _fields(obj: object, model: type) -> dict[str, object]:
    return {name: getattr(obj, name) for name in model._meta.fields_map
            if name in model._meta.fields_db_projection}


async def test_skus_by_code_answers_the_orm_objects_with_their_product() -> None:
    a = await make_sku("A1", price_fen=1000)
    await make_sku("B1", price_fen=2000)
    got = await skus_by_code(["A1", "B1", "NONE"])
    assert set(got) == {"A1", "B1"}
    orm = {s.code: s for s in await Sku.filter(code__in=["A1", "B1"]).select_related("product")}
    for code, sku in got.items():
        assert _fields(sku, Sku) == _fields(orm[code], Sku)
        assert _fields(sku.product, Product) == _fields(orm[code].product, Product)
    await Sku.filter(id=a.id).update(is_active=False)
    assert (await skus_by_code(["A1"]))["A1"].is_active is False


async def test_candidates_skip_expired_batches_and_closed_locations_and_carry_the_locations() -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    st = await make_location("ST1")
    gone = await make_location("ST2")
    sku = await make_sku("A1")
    today = business_today()
    await stock_in(sku, wh, 5, batch_no="OLD", expiry=today - dt.timedelta(days=1))
    await stock_in(sku, st, 3, expiry=today)
    await stock_in(sku, gone, 9)
    await Location.filter(id=gone.id).update(is_active=False)
    assert await allocation.availability([sku.id]) == {(st.id, sku.id): 3}
    cands = await allocation.candidates([Need(sku.id, 2, "A1")], "phone")
    assert [c.id for c in cands] == [st.id]
    assert _fields(cands[0], Location) == _fields(await Location.get(id=st.id), Location)


async def test_prices_for_picks_the_most_specific_list_and_sees_a_change_at_once() -> None:
    st = await make_location("ST1")
    sku = await make_sku("A1", price_fen=1000)
    assert await prices_for([sku], "pos", st.id) == {sku.id: 1000}
    chan = await PriceList.create(name="渠道价", channel="pos")
    both = await PriceList.create(name="门店渠道价", channel="pos", location_id=st.id)
    await PriceListItem.create(price_list_id=chan.id, sku_id=sku.id, price_fen=900)
    assert await prices_for([sku], "pos", st.id) == {sku.id: 900}
    item = await PriceListItem.create(price_list_id=both.id, sku_id=sku.id, price_fen=800)
    assert await prices_for([sku], "pos", st.id) == {sku.id: 800}
    assert await prices_for([sku], "phone", st.id) == {sku.id: 1000}
    await PriceListItem.filter(id=item.id).update(price_fen=700)
    assert await prices_for([sku], "pos", st.id) == {sku.id: 700}
    await PriceList.filter(id=both.id).update(valid_to=datetime.now(UTC) - timedelta(minutes=1))
    assert await prices_for([sku], "pos", st.id) == {sku.id: 900}


async def test_price_list_rows_match_the_orm_query_of_the_three_scopes() -> None:
    """_list_items (SQL) against the ORM's filter of what could apply: the exact channel + store, the store alone,
    the channel alone; never a list with neither, an inactive one, another store's or another channel's."""
    st, other = await make_location("ST1"), await make_location("ST2")
    a, b = await make_sku("A1", price_fen=1000), await make_sku("B1", price_fen=2000)
    specs = [("pos", st.id, True), (None, st.id, True), ("pos", None, True), (None, None, True),
             ("pos", st.id, False), ("phone", st.id, True), (None, other.id, True), ("phone", None, True)]
    for n, (channel, location_id, active) in enumerate(specs):
        pl = await PriceList.create(name=f"价目{n}", channel=channel, location_id=location_id, is_active=active,
                                    valid_from=datetime.now(UTC) - timedelta(days=n))
        for sku in (a, b):
            await PriceListItem.create(price_list_id=pl.id, sku_id=sku.id, price_fen=100 * n + sku.id)
    for channel, location_id in (("pos", st.id), ("pos", None), (None, st.id), ("phone", other.id), (None, None)):
        scopes = Q(id__lt=0)  # matches nothing: a list with neither channel nor store applies nowhere
        if channel and location_id:
            scopes |= Q(price_list__channel=channel, price_list__location_id=location_id)
        if location_id:
            scopes |= Q(price_list__channel__isnull=True, price_list__location_id=location_id)
        if channel:
            scopes |= Q(price_list__channel=channel, price_list__location_id__isnull=True)
        orm = await PriceListItem.filter(scopes, sku_id__in=[a.id, b.id], price_list__is_active=True) \
            .select_related("price_list")
        got = await pricing._list_items([a.id, b.id], channel, location_id, None)
        assert sorted((s, p, _fields(pl, PriceList)) for s, p, pl in got) == \
            sorted((i.sku_id, i.price_fen, _fields(i.price_list, PriceList)) for i in orm), (channel, location_id)
        assert len(got) == 2 * {("pos", st.id): 3, ("pos", None): 1, (None, st.id): 1, ("phone", other.id): 2,
                                (None, None): 0}[(channel, location_id)]


async def test_live_promotions_answer_the_orm_objects_with_their_items() -> None:
    sku = await make_sku("A1")
    now = datetime.now(UTC)
    kw = {"kind": PromotionKind.PERCENT_OFF, "percent_off_bp": 1000, "starts_at": now - timedelta(hours=1),
          "ends_at": now + timedelta(hours=1), "channels": ["pos"], "location_ids": []}
    live = await Promotion.create(code="P1", name="九折", status=PromotionStatus.APPROVED, **kw)
    await PromotionItem.create(promotion_id=live.id, sku_id=sku.id, price_fen=None)
    await Promotion.create(code="P2", name="全场", status=PromotionStatus.APPROVED, **kw)
    await Promotion.create(code="P3", name="草稿", status=PromotionStatus.DRAFT, **kw)
    got = await engine.live_promotions("pos", None)
    orm = await Promotion.filter(status=PromotionStatus.APPROVED).prefetch_related("items").order_by("id")
    assert [p.code for p in got] == ["P1", "P2"]
    for p, o in zip(got, orm, strict=True):
        assert _fields(p, Promotion) == _fields(o, Promotion)
        assert [_fields(i, PromotionItem) for i in p.items] == [_fields(i, PromotionItem) for i in o.items]
    await Promotion.filter(code="P2").update(status=PromotionStatus.ENDED)
    assert [p.code for p in await engine.live_promotions("pos", None)] == ["P1"]


async def test_live_promotions_match_the_orm_window_at_its_bounds_in_any_zone() -> None:
    """The one SQL read against the ORM's own filter, on both databases: a promotion is live from starts_at
    (inclusive) to ends_at (exclusive), the instant given in UTC or in local time (SQLite compares text), and the
    channel and store lists narrow it."""
    sku = await make_sku("A1")
    t0 = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 in China
    kw = {"kind": PromotionKind.PERCENT_OFF, "percent_off_bp": 500, "status": PromotionStatus.APPROVED}
    await Promotion.create(code="ALL", name="全场", starts_at=t0, ends_at=t0 + timedelta(hours=1), **kw)
    pos = await Promotion.create(code="POS", name="门店", starts_at=t0 + timedelta(minutes=30),
                                 ends_at=t0 + timedelta(hours=2), channels=["pos"], location_ids=[7], **kw)
    await PromotionItem.create(promotion_id=pos.id, sku_id=sku.id, price_fen=500)
    moments = [t0 - timedelta(microseconds=1), t0, t0 + timedelta(minutes=30, microseconds=1),
               t0 + timedelta(hours=1), (t0 + timedelta(hours=2)).astimezone(CHINA)]
    for at in moments:
        orm = await Promotion.filter(status=PromotionStatus.APPROVED, starts_at__lte=at, ends_at__gt=at) \
            .prefetch_related("items").order_by("id")
        got = await engine.live_promotions("pos", 7, at=at)
        assert [_fields(p, Promotion) for p in got] == [_fields(o, Promotion) for o in orm], at
        assert [[_fields(i, PromotionItem) for i in p.items] for p in got] == \
            [[_fields(i, PromotionItem) for i in o.items] for o in orm], at
    codes = {at: [p.code for p in await engine.live_promotions("pos", 7, at=at)] for at in moments}
    assert list(codes.values()) == [[], ["ALL"], ["ALL", "POS"], ["POS"], []]
    mid = moments[2]
    assert [p.code for p in await engine.live_promotions("phone", 7, at=mid)] == ["ALL"]
    assert [p.code for p in await engine.live_promotions("pos", 8, at=mid)] == ["ALL"]
    assert [p.code for p in await engine.live_promotions("pos", None, at=mid)] == ["ALL"]


async def test_kept_answer_reads_the_record() -> None:
    assert await kept_answer("s", "k", "h", what="x") is None
    rec = await IdempotencyRecord.create(scope="s", key="k", request_hash="h", status=201, response={"a": [1]})
    got = await kept_answer("s", "k", "h", what="x")
    assert got is not None and got.id == rec.id and got.response == {"a": [1]} and got.status == 201


async def test_the_next_order_sees_a_price_change_and_a_deactivation() -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=1000)
    await stock_in(sku, wh, 10)
    actor = Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)
    first = await place_order(actor, OrderRequest(channel="phone", items=[LineIn("A1", 1)]))
    assert first.body["order"]["total_fen"] == 1000
    await Sku.filter(id=sku.id).update(price_fen=1200)
    second = await place_order(actor, OrderRequest(channel="phone", items=[LineIn("A1", 1)]))
    assert second.body["order"]["total_fen"] == 1200
    await Product.filter(id=sku.product_id).update(is_active=False)
    with pytest.raises(Exception, match="停售"):
        await place_order(actor, OrderRequest(channel="phone", items=[LineIn("A1", 1)]))


# The four reads every hot order makes before its batch, by a table each reads.
HOT_READS = {"sku": "FROM skus s", "stock": "FROM stocks st", "prices": "FROM price_list_items i",
             "promotions": "FROM promotions p"}


def _hot_reads(statements: list[str]) -> dict[str, int]:
    return {name: sum(mark in s for s in statements) for name, mark in HOT_READS.items()}


@pytest.fixture
def lingering_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read lets the other placements run on before it is sent (a loaded worker's round trip), so that the
    placements started together reach each read while the first one is still in flight, on either database."""
    fetch = raw_sql.fetch

    async def lingering(conn: Any, text: str, values: list[Any]) -> list[dict[str, Any]]:
        for _ in range(20):
            await asyncio.sleep(0)
        return await fetch(conn, text, values)

    monkeypatch.setattr(raw_sql, "fetch", lingering)


@pytest.mark.usefixtures("lingering_reads")
async def test_concurrent_hot_orders_send_each_read_once(settings) -> None:
    """Eight orders of one SKU placed together: each of the four reads before the batch is sent once, not eight
    times (32 statements before single flight), and the batch sells exactly what they ordered."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 20)
    actor = Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id), counting_statements() as statements:
        out = await asyncio.gather(*(place_order(actor, OrderRequest(channel="phone", items=[LineIn("HOT1", 2)]))
                                     for _ in range(8)))
    assert group_stats() == (batches0 + 1, grouped0 + 8)
    assert _hot_reads(statements) == {"sku": 1, "stock": 1, "prices": 1, "promotions": 1}, statements
    assert all(p.status == 201 and p.body["order"]["total_fen"] == 2000 for p in out)
    assert len({p.order_id for p in out}) == 8
    assert await stock_of(sku.id) == (20, 16)
    await check_invariants()


@pytest.mark.usefixtures("lingering_reads")
async def test_orders_of_one_batch_with_differing_inputs_get_their_own_prices(settings) -> None:
    """One batch, placed together: two channels priced differently (a phone price list; none for the counter), a
    member and a non-member (a member price). The price list is read once per channel, never shared across them
    (a counter order leads every read, so a phone order sharing its read would pay 1000); the promotions, the same
    statement for all, are shared and applied per order (channel, member)."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("HOT1", price_fen=1000)
    await stock_in(sku, wh, 20)
    phone_list = await PriceList.create(name="电话价", channel="phone")
    await PriceListItem.create(price_list_id=phone_list.id, sku_id=sku.id, price_fen=900)
    now = datetime.now(UTC)
    promo = await Promotion.create(code="MP", name="会员价", kind=PromotionKind.MEMBER_PRICE,
                                   status=PromotionStatus.APPROVED, starts_at=now - timedelta(hours=1),
                                   ends_at=now + timedelta(hours=1), channels=[], location_ids=[])
    await PromotionItem.create(promotion_id=promo.id, sku_id=sku.id, price_fen=800)
    await Member.create(member_code="M1", nickname="会员甲")
    actor = Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)
    cases = [("pos", None, 1000), ("phone", None, 900), ("pos", "M1", 800), ("phone", "M1", 800)] * 2
    batches0, grouped0 = group_stats()
    with one_batch(settings, wh.id), counting_statements() as statements:
        out = await asyncio.gather(*(place_order(actor, OrderRequest(channel=ch, items=[LineIn("HOT1", 1)],
                                                                     member_code=member))
                                     for ch, member, _ in cases))
    assert group_stats() == (batches0 + 1, grouped0 + len(cases))
    assert [p.body["order"]["total_fen"] for p in out] == [total for _, _, total in cases]
    assert all(isinstance(p, Placement) and p.status == 201 for p in out)
    # Reads were shared: the non-members' orders, which read no member first, reach every read together (the
    # members' orders may come a round trip later, and read again).
    reads = _hot_reads(statements)
    assert reads["prices"] < len(cases) and reads["promotions"] < len(cases), reads
    assert await stock_of(sku.id) == (20, len(cases))
    await check_invariants()


@pytest.mark.usefixtures("lingering_reads")
async def test_concurrent_mixed_carts_read_together_and_each_gets_its_own_rows() -> None:
    """Eight carts of two lines each over eight SKUs (each SKU in two carts), placed together: the SKU, stock and
    price reads of carts that arrive while one is in flight go out as one read of their keys' union
    (raw_sql.fetch_keyed), far fewer than eight each, and every order is priced and reserved from its own rows."""
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    skus = [await make_sku(f"MIX{n}", price_fen=1000 + 100 * n) for n in range(8)]
    for sku in skus:
        await stock_in(sku, wh, 10)
    phone = await PriceList.create(name="电话价", channel="phone")
    await PriceListItem.create(price_list_id=phone.id, sku_id=skus[3].id, price_fen=500)
    actor = Actor(role=Role.HQ_ADMIN, user=await make_user(Role.HQ_ADMIN), location_ids=None)
    carts = [[(skus[n], 1), (skus[(n + 1) % 8], 2)] for n in range(8)]

    def unit(sku: Sku) -> int:
        return 500 if sku.id == skus[3].id else sku.price_fen

    with counting_statements() as statements:
        out = await asyncio.gather(*(place_order(actor, OrderRequest(
            channel="phone", items=[LineIn(sku.code, qty) for sku, qty in cart])) for cart in carts))
    assert [p.body["order"]["total_fen"] for p in out] == \
        [sum(unit(sku) * qty for sku, qty in cart) for cart in carts]
    reads = _hot_reads(statements)
    # The SKUs: the first cart's read alone, then the other seven's together; the later reads as the carts come
    # (eight each, one per cart, without fetch_keyed).
    assert reads["sku"] == 2 and reads["stock"] <= 5 and reads["prices"] <= 5, reads
    for sku in skus:
        assert await stock_of(sku.id) == (10, 3)
    await check_invariants()


@pytest.mark.usefixtures("lingering_reads")
async def test_a_shared_read_outlives_its_first_caller_and_a_transaction_reads_alone() -> None:
    """The caller that sent a read is cancelled (its client went away): those who joined it read again and get
    their rows. A read inside a transaction is never shared: it must see that transaction's own writes."""
    sku = await make_sku("A1")
    db = raw_sql.connection()
    text, values = "SELECT code FROM skus WHERE id = $1", [sku.id]
    first = asyncio.create_task(raw_sql.fetch_shared(db, text, values))
    await asyncio.sleep(0)
    second = asyncio.create_task(raw_sql.fetch_shared(db, text, values))
    await asyncio.sleep(0)
    first.cancel()
    assert await second == [{"code": "A1"}]
    assert first.cancelled()
    async with in_transaction() as conn:
        await Sku.filter(id=sku.id).using_db(conn).update(code="A2")
        outside = asyncio.create_task(raw_sql.fetch_shared(db, text, values))  # in flight: "A1" if it answered
        await asyncio.sleep(0)
        assert await raw_sql.fetch_shared(conn, text, values) == [{"code": "A2"}]
        outside.cancel()
