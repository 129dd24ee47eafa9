"""HTTP routes for orders (thin handlers over the orders services).

Staff act on orders of their own locations (chain-wide roles on all); shoppers see and act on their own orders
only (another shopper's order is a 404). Every change runs in one transaction with the order row locked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import AliasChoices, Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.errors import NotFound, ValidationError
from backend.http import Body, PageQuery, Query, ok, optional_body, parse_body, parse_query
from backend.idempotency import body_hash, check_key
from backend.messaging import notifications
from backend.orders import (
    aftersales,
    code_sale,
    exchanges,
    fulfilment,
    offline,
    payments,
    refund_requests,
    refunds,
    returns,
    stored_value,
)
from backend.orders.cancellation import check_may_cancel
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.search import OrderQuery, search_orders
from backend.orders.serializers import (
    answer_json,
    exchange_dict,
    exchanges_of,
    order_body,
    refund_dict,
    rma_dict,
)
from backend.orders.shopper_view import shopper_order
from backend.org.models import Channel, Location, Role
from backend.raw_sql import is_postgres
from backend.security import Actor, current_actor, requires
from backend.security.actor import member_model
from backend.security.authorization import require_permission

bp = Blueprint("orders", url_prefix="/api/v1")

Method = Literal["cash", "wechat", "alipay", "balance", "platform"]


class ItemBody(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: StrictInt = Field(gt=0, le=99999)


class PaymentBody(Body):
    method: Method
    amount_fen: StrictInt = Field(gt=0)
    external_ref: str | None = Field(default=None, min_length=1, max_length=64)
    # The shopper's payment code (POS scan, WeChat 10-15 / Alipay 25-30 first): charged in the same request.
    # For method "balance": the member's one-time stored-value code ("88" first, backend.members.paycode),
    # without which stored value is never spent.
    auth_code: str | None = Field(default=None, min_length=1, max_length=32)


class AddressBody(Body):
    name: str = Field(default="", max_length=64)
    phone: str = Field(default="", max_length=32)
    province: str = Field(default="", max_length=32)
    city: str = Field(default="", max_length=32)
    district: str = Field(default="", max_length=32)
    detail: str = Field(default="", max_length=160)
    postal_code: str = Field(default="", max_length=16)


class OrderBody(Body):
    channel: Channel
    location_code: str | None = Field(default=None, max_length=32)
    items: list[ItemBody] = Field(min_length=1, max_length=200)
    member_code: str | None = Field(default=None, max_length=16)
    external_id: str | None = Field(default=None, min_length=1, max_length=64)
    payments: list[PaymentBody] | None = Field(default=None, max_length=10)
    coupon_code: str | None = Field(default=None, max_length=64)
    points_to_use: StrictInt | None = Field(default=None, ge=0)
    receiver_name: str = Field(default="", max_length=64)
    receiver_phone: str = Field(default="", max_length=32)
    receiver_address: str = Field(default="", max_length=255)
    note: str = Field(default="", max_length=255)
    buyer_remark: str = Field(default="", max_length=255)  # the buyer's words to the shop (订单审核 may hold it)
    pickup: bool = False
    # The mini-program's names (miniprogram/API.md): coupon_id, points, member_id, address.
    coupon_id: StrictInt | None = None
    points: StrictInt | None = Field(default=None, ge=0)
    member_id: StrictInt | None = None
    address: AddressBody | None = None


class OfflineItemBody(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: StrictInt = Field(gt=0, le=99999)
    unit_price_fen: StrictInt = Field(ge=0, le=100_000_000)  # the price the counter charged


class OfflinePaymentBody(Body):
    # Cash, or stored value with the member's code; the service says why another method cannot (per sale).
    method: Method
    amount_fen: StrictInt = Field(gt=0, le=1_000_000_000)
    auth_code: str | None = Field(default=None, min_length=1, max_length=32)  # "balance": the member's 会员码


class OfflineSaleBody(Body):
    key: str = Field(min_length=1, max_length=128)  # the sale's Idempotency-Key, made by the till
    occurred_at: dt.datetime  # when the sale happened at the counter, with its zone
    location_code: str = Field(min_length=1, max_length=32)
    items: list[OfflineItemBody] = Field(min_length=1, max_length=200)
    payments: list[OfflinePaymentBody] = Field(min_length=1, max_length=10)
    member_id: StrictInt | None = None
    note: str = Field(default="", max_length=200)
    receipt_no: str = Field(default="", max_length=64)  # what the paper receipt said (离线小票号)


class OfflineBatchBody(Body):
    sales: list[OfflineSaleBody] = Field(min_length=1, max_length=offline.MAX_SALES)


class OrderQueryIn(Body):
    channel: Channel | None = None
    status: str | None = Field(default=None, max_length=200)  # one status or a comma list ("paid,allocated")
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    member_id: int | None = None
    member_code: str | None = None
    sku_code: str | None = None
    order_no: str | None = None
    location_code: str | None = None
    external_id: str | None = None
    page: int = Field(default=1, ge=1)
    page_size: int = Field(default=20, ge=1, le=200)


class PayBody(PaymentBody):
    pass


class ShipLineBody(Body):
    item_id: StrictInt
    qty: StrictInt = Field(gt=0)


class ShipBody(Body):
    lines: list[ShipLineBody] | None = Field(default=None, min_length=1)
    carrier: str = Field(default="", max_length=32)
    tracking_no: str = Field(default="", max_length=64)


class NoteBody(Body):
    note: str = Field(default="", max_length=255)


class CancelBody(Body):
    reason: str = Field(default="", max_length=255)


class ReturnLineBody(Body):
    item_id: StrictInt = Field(validation_alias=AliasChoices("item_id", "order_item_id"))
    qty: StrictInt = Field(gt=0)
    restock: bool = True


class ReturnBody(Body):
    """Staff send `lines: [{item_id, qty, restock}]`; the mini-program (API.md) `items: [{order_item_id, qty}]`."""
    lines: list[ReturnLineBody] = Field(min_length=1, max_length=200,
                                        validation_alias=AliasChoices("lines", "items"))
    reason: str = Field(default="", max_length=255)


class RejectBody(Body):
    reason: str = Field(default="", max_length=255)


class ReceiveLineBody(Body):
    item_id: StrictInt
    restock: bool


class ReceiveBody(Body):
    lines: list[ReceiveLineBody] | None = None


class MessageBody(Body):
    body: str = Field(max_length=5000)  # trimmed; the service says "at most 500" in Chinese
    rma_id: StrictInt | None = None


class ThreadQuery(Query):
    before_id: int | None = Field(default=None, ge=1)


class InboxQuery(PageQuery):
    unread_only: bool = False
    location_code: str | None = Field(default=None, max_length=32)


class RefundBody(Body):
    amount_fen: StrictInt | None = Field(default=None, gt=0)
    rma_id: StrictInt | None = None
    # Refunds go back to the tenders the order was paid with; another method is refused unless finance / HQ
    # give an override_reason (audited).
    method: Method | None = None
    reason: str = Field(default="", max_length=255)
    override_reason: str = Field(default="", max_length=255)


class RefundRequestBody(Body):
    reason: str = Field(default="", max_length=255)


class DecisionBody(Body):
    note: str = Field(default="", max_length=255)


async def _load(actor: Actor, order_id: int, conn: BaseDBAsyncClient | None = None, *, lock: bool = False) -> Order:
    """The order if this caller may see it: shoppers their own (else 404), staff their locations (else 403)."""
    qs = Order.filter(id=order_id)
    if conn is not None:
        qs = qs.using_db(conn)
        if lock and is_postgres(conn):
            qs = qs.select_for_update()
    order = await qs.first()
    if order is None:
        raise NotFound("订单不存在")
    if not actor.is_staff:
        if actor.member is None or order.member_id != actor.member.id:
            raise NotFound("订单不存在")
    else:
        actor.require_location(order.location_id)
    return order


async def _detail(order_id: int, status: int = 200, **extra: Any) -> HTTPResponse:
    body = await order_body(order_id, detail=True)
    body.update(extra)
    return ok(body, status=status)


@bp.post("/orders")
@requires()
async def create_order(request: Request) -> HTTPResponse:
    """Place an order (staff or shopper). Optional Idempotency-Key header: the first answer is kept. A
    stored-value tender needs the member's one-time code in its auth_code (403 without it, audited)."""
    actor = current_actor(request)
    body = parse_body(request, OrderBody)
    body = await _mini_program_names(body)
    try:
        return await _create_order(request, actor, body)
    except stored_value.PayCodeRefused as exc:
        await stored_value.audit_refusal(actor.user, exc, member_code=body.member_code)
        raise


