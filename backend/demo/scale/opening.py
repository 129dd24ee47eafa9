"""The opening count: a stock row per SKU a store sells (and some it does not), a few spare units each (the week's
sales arrive by purchase order), the IMPORT movements, the opening entry per store (Dr inventory / Cr equity) and
the inventory valuations at the moving average of what is left at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.demo.scale.copy import Ids, copy_rows
from backend.demo.scale.writer import Writer
from backend.finance import accounts
from backend.finance.ledger import Line
from backend.finance.models import InventoryValuation
from backend.org.models import Location
from backend.stock.models import MovementKind, Stock, StockMovement


async def open_stock(conn: BaseDBAsyncClient, w: Writer, ids: Ids, rng: random.Random, stores: list[Location],
                     skus: list[Sku], sold: dict[tuple[int, int], int], restocked: dict[tuple[int, int], int],
                     batch_of: dict[int, int], cost_of: dict[int, int], codes: dict[str, int], first: dt.date,
                     created: dt.datetime) -> dict[tuple[int, int], int]:
    """The stock rows, their opening movements and entries; answers the stock row id of each (SKU, store)."""
    stock_id: dict[tuple[int, int], int] = {}
    valuation: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    stocks = []
    for st in stores:
        debits = []
        for s in skus:
            qty = sold.get((s.id, st.id), 0)
            if not qty and rng.random() < 0.7:
                continue
            spare = rng.randint(5, 30)
            back = restocked.get((s.id, st.id), 0)
            sid = ids.take("stocks")
            stock_id[(s.id, st.id)] = sid
            stocks.append({"id": sid, "sku_id": s.id, "location_id": st.id, "batch_id": batch_of[s.id],
                           "on_hand": spare + back, "reserved": 0, "updated_at": created})  # left at the end
            qty = spare  # a week's sales arrive by purchase order on the week's first morning
            w.add(StockMovement, {"id": ids.take("stock_movements"), "stock_id": sid, "sku_id": s.id,
                                  "location_id": st.id, "batch_id": batch_of[s.id], "kind": MovementKind.IMPORT,
                                  "on_hand_delta": qty, "ref_type": "scale", "ref_id": str(batch_of[s.id]),
                                  "created_at": created})
            valuation[s.id][0] += spare + back
            valuation[s.id][1] += (spare + back) * cost_of[s.id]
            debits.append(Line(accounts.INVENTORY, debit_fen=qty * cost_of[s.id], sku_id=s.id, location_id=st.id))
        total = sum(x.debit_fen for x in debits)
        w.entry(first, f"期初库存 {st.name}", "scale_stock", f"{st.id}:opening", created,
                [*debits, Line(accounts.EQUITY, credit_fen=total)], codes)
    await copy_rows(conn, Stock, stocks)
    await copy_rows(conn, InventoryValuation, [{"id": ids.take("inventory_valuations"), "sku_id": s_id, "qty": q,
                                                "value_fen": v} for s_id, (q, v) in valuation.items()])
    return stock_id
