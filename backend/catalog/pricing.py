"""Selling prices. The most specific active price list wins, within its validity window:
channel + location > location > channel > the SKU's own price_fen. Ties go to the list that started most
recently (then the newest list)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import PriceList, Sku
from backend.raw_sql import ANY_KEYS, columns, connection, fetch_keyed, from_row
from backend.timestamps import utc_now

# Specificity rank of a list (higher wins).
CHANNEL_AND_LOCATION, LOCATION_ONLY, CHANNEL_ONLY = 3, 2, 1


def _id(obj: Any) -> int | None:
    if obj is None:
        return None
    return int(obj if isinstance(obj, int) else obj.id)


def _channel(channel: Any) -> str | None:
    if channel is None or channel == "":
        return None
    return str(getattr(channel, "value", channel))


def rank(price_list: PriceList, channel: str | None, location_id: int | None) -> int:
    """How specifically a list applies to (channel, location); 0 when it does not apply."""
    if price_list.channel and price_list.location_id:
        return CHANNEL_AND_LOCATION if (price_list.channel == channel and price_list.location_id == location_id) else 0
    if price_list.location_id:
        return LOCATION_ONLY if price_list.location_id == location_id else 0
    if price_list.channel:
        return CHANNEL_ONLY if price_list.channel == channel else 0
    return 0  # a list with neither channel nor location applies nowhere


def in_window(price_list: PriceList, at: datetime) -> bool:
    """Active and inside [valid_from, valid_to). Compared in Python: SQLite stores datetimes as text."""
    return bool(price_list.is_active) and (price_list.valid_from is None or price_list.valid_from <= at) and (
        price_list.valid_to is None or at < price_list.valid_to)


async def prices_for(
    skus: Iterable[Sku], channel: Any = None, location: Any = None, *, at: datetime | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> dict[int, int]:
    """{sku_id: price in fen} for several SKUs in one query."""
    sku_list = list(skus)
    prices = {s.id: int(s.price_fen) for s in sku_list}
    if not sku_list:
        return prices
    ch, loc = _channel(channel), _id(location)
    at = at or utc_now()
    if at.tzinfo is None:
        at = at.astimezone()  # a naive moment is local time
    rows = await _list_items(list(prices), ch, loc, conn)
    best: dict[int, tuple[int, datetime, int]] = {}
    floor = datetime.min.replace(tzinfo=UTC)
    for sku_id, price_fen, pl in rows:
        if not in_window(pl, at):
            continue
        key = (rank(pl, ch, loc), pl.valid_from or floor, pl.id)
        if key[0] and (sku_id not in best or key > best[sku_id]):
            best[sku_id] = key
            prices[sku_id] = int(price_fen)
    return prices


async def _list_items(sku_ids: list[int], channel: str | None, location_id: int | None,
                      conn: BaseDBAsyncClient | None) -> list[tuple[int, int, PriceList]]:
    """(sku id, price, its list) of the active lists that could apply to (channel, location) (the exact pair, the
    store alone, the channel alone); in SQL, since every order reads them (no ORM query building; concurrent
    orders' reads go out together, raw_sql.fetch_keyed)."""
    values: list[Any] = []  # from $2: the key list is $1
    options = []
    if channel and location_id:
        options.append(f"(pl.channel = ${len(values) + 2} AND pl.location_id = ${len(values) + 3})")
        values += [channel, location_id]
    if location_id:
        options.append(f"(pl.channel IS NULL AND pl.location_id = ${len(values) + 2})")
        values.append(location_id)
    if channel:
        options.append(f"(pl.channel = ${len(values) + 2} AND pl.location_id IS NULL)")
        values.append(channel)
    if not options:
        return []  # nothing applies
    values.append(True)
    db = connection(conn)
    rows = await fetch_keyed(db, f"SELECT i.sku_id AS item_sku_id, i.price_fen AS item_price_fen, "
                             f"{columns(PriceList, 'pl')} FROM price_list_items i "
                             f"JOIN price_lists pl ON pl.id = i.price_list_id "
                             f"WHERE i.sku_id {ANY_KEYS} AND pl.is_active = ${len(values) + 1} "
                             f"AND ({' OR '.join(options)})", "item_sku_id", sku_ids, values)
    return [(int(r["item_sku_id"]), int(r["item_price_fen"]), from_row(PriceList, r)) for r in rows]


async def price_for(sku: Sku, channel: Any = None, location: Any = None, *, at: datetime | None = None,
                    conn: BaseDBAsyncClient | None = None) -> int:
    """The price in fen of one SKU sold on `channel` at `location` (a Location, its id, or None)."""
    return (await prices_for([sku], channel, location, at=at, conn=conn))[sku.id]


# Channels whose own shop shows the shopper a price before the order exists (the mini-program's product list,
# product page and cart): the order must charge the price shown.
SHOP_CHANNELS = frozenset({"miniprogram"})


def price_location_id(channel: Any, chosen_id: int | None, fulfilling_id: int | None) -> int | None:
    """The location whose price lists price a sale. A location the buyer chose (the store picked in the shop, the
    counter) prices it. With none chosen, a shop channel prices channel-wide, as its shop showed (which warehouse
    ships is not the shopper's choice); other channels price at the location that fulfils the order."""
    if chosen_id is not None:
        return chosen_id
    return None if _channel(channel) in SHOP_CHANNELS else fulfilling_id
