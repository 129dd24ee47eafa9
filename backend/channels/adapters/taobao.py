"""Taobao / Tmall through the TOP open platform (``/router/rest``).

Requests: form POST of the system parameters ``method, app_key, session, timestamp ('YYYY-MM-DD HH:MM:SS' Beijing
time), format=json, v=2.0, sign_method (md5 | hmac | hmac-sha256), sign`` plus the API's own parameters, signed
together (see ``signing.top_sign``). Answers are ``{"<api name without 'taobao.'>_response": {...}}`` or
``{"error_response": {"code", "msg", "sub_code", "sub_msg", "request_id"}}``.

APIs used: ``taobao.trades.sold.increment.get`` (pull by modification time, windows of at most a day),
``taobao.trade.fullinfo.get``, ``taobao.item.quantity.update`` (type=1, full quantity),
``taobao.item.sku.get`` / ``taobao.item.seller.get`` (read stock), ``taobao.logistics.offline.send``.

Platform SKU ids: ``"<num_iid>:<sku_id>"``, or ``"<num_iid>"`` for an item without SKUs. Money arrives in yuan
strings (``"12.50"``).

Webhooks: Taobao delivers trade messages over TMC (a long-lived message channel). The HTTP form we accept is the
Qimen-style push: system parameters in the query (``app_key, timestamp, sign_method, v, format, sign``), the TMC
message as the JSON body ``{"id", "topic", "pub_time", "content": "<json>"}``, signed by ``top_sign`` over the query
parameters followed by the raw body. Messages are thin (tid, status, payment): paid/created events need
``fetch_order``.

Error codes as we read TOP's table: 7 app call limited (``sub_msg`` "This ban will last for N more seconds"),
25 invalid signature, 26/27 session missing/invalid, 40/41 missing/invalid arguments, 15 remote service error with
``isp.*`` (platform side, retryable) or ``isv.*`` (our request, not retryable) sub codes.
"""

from __future__ import annotations

import json
import re
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
    SignatureError,
    WebhookError,
    WebhookReply,
    format_cst,
    join_sku_id,
    load_json,
    parse_cst,
    split_sku_id,
    verify_top_push,
)
from .signing import top_sign

TRADE_STATUS: dict[str, OrderStatus] = {
    "TRADE_NO_CREATE_PAY": OrderStatus.CREATED,
    "WAIT_BUYER_PAY": OrderStatus.CREATED,
    "PAY_PENDING": OrderStatus.CREATED,
    "WAIT_PRE_AUTH_CONFIRM": OrderStatus.CREATED,
    "WAIT_SELLER_SEND_GOODS": OrderStatus.PAID,
    "SELLER_CONSIGNED_PART": OrderStatus.PAID,
    "WAIT_BUYER_CONFIRM_GOODS": OrderStatus.PAID,
    "TRADE_BUYER_SIGNED": OrderStatus.PAID,
    "TRADE_FINISHED": OrderStatus.PAID,
    "TRADE_CLOSED_BY_TAOBAO": OrderStatus.CANCELLED,  # closed before payment
    "TRADE_CLOSED": OrderStatus.REFUNDED,  # closed after payment: every line refunded
}
TOPIC_STATUS: dict[str, OrderStatus] = {
    "taobao_trade_TradeCreate": OrderStatus.CREATED,
    "taobao_trade_TradeBuyerPay": OrderStatus.PAID,
    "taobao_trade_TradeClose": OrderStatus.CANCELLED,  # refined by content.status (TRADE_CLOSED = refunded)
}
TRADE_FIELDS = ("tid,status,created,modified,pay_time,payment,receiver_name,receiver_mobile,receiver_state,"
                "receiver_city,receiver_district,receiver_address,orders")
ALREADY_SHIPPED_SUB_CODES = frozenset({"isv.logistics-offline-service-error-B04"})
AUTH_CODES = frozenset({"26", "27", "53"})
_BAN_SECONDS = re.compile(r"(\d+)\s*more seconds")


