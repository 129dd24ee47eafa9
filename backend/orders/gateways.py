"""The payment gateways as the core sees them (a port): what WeChat Pay and Alipay answer, in one shape, and the
calls the core makes. The clients that speak to them are installed by backend.wiring (the core never imports
them): "wechat" and "alipay", each a factory called per use so that settings changed at run time apply.

Every call is synchronous (the SDKs are) and never raises for a provider's answer: it returns an Outcome.
  paid     the money moved; trade_no is the provider's transaction number, amount_fen what it says was paid
  paying   the shopper is entering the password (WeChat USERPAYING, Alipay 10003 / WAIT_BUYER_PAY): ask again
  failed   a definite refusal, nothing charged (reason: notenough, invalid_code, closed, gateway, refused)
  unknown  no trustworthy answer (network error, bad signature, system error): ask again, never assume
  absent   the provider has no such trade (a query before any charge reached it)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

State = Literal["paid", "paying", "failed", "unknown", "absent"]


@dataclass(frozen=True)
class Outcome:
    state: State
    trade_no: str = ""
    amount_fen: int = 0
    reason: str = ""  # failed: notenough, invalid_code, closed, gateway, refused; unknown: signature, network, ...
    code: str = ""  # the provider's own error code (err_code / sub_code)
    message: str = ""  # the provider's own message


RefundState = Literal["succeeded", "processing", "refused", "error", "absent"]


@dataclass(frozen=True)
class RefundOutcome:
    """What a provider answers about a refund (backend.orders.refunds sends them):
      succeeded   the money went back (Alipay's sync answer; WeChat's refundquery SUCCESS)
      processing  accepted, the result follows (WeChat: the refund notify, or refundquery later)
      refused     a definite no that no retry changes (unknown trade, closed trade, amount beyond the trade ...)
      error       no trustworthy answer or a passing refusal (network, bad signature, SYSTEMERROR): ask again
      absent      (query) the provider has no such refund"""

    state: RefundState
    refund_id: str = ""
    code: str = ""
    message: str = ""


class Provider(Protocol):
    """A payment-code (付款码) provider: the counter charges the shopper's code through it."""

    method: str  # the order payment method: "wechat" or "alipay"
    name: str  # for people: 微信 / 支付宝

    def charge(self, *, out_trade_no: str, amount_fen: int, auth_code: str, subject: str) -> Outcome: ...

    def query(self, out_trade_no: str) -> Outcome: ...

    def cancel(self, out_trade_no: str) -> bool:
        """Reverse (WeChat) / cancel (Alipay) the trade: closed if unpaid, refunded if paid. True when the
        provider confirmed it (or never had the trade)."""
        ...


class WeChatPayGateway(Provider, Protocol):
    """WeChat Pay v2: the counter's micropay, the mini-program's JSAPI payment and its notify, refunds and their
    notify, closing a prepay order."""

    def refund(self, *, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int, reason: str,
               notify_url: str) -> RefundOutcome: ...

    def refund_query(self, out_refund_no: str) -> RefundOutcome: ...

    def close(self, out_trade_no: str) -> str: ...

    def refund_notify(self, raw: bytes) -> dict[str, Any] | None:
        """The decrypted req_info of a refund notify; None when it does not decrypt (another merchant, not XML)."""
        ...

    def refund_status(self, status: str, refund_id: str = "") -> RefundOutcome: ...

    def jsapi_prepay(self, *, out_trade_no: str, body: str, total_fen: int, notify_url: str, client_ip: str,
                     openid: str) -> dict[str, Any]:
        """The wx.requestPayment parameters of a mini-program order (409 when WeChat has it paid already)."""
        ...

    def payment_notify(self, raw: bytes) -> dict[str, Any] | None:
        """A payment notify whose signature is valid; None when forged or not XML."""
        ...


class AlipayGateway(Provider, Protocol):
    def refund(self, *, out_trade_no: str, out_request_no: str, refund_fen: int, reason: str) -> RefundOutcome: ...

    def refund_query(self, *, out_trade_no: str, out_request_no: str) -> RefundOutcome: ...


_factories: dict[str, Callable[[], Any]] = {}


def install(gateway: str, factory: Callable[[], Any]) -> None:
    """backend.wiring: the factory that builds the gateway's client ("wechat", "alipay") from the settings."""
    _factories[gateway] = factory


def _factory(gateway: str) -> Callable[[], Any]:
    try:
        return _factories[gateway]
    except KeyError:
        raise RuntimeError(f"no {gateway} gateway installed: the composition root calls backend.wiring.wire()") \
            from None


def wechat() -> WeChatPayGateway:
    gw: WeChatPayGateway = _factory("wechat")()
    return gw


def alipay() -> AlipayGateway:
    gw: AlipayGateway = _factory("alipay")()
    return gw


def provider(method: str) -> Provider:
    return wechat() if method == "wechat" else alipay()