async def _create_order(request: Request, actor: Actor, body: OrderBody) -> HTTPResponse:
    if any(p.auth_code and p.method != "balance" for p in body.payments or []):
        # The shopper's payment code (POS scan): placed and charged in this request (backend.codepay.counter).
        status, answer = await code_sale.sell(
            actor, channel=body.channel.value, items=[LineIn(i.sku_code, i.qty) for i in body.items],
            tenders=[code_sale.TenderIn(p.method, p.amount_fen, p.external_ref, p.auth_code) for p in body.payments or []],
            idempotency_key=request.headers.get("idempotency-key"), request_hash=_hash(body),
            member_code=body.member_code, location_code=body.location_code or None, external_id=body.external_id,
            options={"coupon_code": body.coupon_code, "points_to_use": body.points_to_use},
            receiver_name=body.receiver_name, receiver_phone=body.receiver_phone,
            receiver_address=body.receiver_address, note=body.note, pickup=body.pickup)
        return json_response(answer, status=status, dumps=answer_json)
    placement = await place_order(actor, OrderRequest(
        channel=body.channel.value,
        items=[LineIn(i.sku_code, i.qty) for i in body.items],
        location_code=body.location_code or None,
        idempotency_key=request.headers.get("idempotency-key"),
        request_hash=_hash(body),
        member_code=body.member_code,
        external_id=body.external_id,
        payments_in=[PaymentIn(p.method, p.amount_fen, p.external_ref,
                               member_pay_code=p.auth_code if p.method == "balance" else None)
                     for p in body.payments or []],
        options={"coupon_code": body.coupon_code, "points_to_use": body.points_to_use},
        receiver_name=body.receiver_name,
        receiver_phone=body.receiver_phone,
        receiver_address=body.receiver_address,
        note=body.note,
        pickup=body.pickup,
        buyer_remark=body.buyer_remark,
    ))
    if placement.text is not None:  # encoded once, for the idempotency record and for this answer
        return HTTPResponse(placement.text, status=placement.status, content_type="application/json")
    return json_response(placement.body, status=placement.status, dumps=answer_json)



