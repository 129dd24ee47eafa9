"""After-sales messages: one thread per order between its shopper and the store that sold it.

Who may write: the order's shopper; staff of the order's store (clerk, store manager); hq_admin anywhere. Access to
the order itself (another shopper's order is a 404, another store's a 403) is checked by the caller that loads it
(backend.orders.api._load), so these functions take an order the actor may already see.

Rules a store chain expects:
- a shopper may not write on an order cancelled before anything was paid (there is nothing to look after), nor
  more than SHOPPER_WINDOW after the order ended (completed, cancelled or returned): by then the after-sales
  period is over and the shopper is pointed to the store's phone. Staff may always write (a follow-up).
- a shopper writes at most SHOPPER_PER_DAY messages per order in any 24 hours (429), counted from the rows
  themselves under the order's row lock, so concurrent posts cannot slip past it and refused posts do not count.
- reading a thread marks the other side's messages read; the shopper's order detail shows how many store
  messages are unread, the staff inbox lists orders whose latest message is the shopper's (waiting for an answer).
- every staff message is audited (order.message); a shopper message that starts a wait tells the store's staff
  bound to WeCom: the text is queued in the staff notification outbox in the message's transaction
  (backend.messaging.notifications) and sent by the background job with retries, so the shopper never waits on
  WeCom and WeCom being down never loses or blocks the message nor its notice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Count

from backend.audit import record_staff_change
from backend.errors import InvalidState, RateLimited, ValidationError
from backend.idempotency import IdempotencyRecord, body_hash, check_key, kept_answer
from backend.messaging import notifications
from backend.messaging.models import StaffNotification
from backend.orders.models import (
    ORDER_STATUS_ZH,
    MessageAuthor,
    Order,
    OrderEvent,
    OrderMessage,
    OrderStatus,
    ReturnRequest,
)
from backend.orders.returns import get_rma
from backend.org.models import Location, Role, User
from backend.raw_sql import connection, fetch
from backend.security import Actor
from backend.security.actor import member_model
from backend.timestamps import iso, utc_now

log = logging.getLogger("cradle.orders.aftersales")

MAX_BODY = 500
SHOPPER_PER_DAY = 20
SHOPPER_WINDOW = timedelta(days=180)
THREAD_PAGE = 100
STORE_ROLES = (Role.CLERK, Role.STORE_MANAGER)


@dataclass(frozen=True)
class Posted:
    message: OrderMessage
    starts_wait: bool  # a shopper message on a thread with nothing unread before: the store should be told
    notice: StaffNotification | None = None  # the store's WeCom notice queued with it (kick after the commit)
    replayed: bool = False  # the same Idempotency-Key again: the message stored the first time, nothing new


def _idempotency_scope(actor: Actor, order: Order) -> str:
    who = f"staff:{actor.user.id}" if actor.is_staff and actor.user else f"member:{actor.member.id}"
    return f"order_message:{order.id}:{who}"


async def _replay(scope: str, key: str, request_hash: str, conn: BaseDBAsyncClient) -> Posted | None:
    rec = await kept_answer(scope, key, request_hash, what="留言", conn=conn)
    if rec is None:
        return None
    msg = await OrderMessage.get(id=int(rec.response["message_id"])).using_db(conn)
    return Posted(msg, starts_wait=False, replayed=True)


def _clean(body: str) -> str:
    text = (body or "").strip()
    if not text:
        raise ValidationError("留言内容不能为空", details=[{"field": "body", "message": "不能为空"}])
    if len(text) > MAX_BODY:
        raise ValidationError(f"留言最多 {MAX_BODY} 字（当前 {len(text)} 字）",
                              details=[{"field": "body", "message": f"最多 {MAX_BODY} 字"}])
    return text


async def _ended_at(order: Order, conn: BaseDBAsyncClient | None) -> datetime | None:
    """When the order reached its final state (None while it is still in progress)."""
    if order.status == OrderStatus.COMPLETED:
        return order.completed_at
    if order.status == OrderStatus.CANCELLED:
        return order.cancelled_at
    if order.status == OrderStatus.RETURNED:
        last = await OrderEvent.filter(order_id=order.id, to_status=OrderStatus.RETURNED.value).using_db(
            conn).order_by("-id").first()
        return last.created_at if last else None
    return None


async def shopper_closed_reason(order: Order, conn: BaseDBAsyncClient | None = None,
                                now: datetime | None = None) -> str | None:
    """Why the shopper may not write on this order any more (None: they may)."""
    if order.status == OrderStatus.CANCELLED and order.paid_fen == 0:
        return "该订单未付款已取消，无需售后留言"
    ended = await _ended_at(order, conn)
    if ended is not None and (now or utc_now()) - ended > SHOPPER_WINDOW:
        return f"订单{ORDER_STATUS_ZH[OrderStatus(order.status)]}已超过 {SHOPPER_WINDOW.days} 天，售后留言已关闭，" \
               "如有问题请致电门店"
    return None


async def post_message(actor: Actor, order: Order, body: str, *, conn: BaseDBAsyncClient,
                       rma_id: int | None = None, now: datetime | None = None,
                       idempotency_key: str | None = None) -> Posted:
    """Add a message to the order's thread. The caller holds the order row lock (the shopper's daily count, and
    concurrent retries with one Idempotency-Key: the second finds the first's record). With `idempotency_key`,
    a retry answers the message stored the first time (the same key with another body or rma_id: 409)."""
    check_key(idempotency_key)
    text = _clean(body)
    scope = _idempotency_scope(actor, order)
    request_hash = body_hash({"body": text, "rma_id": rma_id})
    if idempotency_key is not None and (replay := await _replay(scope, idempotency_key, request_hash, conn)):
        return replay
    rma: ReturnRequest | None = await get_rma(order, rma_id, conn) if rma_id is not None else None
    now = now or utc_now()
    if actor.is_staff:
        kind, other = MessageAuthor.STAFF, MessageAuthor.SHOPPER
    else:
        kind, other = MessageAuthor.SHOPPER, MessageAuthor.STAFF
        reason = await shopper_closed_reason(order, conn, now)
        if reason:
            raise InvalidState(reason)
        recent = await OrderMessage.filter(order_id=order.id, author_kind=MessageAuthor.SHOPPER,
                                           created_at__gte=now - timedelta(days=1)).using_db(conn).count()
        if recent >= SHOPPER_PER_DAY:
            raise RateLimited(f"留言过于频繁：每个订单 24 小时内最多 {SHOPPER_PER_DAY} 条，请稍后再试或致电门店")
    waiting_before = await OrderMessage.filter(order_id=order.id, author_kind=MessageAuthor.SHOPPER,
                                               read_at=None).using_db(conn).exists()
    msg = await OrderMessage.create(
        order_id=order.id, author_kind=kind, member_id=actor.member.id if kind == MessageAuthor.SHOPPER else None,
        user_id=actor.user.id if actor.user else None, rma_id=rma.id if rma else None, body=text, using_db=conn)
    # Writing in a thread means having read it: the other side's messages so far are read.
    await OrderMessage.filter(order_id=order.id, author_kind=other, read_at=None, id__lt=msg.id).using_db(
        conn).update(read_at=now)
    if idempotency_key is not None:
        await IdempotencyRecord.create(scope=scope, key=idempotency_key, request_hash=request_hash, status=201,
                                       response={"message_id": msg.id}, using_db=conn)
    if kind == MessageAuthor.STAFF:
        await record_staff_change(actor.user, "order.message", "order", order.id, conn, message_id=msg.id,
                    rma_id=rma.id if rma else None, body=text)
    starts_wait = kind == MessageAuthor.SHOPPER and not waiting_before
    notice = await queue_store_notice(order, msg, conn) if starts_wait else None
    return Posted(msg, starts_wait=starts_wait, notice=notice)


async def thread(actor: Actor, order: Order, *, before_id: int | None = None, limit: int = THREAD_PAGE,
                 now: datetime | None = None) -> dict[str, Any]:
    """The thread oldest first (the latest `limit` messages, or those before `before_id`), marking the other
    side's messages read."""
    other = MessageAuthor.SHOPPER if actor.is_staff else MessageAuthor.STAFF
    marked = await OrderMessage.filter(order_id=order.id, author_kind=other, read_at=None).update(
        read_at=now or utc_now())
    qs = OrderMessage.filter(order_id=order.id)
    if before_id is not None:
        qs = qs.filter(id__lt=before_id)
    rows = list(await qs.order_by("-id").limit(limit + 1))
    has_more = len(rows) > limit
    rows = list(reversed(rows[:limit]))
    names = await _names(actor, order, rows)
    rma_nos = dict(await ReturnRequest.filter(id__in=list({m.rma_id for m in rows if m.rma_id})).values_list(
        "id", "rma_no")) if any(m.rma_id for m in rows) else {}
    closed = None if actor.is_staff else await shopper_closed_reason(order, now=now)
    return {
        "order_id": order.id,
        "order_no": order.order_no,
        "messages": [message_dict(m, actor, names, rma_nos) for m in rows],
        "has_more": has_more,
        "marked_read": marked,
        "can_post": closed is None,
        "closed_reason": closed,
    }


