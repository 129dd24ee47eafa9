"""Opening stock: goods that exist before Cradle (demo data, legacy import, tests) enter at a unit cost.
Posts Dr Inventory / Cr Equity so the ledger and the stock value agree from day one."""

from __future__ import annotations

import datetime as dt

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance import accounts
from backend.finance.costing import add_value
from backend.finance.ledger import Line, post_entry
from backend.stock.management import Ref, put_away
from backend.stock.models import Batch, MovementKind


async def open_stock(
    *, sku_id: int, location_id: int, qty: int, unit_cost_fen: int, conn: BaseDBAsyncClient,
    batch_no: str = "-", production_date: dt.date | None = None, expiry_date: dt.date | None = None,
    source: str = "opening", user_id: int | None = None,
) -> int:
    """Put `qty` units of a batch (created if new) at a location. Returns the stocks row id."""
    batch, _ = await Batch.get_or_create(
        sku_id=sku_id, batch_no=batch_no,
        defaults={"production_date": production_date, "expiry_date": expiry_date}, using_db=conn,
    )
    stock_id = await put_away(sku_id=sku_id, location_id=location_id, batch_id=batch.id, qty=qty,
                              kind=MovementKind.IMPORT, ref=Ref(source, str(batch.id)), user_id=user_id, conn=conn)
    value = qty * unit_cost_fen
    await add_value(sku_id, qty, value, conn)
    await post_entry(
        date=dt.date.today(), memo=f"期初库存 {batch_no}", source_type=f"{source}_stock",
        source_id=f"{stock_id}:{batch.id}:{qty}:{dt.datetime.now().timestamp()}",
        lines=[Line(accounts.INVENTORY, debit_fen=value, sku_id=sku_id, location_id=location_id),
               Line(accounts.EQUITY, credit_fen=value)],
        conn=conn, user_id=user_id,
    )
    return stock_id
