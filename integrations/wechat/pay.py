"""WeChat Pay v2 through wechatpy's WeChatPay: one merchant client (settings.wechat_pay_api_base, the local fake
under make run and in tests) for the counter's 付款码支付 (micropay), the mini-program's JSAPI prepay, refunds and
closing a prepay order. Installed in the core's port backend.orders.gateways ("wechat") by backend.wiring.

wechatpy raises WeChatPayException for any result_code FAIL (USERPAYING included) and does not check the
signature of what WeChat answers, so every answer is read here from the raw XML and its sign checked with the
merchant key before it is believed: a forged or garbled answer is "unknown", never "paid".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from wechatpy.exceptions import WeChatPayException
from wechatpy.pay import WeChatPay

from backend.errors import InvalidState
from backend.members.wechat import WeChatUnavailable
from backend.orders.gateways import Outcome, RefundOutcome
from backend.settings import get_settings
from backend.xml_safe import parse_xml, refuse_unsafe


@lru_cache(maxsize=4)
def _pay(base: str, appid: str, key: str, mch_id: str, cert: str = "", cert_key: str = "") -> WeChatPay:
    pay = WeChatPay(appid=appid, api_key=key, mch_id=mch_id, timeout=10,
                    mch_cert=cert or None, mch_key=cert_key or None)
    pay.API_BASE_URL = base.rstrip("/") + "/"
    return pay


def client() -> WeChatPay:
    """The merchant client for the current settings (one per configuration)."""
    s = get_settings()
    return _pay(s.wechat_pay_api_base, s.wechat_appid, s.wechat_mch_key, s.wechat_mch_id, s.wechat_mch_cert,
                s.wechat_mch_cert_key)


# err_code -> what it means for the counter (WeChat's micropay error list)
_ASK_AGAIN = {"USERPAYING", "SYSTEMERROR", "BANKERROR", "ORDERPAID"}
_FAILED = {
    "NOTENOUGH": "notenough",
    "AUTHCODEEXPIRE": "invalid_code", "AUTH_CODE_INVALID": "invalid_code", "AUTH_CODE_ERROR": "invalid_code",
    "ORDERREVERSED": "closed", "ORDERCLOSED": "closed", "BUYER_MISMATCH": "refused",
}


# secapi/pay/refund and pay/refundquery err_code that a later attempt may get past; any other is a definite no.
_REFUND_RETRY = {"SYSTEMERROR", "BIZERR_NEED_RETRY", "FREQUENCY_LIMITED", "NOTENOUGH", "ERROR"}


class WeChatPayClient:
    """WeChat Pay v2 through one merchant client (backend.orders.gateways.WeChatPayGateway): the counter's
    micropay, the mini-program's JSAPI prepay and its notify, refunds and their notify, closing a prepay order."""

    method = "wechat"
    name = "微信"

    def __init__(self, pay: WeChatPay) -> None:
        self.pay = pay

    def _call(self, fn: Any, **kwargs: Any) -> tuple[dict[str, Any] | None, Outcome | None]:
        """(verified answer, None) or (None, the Outcome to use when there is no trustworthy answer)."""
        try:
            data = fn(**kwargs)
        except WeChatPayException as exc:
            if exc.response is None:
                return None, Outcome("unknown", reason="network", message=str(exc))
            try:
                data = parse_xml(exc.response.text)
            except Exception:
                return None, Outcome("unknown", reason="garbled", message="应答不是合法的 XML")
        except OSError as exc:  # requests' connection errors and timeouts
            return None, Outcome("unknown", reason="network", message=str(exc))
        if not isinstance(data, dict):
            return None, Outcome("unknown", reason="garbled", message="应答不是合法的 XML")
        data = {k: ("" if v is None else str(v)) for k, v in data.items()}
        if data.get("return_code") != "SUCCESS":
            # Refused before any business processing (bad signature, wrong mch_id ...): nothing was charged.
            return None, Outcome("failed", reason="gateway", code="FAIL", message=data.get("return_msg", ""))
        if not data.get("sign") or not self.pay.check_signature(data):
            return None, Outcome("unknown", reason="signature", message="微信支付应答签名无效")
        return data, None

    def _trade(self, data: dict[str, Any], out_trade_no: str) -> Outcome:
        if data.get("out_trade_no") != out_trade_no or not data.get("transaction_id"):
            return Outcome("unknown", reason="mismatch", message="应答与订单不符")
        return Outcome("paid", trade_no=data["transaction_id"], amount_fen=int(data.get("total_fee") or 0))

    def charge(self, *, out_trade_no: str, amount_fen: int, auth_code: str, subject: str) -> Outcome:
        data, bad = self._call(self.pay.micropay.create, body=subject[:120], total_fee=amount_fen,
                               auth_code=auth_code, client_ip="127.0.0.1", out_trade_no=out_trade_no)
        if data is None:
            assert bad is not None
            return bad
        if data.get("result_code") == "SUCCESS":
            return self._trade(data, out_trade_no)
        err, msg = data.get("err_code", ""), data.get("err_code_des", "")
        if err == "USERPAYING":
            return Outcome("paying", code=err, message=msg)
        if err in _ASK_AGAIN:
            return Outcome("unknown", reason="ask_again", code=err, message=msg)
        return Outcome("failed", reason=_FAILED.get(err, "refused"), code=err, message=msg)

    def query(self, out_trade_no: str) -> Outcome:
        data, bad = self._call(self.pay.order.query, out_trade_no=out_trade_no)
        if data is None:
            assert bad is not None
            return bad if bad.state == "unknown" else Outcome("unknown", reason=bad.reason, message=bad.message)
        if data.get("result_code") != "SUCCESS":
            err = data.get("err_code", "")
            if err == "ORDERNOTEXIST":
                return Outcome("absent", code=err, message=data.get("err_code_des", ""))
            return Outcome("unknown", reason="ask_again", code=err, message=data.get("err_code_des", ""))
        state = data.get("trade_state", "")
        if state == "SUCCESS":
            return self._trade(data, out_trade_no)
        if state in ("USERPAYING", "NOTPAY"):
            return Outcome("paying", code=state, message=data.get("trade_state_desc", ""))
        return Outcome("failed", reason="closed", code=state, message=data.get("trade_state_desc", ""))

    def cancel(self, out_trade_no: str) -> bool:
        for _ in range(3):  # recall=Y: WeChat asks to call reverse again
            data, _bad = self._call(self.pay.order.reverse, out_trade_no=out_trade_no)
            if data is None:
                return False
            if data.get("result_code") == "SUCCESS":
                if data.get("recall") != "Y":
                    return True
                continue
            return data.get("err_code") == "ORDERNOTEXIST"
        return False

    # ---- refunds (the same merchant client: JSAPI and micropay trades alike) ---------------------------------

    def refund(self, *, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int, reason: str,
               notify_url: str | None) -> RefundOutcome:
        """secapi/pay/refund (with the merchant certificate when configured). WeChat refunds one out_refund_no
        once: a retry answers the refund already made. SUCCESS means accepted; the result follows."""
        data, bad = self._call(self.pay.refund.apply, total_fee=total_fen, refund_fee=refund_fen,
                               out_refund_no=out_refund_no, out_trade_no=out_trade_no,
                               refund_desc=reason[:80] or None, notify_url=notify_url)
        if data is None:
            assert bad is not None
            return RefundOutcome("error", code=bad.code or bad.reason, message=bad.message)
        if data.get("result_code") != "SUCCESS":
            err, msg = data.get("err_code", ""), data.get("err_code_des", "")
            return RefundOutcome("error" if err in _REFUND_RETRY else "refused", code=err, message=msg)
        if data.get("out_refund_no") != out_refund_no or int(data.get("refund_fee") or 0) != refund_fen:
            return RefundOutcome("error", code="mismatch", message="微信退款应答与退款单不符")
        return RefundOutcome("processing", refund_id=data.get("refund_id", ""))

    def refund_query(self, out_refund_no: str) -> RefundOutcome:
        """pay/refundquery by our refund number: refund_status_0 SUCCESS / PROCESSING / REFUNDCLOSE / CHANGE."""
        data, bad = self._call(self.pay.refund.query, out_refund_no=out_refund_no)
        if data is None:
            assert bad is not None
            return RefundOutcome("error", code=bad.code or bad.reason, message=bad.message)
        if data.get("result_code") != "SUCCESS":
            err, msg = data.get("err_code", ""), data.get("err_code_des", "")
            if err == "REFUNDNOTEXIST":
                return RefundOutcome("absent", code=err, message=msg)
            return RefundOutcome("error", code=err, message=msg)
        index = next((i for i in range(int(data.get("refund_count") or 0))
                      if data.get(f"out_refund_no_{i}") == out_refund_no), None)
        if index is None:
            return RefundOutcome("error", code="mismatch", message="微信退款查询应答中没有该退款单")
        return refund_status(data.get(f"refund_status_{index}", ""), data.get(f"refund_id_{index}", ""))

    def close(self, out_trade_no: str) -> str:
        """pay/closeorder: "closed" (or never there: "absent"), "paid" (too late: the payment came first),
        or "error" (ask again)."""
        data, _bad = self._call(self.pay.order.close, out_trade_no=out_trade_no)
        if data is None:
            return "error"
        if data.get("result_code") == "SUCCESS":
            return "closed"
        err = data.get("err_code", "")
        return {"ORDERNOTEXIST": "absent", "ORDERCLOSED": "closed", "ORDERPAID": "paid"}.get(err, "error")

    def refund_notify(self, raw: bytes) -> dict[str, Any] | None:
        """req_info of a refund notify, decrypted (AES-256-ECB, key md5(API key)) by wechatpy after the appid and
        mch_id are checked; None for what does not decrypt (not XML, another merchant, not our key)."""
        try:
            data = self.pay.parse_refund_notify_result(refuse_unsafe(raw))  # no DTD, bounded (backend.xml_safe)
        except Exception:
            return None
        return data if isinstance(data, dict) else None

    def refund_status(self, status: str, refund_id: str = "") -> RefundOutcome:
        return refund_status(status, refund_id)

    # ---- the mini-program's JSAPI payment -------------------------------------------------------------------

    def jsapi_prepay(self, *, out_trade_no: str, body: str, total_fen: int, notify_url: str, client_ip: str,
                     openid: str) -> dict[str, Any]:
        """pay/unifiedorder (JSAPI) -> the wx.requestPayment parameters. 409 when WeChat says the trade is paid
        already, 503 (wechat_unavailable) for any other refusal or the network."""
        try:
            res = self.pay.order.create(trade_type="JSAPI", body=body, total_fee=total_fen, notify_url=notify_url,
                                        client_ip=client_ip, user_id=openid, out_trade_no=out_trade_no)
        except WeChatPayException as exc:
            if exc.errcode == "ORDERPAID":
                raise InvalidState("订单已支付，请稍后刷新") from exc
            raise WeChatUnavailable(f"微信支付下单失败：{exc.errmsg or exc.errcode}") from exc
        except OSError as exc:
            raise WeChatUnavailable() from exc
        params: dict[str, Any] = self.pay.jsapi.get_jsapi_params(res["prepay_id"])
        return params

    def payment_notify(self, raw: bytes) -> dict[str, Any] | None:
        """A payment result notify with a valid signature; None when forged or not even XML."""
        try:
            data = self.pay.parse_payment_result(refuse_unsafe(raw))  # no DTD, bounded size (backend.xml_safe)
        except Exception:  # InvalidSignatureException: forged; anything else: not XML
            return None
        return data if isinstance(data, dict) else None


def refund_status(status: str, refund_id: str = "") -> RefundOutcome:
    """A WeChat refund_status (refundquery, refund notify) as an outcome."""
    if status == "SUCCESS":
        return RefundOutcome("succeeded", refund_id=refund_id, code=status)
    if status == "PROCESSING":
        return RefundOutcome("processing", refund_id=refund_id, code=status)
    if status in ("REFUNDCLOSE", "CHANGE"):  # closed, or the shopper's card refused it: money not back
        return RefundOutcome("refused", refund_id=refund_id, code=status,
                             message={"REFUNDCLOSE": "退款关闭", "CHANGE": "退款异常（退款到银行卡失败）"}[status])
    return RefundOutcome("error", refund_id=refund_id, code=status or "unknown", message="未知的退款状态")


def provider() -> WeChatPayClient:
    return WeChatPayClient(client())
