"""Local fakes of the marketplaces' open platforms: Taobao (TOP), JD (JOS), Pinduoduo, Douyin shop (Doudian),
Kuaishou shop and WeChat shop, each speaking its platform's wire format on 127.0.0.1.

Each fake checks our signed requests as the platform would (bad sign, unknown app, wrong token, stale timestamp ->
the platform's own error JSON), keeps the stock quantity of every listed platform SKU, records every stock push
with its arrival time (tests measure lag from it), records shipments, serves orders for pulls by modification
time, and signs webhooks exactly as the platform would. Orders are made by test helpers.

Tests::

    from fakes.server import run_fake
    from fakes.platforms import create_taobao_fake

    with run_fake(create_taobao_fake, skus={"5001:6001": 10}) as server:
        fake = server.app.ctx.state               # a TaobaoFake
        config = AdapterConfig(base_url=server.base_url, **fake.credentials.adapter_kwargs())
        order = fake.create_order([("5001:6001", 2, 1290)], status="paid")
        fake.fail_next(3, "http_500")             # or "rate_limit", "server_error", "http_429", "timeout"
        fake.always_fail("server_error"); fake.recover()
        fake.inject_drift("5001:6001", 99)
        fake.pushes_for("5001:6001")              # [StockPush(platform_sku_id, qty, at, ...)]
        fake.deliver_webhook(receiver_url, order.order_id)   # the exact signed push the platform sends

Standalone (``make run``)::

    python -m fakes.server fakes.platforms:create_taobao_fake --port 9201

Control endpoints (same data as the helpers, for ``make run`` and benchmarks): ``GET /_fake/state``,
``POST /_fake/orders`` ``{"items": [[sku, qty, price_fen]], "status"}``, ``POST /_fake/orders/<id>/status``
``{"status"}``, ``POST /_fake/skus`` ``{"platform_sku_id", "qty"}`` (also drift), ``POST /_fake/fail``
``{"next": n, "kind"} | {"always": kind} | {"recover": true}``, ``POST /_fake/webhook`` ``{"url", "order_id",
"status"?}``.

Platform SKU ids follow the adapters: ``"<item id>:<sku id>"`` (JD: the bare ``skuId``). Error codes are listed
in each adapter's module docstring.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urlencode

import httpx
from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic.response import text as text_response

from backend.channels.adapters.base import CST, format_cst, parse_cst
from backend.channels.adapters.signing import (
    DOUYIN_SIGN_METHODS,
    KUAISHOU_SIGN_METHODS,
    TOP_SIGN_METHODS,
    compact_json,
    douyin_event_sign,
    douyin_sign,
    kuaishou_sign,
    signatures_match,
    top_sign,
    wechat_signature,
)
from backend.demo_accounts import SHOP_CREDENTIALS, ShopCredentials
from backend.money import fen_to_yuan
from fakes.server import unique_app_name

STATUSES = ("created", "paid", "cancelled", "refunded")
FAILURE_KINDS = ("http_500", "http_503", "http_429", "rate_limit", "server_error", "timeout")
MAX_SKEW_SECONDS = 600


FakeCredentials = ShopCredentials  # the demo shops' credentials (backend.demo_accounts)
DEMO_CREDENTIALS: dict[str, ShopCredentials] = SHOP_CREDENTIALS


# ---- state --------------------------------------------------------------------------------------------------


@dataclass
class FakeOrder:
    order_id: str
    items: list[tuple[str, int, int]]  # (platform_sku_id, qty, unit price fen)
    status: str  # created | paid | cancelled | refunded
    created_ms: int
    modified_ms: int
    paid_ms: int = 0
    shipped: bool = False
    buyer_name: str = "张三"
    buyer_phone: str = "13800138000"
    province: str = "浙江省"
    city: str = "杭州市"
    district: str = "西湖区"
    address: str = "文三路 100 号"
    remark: str = ""  # the buyer's message to the shop, in each platform's own field when set

    @property
    def total_fen(self) -> int:
        return sum(qty * price for _, qty, price in self.items)


@dataclass(frozen=True)
class StockPush:
    platform_sku_id: str
    qty: int  # the quantity after the push
    at: float  # time.time() when the request arrived
    delta: int | None = None  # for relative updates (Kuaishou), the change asked for
    api: str = ""


@dataclass(frozen=True)
class Shipment:
    order_id: str
    carrier_code: str
    tracking_no: str
    at: float


@dataclass(frozen=True)
class ApiCall:
    api: str
    at: float
    outcome: str  # "ok", "injected:<kind>", "error:<kind>"


@dataclass
class SignedRequest:
    """A push exactly as the platform sends it: method, query, headers and raw body."""

    method: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def url(self, base_url: str) -> str:
        if not self.query:
            return base_url
        return base_url + ("&" if "?" in base_url else "?") + urlencode(self.query)

    def send(self, url: str, timeout: float = 10.0) -> httpx.Response:
        with httpx.Client(timeout=timeout, trust_env=False) as client:
            return client.request(self.method, self.url(url), headers=self.headers, content=self.body)

    async def asend(self, url: str, http_timeout: float = 10.0) -> httpx.Response:
        async with httpx.AsyncClient(timeout=http_timeout, trust_env=False) as client:
            return await client.request(self.method, self.url(url), headers=self.headers, content=self.body)


class FakeApiError(Exception):
    def __init__(self, kind: str, message: str = "") -> None:
        super().__init__(message or kind)
        self.kind = kind  # signature, auth, app_key, timestamp, invalid, rate_limit, server, not_found,
        self.message = message or kind  # already_shipped, bad_state, unknown_api


def now_ms() -> int:
    return int(time.time() * 1000)


# ---- the shared fake -----------------------------------------------------------------------------------------


class FakePlatform:
    """State, test helpers and request plumbing shared by every platform fake. Thread-safe: the fake serves from
    its own thread while tests call the helpers."""

    platform: ClassVar[str]
    GRANULARITY_MS: ClassVar[int] = 1000
    MAX_WINDOW_SECONDS: ClassVar[int] = 24 * 3600

    def __init__(self, credentials: FakeCredentials | None = None, *, skus: Mapping[str, int] | None = None,
                 decrement_on_order: bool = True, timeout_delay: float = 2.0) -> None:
        self.credentials = credentials or DEMO_CREDENTIALS[self.platform]
        self.decrement_on_order = decrement_on_order
        self.timeout_delay = timeout_delay
        self.lock = threading.RLock()
        self.orders: dict[str, FakeOrder] = {}
        self.stock: dict[str, int] = dict(skus or {})
        self.pushes: list[StockPush] = []
        self.shipments: list[Shipment] = []
        self.calls: list[ApiCall] = []
        self.webhooks_sent: list[tuple[str, int]] = []  # (url, HTTP status of the reply)
        self._failures: deque[str] = deque()
        self._always: str | None = None
        self._id_base = now_ms() * 10000
        self._seq = itertools.count(1)
        self._msg_seq = itertools.count(1)

    # -- helpers for tests -------------------------------------------------------------------------------------

    def reset(self, skus: Mapping[str, int] | None = None) -> None:
        """Forget every order, listing, push, shipment, call and planned failure."""
        with self.lock:
            self.orders.clear()
            self.stock = dict(skus or {})
            self.pushes.clear()
            self.shipments.clear()
            self.calls.clear()
            self.webhooks_sent.clear()
            self._failures.clear()
            self._always = None

    def check_sku_id(self, platform_sku_id: str) -> None:
        item, _, sku = platform_sku_id.partition(":")
        if not item.isdigit() or (sku and not sku.isdigit()):
            raise ValueError(f"{self.platform} SKU ids look like '<item id>:<sku id>' (digits): {platform_sku_id!r}")

    def list_sku(self, platform_sku_id: str, qty: int = 0) -> None:
        """Put a SKU on sale on the platform (pushes to SKUs that are not listed fail as on the platform)."""
        self.check_sku_id(platform_sku_id)
        with self.lock:
            self.stock[platform_sku_id] = qty

    def inject_drift(self, platform_sku_id: str, qty: int) -> None:
        """Set the platform's quantity behind our back (a seller edited it in the platform's console)."""
        with self.lock:
            if platform_sku_id not in self.stock:
                raise KeyError(platform_sku_id)
            self.stock[platform_sku_id] = qty

    def stock_of(self, platform_sku_id: str) -> int | None:
        with self.lock:
            return self.stock.get(platform_sku_id)

    def pushes_for(self, platform_sku_id: str) -> list[StockPush]:
        with self.lock:
            return [p for p in self.pushes if p.platform_sku_id == platform_sku_id]

    def calls_to(self, api: str) -> list[ApiCall]:
        with self.lock:
            return [c for c in self.calls if c.api == api]

    def fail_next(self, n: int = 1, kind: str = "http_500") -> None:
        """The next ``n`` API calls fail with ``kind`` (see FAILURE_KINDS)."""
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {FAILURE_KINDS}")
        with self.lock:
            self._failures.extend([kind] * n)

    def always_fail(self, kind: str = "http_500") -> None:
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {FAILURE_KINDS}")
        with self.lock:
            self._always = kind

    def recover(self) -> None:
        with self.lock:
            self._failures.clear()
            self._always = None

    def new_order_id(self) -> str:
        return str(self._id_base + next(self._seq))

    def create_order(self, items: Iterable[tuple[str, int, int]], *, status: str = "paid",
                     **buyer: str) -> FakeOrder:
        """A buyer places (and, for status paid, pays) an order. Listed SKUs lose the quantity, as the
        platform's own stock does; unlisted SKUs are listed with 0."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}")
        lines = [(str(s), int(q), int(p)) for s, q, p in items]
        if not lines:
            raise ValueError("an order needs items")
        for sku, qty, _ in lines:
            self.check_sku_id(sku)
            if qty <= 0:
                raise ValueError("qty must be positive")
        ts = now_ms()
        with self.lock:
            order = FakeOrder(self.new_order_id(), lines, "created", ts, ts, **buyer)
            self.orders[order.order_id] = order
            for sku, qty, _ in lines:
                self.stock.setdefault(sku, 0)
                if self.decrement_on_order:
                    self.stock[sku] = max(0, self.stock[sku] - qty)
            if status != "created":
                self._transition(order, status, ts)
            return order

    def set_order_status(self, order_id: str, status: str) -> FakeOrder:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}")
        with self.lock:
            order = self.orders[order_id]
            self._transition(order, status, now_ms())
            return order

    def _transition(self, order: FakeOrder, status: str, ts: int) -> None:
        was_open = order.status in ("created", "paid")
        if status == "paid" and not order.paid_ms:
            order.paid_ms = ts
        if status == "refunded" and not order.paid_ms:
            order.paid_ms = ts  # a refund implies a payment
        order.status = status
        order.modified_ms = max(ts, order.modified_ms)
        if was_open and status in ("cancelled", "refunded") and self.decrement_on_order:
            for sku, qty, _ in order.items:  # the platform puts closed orders' units back on sale
                if sku in self.stock:
                    self.stock[sku] += qty

    def get_order(self, order_id: str) -> FakeOrder:
        order = self.orders.get(str(order_id))
        if order is None:
            raise FakeApiError("not_found", f"order {order_id} does not exist")
        return order

    def orders_in_window(self, start_ms: int, end_ms: int) -> list[FakeOrder]:
        g = self.GRANULARITY_MS
        with self.lock:
            hits = [o for o in self.orders.values() if start_ms <= o.modified_ms // g * g <= end_ms]
        return sorted(hits, key=lambda o: (o.modified_ms, o.order_id))

    def check_window(self, start_ms: int, end_ms: int) -> None:
        if end_ms < start_ms:
            raise FakeApiError("invalid", "end time before start time")
        if end_ms - start_ms > self.MAX_WINDOW_SECONDS * 1000:
            raise FakeApiError("invalid", f"time window over {self.MAX_WINDOW_SECONDS} seconds")

    def set_stock(self, api: str, platform_sku_id: str, qty: int, *, delta: int | None = None) -> int:
        """Apply a push from the adapter (absolute ``qty``, or ``delta`` when given) and record it."""
        at = time.time()
        with self.lock:
            if platform_sku_id not in self.stock:
                raise FakeApiError("not_found", f"SKU {platform_sku_id} is not on sale here")
            if delta is not None:
                qty = self.stock[platform_sku_id] + delta
                if qty < 0:
                    raise FakeApiError("invalid", "stock would go negative")
            if qty < 0:
                raise FakeApiError("invalid", "quantity must not be negative")
            self.stock[platform_sku_id] = qty
            self.pushes.append(StockPush(platform_sku_id, qty, at, delta, api))
            return qty

    def read_stock(self, platform_sku_id: str) -> int:
        with self.lock:
            if platform_sku_id not in self.stock:
                raise FakeApiError("not_found", f"SKU {platform_sku_id} is not on sale here")
            return self.stock[platform_sku_id]

    def ship(self, order_id: str, carrier_code: str, tracking_no: str) -> None:
        with self.lock:
            order = self.get_order(order_id)
            if order.shipped:
                raise FakeApiError("already_shipped", "订单已发货")
            if order.status != "paid":
                raise FakeApiError("bad_state", f"订单状态不允许发货 ({order.status})")
            if not carrier_code or not tracking_no:
                raise FakeApiError("invalid", "carrier and tracking number are required")
            order.shipped = True
            order.modified_ms = max(now_ms(), order.modified_ms)
            self.shipments.append(Shipment(order_id, str(carrier_code), str(tracking_no), time.time()))

    # -- webhooks ----------------------------------------------------------------------------------------------

    def build_webhook(self, order_id: str, status: str | None = None, **options: Any) -> SignedRequest:
        """The signed push the platform sends about ``order_id`` in ``status`` (default: its current one).
        ``options``: ``sign_method`` for Douyin ("md5" | "hmac-sha256") and Kuaishou ("MD5" | "HMAC_SHA256")."""
        with self.lock:
            order = self.get_order(order_id)
            return self._build_webhook(order, status or order.status, **options)

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        raise NotImplementedError

    def deliver_webhook(self, url: str, order_id: str, status: str | None = None,
                        timeout: float = 10.0) -> httpx.Response:
        response = self.build_webhook(order_id, status).send(url, timeout)
        with self.lock:
            self.webhooks_sent.append((url, response.status_code))
        return response

    async def adeliver_webhook(self, url: str, order_id: str, status: str | None = None,
                               http_timeout: float = 10.0) -> httpx.Response:
        response = await self.build_webhook(order_id, status).asend(url, http_timeout)
        with self.lock:
            self.webhooks_sent.append((url, response.status_code))
        return response

    def message_id(self) -> str:
        return f"{self.platform}-msg-{self._id_base}-{next(self._msg_seq)}"

    # -- request plumbing --------------------------------------------------------------------------------------

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        raise NotImplementedError

    def error_response(self, error: FakeApiError) -> HTTPResponse:
        return json_response(self.error_payload(error.kind, error.message), ensure_ascii=False)

    def record(self, api: str, outcome: str) -> None:
        with self.lock:
            self.calls.append(ApiCall(api, time.time(), outcome))

    def injected_failure(self, api: str) -> HTTPResponse | str | None:
        """The response of a planned failure, "timeout" for a slow answer, or None."""
        with self.lock:
            kind = self._failures.popleft() if self._failures else self._always
        if kind is None:
            return None
        self.record(api, f"injected:{kind}")
        if kind == "timeout":
            return kind
        if kind == "http_500":
            return text_response("Internal Server Error", status=500)
        if kind == "http_503":
            return text_response("Service Unavailable", status=503)
        if kind == "http_429":
            return text_response("Too Many Requests", status=429, headers={"Retry-After": "1"})
        if kind == "rate_limit":
            return self.error_response(FakeApiError("rate_limit", "调用频率超限"))
        return self.error_response(FakeApiError("server", "服务暂时不可用"))

    async def serve(self, api: str, check: Callable[[], None], handler: Callable[[], Any],
                    success: Callable[[Any], HTTPResponse]) -> HTTPResponse:
        """Failure injection, then the platform's own checks, then the API; every outcome is recorded."""
        injected = self.injected_failure(api)
        if isinstance(injected, HTTPResponse):
            return injected
        try:
            check()
            with self.lock:
                result = handler()
        except FakeApiError as exc:
            self.record(api, f"error:{exc.kind}")
            return self.error_response(exc)
        except (KeyError, TypeError, ValueError) as exc:  # malformed parameters: the platform says so
            self.record(api, "error:invalid")
            return self.error_response(FakeApiError("invalid", f"参数错误: {exc!r}"))
        self.record(api, "ok")
        if injected == "timeout":
            # the work is done, only the answer is late: a caller that gave up must not assume it failed
            await asyncio.sleep(self.timeout_delay)
        return success(result)

    def check_skew(self, epoch_seconds: float) -> None:
        if abs(time.time() - epoch_seconds) > MAX_SKEW_SECONDS:
            raise FakeApiError("timestamp", "timestamp out of the allowed range")

    def register(self, app: Sanic) -> None:
        raise NotImplementedError

    # -- control endpoints -------------------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "platform": self.platform,
                "stock": dict(self.stock),
                "orders": [asdict(o) for o in self.orders.values()],
                "pushes": [asdict(p) for p in self.pushes[-200:]],
                "push_count": len(self.pushes),
                "shipments": [asdict(s) for s in self.shipments],
                "calls": len(self.calls),
                "failing": {"next": list(self._failures), "always": self._always},
            }

    def register_control(self, app: Sanic) -> None:
        async def state(request: Request) -> HTTPResponse:
            return json_response(self.snapshot(), ensure_ascii=False)

        async def orders(request: Request) -> HTTPResponse:
            data = json.loads(request.body or b"{}")
            order = self.create_order([tuple(i) for i in data["items"]], status=data.get("status", "paid"))
            return json_response({"order_id": order.order_id}, status=201)

        async def order_status(request: Request, order_id: str) -> HTTPResponse:
            data = json.loads(request.body or b"{}")
            order = self.set_order_status(order_id, data["status"])
            return json_response({"order_id": order.order_id, "status": order.status})

        async def skus(request: Request) -> HTTPResponse:
            data = json.loads(request.body or b"{}")
            self.list_sku(str(data["platform_sku_id"]), int(data.get("qty", 0)))
            return json_response({"ok": True})

        async def fail(request: Request) -> HTTPResponse:
            data = json.loads(request.body or b"{}")
            if data.get("recover"):
                self.recover()
            elif data.get("always"):
                self.always_fail(str(data["always"]))
            else:
                self.fail_next(int(data.get("next", 1)), str(data.get("kind", "http_500")))
            return json_response({"ok": True})

        async def webhook(request: Request) -> HTTPResponse:
            data = json.loads(request.body or b"{}")
            response = await self.adeliver_webhook(str(data["url"]), str(data["order_id"]), data.get("status"))
            return json_response({"status": response.status_code, "body": response.text}, ensure_ascii=False)

        app.add_route(state, "/_fake/state", methods=["GET"], name="fake_state")
        app.add_route(orders, "/_fake/orders", methods=["POST"], name="fake_orders")
        app.add_route(order_status, "/_fake/orders/<order_id>/status", methods=["POST"], name="fake_order_status")
        app.add_route(skus, "/_fake/skus", methods=["POST"], name="fake_skus")
        app.add_route(fail, "/_fake/fail", methods=["POST"], name="fake_fail")
        app.add_route(webhook, "/_fake/webhook", methods=["POST"], name="fake_webhook")


