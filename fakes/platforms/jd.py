"""JD (JOS) open platform fake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any, ClassVar

from backend.channels.adapters.base import format_cst
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
    parse_json_param,
)
from fakes.platforms.listings import Listing, SkuIn
from fakes.platforms.top import TopFamilyFake


class JDFake(TopFamilyFake):
    platform = "jd"
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {"1527": ("1001",), "12218": ("1001",)}  # 1001 品牌
    TOKEN_PARAM = "access_token"
    PATH = "/routerjson"
    ERRORS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "signature": ("19", "无效签名", "Invalid signature"),
        "auth": ("18", "access_token无效或已过期", "Invalid access_token"),
        "app_key": ("15", "无效的app_key", "Invalid app_key"),
        "timestamp": ("20", "时间戳错误", "Invalid timestamp"),
        "invalid": ("21", "参数错误", "Invalid parameters"),
        "unknown_api": ("22", "无效的API方法", "Invalid method"),
        "rate_limit": ("73", "调用频率超过限制", "Call frequency exceeded"),
        "server": ("66", "平台连接后端服务不可用", "Backend service unavailable"),
    }
    BUSINESS: ClassVar[dict[str, str]] = {"not_found": "10400001", "already_shipped": "10400021",
                                          "bad_state": "10400022", "invalid": "10400099"}

    def check_sku_id(self, platform_sku_id: str) -> None:
        if not platform_sku_id.isdigit():
            raise ValueError(f"JD SKU ids are bare digits: {platform_sku_id!r}")

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, zh, en = self.ERRORS.get(kind, self.ERRORS["invalid"])
        return {"error_response": {"code": code, "zh_desc": zh, "en_desc": en}}

    def business_params(self, params: dict[str, str]) -> dict[str, Any]:
        return parse_json_param(params.get("360buy_param_json"))

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        return {api.replace(".", "_") + "_responce": {"code": "0", **result}}

    def serve_business(self, fn: Callable[[dict[str, Any]], dict[str, Any]], result_key: str | None,
                       p: dict[str, Any]) -> dict[str, Any]:
        """JOS reports business failures inside a successful gateway answer."""
        try:
            return fn(p)
        except FakeApiError as exc:
            if exc.kind not in self.BUSINESS:
                raise
            failure = {"success": False, "code": self.BUSINESS[exc.kind], "chineseErrCode": exc.message}
            if result_key is None:
                return {"success": False, "errorCode": self.BUSINESS[exc.kind], "chineseErrCode": exc.message}
            if result_key == "sopjosshipment_result":
                return {result_key: {"success": False, "errorCode": self.BUSINESS[exc.kind],
                                     "chineseErrCode": exc.message}}
            return {result_key: {"apiResult": failure}} if result_key != "apiResult" else {"apiResult": failure}

    @staticmethod
    def native_status(order: FakeOrder) -> str:
        if order.status == "paid":
            return "WAIT_GOODS_RECEIVE_CONFIRM" if order.shipped else "WAIT_SELLER_STOCK_OUT"
        return "WAIT_PAY" if order.status == "created" else "TRADE_CANCELED"

    def render(self, order: FakeOrder) -> dict[str, Any]:
        info: dict[str, Any] = {
            "orderId": order.order_id, "orderState": self.native_status(order),
            "orderTotalPrice": fen_to_yuan(order.total_fen), "orderPayment": fen_to_yuan(order.total_fen),
            "orderStartTime": format_cst(order.created_ms), "modified": format_cst(order.modified_ms),
            "consigneeInfo": {"fullname": order.buyer_name, "mobile": order.buyer_phone,
                              "province": order.province, "city": order.city, "county": order.district,
                              "fullAddress": f"{order.province}{order.city}{order.district}{order.address}"},
            "itemInfoList": [{"skuId": sku, "outerSkuId": "", "wareId": str(int(sku) // 10), "itemTotal": str(qty),
                              "jdPrice": fen_to_yuan(price), "skuName": f"商品 {sku}"}
                             for sku, qty, price in order.items],
        }
        if order.paid_ms:
            info["paymentConfirmTime"] = format_cst(order.paid_ms)
        if order.remark:
            info["orderRemark"] = order.remark
        return info

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        ok = {"success": True, "code": "0", "chineseErrCode": "成功"}
        return {
            "jingdong.pop.order.search": lambda p: self.serve_business(self._search, "searchorderinfo_result", p),
            "jingdong.pop.order.get": lambda p: self.serve_business(
                lambda q: {"orderDetailInfo": {"apiResult": ok, "orderInfo": self.render(
                    self.get_order(str(q.get("order_id", ""))))}}, "orderDetailInfo", p),
            "jingdong.stock.write.updateSkuStock": lambda p: self.serve_business(self._update_stock, None, p),
            "jingdong.stock.read.findSkuStock": lambda p: self.serve_business(
                lambda q: {"apiResult": ok, "skuStocks": [{"skuId": int(q["skuId"]),
                                                           "stockNum": self.read_stock(str(q["skuId"]))}]},
                "apiResult", p),
            "jingdong.pop.order.shipment": lambda p: self.serve_business(self._shipment, "sopjosshipment_result", p),
            "jingdong.ware.write.add": lambda p: self.serve_business(self._ware_add, None, p),
            "jingdong.ware.write.updateWare": lambda p: self.serve_business(self._ware_update, None, p),
            "jingdong.sku.read.searchSkuList": self._search_sku_list,
        }

    # -- publishing: a ware (title, categoryId, images, props) and its skus (saleAttrs, jdPrice, stockNum)

    def listing_sku_key(self, item_id: str, sku_id: str) -> str:
        return sku_id  # JD SKU ids are global

    def _listing_fields(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "ware", "skus")
        ware, skus = p["ware"], p["skus"]
        if not isinstance(ware, dict) or not isinstance(skus, list):
            raise FakeApiError("invalid", "ware 必须是对象，skus 必须是数组")
        need(ware, "title", "categoryId")
        images = [str(i["imgUrl"]) for i in sorted(ware.get("images") or [], key=lambda i: int(i.get("imgIndex", 0)))]
        attributes = {str(a["attrId"]): ",".join(str(v) for v in a.get("attrValues") or [])
                      for a in ware.get("props") or []}
        parsed = []
        for sku in skus:
            need(sku, "outerId", "jdPrice", "stockNum")
            spec = "/".join(str(v) for a in sku.get("saleAttrs") or [] for v in a.get("attrAlias") or [])
            parsed.append(SkuIn(str(sku["outerId"]), spec, yuan_to_fen(sku["jdPrice"]),
                                as_int(sku["stockNum"], "stockNum")))
        return {"outer_id": str(ware.get("outerId", "")), "title": str(ware["title"]),
                "category_id": str(ware["categoryId"]), "images": images, "attributes": attributes, "skus": parsed,
                "payload": dict(p)}

    def _ware_answer(self, listing: Listing) -> dict[str, Any]:
        return {"success": True, "ware": {"wareId": int(listing.item_id), "title": listing.title,
                                          "skus": [{"skuId": int(s.sku_id), "outerId": s.outer_id}
                                                   for s in listing.skus]}}

    def _ware_add(self, p: dict[str, Any]) -> dict[str, Any]:
        return self._ware_answer(self.listings.upsert(self.stock, item_id=None, **self._listing_fields(p)))

    def _ware_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p.get("ware") or {}, "wareId")
        item_id = str(p["ware"]["wareId"])
        self.listings.get(item_id)
        return self._ware_answer(self.listings.upsert(self.stock, item_id=item_id, **self._listing_fields(p)))

    def _search_sku_list(self, p: dict[str, Any]) -> dict[str, Any]:
        """The shop's SKUs, here filtered by ``outId`` (the SKU's outer id, our SKU code) or ``wareId``."""
        rows = [{"skuId": int(s.sku_id), "wareId": int(x.item_id), "outerId": s.outer_id, "wareTitle": x.title,
                 "jdPrice": fen_to_yuan(s.price_fen), "status": 1}
                for x in self.listings.items.values() for s in x.skus
                if (not p.get("outId") or s.outer_id == str(p["outId"]))
                and (not p.get("wareId") or x.item_id == str(p["wareId"]))]
        page, size = as_int(p.get("pageNo", 1), "pageNo"), as_int(p.get("page_size", 20), "page_size")
        data, _ = page_slice(rows, page, size)
        return {"page": {"data": data, "pageNo": page, "pageSize": size, "totalItem": len(rows)}}

    def _search(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "start_date", "end_date")
        start, end = cst_ms(p["start_date"], "start_date"), cst_ms(p["end_date"], "end_date")
        self.check_window(start, end)
        states = set(str(p.get("order_state") or "").split(",")) - {""}
        rows = [o for o in self.orders_in_window(start, end) if not states or self.native_status(o) in states]
        page_rows, _ = page_slice(rows, as_int(p.get("page", 1), "page"), as_int(p.get("page_size", 20), "page_size"))
        return {"searchorderinfo_result": {"apiResult": {"success": True, "code": "0", "chineseErrCode": "成功"},
                                           "orderTotal": len(rows),
                                           "orderInfoList": [self.render(o) for o in page_rows]}}

    def _update_stock(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "skuId", "stockNum")
        self.set_stock("jingdong.stock.write.updateSkuStock", str(p["skuId"]), as_int(p["stockNum"], "stockNum"))
        return {"success": True}

    def _shipment(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "order_id", "logiCoprId", "logiNo")
        self.ship(str(p["order_id"]), str(p["logiCoprId"]), str(p["logiNo"]))
        return {"sopjosshipment_result": {"success": True, "chineseErrCode": "成功", "errorCode": ""}}

    TOPICS: ClassVar[dict[str, str]] = {"created": "pop_order_create", "paid": "pop_order_pay",
                                        "cancelled": "pop_order_cancel", "refunded": "pop_order_cancel"}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        as_status = FakeOrder(**{**asdict(order), "status": status})
        message = {"msgId": self.message_id(), "topic": self.TOPICS[status], "time": format_cst(now_ms()),
                   "content": {"orderId": order.order_id, "orderState": self.native_status(as_status),
                               "paid": bool(order.paid_ms) or status in ("paid", "refunded")}}
        query = {"app_key": self.credentials.app_key, "timestamp": format_cst(now_ms()), "v": "2.0",
                 "sign_method": "md5", "format": "json"}
        return self.top_push(query, message)