async def _mini_program_names(body: OrderBody) -> OrderBody:
    """Fold the mini-program's field names into the ones placement takes."""
    changes: dict[str, Any] = {}
    if body.coupon_id is not None and not body.coupon_code:
        changes["coupon_code"] = str(body.coupon_id)
    if body.points is not None and body.points_to_use is None:
        changes["points_to_use"] = body.points
    if body.member_id is not None and not body.member_code:
        code = await member_model().filter(id=body.member_id, merged_into_id=None, deleted_at=None).values_list("member_code", flat=True)
        if not code:
            raise ValidationError("会员不存在", details=[{"field": "member_id", "message": "会员不存在"}])
        changes["member_code"] = code[0]
    if body.address is not None:
        a = body.address
        changes.update(receiver_name=body.receiver_name or a.name, receiver_phone=body.receiver_phone or a.phone,
                       receiver_address=body.receiver_address or " ".join(
                           p for p in (a.province, a.city, a.district, a.detail, a.postal_code) if p))
    return body.model_copy(update=changes) if changes else body


def _hash(body: OrderBody) -> str:
    return body_hash(body.model_dump(mode="json", exclude_none=True))


@bp.post("/pos/offline-sales")
@requires(Role.CLERK, Role.STORE_MANAGER)
async def sync_offline_sales(request: Request) -> HTTPResponse:
    """Counter sales made while the till was offline, in the order they happened: each recorded once however often
    it is sent, never refused for stock sold meanwhile (a stock discrepancy instead), posted on its own day.
    200 with one result per sale (recorded / duplicate / error with its reason)."""
    body = parse_body(request, OfflineBatchBody)
    return ok(await offline.sync_sales(current_actor(request), [
        offline.OfflineSaleIn(
            key=s.key, occurred_at=s.occurred_at, location_code=s.location_code,
            items=[offline.OfflineLine(i.sku_code, i.qty, i.unit_price_fen) for i in s.items],
            payments=[offline.OfflinePayment(p.method, p.amount_fen, p.auth_code) for p in s.payments],
            member_id=s.member_id, note=s.note, extra={"receipt_no": s.receipt_no} if s.receipt_no else {})
        for s in body.sales]))


