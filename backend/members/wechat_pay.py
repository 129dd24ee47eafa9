"""WeChat Pay v2 (JSAPI) for mini-program orders: prepay (unifiedorder -> the parameters wx.requestPayment
takes) and the signed payment notify (verified, idempotent: an order is paid once, by the WeChat transaction id
as the payment's external_ref). The merchant client is the payment-gateway port's "wechat"
(backend.orders.gateways; integrations.wechat.pay, installed by backend.wiring), which talks to
settings.wechat_pay_api_base (the local fake in tests and under make run)."""

from __future__ import annotations

import asyncio
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.orders import gateways, payments, refunds
from backend.orders.models import Order, OrderStatus
from backend.raw_sql import is_postgres
from backend.settings import get_settings

NOTIFY_PATH = "/api/v1/pay/wechat/notify"


async def prepay(order: Order, openid: str | None, client_ip: str) -> dict[str, Any]:
    """The wx.requestPayment parameters for the order's outstanding amount."""
    if order.status != OrderStatus.PENDING:
        raise InvalidState("订单不是待付款状态，无需支付")
    if not openid:
        raise ValidationError("请先使用微信登录后再支付")
    due = order.total_fen - order.paid_fen
    if due <= 0:
        raise InvalidState("订单已付清")
    notify_url = get_settings().public_base_url.rstrip("/") + NOTIFY_PATH
    return await asyncio.to_thread(
        gateways.wechat().jsapi_prepay, out_trade_no=order.order_no, body=f"Cradle 订单 {order.order_no}",
        total_fen=due, notify_url=notify_url, client_ip=client_ip or "127.0.0.1", openid=openid)


async def prepay_own(member: Any, order_id: int, client_ip: str) -> dict[str, Any]:
    """prepay() for one of the member's own orders (another's is a 404)."""
    order = await Order.get_or_none(id=order_id, member_id=member.id)
    if order is None:
        raise NotFound("订单不存在")
    return await prepay(order, member.openid, client_ip)


def _xml(code: str, msg: str) -> str:
    return f"<xml><return_code><![CDATA[{code}]]></return_code><return_msg><![CDATA[{msg}]]></return_msg></xml>"


async def handle_notify(raw: bytes) -> tuple[int, str]:
    """(HTTP status, XML answer). WeChat's convention: always HTTP 200 with return_code SUCCESS or FAIL. A bad
    signature answers FAIL (nothing written; WeChat would retry); a replay of a notify already applied answers
    SUCCESS without paying twice."""
    data = gateways.wechat().payment_notify(raw)
    if data is None:  # forged, or not even XML
        return 200, _xml("FAIL", "签名错误")
    if data.get("return_code") != "SUCCESS" or data.get("result_code") != "SUCCESS":
        return 200, _xml("SUCCESS", "OK")  # a failed payment: nothing to record
    if data.get("mch_id") != get_settings().wechat_mch_id:
        return 200, _xml("FAIL", "商户号不符")
    out_trade_no, txn, fee = str(data.get("out_trade_no")), str(data.get("transaction_id")), int(data["total_fee"])
    late = False
    for attempt in range(2):
        try:
            async with in_transaction() as conn:
                qs = Order.filter(order_no=out_trade_no).using_db(conn)
                if is_postgres(conn):
                    qs = qs.select_for_update()
                order = await qs.first()
                if order is None:
                    return 200, _xml("FAIL", "订单不存在")
                if order.status != OrderStatus.PENDING:
                    # Cancelled (by the shopper, staff or the reservation expiry) or paid another way: the money
                    # is recorded and goes back through WeChat Pay; a repeated notify finds it recorded.
                    late = bool(await refunds.accept_late_payment(
                        order, method="wechat", amount_fen=fee, external_ref=txn, gateway="wechat",
                        out_trade_no=out_trade_no, conn=conn))
                else:
                    await payments.record_payment(order, method="wechat", amount_fen=fee, external_ref=txn,
                                                  conn=conn, gateway="wechat", out_trade_no=out_trade_no)
            break
        except IntegrityError:
            if attempt:
                raise
        except (InvalidState, Conflict, ValidationError) as exc:
            # e.g. an amount other than what is due: acknowledged, left to staff (logged on the order's side)
            return 200, _xml("SUCCESS", exc.message[:60])
    if late:
        refunds.kick()
    return 200, _xml("SUCCESS", "OK")