def request_params(request: Request) -> dict[str, str]:
    """Query and form parameters merged (first values, blank values kept)."""
    params = {k: v[0] for k, v in request.get_args(keep_blank_values=True).items()}
    if request.method == "POST" and "form-urlencoded" in request.headers.get("content-type", ""):
        params.update({k: v[0] for k, v in request.get_form(keep_blank_values=True).items()})
    return params


def parse_json_param(value: str | None) -> dict[str, Any]:
    try:
        data = json.loads(value or "{}")
    except ValueError as exc:
        raise FakeApiError("invalid", "参数不是合法的 JSON") from exc
    if not isinstance(data, dict):
        raise FakeApiError("invalid", "参数必须是 JSON 对象")
    return data


def need(params: Mapping[str, Any], *names: str) -> None:
    missing = [n for n in names if params.get(n) in (None, "")]
    if missing:
        raise FakeApiError("invalid", f"缺少参数: {', '.join(missing)}")


def as_int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise FakeApiError("invalid", f"参数 {name} 不是整数") from exc


def cst_ms(text: Any, name: str) -> int:
    try:
        return int(parse_cst(str(text)).timestamp() * 1000)
    except ValueError as exc:
        raise FakeApiError("invalid", f"参数 {name} 不是 yyyy-MM-dd HH:mm:ss") from exc


