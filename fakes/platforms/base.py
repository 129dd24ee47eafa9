"""What every platform fake shares: the fake's state (orders, listed SKUs and their stock, pushes, shipments,
calls), failure injection, the request plumbing that records every outcome, the control endpoints, and the
parameter helpers."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, ClassVar
from urllib.parse import urlencode

import httpx
from sanic import Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic.response import text as text_response

from backend.channels.adapters.base import parse_cst
from backend.demo_accounts import SHOP_CREDENTIALS, ShopCredentials
from fakes.platforms.errors import FakeApiError
from fakes.platforms.listings import ListingBook

STATUSES = ("created", "paid", "cancelled", "refunded")
# "timeout": the work is done, the answer comes late (after ``timeout_delay``); "drop": the work is done and the
# connection is closed without an answer (a reset after the platform acted: the caller cannot know it did)
FAILURE_KINDS = ("http_500", "http_503", "http_429", "rate_limit", "server_error", "timeout", "drop")
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


def now_ms() -> int:
    return int(time.time() * 1000)


# ---- the shared fake -----------------------------------------------------------------------------------------


class FakePlatform:
    """State, test helpers and request plumbing shared by every platform fake. Thread-safe: the fake serves from
    its own thread while tests call the helpers."""

    platform: ClassVar[str]
    CATEGORIES: ClassVar[dict[str, tuple[str, ...]]] = {}  # leaf category id -> required attributes (publishing)
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
        self._api_failures: dict[str, deque[str]] = {}  # planned failures of one API's calls only
        self._always: str | None = None
        self._id_base = now_ms() * 10000
        self._seq = itertools.count(1)
        self._msg_seq = itertools.count(1)
        self.listings = ListingBook(self.CATEGORIES, self.listing_sku_key, self._id_base)

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
            self._api_failures.clear()
            self._always = None
            self.listings.clear()

    def listing_sku_key(self, item_id: str, sku_id: str) -> str:
        """The platform SKU id a published SKU is kept (and pushed to) under."""
        return f"{item_id}:{sku_id}"

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

    def fail_next(self, n: int = 1, kind: str = "http_500", *, api: str | None = None) -> None:
        """The next ``n`` API calls (with ``api``: the next ``n`` calls of that API, as ``calls`` names it) fail
        with ``kind`` (see FAILURE_KINDS)."""
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {FAILURE_KINDS}")
        with self.lock:
            (self._api_failures.setdefault(api, deque()) if api else self._failures).extend([kind] * n)

    def always_fail(self, kind: str = "http_500") -> None:
        if kind not in FAILURE_KINDS:
            raise ValueError(f"kind must be one of {FAILURE_KINDS}")
        with self.lock:
            self._always = kind

    def recover(self) -> None:
        with self.lock:
            self._failures.clear()
            self._api_failures.clear()
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
        """The response of a planned failure, "timeout" for a slow answer, "drop" for none at all, or None."""
        with self.lock:
            planned = self._api_failures.get(api)
            if planned:
                kind: str | None = planned.popleft()
            else:
                kind = self._failures.popleft() if self._failures else self._always
        if kind is None:
            return None
        if kind == "drop":
            return kind  # recorded once the work is done
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
        self.record(api, "injected:drop" if injected == "drop" else "ok")
        if injected == "drop":
            # the work is done, the answer is lost: the connection closes before a byte of it is sent
            Request.get_current().transport.close()
            return text_response("", status=200)
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
                "failing": {"next": list(self._failures), "always": self._always,
                            "by_api": {k: list(v) for k, v in self._api_failures.items() if v}},
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
                self.fail_next(int(data.get("next", 1)), str(data.get("kind", "http_500")),
                               api=str(data["api"]) if data.get("api") else None)
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


def json_list(value: Any, name: str) -> list[Any]:
    """A list parameter, sent as JSON text inside a form (TOP family) or as a JSON array."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError as exc:
        raise FakeApiError("invalid", f"参数 {name} 不是合法的 JSON") from exc
    if not isinstance(data, list):
        raise FakeApiError("invalid", f"参数 {name} 必须是数组")
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
