"""Kuaishou shop: ``open.item.new`` (first publish) or ``open.item.edit`` (again), then ``open.item.get`` for the
SKU ids (``kwaiSkuId`` by ``skuNick``). Fields: ``title, categoryId, imageUrls, details, relItemId`` (our product
code), ``itemPropValues [{propName, textPropValue}]``, ``skuList [{relSkuId, skuNick, skuSalePrice`` (fen)``,
skuStock, skuProps [{propName, propValueName, isMainProp}]}]``, ``expressTemplateId`` and ``purchaseLimit``.
``open.item.list.get`` (``relItemId``) finds the item an earlier add created when its answer was lost."""

from __future__ import annotations

from typing import Any

from backend.channels.adapters import KuaishouAdapter

from .listing import Listed, ProductListing, listed

EXPRESS_TEMPLATE_ID = 0  # the shop's default freight template


def item_fields(listing: ProductListing) -> dict[str, Any]:
    return {
        "title": listing.title, "categoryId": listing.category_id, "imageUrls": list(listing.images),
        "details": listing.description or listing.title, "relItemId": listing.code,
        "itemPropValues": [{"propName": k, "textPropValue": v} for k, v in listing.attributes.items()],
        "skuList": [{"relSkuId": n, "skuNick": s.code, "skuSalePrice": s.price_fen, "skuStock": s.qty,
                     "skuProps": [{"propName": listing.spec_name, "propValueName": s.spec, "isMainProp": 1}]}
                    for n, s in enumerate(listing.skus, start=1)],
        "expressTemplateId": EXPRESS_TEMPLATE_ID, "purchaseLimit": False,
    }


async def find(adapter: KuaishouAdapter, listing: ProductListing) -> str | None:
    """The shop's item whose relItemId is our product code, if one exists."""
    data = await adapter.call("open.item.list.get", relItemId=listing.code, pageNumber=1, pageSize=10)
    items = [i for i in data.get("items") or [] if str(i.get("relItemId")) == listing.code]
    return str(items[0]["kwaiItemId"]) if items else None


async def publish(adapter: KuaishouAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    if item_id is None:
        item_id = str((await adapter.call("open.item.new", **item_fields(listing))).get("kwaiItemId") or "")
    else:
        await adapter.call("open.item.edit", kwaiItemId=int(item_id), **item_fields(listing))
    item = await adapter.call("open.item.get", kwaiItemId=int(item_id))
    return listed(adapter, listing, item_id, {str(s.get("skuNick")): f"{item_id}:{s.get('kwaiSkuId')}"
                                              for s in item.get("skuList") or []})
