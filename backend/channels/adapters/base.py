"""One interface for every marketplace: order webhooks and pulls in, stock and shipments out.

An adapter speaks one platform's wire format and nothing else: no database, no retries, no scheduling.
Ingestion (idempotent by platform order id), the outbox and the Celery push tasks (retries, backoff, rate limits,
dead letters) and reconciliation sit on top of it and only see:

- :class:`PlatformOrderEvent` (one order's state as the platform reports it),
- :class:`PlatformError` (``retryable`` and ``retry_after`` tell the caller what to do),
- :class:`SignatureError` / :class:`WebhookError` for inbound pushes.

Conventions: money is integer fen; platform SKU ids are opaque strings (``"<item id>:<sku id>"`` where a platform
needs both, see each adapter); times are timezone-aware datetimes; cursors are opaque strings.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, ClassVar, NamedTuple

import httpx

from backend.errors import AppError
from backend.http import loads_strict

from .signing import TOP_SIGN_METHODS, signatures_match, top_sign

CST = timezone(timedelta(hours=8), "Asia/Shanghai")  # every platform here keeps Beijing time


class OrderStatus(StrEnum):
    CREATED = "created"      # placed, not paid yet
    PAID = "paid"            # paid (or later: shipped, received, finished; those are our side's business)
    CANCELLED = "cancelled"  # closed before payment
    REFUNDED = "refunded"    # closed after payment (full refund)


# Lifecycle order for out-of-order deliveries: a later rank never goes back to an earlier one.
STATUS_RANK: dict[OrderStatus, int] = {
    OrderStatus.CREATED: 0, OrderStatus.PAID: 1, OrderStatus.CANCELLED: 2, OrderStatus.REFUNDED: 2,
}
TERMINAL_STATUSES = frozenset({OrderStatus.CANCELLED, OrderStatus.REFUNDED})


class OrderLine(NamedTuple):
    platform_sku_id: str
    qty: int
    price_fen: int  # unit price as listed on the platform


@dataclass
class PlatformOrderEvent:
    """One platform order in one state, from a webhook, a pull or a detail fetch."""

    platform: str
    platform_order_id: str
    status: OrderStatus
    event_time: datetime  # when the platform last modified the order (pull) or sent the message (webhook)
    items: list[OrderLine] | None = None  # None: the message did not carry them; see needs_fetch
    total_fen: int | None = None  # what the buyer paid for the order
    buyer_phone: str | None = None
    buyer_name: str | None = None
    buyer_address: str | None = None
    buyer_remark: str | None = None  # the buyer's message to the shop (买家留言), for order review
    platform_status: str = ""  # the platform's own status value, for logs and support
    source: str = "pull"  # "webhook" | "pull" | "fetch"
    event_id: str | None = None  # message id of a webhook delivery, when the platform gives one
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def needs_fetch(self) -> bool:
        """True for thin messages (most platforms push ids only): call ``adapter.fetch_order`` for items."""
        return self.items is None and self.status not in TERMINAL_STATUSES

    @property
    def event_ms(self) -> int:
        return int(self.event_time.timestamp() * 1000)

    @property
    def cursor_key(self) -> str:
        return f"{self.platform_order_id}|{self.status.value}|{self.event_ms}"


# ---- errors ------------------------------------------------------------------------------------------------


class PlatformError(Exception):
    """A call to a platform failed. ``retryable`` says whether the same call may succeed later.

    ``kind`` is one of: network, timeout, http, rate_limited, server, auth, signature, invalid_request,
    not_found, already_shipped, business, bad_response.
    """

    def __init__(self, platform: str, message: str, *, retryable: bool, kind: str = "business",
                 code: str | None = None, sub_code: str | None = None, http_status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{platform}: {message}")
        self.platform = platform
        self.message = message
        self.retryable = retryable
        self.kind = kind
        self.code = code
        self.sub_code = sub_code
        self.http_status = http_status
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return (f"PlatformError(platform={self.platform!r}, kind={self.kind!r}, code={self.code!r}, "
                f"sub_code={self.sub_code!r}, retryable={self.retryable}, retry_after={self.retry_after}, "
                f"message={self.message!r})")


class RateLimitedError(PlatformError):
    def __init__(self, platform: str, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        kw.setdefault("kind", "rate_limited")
        super().__init__(platform, message, retryable=True, retry_after=retry_after, **kw)


class WebhookError(Exception):
    """An inbound push could not be accepted (the platform will redeliver it later)."""

    def __init__(self, platform: str, message: str) -> None:
        super().__init__(f"{platform}: {message}")
        self.platform = platform
        self.message = message


class SignatureError(WebhookError):
    """The push is not signed by the platform with our app's secret."""


