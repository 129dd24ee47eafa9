"""What a payment-code provider answers, in one shape, and which provider a code belongs to.

Every call is synchronous (the SDKs are) and never raises for a provider's answer: it returns an Outcome.
  paid     the money moved; trade_no is the provider's transaction number, amount_fen what it says was paid
  paying   the shopper is entering the password (WeChat USERPAYING, Alipay 10003 / WAIT_BUYER_PAY): ask again
  failed   a definite refusal, nothing charged (reason: notenough, invalid_code, closed, gateway, refused)
  unknown  no trustworthy answer (network error, bad signature, system error): ask again, never assume
  absent   the provider has no such trade (a query before any charge reached it)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from backend.errors import ValidationError

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
    method: str  # the order payment method: "wechat" or "alipay"
    name: str  # for people: 微信 / 支付宝

    def charge(self, *, out_trade_no: str, amount_fen: int, auth_code: str, subject: str) -> Outcome: ...

    def query(self, out_trade_no: str) -> Outcome: ...

    def cancel(self, out_trade_no: str) -> bool:
        """Reverse (WeChat) / cancel (Alipay) the trade: closed if unpaid, refunded if paid. True when the
        provider confirmed it (or never had the trade)."""
        ...


def code_method(auth_code: str) -> str:
    """"wechat" for WeChat payment codes (18 digits, 10-15 first), "alipay" for Alipay's (16-24 digits, 25-30
    first); a 400 for anything else."""
    code = (auth_code or "").strip()
    if code.isdigit() and len(code) == 18 and "10" <= code[:2] <= "15":
        return "wechat"
    if code.isdigit() and 16 <= len(code) <= 24 and "25" <= code[:2] <= "30":
        return "alipay"
    if code.isdigit() and len(code) == 18 and code.startswith("88"):  # backend.members.paycode
        raise ValidationError("这是会员储值付款码，请选择「储值」收款后再扫码",
                              details=[{"field": "payments.auth_code", "message": "会员储值付款码"}])
    raise ValidationError("无法识别的付款码，请让顾客出示微信或支付宝付款码后重新扫码",
                          details=[{"field": "payments.auth_code", "message": "无法识别的付款码"}])


def provider_for(auth_code: str) -> Provider:
    from backend.codepay import alipay, wechat

    return wechat.provider() if code_method(auth_code) == "wechat" else alipay.provider()


def mask_code(auth_code: str) -> str:
    """A payment code for logs and events: a bearer credential for a minute, so never in full."""
    return auth_code[:4] + "*" * max(len(auth_code) - 8, 0) + auth_code[-4:] if len(auth_code) > 8 else "****"
