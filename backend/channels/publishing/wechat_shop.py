"""WeChat shop (微信小店): ``/channels/ec/product/add`` (first publish) or ``/channels/ec/product/update``
(again), then ``/channels/ec/product/get`` for the SKU ids by ``out_sku_id``. Body: ``out_product_id, title,
head_imgs, desc_info {desc, imgs}, cats [{cat_id}]`` (the leaf last), ``attrs [{attr_key, attr_value}]``,
``skus [{out_sku_id, sale_price`` (fen)``, stock_num, thumb_img, sku_attrs [{attr_key, attr_value}]}]``,
``deliver_method=0`` (express) and ``extra_service``.

The API has no lookup by ``out_product_id``: after an add whose answer was lost, ``/channels/ec/product/list/get``
(product ids, newest first, 30 a page) and ``/channels/ec/product/get`` of each find the product that carries our
code; only a retry of an unanswered first publish pays for it. (The list leaves out products never put on sale;
the fake lists every product.)"""

from __future__ import annotations

from typing import Any

from backend.channels.adapters import WeChatShopAdapter
from backend.channels.adapters.base import join_sku_id

from .listing import Listed, ProductListing, listed

PATH = "/channels/ec/product/"


def product_body(listing: ProductListing) -> dict[str, Any]:
    return {
        "out_product_id": listing.code, "title": listing.title, "head_imgs": list(listing.images),
        "desc_info": {"desc": listing.description or listing.title, "imgs": list(listing.images)},
        "cats": [{"cat_id": listing.category_id}],
        "attrs": [{"attr_key": k, "attr_value": v} for k, v in listing.attributes.items()],
        "skus": [{"out_sku_id": s.code, "sale_price": s.price_fen, "stock_num": s.qty, "thumb_img": listing.images[0],
                  "sku_attrs": [{"attr_key": listing.spec_name, "attr_value": s.spec}]} for s in listing.skus],
        "deliver_method": 0, "extra_service": {"seven_day_return": 1, "freight_insurance": 0},
    }


LIST_PAGE = 30


async def find(adapter: WeChatShopAdapter, listing: ProductListing) -> str | None:
    """The shop's product whose out_product_id is our product code, if one exists."""
    next_key = ""
    while True:
        page = await adapter.call(PATH + "list/get", {"page_size": LIST_PAGE, **({"next_key": next_key} if next_key
                                                                                    else {})})
        for product_id in page.get("product_ids") or []:
            answer = await adapter.call(PATH + "get", {"product_id": str(product_id), "data_type": 3})
            product = answer.get("product") or answer.get("edit_product") or {}
            if str(product.get("out_product_id")) == listing.code:
                return str(product_id)
        next_key = str(page.get("next_key") or "")
        if not next_key or not page.get("product_ids"):
            return None


async def publish(adapter: WeChatShopAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    if item_id is None:
        answer = await adapter.call(PATH + "add", product_body(listing))
    else:
        answer = await adapter.call(PATH + "update", {"product_id": item_id, **product_body(listing)})
    item_id = str((answer.get("data") or {}).get("product_id") or "")
    product = (await adapter.call(PATH + "get", {"product_id": item_id, "data_type": 1})).get("product") or {}
    return listed(adapter, listing, item_id, {str(s.get("out_sku_id")): join_sku_id(item_id, s.get("sku_id"))
                                              for s in product.get("skus") or []})