def page_slice(rows: list[Any], page: int, size: int, *, first_page: int = 1) -> tuple[list[Any], bool]:
    start = (page - first_page) * size
    return rows[start:start + size], start + size < len(rows)


# ---- TOP family: Taobao, JD, Pinduoduo ---------------------------------------------------------------------


class TopFamilyFake(FakePlatform):
    """Form-posted system parameters signed with ``top_sign``."""

    KEY_PARAM: ClassVar[str] = "app_key"
    API_PARAM: ClassVar[str] = "method"
    TOKEN_PARAM: ClassVar[str] = "session"
    PATH: ClassVar[str] = "/router/rest"

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        raise NotImplementedError

    def timestamp_seconds(self, value: str) -> float:
        return parse_cst(value).timestamp()

    def check_request(self, params: dict[str, str]) -> None:
        need(params, self.API_PARAM, self.KEY_PARAM, "timestamp", "sign")
        if params[self.KEY_PARAM] != self.credentials.app_key:
            raise FakeApiError("app_key", "app key 不存在")
        method = params.get("sign_method", "md5")
        if method not in TOP_SIGN_METHODS:
            raise FakeApiError("signature", f"不支持的 sign_method {method}")
        if not signatures_match(top_sign(params, self.credentials.app_secret, method), params["sign"]):
            raise FakeApiError("signature", "签名无效")
        try:
            self.check_skew(self.timestamp_seconds(params["timestamp"]))
        except ValueError as exc:
            raise FakeApiError("timestamp", "timestamp 格式错误") from exc
        if params.get(self.TOKEN_PARAM) != self.credentials.access_token:
            raise FakeApiError("auth", "access token 无效或已过期")
        if params[self.API_PARAM] not in self.apis():
            raise FakeApiError("unknown_api", f"不存在的 API {params[self.API_PARAM]}")

    def business_params(self, params: dict[str, str]) -> dict[str, Any]:
        return params

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def register(self, app: Sanic) -> None:
        async def router(request: Request) -> HTTPResponse:
            params = request_params(request)
            api = params.get(self.API_PARAM, "")
            return await self.serve(
                api, lambda: self.check_request(params),
                lambda: self.apis()[api](self.business_params(params)),
                lambda result: json_response(self.wrap(api, result), ensure_ascii=False),
            )

        app.add_route(router, self.PATH, methods=["GET", "POST"], name="router")

    def top_push(self, query: dict[str, str], message: dict[str, Any]) -> SignedRequest:
        body = compact_json(message).encode("utf-8")
        query["sign"] = top_sign(query, self.credentials.app_secret, query.get("sign_method", "md5"), body=body)
        return SignedRequest("POST", query, {"Content-Type": "application/json;charset=utf-8"}, body)


