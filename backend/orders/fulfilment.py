"""Shipping (whole or partial), delivery and completion.

A shipment consumes the order's reservations batch by batch, earliest expiry first, takes the units' cost off
the moving average, and posts revenue + output VAT + COGS for exactly the part that left. SHIPPED_HOOKS run in the
shipment's transaction (channels: the outbox row that tells the marketplace the carrier and tracking number).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_staff_change
from backend.errors import InsufficientStock, InvalidState, ValidationError
from backend.finance.costing import remove_at_average
from backend.finance.postings import SaleLine, post_shipment
from backend.money import prorate
from backend.numbering import new_no
from backend.orders.models import Order, OrderItem, OrderStatus, Shipment, ShipmentLine
from backend.orders.state import record_event, refuse, transition
from backend.raw_sql import fetch, is_postgres
from backend.stock.management import Ref, consume
from backend.stock.models import MovementKind, Reservation, ReservationStatus, Stock

# Called (order, shipment, conn) in the shipment's transaction, after the stock and the order have moved; raising
# refuses the shipment (everything rolls back). backend.wiring registers backend.channels.shipments.on_shipped.
ShippedHook = Callable[[Order, Shipment, BaseDBAsyncClient], Awaitable[None]]
SHIPPED_HOOKS: list[ShippedHook] = []


@dataclass(frozen=True)
class ShipLine:
    item_id: int
    qty: int


def _fefo(r: Reservation) -> tuple[int, str, int]:
    expiry = r.stock.batch.expiry_date
    return (0 if expiry else 1, expiry.isoformat() if expiry else "", r.stock.batch_id)


async def _lock_rows(sku_id: int, location_id: int, conn: BaseDBAsyncClient) -> None:
    """Lock the SKU's rows at the location in id order, as reservations do, so the FEFO updates below can never
    deadlock with a concurrent reservation."""
    if is_postgres(conn):
        await Stock.filter(sku_id=sku_id, location_id=location_id).using_db(conn).order_by("id").select_for_update()


def _plan(items: list[OrderItem], lines: list[ShipLine] | None) -> list[tuple[OrderItem, int]]:
    by_id = {i.id: i for i in items}
    if lines is None:
        plan = [(i, i.qty - i.qty_shipped) for i in items if i.qty > i.qty_shipped]
    else:
        wanted: dict[int, int] = {}
        for n, ln in enumerate(lines):
            if ln.item_id not in by_id:
                raise ValidationError(f"订单中没有第 {n + 1} 行指定的商品行 {ln.item_id}",
                                      details=[{"field": f"lines.{n}.item_id", "message": "不属于该订单"}])
            if ln.qty <= 0:
                raise ValidationError("发货数量必须大于 0", details=[{"field": f"lines.{n}.qty", "message": "必须大于 0"}])
            wanted[ln.item_id] = wanted.get(ln.item_id, 0) + ln.qty
        plan = []
        for item_id, qty in wanted.items():
            item = by_id[item_id]
            left = item.qty - item.qty_shipped
            if qty > left:
                raise ValidationError(f"{item.sku_name} 最多还能发 {left} 件（本次 {qty} 件）",
                                      details=[{"field": "lines", "message": "超过待发数量"}])
            plan.append((item, qty))
    if not plan:
        raise ValidationError("没有待发货的商品")
    return sorted(plan, key=lambda p: (p[0].sku_id, p[0].id))


async def ship(
    order: Order,
    *,
    conn: BaseDBAsyncClient,
    lines: list[ShipLine] | None = None,
    carrier: str = "",
    tracking_no: str = "",
    user: object | None = None,
    now: datetime | None = None,
) -> Shipment:
    """Ship `lines` (None: everything not yet shipped). The order goes to picking while partly shipped and to
    shipped once every unit has left."""
    if order.status not in (OrderStatus.ALLOCATED, OrderStatus.PICKING):
        raise refuse(order.status, OrderStatus.SHIPPED)
    if order.location_id is None:
        raise InvalidState("订单尚未分配发货门店或仓库")
    items = list(await OrderItem.filter(order_id=order.id).using_db(conn).select_related("sku__product").order_by("id"))
    plan = _plan(items, lines)
    shipment = await Shipment.create(shipment_no=new_no("SH", now), order_id=order.id, location_id=order.location_id,
                                     carrier=carrier[:32], tracking_no=tracking_no[:64],
                                     created_by_id=getattr(user, "id", None), using_db=conn)
    ref = Ref("shipment", shipment.shipment_no)
    user_id = getattr(user, "id", None)
    sale_lines: list[SaleLine] = []
    for item, qty in plan:
        rows = await fetch(conn, "UPDATE order_items SET qty_shipped = qty_shipped + $1 "
                                 "WHERE id = $2 AND qty_shipped + $1 <= qty RETURNING qty_shipped", [qty, item.id])
        if not rows:
            raise InvalidState(f"{item.sku_name} 已被其他操作发货，请刷新后重试")
        await _lock_rows(item.sku_id, order.location_id, conn)
        held = await Reservation.filter(order_item_id=item.id, status=ReservationStatus.ACTIVE).using_db(
            conn).select_related("stock__batch")
        left, cost = qty, 0
        for r in sorted(held, key=_fefo):
            take = min(r.qty - r.qty_consumed, left)
            if take <= 0:
                continue
            await consume(r, take, kind=MovementKind.SALE, ref=ref, conn=conn, user_id=user_id)
            value = await remove_at_average(item.sku_id, take, conn)
            await ShipmentLine.create(shipment_id=shipment.id, order_item_id=item.id, batch_id=r.stock.batch_id,
                                      qty=take, cogs_fen=value, using_db=conn)
            cost += value
            left -= take
            if left == 0:
                break
        if left:
            raise InsufficientStock(f"{item.sku_name} 的预留库存不足，无法发货")
        after = int(rows[0]["qty_shipped"])
        gross = prorate(item.line_total_fen, after, item.qty) - prorate(item.line_total_fen, after - qty, item.qty)
        item.qty_shipped = after
        item.cogs_fen += cost
        await OrderItem.filter(id=item.id).using_db(conn).update(cogs_fen=item.cogs_fen)
        sale_lines.append(SaleLine(sku_id=item.sku_id, gross_fen=gross, tax_rate_bp=item.sku.tax_rate_bp,
                                   category_id=item.sku.product.category_id, cogs_fen=cost))
    await post_shipment(shipment_no=shipment.shipment_no, order_no=order.order_no, channel=str(order.channel),
                        location_id=order.location_id, lines=sale_lines, conn=conn, user_id=user_id)
    how = f"{carrier} {tracking_no}".strip()
    note = f"发货 {shipment.shipment_no}" + (f"（{how}）" if how else "")
    if all(i.qty_shipped >= i.qty for i in items):
        await transition(order, OrderStatus.SHIPPED, user, note, conn, now=now)
    elif order.status == OrderStatus.ALLOCATED:
        await transition(order, OrderStatus.PICKING, user, "部分" + note, conn, now=now)
    else:
        await record_event(order, "部分" + note, user, conn)
    await record_staff_change(user, "order.ship", "order", order.id, conn, shipment_no=shipment.shipment_no,
                lines=[{"item_id": i.id, "qty": q} for i, q in plan], carrier=carrier, tracking_no=tracking_no)
    for hook in SHIPPED_HOOKS:
        await hook(order, shipment, conn)
    return shipment


async def deliver(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None, note: str = "") -> Order:
    await transition(order, OrderStatus.DELIVERED, user, note or "已签收", conn)
    await record_staff_change(user, "order.deliver", "order", order.id, conn)
    return order


async def complete(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None, note: str = "") -> Order:
    await transition(order, OrderStatus.COMPLETED, user, note or "订单完成", conn)
    await record_staff_change(user, "order.complete", "order", order.id, conn)
    return order

