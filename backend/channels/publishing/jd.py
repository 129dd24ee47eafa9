"""JD: ``jingdong.ware.write.add`` (first publish) or ``jingdong.ware.write.updateWare`` (again), one
``360buy_param_json`` of ``ware`` (``title, categoryId, outerId, images [{imgUrl, imgIndex, colorId}],
props [{attrId, attrValues}], jdPrice``) and ``skus`` (``outerId, jdPrice`` yuan, ``stockNum``, ``saleAttrs
[{attrId, attrValues, attrAlias}]``). The answer carries the ware id and every SKU's global ``skuId`` by
``outerId``; business refusals come back as ``success: false`` with ``errorCode`` / ``chineseErrCode``.
``jingdong.sku.read.searchSkuList`` (``outId``: a SKU's outer id) finds the ware an earlier add created when its
answer was lost (JOS has no lookup by the ware's own outerId)."""

from __future__ import annotations

from typing import Any

from backend.channels.adapters import JDAdapter, PlatformError
from backend.money import fen_to_yuan

from .listing import Listed, ProductListing, listed

SALE_ATTR_ID = "1000000001"  # the category's sale attribute our 规格 values go in (aliased by name)


def ware_param(listing: ProductListing, item_id: str | None) -> dict[str, Any]:
    ware: dict[str, Any] = {
        "title": listing.title, "categoryId": listing.category_id, "outerId": listing.code,
        "jdPrice": fen_to_yuan(listing.min_price_fen), "introduction": listing.description or listing.title,
        "images": [{"colorId": "0000000000", "imgIndex": n, "imgUrl": url}
                   for n, url in enumerate(listing.images, start=1)],
        "props": [{"attrId": k, "attrValues": [v]} for k, v in listing.attributes.items()],
    }
    if item_id is not None:
        ware["wareId"] = item_id
    skus = [{"outerId": s.code, "jdPrice": fen_to_yuan(s.price_fen), "stockNum": s.qty,
             "saleAttrs": [{"attrId": SALE_ATTR_ID, "attrValues": [str(n)], "attrAlias": [s.spec]}]}
            for n, s in enumerate(listing.skus, start=1)]
    return {"ware": ware, "skus": skus}


async def find(adapter: JDAdapter, listing: ProductListing) -> str | None:
    """The ware holding one of our SKU codes as a SKU outer id, if one exists (a SKU code names one SKU)."""
    for sku in listing.skus:
        body = await adapter.call("jingdong.sku.read.searchSkuList", outId=sku.code, pageNo=1, page_size=20,
                                  field="wareId,skuId,outerId")
        rows = [r for r in (body.get("page") or {}).get("data") or [] if str(r.get("outerId")) == sku.code]
        if rows:
            return str(rows[0]["wareId"])
    return None


async def publish(adapter: JDAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    api = "jingdong.ware.write.add" if item_id is None else "jingdong.ware.write.updateWare"
    body = await adapter.call(api, **ware_param(listing, item_id))
    if body.get("success") is False:
        raise PlatformError(adapter.platform, str(body.get("chineseErrCode") or "商品发布失败"), retryable=False,
                            kind="business", code=str(body.get("errorCode") or ""))
    ware = body.get("ware") or {}
    return listed(adapter, listing, ware.get("wareId"), {str(s.get("outerId")): str(s.get("skuId"))
                                                         for s in ware.get("skus") or []})