class MalformedWebhook(WebhookError):
    """Correctly signed but not a message we can read."""


# ---- configuration and replies -----------------------------------------------------------------------------


@dataclass
class AdapterConfig:
    """Credentials and endpoints of one shop on one platform.

    ``app_key`` / ``app_secret``: the open-platform application (Kuaishou: appKey / signSecret; WeChat shop:
    appid / secret). ``access_token``: the shop's authorisation (Taobao calls it ``session``; unused by WeChat
    shop, which fetches its own). ``webhook_token``: WeChat's message-push token. ``base_url``: the API gateway;
    defaults to the platform's production URL, tests and ``make run`` point it at ``fakes/platforms/``.
    """

    app_key: str
    app_secret: str
    access_token: str = ""
    base_url: str | None = None
    sign_method: str | None = None  # platform default when None
    webhook_token: str = ""
    shop_id: str = ""
    timeout: float = 10.0
    page_size: int = 100
    lookback_seconds: int = 24 * 3600  # first pull (no cursor) starts this far back
    settle_seconds: int = 5  # pulls re-read this much recent history (clock skew, platform indexing lag)


@dataclass
class WebhookReply:
    """What the webhook endpoint answers the platform (each platform expects its own acknowledgement)."""

    status: int
    body: str
    content_type: str = "application/json"


# ---- helpers -----------------------------------------------------------------------------------------------


def format_cst(ms: int) -> str:
    """Epoch milliseconds -> ``'YYYY-MM-DD HH:MM:SS'`` Beijing time."""
    return datetime.fromtimestamp(ms / 1000, CST).strftime("%Y-%m-%d %H:%M:%S")


def parse_cst(text: str) -> datetime:
    """``'YYYY-MM-DD HH:MM:SS'`` Beijing time -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


def from_epoch(value: int | float | str, *, ms: bool = False) -> datetime:
    seconds = float(value) / (1000 if ms else 1)
    return datetime.fromtimestamp(seconds, UTC)


def to_ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


def first_values(query: Mapping[str, Any]) -> dict[str, str]:
    """Accept a plain mapping or a multi-dict of lists (Sanic's ``request.args``); keep the first values."""
    out: dict[str, str] = {}
    for k, v in query.items():
        if isinstance(v, list | tuple):
            v = v[0] if v else ""
        out[str(k)] = str(v)
    return out


def load_json(platform: str, body: bytes | str) -> Any:
    """A webhook body through the request layer's strict reader (depth, size, NaN, duplicate keys: backend.http)."""
    try:
        return loads_strict(body)
    except AppError as exc:
        raise MalformedWebhook(platform, f"body is not acceptable JSON: {exc.message}") from exc


def split_sku_id(platform: str, platform_sku_id: str) -> tuple[str, str]:
    """``"<item id>:<sku id>"`` -> ``(item id, sku id)``; a bare id is an item without SKUs (sku id "")."""
    item, sep, sku = platform_sku_id.partition(":")
    if not item:
        raise PlatformError(platform, f"bad platform SKU id {platform_sku_id!r}", retryable=False,
                            kind="invalid_request")
    return item, sku if sep else ""


def join_sku_id(item_id: Any, sku_id: Any) -> str:
    sku = str(sku_id or "")
    return f"{item_id}:{sku}" if sku and sku != "0" else str(item_id)


def verify_top_push(platform: str, query: Mapping[str, Any], body: bytes, *, key_param: str, app_key: str,
                    secret: str) -> dict[str, str]:
    """Check a TOP-family HTTP push (Taobao, JD, Pinduoduo): system parameters in the query, ``sign`` over the
    sorted query parameters followed by the raw body (``signing.top_sign``). Returns the query parameters."""
    params = first_values(query)
    if params.get(key_param) != app_key:
        raise SignatureError(platform, f"{key_param} does not match")
    method = params.get("sign_method", "md5")
    if method not in TOP_SIGN_METHODS:
        raise SignatureError(platform, f"unknown sign_method {method!r}")
    if not signatures_match(top_sign(params, secret, method, body=body), params.get("sign")):
        raise SignatureError(platform, "bad sign")
    return params


@dataclass
class PullCursor:
    """Where the next pull starts: an inclusive time bound plus the events already returned at or after it.

    Platforms filter by modification time with coarse granularity (often a whole second), so the next window has to
    start at or before the newest event seen; ``seen`` keeps those events from being returned twice. A key carries
    the status, so a status change in the same second still comes through.
    """

    t_ms: int
    seen: list[str] = field(default_factory=list)

    def encode(self) -> str:
        return json.dumps({"v": 1, "t": self.t_ms, "seen": self.seen}, separators=(",", ":"))

    @classmethod
    def decode(cls, text: str | None) -> PullCursor | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(int(data["t"]), [str(s) for s in data.get("seen", [])])
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"not a pull cursor: {text!r}") from exc


