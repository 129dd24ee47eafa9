"""WeChat shop (Channels store / 视频号小店, ``/channels/ec/...`` APIs).

Authentication: ``GET /cgi-bin/token?grant_type=client_credential&appid&secret`` gives an ``access_token`` (cached
until shortly before ``expires_in``); every call is ``POST <path>?access_token=...`` with a JSON body. Answers carry
``errcode`` (0 = ok) and ``errmsg``. An expired or revoked token (40001, 40014, 42001) is fetched again and the call
repeated once; that is re-authentication, not a retry policy.

APIs used: ``/channels/ec/order/list/get`` (``update_time_range`` in unix seconds, at most 7 days, paged by
``next_key``) then ``/channels/ec/order/get`` per order id, ``/channels/ec/product/stock/update`` (``diff_type`` 3
= set the quantity), ``/channels/ec/product/stock/get``, ``/channels/ec/order/delivery/send`` (needs the order's
product lines, so it reads the order first).

Platform SKU ids: ``"<product_id>:<sku_id>"``. Money in fen.
Order status: 10 awaiting payment, 20 paid awaiting shipment, 21 partly shipped, 30 shipped, 100 finished,
200 closed after every line was refunded, 250 closed unpaid.

Webhooks: message push in plaintext mode with JSON format: query ``signature, timestamp, nonce`` where signature =
SHA1 of the sorted token, timestamp and nonce (``AdapterConfig.webhook_token``); the URL check is a GET that also
carries ``echostr``. Events: ``channels_ec_order_new``, ``channels_ec_order_pay``, ``channels_ec_order_cancel``
(``cancel_type`` 3 = closed after full refund). Reply ``success``.

Error codes: -1 system busy (retryable), 45009 daily quota, 45011 minute quota (retryable), 40001/40014/42001
token, 40013/40125 bad appid/secret, 47001 bad body; shop business errors as the fake uses them: 10021001 order
not found, 10021002 order already shipped, 10020050 product not found.
"""

from __future__ import annotations

import asyncio
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
from .signing import signatures_match, wechat_signature

TOKEN_ERRORS = frozenset({40001, 40014, 42001})
CREDENTIAL_ERRORS = frozenset({40013, 40125, 40164})
EVENT_STATUS: dict[str, OrderStatus] = {
    "channels_ec_order_new": OrderStatus.CREATED,
    "channels_ec_order_pay": OrderStatus.PAID,
    "channels_ec_order_cancel": OrderStatus.CANCELLED,
}
NOT_FOUND_CODES = frozenset({10021001, 10020050})
ALREADY_SHIPPED_CODES = frozenset({10021002})


def wechat_status(status: int) -> OrderStatus:
    if status == 10:
        return OrderStatus.CREATED
    if status in (20, 21, 30, 100):
        return OrderStatus.PAID
    if status == 250:
        return OrderStatus.CANCELLED
    if status == 200:
        return OrderStatus.REFUNDED
    raise ValueError(f"unknown WeChat shop order status {status!r}")