class TaobaoAdapter(ChannelAdapter):
    platform = "taobao"
    DEFAULT_BASE_URL = "https://eco.taobao.com"
    DEFAULT_SIGN_METHOD = "md5"
    TIME_GRANULARITY_MS = 1000
    MAX_WINDOW_SECONDS = 24 * 3600
    CARRIERS: ClassVar[dict[str, str]] = {
        "SF": "SF", "ZTO": "ZTO", "YTO": "YTO", "STO": "STO", "YUNDA": "YUNDA", "EMS": "EMS", "JD": "JD",
        "JTSD": "HTKY", "DBL": "DBKD",
    }

    # -- transport

    async def call(self, api: str, **biz: Any) -> dict[str, Any]:
        params: dict[str, str] = {
            "method": api, "app_key": self.config.app_key, "timestamp": format_cst(int(time.time() * 1000)),
            "format": "json", "v": "2.0", "sign_method": self.sign_method,
        }
        if self.config.access_token:
            params["session"] = self.config.access_token
        params.update({k: str(v) for k, v in biz.items() if v is not None})
        params["sign"] = top_sign(params, self.config.app_secret, self.sign_method)
        payload = await self._send("POST", "/router/rest", data=params)
        if not isinstance(payload, dict):
            raise self._bad_response("not a JSON object")
        if "error_response" in payload:
            raise self._error(payload["error_response"])
        key = api.removeprefix("taobao.").replace(".", "_") + "_response"
        body = payload.get(key)
        if not isinstance(body, dict):
            raise self._bad_response(f"no {key}")
        return body

    def _error(self, err: dict[str, Any]) -> PlatformError:
        code = str(err.get("code", ""))
        sub = str(err.get("sub_code") or "")
        msg = str(err.get("sub_msg") or err.get("msg") or "error")
        kw: dict[str, Any] = {"code": code, "sub_code": sub or None}
        if code == "7" or sub.startswith("accesscontrol."):
            match = _BAN_SECONDS.search(msg)
            return RateLimitedError(self.platform, msg, retry_after=float(match.group(1)) if match else None, **kw)
        if code == "25":
            return PlatformError(self.platform, msg, retryable=False, kind="signature", **kw)
        if code in AUTH_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", **kw)
        if sub.startswith("isp.") or code in ("10", "520"):
            return PlatformError(self.platform, msg, retryable=True, kind="server", **kw)
        if sub in ALREADY_SHIPPED_SUB_CODES:
            return PlatformError(self.platform, msg, retryable=False, kind="already_shipped", **kw)
        if "not-exist" in sub:
            return PlatformError(self.platform, msg, retryable=False, kind="not_found", **kw)
        if code in ("40", "41"):
            return PlatformError(self.platform, msg, retryable=False, kind="invalid_request", **kw)
        return PlatformError(self.platform, msg, retryable=False, kind="business", **kw)

    # -- orders

    def _event(self, trade: dict[str, Any], source: str) -> PlatformOrderEvent:
        native = str(trade.get("status", ""))
        if native not in TRADE_STATUS:
            raise self._bad_response(f"unknown trade status {native!r}")
        lines = (trade.get("orders") or {}).get("order") or []
        items = [OrderLine(join_sku_id(o["num_iid"], o.get("sku_id")), int(o["num"]), yuan_to_fen(o["price"]))
                 for o in lines]
        address = " ".join(str(trade[k]) for k in ("receiver_state", "receiver_city", "receiver_district",
                                                     "receiver_address") if trade.get(k))
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(trade["tid"]), status=TRADE_STATUS[native],
            event_time=parse_cst(trade.get("modified") or trade["created"]), items=items,
            total_fen=yuan_to_fen(trade.get("payment")), buyer_phone=trade.get("receiver_mobile") or None,
            buyer_name=trade.get("receiver_name") or None, buyer_address=address or None,
            buyer_remark=trade.get("buyer_message") or None,
            platform_status=native, source=source, raw=trade,
        )

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        page = 1
        while True:
            body = await self.call("taobao.trades.sold.increment.get", fields=TRADE_FIELDS,
                                   start_modified=format_cst(start_ms), end_modified=format_cst(end_ms),
                                   page_no=page, page_size=self.config.page_size, use_has_next="true")
            trades = (body.get("trades") or {}).get("trade") or []
            events.extend(self._event(t, "pull") for t in trades)
            if not body.get("has_next") or not trades:
                return events
            page += 1

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        body = await self.call("taobao.trade.fullinfo.get", tid=platform_order_id, fields=TRADE_FIELDS)
        if not isinstance(body.get("trade"), dict):
            raise self._bad_response("no trade")
        return self._event(body["trade"], "fetch")

    # -- stock and shipments

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        num_iid, sku_id = split_sku_id(self.platform, platform_sku_id)
        await self.call("taobao.item.quantity.update", num_iid=num_iid, sku_id=sku_id or None,
                        quantity=max(0, int(qty)), type=1)

    async def fetch_stock(self, platform_sku_id: str) -> int:
        num_iid, sku_id = split_sku_id(self.platform, platform_sku_id)
        if sku_id:
            body = await self.call("taobao.item.sku.get", fields="sku_id,num_iid,quantity", num_iid=num_iid,
                                   sku_id=sku_id)
            return int((body.get("sku") or {})["quantity"])
        body = await self.call("taobao.item.seller.get", fields="num_iid,num", num_iid=num_iid)
        return int((body.get("item") or {})["num"])

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        body = await self.call("taobao.logistics.offline.send", tid=platform_order_id, out_sid=tracking_no,
                               company_code=self.carrier_code(carrier))
        if not (body.get("shipping") or {}).get("is_success"):
            raise PlatformError(self.platform, "shipment not accepted", retryable=False, kind="business")

    # -- webhooks

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        verify_top_push(self.platform, query, body, key_param="app_key", app_key=self.config.app_key,
                        secret=self.config.app_secret)
        message = load_json(self.platform, body)
        if not isinstance(message, dict):
            raise MalformedWebhook(self.platform, "message is not an object")
        topic = str(message.get("topic", ""))
        if topic not in TOPIC_STATUS:
            return []
        try:
            content = message["content"]
            content = json.loads(content) if isinstance(content, str) else content
            tid = str(content["tid"])
            pub_time = parse_cst(str(message["pub_time"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedWebhook(self.platform, f"bad TMC message: {exc!r}") from exc
        native = str(content.get("status", ""))
        status = TOPIC_STATUS[topic]
        if status is OrderStatus.CANCELLED and TRADE_STATUS.get(native) is OrderStatus.REFUNDED:
            status = OrderStatus.REFUNDED
        return [PlatformOrderEvent(
            platform=self.platform, platform_order_id=tid, status=status, event_time=pub_time, items=None,
            total_fen=yuan_to_fen(content["payment"]) if content.get("payment") else None,
            platform_status=native or topic, source="webhook", event_id=str(message.get("id") or "") or None,
            raw=message,
        )]

    def webhook_ack(self) -> WebhookReply:
        return WebhookReply(200, json.dumps({"response": {"flag": "success", "code": "0", "message": "ok"}}))

    def webhook_reject(self, error: WebhookError) -> WebhookReply:
        code = "sign-check-failure" if isinstance(error, SignatureError) else "invalid-message"
        status = 401 if isinstance(error, SignatureError) else 400
        return WebhookReply(status, json.dumps({"response": {"flag": "failure", "code": code,
                                                             "message": error.message}}, ensure_ascii=False))
