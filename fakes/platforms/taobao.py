"""Taobao (TOP) open platform fake."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, ClassVar

from backend.channels.adapters.base import format_cst
from backend.channels.adapters.signing import compact_json
from backend.money import fen_to_yuan, yuan_to_fen
from fakes.platforms.base import (
    FakeApiError,
    FakeOrder,
    SignedRequest,
    as_int,
    cst_ms,
    need,
    now_ms,
    page_slice,
)
from fakes.platforms.listings import SkuIn
from fakes.platforms.top import TopFamilyFake


class TaobaoFake(TopFamilyFake):
    platform = "taobao"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"50018813": ("20000",), "50012451": ("20000",)}  # 20000 品牌
    ERRORS: ClassVar[dict[str, tuple[int, str, str | None]]] = {
        "signature": (25, "Invalid signature", None),
        "auth": (27, "Invalid session", "invalid-sessionkey"),
        "app_key": (29, "Invalid app Key", None),
        "timestamp": (43, "Invalid timestamp", None),
        "invalid": (41, "Invalid arguments", "isv.invalid-parameter"),
        "unknown_api": (22, "Invalid method", None),
        "rate_limit": (7, "App Call Limited", "accesscontrol.limited-by-app-access-count"),
        "server": (15, "Remote service error", "isp.remote-service-timeout"),
        "not_found": (15, "Remote service error", "isv.trade-not-exist"),
        "already_shipped": (15, "Remote service error", "isv.logistics-offline-service-error-B04"),
        "bad_state": (15, "Remote service error", "isv.logistics-offline-service-error-B01"),
    }

    def new_order_id(self) -> str:
        return "3" + super().new_order_id()

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg, sub = self.ERRORS[kind]
        err: dict[str, Any] = {"code": code, "msg": msg, "request_id": secrets.token_hex(6)}
        if sub:
            err["sub_code"] = sub
            err["sub_msg"] = "This ban will last for 1 more seconds" if kind == "rate_limit" else message
        return {"error_response": err}

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        return {api.removeprefix("taobao.").replace(".", "_") + "_response": result}

    @staticmethod
    def native_status(order: FakeOrder) -> str:
        if order.status == "paid":
            return "WAIT_BUYER_CONFIRM_GOODS" if order.shipped else "WAIT_SELLER_SEND_GOODS"
        return {"created": "WAIT_BUYER_PAY", "cancelled": "TRADE_CLOSED_BY_TAOBAO",
                "refunded": "TRADE_CLOSED"}[order.status]

    def render(self, order: FakeOrder) -> dict[str, Any]:
        lines = []
        for n, (sku, qty, price) in enumerate(order.items, start=1):
            num_iid, _, sku_id = sku.partition(":")
            line: dict[str, Any] = {"oid": int(order.order_id) * 10 + n, "num_iid": int(num_iid), "num": qty,
                                    "price": fen_to_yuan(price), "total_fee": fen_to_yuan(price * qty),
                                    "payment": fen_to_yuan(price * qty), "status": self.native_status(order),
                                    "refund_status": "SUCCESS" if order.status == "refunded" else "NO_REFUND"}
            if sku_id:
                line["sku_id"] = sku_id
            lines.append(line)
        trade: dict[str, Any] = {
            "tid": int(order.order_id), "status": self.native_status(order), "created": format_cst(order.created_ms),
            "modified": format_cst(order.modified_ms), "payment": fen_to_yuan(order.total_fen),
            "receiver_name": order.buyer_name, "receiver_mobile": order.buyer_phone,
            "receiver_state": order.province, "receiver_city": order.city, "receiver_district": order.district,
            "receiver_address": order.address, "orders": {"order": lines},
        }
        if order.remark:
            trade["buyer_message"] = order.remark
        if order.paid_ms:
            trade["pay_time"] = format_cst(order.paid_ms)
        return trade

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "taobao.trades.sold.increment.get": self._increment,
            "taobao.trade.fullinfo.get": lambda p: {"trade": self.render(self.get_order(p.get("tid", "")))},
            "taobao.item.quantity.update": self._quantity_update,
            "taobao.item.sku.get": self._sku_get,
            "taobao.item.seller.get": self._item_get,
            "taobao.logistics.offline.send": self._offline_send,
            "taobao.item.add": self._item_add,
            "taobao.item.update": self._item_update,
            "taobao.item.joint.img": self._joint_img,
            "taobao.items.custom.get": self._items_custom_get,
        }

    def _increment(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "start_modified", "end_modified")
        start, end = cst_ms(p["start_modified"], "start_modified"), cst_ms(p["end_modified"], "end_modified")
        self.check_window(start, end)
        rows, has_next = page_slice(self.orders_in_window(start, end), as_int(p.get("page_no", 1), "page_no"),
                                    as_int(p.get("page_size", 40), "page_size"))
        result: dict[str, Any] = {"has_next": has_next}
        if rows:
            result["trades"] = {"trade": [self.render(o) for o in rows]}
        return result

    def _quantity_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid", "quantity")
        sku = f"{p['num_iid']}:{p['sku_id']}" if p.get("sku_id") else str(p["num_iid"])
        qty = as_int(p["quantity"], "quantity")
        if str(p.get("type", "1")) == "2":
            qty = self.set_stock("taobao.item.quantity.update", sku, 0, delta=qty)
        else:
            qty = self.set_stock("taobao.item.quantity.update", sku, qty)
        stamp = format_cst(now_ms())
        result: dict[str, Any] = {"item": {"num_iid": int(p["num_iid"]), "modified": stamp}}
        if p.get("sku_id"):
            result["sku"] = {"sku_id": int(p["sku_id"]), "quantity": qty, "modified": stamp}
        else:
            result["item"]["num"] = qty
        return result

    def _sku_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid", "sku_id")
        qty = self.read_stock(f"{p['num_iid']}:{p['sku_id']}")
        return {"sku": {"sku_id": int(p["sku_id"]), "num_iid": int(p["num_iid"]), "quantity": qty}}

    def _item_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid")
        listing = self.listings.items.get(str(p["num_iid"]))
        if listing is None:
            return {"item": {"num_iid": int(p["num_iid"]), "num": self.read_stock(str(p["num_iid"]))}}
        skus = [{"sku_id": int(s.sku_id), "outer_id": s.outer_id, "price": fen_to_yuan(s.price_fen),
                 "properties_name": f"1627207:-{n}:规格:{s.spec}",
                 "quantity": self.read_stock(self.listing_sku_key(listing.item_id, s.sku_id))}
                for n, s in enumerate(listing.skus, start=1)]
        item: dict[str, Any] = {"num_iid": int(listing.item_id), "title": listing.title, "cid": int(listing.category_id),
                                "outer_id": listing.outer_id, "pic_url": listing.images[0],
                                "num": sum(s["quantity"] for s in skus)}
        if "sku" in str(p.get("fields", "")):
            item["skus"] = {"sku": skus}
        return {"item": item}

    # -- publishing: TOP's item form (sku_* lists, custom sale property 1627207 with aliases, input_pids/str)

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "cid", "title", "pic_path", "sku_properties", "sku_quantities", "sku_prices", "sku_outer_ids")
        props = str(p["sku_properties"]).split(",")
        qtys, prices = str(p["sku_quantities"]).split(","), str(p["sku_prices"]).split(",")
        outer_ids = str(p["sku_outer_ids"]).split(",")
        if not len(props) == len(qtys) == len(prices) == len(outer_ids):
            raise FakeApiError("invalid", "sku_properties/sku_quantities/sku_prices/sku_outer_ids 数量不一致")
        aliases: dict[str, str] = {}
        for alias in str(p.get("property_alias", "")).split(";"):
            pid, _, rest = alias.partition(":")
            vid, _, name = rest.partition(":")
            if name:
                aliases[f"{pid}:{vid}"] = name
        pids = [x for x in str(p.get("input_pids", "")).split(",") if x]
        values = str(p.get("input_str", "")).split(",") if pids else []
        if len(pids) != len(values):
            raise FakeApiError("invalid", "input_pids 与 input_str 数量不一致")
        skus = [SkuIn(o, aliases.get(prop, prop), yuan_to_fen(price), as_int(q, "sku_quantities"))
                for prop, q, price, o in zip(props, qtys, prices, outer_ids, strict=True)]
        return {"outer_id": str(p.get("outer_id", "")), "title": str(p["title"]), "category_id": str(p["cid"]),
                "images": [str(p["pic_path"])], "attributes": dict(zip(pids, values, strict=True)), "skus": skus,
                "payload": dict(p)}

    def _item_add(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num", "price", "type", "stuff_status")
        listing = self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p))
        return {"item": {"num_iid": int(listing.item_id), "created": format_cst(now_ms())}}

    def _item_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid")
        old = self.listings.get(str(p["num_iid"]))
        fields = self._listing_fields(p)
        fields["images"] = fields["images"] + old.images[1:]  # the main picture is replaced, the others stay
        listing = self.listings.upsert(self.stock, item_id=old.item_id, **fields)
        return {"item": {"num_iid": int(listing.item_id), "modified": format_cst(now_ms())}}

    def _items_custom_get(self, p: dict[str, Any]) -> dict[str, Any]:
        """The seller's items by outer_id (comma-separated, at most 50); no match answers an empty response."""
        need(p, "outer_id", "fields")
        wanted = [x for x in str(p["outer_id"]).split(",") if x]
        if len(wanted) > 50:
            raise FakeApiError("invalid", "outer_id 最多 50 个")
        items = [{"num_iid": int(x.item_id), "outer_id": x.outer_id, "title": x.title, "cid": int(x.category_id),
                  "approve_status": "onsale"} for x in self.listings.items.values() if x.outer_id in wanted]
        return {"items": {"item": items}} if items else {}

    def _joint_img(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid", "pic_path")
        listing = self.listings.get(str(p["num_iid"]))
        position = as_int(p.get("position", len(listing.images)), "position")
        images = [i for i in listing.images if i != p["pic_path"]]
        images.insert(max(1, min(position, len(images))), str(p["pic_path"]))
        listing.images = images
        return {"item_img": {"id": len(images), "url": p["pic_path"], "position": position,
                             "created": format_cst(now_ms())}}

    def _offline_send(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "tid", "out_sid", "company_code")
        self.ship(str(p["tid"]), p["company_code"], p["out_sid"])
        return {"shipping": {"is_success": True}}

    TOPICS: ClassVar[dict[str, str]] = {"created": "taobao_trade_TradeCreate", "paid": "taobao_trade_TradeBuyerPay",
                                        "cancelled": "taobao_trade_TradeClose", "refunded": "taobao_trade_TradeClose"}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        native = self.native_status(FakeOrder(**{**asdict(order), "status": status}))
        content = {"tid": int(order.order_id), "oid": int(order.order_id) * 10 + 1, "status": native,
                   "payment": fen_to_yuan(order.total_fen), "buyer_nick": "t**1", "seller_nick": "cradle旗舰店",
                   "type": "guarantee_trade"}
        message = {"id": self.message_id(), "topic": self.TOPICS[status], "pub_time": format_cst(now_ms()),
                   "content": compact_json(content)}
        query = {"app_key": self.credentials.app_key, "timestamp": format_cst(now_ms()), "sign_method": "md5",
                 "v": "2.0", "format": "json"}
        return self.top_push(query, message)