class TaobaoFake(TopFamilyFake):
    platform = "taobao"
    ERRORS: ClassVar[dict[str, tuple[int, str, str | None]]] = {
        "signature": (25, "Invalid signature", None),
        "auth": (27, "Invalid session", "invalid-sessionkey"),
        "app_key": (29, "Invalid app Key", None),
        "timestamp": (43, "Invalid timestamp", None),
        "invalid": (41, "Invalid arguments", "isv.invalid-parameter"),
        "unknown_api": (22, "Invalid method", None),
        "rate_limit": (7, "App Call Limited", "accesscontrol.limited-by-app-access-count"),
        "server": (15, "Remote service error", "isp.remote-service-timeout"),
        "not_found": (15, "Remote service error", "isv.trade-not-exist"),
        "already_shipped": (15, "Remote service error", "isv.logistics-offline-service-error-B04"),
        "bad_state": (15, "Remote service error", "isv.logistics-offline-service-error-B01"),
    }

    def new_order_id(self) -> str:
        return "3" + super().new_order_id()

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg, sub = self.ERRORS[kind]
        err: dict[str, Any] = {"code": code, "msg": msg, "request_id": secrets.token_hex(6)}
        if sub:
            err["sub_code"] = sub
            err["sub_msg"] = "This ban will last for 1 more seconds" if kind == "rate_limit" else message
        return {"error_response": err}

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        return {api.removeprefix("taobao.").replace(".", "_") + "_response": result}

    @staticmethod
    def native_status(order: FakeOrder) -> str:
        if order.status == "paid":
            return "WAIT_BUYER_CONFIRM_GOODS" if order.shipped else "WAIT_SELLER_SEND_GOODS"
        return {"created": "WAIT_BUYER_PAY", "cancelled": "TRADE_CLOSED_BY_TAOBAO",
                "refunded": "TRADE_CLOSED"}[order.status]

    def render(self, order: FakeOrder) -> dict[str, Any]:
        lines = []
        for n, (sku, qty, price) in enumerate(order.items, start=1):
            num_iid, _, sku_id = sku.partition(":")
            line: dict[str, Any] = {"oid": int(order.order_id) * 10 + n, "num_iid": int(num_iid), "num": qty,
                                    "price": fen_to_yuan(price), "total_fee": fen_to_yuan(price * qty),
                                    "payment": fen_to_yuan(price * qty), "status": self.native_status(order),
                                    "refund_status": "SUCCESS" if order.status == "refunded" else "NO_REFUND"}
            if sku_id:
                line["sku_id"] = sku_id
            lines.append(line)
        trade: dict[str, Any] = {
            "tid": int(order.order_id), "status": self.native_status(order), "created": format_cst(order.created_ms),
            "modified": format_cst(order.modified_ms), "payment": fen_to_yuan(order.total_fen),
            "receiver_name": order.buyer_name, "receiver_mobile": order.buyer_phone,
            "receiver_state": order.province, "receiver_city": order.city, "receiver_district": order.district,
            "receiver_address": order.address, "orders": {"order": lines},
        }
        if order.remark:
            trade["buyer_message"] = order.remark
        if order.paid_ms:
            trade["pay_time"] = format_cst(order.paid_ms)
        return trade

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "taobao.trades.sold.increment.get": self._increment,
            "taobao.trade.fullinfo.get": lambda p: {"trade": self.render(self.get_order(p.get("tid", "")))},
            "taobao.item.quantity.update": self._quantity_update,
            "taobao.item.sku.get": self._sku_get,
            "taobao.item.seller.get": self._item_get,
            "taobao.logistics.offline.send": self._offline_send,
        }

    def _increment(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "start_modified", "end_modified")
        start, end = cst_ms(p["start_modified"], "start_modified"), cst_ms(p["end_modified"], "end_modified")
        self.check_window(start, end)
        rows, has_next = page_slice(self.orders_in_window(start, end), as_int(p.get("page_no", 1), "page_no"),
                                    as_int(p.get("page_size", 40), "page_size"))
        result: dict[str, Any] = {"has_next": has_next}
        if rows:
            result["trades"] = {"trade": [self.render(o) for o in rows]}
        return result

    def _quantity_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid", "quantity")
        sku = f"{p['num_iid']}:{p['sku_id']}" if p.get("sku_id") else str(p["num_iid"])
        qty = as_int(p["quantity"], "quantity")
        if str(p.get("type", "1")) == "2":
            qty = self.set_stock("taobao.item.quantity.update", sku, 0, delta=qty)
        else:
            qty = self.set_stock("taobao.item.quantity.update", sku, qty)
        stamp = format_cst(now_ms())
        result: dict[str, Any] = {"item": {"num_iid": int(p["num_iid"]), "modified": stamp}}
        if p.get("sku_id"):
            result["sku"] = {"sku_id": int(p["sku_id"]), "quantity": qty, "modified": stamp}
        else:
            result["item"]["num"] = qty
        return result

    def _sku_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid", "sku_id")
        qty = self.read_stock(f"{p['num_iid']}:{p['sku_id']}")
        return {"sku": {"sku_id": int(p["sku_id"]), "num_iid": int(p["num_iid"]), "quantity": qty}}

    def _item_get(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "num_iid")
        return {"item": {"num_iid": int(p["num_iid"]), "num": self.read_stock(str(p["num_iid"]))}}

    def _offline_send(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "tid", "out_sid", "company_code")
        self.ship(str(p["tid"]), p["company_code"], p["out_sid"])
        return {"shipping": {"is_success": True}}

    TOPICS: ClassVar[dict[str, str]] = {"created": "taobao_trade_TradeCreate", "paid": "taobao_trade_TradeBuyerPay",
                                        "cancelled": "taobao_trade_TradeClose", "refunded": "taobao_trade_TradeClose"}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        native = self.native_status(FakeOrder(**{**asdict(order), "status": status}))
        content = {"tid": int(order.order_id), "oid": int(order.order_id) * 10 + 1, "status": native,
                   "payment": fen_to_yuan(order.total_fen), "buyer_nick": "t**1", "seller_nick": "cradle旗舰店",
                   "type": "guarantee_trade"}
        message = {"id": self.message_id(), "topic": self.TOPICS[status], "pub_time": format_cst(now_ms()),
                   "content": compact_json(content)}
        query = {"app_key": self.credentials.app_key, "timestamp": format_cst(now_ms()), "sign_method": "md5",
                 "v": "2.0", "format": "json"}
        return self.top_push(query, message)


