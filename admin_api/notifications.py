"""Staff notifications to WeCom (the outbox of backend.messaging.notifications), for HQ to see what did not arrive.

    GET  /admin/api/v1/notifications?status=failed&kind=po_approval   newest first, paged
    POST /admin/api/v1/notifications/<id>/retry                        a failed one sent again (fresh attempts)
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
from backend.messaging import notifications
from backend.messaging.models import StaffNotification
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_notifications", url_prefix="/notifications")


class NotificationQuery(PageQuery):
    status: Literal["pending", "sent", "failed"] | None = None
    kind: Literal["po_approval", "aftersales_message", "refund_failed", "refund_request",
                  "stock_digest", "alert", "hr_interview", "hr_certificate"] | None = None


@bp.get("/")
@requires(Role.HQ_ADMIN)
async def list_notifications(request: Request) -> HTTPResponse:
    """The outbox, newest first: status (pending | sent | failed) and kind filters."""
    q = parse_query(request, NotificationQuery)
    offset, limit = q.window()
    result = await notifications.listing(status=q.status, kind=q.kind, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/<notification_id:int>/retry")
@requires(Role.HQ_ADMIN)
async def retry_notification(request: Request, notification_id: int) -> HTTPResponse:
    """Send a failed notification again (attempts start over; the delivery job sends it at once)."""
    actor = current_actor(request)
    async with in_transaction() as conn:
        row = await notifications.retry(notification_id, conn)
        if row is None:
            if not await StaffNotification.exists(id=notification_id):
                raise NotFound("通知不存在")
            raise InvalidState("只有发送失败的通知可以重发")
        await record_audit(actor.user, "staff_notification.retry", "staff_notification", row.id, using_db=conn,
                           after={"dedupe_key": row.dedupe_key, "kind": row.kind})
    notifications.kick()
    return ok({"notification": notifications.notification_dict(row)})
