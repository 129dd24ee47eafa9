"""Douyin shop (Doudian open platform).

Requests: ``POST <base>/<method with dots as slashes>?app_key&method&access_token&timestamp&v=2&sign_method&sign``
with the API's parameters as the JSON body ``param_json`` (keys sorted, compact). ``timestamp`` is
``'YYYY-MM-DD HH:MM:SS'`` Beijing time; ``sign`` is ``signing.douyin_sign`` (HMAC-SHA256 by default, MD5 allowed).
Answers: ``{"code": 10000, "msg": "success", "sub_code", "sub_msg", "log_id", "data": {...}}``.

APIs used: ``order.searchList`` (by update time, unix seconds, pages from 0), ``order.orderDetail``,
``sku.syncStock`` (``incremental=false``: full quantity), ``sku.detail``, ``order.logisticsAdd``.

Platform SKU ids: ``"<product_id>:<sku_id>"``. Money is already in fen.
Order status: 1 awaiting confirmation/payment, 2 paid awaiting shipment, 3 shipped, 5 finished, 4 cancelled
(after payment = refunded).

Webhooks (message push): ``POST`` with a JSON array body ``[{"tag", "msg_id", "data": "<json>"}]`` and headers
``app-id`` and ``event-sign`` = MD5(app_key + body + app_secret), or HMAC-SHA256 when header ``sign-method`` says
``hmac-sha256``. Tags: 0 test ping, 100 order created, 101 paid, 106 cancelled, 206 refund succeeded. Messages are
thin (order id, status). Reply ``{"code": 0, "msg": "success"}``.

Error codes as we read the table: 20000 service unavailable (retryable), 30001 access token invalid,
30002 sign check failed, 40004 bad parameters (sub_code tells which), 50002 business failure (sub_code
``isv.order-not-exist`` / ``isv.sku-not-exist`` / ``isv.order-already-shipped``), 90000 too many requests
(retryable).
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
    format_cst,
    from_epoch,
    join_sku_id,
    load_json,
    lower_keys,
    split_sku_id,
)
from .signing import DOUYIN_SIGN_METHODS, canonical_json, douyin_event_sign, douyin_sign, signatures_match

TAG_STATUS: dict[str, OrderStatus] = {
    "100": OrderStatus.CREATED,
    "101": OrderStatus.PAID,
    "106": OrderStatus.CANCELLED,
    "206": OrderStatus.REFUNDED,
}


def douyin_status(order_status: int, paid: bool) -> OrderStatus:
    if order_status == 1:
        return OrderStatus.CREATED
    if order_status == 4:
        return OrderStatus.REFUNDED if paid else OrderStatus.CANCELLED
    if order_status in (2, 3, 5, 101, 105):
        return OrderStatus.PAID
    raise ValueError(f"unknown Doudian order_status {order_status!r}")


class DouyinAdapter(ChannelAdapter):
    platform = "douyin"
    DEFAULT_BASE_URL = "https://openapi-fxg.jinritemai.com"
    DEFAULT_SIGN_METHOD = "hmac-sha256"
    TIME_GRANULARITY_MS = 1000
    MAX_WINDOW_SECONDS = 24 * 3600
    CARRIERS: ClassVar[dict[str, str]] = {
        "SF": "shunfeng", "ZTO": "zhongtong", "YTO": "yuantong", "STO": "shentong", "YUNDA": "yunda",
        "EMS": "ems", "JD": "jd", "JTSD": "jtexpress",
    }

    async def call(self, api: str, **biz: Any) -> Any:
        param_json = canonical_json({k: v for k, v in biz.items() if v is not None})
        timestamp = format_cst(int(time.time() * 1000))
        query = {"app_key": self.config.app_key, "method": api, "access_token": self.config.access_token,
                 "timestamp": timestamp, "v": "2", "sign_method": self.sign_method}
        query["sign"] = douyin_sign(app_key=self.config.app_key, secret=self.config.app_secret, method=api,
                                    param_json=param_json, timestamp=timestamp, sign_method=self.sign_method)
        payload = await self._send("POST", "/" + api.replace(".", "/"), params=query,
                                   content=param_json.encode("utf-8"),
                                   headers={"Content-Type": "application/json;charset=UTF-8"})
        if not isinstance(payload, dict) or "code" not in payload:
            raise self._bad_response("no code")
        if int(payload["code"]) != 10000:
            raise self._error(payload)
        return payload.get("data") or {}

    def _error(self, payload: dict[str, Any]) -> PlatformError:
        code = int(payload.get("code", 0))
        sub = str(payload.get("sub_code") or "")
        msg = str(payload.get("sub_msg") or payload.get("msg") or "error")
        kw: dict[str, Any] = {"code": str(code), "sub_code": sub or None}
        if code == 90000:
            return RateLimitedError(self.platform, msg, **kw)
        if code == 20000:
            return PlatformError(self.platform, msg, retryable=True, kind="server", **kw)
        if code == 30002:
            return PlatformError(self.platform, msg, retryable=False, kind="signature", **kw)
        if code == 30001:
            return PlatformError(self.platform, msg, retryable=False, kind="auth", **kw)
        if sub.endswith("not-exist"):
            return PlatformError(self.platform, msg, retryable=False, kind="not_found", **kw)
        if sub == "isv.order-already-shipped":
            return PlatformError(self.platform, msg, retryable=False, kind="already_shipped", **kw)
        kind = "invalid_request" if code == 40004 else "business"
        return PlatformError(self.platform, msg, retryable=False, kind=kind, **kw)

    # -- orders

    def _event(self, order: dict[str, Any], source: str) -> PlatformOrderEvent:
        try:
            status = douyin_status(int(order["order_status"]), int(order.get("pay_time") or 0) > 0)
        except (KeyError, ValueError) as exc:
            raise self._bad_response(str(exc)) from exc
        items = [OrderLine(join_sku_id(s["product_id"], s["sku_id"]), int(s["item_num"]), int(s["goods_price"]))
                 for s in order.get("sku_order_list") or []]
        addr = order.get("post_addr") or {}
        address = " ".join(
            [str((addr.get(k) or {}).get("name", "")) for k in ("province", "city", "town")] + [addr.get("detail", "")]
        ).strip()
        return PlatformOrderEvent(
            platform=self.platform, platform_order_id=str(order["order_id"]), status=status,
            event_time=from_epoch(order.get("update_time") or order["create_time"]), items=items,
            total_fen=int(order.get("pay_amount") or 0), buyer_phone=order.get("post_tel") or None,
            buyer_name=order.get("post_receiver") or None, buyer_address=" ".join(address.split()) or None,
            buyer_remark=order.get("buyer_words") or None,
            platform_status=str(order.get("order_status")), source=source, raw=order,
        )

    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        events: list[PlatformOrderEvent] = []
        page = 0
        while True:
            data = await self.call("order.searchList", update_time_start=start_ms // 1000,
                                   update_time_end=end_ms // 1000, page=page, size=self.config.page_size,
                                   order_by="update_time", order_asc=True)
            orders = data.get("shop_order_list") or []
            events.extend(self._event(o, "pull") for o in orders)
            if not orders or (page + 1) * self.config.page_size >= int(data.get("total") or 0):
                return events
            page += 1

    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        data = await self.call("order.orderDetail", shop_order_id=platform_order_id)
        if not isinstance(data.get("shop_order_detail"), dict):
            raise self._bad_response("no shop_order_detail")
        return self._event(data["shop_order_detail"], "fetch")

    # -- stock and shipments

    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        product_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        await self.call("sku.syncStock", product_id=product_id, sku_id=sku_id or None, stock_num=max(0, int(qty)),
                        incremental=False)

    async def fetch_stock(self, platform_sku_id: str) -> int:
        product_id, sku_id = split_sku_id(self.platform, platform_sku_id)
        data = await self.call("sku.detail", product_id=product_id, sku_id=sku_id or None)
        try:
            return int(data["stock_num"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self._bad_response("no stock_num") from exc

    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        await self.call("order.logisticsAdd", order_id=platform_order_id, company_code=self.carrier_code(carrier),
                        logistics_code=tracking_no)

    # -- webhooks

    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        h = lower_keys(headers)
        if h.get("app-id") != self.config.app_key:
            raise SignatureError(self.platform, "app-id does not match")
        method = h.get("sign-method", "md5").lower()
        if method not in DOUYIN_SIGN_METHODS:
            raise SignatureError(self.platform, f"unknown sign-method {method!r}")
        expected = douyin_event_sign(app_key=self.config.app_key, secret=self.config.app_secret, body=body,
                                     sign_method=method)
        if not signatures_match(expected, h.get("event-sign")):
            raise SignatureError(self.platform, "bad event-sign")
        messages = load_json(self.platform, body)
        if not isinstance(messages, list):
            raise MalformedWebhook(self.platform, "body is not a message list")
        events: list[PlatformOrderEvent] = []
        for msg in messages:
            tag = str((msg or {}).get("tag", ""))
            if tag not in TAG_STATUS:
                continue  # "0" is the console's test ping; other tags are not about order state
            try:
                data = msg["data"]
                data = json.loads(data) if isinstance(data, str) else data
                order_id = str(data["p_id"])
                stamp = next(int(data[k]) for k in ("update_time", "refund_time", "cancel_time", "pay_time",
                                                     "create_time") if data.get(k))
            except (KeyError, TypeError, ValueError, StopIteration) as exc:
                raise MalformedWebhook(self.platform, f"bad message: {exc!r}") from exc
            events.append(PlatformOrderEvent(
                platform=self.platform, platform_order_id=order_id, status=TAG_STATUS[tag],
                event_time=from_epoch(stamp), items=None, total_fen=data.get("pay_amount"),
                platform_status=f"tag {tag}", source="webhook", event_id=str(msg.get("msg_id") or "") or None,
                raw=msg,
            ))
        return events