@bp.get("/orders")
@requires()
async def list_orders(request: Request) -> HTTPResponse:
    """Search orders: staff within their locations, shoppers their own."""
    q = parse_query(request, OrderQueryIn)
    data = q.model_dump()
    data["channel"] = q.channel.value if q.channel else None
    return ok(await search_orders(OrderQuery(**data), current_actor(request)))


@bp.get("/orders/<order_id:int>")
@requires()
async def get_order(request: Request, order_id: int) -> HTTPResponse:
    """Staff: the full detail. The shopper (own orders only): the mini-program's shape, with the receipt's
    savings, points spent, returnable quantities and tracking (backend.orders.shopper_view)."""
    actor = current_actor(request)
    order = await _load(actor, order_id)
    if not actor.is_staff:
        return ok({"order": await shopper_order(order)})
    return await _detail(order.id)


@bp.post("/orders/<order_id:int>/pay")
@requires(staff=True)
async def pay_order(request: Request, order_id: int) -> HTTPResponse:
    """Record a payment (cash, wechat, alipay, balance, platform). Idempotent by external_ref. Stored value
    ("balance") needs the member's one-time code in auth_code (403 without it, audited)."""
    actor = current_actor(request)
    body = parse_body(request, PayBody)
    if body.method == "balance":
        await require_permission(actor, "stored_value.spend", entity_type="order", entity_id=order_id,
                                 message="您的角色不能使用会员储值付款")
    for attempt in range(2):
        try:
            async with in_transaction() as conn:
                order = await _load(actor, order_id, conn, lock=True)
                _, created = await payments.record_payment(
                    order, method=body.method, amount_fen=body.amount_fen, external_ref=body.external_ref,
                    user=actor.user, conn=conn,
                    member_pay_code=body.auth_code if body.method == "balance" else None)
            break
        except IntegrityError:
            if attempt:  # the concurrent twin committed: the retry finds it by external_ref
                raise
        except stored_value.PayCodeRefused as exc:
            await stored_value.audit_refusal(actor.user, exc, order_id=order_id)
            raise
    return await _detail(order_id, status=201 if created else 200)


