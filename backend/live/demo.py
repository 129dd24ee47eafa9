"""Demo section: a scheduled live session for live1 (the HQ warehouse's stock), ready to start from the API."""

from __future__ import annotations

import datetime as dt

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.demo import DemoContext
from backend.live.sessions import ItemIn, create_session
from backend.stock.models import Stock
from backend.timestamps import CHINA


async def load_live(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    seller = await ctx.actor("live1", conn)
    locations = await ctx.locations(conn)
    wh = locations["WH-SH"]
    skus = {s.id: s for s in (await ctx.skus(conn)).values()}
    available: dict[int, int] = {}
    for row in await Stock.filter(location_id=wh.id).using_db(conn):
        available[row.sku_id] = available.get(row.sku_id, 0) + row.on_hand - row.reserved
    top = sorted((sid for sid in available if sid in skus), key=lambda s: (-available[s], s))[:3]
    items = [ItemIn(skus[s].code, skus[s].price_fen * 80 // 100, max(1, min(50, available[s] // 4)), 2) for s in top]
    day = ctx.today + dt.timedelta(days=1)
    starts = dt.datetime.combine(day, dt.time(20, 0), tzinfo=CHINA)
    session = await create_session(seller, title="宝妈夜场直播：奶粉纸尿裤 8 折秒杀", location_code=wh.code,
                                   starts_at=starts, ends_at=starts + dt.timedelta(hours=3), items=items,
                                   now=starts - dt.timedelta(days=2))
    return f"live session {session.id} for live1 at {wh.code}: {len(items)} SKUs, " \
           f"{sum(i.qty for i in items)} units to set aside, {starts:%m-%d %H:%M}"
