"""Pinduoduo open platform fake."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from backend.channels.adapters.base import CST, format_cst
from backend.channels.adapters.signing import compact_json
from fakes.platforms.base import (
    FakeApiError,
    FakeOrder,
    SignedRequest,
    as_int,
    json_list,
    need,
    page_slice,
)
from fakes.platforms.listings import SkuIn
from fakes.platforms.top import TopFamilyFake


class PddFake(TopFamilyFake):
    platform = "pdd"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"9318": ("1313",), "6397": ("1313",)}  # 1313 品牌
    KEY_PARAM = "client_id"
    API_PARAM = "type"
    TOKEN_PARAM = "access_token"
    PATH = "/api/router"
    MAX_WINDOW_SECONDS = 30 * 60
    ERRORS: ClassVar[dict[str, tuple[int, str]]] = {
        "signature": (10016, "sign校验失败"),
        "auth": (10019, "access_token已过期"),
        "app_key": (10001, "client_id不存在"),
        "timestamp": (10002, "timestamp已过期"),
        "invalid": (10000, "参数错误"),
        "unknown_api": (10003, "type不存在"),
        "rate_limit": (52101, "当前接口被限流，请稍后重试"),
        "server": (50001, "服务异常，请稍后重试"),
        "not_found": (20001, "对象不存在"),
        "already_shipped": (20002, "订单已发货"),
        "bad_state": (20003, "订单状态不允许该操作"),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spec_ids: dict[tuple[str, str], int] = {}  # (parent spec id, value) -> spec id

    def timestamp_seconds(self, value: str) -> float:
        return float(int(value))

    def new_order_id(self) -> str:
        return f"{datetime.now(CST):%y%m%d}-{super().new_order_id()[-15:]}"

    def check_request(self, params: dict[str, str]) -> None:
        super().check_request(params)
        if params.get("data_type", "JSON").upper() != "JSON":
            raise FakeApiError("invalid", "data_type 只支持 JSON")

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg = self.ERRORS[kind]
        return {"error_response": {"error_code": code, "error_msg": msg, "sub_code": kind, "sub_msg": message,
                                   "request_id": secrets.token_hex(8)}}

    RESPONSE_KEYS: ClassVar[dict[str, str]] = {
        "pdd.order.number.list.increment.get": "order_sn_increment_get_response",
        "pdd.order.information.get": "order_info_get_response",
        "pdd.goods.quantity.update": "goods_quantity_update_response",
        "pdd.goods.detail.get": "goods_detail_get_response",
        "pdd.logistics.online.send": "logistics_online_send_response",
        "pdd.goods.spec.id.get": "goods_spec_id_get_response",
        "pdd.goods.add": "goods_add_response",
        "pdd.goods.edit.goods.commit": "goods_edit_goods_commit_response",
        "pdd.goods.list.get": "goods_list_get_response",
    }

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        return {self.RESPONSE_KEYS[api]: result}

    def render(self, order: FakeOrder) -> dict[str, Any]:
        confirm = {"created": 0, "paid": 1, "cancelled": 2, "refunded": 1}[order.status]
        return {
            "order_sn": order.order_id, "confirm_status": confirm,
            "order_status": 2 if order.shipped else 1,
            "refund_status": 4 if order.status == "refunded" else 1,
            "pay_amount": order.total_fen / 100, "goods_amount": order.total_fen / 100,
            "created_time": format_cst(order.created_ms), "updated_at": format_cst(order.modified_ms),
            "confirm_time": format_cst(order.paid_ms) if order.paid_ms else "",
            "receiver_name": order.buyer_name, "receiver_phone": order.buyer_phone, "province": order.province,
            "city": order.city, "town": order.district, "address": order.address, "buyer_memo": order.remark,
            "item_list": [{"goods_id": int(sku.split(":")[0]), "sku_id": int(sku.partition(":")[2] or 0),
                           "goods_count": qty, "goods_price": price / 100, "goods_name": f"商品 {sku}",
                           "outer_id": ""} for sku, qty, price in order.items],
        }

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "pdd.order.number.list.increment.get": self._increment,
            "pdd.order.information.get": lambda p: {"order_info": self.render(self.get_order(p.get("order_sn", "")))},
            "pdd.goods.quantity.update": self._quantity_update,
            "pdd.goods.detail.get": self._goods_detail,
            "pdd.logistics.online.send": self._online_send,
            "pdd.goods.spec.id.get": self._spec_id,
            "pdd.goods.add": self._goods_add,
            "pdd.goods.edit.goods.commit": self._goods_edit,
            "pdd.goods.list.get": self._goods_list,
        }

    def _increment(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "start_updated_at", "end_updated_at")
        start = as_int(p["start_updated_at"], "start_updated_at") * 1000
        end = as_int(p["end_updated_at"], "end_updated_at") * 1000
        self.check_window(start, end)
        rows = self.orders_in_window(start, end)
        page_rows, has_next = page_slice(rows, as_int(p.get("page", 1), "page"),
                                         as_int(p.get("page_size", 100), "page_size"))
        return {"total_count": len(rows), "has_next": has_next, "order_sn_list": [self.render(o) for o in page_rows]}

    def _quantity_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_id", "quantity")
        sku = f"{p['goods_id']}:{p['sku_id']}" if p.get("sku_id") else str(p["goods_id"])
        qty = as_int(p["quantity"], "quantity")
        if str(p.get("update_type", "1")) == "2":
            self.set_stock("pdd.goods.quantity.update", sku, 0, delta=qty)
        else:
            self.set_stock("pdd.goods.quantity.update", sku, qty)
        return {"is_success": True}

    def _goods_detail(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_id")
        prefix = f"{p['goods_id']}:"
        listing = self.listings.items.get(str(p["goods_id"]))
        outer = {s.sku_id: s.outer_id for s in listing.skus} if listing else {}
        skus = [{"sku_id": int(k.partition(":")[2]), "quantity": q, "out_sku_sn": outer.get(k.partition(":")[2], "")}
                for k, q in self.stock.items() if k.startswith(prefix)]
        if not skus:
            raise FakeApiError("not_found", f"商品 {p['goods_id']} 不存在")
        return {"goods_id": int(p["goods_id"]), "sku_list": skus}

    # -- publishing: goods with carousel_gallery, goods_properties (ref_pid) and sku_list (spec ids, fen prices)

    def _spec_id(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "parent_spec_id", "spec_name")
        key = (str(p["parent_spec_id"]), str(p["spec_name"]))
        spec_id = self.spec_ids.setdefault(key, len(self.spec_ids) + 1001)
        return {"spec_id": spec_id, "parent_spec_id": int(key[0]), "spec_name": key[1]}

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_name", "cat_id", "carousel_gallery", "sku_list", "goods_type", "cost_template_id",
             "shipment_limit_second", "market_price")
        names = {v: k[1] for k, v in self.spec_ids.items()}
        skus = []
        for sku in json_list(p["sku_list"], "sku_list"):
            need(sku, "out_sku_sn", "price", "multi_price", "quantity", "spec_id_list")
            spec_ids = json_list(sku["spec_id_list"], "spec_id_list")
            if not spec_ids or any(int(i) not in names for i in spec_ids):
                raise FakeApiError("invalid", "spec_id_list 含有不存在的规格")
            skus.append(SkuIn(str(sku["out_sku_sn"]), "/".join(names[int(i)] for i in spec_ids),
                              as_int(sku["multi_price"], "multi_price"), as_int(sku["quantity"], "quantity")))
        attributes = {str(a["ref_pid"]): str(a.get("value", "")) for a in json_list(p.get("goods_properties", "[]"),
                                                                                   "goods_properties")}
        return {"outer_id": str(p.get("out_goods_id", "")), "title": str(p["goods_name"]),
                "category_id": str(p["cat_id"]), "images": [str(i) for i in json_list(p["carousel_gallery"],
                                                                                        "carousel_gallery")],
                "attributes": attributes, "skus": skus, "payload": dict(p)}

    def _goods_add(self, p: dict[str, Any]) -> dict[str, Any]:
        listing = self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p))
        return {"goods_id": int(listing.item_id), "goods_commit_id": int(self.listings.new_id())}

    def _goods_edit(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_id")
        self.listings.upsert(self.stock, item_id=str(p["goods_id"]), **self._listing_fields(p))
        return {"goods_commit_id": int(self.listings.new_id())}

    def _goods_list(self, p: dict[str, Any]) -> dict[str, Any]:
        """The mall's goods, filtered by ``outer_goods_id`` (the goods' outer id) or ``outer_id`` (a SKU's)."""
        need(p, "page", "page_size")
        rows = [x for x in self.listings.items.values()
                if (not p.get("outer_goods_id") or x.outer_id == str(p["outer_goods_id"]))
                and (not p.get("outer_id") or any(s.outer_id == str(p["outer_id"]) for s in x.skus))]
        page_rows, _ = page_slice(rows, as_int(p["page"], "page"), as_int(p["page_size"], "page_size"))
        goods = [{"goods_id": int(x.item_id), "goods_name": x.title, "is_onsale": 1, "goods_quantity": sum(
                     self.stock.get(self.listing_sku_key(x.item_id, s.sku_id), 0) for s in x.skus),
                  "sku_list": [{"sku_id": int(s.sku_id), "outer_id": s.outer_id, "outer_goods_id": x.outer_id,
                                "spec": s.spec, "is_sku_onsale": 1,
                                "sku_quantity": self.stock.get(self.listing_sku_key(x.item_id, s.sku_id), 0)}
                               for s in x.skus]} for x in page_rows]
        return {"goods_list": goods, "total_count": len(rows)}

    def _online_send(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "order_sn", "logistics_id", "tracking_number")
        self.ship(str(p["order_sn"]), str(p["logistics_id"]), str(p["tracking_number"]))
        return {"is_success": True}

    TYPES: ClassVar[dict[str, str]] = {"paid": "pdd_trade_TradeConfirmed", "cancelled": "pdd_trade_TradeCancelled",
                                       "refunded": "pdd_refund_RefundAgreed"}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        if status not in self.TYPES:
            raise ValueError("Pinduoduo pushes no message for unpaid orders")
        message = {"id": self.message_id(), "type": self.TYPES[status], "time": int(time.time()),
                   "mall_id": 100001, "content": compact_json({"tid": order.order_id, "mall_id": 100001})}
        query = {"client_id": self.credentials.app_key, "timestamp": str(int(time.time()))}
        return self.top_push(query, message)