@bp.post("/orders/<order_id:int>/ship")
@requires(staff=True)
async def ship_order(request: Request, order_id: int) -> HTTPResponse:
    """Ship everything left, or the given lines and quantities (partial shipment)."""
    actor = current_actor(request)
    body = optional_body(request, ShipBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        shipment = await fulfilment.ship(
            order, conn=conn, user=actor.user, carrier=body.carrier, tracking_no=body.tracking_no,
            lines=[fulfilment.ShipLine(ln.item_id, ln.qty) for ln in body.lines] if body.lines else None,
        )
    return await _detail(order_id, status=201, shipment_no=shipment.shipment_no)


@bp.post("/orders/<order_id:int>/deliver")
@requires(staff=True)
async def deliver_order(request: Request, order_id: int) -> HTTPResponse:
    actor = current_actor(request)
    body = optional_body(request, NoteBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        await fulfilment.deliver(order, conn=conn, user=actor.user, note=body.note)
    return await _detail(order_id)


@bp.post("/orders/<order_id:int>/complete")
@requires(staff=True)
async def complete_order(request: Request, order_id: int) -> HTTPResponse:
    actor = current_actor(request)
    body = optional_body(request, NoteBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        await fulfilment.complete(order, conn=conn, user=actor.user, note=body.note)
    return await _detail(order_id)


@bp.post("/orders/<order_id:int>/cancel")
@requires(Role.SHOPPER, Role.CLERK, Role.STORE_MANAGER, Role.FINANCE, Role.LIVE_SELLER)
async def cancel_order(request: Request, order_id: int) -> HTTPResponse:
    """Staff cancel pending, paid or allocated orders (paid money is refunded: that needs orders.refund);
    shoppers their unpaid ones (backend.orders.cancellation)."""
    actor = current_actor(request)
    body = optional_body(request, CancelBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        await check_may_cancel(actor, order)
        await returns.cancel_order(order, conn=conn, user=actor.user, reason=body.reason)
    refunds.kick()  # a paid order's refund goes to WeChat Pay / Alipay; an unpaid one's prepay order is closed
    return await _detail(order_id)


@bp.post("/orders/<order_id:int>/returns")
@requires()
async def create_return(request: Request, order_id: int) -> HTTPResponse:
    """Request a return (RMA) of shipped units: the shopper for their own order, or staff."""
    actor = current_actor(request)
    body = parse_body(request, ReturnBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        rma = await returns.request_return(
            order, conn=conn, reason=body.reason, user=actor.user,
            member_id=actor.member.id if actor.member is not None and not actor.is_staff else None,
            lines=[returns.ReturnLineIn(ln.item_id, ln.qty, ln.restock if actor.is_staff else True)
                   for ln in body.lines],
        )
        lines = list(await rma.lines.all().using_db(conn))
    return ok({"return": rma_dict(rma, lines)}, status=201)


async def _rma_action(request: Request, order_id: int, rma_id: int, action: str) -> HTTPResponse:
    actor = current_actor(request)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        rma = await returns.get_rma(order, rma_id, conn)
        if action == "approve":
            await returns.approve_return(order, rma, conn=conn, user=actor.user)
        elif action == "reject":
            body = optional_body(request, RejectBody)
            await returns.reject_return(order, rma, conn=conn, user=actor.user, reason=body.reason)
        else:
            rbody = optional_body(request, ReceiveBody)
            restock = {ln.item_id: ln.restock for ln in rbody.lines} if rbody.lines else None
            await returns.receive_return(order, rma, conn=conn, user=actor.user, restock=restock)
        lines = list(await rma.lines.all().using_db(conn))
    return ok({"return": rma_dict(rma, lines)})


@bp.post("/orders/<order_id:int>/returns/<rma_id:int>/approve")
@requires(Role.STORE_MANAGER)
async def approve_return(request: Request, order_id: int, rma_id: int) -> HTTPResponse:
    return await _rma_action(request, order_id, rma_id, "approve")


@bp.post("/orders/<order_id:int>/returns/<rma_id:int>/reject")
@requires(Role.STORE_MANAGER)
async def reject_return(request: Request, order_id: int, rma_id: int) -> HTTPResponse:
    return await _rma_action(request, order_id, rma_id, "reject")


@bp.post("/orders/<order_id:int>/returns/<rma_id:int>/receive")
@requires(staff=True)
async def receive_return(request: Request, order_id: int, rma_id: int) -> HTTPResponse:
    """Returned goods arrive: restock (back into the batch they left from) or write off, per line."""
    return await _rma_action(request, order_id, rma_id, "receive")


@bp.post("/orders/<order_id:int>/refunds")
@requires(Role.STORE_MANAGER, Role.FINANCE)
async def create_refund(request: Request, order_id: int) -> HTTPResponse:
    """Refund up to what was paid and not yet refunded; with rma_id, for a received return."""
    actor = current_actor(request)
    body = optional_body(request, RefundBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        rma = await returns.get_rma(order, body.rma_id, conn) if body.rma_id is not None else None
        made = await refunds.refund_order(order, conn=conn, amount_fen=body.amount_fen, rma=rma, method=body.method,
                                          reason=body.reason, user=actor.user, override_reason=body.override_reason)
    refunds.kick()
    return await _detail(order_id, status=201, refund=refund_dict(made[0]), refunds=[refund_dict(r) for r in made])


@bp.post("/orders/<order_id:int>/refund-request")
@requires(Role.SHOPPER)
async def request_refund(request: Request, order_id: int) -> HTTPResponse:
    """The shopper asks for the money back of a paid order nothing of which is picked yet: approved at once within
    the chain's window (the order is cancelled and refunded), else queued for the store manager."""
    actor = current_actor(request)
    body = optional_body(request, RefundRequestBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        await refund_requests.request_refund(order, member_id=actor.member.id if actor.member else None,
                                             reason=body.reason, conn=conn)
    refunds.kick()
    notifications.kick()
    return ok({"order": await shopper_order(await Order.get(id=order_id))}, status=201)


async def _decide_refund_request(request: Request, order_id: int, approve: bool) -> HTTPResponse:
    actor = current_actor(request)
    body = optional_body(request, DecisionBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        decide = refund_requests.approve if approve else refund_requests.reject
        await decide(order, user=actor.user, conn=conn, note=body.note)
    refunds.kick()
    return await _detail(order_id)


@bp.post("/orders/<order_id:int>/refund-request/approve")
@requires(Role.STORE_MANAGER)
async def approve_refund_request(request: Request, order_id: int) -> HTTPResponse:
    """Agree to the shopper's refund request: the order is cancelled, its stock released, the money refunded
    through the provider it was paid with."""
    return await _decide_refund_request(request, order_id, True)


@bp.post("/orders/<order_id:int>/refund-request/reject")
@requires(Role.STORE_MANAGER)
async def reject_refund_request(request: Request, order_id: int) -> HTTPResponse:
    return await _decide_refund_request(request, order_id, False)


@bp.post("/pay/wechat/refund-notify")
async def wechat_refund_notify(request: Request) -> HTTPResponse:
    """WeChat Pay's refund result notify (req_info decrypted and checked); idempotent."""
    from sanic.response import text

    status, xml = await refunds.handle_wechat_refund_notify(request.body or b"")
    return text(xml, status=status, content_type="text/xml; charset=utf-8")


class ExchangeBody(Body):
    item_id: StrictInt
    qty: StrictInt = Field(gt=0, le=9999)
    sku_code: str = Field(min_length=1, max_length=32)
    reason: str = Field(default="", max_length=200)
    restock: bool = True


class ExchangeReceiveBody(Body):
    restock: bool | None = None


@bp.post("/orders/<order_id:int>/exchanges")
@requires()
async def create_exchange(request: Request, order_id: int) -> HTTPResponse:
    """Ask to exchange shipped units of a line for another SKU (the shopper for their own order, or staff).
    Optional Idempotency-Key header: a repeat answers the same exchange (200)."""
    actor = current_actor(request)
    body = parse_body(request, ExchangeBody)
    key = request.headers.get("idempotency-key")
    if key is not None:
        check_key(key)
    answer, made = await exchanges.request_in_transaction(
        actor, order_id, exchanges.ExchangeIn(body.item_id, body.qty, body.sku_code, body.reason, body.restock),
        load=_load, request_key=key)
    return ok({"exchange": answer}, status=201 if made else 200)


@bp.get("/orders/<order_id:int>/exchanges")
@requires()
async def list_exchanges(request: Request, order_id: int) -> HTTPResponse:
    order = await _load(current_actor(request), order_id)
    return ok({"items": await exchanges_of(order.id)})


async def _exchange_action(request: Request, order_id: int, exchange_id: int, action: str) -> HTTPResponse:
    actor = current_actor(request)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        ex = await exchanges.get_exchange(order, exchange_id, conn)
        if action == "approve":
            await exchanges.approve_exchange(order, ex, conn=conn, user=actor.user)
        elif action == "reject":
            body = optional_body(request, RejectBody)
            await exchanges.reject_exchange(order, ex, conn=conn, user=actor.user, reason=body.reason)
        else:
            rbody = optional_body(request, ExchangeReceiveBody)
            await exchanges.receive_exchange(order, ex, conn=conn, user=actor.user, restock=rbody.restock)
        answer = await exchange_dict(ex, conn)
    refunds.kick()  # a cheaper exchange's difference goes back through WeChat Pay / Alipay; a rejected one's prepay closes
    return ok({"exchange": answer})


@bp.post("/orders/<order_id:int>/exchanges/<exchange_id:int>/approve")
@requires(Role.STORE_MANAGER)
async def approve_exchange(request: Request, order_id: int, exchange_id: int) -> HTTPResponse:
    return await _exchange_action(request, order_id, exchange_id, "approve")


@bp.post("/orders/<order_id:int>/exchanges/<exchange_id:int>/reject")
@requires(Role.STORE_MANAGER)
async def reject_exchange(request: Request, order_id: int, exchange_id: int) -> HTTPResponse:
    return await _exchange_action(request, order_id, exchange_id, "reject")


@bp.post("/orders/<order_id:int>/exchanges/<exchange_id:int>/receive")
@requires(Role.STORE_MANAGER)
async def receive_exchange(request: Request, order_id: int, exchange_id: int) -> HTTPResponse:
    """The returned units arrived ({"restock": false} writes them off): the credit pays the replacement, a
    cheaper replacement's difference is refunded."""
    return await _exchange_action(request, order_id, exchange_id, "receive")


MESSAGE_ROLES = (Role.SHOPPER, *aftersales.STORE_ROLES)  # hq_admin passes as any staff role


@bp.get("/orders/<order_id:int>/messages")
@requires(*MESSAGE_ROLES)
async def order_messages(request: Request, order_id: int) -> HTTPResponse:
    """The order's after-sales thread (backend.orders.aftersales); reading marks the other side's messages read."""
    actor = current_actor(request)
    q = parse_query(request, ThreadQuery)
    order = await _load(actor, order_id)
    return ok(await aftersales.thread(actor, order, before_id=q.before_id))


@bp.post("/orders/<order_id:int>/messages")
@requires(*MESSAGE_ROLES)
async def post_order_message(request: Request, order_id: int) -> HTTPResponse:
    """Write in the order's thread: its shopper, or staff of its store. Answers the new message and the thread.
    Optional Idempotency-Key header: a retry answers the message stored the first time (nothing stored twice)."""
    actor = current_actor(request)
    body = parse_body(request, MessageBody)
    async with in_transaction() as conn:
        order = await _load(actor, order_id, conn, lock=True)
        posted = await aftersales.post_message(actor, order, body.body, rma_id=body.rma_id, conn=conn,
                                               idempotency_key=request.headers.get("idempotency-key"))
    if posted.notice is not None:
        notifications.kick()  # the store's WeCom notice, sent in the background (never waited on here)
    answer = await aftersales.thread(actor, order)
    answer["message"] = next(m for m in answer["messages"] if m["id"] == posted.message.id)
    return ok(answer, status=201)


@bp.get("/aftersales/inbox")
@requires(*aftersales.STORE_ROLES)
async def aftersales_inbox(request: Request) -> HTTPResponse:
    """Orders of the caller's stores whose shopper is waiting for an answer, newest message first."""
    actor = current_actor(request)
    q = parse_query(request, InboxQuery)
    location_id = None
    if q.location_code:
        loc = await Location.get_or_none(code=q.location_code)
        if loc is None:
            raise NotFound("门店不存在")
        actor.require_location(loc.id)
        location_id = loc.id
    offset, limit = q.window()
    answer = await aftersales.inbox(actor, offset=offset, limit=limit, unread_only=q.unread_only,
                                    location_id=location_id)
    return ok(q.page_of(answer))