# ---- the interface -----------------------------------------------------------------------------------------


class ChannelAdapter(ABC):
    """One platform, one shop. Create per shop; reuse across calls; ``await aclose()`` (or ``async with``).

    HTTP goes through one ``httpx.AsyncClient`` created lazily in the running event loop (or passed in).
    No method retries: failures raise :class:`PlatformError` and the caller (a Celery task) decides.
    """

    platform: ClassVar[str]
    DEFAULT_BASE_URL: ClassVar[str]
    DEFAULT_SIGN_METHOD: ClassVar[str] = ""
    TIME_GRANULARITY_MS: ClassVar[int] = 1000  # resolution of the platform's modification-time filter
    MAX_WINDOW_SECONDS: ClassVar[int] = 24 * 3600  # the widest time window one order query accepts
    CARRIERS: ClassVar[dict[str, str]] = {}  # our carrier code -> the platform's company code / id

    def __init__(self, config: AdapterConfig, *, http: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self.base_url = (config.base_url or self.DEFAULT_BASE_URL).rstrip("/")
        self.sign_method = config.sign_method or self.DEFAULT_SIGN_METHOD
        self._http = http
        self._owns_http = http is None

    # -- lifecycle

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.config.timeout, trust_env=False)
        return self._http

    async def aclose(self) -> None:
        if self._http is not None and self._owns_http:
            await self._http.aclose()
        self._http = None

    async def __aenter__(self) -> ChannelAdapter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- inbound

    @abstractmethod
    def verify_webhook(self, headers: Mapping[str, str], query: Mapping[str, Any],
                       body: bytes) -> list[PlatformOrderEvent]:
        """Check a push is the platform's and parse it. Raises SignatureError / MalformedWebhook.

        Returns [] for pushes that are not about orders (test pings, other topics).
        """

    def webhook_ack(self) -> WebhookReply:
        """The reply that tells the platform the push was taken."""
        return WebhookReply(200, json.dumps({"code": 0, "msg": "success"}))

    def webhook_reject(self, error: WebhookError) -> WebhookReply:
        """The reply for a refused push (the platform retries it later)."""
        status = 401 if isinstance(error, SignatureError) else 400
        return WebhookReply(status, json.dumps({"code": status, "msg": error.message}, ensure_ascii=False))

    def answer_url_check(self, query: Mapping[str, Any]) -> str | None:
        """Platforms that verify the webhook URL with a GET challenge (WeChat) get their echo here."""
        return None

    async def pull_orders(self, since_cursor: str | None) -> tuple[list[PlatformOrderEvent], str]:
        """Orders modified since the cursor (all pages, all windows up to now), oldest first, and the next cursor.

        ``since_cursor=None`` starts ``config.lookback_seconds`` ago. Pass the returned cursor to the next call
        and only persist it once the events are stored: a failed call raises and leaves the old cursor valid.
        """
        g = self.TIME_GRANULARITY_MS
        now = int(time.time() * 1000) // g * g
        cursor = PullCursor.decode(since_cursor) or PullCursor((now - self.config.lookback_seconds * 1000) // g * g)
        start = cursor.t_ms
        window = self.MAX_WINDOW_SECONDS * 1000
        fetched: list[PlatformOrderEvent] = []
        while True:
            end = min(start + window, now)
            fetched.extend(await self._fetch_window(start, end))
            if end >= now:
                break
            start = end  # windows are inclusive at both ends; the overlap is de-duplicated below
        seen = set(cursor.seen)
        events: list[PlatformOrderEvent] = []
        for event in sorted(fetched, key=lambda e: (e.event_ms, e.platform_order_id)):
            key = event.cursor_key
            if key in seen:
                continue
            seen.add(key)
            events.append(event)
        next_t = max(cursor.t_ms, (now - self.config.settle_seconds * 1000) // g * g)
        keep = sorted(k for k in seen if int(k.rsplit("|", 1)[1]) >= next_t)
        return events, PullCursor(next_t, keep).encode()

    @abstractmethod
    async def _fetch_window(self, start_ms: int, end_ms: int) -> list[PlatformOrderEvent]:
        """Every order whose modification time (at platform granularity) lies in [start, end], all pages."""

    @abstractmethod
    async def fetch_order(self, platform_order_id: str) -> PlatformOrderEvent:
        """The full order (items, buyer) as the platform has it now."""

    # -- outbound

    @abstractmethod
    async def push_stock(self, platform_sku_id: str, qty: int) -> None:
        """Set the sellable quantity of one platform SKU (absolute, never a delta)."""

    @abstractmethod
    async def fetch_stock(self, platform_sku_id: str) -> int:
        """The quantity the platform currently shows for one SKU (reconciliation)."""

    @abstractmethod
    async def push_shipment(self, platform_order_id: str, carrier: str, tracking_no: str) -> None:
        """Mark an order shipped with our carrier code (see CARRIERS) and tracking number.

        An order the platform already shows as shipped raises PlatformError(kind="already_shipped").
        """

    # -- shared plumbing for subclasses

    def carrier_code(self, carrier: str) -> str:
        try:
            return self.CARRIERS[carrier.upper()]
        except KeyError:
            raise PlatformError(self.platform, f"no {self.platform} code for carrier {carrier!r}",
                                retryable=False, kind="invalid_request") from None

    async def _send(self, method: str, path_or_url: str, **kwargs: Any) -> Any:
        """One HTTP exchange; transport and HTTP-level failures become PlatformError; returns parsed JSON."""
        url = path_or_url if path_or_url.startswith("http") else self.base_url + path_or_url
        try:
            response = await self.http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise PlatformError(self.platform, f"timeout: {exc!r}", retryable=True, kind="timeout") from exc
        except httpx.TransportError as exc:
            raise PlatformError(self.platform, f"network error: {exc!r}", retryable=True, kind="network") from exc
        status = response.status_code
        if status == 429:
            raise RateLimitedError(self.platform, "HTTP 429", http_status=status,
                                   retry_after=_retry_after(response.headers.get("retry-after")))
        if status >= 500:
            raise PlatformError(self.platform, f"HTTP {status}", retryable=True, kind="server", http_status=status)
        if status >= 400:  # these gateways answer their own errors with HTTP 200; a 4xx means a wrong URL or call
            raise PlatformError(self.platform, f"HTTP {status}: {response.text[:200]}", retryable=False, kind="http",
                                http_status=status)
        try:
            return response.json()
        except ValueError as exc:
            raise PlatformError(self.platform, f"HTTP {status} with a body that is not JSON", retryable=True,
                                kind="bad_response", http_status=status) from exc

    def _bad_response(self, detail: str) -> PlatformError:
        return PlatformError(self.platform, f"unexpected response: {detail}", retryable=True, kind="bad_response")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
