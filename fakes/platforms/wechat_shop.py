"""WeChat shop (微信小店) API fake."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any, ClassVar

from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.channels.adapters.base import format_cst
from backend.channels.adapters.signing import (
    compact_json,
    wechat_signature,
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
    parse_json_param,
)
from fakes.platforms.listings import SkuIn


class WeChatShopFake(FakePlatform):
    platform = "wechat_shop"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"6033": ("品牌",), "6091": ("品牌",)}
    MAX_WINDOW_SECONDS = 7 * 24 * 3600
    ERRORS: ClassVar[dict[str, tuple[int, str]]] = {
        "auth": (40001, "invalid credential, access_token is invalid or not latest"),
        "expired": (42001, "access_token expired"),
        "app_key": (40013, "invalid appid"),
        "signature": (40125, "invalid appsecret"),
        "invalid": (47001, "data format error"),
        "timestamp": (47001, "data format error"),
        "unknown_api": (48001, "api unauthorized"),
        "rate_limit": (45011, "api minute-quota reach limit  mustslower  retry next minute"),
        "server": (-1, "system error"),
        "not_found": (10021001, "订单不存在"),
        "already_shipped": (10021002, "订单已发货"),
        "bad_state": (10021003, "订单状态不允许发货"),
    }

    def __init__(self, *args: Any, token_ttl: int = 7200, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.token_ttl = token_ttl
        self.tokens: dict[str, float] = {}  # access_token -> expiry (epoch seconds)

    def new_order_id(self) -> str:
        return "37" + super().new_order_id()

    def expire_tokens(self) -> None:
        """Every issued access_token stops working (as when another client refreshed it)."""
        with self.lock:
            self.tokens = {t: 0.0 for t in self.tokens}

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg = self.ERRORS[kind]
        if kind == "not_found" and "SKU" in message:
            code, msg = 10020050, "商品不存在"
        if kind == "invalid" and message != kind:
            msg = f"{msg} hint: [{message}]"  # WeChat appends what it could not take
        return {"errcode": code, "errmsg": msg}

    def check_token(self, token: str) -> None:
        expiry = self.tokens.get(token)
        if expiry is None:
            raise FakeApiError("auth")
        if expiry <= time.time():
            raise FakeApiError("expired")

    def issue_token(self, params: dict[str, str]) -> dict[str, Any]:
        if params.get("grant_type") != "client_credential":
            raise FakeApiError("invalid", "grant_type must be client_credential")
        if params.get("appid") != self.credentials.app_key:
            raise FakeApiError("app_key")
        if params.get("secret") != self.credentials.app_secret:
            raise FakeApiError("signature")
        token = "wxshop_" + secrets.token_urlsafe(24)
        self.tokens[token] = time.time() + self.token_ttl
        return {"access_token": token, "expires_in": self.token_ttl}

    @staticmethod
    def native_status(order: FakeOrder) -> int:
        if order.status == "paid":
            return 30 if order.shipped else 20
        return {"created": 10, "cancelled": 250, "refunded": 200}[order.status]

    def render(self, order: FakeOrder) -> dict[str, Any]:
        products = [{"product_id": sku.split(":")[0], "sku_id": sku.partition(":")[2] or "0", "sku_cnt": qty,
                     "sale_price": price, "real_price": price * qty, "title": f"商品 {sku}"}
                    for sku, qty, price in order.items]
        detail: dict[str, Any] = {
            "product_infos": products,
            "price_info": {"product_price": order.total_fen, "order_price": order.total_fen, "freight": 0},
            "delivery_info": {"address_info": {"user_name": order.buyer_name, "tel_number": order.buyer_phone,
                                               "province_name": order.province, "city_name": order.city,
                                               "county_name": order.district, "detail_info": order.address}},
        }
        if order.paid_ms:
            detail["pay_info"] = {"pay_time": order.paid_ms // 1000}
        if order.remark:
            detail["ext_info"] = {"customer_notes": order.remark}
        return {"order_id": order.order_id, "status": self.native_status(order),
                "create_time": order.created_ms // 1000, "update_time": order.modified_ms // 1000,
                "openid": "oCradleBuyer000000000000001", "order_detail": detail}

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "order/list/get": self._list,
            "order/get": lambda p: {"order": self.render(self.get_order(str(p.get("order_id", ""))))},
            "product/stock/update": self._stock_update,
            "product/stock/get": self._stock_get,
            "order/delivery/send": self._delivery_send,
            "product/add": self._product_add,
            "product/update": self._product_update,
            "product/get": self._product_get,
            "product/list/get": self._product_list,
        }

    # -- publishing: title, head_imgs, cats (leaf last), attrs (attr_key/attr_value) and skus (fen prices)

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "title", "head_imgs", "cats", "skus", "deliver_method")
        cats = json_list(p["cats"], "cats")
        if not cats:
            raise FakeApiError("invalid", "cats 不能为空")
        attributes = {str(a.get("attr_key", "")): str(a.get("attr_value", "")) for a in json_list(p.get("attrs") or [],
                                                                                                   "attrs")}
        skus = [SkuIn(str(x.get("out_sku_id", "")),
                      "/".join(str(a.get("attr_value", "")) for a in x.get("sku_attrs") or []),
                      as_int(x.get("sale_price"), "sale_price"), as_int(x.get("stock_num"), "stock_num"))
                for x in json_list(p["skus"], "skus")]
        return {"outer_id": str(p.get("out_product_id", "")), "title": str(p["title"]),
                "category_id": str(cats[-1].get("cat_id", "")),
                "images": [str(i) for i in json_list(p["head_imgs"], "head_imgs")], "attributes": attributes,
                "skus": skus, "payload": dict(p)}

    def _product_add(self, p: dict[str, Any]) -> dict[str, Any]:
        listing = self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p))
        return {"data": {"product_id": listing.item_id, "create_time": format_cst(now_ms())}}

    def _product_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id")
        listing = self.listings.upsert(self.stock, item_id=str(p["product_id"]), **self._listing_fields(p))
        return {"data": {"product_id": listing.item_id, "update_time": format_cst(now_ms())}}

    def _product_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id")
        listing = self.listings.get(str(p["product_id"]))
        return {"product": {"product_id": listing.item_id, "out_product_id": listing.outer_id, "title": listing.title,
                            "head_imgs": listing.images, "status": 5,
                            "skus": [{"sku_id": s.sku_id, "out_sku_id": s.outer_id,
                                      "sale_price": s.price_fen,
                                      "stock_num": self.read_stock(self.listing_sku_key(listing.item_id, s.sku_id))}
                                     for s in listing.skus]}}

    def _product_list(self, p: dict[str, Any]) -> dict[str, Any]:
        """The shop's product ids, newest first, page_size at most 30, paged by next_key."""
        size = as_int(p.get("page_size", 10), "page_size")
        if not 1 <= size <= 30:
            raise FakeApiError("invalid", "page_size 不超过 30")
        ids = sorted(self.listings.items, key=int, reverse=True)
        offset = as_int(p.get("next_key") or 0, "next_key")
        return {"product_ids": ids[offset:offset + size],
                "next_key": str(offset + size) if offset + size < len(ids) else "", "total_num": len(ids)}

    def _list(self, p: dict[str, Any]) -> dict[str, Any]:
        window = p.get("update_time_range") or p.get("create_time_range")
        if not isinstance(window, dict):
            raise FakeApiError("invalid", "update_time_range is required")
        start = as_int(window.get("start_time"), "start_time") * 1000
        end = as_int(window.get("end_time"), "end_time") * 1000
        self.check_window(start, end)
        rows = self.orders_in_window(start, end)
        offset = as_int(p.get("next_key") or 0, "next_key")
        size = min(100, as_int(p.get("page_size", 10), "page_size"))
        page_rows = rows[offset:offset + size]
        has_more = offset + size < len(rows)
        return {"order_id_list": [o.order_id for o in page_rows], "next_key": str(offset + size) if has_more else "",
                "has_more": has_more}

    @staticmethod
    def _sku_key(p: dict[str, Any]) -> str:
        sku = str(p.get("sku_id") or "0")
        return f"{p['product_id']}:{sku}" if sku != "0" else str(p["product_id"])

    def _stock_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id", "diff_type", "num")
        num, diff_type = as_int(p["num"], "num"), as_int(p["diff_type"], "diff_type")
        api = "product/stock/update"
        if diff_type == 3:
            self.set_stock(api, self._sku_key(p), num)
        elif diff_type in (1, 2):
            self.set_stock(api, self._sku_key(p), 0, delta=num if diff_type == 1 else -num)
        else:
            raise FakeApiError("invalid", "diff_type 不合法")
        return {}

    def _stock_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "product_id")
        qty = self.read_stock(self._sku_key(p))
        return {"data": {"normal_stock_num": qty, "limited_discount_stock_num": 0, "warehouse_stocks": [],
                         "total_stock_num": qty}}

    def _delivery_send(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "order_id", "delivery_list")
        deliveries = p["delivery_list"]
        if not isinstance(deliveries, list) or not deliveries:
            raise FakeApiError("invalid", "delivery_list is required")
        first = deliveries[0]
        order = self.get_order(str(p["order_id"]))
        shipped = {(str(x.get("product_id")), str(x.get("sku_id"))) for d in deliveries
                   for x in d.get("product_infos") or []}
        wanted = {(sku.split(":")[0], sku.partition(":")[2] or "0") for sku, _, _ in order.items}
        if shipped != wanted:
            raise FakeApiError("invalid", "product_infos 与订单商品不符")
        self.ship(order.order_id, str(first.get("delivery_id", "")), str(first.get("waybill_id", "")))
        return {}

    def register(self, app: Sanic) -> None:
        async def token(request: Request) -> HTTPResponse:
            params = {k: v[0] for k, v in request.get_args(keep_blank_values=True).items()}
            return await self.serve("cgi-bin/token", lambda: None, lambda: self.issue_token(params),
                                    lambda data: json_response(data))

        async def ec(request: Request, path: str) -> HTTPResponse:
            token_value = request.args.get("access_token", "")

            def check() -> None:
                self.check_token(token_value)
                if path not in self.apis():
                    raise FakeApiError("unknown_api")

            def handle() -> dict[str, Any]:
                return self.apis()[path](parse_json_param(request.body.decode("utf-8", errors="replace")))

            return await self.serve(path, check, handle,
                                    lambda data: json_response({"errcode": 0, "errmsg": "ok", **data},
                                                               ensure_ascii=False))

        app.add_route(token, "/cgi-bin/token", methods=["GET"], name="token")
        app.add_route(ec, "/channels/ec/<path:path>", methods=["POST"], name="ec")

    EVENTS: ClassVar[dict[str, str]] = {"created": "channels_ec_order_new", "paid": "channels_ec_order_pay",
                                        "cancelled": "channels_ec_order_cancel",
                                        "refunded": "channels_ec_order_cancel"}

    def _signed_query(self) -> dict[str, str]:
        timestamp, nonce = str(int(time.time())), secrets.token_hex(5)
        return {"signature": wechat_signature(self.credentials.webhook_token, timestamp, nonce),
                "timestamp": timestamp, "nonce": nonce}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        info: dict[str, Any] = {"order_id": order.order_id}
        if status == "paid":
            info["pay_time"] = int(time.time())
        if status in ("cancelled", "refunded"):
            info["cancel_type"] = 3 if status == "refunded" else 1
        message = {"ToUserName": "gh_cradleshop0001", "FromUserName": "oCradleBuyer000000000000001",
                   "CreateTime": int(time.time()), "MsgType": "event", "Event": self.EVENTS[status],
                   "order_info": info}
        return SignedRequest("POST", self._signed_query(), {"Content-Type": "application/json"},
                             compact_json(message).encode("utf-8"))

    def build_url_check(self, echostr: str = "cradle-echo") -> SignedRequest:
        """The GET WeChat sends when the push URL is configured."""
        return SignedRequest("GET", {**self._signed_query(), "echostr": echostr}, {}, b"")
