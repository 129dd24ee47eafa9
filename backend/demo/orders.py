"""Demo section: orders across every channel, placed and moved on through the orders services, so stock,
movements, valuation and the ledger (sales, VAT, COGS, refunds) are what real operations would have made.

POS sales are paid and completed at the counter of the clerk's store; online and platform orders are paid
(a few stay unpaid or are cancelled), most are shipped from the warehouse the allocator picks, some delivered
and completed, and a few come back (return requested, approved, received: restocked or written off, refunded).
The services date their ledger entries on the day they run, so every demo order lands on the loading day.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.demo import DemoContext
from backend.demo.people import MEMBERS, member_code
from backend.errors import AppError
from backend.orders import fulfilment, payments, refunds, returns
from backend.orders.models import Order, OrderItem, ReturnRequest
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Channel, LocationKind
from backend.stock.models import Stock

ORDERS = {"full": 120, "small": 12}
# channel, weight
CHANNEL_MIX = [(Channel.POS, 40), (Channel.MINIPROGRAM, 18), (Channel.TAOBAO, 8), (Channel.JD, 8), (Channel.PDD, 5),
               (Channel.DOUYIN, 5), (Channel.KUAISHOU, 3), (Channel.WECHAT_SHOP, 4), (Channel.LIVE, 6),
               (Channel.PHONE, 3)]
STORE_CLERKS = {"ST-001": "clerk1", "ST-002": "clerk2", "ST-003": "clerk3"}
# What happens to the online orders, in turn (POS sales are always paid and completed at the counter).
FATES = ["completed", "unpaid", "shipped", "return", "completed", "allocated", "delivered", "cancelled", "completed",
         "partial", "completed", "shipped", "completed", "return", "delivered", "completed", "unpaid", "completed"]
PLATFORMS = {Channel.TAOBAO, Channel.JD, Channel.PDD, Channel.DOUYIN, Channel.KUAISHOU, Channel.WECHAT_SHOP}


async def _available(ctx: DemoContext, conn: BaseDBAsyncClient) -> dict[tuple[int, int], int]:
    """Sellable units per (sku id, location id): on hand less reserved, expired lots left out."""
    free: Counter[tuple[int, int]] = Counter()
    for s in await Stock.all().using_db(conn).select_related("batch"):
        if s.batch.expiry_date is None or s.batch.expiry_date >= ctx.today:
            free[(s.sku_id, s.location_id)] += s.on_hand - s.reserved
    return dict(free)


async def load_orders(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    rng = ctx.rng("orders")
    locations = await ctx.locations(conn)
    skus = [s for s in (await ctx.skus(conn)).values() if s.is_active]
    free = await _available(ctx, conn)
    warehouse_ids = [loc.id for loc in locations.values() if loc.kind == LocationKind.WAREHOUSE]
    admin = await ctx.actor("admin", conn)
    clerks = {code: await ctx.actor(name, conn) for code, name in STORE_CLERKS.items()}
    channels, weights = zip(*CHANNEL_MIX, strict=True)
    placed: Counter[str] = Counter()
    skipped = online = 0

    for n in range(ORDERS[ctx.size]):
        channel: Channel = rng.choices(channels, weights)[0]
        store = rng.choice(list(STORE_CLERKS)) if channel == Channel.POS else None
        actor = clerks[store] if store else admin
        from_ids = [locations[store].id] if store else warehouse_ids
        lines = _pick_lines(rng, skus, free, from_ids)
        if not lines:
            skipped += 1
            continue
        member = member_code(rng.randint(1, MEMBERS[ctx.size])) if channel == Channel.MINIPROGRAM or \
            rng.random() < 0.5 else None
        try:
            placement = await place_order(
                actor, OrderRequest(channel=channel.value, location_code=store,
                items=[LineIn(sku.code, qty) for sku, qty in lines], idempotency_key=f"demo-{n}",
                member_code=member, external_id=f"{channel.value.upper()}{ctx.today:%Y%m%d}{n:04d}"
                if channel in PLATFORMS else None,
                receiver_name="" if store else "收货人", receiver_phone="" if store else "13800138000",
                receiver_address="" if store else "上海市长宁区天山路 600 弄 3 号 1201 室",
                note="演示订单",
            ))
        except AppError as exc:  # short on every candidate after earlier orders: skip this one
            skipped += 1
            ctx.cache.setdefault("order_errors", []).append(f"{n}: {exc.code}")
            continue
        order = await Order.get(id=placement.order_id).using_db(conn)
        placed[f"{channel.value}"] += 1
        fate = "pos" if channel == Channel.POS else FATES[online % len(FATES)]
        online += channel != Channel.POS
        await _progress(rng, order, channel, fate, actor.user, admin.user, conn)

    statuses = Counter(await Order.all().using_db(conn).values_list("status", flat=True))
    paid = sum(await Order.all().using_db(conn).values_list("paid_fen", flat=True))
    refunded = sum(await Order.all().using_db(conn).values_list("refunded_fen", flat=True))
    rmas = await ReturnRequest.all().using_db(conn).count()
    return (f"{sum(placed.values())} orders ({', '.join(f'{k} {v}' for k, v in placed.most_common())}); "
            f"status {', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}; "
            f"paid ¥{paid / 100:.2f}, {rmas} returns refunded ¥{refunded / 100:.2f}" + (f"; {skipped} skipped" if skipped else ""))


def _pick_lines(rng: Any, skus: list[Sku], free: dict[tuple[int, int], int],
                location_ids: list[int]) -> list[tuple[Sku, int]]:
    """1-3 SKUs that one of the locations can sell in full (the allocator ships from one location)."""
    for _ in range(20):
        loc = rng.choice(location_ids)
        want = [(sku, rng.choice((1, 1, 1, 2, 2, 3))) for sku in rng.sample(skus, rng.choice((1, 1, 2, 2, 3)))]
        if all(free.get((sku.id, loc), 0) >= qty + 2 for sku, qty in want):
            for sku, qty in want:
                free[(sku.id, loc)] -= qty
            return want
    return []


async def _progress(rng: Any, order: Order, channel: Channel, fate: str, user: Any, manager: Any,
                    conn: BaseDBAsyncClient) -> None:
    """Move an order along to its fate the way a day of business would."""
    if fate == "unpaid":
        return  # the stock stays reserved until the reservation times out
    if fate == "cancelled":
        await returns.cancel_order(order, conn=conn, user=user, reason="顾客取消")
        return
    method = rng.choice(("cash", "wechat", "alipay")) if channel == Channel.POS else \
        "platform" if channel in PLATFORMS else rng.choice(("wechat", "alipay"))
    await payments.record_payment(order, method=method, amount_fen=order.total_fen, user=user, conn=conn,
                                  external_ref=f"DEMO-PAY-{order.order_no}")
    await order.refresh_from_db(using_db=conn)
    if channel == Channel.POS:
        await fulfilment.ship(order, conn=conn, user=user, carrier="门店自提")
        await fulfilment.complete(order, conn=conn, user=user, note="门店收银完成")
        return
    if fate == "allocated":
        return  # paid and allocated, waiting for the warehouse
    items = await OrderItem.filter(order_id=order.id).using_db(conn).order_by("id")
    if fate == "partial" and sum(i.qty for i in items) > 1:  # partial shipment: the first unit of the first line
        await fulfilment.ship(order, conn=conn, user=user, carrier="顺丰速运", tracking_no=f"SF{order.id:010d}",
                              lines=[fulfilment.ShipLine(items[0].id, 1)])
        return
    await fulfilment.ship(order, conn=conn, user=user, carrier=rng.choice(("顺丰速运", "中通快递", "京东物流")),
                          tracking_no=f"DM{order.id:010d}")
    if fate in ("shipped", "partial"):
        return  # on its way
    await fulfilment.deliver(order, conn=conn, user=user)
    if fate == "delivered":
        return
    if fate == "completed":
        await fulfilment.complete(order, conn=conn, user=user)
        return
    # A return: the whole order or one unit of it comes back, mostly restocked, now and then written off.
    restock = rng.random() < 0.75
    back = [returns.ReturnLineIn(i.id, i.qty, restock) for i in items] if rng.random() < 0.5 else \
        [returns.ReturnLineIn(items[0].id, 1, restock)]
    rma = await returns.request_return(order, lines=back, conn=conn,
                                       reason="宝宝不适应，申请退货" if restock else "外包装破损", user=manager)
    await returns.approve_return(order, rma, conn=conn, user=manager)
    await returns.receive_return(order, rma, conn=conn, user=manager)
    await refunds.refund_order(order, conn=conn, rma=rma, user=manager, reason="退货退款")
