"""Kuaishou shop (Kwaixiaodian open platform).

Requests go to ``<base>/<method with dots as slashes>`` with ``appkey, method, access_token, version=1, param``
(the API's parameters as one JSON string), ``timestamp`` (epoch milliseconds), ``signMethod`` (MD5 or
HMAC_SHA256) and ``sign`` (``signing.kuaishou_sign``, keyed by the app's *sign secret*, which is what
``AdapterConfig.app_secret`` holds here). Reads are GET with the query string, writes are POST forms. Answers:
``{"result": 1, "data": {...}}``; anything else is an error with ``error_msg`` (and ``code`` for business errors).

APIs used: ``open.order.cursor.list`` (queryType 2 = update time, beginTime/endTime in ms, windows of at most a
week, paged by Kuaishou's own cursor until ``"nomore"``), ``open.order.detail``, ``open.item.get`` (SKU stock),
``open.item.sku.stock.update``, ``open.seller.order.goods.deliver``.

Stock updates on Kuaishou are relative (``changeType`` 1 add / 2 subtract ``skuChangeStock``), so ``push_stock``
reads the current quantity and sends the difference. A platform sale between the read and the write leaves the
platform off by that sale; that sale also reaches us as an order, whose stock change triggers another push, which
converges (and reconciliation catches the rest).

Platform SKU ids: ``"<kwaiItemId>:<skuId>"``. Money in fen. Kuaishou orders carry one item each.
Order status: 10 awaiting payment, 30 paid, 40 shipped, 50 received, 70 finished, 80 closed (after payment =
refunded).

Webhooks: Kuaishou's push (an encrypted body in production) is modelled as ``POST`` of the JSON message
``{"eventId", "bizId", "msgId", "event", "info": "<json>", "createTime", "appKey", "test"}`` with ``appkey,
timestamp, signMethod, version, sign`` in the query; the sign covers those parameters plus ``param`` = the raw
body. Events: ``kwaishop_order_addOrder``, ``kwaishop_order_paySuccess``, ``kwaishop_order_orderClose``,
``kwaishop_aftersales_refundSuccess``. Reply ``{"result": 1}``.

Result codes as we read the table: 2 system busy (retryable), 22 bad parameters, 24 sign check failed,
28 access token expired, 803 call frequency limit (retryable), 801 business error (``code`` ORDER_NOT_EXIST,
ITEM_NOT_EXIST, ORDER_ALREADY_DELIVERED).
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any, ClassVar

from .base import (
    ChannelAdapter,
    MalformedWebhook,
    OrderLine,
    OrderStatus,
    PlatformError,
    PlatformOrderEvent,
    RateLimitedError,
    SignatureError,
    WebhookReply,
    first_values,
    from_epoch,
    join_sku_id,
    load_json,
    split_sku_id,
)
from .signing import KUAISHOU_SIGN_METHODS, compact_json, kuaishou_sign, signatures_match

EVENT_STATUS: dict[str, OrderStatus] = {
    "kwaishop_order_addOrder": OrderStatus.CREATED,
    "kwaishop_order_paySuccess": OrderStatus.PAID,
    "kwaishop_order_orderClose": OrderStatus.CANCELLED,  # refunded when it had been paid
    "kwaishop_aftersales_refundSuccess": OrderStatus.REFUNDED,
}
WRITE_APIS = frozenset({"open.item.sku.stock.update", "open.seller.order.goods.deliver", "open.item.new",
                        "open.item.edit"})


def kuaishou_status(status: int, paid: bool) -> OrderStatus:
    if status == 10:
        return OrderStatus.CREATED
    if status == 80:
        return OrderStatus.REFUNDED if paid else OrderStatus.CANCELLED
    if status in (30, 40, 50, 70):
        return OrderStatus.PAID
    raise ValueError(f"unknown Kuaishou order status {status!r}")


class KuaishouAdapter(ChannelAdapter):
    platform = "kuaishou"
    DEFAULT_BASE_URL = "https://openapi.kwaixiaodian.com"
    DEFAULT_SIGN_METHOD = "MD5"
    TIME_GRANULARITY_MS = 1
    MAX_WINDOW_SECONDS = 7 * 24 * 3600
    CARRIERS: ClassVar[dict[str, str]] = {  # expressCode values; sync from the platform's express list
        "SF": "4", "ZTO": "5", "YTO": "6", "STO": "7", "YUNDA": "8", "EMS": "9", "JD": "10",
    }

    async def call(self, api: str, **biz: Any) -> Any:
        params = {
            "appkey": self.config.app_key, "method": api, "access_token": self.config.access_token,
            "version": "1", "param": compact_json({k: v for k, v in biz.items() if v is not None}),
            "timestamp": str(int(time.time() * 1000)), "signMethod": self.sign_method,
        }
        params["sign"] = kuaishou_sign(params, self.config.app_secret, self.sign_method)
        path = "/" + api.replace(".", "/")
        if api in WRITE_APIS:
            payload = await self._send("POST", path, data=params)
        else:
            payload = await self._send("GET", path, params=params)
        if not isinstance(payload, dict) or "result" not in payload:
            raise self._bad_response("no result")
        if int(payload["result"]) != 1:
            raise self._error(payload)
        return payload.get("data") or {}

    def _error(self, payload: dict[str, Any]) -> PlatformError:
        result = int(payload.get("result", 0))
        code = str(payload.get("code") or "") or None
        msg = str(payload.get("error_msg") or payload.get("msg") or "error")
        kw: dict[str, Any] = {"code": str(result), "sub_code": code}
        if result == 803:
            return RateLimitedError(self.platform, msg, **kw)
        if result == 2:
            return PlatformError(self.platform, msg, retryable=True, kind="server", **kw)
        if result == 24:
            return PlatformError(self.platform, msg, retryable=False, kind="signature", **kw)
        if result == 28:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", **kw)
        if code and code.endswith("NOT_EXIST"):
            return PlatformError(self.platform, msg, retryable=False, kind="not_found", **kw)
        if code == "ORDER_ALREADY_DELIVERED":
            return PlatformError(self.platform, msg, retryable=False, kind="already_shipped", **kw)
        kind = "invalid_request" if result == 22 else "business"
        return PlatformError(self.platform, msg, retryable=False, kind=kind, **kw)

    # -- orders

    def _event(self, order: dict[str, Any], source: str) -> PlatformOrderEvent:
        base = order.get("orderBaseInfo") or {}
        try:
            status = kuaishou_status(int(base["status"]), int(base.get("payTime") or 0) > 0)
        except (KeyError, ValueError) as exc:
            raise self._bad_response(str(exc)) from exc
        item = order.get("orderItemInfo")
        items = ([OrderLine(join_sku_id(item["itemId"], item["skuId"]), int(item["num"]), int(item["price"]))]
                 if item else [])
        addr = order.get("orderAddress") or {}
        address = " ".join(str(addr[k]) for k in ("province", "city", "district", "address") if addr.get(k))
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(base["oid"]), status=status,
            event_time=from_epoch(base.get("updateTime") or base["createTime"], ms=True), items=items,
            total_fen=int(base.get("totalFee") or 0), buyer_phone=addr.get("mobile") or None,
            buyer_name=addr.get("consignee") or None, buyer_address=address or None,
            buyer_remark=base.get("remark") or None,
            platform_status=str(base.get("status")), source=source, raw=order,
        )

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        cursor = ""
        while True:
            data = await self.call("open.order.cursor.list", orderViewStatus=1, pageSize=self.config.page_size,
                                   sort=1, queryType=2, beginTime=start_ms, endTime=end_ms, cursor=cursor)
            orders = data.get("orderList") or []
            events.extend(self._event(o, "pull") for o in orders)
            cursor = str(data.get("cursor") or "nomore")
            if cursor == "nomore" or not orders:
                return events

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        data = await self.call("open.order.detail", oid=int(platform_order_id))
        if not isinstance(data.get("orderBaseInfo"), dict):
            raise self._bad_response("no orderBaseInfo")
        return self._event(data, "fetch")

    # -- stock and shipments

    async def _sku_stock(self, item_id: str, sku_id: str) -> int:
        data = await self.call("open.item.get", kwaiItemId=int(item_id))
        for sku in data.get("skuList") or []:
            if str(sku.get("kwaiSkuId")) == sku_id:
                return int(sku["skuStock"])
        raise PlatformError(self.platform, f"no sku {item_id}:{sku_id}", retryable=False, kind="not_found")

    async def fetch_stock(self, platform_sku_id: str) -> int:
        item_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        return await self._sku_stock(item_id, sku_id)

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        item_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        delta = max(0, int(qty)) - await self._sku_stock(item_id, sku_id)
        if delta == 0:
            return
        await self.call("open.item.sku.stock.update", kwaiItemId=int(item_id), skuId=int(sku_id),
                        skuChangeStock=abs(delta), changeType=1 if delta > 0 else 2)

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        await self.call("open.seller.order.goods.deliver", orderId=int(platform_order_id), expressNo=tracking_no,
                        expressCode=int(self.carrier_code(carrier)))

    # -- webhooks

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        params = first_values(query)
        if params.get("appkey") != self.config.app_key:
            raise SignatureError(self.platform, "appkey does not match")
        method = params.get("signMethod", "MD5")
        if method not in KUAISHOU_SIGN_METHODS:
            raise SignatureError(self.platform, f"unknown signMethod {method!r}")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SignatureError(self.platform, "body is not UTF-8") from exc
        signed = {k: params.get(k, "") for k in ("appkey", "timestamp", "signMethod", "version")}
        signed["param"] = text
        if not signatures_match(kuaishou_sign(signed, self.config.app_secret, method), params.get("sign")):
            raise SignatureError(self.platform, "bad sign")
        message = load_json(self.platform, body)
        if not isinstance(message, dict):
            raise MalformedWebhook(self.platform, "message is not an object")
        event = str(message.get("event", ""))
        if event not in EVENT_STATUS or message.get("test"):
            return []
        try:
            info = message["info"]
            info = json.loads(info) if isinstance(info, str) else info
            oid = str(info.get("oid") or message["bizId"])
            event_time = from_epoch(int(info.get("updateTime") or message["createTime"]), ms=True)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedWebhook(self.platform, f"bad message: {exc!r}") from exc
        status = EVENT_STATUS[event]
        if status is OrderStatus.CANCELLED and int(info.get("payTime") or 0) > 0:
            status = OrderStatus.REFUNDED
        return [PlatformOrderEvent(
            platform=self.platform, platform_order_id=oid, status=status, event_time=event_time, items=None,
            platform_status=event, source="webhook", event_id=str(message.get("msgId") or "") or None, raw=message,
        )]

    def webhook_ack(self) -> WebhookReply:
        return WebhookReply(200, json.dumps({"result": 1}))