class JDFake(TopFamilyFake):
    platform = "jd"
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
        }

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


class PddFake(TopFamilyFake):
    platform = "pdd"
    KEY_PARAM = "client_id"
    API_PARAM = "type"
    TOKEN_PARAM = "access_token"
    PATH = "/api/router"
    MAX_WINDOW_SECONDS = 30 * 60
    ERRORS: ClassVar[dict[str, tuple[int, str]]] = {
        "signature": (10016, "sign校验失败"),
        "auth": (10019, "access_token已过期"),
        "app_key": (10001, "client_id不存在"),
        "timestamp": (10002, "timestamp已过期"),
        "invalid": (10000, "参数错误"),
        "unknown_api": (10003, "type不存在"),
        "rate_limit": (52101, "当前接口被限流，请稍后重试"),
        "server": (50001, "服务异常，请稍后重试"),
        "not_found": (20001, "对象不存在"),
        "already_shipped": (20002, "订单已发货"),
        "bad_state": (20003, "订单状态不允许该操作"),
    }

    def timestamp_seconds(self, value: str) -> float:
        return float(int(value))

    def new_order_id(self) -> str:
        return f"{datetime.now(CST):%y%m%d}-{super().new_order_id()[-15:]}"

    def check_request(self, params: dict[str, str]) -> None:
        super().check_request(params)
        if params.get("data_type", "JSON").upper() != "JSON":
            raise FakeApiError("invalid", "data_type 只支持 JSON")

    def error_payload(self, kind: str, message: str) -> dict[str, Any]:
        code, msg = self.ERRORS[kind]
        return {"error_response": {"error_code": code, "error_msg": msg, "sub_code": kind, "sub_msg": message,
                                   "request_id": secrets.token_hex(8)}}

    RESPONSE_KEYS: ClassVar[dict[str, str]] = {
        "pdd.order.number.list.increment.get": "order_sn_increment_get_response",
        "pdd.order.information.get": "order_info_get_response",
        "pdd.goods.quantity.update": "goods_quantity_update_response",
        "pdd.goods.detail.get": "goods_detail_get_response",
        "pdd.logistics.online.send": "logistics_online_send_response",
    }

    def wrap(self, api: str, result: dict[str, Any]) -> dict[str, Any]:
        return {self.RESPONSE_KEYS[api]: result}

    def render(self, order: FakeOrder) -> dict[str, Any]:
        confirm = {"created": 0, "paid": 1, "cancelled": 2, "refunded": 1}[order.status]
        return {
            "order_sn": order.order_id, "confirm_status": confirm,
            "order_status": 2 if order.shipped else 1,
            "refund_status": 4 if order.status == "refunded" else 1,
            "pay_amount": order.total_fen / 100, "goods_amount": order.total_fen / 100,
            "created_time": format_cst(order.created_ms), "updated_at": format_cst(order.modified_ms),
            "confirm_time": format_cst(order.paid_ms) if order.paid_ms else "",
            "receiver_name": order.buyer_name, "receiver_phone": order.buyer_phone, "province": order.province,
            "city": order.city, "town": order.district, "address": order.address, "buyer_memo": order.remark,
            "item_list": [{"goods_id": int(sku.split(":")[0]), "sku_id": int(sku.partition(":")[2] or 0),
                           "goods_count": qty, "goods_price": price / 100, "goods_name": f"商品 {sku}",
                           "outer_id": ""} for sku, qty, price in order.items],
        }

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "pdd.order.number.list.increment.get": self._increment,
            "pdd.order.information.get": lambda p: {"order_info": self.render(self.get_order(p.get("order_sn", "")))},
            "pdd.goods.quantity.update": self._quantity_update,
            "pdd.goods.detail.get": self._goods_detail,
            "pdd.logistics.online.send": self._online_send,
        }

    def _increment(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "start_updated_at", "end_updated_at")
        start = as_int(p["start_updated_at"], "start_updated_at") * 1000
        end = as_int(p["end_updated_at"], "end_updated_at") * 1000
        self.check_window(start, end)
        rows = self.orders_in_window(start, end)
        page_rows, has_next = page_slice(rows, as_int(p.get("page", 1), "page"),
                                         as_int(p.get("page_size", 100), "page_size"))
        return {"total_count": len(rows), "has_next": has_next, "order_sn_list": [self.render(o) for o in page_rows]}

    def _quantity_update(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_id", "quantity")
        sku = f"{p['goods_id']}:{p['sku_id']}" if p.get("sku_id") else str(p["goods_id"])
        qty = as_int(p["quantity"], "quantity")
        if str(p.get("update_type", "1")) == "2":
            self.set_stock("pdd.goods.quantity.update", sku, 0, delta=qty)
        else:
            self.set_stock("pdd.goods.quantity.update", sku, qty)
        return {"is_success": True}

    def _goods_detail(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "goods_id")
        prefix = f"{p['goods_id']}:"
        skus = [{"sku_id": int(k.partition(":")[2]), "quantity": q} for k, q in self.stock.items()
                if k.startswith(prefix)]
        if not skus:
            raise FakeApiError("not_found", f"商品 {p['goods_id']} 不存在")
        return {"goods_id": int(p["goods_id"]), "sku_list": skus}

    def _online_send(self, p: dict[str, Any]) -> dict[str, Any]:
        need(p, "order_sn", "logistics_id", "tracking_number")
        self.ship(str(p["order_sn"]), str(p["logistics_id"]), str(p["tracking_number"]))
        return {"is_success": True}

    TYPES: ClassVar[dict[str, str]] = {"paid": "pdd_trade_TradeConfirmed", "cancelled": "pdd_trade_TradeCancelled",
                                       "refunded": "pdd_refund_RefundAgreed"}

    def _build_webhook(self, order: FakeOrder, status: str) -> SignedRequest:
        if status not in self.TYPES:
            raise ValueError("Pinduoduo pushes no message for unpaid orders")
        message = {"id": self.message_id(), "type": self.TYPES[status], "time": int(time.time()),
                   "mall_id": 100001, "content": compact_json({"tid": order.order_id, "mall_id": 100001})}
        query = {"client_id": self.credentials.app_key, "timestamp": str(int(time.time()))}
        return self.top_push(query, message)


# ---- Douyin shop ---------------------------------------------------------------------------------------------


class DouyinFake(FakePlatform):
    platform = "douyin"
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

    def apis(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "order.searchList": self._search,
            "order.orderDetail": lambda p: {"shop_order_detail": self.render(
                self.get_order(str(p.get("shop_order_id", ""))))},
            "sku.syncStock": self._sync_stock,
            "sku.detail": self._sku_detail,
            "order.logisticsAdd": self._logistics_add,
        }

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


# ---- Kuaishou shop -------------------------------------------------------------------------------------------


class KuaishouFake(FakePlatform):
    platform = "kuaishou"
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
        }

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
        skus = [{"kwaiSkuId": int(k.partition(":")[2]), "skuStock": q} for k, q in self.stock.items()
                if k.startswith(prefix)]
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


