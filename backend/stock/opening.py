"""Opening stock: goods that exist before Cradle (demo data, legacy import, tests) enter at a unit cost.
Posts Dr Inventory / Cr Equity so the ledger and the stock value agree from day one."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance import accounts
from backend.finance.costing import add_value
from backend.finance.ledger import Line, post_entry
from backend.stock.management import Ref, put_away
from backend.stock.models import Batch, MovementKind
from backend.timestamps import business_today


@dataclass(frozen=True)
class OpeningLine:
    sku_id: int
    qty: int
    unit_cost_fen: int
    batch_no: str = "-"
    production_date: dt.date | None = None
    expiry_date: dt.date | None = None


async def _put(location_id: int, ln: OpeningLine, conn: BaseDBAsyncClient, source: str,
               user_id: int | None) -> tuple[int, int]:
    """Put one line away (its batch created if new) and add its value. Returns (stocks row id, batch id)."""
    batch, _ = await Batch.get_or_create(
        sku_id=ln.sku_id, batch_no=ln.batch_no,
        defaults={"production_date": ln.production_date, "expiry_date": ln.expiry_date}, using_db=conn,
    )
    stock_id = await put_away(sku_id=ln.sku_id, location_id=location_id, batch_id=batch.id, qty=ln.qty,
                              kind=MovementKind.IMPORT, ref=Ref(source, str(batch.id)), user_id=user_id, conn=conn)
    await add_value(ln.sku_id, ln.qty, ln.qty * ln.unit_cost_fen, conn)
    return stock_id, batch.id


async def open_stock(
    *, sku_id: int, location_id: int, qty: int, unit_cost_fen: int, conn: BaseDBAsyncClient,
    batch_no: str = "-", production_date: dt.date | None = None, expiry_date: dt.date | None = None,
    source: str = "opening", user_id: int | None = None,
) -> int:
    """Put `qty` units of a batch (created if new) at a location. Returns the stocks row id."""
    stock_id, batch_id = await _put(location_id, OpeningLine(sku_id, qty, unit_cost_fen, batch_no, production_date,
                                                             expiry_date), conn, source, user_id)
    value = qty * unit_cost_fen
    await post_entry(
        date=business_today(), memo=f"期初库存 {batch_no}", source_type=f"{source}_stock",
        source_id=f"{stock_id}:{batch_id}:{qty}:{dt.datetime.now().timestamp()}",
        lines=[Line(accounts.INVENTORY, debit_fen=value, sku_id=sku_id, location_id=location_id),
               Line(accounts.EQUITY, credit_fen=value)],
        conn=conn, user_id=user_id,
    )
    return stock_id


async def open_stock_many(
    *, location_id: int, lines: list[OpeningLine], conn: BaseDBAsyncClient, source: str = "opening",
    user_id: int | None = None, memo: str = "期初库存",
) -> int:
    """A whole opening count of one location: every line put away and valued as open_stock does, and one
    journal entry for all of them (Dr Inventory per SKU line / Cr Equity). Returns the total units."""
    debits: list[Line] = []
    for ln in lines:
        if ln.qty <= 0 or ln.unit_cost_fen < 0:
            raise ValueError(f"opening line needs a positive qty and a cost: {ln}")
        await _put(location_id, ln, conn, source, user_id)
        debits.append(Line(accounts.INVENTORY, debit_fen=ln.qty * ln.unit_cost_fen, sku_id=ln.sku_id,
                           location_id=location_id))
    total = sum(d.debit_fen for d in debits)
    await post_entry(date=business_today(), memo=memo, source_type=f"{source}_stock",
                     source_id=f"{location_id}:{uuid.uuid4().hex}", lines=[*debits, Line(accounts.EQUITY,
                                                                                            credit_fen=total)],
                     conn=conn, user_id=user_id)
    return sum(ln.qty for ln in lines)
