"""SKUs by code for the order path, read in SQL: one statement, no ORM query building (placement reads them for
every order; issue 16; concurrent orders' reads go out together, raw_sql.fetch_keyed). The objects are the ORM's own (Sku with its product loaded, as select_related gives)."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Product, Sku
from backend.raw_sql import ANY_KEYS, columns, connection, fetch_keyed, from_row


async def skus_by_code(codes: list[str], conn: BaseDBAsyncClient | None = None) -> dict[str, Sku]:
    """{code: Sku} of the codes that exist, each with `sku.product` loaded."""
    if not codes:
        return {}
    db = connection(conn)
    rows = await fetch_keyed(db, f"SELECT {columns(Sku, 's', 's__')}, {columns(Product, 'p', 'p__')} FROM skus s "
                             f"JOIN products p ON p.id = s.product_id WHERE s.code {ANY_KEYS}", "s__code", codes, [])
    out: dict[str, Sku] = {}
    for row in rows:
        sku = from_row(Sku, row, "s__")
        object.__setattr__(sku, "_product", from_row(Product, row, "p__"))  # as select_related sets it
        out[sku.code] = sku
    return out
