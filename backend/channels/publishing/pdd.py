"""Pinduoduo: ``pdd.goods.spec.id.get`` (a spec id per 规格 value), then ``pdd.goods.add`` (first publish) or
``pdd.goods.edit.goods.commit`` (again), then ``pdd.goods.detail.get`` for the SKU ids (the add answer has the
goods id only). Fields: ``goods_name, cat_id, goods_desc, carousel_gallery, detail_gallery, goods_properties
[{ref_pid, value}], out_goods_id, market_price`` (fen), ``goods_type=1``, ``cost_template_id``,
``shipment_limit_second``, the after-sale switches, and ``sku_list [{out_sku_sn, price, multi_price`` (fen)
``, quantity, spec_id_list, thumb_url, is_onsale, limit_quantity, weight}]``.

``pdd.goods.list.get`` (``outer_goods_id``) finds the goods an earlier add created when its answer was lost.

PDD's sale-property parent spec for our 规格 values is 1001 (the platform's generic "规格")."""

from __future__ import annotations

from typing import Any

from backend.channels.adapters import PddAdapter
from backend.channels.adapters.base import join_sku_id

from .listing import Listed, ProductListing, listed

PARENT_SPEC_ID = 1001
COST_TEMPLATE_ID = 0  # the shop's default freight template
SHIP_WITHIN_SECONDS = 48 * 3600


async def goods_fields(adapter: PddAdapter, listing: ProductListing) -> dict[str, Any]:
    skus = []
    for s in listing.skus:
        spec = await adapter.call("pdd.goods.spec.id.get", parent_spec_id=PARENT_SPEC_ID, spec_name=s.spec)
        skus.append({"out_sku_sn": s.code, "price": s.price_fen, "multi_price": s.price_fen, "quantity": s.qty,
                     "spec_id_list": f"[{int(spec['spec_id'])}]", "thumb_url": listing.images[0], "is_onsale": 1,
                     "limit_quantity": 999, "weight": 0})
    return {
        "goods_name": listing.title, "cat_id": listing.category_id, "goods_desc": listing.description or listing.title,
        "carousel_gallery": list(listing.images), "detail_gallery": list(listing.images),
        "goods_properties": [{"ref_pid": k, "value": v} for k, v in listing.attributes.items()],
        "out_goods_id": listing.code, "market_price": max(s.price_fen for s in listing.skus), "goods_type": 1,
        "country_id": 0, "cost_template_id": COST_TEMPLATE_ID, "shipment_limit_second": SHIP_WITHIN_SECONDS,
        "is_folt": "false", "is_pre_sale": "false", "is_refundable": "true", "second_hand": "false",
        "sku_list": skus,
    }


async def find(adapter: PddAdapter, listing: ProductListing) -> str | None:
    """The mall's goods whose outer goods id is our product code, if one exists."""
    body = await adapter.call("pdd.goods.list.get", outer_goods_id=listing.code, page=1, page_size=10)
    goods = [g for g in body.get("goods_list") or []
             if any(str(s.get("outer_goods_id")) == listing.code for s in g.get("sku_list") or [])]
    return str(goods[0]["goods_id"]) if goods else None


async def publish(adapter: PddAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    fields = await goods_fields(adapter, listing)
    if item_id is None:
        item_id = str((await adapter.call("pdd.goods.add", **fields)).get("goods_id") or "")
    else:
        await adapter.call("pdd.goods.edit.goods.commit", goods_id=item_id, **fields)
    detail = await adapter.call("pdd.goods.detail.get", goods_id=item_id)
    return listed(adapter, listing, item_id, {str(s.get("out_sku_sn")): join_sku_id(item_id, s.get("sku_id"))
                                              for s in detail.get("sku_list") or []})
