"""Refunds for finance to watch (backend.orders.refunds): the pending ones (sent to WeChat Pay / Alipay, not
confirmed yet) and the failed ones (the provider refused, or retries ran out; finance was told on WeCom).

    GET  /admin/api/v1/refunds?status=failed&gateway=wechat   newest first, paged
    POST /admin/api/v1/refunds/<id>/retry                     a failed provider refund sent again (fresh attempts)
"""

from __future__ import annotations

from typing import Literal

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from tortoise.transactions import in_transaction

from admin_api.common import PageQuery
from backend.audit import record_audit
from backend.errors import InvalidState, NotFound
from backend.http import ok, parse_query
from backend.orders import refunds
from backend.orders.models import Order, Refund
from backend.orders.serializers import refund_dict
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_refunds", url_prefix="/refunds")


class RefundQuery(PageQuery):
    status: Literal["pending", "succeeded", "failed"] | None = None
    gateway: Literal["wechat", "alipay"] | None = None


@bp.get("/")
@requires(Role.FINANCE, Role.HQ_ADMIN)
async def list_refunds(request: Request) -> HTTPResponse:
    """Refunds newest first, with their order number; status and gateway filters."""
    q = parse_query(request, RefundQuery)
    offset, limit = q.window()
    qs = Refund.all()
    if q.status:
        qs = qs.filter(status=q.status)
    if q.gateway:
        qs = qs.filter(gateway=q.gateway)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    nos = dict(await Order.filter(id__in=[r.order_id for r in rows]).values_list("id", "order_no")) if rows else {}
    items = [{**refund_dict(r), "order_no": nos.get(r.order_id)} for r in rows]
    return ok(q.page_of({"items": items, "total": total}))


@bp.post("/<refund_id:int>/retry")
@requires(Role.FINANCE, Role.HQ_ADMIN)
async def retry_refund(request: Request, refund_id: int) -> HTTPResponse:
    """Send a failed WeChat Pay / Alipay refund again under the same refund number (the provider never refunds one
    number twice); the refunds job sends it at once."""
    actor = current_actor(request)
    async with in_transaction() as conn:
        row = await refunds.retry(refund_id, conn)
        if row is None:
            if not await Refund.exists(id=refund_id):
                raise NotFound("退款单不存在")
            raise InvalidState("只有失败的微信支付/支付宝退款可以重试")
        await record_audit(actor.user, "refund.retry", "refund", row.id, using_db=conn,
                           after={"refund_no": row.refund_no, "order_id": row.order_id})
    refunds.kick()
    return ok({"refund": refund_dict(row)})
