"""Which payment-code provider a shopper's code belongs to, and how a code is shown in logs. What a provider
answers (Outcome, RefundOutcome) and the Provider interface are the core's port, backend.orders.gateways; the
clients are installed there by backend.wiring.
"""

from __future__ import annotations

from backend.errors import ValidationError
from backend.orders import gateways
from backend.orders.gateways import Outcome, Provider, RefundOutcome, State

__all__ = ["Outcome", "Provider", "RefundOutcome", "State", "code_method", "mask_code", "provider_for"]


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
    return gateways.provider(code_method(auth_code))


def mask_code(auth_code: str) -> str:
    """A payment code for logs and events: a bearer credential for a minute, so never in full."""
    return auth_code[:4] + "*" * max(len(auth_code) - 8, 0) + auth_code[-4:] if len(auth_code) > 8 else "****"
