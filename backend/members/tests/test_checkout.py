"""Coupons and points at checkout: applied by the pricing steps, spent exactly once under concurrent checkouts
(real concurrency on PostgreSQL), earned on payment, reversed and given back on a refund."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from backend.errors import AppError
from backend.finance.models import JournalEntry
from backend.members import coupons, points
from backend.members.models import Coupon, CouponKind, CouponStatus, Member, PointsEntry, PointsKind
from backend.orders import payments, returns
from backend.orders.models import Order, OrderStatus
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.org.models import Channel, Role
from backend.security.actor import Actor
from backend.stock.models import Stock
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _member(code: str, pts: int = 0) -> Member:
    m = await Member.create(member_code=code, nickname="测试会员")
    if pts:
        async with in_transaction() as conn:
            await points.credit(m.id, pts, PointsKind.ADJUST, conn, ref="opening")
    return await Member.get(id=m.id)


async def _coupon(member: Member, amount_fen: int = 2000, threshold_fen: int = 5000) -> Coupon:
    t = await coupons.create_template(coupons.TemplateIn(name="满50减20", kind=CouponKind.AMOUNT, amount_fen=amount_fen,
                                                         threshold_fen=threshold_fen, valid_days=30))
    return await coupons.issue(t.id, member.id)


async def _ledger_ok(member_id: int) -> int:
    m = await Member.get(id=member_id)
    assert await points.ledger_sum(member_id) == m.points
    return m.points


async def _setup() -> tuple[Any, Any]:
    store = await make_location("S001")
    sku = await make_sku("MILK1", price_fen=10000)
    await stock_in(sku, store, 10)
    return store, sku


async def _race(member: Member, **options: Any) -> list[Any]:
    actor = Actor(role=Role.SHOPPER, member=member, location_ids=frozenset())

    async def one() -> Any:
        return await place_order(actor, OrderRequest(channel="miniprogram", items=[LineIn("MILK1", 1)], location_code="S001",
                                 options=options))

    return await asyncio.gather(one(), one(), return_exceptions=True)


async def test_same_coupon_in_two_concurrent_checkouts_is_used_once(db: None) -> None:
    await _setup()
    member = await _member("M1")
    coupon = await _coupon(member)
    results = await _race(member, coupon_code=coupon.code)
    won = [r for r in results if not isinstance(r, BaseException)]
    lost = [r for r in results if isinstance(r, BaseException)]
    assert len(won) == 1 and len(lost) == 1, results
    assert isinstance(lost[0], AppError) and "优惠券" in lost[0].message
    order = await Order.get(id=won[0].order_id)
    assert order.total_fen == 8000 and order.discount_fen == 2000
    c = await Coupon.get(id=coupon.id)
    assert c.status == CouponStatus.USED and c.order_id == order.id
    assert await Order.all().count() == 1
    assert sum(s.reserved for s in await Stock.all()) == 1  # the loser held nothing


def _shop(actor: Actor, **options: Any) -> Any:
    return place_order(actor, OrderRequest(channel="miniprogram", items=[LineIn("MILK1", 1)], location_code="S001",
                                           options=options))


async def _pay(order_id: int, user: Any) -> None:
    async with in_transaction() as conn:
        o = await Order.filter(id=order_id).using_db(conn).select_for_update().get()
        await payments.record_payment(o, method="cash", amount_fen=o.total_fen, conn=conn, user=user)


async def _cancel(order_id: int, user: Any) -> None:
    async with in_transaction() as conn:
        o = await Order.filter(id=order_id).using_db(conn).select_for_update().get()
        await returns.cancel_order(o, conn=conn, user=user, reason="测试")


async def test_one_member_racing_checkouts_payment_and_cancel_on_one_stock_row(db: None) -> None:
    """Many checkouts of one member on one SKU at once (most of them ride a group commit: coupon and points
    written before the stock row, the lone one after it), sharing a coupon, with their own coupons, racing for
    points, while an earlier order of theirs is paid and another cancelled (order row, member, stock). Before the
    lock order (backend.orders.locking) these deadlocked now and then: a loser answered 500."""
    store = await make_location("S001")
    sku = await make_sku("MILK1", price_fen=10000)
    for batch in ("B1", "B2"):  # two stock rows of the SKU at the store
        await stock_in(sku, store, 30, batch_no=batch)
    manager = await make_user("store_manager", locations=[store])
    staff = Actor(role=Role.STORE_MANAGER, user=manager, location_ids=frozenset({store.id}))
    for round_ in range(3):
        member = await _member(f"R{round_}", pts=500)
        actor = Actor(role=Role.SHOPPER, member=member, location_ids=frozenset())
        to_pay = await _shop(actor)
        to_cancel = await _shop(actor)
        await _pay(to_cancel.order_id, manager)  # paid: the cancel refunds it and takes back the points earned
        shared, own1, own2 = await _coupon(member), await _coupon(member), await _coupon(member)
        tasks = [_shop(actor, coupon_code=shared.code) for _ in range(3)] + [
            _shop(actor, coupon_code=own1.code), _shop(actor, coupon_code=own2.code),
            _shop(actor, points_to_use=450), _shop(actor, points_to_use=450), _shop(actor),
            _pay(to_pay.order_id, manager), _cancel(to_cancel.order_id, manager),
            place_order(staff, OrderRequest(channel="pos", items=[LineIn("MILK1", 1)], location_code="S001",
                                            member_code=member.member_code,
                                            payments_in=[PaymentIn("cash", 10000)]))]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        refused = {n: r for n, r in enumerate(results) if isinstance(r, BaseException)}
        assert all(isinstance(e, AppError) and e.status == 409 for e in errors), refused  # no deadlock (500)
        shared_won = [r for r in results[:3] if not isinstance(r, BaseException)]
        assert len(shared_won) == 1 and all("优惠券" in e.message for e in results[:3] if isinstance(e, AppError))
        assert not any(isinstance(r, BaseException) for r in results[3:5] + results[7:]), refused
        points_won = [r for r in results[5:7] if not isinstance(r, BaseException)]
        # 500 + 100 earned by the order paid before: one 450 fits whatever the cancel takes back (100); with the
        # 100 + 100 the other payments earn (800) a second one still does not
        assert len(points_won) == 1, refused
        assert (await Coupon.get(id=shared.id)).order_id == shared_won[0].order_id
        assert (await Order.get(id=to_pay.order_id)).status == OrderStatus.ALLOCATED
        assert (await Order.get(id=to_cancel.order_id)).status == OrderStatus.CANCELLED
        await _ledger_ok(member.id)
    live = await Order.exclude(status=OrderStatus.CANCELLED).count()
    stocks = await Stock.all()
    shipped_at_counter = await Order.filter(channel=Channel.POS).count()  # each took its unit off on_hand
    assert sum(s.reserved for s in stocks) == live - shipped_at_counter
    assert sum(s.on_hand for s in stocks) == 60 - shipped_at_counter


async def test_points_beyond_balance_in_two_concurrent_checkouts(db: None) -> None:
    await _setup()
    member = await _member("M2", pts=500)
    results = await _race(member, points_to_use=400)
    won = [r for r in results if not isinstance(r, BaseException)]
    assert len(won) == 1, results
    assert await _ledger_ok(member.id) == 100
    order = await Order.get(id=won[0].order_id)
    assert order.total_fen == 10000 - 400
    assert await Order.all().count() == 1


async def test_preview_and_refund_reverses_points_restocks_and_posts(client: Any, db: None) -> None:
    store, _ = await _setup()
    member = await _member("M3", pts=1000)
    coupon = await _coupon(member)
    from tests.factories import member_token

    shopper = {"Authorization": f"Bearer {member_token(member.id)}"}
    _, prev = await client.post("/api/v1/checkout/preview", headers=shopper, json={
        "items": [{"sku_code": "MILK1", "qty": 2}], "coupon_id": coupon.id, "points": 1000,
        "location_code": "S001"})
    assert prev.status == 200, prev.text
    assert prev.json["subtotal_fen"] == 20000
    assert [d["amount_fen"] for d in prev.json["discounts"]] == [2000, 1000]
    assert prev.json["points_used"] == 1000 and prev.json["total_fen"] == 17000

    actor = Actor(role=Role.SHOPPER, member=member, location_ids=frozenset())
    placed = await place_order(actor, OrderRequest(channel="miniprogram", items=[LineIn("MILK1", 2)], location_code="S001",
                               options={"coupon_code": str(coupon.id), "points_to_use": 1000}))
    assert await _ledger_ok(member.id) == 0
    manager = await make_user("store_manager", locations=[store])
    _, paid = await client.post(f"/api/v1/orders/{placed.order_id}/pay", headers=auth(manager),
                                json={"method": "cash", "amount_fen": 17000})
    assert paid.status == 201, paid.text
    assert await _ledger_ok(member.id) == 170  # 1 point per yuan paid at the normal level
    assert (await Member.get(id=member.id)).total_spent_fen == 17000

    _, cancelled = await client.post(f"/api/v1/orders/{placed.order_id}/cancel", headers=auth(manager), json={})
    assert cancelled.status == 200, cancelled.text
    assert await _ledger_ok(member.id) == 1000  # earned 170 taken back, spent 1000 given back
    kinds = await PointsEntry.filter(member_id=member.id).order_by("id").values_list("kind", "delta")
    assert [(str(k), d) for k, d in kinds] == [("adjust", 1000), ("spend", -1000), ("earn", 170),
                                               ("reverse", -170), ("return", 1000)]
    assert (await Coupon.get(id=coupon.id)).status == CouponStatus.UNUSED
    assert sum(s.reserved for s in await Stock.all()) == 0 and sum(s.on_hand for s in await Stock.all()) == 10
    assert await JournalEntry.filter(source_type="order_refund").count() == 1
    assert (await Member.get(id=member.id)).total_spent_fen == 0


@pytest.mark.parametrize("points_offered", [5])
async def test_points_need_a_member(db: None, points_offered: int) -> None:
    await _setup()
    clerk = await make_user("clerk", locations=[await make_location("S002")])
    actor = Actor(role=Role.CLERK, user=clerk, location_ids=None)
    with pytest.raises(AppError) as exc:
        await place_order(actor, OrderRequest(channel="pos", items=[LineIn("MILK1", 1)], location_code="S001",
                          options={"points_to_use": points_offered}))
    assert "会员" in exc.value.message


async def test_mini_program_order_body_with_coupon_id_points_and_address(client: Any, db: None) -> None:
    await _setup()
    member = await _member("M4", pts=300)
    coupon = await _coupon(member)
    from tests.factories import member_token

    shopper = {"Authorization": f"Bearer {member_token(member.id)}"}
    _, resp = await client.post("/api/v1/orders", headers={**shopper, "Idempotency-Key": "k1"}, json={
        "channel": "miniprogram", "items": [{"sku_code": "MILK1", "qty": 1}], "coupon_id": coupon.id,
        "points": 300, "location_code": "S001", "pickup": False,
        "address": {"name": "王女士", "phone": "13800138000", "province": "上海市", "city": "上海市",
                    "district": "黄浦区", "detail": "人民大道 1 号", "postal_code": "200000"}})
    assert resp.status == 201, resp.text
    order = await Order.get(id=resp.json["order"]["id"])
    assert order.total_fen == 10000 - 2000 - 300 and order.receiver_name == "王女士"
    assert await _ledger_ok(member.id) == 0
    assert (await Coupon.get(id=coupon.id)).order_id == order.id