# ---- WeChat shop ---------------------------------------------------------------------------------------------


class WeChatShopFake(FakePlatform):
    platform = "wechat_shop"
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
        }

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


# ---- factories ----------------------------------------------------------------------------------------------

FAKE_CLASSES: dict[str, type[FakePlatform]] = {
    cls.platform: cls for cls in (TaobaoFake, JDFake, PddFake, DouyinFake, KuaishouFake, WeChatShopFake)
}


def create_platform_fake(platform: str, **kwargs: Any) -> Sanic:
    """A Sanic app serving the fake of ``platform``; the fake itself is ``app.ctx.state``."""
    fake = FAKE_CLASSES[platform](**kwargs)
    app = Sanic(unique_app_name(f"fake_{platform}"))
    app.ctx.state = fake
    fake.register(app)
    fake.register_control(app)
    return app


def create_taobao_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("taobao", **kwargs)


def create_jd_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("jd", **kwargs)


def create_pdd_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("pdd", **kwargs)


def create_douyin_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("douyin", **kwargs)


def create_kuaishou_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("kuaishou", **kwargs)


def create_wechat_shop_fake(**kwargs: Any) -> Sanic:
    return create_platform_fake("wechat_shop", **kwargs)


PLATFORM_FAKES: dict[str, Callable[..., Sanic]] = {
    "taobao": create_taobao_fake, "jd": create_jd_fake, "pdd": create_pdd_fake, "douyin": create_douyin_fake,
    "kuaishou": create_kuaishou_fake, "wechat_shop": create_wechat_shop_fake,
}


