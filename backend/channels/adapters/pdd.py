"""Pinduoduo through its open platform gateway (``/api/router``).

Requests: form POST of ``type`` (the API name), ``client_id, access_token, timestamp`` (unix seconds),
``data_type=JSON, version=V1`` and the API's parameters flat beside them, plus ``sign``: MD5 of client secret +
sorted name/value pairs + client secret, uppercase (``signing.top_sign``). Answers are
``{"<something>_response": {...}}`` or ``{"error_response": {"error_code", "error_msg", "sub_code", "sub_msg",
"request_id"}}``.

APIs used: ``pdd.order.number.list.increment.get`` (by update time, windows of at most 30 minutes),
``pdd.order.information.get``, ``pdd.goods.quantity.update`` (update_type=1: full quantity),
``pdd.goods.detail.get`` (read SKU stock), ``pdd.logistics.online.send``.

Platform SKU ids: ``"<goods_id>:<sku_id>"``. Money arrives as yuan numbers (``12.5``): converted through ``str``.
Order status: ``confirm_status`` 0 unconfirmed (not paid / group not formed), 1 confirmed, 2 cancelled;
``refund_status`` 4 = refunded.

Webhooks: Pinduoduo pushes messages over its message service; the HTTP form we accept is a TOP-style push
(``client_id, timestamp, sign`` in the query, signed over the query and the raw body), body
``{"id", "type", "time", "content": "<json with tid>"}``; thin, so ``fetch_order`` for items.

Error codes as we read the table: 10016 sign check failed, 10019 access token expired, 10000 bad parameters,
52101/52102/52103/70031 call frequency limits (retryable), 50000/50001 service errors (retryable); business
errors 20001 (not found) and 20002 (already shipped) are the fake's choice for those cases.
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
    from_epoch,
    join_sku_id,
    load_json,
    parse_cst,
    split_sku_id,
    verify_top_push,
)
from .signing import compact_json, top_sign

MESSAGE_STATUS: dict[str, OrderStatus] = {
    "pdd_trade_TradeConfirmed": OrderStatus.PAID,
    "pdd_trade_TradeCancelled": OrderStatus.CANCELLED,
    "pdd_refund_RefundAgreed": OrderStatus.REFUNDED,
}
RATE_LIMIT_CODES = frozenset({52101, 52102, 52103, 70031})
SERVER_CODES = frozenset({50000, 50001})
SIGN_CODES = frozenset({10016})
AUTH_CODES = frozenset({10019})
NOT_FOUND_CODES = frozenset({20001})
ALREADY_SHIPPED_CODES = frozenset({20002})


def pdd_status(order: dict[str, Any]) -> OrderStatus:
    if int(order.get("refund_status") or 1) == 4:
        return OrderStatus.REFUNDED
    confirm = int(order.get("confirm_status") or 0)
    if confirm == 2:
        return OrderStatus.CANCELLED
    return OrderStatus.PAID if confirm == 1 else OrderStatus.CREATED


class PddAdapter(ChannelAdapter):
    platform = "pdd"
    DEFAULT_BASE_URL = "https://gw-api.pinduoduo.com"
    DEFAULT_SIGN_METHOD = "md5"
    TIME_GRANULARITY_MS = 1000
    MAX_WINDOW_SECONDS = 30 * 60
    CARRIERS: ClassVar[dict[str, str]] = {  # logistics_id values (pdd.logistics.companies.get)
        "SF": "44", "ZTO": "115", "YTO": "85", "STO": "1", "YUNDA": "121", "EMS": "118", "JD": "120",
    }

    async def call(self, api: str, **biz: Any) -> dict[str, Any]:
        params: dict[str, str] = {
            "type": api, "client_id": self.config.app_key, "access_token": self.config.access_token,
            "timestamp": str(int(time.time())), "data_type": "JSON", "version": "V1",
        }
        for k, v in biz.items():
            if v is not None:
                params[k] = compact_json(v) if isinstance(v, dict | list) else str(v)
        params["sign"] = top_sign(params, self.config.app_secret, "md5")
        payload = await self._send("POST", "/api/router", data=params)
        if not isinstance(payload, dict):
            raise self._bad_response("not a JSON object")
        if "error_response" in payload:
            raise self._error(payload["error_response"])
        bodies = [v for k, v in payload.items() if k.endswith("_response") and isinstance(v, dict)]
        if len(bodies) != 1:
            raise self._bad_response("no *_response object")
        return bodies[0]

    def _error(self, err: dict[str, Any]) -> PlatformError:
        try:
            code = int(err.get("error_code", 0))
        except (TypeError, ValueError):
            code = 0
        sub = str(err.get("sub_code") or "") or None
        msg = str(err.get("sub_msg") or err.get("error_msg") or "error")
        kw: dict[str, Any] = {"code": str(code), "sub_code": sub}
        if code in RATE_LIMIT_CODES:
            return RateLimitedError(self.platform, msg, **kw)
        if code in SERVER_CODES:
            return PlatformError(self.platform, msg, retryable=True, kind="server", **kw)
        if code in SIGN_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="signature", **kw)
        if code in AUTH_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", **kw)
        if code in NOT_FOUND_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="not_found", **kw)
        if code in ALREADY_SHIPPED_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="already_shipped", **kw)
        kind = "invalid_request" if 10000 <= code < 20000 else "business"
        return PlatformError(self.platform, msg, retryable=False, kind=kind, **kw)

    # -- orders

    def _event(self, order: dict[str, Any], source: str) -> PlatformOrderEvent:
        items = [OrderLine(join_sku_id(i["goods_id"], i["sku_id"]), int(i["goods_count"]),
                           yuan_to_fen(i["goods_price"])) for i in order.get("item_list") or []]
        address = " ".join(str(order[k]) for k in ("province", "city", "town", "address") if order.get(k))
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(order["order_sn"]), status=pdd_status(order),
            event_time=parse_cst(order.get("updated_at") or order["created_time"]), items=items,
            total_fen=yuan_to_fen(order.get("pay_amount")), buyer_phone=order.get("receiver_phone") or None,
            buyer_name=order.get("receiver_name") or None, buyer_address=address or None,
            buyer_remark=order.get("buyer_memo") or None,
            platform_status=f"confirm={order.get('confirm_status')},order={order.get('order_status')},"
                            f"refund={order.get('refund_status')}",
            source=source, raw=order,
        )

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        page = 1
        while True:
            body = await self.call("pdd.order.number.list.increment.get", is_lucky_flag=0, order_status=5,
                                   refund_status=5, start_updated_at=start_ms // 1000,
                                   end_updated_at=end_ms // 1000, page=page, page_size=self.config.page_size,
                                   use_has_next="true")
            orders = body.get("order_sn_list") or []
            events.extend(self._event(o, "pull") for o in orders)
            if not body.get("has_next") or not orders:
                return events
            page += 1

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        body = await self.call("pdd.order.information.get", order_sn=platform_order_id)
        if not isinstance(body.get("order_info"), dict):
            raise self._bad_response("no order_info")
        return self._event(body["order_info"], "fetch")

    # -- stock and shipments

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        goods_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        body = await self.call("pdd.goods.quantity.update", goods_id=goods_id, sku_id=sku_id or None,
                               quantity=max(0, int(qty)), update_type=1)
        if not body.get("is_success"):
            raise PlatformError(self.platform, "quantity update not accepted", retryable=False, kind="business")

    async def fetch_stock(self, platform_sku_id: str) -> int:
        goods_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        body = await self.call("pdd.goods.detail.get", goods_id=goods_id)
        for sku in body.get("sku_list") or []:
            if str(sku.get("sku_id")) == sku_id or (not sku_id and len(body["sku_list"]) == 1):
                return int(sku["quantity"])
        raise PlatformError(self.platform, f"no sku {platform_sku_id}", retryable=False, kind="not_found")

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        body = await self.call("pdd.logistics.online.send", order_sn=platform_order_id,
                               logistics_id=self.carrier_code(carrier), tracking_number=tracking_no)
        if not body.get("is_success"):
            raise PlatformError(self.platform, "shipment not accepted", retryable=False, kind="business")

    # -- webhooks

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        verify_top_push(self.platform, query, body, key_param="client_id", app_key=self.config.app_key,
                        secret=self.config.app_secret)
        message = load_json(self.platform, body)
        if not isinstance(message, dict):
            raise MalformedWebhook(self.platform, "message is not an object")
        kind = str(message.get("type", ""))
        if kind not in MESSAGE_STATUS:
            return []
        try:
            content = message["content"]
            content = json.loads(content) if isinstance(content, str) else content
            order_sn = str(content["tid"])
            event_time = from_epoch(int(message["time"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedWebhook(self.platform, f"bad message: {exc!r}") from exc
        return [PlatformOrderEvent(
            platform=self.platform, platform_order_id=order_sn, status=MESSAGE_STATUS[kind], event_time=event_time,
            items=None, platform_status=kind, source="webhook", event_id=str(message.get("id") or "") or None,
            raw=message,
        )]
