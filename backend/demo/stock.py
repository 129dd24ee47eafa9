"""Demo section: batches and opening stock at every location, through backend.stock.opening.open_stock_many (one opening count per location), so the
stock rows, the movement journal, the moving-average valuation and the ledger (Dr Inventory / Cr Equity) agree.

Batch-tracked SKUs get a fresh lot and an older one; about one SKU in nine has its older lot close to expiry
(a few units on store shelves, for the near-expiry alert), and one formula lot at the first store is already
expired (EXPIRED_DEMO_BATCH). About one shelf in eight runs below its low-stock threshold.
"""

from __future__ import annotations

import datetime as dt

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.demo import DemoContext
from backend.demo.catalogue import demo_specs
from backend.demo.data import EXPIRED_DEMO_BATCH, unit_cost
from backend.org.models import LocationKind
from backend.stock.opening import OpeningLine, open_stock_many
from backend.timestamps import CHINA, clock_at

OLD, NEW, NEAR = "old", "new", "near"
SCALE = {"奶粉": 1.0, "纸尿裤": 1.2, "湿巾": 1.5, "奶瓶": 0.5, "辅食": 1.0, "洗护": 0.6, "玩具": 0.3}


async def load_opening_stock(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    rng = ctx.rng("opening_stock")
    today = ctx.today
    specs = demo_specs(ctx)
    skus = await ctx.skus(conn)
    costs = {s.code: unit_cost(s.price_fen, rng) for s in specs}

    # The lots of each SKU: (batch_no, production date, expiry date, kind).
    lots: dict[str, list[tuple[str, dt.date | None, dt.date | None, str]]] = {}
    for n, s in enumerate(specs):
        life = s.shelf_life_days
        if life is None:
            lots[s.code] = [("-", None, None, NEW)]
            continue
        near = n % 9 == 4
        old_prod = (today - dt.timedelta(days=life - rng.randint(30, 60)) if near
                    else today - dt.timedelta(days=rng.randint(200, min(420, life - 120))))
        new_prod = today - dt.timedelta(days=rng.randint(20, 110))
        lots[s.code] = [(f"{prod:%Y%m%d}{chr(65 + n % 26)}{n % 7 + 1}", prod, prod + dt.timedelta(days=life), kind)
                        for prod, kind in ((old_prod, NEAR if near else OLD), (new_prod, NEW))]
    expired = next(s for s in specs if s.top == "奶粉")
    expired_prod = today - dt.timedelta(days=(expired.shelf_life_days or 730) + 10)

    lines = units = 0
    with clock_at(dt.datetime.combine(ctx.first_day, dt.time(8), tzinfo=CHINA)):  # the books open on day one
        for loc_code, loc in (await ctx.locations(conn)).items():
            is_wh = loc.kind == LocationKind.WAREHOUSE
            todo: list[tuple[str, str, dt.date | None, dt.date | None, int]] = []
            for s in specs:
                if rng.random() >= (1.0 if loc_code == "WH-SH" else 0.85 if is_wh else 0.72):
                    continue
                for batch_no, prod, exp, kind in lots[s.code]:
                    if kind == NEAR:  # near-expiry lot: a few units on store shelves only
                        if not is_wh and rng.random() < 0.6:
                            todo.append((s.code, batch_no, prod, exp, rng.randint(2, 6)))
                        continue
                    if is_wh:
                        qty = rng.randint(60, 240) if kind == NEW else rng.randint(20, 80)
                    elif kind == OLD or batch_no == "-":
                        low = rng.random() < 0.12  # some shelves run low so the low-stock alert has something
                        qty = rng.randint(1, max(1, s.threshold - 1)) if low else rng.randint(s.threshold, 36)
                    else:
                        qty = rng.randint(0, 12) if rng.random() < 0.5 else 0
                    qty = max(1, int(qty * SCALE[s.top])) if qty else 0
                    if qty:
                        todo.append((s.code, batch_no, prod, exp, qty))
            if loc_code == "ST-001":
                todo.append((expired.code, EXPIRED_DEMO_BATCH, expired_prod, today - dt.timedelta(days=10), 3))
            # One opening count per location: every line through the stock service, one journal entry for all.
            units += await open_stock_many(
                location_id=loc.id, conn=conn, source="demo", memo=f"期初库存 {loc.name}",
                lines=[OpeningLine(skus[code].id, qty, costs[code], batch_no, prod, exp)
                       for code, batch_no, prod, exp, qty in todo])
            lines += len(todo)
    return f"{lines} stock lines, {units} units (expired demo lot {expired.code}/{EXPIRED_DEMO_BATCH} at ST-001)"