async def _names(actor: Actor, order: Order, rows: list[OrderMessage]) -> dict[tuple[str, int | None], str]:
    """Author names: the shopper sees the store's name on staff messages, staff see who wrote."""
    out: dict[tuple[str, int | None], str] = {}
    if not actor.is_staff:
        loc = await Location.get_or_none(id=order.location_id) if order.location_id else None
        store = loc.name if loc else "门店"
        for m in rows:
            out[(m.author_kind, m.user_id)] = "我" if m.author_kind == MessageAuthor.SHOPPER else store
        return out
    user_ids = {m.user_id for m in rows if m.author_kind == MessageAuthor.STAFF and m.user_id}
    users = dict(await User.filter(id__in=list(user_ids)).values_list("id", "display_name")) if user_ids else {}
    member = await member_model().get_or_none(id=order.member_id) if order.member_id else None
    for m in rows:
        if m.author_kind == MessageAuthor.STAFF:
            out[(m.author_kind, m.user_id)] = users.get(m.user_id, "员工")
        else:
            out[(m.author_kind, m.user_id)] = (member.nickname if member and member.nickname else "顾客")
    return out


def message_dict(m: OrderMessage, actor: Actor, names: dict[tuple[str, int | None], str],
                 rma_nos: dict[int, str]) -> dict[str, Any]:
    mine = (m.author_kind == MessageAuthor.STAFF) == actor.is_staff
    return {
        "id": m.id,
        "author": MessageAuthor(m.author_kind).value,
        "author_name": names.get((m.author_kind, m.user_id), ""),
        "mine": mine,
        "body": m.body,
        "rma_id": m.rma_id,
        "rma_no": rma_nos.get(m.rma_id) if m.rma_id else None,
        "created_at": iso(m.created_at),
        "read_at": iso(m.read_at),
    }


