"""Douyin shop (Doudian) open platform fake."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any, ClassVar

from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.channels.adapters.base import parse_cst
from backend.channels.adapters.signing import (
    DOUYIN_SIGN_METHODS,
    compact_json,
    douyin_event_sign,
    douyin_sign,
    signatures_match,
)
from fakes.platforms.base import (
    FakeApiError,
    FakeOrder,
    FakePlatform,
    SignedRequest,
    as_int,
    json_list,
    need,
    now_ms,
    page_slice,
    parse_json_param,
)
from fakes.platforms.listings import SkuIn


class DouyinFake(FakePlatform):
    platform = "douyin"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"20505": ("1687",), "23363": ("1687",)}  # 1687 品牌
    ERRORS: ClassVar[dict[str, tuple[int, str, str]]] = {
        "signature": (30002, "签名校验失败", "isv.signature-invalid"),
        "auth": (30001, "access_token无效", "isv.access-token-invalid"),
        "app_key": (30001, "app_key不存在", "isv.app-key-invalid"),
        "timestamp": (40004, "时间戳已过期", "isv.timestamp-invalid"),
        "invalid": (40004, "参数错误", "isv.parameter-invalid"),
        "unknown_api": (40004, "方法不存在", "isv.invalid-method"),
        "rate_limit": (90000, "请求过于频繁", "isp.rate-limit"),
        "server": (20000, "服务不可用", "isp.service-unavailable"),
        "not_found": (50002, "业务处理失败", "isv.order-not-exist"),
        "already_shipped": (50002, "业务处理失败", "isv.order-already-shipped"),
        "bad_state": (50002, "业务处理失败", "isv.order-status-invalid"),
    }

    def new_order_id(self) -> str:
        return "69" + super().new_order_id()

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg, sub = self.ERRORS[kind]
        if kind == "not_found" and "SKU" in message:
            sub = "isv.sku-not-exist"
        elif kind == "not_found" and "商品" in message:
            sub = "isv.product-not-exist"
        return {"code": code, "msg": msg, "sub_code": sub, "sub_msg": message, "log_id": secrets.token_hex(8),
                "data": {}, "err_no": code, "message": msg}

    def check_request(self, path: str, query: dict[str, str], body: str) -> None:
        need(query, "app_key", "method", "timestamp", "sign")
        if query["app_key"] != self.credentials.app_key:
            raise FakeApiError("app_key")
        if query.get("v", "2") != "2":
            raise FakeApiError("invalid", "v 只支持 2")
        method = query.get("sign_method", "md5")
        if method not in DOUYIN_SIGN_METHODS:
            raise FakeApiError("signature", f"不支持的 sign_method {method}")
        expected = douyin_sign(app_key=query["app_key"], secret=self.credentials.app_secret,
                               method=query["method"], param_json=body, timestamp=query["timestamp"],
                               v=query.get("v", "2"), sign_method=method)
        if not signatures_match(expected, query["sign"]):
            raise FakeApiError("signature")
        try:
            self.check_skew(parse_cst(query["timestamp"]).timestamp())
        except ValueError as exc:
            raise FakeApiError("timestamp", "timestamp 格式错误") from exc
        if query.get("access_token") != self.credentials.access_token:
            raise FakeApiError("auth")
        if path.strip("/") != query["method"].replace(".", "/") or query["method"] not in self.apis():
            raise FakeApiError("unknown_api", f"不存在的方法 {query['method']}")

    @staticmethod
    def native_status(order: FakeOrder) -> int:
        if order.status == "paid":
            return 3 if order.shipped else 2
        return {"created": 1, "cancelled": 4, "refunded": 4}[order.status]

    def render(self, order: FakeOrder) -> dict[str, Any]:
        return {
            "order_id": order.order_id, "order_status": self.native_status(order),
            "order_status_desc": {1: "待支付", 2: "备货中", 3: "已发货", 4: "已取消"}[self.native_status(order)],
            "pay_amount": order.total_fen, "order_amount": order.total_fen, "create_time": order.created_ms // 1000,
            "update_time": order.modified_ms // 1000, "pay_time": order.paid_ms // 1000,
            "post_receiver": order.buyer_name, "post_tel": order.buyer_phone, "buyer_words": order.remark,
            "post_addr": {"province": {"name": order.province}, "city": {"name": order.city},
                          "town": {"name": order.district}, "detail": order.address},
            "sku_order_list": [{"sku_order_id": f"{order.order_id}{n}", "product_id": sku.split(":")[0],
                                "sku_id": sku.partition(":")[2], "item_num": qty, "goods_price": price,
                                "origin_amount": price * qty, "pay_amount": price * qty}
                               for n, (sku, qty, price) in enumerate(order.items, start=1)],
        }

    def apis(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {
            "order.searchList": self._search,
            "order.orderDetail": lambda p: {"shop_order_detail": self.render(
                self.get_order(str(p.get("shop_order_id", ""))))},
            "sku.syncStock": self._sync_stock,
            "sku.detail": self._sku_detail,
            "order.logisticsAdd": self._logistics_add,
            "product.addV2": self._add,
            "product.editV2": self._edit,
            "sku.list": self._sku_list,
            "product.detail": self._detail,
        }

    # -- publishing: name, category_leaf_id, pic ("|"-joined), product_format_new and specs/spec_prices

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "name", "category_leaf_id", "pic", "specs", "spec_prices", "pay_type")
        formats = parse_json_param(p.get("product_format_new") or "{}")
        attributes = {str(k): ",".join(str(v.get("name", "")) for v in values)
                      for k, values in formats.items() if isinstance(values, list)}
        skus = [SkuIn(str(x.get("outer_sku_id") or x.get("code") or ""),
                      "/".join(str(x[k]) for k in ("spec_detail_name1", "spec_detail_name2") if x.get(k)),
                      as_int(x.get("price"), "price"), as_int(x.get("stock_num"), "stock_num"))
                for x in json_list(p["spec_prices"], "spec_prices")]
        return {"outer_id": str(p.get("outer_product_id", "")), "title": str(p["name"]),
                "category_id": str(p["category_leaf_id"]), "images": [i for i in str(p["pic"]).split("|") if i],
                "attributes": attributes, "skus": skus, "payload": dict(p)}

    def _add(self, p: dict[str, Any]) -> dict[str, Any]:
        listing = self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p))
        return {"product_id": listing.item_id, "outer_product_id": listing.outer_id, "create_time": now_ms() // 1000,
                "sku": [{"sku_id": s.sku_id, "outer_sku_id": s.outer_id, "code": s.outer_id}
                        for s in listing.skus]}

    def _edit(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id")
        self.listings.upsert(self.stock, item_id=str(p["product_id"]), **self._listing_fields(p))
        return {}

    def _detail(self, p: dict[str, Any]) -> dict[str, Any]:
        """One product by ``product_id`` or by ``out_product_id`` (the merchant's code, sent as outer_product_id)."""
        if p.get("product_id"):
            listing = self.listings.get(str(p["product_id"]))
        elif p.get("out_product_id"):
            found = self.listings.by_outer_id(str(p["out_product_id"]))
            if found is None:
                raise FakeApiError("not_found", f"商品 {p['out_product_id']} 不存在")
            listing = found
        else:
            raise FakeApiError("invalid", "product_id 与 out_product_id 至少填一个")
        return {"product_id": listing.item_id, "out_product_id": listing.outer_id,
                "outer_product_id": listing.outer_id, "name": listing.title, "status": 0, "check_status": 3,
                "category_leaf_id": int(listing.category_id),
                "spec_prices": [{"sku_id": s.sku_id, "outer_sku_id": s.outer_id, "code": s.outer_id,
                                 "price": s.price_fen,
                                 "stock_num": self.stock.get(self.listing_sku_key(listing.item_id, s.sku_id), 0)}
                                for s in listing.skus]}

    def _sku_list(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        need(p, "product_id")
        listing = self.listings.get(str(p["product_id"]))
        return [{"id": s.sku_id, "product_id": listing.item_id, "outer_sku_id": s.outer_id, "code": s.outer_id,
                 "price": s.price_fen, "spec_detail_name1": s.spec,
                 "stock_num": self.read_stock(self.listing_sku_key(listing.item_id, s.sku_id))}
                for s in listing.skus]

    def _search(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "update_time_start", "update_time_end")
        start = as_int(p["update_time_start"], "update_time_start") * 1000
        end = as_int(p["update_time_end"], "update_time_end") * 1000
        self.check_window(start, end)
        rows = self.orders_in_window(start, end)
        page, size = as_int(p.get("page", 0), "page"), as_int(p.get("size", 10), "size")
        page_rows, _ = page_slice(rows, page, size, first_page=0)
        return {"shop_order_list": [self.render(o) for o in page_rows], "total": len(rows), "page": page,
                "size": size}

    @staticmethod
    def _sku_key(p: dict[str, Any]) -> str:
        return f"{p['product_id']}:{p['sku_id']}" if p.get("sku_id") else str(p["product_id"])

    def _sync_stock(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id", "stock_num")
        qty = as_int(p["stock_num"], "stock_num")
        if p.get("incremental"):
            self.set_stock("sku.syncStock", self._sku_key(p), 0, delta=qty)
        else:
            self.set_stock("sku.syncStock", self._sku_key(p), qty)
        return {}

    def _sku_detail(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id")
        key = self._sku_key(p)
        return {"id": p.get("sku_id") or "", "product_id": p["product_id"], "stock_num": self.read_stock(key)}

    def _logistics_add(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "order_id", "company_code", "logistics_code")
        self.ship(str(p["order_id"]), str(p["company_code"]), str(p["logistics_code"]))
        return {}

    def register(self, app: Sanic) -> None:
        async def gateway(request: Request, path: str) -> HTTPResponse:
            query = {k: v[0] for k, v in request.get_args(keep_blank_values=True).items()}
            body = request.body.decode("utf-8", errors="replace")
            api = query.get("method", path.replace("/", "."))
            return await self.serve(
                api, lambda: self.check_request(path, query, body),
                lambda: self.apis()[api](parse_json_param(body)),
                lambda data: json_response({"code": 10000, "msg": "success", "sub_code": "", "sub_msg": "",
                                            "log_id": secrets.token_hex(8), "data": data, "err_no": 0,
                                            "message": "success"}, ensure_ascii=False),
            )

        app.add_route(gateway, "/<path:path>", methods=["POST"], name="gateway")

    TAGS: ClassVar[dict[str, str]] = {"created": "100", "paid": "101", "cancelled": "106", "refunded": "206"}

    def _build_webhook(self, order: FakeOrder, status: str, sign_method: str = "md5") -> SignedRequest:
        now_s = int(time.time())
        data: dict[str, Any] = {"p_id": int(order.order_id),
                                "s_ids": [int(f"{order.order_id}{n}") for n in range(1, len(order.items) + 1)],
                                "shop_id": 10001, "order_status": {"created": 1, "paid": 2, "cancelled": 4,
                                                                   "refunded": 4}[status],
                                "order_type": 0, "update_time": now_s}
        data[{"created": "create_time", "paid": "pay_time", "cancelled": "cancel_time",
              "refunded": "refund_time"}[status]] = now_s
        if status == "paid":
            data["pay_amount"] = order.total_fen
        body = compact_json([{"tag": self.TAGS[status], "msg_id": self.message_id(),
                              "data": compact_json(data)}]).encode("utf-8")
        headers = {"Content-Type": "application/json", "app-id": self.credentials.app_key,
                   "event-sign": douyin_event_sign(app_key=self.credentials.app_key,
                                                   secret=self.credentials.app_secret, body=body,
                                                   sign_method=sign_method)}
        if sign_method != "md5":
            headers["sign-method"] = sign_method
        return SignedRequest("POST", {}, headers, body)

    def build_ping(self) -> SignedRequest:
        """The console's "test the push URL" message (tag 0)."""
        body = compact_json([{"tag": "0", "msg_id": self.message_id(), "data": "{}"}]).encode("utf-8")
        headers = {"Content-Type": "application/json", "app-id": self.credentials.app_key,
                   "event-sign": douyin_event_sign(app_key=self.credentials.app_key,
                                                   secret=self.credentials.app_secret, body=body)}
        return SignedRequest("POST", {}, headers, body)