def mount_platform_fakes(app: Sanic, prefix: str = "/_fakes") -> dict[str, FakePlatform]:
    """Serve every platform fake inside ``app`` under ``<prefix>/<platform>`` (``make run``: one process, no
    extra ports). Returns the fakes; ``app.ctx.platform_fakes`` holds them too. Once the app is up, every SKU
    mapped on a channel account pointing at the mount is listed on its fake (with 0 until our first push)."""
    from sanic import Blueprint

    fakes: dict[str, FakePlatform] = {}
    for platform, cls in FAKE_CLASSES.items():
        fake = cls()
        bp = Blueprint(f"fake_platform_{platform}", url_prefix=f"{prefix}/{platform}")
        fake.register(bp)  # type: ignore[arg-type]  # Blueprint.add_route has the app's signature
        fake.register_control(bp)  # type: ignore[arg-type]
        app.blueprint(bp)
        fakes[platform] = fake
    app.ctx.platform_fakes = fakes

    async def list_mapped(app: Sanic) -> None:
        from backend.channels.models import ChannelAccount, SkuMapping

        for account in await ChannelAccount.filter(base_url__contains=f"{prefix}/"):
            fake = fakes.get(account.platform)
            if fake is None:
                continue
            for psid in await SkuMapping.filter(account_id=account.id).values_list("platform_sku_id", flat=True):
                with fake.lock:
                    fake.stock.setdefault(str(psid), 0)

    app.register_listener(list_mapped, "after_server_start")
    return fakes
