"""What every platform fake keeps of published products: the listings (item, its SKUs with our outer ids, the
category, images and attributes as the platform received them), with the checks the platforms make before they
accept a product (a known leaf category, its required attributes, at least one image and one SKU, unique
outer ids, positive prices). A listed SKU is on sale: its quantity lives in the fake's stock like any other.

Tests read a listing back by our codes::

    listing = fake.listings.by_outer_id("P-1001")   # the product's code is the item's outer id
    listing.skus[0].outer_id, listing.attributes, listing.payload   # payload: the last request as received
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fakes.platforms.errors import FakeApiError


@dataclass
class ListedSku:
    sku_id: str
    outer_id: str
    spec: str
    price_fen: int


@dataclass
class Listing:
    item_id: str
    outer_id: str
    title: str
    category_id: str
    images: list[str]
    attributes: dict[str, str]
    skus: list[ListedSku]
    payload: dict[str, Any] = field(repr=False)
    version: int = 1

    def sku(self, outer_id: str) -> ListedSku:
        return next(s for s in self.skus if s.outer_id == outer_id)


@dataclass(frozen=True)
class SkuIn:
    """One SKU of a publish request as the fake parsed it from the platform's own fields."""

    outer_id: str
    spec: str
    price_fen: int
    qty: int


class ListingBook:
    """The listings of one fake. ``sku_key(item_id, sku_id)`` is the platform SKU id stock is kept under."""

    def __init__(self, categories: dict[str, tuple[str, ...]], sku_key: Callable[[str, str], str],
                 id_base: int) -> None:
        self.categories = categories  # leaf category id -> the attributes it requires
        self.sku_key = sku_key
        self.items: dict[str, Listing] = {}
        self._ids = itertools.count(id_base % 10**9 * 1000 + 1)

    def clear(self) -> None:
        self.items.clear()

    def new_id(self) -> str:
        return str(next(self._ids))

    def get(self, item_id: str) -> Listing:
        listing = self.items.get(str(item_id))
        if listing is None:
            raise FakeApiError("not_found", f"商品 {item_id} 不存在")
        return listing

    def by_outer_id(self, outer_id: str) -> Listing | None:
        return next((x for x in self.items.values() if x.outer_id == outer_id), None)

    def check(self, *, title: str, category_id: str, images: Sequence[str], attributes: dict[str, str],
              skus: Sequence[SkuIn]) -> None:
        if not title.strip():
            raise FakeApiError("invalid", "商品标题不能为空")
        required = self.categories.get(str(category_id))
        if required is None:
            raise FakeApiError("invalid", f"类目 {category_id} 不存在或不是叶子类目")
        missing = [name for name in required if not str(attributes.get(name, "")).strip()]
        if missing:
            raise FakeApiError("invalid", f"缺少类目必填属性: {', '.join(missing)}")
        if not images:
            raise FakeApiError("invalid", "至少需要一张商品主图")
        if not skus:
            raise FakeApiError("invalid", "至少需要一个 SKU")
        outer_ids = [s.outer_id for s in skus]
        if len(set(outer_ids)) != len(outer_ids) or not all(outer_ids):
            raise FakeApiError("invalid", "SKU 商家编码必须唯一且不能为空")
        if any(s.price_fen <= 0 or s.qty < 0 for s in skus):
            raise FakeApiError("invalid", "SKU 价格必须大于 0，库存不能为负")

    def upsert(self, stock: dict[str, int], *, item_id: str | None, outer_id: str, title: str, category_id: str,
               images: Sequence[str], attributes: dict[str, str], skus: Sequence[SkuIn],
               payload: dict[str, Any]) -> Listing:
        """Create a listing (item_id None) or replace an existing one. SKUs keep their ids by outer id; new SKUs
        go on sale with the quantity sent, existing ones keep the platform's quantity (stock updates own it),
        SKUs left out are taken off sale. Call with the fake's lock held."""
        self.check(title=title, category_id=category_id, images=images, attributes=attributes, skus=skus)
        old = self.get(item_id) if item_id is not None else None
        item = old.item_id if old else self.new_id()
        known = {s.outer_id: s.sku_id for s in old.skus} if old else {}
        listed: list[ListedSku] = []
        for s in skus:
            sku_id = known.get(s.outer_id) or self.new_id()
            listed.append(ListedSku(sku_id, s.outer_id, s.spec, s.price_fen))
            stock.setdefault(self.sku_key(item, sku_id), s.qty)
        for gone in set(known) - {s.outer_id for s in skus}:
            stock.pop(self.sku_key(item, known[gone]), None)
        listing = Listing(item, outer_id, title, str(category_id), list(images), dict(attributes), listed,
                          payload, version=old.version + 1 if old else 1)
        self.items[item] = listing
        return listing