async def unread_for_shopper(order_ids: list[int], conn: BaseDBAsyncClient | None = None) -> dict[int, int]:
    """Per order, the store's messages its shopper has not read yet."""
    if not order_ids:
        return {}
    rows = await OrderMessage.filter(order_id__in=order_ids, author_kind=MessageAuthor.STAFF, read_at=None).using_db(
        conn).group_by("order_id").annotate(n=Count("id")).values("order_id", "n")
    return {int(r["order_id"]): int(r["n"]) for r in rows}


async def inbox(actor: Actor, *, offset: int, limit: int, unread_only: bool = False,
                location_id: int | None = None) -> dict[str, Any]:
    """Orders of the actor's stores whose latest message is the shopper's (waiting for the store), newest first.
    `unread_only`: only those nobody on the staff side has opened since."""
    conn = connection()
    where = ["m.author_kind = 'shopper'",
             "m.id = (SELECT MAX(x.id) FROM order_messages x WHERE x.order_id = m.order_id)"]
    values: list[Any] = []
    if unread_only:
        where.append("m.read_at IS NULL")
    if actor.location_ids is not None:
        if not actor.location_ids:
            return {"items": [], "total": 0}
        marks = []
        for loc in sorted(actor.location_ids):
            values.append(loc)
            marks.append(f"${len(values)}")
        where.append(f"o.location_id IN ({', '.join(marks)})")
    if location_id is not None:
        values.append(location_id)
        where.append(f"o.location_id = ${len(values)}")
    base = f"FROM order_messages m JOIN orders o ON o.id = m.order_id WHERE {' AND '.join(where)}"
    total = int((await fetch(conn, f"SELECT COUNT(*) AS n {base}", values))[0]["n"])
    page = await fetch(conn, f"SELECT m.id AS id {base} ORDER BY m.id DESC LIMIT {int(limit)} OFFSET {int(offset)}",
                       values)
    last = {m.id: m for m in await OrderMessage.filter(id__in=[int(r["id"]) for r in page])}
    latest = [last[int(r["id"])] for r in page if int(r["id"]) in last]
    order_ids = [m.order_id for m in latest]
    orders = {o.id: o for o in await Order.filter(id__in=order_ids)}
    unread_rows = await OrderMessage.filter(order_id__in=order_ids, author_kind=MessageAuthor.SHOPPER,
                                            read_at=None).group_by("order_id").annotate(n=Count("id")).values(
        "order_id", "n") if order_ids else []
    unread = {int(r["order_id"]): int(r["n"]) for r in unread_rows}
    loc_ids = {o.location_id for o in orders.values() if o.location_id}
    locations = {loc.id: loc for loc in await Location.filter(id__in=list(loc_ids))} if loc_ids else {}
    member_ids = {o.member_id for o in orders.values() if o.member_id}
    members = dict(await member_model().filter(id__in=list(member_ids)).values_list("id", "nickname")) if member_ids else {}
    items = []
    for m in latest:
        o = orders[m.order_id]
        loc = locations.get(o.location_id) if o.location_id else None
        items.append({
            "order_id": o.id, "order_no": o.order_no, "status": OrderStatus(o.status).value,
            "status_name": ORDER_STATUS_ZH[OrderStatus(o.status)],
            "location_code": loc.code if loc else None, "location_name": loc.name if loc else None,
            "member_nickname": members.get(o.member_id, "") if o.member_id else "",
            "unread": unread.get(o.id, 0),
            "last_message": {"id": m.id, "body": m.body, "rma_id": m.rma_id, "created_at": iso(m.created_at)},
        })
    return {"items": items, "total": total}