class WeChatShopAdapter(ChannelAdapter):
    platform = "wechat_shop"
    DEFAULT_BASE_URL = "https://api.weixin.qq.com"
    TIME_GRANULARITY_MS = 1000
    MAX_WINDOW_SECONDS = 7 * 24 * 3600
    CARRIERS: ClassVar[dict[str, str]] = {  # delivery_id values
        "SF": "SF", "ZTO": "ZTO", "YTO": "YTO", "STO": "STO", "YUNDA": "YD", "EMS": "EMS", "JD": "JD",
        "JTSD": "JTSD",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._token: str | None = None
        self._token_expires = 0.0
        self._token_lock: asyncio.Lock | None = None

    # -- transport

    async def access_token(self, *, refresh: bool = False) -> str:
        if self._token_lock is None:
            self._token_lock = asyncio.Lock()
        async with self._token_lock:
            if refresh or self._token is None or time.time() >= self._token_expires:
                payload = await self._send("GET", "/cgi-bin/token", params={
                    "grant_type": "client_credential", "appid": self.config.app_key,
                    "secret": self.config.app_secret})
                if not isinstance(payload, dict):
                    raise self._bad_response("token answer is not an object")
                if payload.get("errcode"):
                    raise self._error(payload)
                self._token = str(payload["access_token"])
                self._token_expires = time.time() + max(60, int(payload.get("expires_in", 7200)) - 300)
            return self._token

    async def call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        for attempt in (1, 2):
            token = await self.access_token(refresh=attempt == 2)
            payload = await self._send("POST", path, params={"access_token": token}, content=content,
                                       headers={"Content-Type": "application/json"})
            if not isinstance(payload, dict):
                raise self._bad_response("not a JSON object")
            errcode = int(payload.get("errcode") or 0)
            if errcode == 0:
                return payload
            if errcode not in TOKEN_ERRORS or attempt == 2:
                raise self._error(payload)
        raise AssertionError("unreachable")

    def _error(self, payload: dict[str, Any]) -> PlatformError:
        errcode = int(payload.get("errcode") or 0)
        msg = str(payload.get("errmsg") or "error")
        kw: dict[str, Any] = {"code": str(errcode)}
        if errcode == 45011:
            return RateLimitedError(self.platform, msg, retry_after=60.0, **kw)
        if errcode == 45009:
            return RateLimitedError(self.platform, msg, retry_after=3600.0, **kw)
        if errcode == -1:
            return PlatformError(self.platform, msg, retryable=True, kind="server", **kw)
        if errcode in TOKEN_ERRORS or errcode in CREDENTIAL_ERRORS:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", **kw)
        if errcode in NOT_FOUND_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="not_found", **kw)
        if errcode in ALREADY_SHIPPED_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="already_shipped", **kw)
        kind = "invalid_request" if errcode in (47001, 40097) else "business"
        return PlatformError(self.platform, msg, retryable=False, kind=kind, **kw)

    # -- orders

    def _event(self, order: dict[str, Any], source: str) -> PlatformOrderEvent:
        try:
            status = wechat_status(int(order["status"]))
        except (KeyError, ValueError) as exc:
            raise self._bad_response(str(exc)) from exc
        detail = order.get("order_detail") or {}
        items = [OrderLine(join_sku_id(p["product_id"], p["sku_id"]), int(p["sku_cnt"]), int(p["sale_price"]))
                 for p in detail.get("product_infos") or []]
        addr = (detail.get("delivery_info") or {}).get("address_info") or {}
        address = " ".join(str(addr[k]) for k in ("province_name", "city_name", "county_name", "detail_info")
                           if addr.get(k))
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(order["order_id"]), status=status,
            event_time=from_epoch(order.get("update_time") or order["create_time"]), items=items,
            total_fen=int((detail.get("price_info") or {}).get("order_price") or 0),
            buyer_phone=addr.get("tel_number") or None, buyer_name=addr.get("user_name") or None,
            buyer_address=address or None, platform_status=str(order.get("status")), source=source, raw=order,
            buyer_remark=(detail.get("ext_info") or {}).get("customer_notes") or None,
        )

    async def _get_order(self, order_id: str) -> dict[str, Any]:
        payload = await self.call("/channels/ec/order/get", {"order_id": order_id})
        if not isinstance(payload.get("order"), dict):
            raise self._bad_response("no order")
        return payload["order"]

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        next_key = ""
        while True:
            body: dict[str, Any] = {"update_time_range": {"start_time": start_ms // 1000,
                                                          "end_time": end_ms // 1000},
                                    "page_size": self.config.page_size}
            if next_key:
                body["next_key"] = next_key
            payload = await self.call("/channels/ec/order/list/get", body)
            for order_id in payload.get("order_id_list") or []:
                events.append(self._event(await self._get_order(str(order_id)), "pull"))
            next_key = str(payload.get("next_key") or "")
            if not payload.get("has_more") or not next_key:
                return events

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        return self._event(await self._get_order(platform_order_id), "fetch")

    # -- stock and shipments

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        product_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        await self.call("/channels/ec/product/stock/update", {"product_id": product_id, "sku_id": sku_id or "0",
                                                              "diff_type": 3, "num": max(0, int(qty))})

    async def fetch_stock(self, platform_sku_id: str) -> int:
        product_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        payload = await self.call("/channels/ec/product/stock/get", {"product_id": product_id,
                                                                     "sku_id": sku_id or "0"})
        try:
            return int(payload["data"]["normal_stock_num"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self._bad_response("no data.normal_stock_num") from exc

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        delivery_id = self.carrier_code(carrier)
        order = await self._get_order(platform_order_id)
        products = [{"product_id": p["product_id"], "sku_id": p["sku_id"], "product_cnt": p["sku_cnt"]}
                    for p in (order.get("order_detail") or {}).get("product_infos") or []]
        await self.call("/channels/ec/order/delivery/send", {
            "order_id": platform_order_id,
            "delivery_list": [{"delivery_id": delivery_id, "waybill_id": tracking_no, "deliver_type": 1,
                               "product_infos": products}],
        })

    # -- webhooks

    def _check_signature(self, params: dict[str, str]) -> None:
        if not self.config.webhook_token:
            raise SignatureError(self.platform, "no webhook token configured")
        expected = wechat_signature(self.config.webhook_token, params.get("timestamp", ""),
                                    params.get("nonce", ""))
        if not signatures_match(expected, params.get("signature")):
            raise SignatureError(self.platform, "bad signature")

    def answer_url_check(self, query: Mapping[str, Any]) -> str | None:
        params = first_values(query)
        try:
            self._check_signature(params)
        except SignatureError:
            return None
        return params.get("echostr")

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        self._check_signature(first_values(query))
        message = load_json(self.platform, body)
        if not isinstance(message, dict):
            raise MalformedWebhook(self.platform, "message is not an object")
        event = str(message.get("Event", ""))
        if message.get("MsgType") != "event" or event not in EVENT_STATUS:
            return []
        try:
            info = message["order_info"]
            order_id = str(info["order_id"])
            event_time = from_epoch(int(message["CreateTime"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedWebhook(self.platform, f"bad order event: {exc!r}") from exc
        status = EVENT_STATUS[event]
        if status is OrderStatus.CANCELLED and int(info.get("cancel_type") or 0) == 3:
            status = OrderStatus.REFUNDED
        return [PlatformOrderEvent(
            platform=self.platform, platform_order_id=order_id, status=status, event_time=event_time, items=None,
            platform_status=event, source="webhook", raw=message,
        )]

    def webhook_ack(self) -> WebhookReply:
        return WebhookReply(200, "success", "text/plain")
