"""Alipay 当面付 barcode pay through python-alipay-sdk: alipay.trade.pay (scene=bar_code), alipay.trade.query and
alipay.trade.cancel, RSA2-signed with the app's private key; the SDK checks every answer's sign with Alipay's
public key (AliPayValidationError otherwise) and raises AliPayException for an unsigned answer. Both mean "no
trustworthy answer" here. The gateway is settings.alipay_gateway (the local fake under make run and in tests).
Installed in the core's port backend.orders.gateways ("alipay") by backend.wiring.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alipay import AliPay
from alipay.exceptions import AliPayException, AliPayValidationError
from alipay.utils import AliPayConfig

from backend.errors import ServiceUnavailable
from backend.money import exact_fen, fen_to_yuan
from backend.orders.gateways import Outcome, RefundOutcome
from backend.settings import get_settings

_ASK_AGAIN = {"ACQ.SYSTEM_ERROR", "ACQ.TRADE_HAS_SUCCESS"}
_FAILED = {
    "ACQ.BUYER_BALANCE_NOT_ENOUGH": "notenough", "ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH": "notenough",
    "ACQ.PAYMENT_AUTH_CODE_INVALID": "invalid_code", "ACQ.TRADE_HAS_CLOSE": "closed",
}


def _pem(value: str) -> str:
    """A key setting is PEM text or the path of a PEM file."""
    value = value.strip()
    if value.startswith("-----BEGIN"):
        return value
    return Path(value).read_text()


@lru_cache(maxsize=4)
def _client(app_id: str, private_key: str, public_key: str, gateway: str) -> AliPay:
    pay = AliPay(appid=app_id, app_private_key_string=_pem(private_key), alipay_public_key_string=_pem(public_key),
                 sign_type="RSA2", config=AliPayConfig(timeout=10))
    pay._gateway = gateway  # the SDK only knows the production and sandbox gateways
    return pay


class AlipayBarcode:
    method = "alipay"
    name = "支付宝"

    def __init__(self, pay: AliPay) -> None:
        self.pay = pay

    def _call(self, fn: Any, **kwargs: Any) -> tuple[dict[str, Any] | None, Outcome | None]:
        try:
            return fn(**kwargs), None
        except AliPayValidationError:
            return None, Outcome("unknown", reason="signature", message="支付宝应答签名无效")
        except AliPayException as exc:
            return None, Outcome("unknown", reason="unsigned", message=str(exc)[:200])
        except (OSError, ValueError) as exc:  # urllib's URLError / timeouts; a body that is not JSON
            return None, Outcome("unknown", reason="network", message=str(exc)[:200])

    @staticmethod
    def _trade(data: dict[str, Any], out_trade_no: str) -> Outcome:
        fen = exact_fen(data.get("total_amount"))
        if data.get("out_trade_no") != out_trade_no or not data.get("trade_no") or fen is None:
            return Outcome("unknown", reason="mismatch", message="应答与订单不符")
        return Outcome("paid", trade_no=str(data["trade_no"]), amount_fen=fen)

    @staticmethod
    def _failure(data: dict[str, Any]) -> Outcome:
        sub, msg = str(data.get("sub_code") or ""), str(data.get("sub_msg") or data.get("msg") or "")
        if data.get("code") == "20000" or sub in _ASK_AGAIN:
            return Outcome("unknown", reason="ask_again", code=sub or str(data.get("code")), message=msg)
        if data.get("code") != "40004":  # 40001/40002/40006: the request itself was refused, nothing charged
            return Outcome("failed", reason="gateway", code=sub or str(data.get("code")), message=msg)
        return Outcome("failed", reason=_FAILED.get(sub, "refused"), code=sub, message=msg)

    def charge(self, *, out_trade_no: str, amount_fen: int, auth_code: str, subject: str) -> Outcome:
        data, bad = self._call(self.pay.api_alipay_trade_pay, out_trade_no=out_trade_no, scene="bar_code",
                               auth_code=auth_code, subject=subject[:128], total_amount=fen_to_yuan(amount_fen))
        if data is None:
            assert bad is not None
            return bad
        if data.get("code") == "10000":
            return self._trade(data, out_trade_no)
        if data.get("code") == "10003":
            return Outcome("paying", code="10003", message=str(data.get("msg") or ""))
        return self._failure(data)

    def query(self, out_trade_no: str) -> Outcome:
        data, bad = self._call(self.pay.api_alipay_trade_query, out_trade_no=out_trade_no)
        if data is None:
            assert bad is not None
            return bad
        if data.get("code") != "10000":
            if data.get("sub_code") == "ACQ.TRADE_NOT_EXIST":
                return Outcome("absent", code="ACQ.TRADE_NOT_EXIST", message=str(data.get("sub_msg") or ""))
            failure = self._failure(data)
            return Outcome("unknown", reason="ask_again", code=failure.code, message=failure.message)
        status = data.get("trade_status")
        if status in ("TRADE_SUCCESS", "TRADE_FINISHED"):
            return self._trade(data, out_trade_no)
        if status == "WAIT_BUYER_PAY":
            return Outcome("paying", code=status)
        return Outcome("failed", reason="closed", code=str(status))

    def cancel(self, out_trade_no: str) -> bool:
        for _ in range(3):  # retry_flag=Y: Alipay asks to call cancel again
            data, _bad = self._call(self.pay.api_alipay_trade_cancel, out_trade_no=out_trade_no)
            if data is None:
                return False
            if data.get("code") == "10000":
                if data.get("retry_flag") != "Y":
                    return True
                continue
            return data.get("sub_code") == "ACQ.TRADE_NOT_EXIST"
        return False

    # ---- refunds ---------------------------------------------------------------------------------------------

    def refund(self, *, out_trade_no: str, out_request_no: str, refund_fen: int, reason: str) -> RefundOutcome:
        """alipay.trade.refund, synchronous: 10000 means the money went back. Alipay refunds one out_request_no
        once (a retry answers 10000 with fund_change N)."""
        data, bad = self._call(self.pay.api_alipay_trade_refund, refund_amount=fen_to_yuan(refund_fen),
                               out_trade_no=out_trade_no, out_request_no=out_request_no,
                               refund_reason=reason[:80] or "退款")
        if data is None:
            assert bad is not None
            return RefundOutcome("error", code=bad.reason, message=bad.message)
        if data.get("code") == "10000":
            if data.get("out_trade_no") not in (None, out_trade_no):
                return RefundOutcome("error", code="mismatch", message="支付宝退款应答与订单不符")
            return RefundOutcome("succeeded", refund_id=str(data.get("trade_no") or ""))
        sub, msg = str(data.get("sub_code") or data.get("code") or ""), str(data.get("sub_msg") or data.get("msg") or "")
        if data.get("code") == "20000" or sub in _REFUND_RETRY:
            return RefundOutcome("error", code=sub, message=msg)
        return RefundOutcome("refused", code=sub, message=msg)

    def refund_query(self, *, out_trade_no: str, out_request_no: str) -> RefundOutcome:
        """alipay.trade.fastpay.refund.query: a refund that exists answers its refund_amount (and refund_status
        REFUND_SUCCESS); one that does not answers 10000 without them."""
        data, bad = self._call(self.pay.api_alipay_trade_fastpay_refund_query, out_request_no=out_request_no,
                               out_trade_no=out_trade_no)
        if data is None:
            assert bad is not None
            return RefundOutcome("error", code=bad.reason, message=bad.message)
        if data.get("code") != "10000":
            return RefundOutcome("error", code=str(data.get("sub_code") or data.get("code")),
                                 message=str(data.get("sub_msg") or ""))
        if not data.get("refund_amount") or data.get("refund_status") not in (None, "REFUND_SUCCESS"):
            return RefundOutcome("absent")
        return RefundOutcome("succeeded", refund_id=str(data.get("trade_no") or ""))


_REFUND_RETRY = {"ACQ.SYSTEM_ERROR", "ACQ.SELLER_BALANCE_NOT_ENOUGH", "aop.ACQ.SYSTEM_ERROR"}


def provider() -> AlipayBarcode:
    s = get_settings()
    if not s.alipay_app_private_key or not s.alipay_public_key:
        raise ServiceUnavailable("支付宝收款尚未配置（CRADLE_ALIPAY_APP_PRIVATE_KEY / CRADLE_ALIPAY_PUBLIC_KEY），"
                                 "请改用其他支付方式", code="alipay_not_configured")
    return AlipayBarcode(_client(s.alipay_app_id, s.alipay_app_private_key, s.alipay_public_key, s.alipay_gateway))
