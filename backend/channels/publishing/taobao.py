"""Taobao / Tmall: ``taobao.item.add`` (first publish) or ``taobao.item.update`` (again), then
``taobao.item.joint.img`` for the pictures after the main one and ``taobao.item.seller.get`` (fields ``sku``) for
the SKU ids, which the add answer does not carry. ``taobao.items.custom.get`` (``outer_id``) finds an item an
earlier add created when its answer was lost.

Form fields: ``cid, title, desc, num, price`` (yuan), ``type=fixed, stuff_status=new, approve_status=onsale``,
``outer_id`` (our product code), ``pic_path`` (main picture), category attributes as ``input_pids`` /
``input_str``, and one SKU per position of ``sku_properties`` / ``sku_quantities`` / ``sku_prices`` /
``sku_outer_ids``. Our SKUs differ by one custom sale property (pid 1627207 with custom values -1, -2, ... named
by ``property_alias``)."""

from __future__ import annotations

from backend.channels.adapters import TaobaoAdapter
from backend.channels.adapters.base import join_sku_id
from backend.money import fen_to_yuan

from .listing import Listed, ProductListing, listed

SALE_PID = "1627207"


def item_form(listing: ProductListing) -> dict[str, str]:
    values = [f"{SALE_PID}:-{n}" for n in range(1, len(listing.skus) + 1)]
    return {
        "cid": listing.category_id, "title": listing.title, "desc": listing.description or listing.title,
        "num": str(listing.total_qty), "price": fen_to_yuan(listing.min_price_fen), "type": "fixed",
        "stuff_status": "new", "approve_status": "onsale", "outer_id": listing.code, "pic_path": listing.images[0],
        "input_pids": ",".join(listing.attributes), "input_str": ",".join(listing.attributes.values()),
        "sku_properties": ",".join(values),
        "sku_quantities": ",".join(str(s.qty) for s in listing.skus),
        "sku_prices": ",".join(fen_to_yuan(s.price_fen) for s in listing.skus),
        "sku_outer_ids": ",".join(s.code for s in listing.skus),
        "property_alias": ";".join(f"{v}:{s.spec}" for v, s in zip(values, listing.skus, strict=True)),
    }


async def find(adapter: TaobaoAdapter, listing: ProductListing) -> str | None:
    """The seller's item whose outer_id is our product code, if one exists."""
    body = await adapter.call("taobao.items.custom.get", outer_id=listing.code, fields="num_iid,outer_id")
    items = [i for i in (body.get("items") or {}).get("item") or [] if str(i.get("outer_id")) == listing.code]
    return str(items[0]["num_iid"]) if items else None


async def publish(adapter: TaobaoAdapter, listing: ProductListing, item_id: str | None) -> Listed:
    form = item_form(listing)
    if item_id is None:
        body = await adapter.call("taobao.item.add", **form)
    else:
        body = await adapter.call("taobao.item.update", num_iid=item_id, **form)
    num_iid = str((body.get("item") or {}).get("num_iid") or "")
    for position, url in enumerate(listing.images[1:], start=1):
        await adapter.call("taobao.item.joint.img", num_iid=num_iid, pic_path=url, position=position)
    item = (await adapter.call("taobao.item.seller.get", num_iid=num_iid, fields="num_iid,sku")).get("item") or {}
    skus = (item.get("skus") or {}).get("sku") or []
    return listed(adapter, listing, num_iid, {str(s.get("outer_id")): join_sku_id(num_iid, s.get("sku_id"))
                                              for s in skus})
