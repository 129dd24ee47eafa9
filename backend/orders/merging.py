"""Merging held orders (合并订单) of one buyer to one address, split by warehouse.

A reviewer picks orders waiting in review (backend.orders.review) that belong to the same buyer (the same member,
or the same receiver phone without one) and go to the same receiver and address. They become parcels: the orders
that ship from the location holding most of them are moved there when it has their stock (each moved order's
reservation is released at its old location and taken again at the new one, in one transaction; its customer
advance follows it in the ledger with one reclassification entry, so each location's books stay right), and
the rest stay where they are, one parcel per location (the split by warehouse). Each parcel gets a merge
number on the orders' reviews; releasing them then ships them as usual. Audited ("order.review_merge").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_staff_change
from backend.errors import Forbidden, InsufficientStock, InvalidState, NotFound, ValidationError
from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.numbering import new_no
from backend.orders import allocation
from backend.orders.hold import normalised_address, plain
from backend.orders.models import Order, OrderItem, OrderReview, OrderStatus, ReviewStatus
from backend.orders.state import record_event
from backend.org.models import Location
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.security.authorization import require_permission
from backend.stock.management import Ref, release
from backend.stock.models import Reservation, ReservationStatus
from backend.timestamps import business_today


def _buyer(order: Order) -> str:
    return f"m{order.member_id}" if order.member_id else f"p{plain(order.receiver_phone).strip()}"


def _destination(order: Order) -> str:
    return f"{order.receiver_name.strip()}|{plain(order.receiver_phone).strip()}|{normalised_address(order)}"


async def _load(actor: Actor, order_ids: list[int], conn: BaseDBAsyncClient) -> list[tuple[Order, OrderReview]]:
    ids = sorted(set(order_ids))
    if len(ids) < 2:
        raise ValidationError("至少选择两个订单才能合并", details=[{"field": "order_ids", "message": "至少两个"}])
    qs = Order.filter(id__in=ids).using_db(conn).order_by("id")
    if is_postgres(conn):
        qs = qs.select_for_update()
    orders = list(await qs)
    if len(orders) != len(ids):
        if actor.location_ids is not None:
            raise Forbidden("无权操作其他门店的订单")
        raise NotFound("订单不存在")
    reviews = {r.order_id: r for r in await OrderReview.filter(order_id__in=ids, status=ReviewStatus.HELD)
               .using_db(conn)}
    out = []
    for order in orders:
        actor.require_location(order.location_id)
        if order.status != OrderStatus.REVIEW or order.id not in reviews:
            raise InvalidState(f"订单 {order.order_no} 不在审核中，不能合并")
        out.append((order, reviews[order.id]))
    first = orders[0]
    if any(_buyer(o) != _buyer(first) for o in orders):
        raise ValidationError("只能合并同一买家的订单")
    if not normalised_address(first) or any(_destination(o) != _destination(first) for o in orders):
        raise ValidationError("只能合并收货人、电话和地址都相同的订单")
    return out


async def _move(order: Order, target: Location, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    """Hold the order's stock at `target` instead (released and reserved again, one movement each), and move its
    customer advance there in the ledger."""
    old = order.location_id
    held = await Reservation.filter(ref_type="order", ref_id=str(order.id), status=ReservationStatus.ACTIVE).using_db(
        conn).select_related("stock")
    for r in sorted(held, key=lambda r: (r.stock.sku_id, r.stock_id)):
        await release(r, conn=conn, user_id=user_id, note=f"合并订单改由其他门店或仓库发货 {order.order_no}")
    items = await OrderItem.filter(order_id=order.id).using_db(conn).select_related("sku")
    needs = [allocation.Need(i.sku_id, i.qty - i.qty_shipped, f"{i.sku.code} {i.sku_name}", order_item_id=i.id)
             for i in items if i.qty > i.qty_shipped]
    await allocation.reserve_at(target, needs, Ref("order", str(order.id)), conn, expires_at=None, user_id=user_id)
    await Order.filter(id=order.id).using_db(conn).update(location_id=target.id)
    order.location_id = target.id
    advance = order.paid_fen - order.refunded_fen
    await post_entry(date=business_today(), memo=f"订单改仓 {order.order_no}", source_type="order_relocation",
                     source_id=f"{order.id}:{old}:{target.id}", conn=conn, user_id=user_id, lines=[
                         Line(accounts.CUSTOMER_ADVANCES, debit_fen=advance, location_id=old,
                              channel=str(order.channel)),
                         Line(accounts.CUSTOMER_ADVANCES, credit_fen=advance, location_id=target.id,
                              channel=str(order.channel)),
                     ])


async def merge(actor: Actor, order_ids: list[int], reason: str = "") -> dict[str, Any]:
    """Merge held orders into parcels (see the module docstring). Returns {"parcels": [...]}."""
    note = reason.strip()[:255]
    user_id = actor.id
    async with in_transaction() as conn:
        pairs = await _load(actor, order_ids, conn)
        for order, _ in pairs:
            await require_permission(actor, "orders.review", entity_type="order", entity_id=order.id,
                                     channel=str(order.channel), in_transaction=True,
                                     message="没有订单审核权限（店长或总部可审核）", order_no=order.order_no)
        counts = Counter(o.location_id for o, _ in pairs)
        main_id = min(counts, key=lambda loc: (-counts[loc], loc))
        target = await Location.get(id=main_id).using_db(conn)
        for order, _ in pairs:
            if order.location_id == main_id or not actor.can_access_location(main_id):
                continue
            try:
                async with conn._in_transaction():  # a savepoint: a location short of stock leaves nothing behind
                    await _move(order, target, conn, user_id)
            except InsufficientStock:
                continue  # ships from where it is: its own parcel (split by warehouse)
        parcels: dict[int, list[tuple[Order, OrderReview]]] = defaultdict(list)
        for order, rv in pairs:
            parcels[order.location_id].append((order, rv))
        out = []
        codes = dict(await Location.filter(id__in=list(parcels)).using_db(conn).values_list("id", "code"))
        for loc_id, group in sorted(parcels.items()):
            merge_no = new_no("MG")
            nos = [o.order_no for o, _ in group]
            for order, rv in group:
                await OrderReview.filter(id=rv.id).using_db(conn).update(merge_no=merge_no)
                await record_event(order, f"合并发货 {merge_no}（{codes[loc_id]}：{'、'.join(nos)}）", actor.user, conn)
            out.append({"merge_no": merge_no, "location_code": codes[loc_id], "order_ids": [o.id for o, _ in group],
                        "order_nos": nos})
        await record_staff_change(actor.user, "order.review_merge", "order", pairs[0][0].id, conn, reason=note, parcels=out)
    return {"parcels": out}
