"""Douyin shop (抖店): ``product.addV2`` (first publish; its answer carries the SKU ids by ``outer_sku_id``) or
``product.editV2`` then ``sku.list`` (again). Fields: ``name, category_leaf_id, pic`` ("|"-joined URLs),
``description, outer_product_id, product_format_new`` (JSON text: property id -> ``[{value, name, diy_type}]``),
``specs`` ("规格|a,b"), ``spec_prices`` (JSON text: ``[{spec_detail_name1, stock_num, price`` fen``, code,
outer_sku_id}]``), ``pay_type=1, reduce_type=1, commit=true``. ``product.detail`` (``out_product_id``, drafts
too) finds the product an earlier add created when its answer was lost."""

from __future__ import annotations

from typing import Any

from backend.channels.adapters import DouyinAdapter, PlatformError
from backend.channels.adapters.base import join_sku_id
from backend.channels.adapters.signing import compact_json

from .listing import Listed, ProductListing, listed


def product_fields(listing: ProductListing) -> dict[str, Any]:
    return {
        "name": listing.title, "category_leaf_id": listing.category_id, "pic": "|".join(listing.images),
        "description": "|".join(listing.images), "outer_product_id": listing.code,
        "product_format_new": compact_json({k: [{"value": 0, "name": v, "diy_type": 1}]
                                            for k, v in listing.attributes.items()}),
        "specs": f"{listing.spec_name}|{','.join(s.spec for s in listing.skus)}",
        "spec_prices": compact_json([{"spec_detail_name1": s.spec, "stock_num": s.qty, "price": s.price_fen,
                                      "code": s.code, "outer_sku_id": s.code} for s in listing.skus]),
        "pay_type": 1, "reduce_type": 1, "freight_id": 0, "commit": True,
    }


async def find(adapter: DouyinAdapter, listing: ProductListing) -> str | None:
    """The shop's product whose merchant code is our product code, if one exists."""
    try:
        data = await adapter.call("product.detail", out_product_id=listing.code, show_draft="true")
    except PlatformError as exc:
        if exc.kind == "not_found":
            return None
        raise
    return str(data.get("product_id") or "") or None


async def publish(adapter: DouyinAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    fields = product_fields(listing)
    if item_id is None:
        data = await adapter.call("product.addV2", **fields)
        item_id = str(data.get("product_id") or "")
        rows = [{"outer_sku_id": s.get("outer_sku_id"), "id": s.get("sku_id")} for s in data.get("sku") or []]
    else:
        await adapter.call("product.editV2", product_id=item_id, **fields)
        rows = await adapter.call("sku.list", product_id=item_id)
    return listed(adapter, listing, item_id, {str(r.get("outer_sku_id")): join_sku_id(item_id, r.get("id"))
                                              for r in rows or []})
