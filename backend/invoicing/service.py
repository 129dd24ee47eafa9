"""E-invoices on sales: a blue invoice asked for a completed order, a red-letter invoice for each refund of an
invoiced order, sent to the platform (port backend.invoicing.provider) by a row-per-invoice outbox.

    request_blue() ── one transaction, the order row locked ──> einvoices (blue, pending, leased to this request)
        then sent at once (send_one); the platform unreachable: pending, sent again by work_due (job
        "invoicing.send") with backoff
    orders.refunds.REFUND_HOOKS -> on_refund() ── in the refund's transaction ──> einvoices (red, pending)
        sent by work_due once the refund succeeded and the blue invoice is issued; the platform's red
        confirmation (红字确认单) waiting for the buyer is asked about again every POLL_S

- **Idempotent**: one blue invoice per order (dedupe key ``blue:<order id>``): the same request (its
  Idempotency-Key) again answers the same invoice, another request for an invoiced order is refused
  (``invoice_exists``), one that the platform refused may be asked again with corrected buyer details. One red
  invoice per refund (``red:<refund id>``). Our serial number is the platform's idempotency key, so a lost answer
  and a retry never make two invoices.
- **Amounts**: integer fen, split by tax rate per line as the ledger does (backend.invoicing.amounts).
- **Audited**: requests (staff and shoppers), retries; the red invoice's cause (the refund) is audited by orders.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend import timestamps
from backend.audit import record_audit
from backend.due_rows import PassResult, claim_due, work_claimed
from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.invoicing import amounts, provider
from backend.invoicing.models import (
    INVOICE_KIND_ZH,
    INVOICE_STATUS_ZH,
    BuyerType,
    EInvoice,
    InvoiceKind,
    InvoiceStatus,
)
from backend.invoicing.provider import BlueRequest, Line, RedRequest, Result
from backend.orders.models import Order, OrderStatus, Refund, RefundStatus
from backend.raw_sql import is_postgres
from backend.security.actor import Actor
from backend.settings import get_settings

log = logging.getLogger("cradle.invoicing")

TAX_NO = re.compile(r"^[0-9A-Z]{15,20}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LEASE_S = 120.0  # longer than a platform exchange (token, issue, layout file: 10 s timeout each)
POLL_S = 600.0  # a red confirmation waiting for the buyer, a blue invoice or a refund not done yet: ask again
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 3600.0
CLAIM_BATCH = 20
CONCURRENCY = 2
NOT_CONFIGURED = "电子发票平台未配置"


@dataclass(frozen=True)
class Buyer:
    buyer_type: BuyerType
    name: str
    tax_no: str = ""
    email: str = ""


def check_buyer(b: Buyer) -> Buyer:
    """The buyer as the platform will print it: a company needs its tax number, an individual may give none."""
    name, tax_no, email = b.name.strip(), b.tax_no.strip().upper(), b.email.strip()
    problems = []
    if not name:
        problems.append({"field": "buyer_name", "message": "发票抬头不能为空"})
    if b.buyer_type == BuyerType.COMPANY and not tax_no:
        problems.append({"field": "buyer_tax_no", "message": "单位抬头须填写纳税人识别号"})
    if tax_no and not TAX_NO.match(tax_no):
        problems.append({"field": "buyer_tax_no", "message": "纳税人识别号应为 15 至 20 位数字或大写字母"})
    if email and not EMAIL.match(email):
        problems.append({"field": "buyer_email", "message": "邮箱格式不正确"})
    if problems:
        raise ValidationError(problems[0]["message"], details=problems)
    return Buyer(b.buyer_type, name, tax_no, email)


def backoff(attempts: int) -> float:
    return min(BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), BACKOFF_MAX_S)


def _totals(lines: list[dict[str, Any]]) -> dict[str, int]:
    net = sum(int(ln["net_fen"]) for ln in lines)
    tax = sum(int(ln["tax_fen"]) for ln in lines)
    return {"net_fen": net, "tax_fen": tax, "total_fen": net + tax}


async def load_order(actor: Actor, order_id: int, conn: BaseDBAsyncClient | None = None, *,
                     lock: bool = False) -> Order:
    """The order if this caller may see it: shoppers their own (else 404), staff their locations (else 403)."""
    qs = Order.filter(id=order_id)
    if conn is not None:
        qs = qs.using_db(conn)
        if lock and is_postgres(conn):
            qs = qs.select_for_update()
    order = await qs.first()
    if order is None or (not actor.is_staff and (actor.member_id is None or order.member_id != actor.member_id)):
        raise NotFound("订单不存在")
    if actor.is_staff:
        actor.require_location(order.location_id)
    return order


async def request_blue(actor: Actor, order_id: int, buyer: Buyer, *, request_key: str = "") -> tuple[EInvoice, bool]:
    """Ask for the order's blue invoice; (invoice, True) when this request made (or re-made) it. The platform is
    asked at once; unreachable, the invoice stays pending and the job sends it."""
    buyer = check_buyer(buyer)
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        order = await load_order(actor, order_id, conn, lock=True)
        existing = await EInvoice.filter(dedupe_key=f"blue:{order.id}").using_db(conn).first()
        if existing is not None and existing.status != InvoiceStatus.FAILED:
            if existing.request_key == request_key:
                return existing, False
            raise Conflict(f"该订单已申请开票（{INVOICE_STATUS_ZH[existing.status]}），不能重复开具",
                           code="invoice_exists")
        if order.status != OrderStatus.COMPLETED:
            raise InvalidState("订单完成后才能开具发票", code="order_not_completed")
        if provider.provider() is None:  # a setting, not an outage: the chain has not set up e-invoicing
            raise InvalidState(NOT_CONFIGURED, code="einvoice_not_configured")
        lines = await amounts.blue_lines(order, get_settings().einvoice_goods_code, conn)
        if not lines:
            raise InvalidState("该订单没有可开票的金额（已全额退款）", code="nothing_to_invoice")
        fields: dict[str, Any] = {
            "buyer_type": buyer.buyer_type, "buyer_name": buyer.name, "buyer_tax_no": buyer.tax_no,
            "buyer_email": buyer.email, "lines": lines, **_totals(lines), "request_key": request_key,
            "status": InvoiceStatus.PENDING, "error": "", "attempts": 0,
            "next_attempt_at": now + timedelta(seconds=LEASE_S),  # this request sends it (the job after the lease)
            "requested_by_id": actor.id, "member_id": None if actor.is_staff else actor.member_id}
        if existing is None:
            inv = await EInvoice.create(kind=InvoiceKind.BLUE, dedupe_key=f"blue:{order.id}",
                                        serial_no=f"CB{order.id:012d}", order_id=order.id, using_db=conn, **fields)
        else:  # the platform refused the last request: asked again with these details
            await EInvoice.filter(id=existing.id).using_db(conn).update(**fields)
            inv = existing
        after = {"order_no": order.order_no, "buyer_type": buyer.buyer_type.value, "buyer_name": buyer.name,
                 "buyer_tax_no": buyer.tax_no, "total_fen": fields["total_fen"]}
        await record_audit(actor.user, "einvoice.request", "einvoice", inv.id, after=after,
                           via="api" if actor.is_staff else "miniprogram", using_db=conn)
    await send_one(inv.id)
    return await EInvoice.get(id=inv.id), True


async def on_refund(order: Order, refund: Refund, conn: BaseDBAsyncClient) -> None:
    """orders.refunds.REFUND_HOOKS: a refund of an invoiced order queues its red invoice (sent once the refund
    succeeded). Nothing when the order has no blue invoice or nothing of the refund is on it any more."""
    blue = await EInvoice.filter(dedupe_key=f"blue:{order.id}").using_db(conn).first()
    if blue is None or blue.status == InvoiceStatus.FAILED:
        return
    earlier = await EInvoice.filter(original_id=blue.id).exclude(status=InvoiceStatus.FAILED).using_db(
        conn).values_list("lines", flat=True)
    lines = amounts.red_lines(blue.lines, [list(x) for x in earlier], refund)
    if not lines:
        return
    await EInvoice.create(
        kind=InvoiceKind.RED, dedupe_key=f"red:{refund.id}", serial_no=f"CR{refund.id:012d}", order_id=order.id,
        refund_id=refund.id, original_id=blue.id, buyer_type=blue.buyer_type, buyer_name=blue.buyer_name,
        buyer_tax_no=blue.buyer_tax_no, buyer_email=blue.buyer_email, lines=lines, **_totals(lines),
        next_attempt_at=datetime.now(UTC), using_db=conn)


# ---- sending ------------------------------------------------------------------------------------------------


def _lines(rows: list[dict[str, Any]]) -> list[Line]:
    return [Line(line_no=int(r["line_no"]), name=str(r["name"]), goods_code=str(r["goods_code"]), qty=int(r["qty"]),
                 unit=str(r["unit"]), tax_rate_bp=int(r["tax_rate_bp"]), net_fen=int(r["net_fen"]),
                 tax_fen=int(r["tax_fen"])) for r in rows]


async def _later(inv: EInvoice, seconds: float, why: str, outcome: str) -> str:
    await EInvoice.filter(id=inv.id, status=InvoiceStatus.PENDING).update(
        next_attempt_at=datetime.now(UTC) + timedelta(seconds=seconds), error=why[:255])
    return outcome


async def _fail(inv: EInvoice, why: str) -> str:
    await EInvoice.filter(id=inv.id, status=InvoiceStatus.PENDING).update(
        status=InvoiceStatus.FAILED, next_attempt_at=None, error=why[:255])
    log.warning("einvoice %s (%s) refused: %s", inv.id, inv.kind, why)
    return "failed"


async def _apply(inv: EInvoice, result: Result) -> str:
    confirm = {k: v for k, v in (("confirm_uuid", result.confirm_uuid), ("confirm_no", result.confirm_no),
                                 ("confirm_state", result.confirm_state)) if v}
    if result.state == "issued":
        await EInvoice.filter(id=inv.id, status=InvoiceStatus.PENDING).update(
            status=InvoiceStatus.ISSUED, invoice_no=result.invoice_no, pdf_url=result.pdf_url[:500],
            issued_at=result.issued_at or datetime.now(UTC), next_attempt_at=None, error="", **confirm)
        log.info("einvoice %s issued: %s", inv.id, result.invoice_no)
        return "issued"
    if result.state == "pending":
        await EInvoice.filter(id=inv.id, status=InvoiceStatus.PENDING).update(**confirm)
        return await _later(inv, POLL_S, result.message or "等待确认", "waiting")
    if result.state == "refused":
        if confirm:
            await EInvoice.filter(id=inv.id).update(**confirm)
        return await _fail(inv, f"{result.code}: {result.message}".strip(": "))
    attempts = inv.attempts + 1
    await EInvoice.filter(id=inv.id, status=InvoiceStatus.PENDING).update(attempts=attempts, **confirm)
    return await _later(inv, backoff(attempts), f"{result.code}: {result.message}".strip(": ") or "无应答", "retry")


async def _send_red(inv: EInvoice, p: provider.Provider) -> str:
    refund = await Refund.get(id=inv.refund_id)
    if refund.status != RefundStatus.SUCCEEDED:  # a failed refund may still be retried and succeed
        return await _later(inv, POLL_S, f"退款{'失败' if refund.status == RefundStatus.FAILED else '未到账'}，"
                                         "退款成功后开具红字发票", "waiting")
    blue = await EInvoice.get(id=inv.original_id)
    if blue.status == InvoiceStatus.FAILED:
        return await _fail(inv, "蓝字发票未开具，无需冲红")
    if blue.status != InvoiceStatus.ISSUED:
        return await _later(inv, 60.0, "等待蓝字发票开具", "waiting")
    if inv.confirm_uuid:
        return await _apply(inv, await p.red_status(inv.confirm_uuid))
    req = RedRequest(serial_no=inv.serial_no, original_invoice_no=blue.invoice_no,
                     original_issued_at=blue.issued_at or blue.created_at, original_net_fen=blue.net_fen,
                     original_tax_fen=blue.tax_fen, buyer_name=inv.buyer_name, buyer_tax_no=inv.buyer_tax_no,
                     lines=_lines(inv.lines), reason="02" if refund.rma_id else "04")
    return await _apply(inv, await p.issue_red(req))


async def send_one(invoice_id: int) -> str:
    """Send (or ask about) one claimed pending invoice; records the outcome on the row and returns its name."""
    inv = await EInvoice.get_or_none(id=invoice_id)
    if inv is None or inv.status != InvoiceStatus.PENDING:
        return "skipped"
    p = provider.provider()
    if p is None:
        return await _later(inv, BACKOFF_MAX_S, NOT_CONFIGURED, "not_configured")
    if inv.kind == InvoiceKind.RED:
        return await _send_red(inv, p)
    order = await Order.get(id=inv.order_id)
    req = BlueRequest(serial_no=inv.serial_no, buyer_name=inv.buyer_name, buyer_tax_no=inv.buyer_tax_no,
                      buyer_email=inv.buyer_email, lines=_lines(inv.lines), remark=f"订单号 {order.order_no}")
    return await _apply(inv, await p.issue_blue(req))


async def work_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> PassResult:
    """The "invoicing.send" job: send the due pending invoices (a few at a time)."""
    ids = await claim_due("einvoices", now=now or datetime.now(UTC), limit=limit, lease_s=LEASE_S)
    return await work_claimed(ids, send_one, concurrency=CONCURRENCY, what="einvoice")


async def retry(invoice_id: int, actor: Actor, buyer: Buyer | None = None) -> EInvoice:
    """Send an invoice the platform refused again (a blue one optionally with corrected buyer details)."""
    if buyer is not None:
        buyer = check_buyer(buyer)
    async with in_transaction() as conn:
        inv = await EInvoice.filter(id=invoice_id).using_db(conn).first()
        if inv is None:
            raise NotFound("发票不存在")
        actor.require_location((await Order.get(id=inv.order_id).using_db(conn)).location_id)
        if inv.status != InvoiceStatus.FAILED:
            raise InvalidState("只有开票失败的发票可以重试")
        changes: dict[str, Any] = {"status": InvoiceStatus.PENDING, "attempts": 0, "error": "",
                                   "next_attempt_at": datetime.now(UTC) + timedelta(seconds=LEASE_S)}
        if buyer is not None and inv.kind == InvoiceKind.BLUE:
            changes |= {"buyer_type": buyer.buyer_type, "buyer_name": buyer.name, "buyer_tax_no": buyer.tax_no,
                        "buyer_email": buyer.email}
        await EInvoice.filter(id=inv.id, status=InvoiceStatus.FAILED).using_db(conn).update(**changes)
        await record_audit(actor.user, "einvoice.retry", "einvoice", inv.id, using_db=conn,
                           before={"error": inv.error}, after={k: str(v) for k, v in changes.items()
                                                               if k.startswith("buyer")} or None)
    await send_one(inv.id)
    return await EInvoice.get(id=inv.id)


# ---- reading ------------------------------------------------------------------------------------------------


async def invoice_json(inv: EInvoice) -> dict[str, Any]:
    order_no = await Order.filter(id=inv.order_id).first().values_list("order_no", flat=True)
    refund_no = (await Refund.filter(id=inv.refund_id).first().values_list("refund_no", flat=True)
                 if inv.refund_id else None)
    original_no = (await EInvoice.filter(id=inv.original_id).first().values_list("invoice_no", flat=True)
                   if inv.original_id else None)
    return {
        "id": inv.id, "kind": inv.kind.value, "kind_label": INVOICE_KIND_ZH[inv.kind], "status": inv.status.value,
        "status_label": INVOICE_STATUS_ZH[inv.status], "order_id": inv.order_id, "order_no": order_no,
        "refund_no": refund_no, "original_invoice_no": original_no or None, "serial_no": inv.serial_no,
        "buyer_type": inv.buyer_type.value, "buyer_name": inv.buyer_name, "buyer_tax_no": inv.buyer_tax_no,
        "buyer_email": inv.buyer_email, "net_fen": inv.net_fen, "tax_fen": inv.tax_fen, "total_fen": inv.total_fen,
        "by_rate": amounts.by_rate(inv.lines), "lines": inv.lines, "invoice_no": inv.invoice_no or None,
        "issued_at": timestamps.iso(inv.issued_at), "pdf_url": inv.pdf_url or None,
        "confirm_state": inv.confirm_state or None, "error": inv.error or None,
        "created_at": timestamps.iso(inv.created_at),
    }


async def order_invoices(actor: Actor, order_id: int) -> dict[str, Any]:
    order = await load_order(actor, order_id)
    rows = await EInvoice.filter(order_id=order.id).order_by("id")
    return {"order_no": order.order_no, "items": [await invoice_json(i) for i in rows]}


async def get_invoice(actor: Actor, invoice_id: int) -> dict[str, Any]:
    inv = await EInvoice.get_or_none(id=invoice_id)
    if inv is None:
        raise NotFound("发票不存在")
    actor.require_location((await Order.get(id=inv.order_id)).location_id)
    return await invoice_json(inv)


async def listing(actor: Actor, *, status: str | None, kind: str | None, order_no: str | None, offset: int,
                  limit: int) -> dict[str, Any]:
    qs = EInvoice.all()
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    if order_no:
        qs = qs.filter(order__order_no=order_no)
    if actor.location_ids is not None:
        qs = qs.filter(order__location_id__in=list(actor.location_ids))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [await invoice_json(i) for i in rows], "total": total}
