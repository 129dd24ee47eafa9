"""JD (POP shops) through the JOS open platform (``/routerjson``).

Requests: form POST of ``method, app_key, access_token, timestamp ('YYYY-MM-DD HH:MM:SS' Beijing time),
format=json, v=2.0, sign_method=md5, 360buy_param_json`` (the API's parameters as one JSON string) and ``sign``
(``signing.top_sign``: MD5 of secret + sorted name/value pairs + secret, uppercase). Answers are
``{"<api name with dots as underscores>_responce": {"code": "0", ...}}`` (JOS spells it "responce") or
``{"error_response": {"code", "zh_desc", "en_desc"}}``.

APIs used: ``jingdong.pop.order.search`` (dateType 0 = modification time, windows of at most a day here),
``jingdong.pop.order.get``, ``jingdong.stock.write.updateSkuStock``, ``jingdong.stock.read.findSkuStock``,
``jingdong.pop.order.shipment``.

Platform SKU ids: JD's ``skuId`` (globally unique, no item id needed). Money in yuan strings.

Webhooks: JOS delivers order messages over its message service; the HTTP form we accept is a TOP-style push like
Taobao's (``app_key, timestamp, v, sign_method, sign`` in the query, signed over the query and the raw body), body
``{"msgId", "topic", "time", "content": {"orderId", "orderState", "paid"}}``; thin, so ``fetch_order`` for items.

Gateway error codes as we read the JOS table: 19 invalid signature, 18 bad/expired access token, 66/67 backend
unavailable/timeout (retryable), 73 call frequency over the limit (retryable). Business failures come back as
``code: "0"`` with ``apiResult.success=false`` / ``sopjosshipment_result.success=false`` and an ``errorCode``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any, ClassVar

from backend.money import yuan_to_fen

from .base import (
    ChannelAdapter,
    MalformedWebhook,
    OrderLine,
    OrderStatus,
    PlatformError,
    PlatformOrderEvent,
    RateLimitedError,
    format_cst,
    load_json,
    parse_cst,
    verify_top_push,
)
from .signing import compact_json, top_sign

PAID_STATES = frozenset({
    "WAIT_SELLER_STOCK_OUT", "WAIT_SELLER_DELIVERY", "SEND_TO_DISTRIBUTION_CENER", "DISTRIBUTION_CENTER_RECEIVED",
    "WAIT_GOODS_RECEIVE_CONFIRM", "RECEIPTS_CONFIRM", "FINISHED_L", "LOCKED", "PAUSE", "POP_ORDER_PAUSE",
})
ORDER_STATES = ",".join(["WAIT_PAY", *sorted(PAID_STATES), "TRADE_CANCELED"])
ORDER_FIELDS = ("orderId,orderState,orderTotalPrice,orderPayment,orderStartTime,modified,paymentConfirmTime,"
                "consigneeInfo,itemInfoList")
TOPICS = frozenset({"pop_order_create", "pop_order_pay", "pop_order_cancel"})
RATE_LIMIT_CODES = frozenset({"73"})
SERVER_CODES = frozenset({"66", "67"})
AUTH_CODES = frozenset({"18"})
SIGN_CODES = frozenset({"19"})
# errorCode values inside business results
NOT_FOUND_CODES = frozenset({"10400001"})
ALREADY_SHIPPED_CODES = frozenset({"10400021"})


def jd_status(state: str, paid: bool) -> OrderStatus:
    if state == "WAIT_PAY":
        return OrderStatus.CREATED
    if state == "TRADE_CANCELED":
        return OrderStatus.REFUNDED if paid else OrderStatus.CANCELLED
    if state in PAID_STATES:
        return OrderStatus.PAID
    raise ValueError(f"unknown JD order state {state!r}")


class JDAdapter(ChannelAdapter):
    platform = "jd"
    DEFAULT_BASE_URL = "https://api.jd.com"
    DEFAULT_SIGN_METHOD = "md5"
    TIME_GRANULARITY_MS = 1000
    MAX_WINDOW_SECONDS = 24 * 3600
    CARRIERS: ClassVar[dict[str, str]] = {  # logiCoprId values (JOS carrier ids)
        "JD": "2087", "SF": "467", "ZTO": "1499", "YTO": "463", "STO": "470", "YUNDA": "1327", "EMS": "465",
    }

    async def call(self, api: str, **biz: Any) -> dict[str, Any]:
        params = {
            "method": api, "app_key": self.config.app_key, "access_token": self.config.access_token,
            "timestamp": format_cst(int(time.time() * 1000)), "format": "json", "v": "2.0",
            "sign_method": self.sign_method,
            "360buy_param_json": compact_json({k: v for k, v in biz.items() if v is not None}),
        }
        params["sign"] = top_sign(params, self.config.app_secret, self.sign_method)
        payload = await self._send("POST", "/routerjson", data=params)
        if not isinstance(payload, dict):
            raise self._bad_response("not a JSON object")
        if "error_response" in payload:
            raise self._error(payload["error_response"])
        key = api.replace(".", "_") + "_responce"
        body = payload.get(key)
        if not isinstance(body, dict):
            raise self._bad_response(f"no {key}")
        if str(body.get("code", "0")) != "0":
            raise self._error(body)
        return body

    def _error(self, err: dict[str, Any]) -> PlatformError:
        code = str(err.get("code", ""))
        msg = str(err.get("zh_desc") or err.get("en_desc") or "error")
        if code in RATE_LIMIT_CODES:
            return RateLimitedError(self.platform, msg, code=code)
        if code in SERVER_CODES:
            return PlatformError(self.platform, msg, retryable=True, kind="server", code=code)
        if code in SIGN_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="signature", code=code)
        if code in AUTH_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", code=code)
        return PlatformError(self.platform, msg, retryable=False, kind="invalid_request", code=code)

    def _business_error(self, code: str, msg: str) -> PlatformError:
        kind = ("not_found" if code in NOT_FOUND_CODES
                else "already_shipped" if code in ALREADY_SHIPPED_CODES else "business")
        return PlatformError(self.platform, msg or "business error", retryable=False, kind=kind, code=code)

    def _check_api_result(self, result: dict[str, Any]) -> None:
        api_result = result.get("apiResult") or {}
        if api_result and not api_result.get("success", False):
            raise self._business_error(str(api_result.get("code", "")), str(api_result.get("chineseErrCode", "")))

    # -- orders

    def _event(self, order: dict[str, Any], source: str) -> PlatformOrderEvent:
        state = str(order.get("orderState", ""))
        try:
            status = jd_status(state, bool(order.get("paymentConfirmTime")))
        except ValueError as exc:
            raise self._bad_response(str(exc)) from exc
        items = [OrderLine(str(i["skuId"]), int(i["itemTotal"]), yuan_to_fen(i["jdPrice"]))
                 for i in order.get("itemInfoList") or []]
        consignee = order.get("consigneeInfo") or {}
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(order["orderId"]), status=status,
            event_time=parse_cst(order.get("modified") or order["orderStartTime"]), items=items,
            total_fen=yuan_to_fen(order.get("orderPayment")), buyer_phone=consignee.get("mobile") or None,
            buyer_name=consignee.get("fullname") or None, buyer_address=consignee.get("fullAddress") or None,
            buyer_remark=order.get("orderRemark") or None,
            platform_status=state, source=source, raw=order,
        )

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        page = 1
        while True:
            body = await self.call("jingdong.pop.order.search", start_date=format_cst(start_ms),
                                   end_date=format_cst(end_ms), order_state=ORDER_STATES,
                                   optional_fields=ORDER_FIELDS, page=str(page),
                                   page_size=str(self.config.page_size), dateType=0)
            result = body.get("searchorderinfo_result")
            if not isinstance(result, dict):
                raise self._bad_response("no searchorderinfo_result")
            self._check_api_result(result)
            orders = result.get("orderInfoList") or []
            events.extend(self._event(o, "pull") for o in orders)
            if not orders or page * self.config.page_size >= int(result.get("orderTotal") or 0):
                return events
            page += 1

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        body = await self.call("jingdong.pop.order.get", order_id=platform_order_id, optional_fields=ORDER_FIELDS)
        detail = body.get("orderDetailInfo")
        if not isinstance(detail, dict):
            raise self._bad_response("no orderDetailInfo")
        self._check_api_result(detail)
        if not isinstance(detail.get("orderInfo"), dict):
            raise self._bad_response("no orderInfo")
        return self._event(detail["orderInfo"], "fetch")

    # -- stock and shipments

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        body = await self.call("jingdong.stock.write.updateSkuStock", skuId=int(platform_sku_id),
                               stockNum=max(0, int(qty)))
        if not body.get("success"):
            raise self._business_error(str(body.get("errorCode", "")), str(body.get("chineseErrCode", "")))

    async def fetch_stock(self, platform_sku_id: str) -> int:
        body = await self.call("jingdong.stock.read.findSkuStock", skuId=int(platform_sku_id))
        self._check_api_result(body)
        for row in body.get("skuStocks") or []:
            if str(row.get("skuId")) == str(platform_sku_id):
                return int(row["stockNum"])
        raise self._business_error(next(iter(NOT_FOUND_CODES)), f"no stock row for sku {platform_sku_id}")

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        body = await self.call("jingdong.pop.order.shipment", order_id=platform_order_id,
                               logiCoprId=self.carrier_code(carrier), logiNo=tracking_no)
        result = body.get("sopjosshipment_result") or {}
        if not result.get("success"):
            raise self._business_error(str(result.get("errorCode", "")), str(result.get("chineseErrCode", "")))

    # -- webhooks

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        verify_top_push(self.platform, query, body, key_param="app_key", app_key=self.config.app_key,
                        secret=self.config.app_secret)
        message = load_json(self.platform, body)
        if not isinstance(message, dict):
            raise MalformedWebhook(self.platform, "message is not an object")
        if message.get("topic") not in TOPICS:
            return []
        try:
            content = message["content"]
            content = json.loads(content) if isinstance(content, str) else content
            state = str(content["orderState"])
            status = jd_status(state, bool(content.get("paid")))
            event_time = parse_cst(str(message["time"]))
            order_id = str(content["orderId"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedWebhook(self.platform, f"bad order message: {exc!r}") from exc
        return [PlatformOrderEvent(
            platform=self.platform, platform_order_id=order_id, status=status, event_time=event_time, items=None,
            platform_status=state, source="webhook", event_id=str(message.get("msgId") or "") or None, raw=message,
        )]
