"""The listing as Cradle sends it to any platform, and what a platform's answer tells us."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from backend.channels.adapters import ChannelAdapter, PlatformError


@dataclass(frozen=True)
class ListingSku:
    code: str  # our SKU code: the platform's outer (merchant) SKU code
    spec: str  # the value of the listing's one sale property (规格), e.g. "400g"
    price_fen: int
    qty: int  # the quantity to open with; stock sync owns it afterwards


@dataclass(frozen=True)
class ProductListing:
    code: str  # our product code: the platform's outer (merchant) item code
    title: str
    description: str
    category_id: str  # the platform's leaf category
    images: tuple[str, ...]  # URLs; the first is the main picture
    attributes: dict[str, str]  # the category's attributes, keyed as the platform names them
    skus: tuple[ListingSku, ...]
    spec_name: str = "规格"

    @property
    def min_price_fen(self) -> int:
        return min(s.price_fen for s in self.skus)

    @property
    def total_qty(self) -> int:
        return sum(s.qty for s in self.skus)


@dataclass(frozen=True)
class Listed:
    item_id: str
    sku_ids: dict[str, str]  # our SKU code -> platform SKU id (the form SkuMapping and the adapters use)


# A platform's publisher: (its adapter, the listing, the item id of an earlier publish or None) -> Listed
Publisher = Callable[[Any, ProductListing, str | None], Awaitable[Listed]]
# A platform's lookup by our product code (the item's outer id): (its adapter, the listing) -> the item id or None
Finder = Callable[[Any, ProductListing], Awaitable[str | None]]


def listed(adapter: ChannelAdapter, listing: ProductListing, item_id: Any, sku_ids: dict[str, str]) -> Listed:
    """Check the platform answered for every SKU we sent (an item without one of them would leave a SKU unmapped)."""
    missing = [s.code for s in listing.skus if not sku_ids.get(s.code)]
    if not item_id or missing:
        raise PlatformError(adapter.platform, f"unexpected response: no platform id for {missing or ['item']}",
                            retryable=True, kind="bad_response")
    return Listed(str(item_id), {s.code: sku_ids[s.code] for s in listing.skus})
