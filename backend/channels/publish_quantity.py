"""The quantity we publish for a SKU on a channel (its StockPolicy row: share, safety buffer, locations).

    available  = on hand - reserved over sellable (unexpired) batches at the locations feeding the channel
                 (the policy's location_codes, else every active location)
    base       = available - live pool (units set aside for live sessions that are still counted as available)
    published  = max(0, floor(base * share_bp / 10000) - safety_buffer)

A policy row with a SKU overrides the account's default row (sku null); no row at all means 100%, no buffer.

The live-session engineer registers the live pool with ``register_live_pool(fn)``: ``fn(sku_id, location_ids)``
returns the units of that SKU set aside for live sessions at those locations (None: every location) that
``available`` still counts. Pools held as stock reservations are already out of ``available`` and must not be
returned again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.channels.accounts import account_for
from backend.channels.models import ChannelAccount, StockPolicy
from backend.orders.allocation import availability
from backend.org.models import Location

LivePool = Callable[[int, frozenset[int] | None], Awaitable[int]]


async def _no_live_pool(sku_id: int, location_ids: frozenset[int] | None) -> int:
    return 0


_live_pool: LivePool = _no_live_pool


def register_live_pool(fn: LivePool | None) -> None:
    """Install the live-session pool lookup (None restores 'no pool')."""
    global _live_pool
    _live_pool = fn or _no_live_pool


@dataclass(frozen=True)
class Policy:
    share_bp: int = 10000
    safety_buffer: int = 0
    location_codes: tuple[str, ...] | None = None

    def apply(self, base: int) -> int:
        return max(0, max(0, base) * self.share_bp // 10000 - self.safety_buffer)


async def policy_for(account: ChannelAccount, sku_id: int, conn: BaseDBAsyncClient | None = None) -> Policy:
    rows = await StockPolicy.filter(account_id=account.id, sku_id__in=[sku_id]).using_db(conn)
    if not rows:
        rows = await StockPolicy.filter(account_id=account.id, sku_id__isnull=True).using_db(conn)
    if not rows:
        return Policy()
    p = rows[0]
    codes = tuple(p.location_codes) if p.location_codes else None
    return Policy(p.share_bp, p.safety_buffer, codes)


async def location_ids_for(codes: Iterable[str] | None, conn: BaseDBAsyncClient | None = None) -> frozenset[int] | None:
    if codes is None:
        return None
    ids = await Location.filter(code__in=list(codes), is_active=True).using_db(conn).values_list("id", flat=True)
    return frozenset(int(i) for i in ids)


async def available_for(sku_id: int, location_ids: frozenset[int] | None,
                        conn: BaseDBAsyncClient | None = None) -> int:
    avail = await availability([sku_id], conn)
    return sum(v for (loc, s), v in avail.items() if s == sku_id and (location_ids is None or loc in location_ids))


async def quantity_for(sku_id: int, account: ChannelAccount, conn: BaseDBAsyncClient | None = None) -> int:
    """The quantity we publish for ``sku_id`` on ``account``'s platform right now."""
    policy = await policy_for(account, sku_id, conn)
    loc_ids = await location_ids_for(policy.location_codes, conn)
    available = await available_for(sku_id, loc_ids, conn)
    live = await _live_pool(sku_id, loc_ids)
    return policy.apply(available - max(0, live))


async def channel_quantity(sku_code: str, platform: str) -> int:
    """Convenience by codes: the quantity we publish for SKU ``sku_code`` on ``platform``."""
    sku = await Sku.get(code=sku_code)
    return await quantity_for(sku.id, await account_for(platform, active_only=False))
