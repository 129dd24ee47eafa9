"""Where an order ships from, and holding its stock there.

The choice reads availability without locks (cheap, may be stale); the reservation then locks the rows and
decides for real. If a concurrent buyer took the stock in between, the next candidate is tried inside a
savepoint, so a failed attempt leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import InsufficientStock
from backend.org.models import Channel, Location, LocationKind
from backend.raw_sql import ANY_KEYS, columns, connection, fetch_keyed, from_row, is_postgres
from backend.stock import messages
from backend.stock.management import CartLine, Ref, WithRows, reserve_lines
from backend.timestamps import business_today


@dataclass(frozen=True)
class Need:
    sku_id: int
    qty: int
    label: str  # shown in messages, e.g. "SKU001 爱他美3段"
    order_item_id: int | None = None


async def _sellable(sku_ids: list[int], conn: BaseDBAsyncClient | None, today: dt.date | None,
                    with_locations: bool) -> list[dict[str, Any]]:
    """Stocks rows of the SKUs in sellable (unexpired or undated) batches at active locations, in SQL (read for
    every order: no ORM query building; concurrent orders' reads go out together, raw_sql.fetch_keyed); with the location's columns when asked (as l__<column>)."""
    if not sku_ids:
        return []
    db = connection(conn)
    today = today or business_today()
    extra = f", {columns(Location, 'l', 'l__')}" if with_locations else ""
    return await fetch_keyed(db, "SELECT st.location_id, st.sku_id, st.on_hand, st.reserved" + extra +
                             " FROM stocks st JOIN locations l ON l.id = st.location_id"
                             " LEFT JOIN batches b ON b.id = st.batch_id"
                             f" WHERE st.sku_id {ANY_KEYS} AND l.is_active = $2"
                             " AND (b.expiry_date IS NULL OR b.expiry_date >= $3)",
                             "sku_id", sku_ids, [True, today if is_postgres(db) else today.isoformat()])


def _available(rows: list[dict[str, Any]]) -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = defaultdict(int)
    for r in rows:
        if r["on_hand"] > r["reserved"]:
            out[(r["location_id"], r["sku_id"])] += r["on_hand"] - r["reserved"]
    return out


async def availability(sku_ids: list[int], conn: BaseDBAsyncClient | None = None,
                       today: dt.date | None = None) -> dict[tuple[int, int], int]:
    """{(location_id, sku_id): available units} over sellable (unexpired) batches at active locations."""
    return _available(await _sellable(sku_ids, conn, today, with_locations=False))


def _shortage(needs: list[Need], avail: dict[tuple[int, int], int], location: Location | None) -> InsufficientStock:
    """The clearest 库存不足 message for what is missing."""
    if location is not None:
        for n in needs:
            have = avail.get((location.id, n.sku_id), 0)
            if have < n.qty:
                return InsufficientStock(messages.INSUFFICIENT_AT.format(
                    sku=n.label, location=location.name, need=n.qty, available=have))
    for n in needs:
        total = sum(v for (_, s), v in avail.items() if s == n.sku_id)
        if total < n.qty:
            return InsufficientStock(f"{n.label} 库存不足（需要 {n.qty}，全部门店和仓库可用 {total}）")
    return InsufficientStock("库存不足：没有一个门店或仓库能一次备齐全部商品，请拆单或减少数量")


def rank_key(location: Location, channel: str, preferred: frozenset[int] | None) -> tuple[int, int, int, int]:
    """Online orders prefer warehouses; counter (POS) sales prefer the seller's own store."""
    if channel == Channel.POS:
        own = 0 if preferred and location.id in preferred else 1
        kind = 0 if location.kind == LocationKind.STORE else 1
    else:
        own = 0
        kind = 0 if location.kind == LocationKind.WAREHOUSE else 1
    return (own, kind, location.priority, location.id)


async def candidates(
    needs: list[Need],
    channel: str,
    *,
    requested: Location | None = None,
    allowed: frozenset[int] | None = None,
    preferred: frozenset[int] | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> list[Location]:
    """Active locations that can fulfil every line, best first. Raises InsufficientStock when none can.

    `requested`: only that location. `allowed`: restrict to these ids (a clerk's own stores at the counter).
    """
    rows = await _sellable(sorted({n.sku_id for n in needs}), conn, None, with_locations=True)
    avail = _available(rows)

    def fulfils(loc_id: int) -> bool:
        return all(avail.get((loc_id, n.sku_id), 0) >= n.qty for n in needs)

    if requested is not None:
        if not fulfils(requested.id):
            raise _shortage(needs, avail, requested)
        return [requested]
    loc_ids = {loc for (loc, _) in avail}
    if allowed is not None:
        loc_ids &= allowed
    able = [i for i in loc_ids if fulfils(i)]
    if not able:
        raise _shortage(needs, {k: v for k, v in avail.items() if allowed is None or k[0] in allowed}, None)
    found = set(able)
    locations: dict[int, Location] = {}
    for r in rows:  # the locations came with their stocks rows (active ones only)
        if r["location_id"] in found and r["location_id"] not in locations:
            locations[r["location_id"]] = from_row(Location, r, "l__")
    return sorted(locations.values(), key=lambda loc: rank_key(loc, channel, preferred))


def cart_lines(needs: list[Need]) -> list[CartLine]:
    """The needs as the stock step holds them (backend.stock.management)."""
    return [CartLine(n.sku_id, n.qty, n.order_item_id, n.label) for n in needs]


async def reserve_at(
    location: Location, needs: list[Need], ref: Ref | None, conn: BaseDBAsyncClient, *,
    expires_at: dt.datetime | None = None, user_id: int | None = None, with_rows: WithRows | None = None,
) -> None:
    """Hold every line at one location, all or nothing, in a constant number of statements
    (backend.stock.management.reserve_lines: the rows locked by SKU then id, the lock order of every stock path;
    `with_rows`: the caller's rows written in the reservation's statement, PostgreSQL)."""
    await reserve_lines(location_id=location.id, ref=ref, conn=conn, expires_at=expires_at, user_id=user_id,
                        location_label=location.name, with_rows=with_rows,
                        lines=cart_lines(needs))


async def allocate(
    needs: list[Need], locations: list[Location], ref: Ref | None, conn: BaseDBAsyncClient, *,
    expires_at: dt.datetime | None = None, user_id: int | None = None, with_rows: WithRows | None = None,
) -> Location:
    """Reserve at the first candidate that still has everything (stock may have gone since it was read). With
    `with_rows` (PostgreSQL) the caller's rows are written by the reservation's statement at the location that
    holds the stock (reserve_at; `ref` and the needs' order item ids come from it)."""
    if not locations:
        raise InsufficientStock()
    last_error: InsufficientStock | None = None
    for i, loc in enumerate(locations):
        if i == len(locations) - 1:
            await reserve_at(loc, needs, ref, conn, expires_at=expires_at, user_id=user_id, with_rows=with_rows)
            return loc
        try:
            async with conn._in_transaction():  # a savepoint inside the caller's transaction
                await reserve_at(loc, needs, ref, conn, expires_at=expires_at, user_id=user_id, with_rows=with_rows)
            return loc
        except InsufficientStock as exc:
            last_error = exc
    raise last_error or InsufficientStock()