async def store_recipients(order: Order, conn: BaseDBAsyncClient | None = None) -> list[str]:
    """WeCom user ids of the active clerks and managers of the order's store."""
    if not order.location_id:
        return []
    rows = await User.filter(is_active=True, wecom_userid__isnull=False, role__in=list(STORE_ROLES),
                             locations__location_id=order.location_id).using_db(conn).values_list(
        "wecom_userid", flat=True)
    return sorted({u for u in rows if u})


async def queue_store_notice(order: Order, message: OrderMessage, conn: BaseDBAsyncClient) -> StaffNotification | None:
    """In the message's transaction: a text telling the store's staff bound to WeCom that a shopper is waiting,
    into the outbox (once per message; None when nobody could be told). The caller kicks the delivery after the
    commit."""
    users = await store_recipients(order, conn)
    if not users:
        return None
    loc = await Location.get_or_none(id=order.location_id).using_db(conn)
    text = (f"【售后留言】{loc.name if loc else ''} 订单 {order.order_no}\n"
            f"顾客留言：{message.body[:200]}\n请尽快在店员端查看并回复。")
    return await notifications.enqueue(conn, kind=notifications.KIND_AFTERSALES, user_ids=users,
                                       payload=notifications.text_payload(text),
                                       dedupe_key=f"aftersales:{message.id}")
