"""Kuaishou shop open platform fake."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend.channels.adapters.signing import (
    KUAISHOU_SIGN_METHODS,
    compact_json,
    kuaishou_sign,
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
    request_params,
)
from fakes.platforms.listings import SkuIn


class KuaishouFake(FakePlatform):
    platform = "kuaishou"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"1517": ("品牌",), "3286": ("品牌",)}
    GRANULARITY_MS = 1
    MAX_WINDOW_SECONDS = 7 * 24 * 3600
    ERRORS: ClassVar[dict[str, tuple[int, str, str | None]]] = {
        "signature": (24, "签名验证失败", None),
        "auth": (28, "access_token已过期或无效", None),
        "app_key": (25, "appkey不存在", None),
        "timestamp": (22, "timestamp已过期", None),
        "invalid": (22, "参数错误", None),
        "unknown_api": (22, "API不存在", None),
        "rate_limit": (803, "API调用频率超过限制", None),
        "server": (2, "系统繁忙，请稍后重试", None),
        "not_found": (801, "业务错误", "ORDER_NOT_EXIST"),
        "already_shipped": (801, "业务错误", "ORDER_ALREADY_DELIVERED"),
        "bad_state": (801, "业务错误", "ORDER_STATUS_INVALID"),
    }

    def new_order_id(self) -> str:
        return "21" + super().new_order_id()

    def create_order(self, items: Iterable[tuple[str, int, int]], *, status: str = "paid",
                     **buyer: str) -> FakeOrder:
        lines = list(items)
        if len(lines) != 1:
            raise ValueError("a Kuaishou order carries exactly one item")
        if ":" not in lines[0][0]:
            raise ValueError("Kuaishou SKU ids are '<kwaiItemId>:<skuId>'")
        return super().create_order(lines, status=status, **buyer)

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        result, msg, code = self.ERRORS[kind]
        if kind == "not_found" and "SKU" in message:
            code = "ITEM_NOT_EXIST"
        body: dict[str, Any] = {"result": result, "error_msg": f"{msg}: {message}" if message != kind else msg}
        if code:
            body["code"] = code
        return body

    def check_request(self, path: str, params: dict[str, str]) -> None:
        need(params, "appkey", "method", "timestamp", "sign", "signMethod", "version")
        if params["appkey"] != self.credentials.app_key:
            raise FakeApiError("app_key")
        if params["signMethod"] not in KUAISHOU_SIGN_METHODS:
            raise FakeApiError("signature", f"不支持的 signMethod {params['signMethod']}")
        signed = {k: v for k, v in params.items() if k != "sign"}
        if not signatures_match(kuaishou_sign(signed, self.credentials.app_secret, params["signMethod"]),
                                params["sign"]):
            raise FakeApiError("signature")
        self.check_skew(as_int(params["timestamp"], "timestamp") / 1000)
        if params.get("access_token") != self.credentials.access_token:
            raise FakeApiError("auth")
        if path.strip("/") != params["method"].replace(".", "/") or params["method"] not in self.apis():
            raise FakeApiError("unknown_api", params["method"])

    @staticmethod
    def native_status(order: FakeOrder) -> int:
        if order.status == "paid":
            return 40 if order.shipped else 30
        return {"created": 10, "cancelled": 80, "refunded": 80}[order.status]

    def render(self, order: FakeOrder) -> dict[str, Any]:
        sku, qty, price = order.items[0]
        item_id, _, sku_id = sku.partition(":")
        return {
            "orderBaseInfo": {"oid": int(order.order_id), "status": self.native_status(order),
                              "payTime": order.paid_ms, "createTime": order.created_ms,
                              "updateTime": order.modified_ms, "totalFee": order.total_fen, "buyerNick": "快手用户",
                              "remark": order.remark},
            "orderItemInfo": {"itemId": int(item_id), "skuId": int(sku_id), "relSkuId": 0, "num": qty,
                              "price": price, "originalPrice": price, "itemTitle": f"商品 {sku}"},
            "orderAddress": {"consignee": order.buyer_name, "mobile": order.buyer_phone, "province": order.province,
                             "city": order.city, "district": order.district, "address": order.address},
        }

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "open.order.cursor.list": self._cursor_list,
            "open.order.detail": lambda p: self.render(self.get_order(str(p.get("oid", "")))),
            "open.item.get": self._item_get,
            "open.item.sku.stock.update": self._stock_update,
            "open.seller.order.goods.deliver": self._deliver,
            "open.item.new": self._item_new,
            "open.item.edit": self._item_edit,
            "open.item.list.get": self._item_list,
        }

    # -- publishing: title, categoryId, imageUrls, itemPropValues and skuList (skuNick = our code, fen prices)

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "title", "categoryId", "imageUrls", "skuList", "expressTemplateId")
        attributes = {str(a.get("propName", "")): str(a.get("textPropValue", ""))
                      for a in json_list(p.get("itemPropValues") or [], "itemPropValues")}
        skus = [SkuIn(str(x.get("skuNick", "")),
                      "/".join(str(v.get("propValueName", "")) for v in x.get("skuProps") or []),
                      as_int(x.get("skuSalePrice"), "skuSalePrice"), as_int(x.get("skuStock"), "skuStock"))
                for x in json_list(p["skuList"], "skuList")]
        return {"outer_id": str(p.get("relItemId", "")), "title": str(p["title"]),
                "category_id": str(p["categoryId"]), "images": [str(i) for i in json_list(p["imageUrls"], "imageUrls")],
                "attributes": attributes, "skus": skus, "payload": dict(p)}

    def _item_new(self, p: dict[str, Any]) -> dict[str, Any]:
        listing = self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p))
        return {"kwaiItemId": int(listing.item_id), "relItemId": listing.outer_id}

    def _item_edit(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "kwaiItemId")
        listing = self.listings.upsert(self.stock, item_id=str(p["kwaiItemId"]), **self._listing_fields(p))
        return {"kwaiItemId": int(listing.item_id)}

    def _item_list(self, p: dict[str, Any]) -> dict[str, Any]:
        """The shop's items, filtered by ``kwaiItemId`` or ``relItemId`` (the outer item id); pageSize 10 to 100."""
        page, size = as_int(p.get("pageNumber", 1), "pageNumber"), as_int(p.get("pageSize", 20), "pageSize")
        if not 10 <= size <= 100:
            raise FakeApiError("invalid", "pageSize 取值范围 10-100")
        rows = [x for x in self.listings.items.values()
                if (not p.get("kwaiItemId") or x.item_id == str(p["kwaiItemId"]))
                and (not p.get("relItemId") or x.outer_id == str(p["relItemId"]))]
        page_rows, _ = page_slice(rows, page, size)
        return {"currentPageNumber": page, "pageSize": size, "totalItemCount": len(rows),
                "totalPage": (len(rows) + size - 1) // size,
                "items": [{"kwaiItemId": int(x.item_id), "relItemId": x.outer_id, "title": x.title,
                           "categoryId": int(x.category_id), "auditStatus": 2, "shelfStatus": 1} for x in page_rows]}

    def _cursor_list(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "beginTime", "endTime")
        start, end = as_int(p["beginTime"], "beginTime"), as_int(p["endTime"], "endTime")
        self.check_window(start, end)
        rows = self.orders_in_window(start, end)
        offset = as_int(p.get("cursor") or 0, "cursor")
        size = as_int(p.get("pageSize", 20), "pageSize")
        page_rows = rows[offset:offset + size]
        next_cursor = str(offset + size) if offset + size < len(rows) else "nomore"
        return {"cursor": next_cursor, "orderList": [self.render(o) for o in page_rows]}

    def _item_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "kwaiItemId")
        prefix = f"{p['kwaiItemId']}:"
        listing = self.listings.items.get(str(p["kwaiItemId"]))
        nicks = {s.sku_id: s.outer_id for s in listing.skus} if listing else {}
        skus = [{"kwaiSkuId": int(k.partition(":")[2]), "skuStock": q, "skuNick": nicks.get(k.partition(":")[2], "")}
                for k, q in self.stock.items() if k.startswith(prefix)]
        if not skus:
            raise FakeApiError("not_found", f"SKU item {p['kwaiItemId']} 不存在")
        return {"kwaiItemId": int(p["kwaiItemId"]), "skuList": skus}

    def _stock_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "kwaiItemId", "skuId", "skuChangeStock", "changeType")
        change = as_int(p["skuChangeStock"], "skuChangeStock")
        change_type = as_int(p["changeType"], "changeType")
        if change < 0 or change_type not in (1, 2):
            raise FakeApiError("invalid", "skuChangeStock/changeType 不合法")
        self.set_stock("open.item.sku.stock.update", f"{p['kwaiItemId']}:{p['skuId']}", 0,
                       delta=change if change_type == 1 else -change)
        return {}

    def _deliver(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "orderId", "expressNo", "expressCode")
        self.ship(str(p["orderId"]), str(p["expressCode"]), str(p["expressNo"]))
        return {}

    def register(self, app: Sanic) -> None:
        async def gateway(request: Request, path: str) -> HTTPResponse:
            params = request_params(request)
            api = params.get("method", "")
            return await self.serve(
                api, lambda: self.check_request(path, params),
                lambda: self.apis()[api](parse_json_param(params.get("param"))),
                lambda data: json_response({"result": 1, "error_msg": "", "data": data}, ensure_ascii=False),
            )

        app.add_route(gateway, "/<path:path>", methods=["GET", "POST"], name="gateway")

    EVENTS: ClassVar[dict[str, str]] = {"created": "kwaishop_order_addOrder", "paid": "kwaishop_order_paySuccess",
                                        "cancelled": "kwaishop_order_orderClose",
                                        "refunded": "kwaishop_aftersales_refundSuccess"}

    def _build_webhook(self, order: FakeOrder, status: str, sign_method: str = "MD5") -> SignedRequest:
        stamp = now_ms()
        info = {"oid": int(order.order_id), "status": {"created": 10, "paid": 30, "cancelled": 80,
                                                         "refunded": 80}[status],
                "payTime": order.paid_ms if status != "cancelled" else 0, "updateTime": stamp}
        message = {"eventId": self.message_id(), "bizId": int(order.order_id), "msgId": self.message_id(),
                   "event": self.EVENTS[status], "info": compact_json(info), "createTime": stamp,
                   "appKey": self.credentials.app_key, "test": False}
        body = compact_json(message)
        query = {"appkey": self.credentials.app_key, "timestamp": str(stamp), "signMethod": sign_method,
                 "version": "1"}
        query["sign"] = kuaishou_sign({**query, "param": body}, self.credentials.app_secret, sign_method)
        return SignedRequest("POST", query, {"Content-Type": "application/json"}, body.encode("utf-8"))
