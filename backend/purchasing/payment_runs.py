"""Payment runs (付款批次): pay matched supplier invoices and clear them from payables.

A finance user proposes a run: a pay date and either the invoices to pay or `due_by` (every matched, unpaid
invoice due by that date). Held invoices are never paid. The run waits for a second finance user: approving it
posts one entry (Dr 2202 per supplier, Cr 1002 the total) dated the pay date (refused in a closed month), marks
the invoices paid, and the payables ageing (FIFO per supplier) drops by what was paid. The proposer cannot
approve it. A pending run may be cancelled, freeing its invoices. Audited: finance.payment_run_{create,pay,cancel}.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance.periods import is_closed
from backend.finance.postings import post_supplier_payments
from backend.purchasing.models import InvoiceStatus, PaymentRun, PaymentRunStatus, Supplier, SupplierInvoice
from backend.timestamps import iso, utc_now

STATUS_ZH = {PaymentRunStatus.PENDING: "待审批", PaymentRunStatus.PAID: "已付款",
             PaymentRunStatus.CANCELLED: "已取消"}


async def propose(pay_date: dt.date, invoice_ids: Collection[int] | None = None, due_by: dt.date | None = None, *,
                  user: Any) -> PaymentRun:
    """A pending run paying the named matched invoices, or every matched one due by `due_by` (one of the two)."""
    if (invoice_ids is None) == (due_by is None):
        raise ValidationError("请选择要付款的发票，或填写到期日（due_by），二选一")
    if await is_closed(pay_date):
        raise Conflict(f"{pay_date:%Y-%m} 已结账，付款日期请选未结账月份", code="period_closed")
    async with in_transaction() as conn:
        qs = SupplierInvoice.filter(payment_run_id__isnull=True).using_db(conn)
        if invoice_ids is not None:
            invoices = await qs.filter(id__in=list(invoice_ids))
            found = {i.id: i for i in invoices}
            missing = sorted(set(invoice_ids) - set(found))
            if missing:
                raise ValidationError(f"发票不存在或已在其他付款批次中：{missing}")
            bad = [i.invoice_no for i in invoices if i.status != InvoiceStatus.MATCHED]
            if bad:
                raise InvalidState(f"只能支付已匹配的发票，以下发票不可付款：{'、'.join(bad)}", code="not_payable")
        else:
            invoices = await qs.filter(status=InvoiceStatus.MATCHED, due_date__lte=due_by)
        if not invoices:
            raise InvalidState("没有可付款的发票", code="nothing_to_pay")
        run = await PaymentRun.create(pay_date=pay_date, total_fen=sum(i.total_fen for i in invoices),
                                      created_by_id=user.id, using_db=conn)
        ids = [i.id for i in invoices]
        claimed = await SupplierInvoice.filter(id__in=ids, payment_run_id__isnull=True,
                                               status=InvoiceStatus.MATCHED).using_db(conn).update(payment_run_id=run.id)
        if claimed != len(ids):  # a concurrent run took some of them
            raise Conflict("部分发票已被其他付款批次选中，请重试", code="invoice_taken")
        await record_audit(user, "finance.payment_run_create", "payment_run", run.id, via="admin", using_db=conn,
                           after={"pay_date": pay_date.isoformat(), "invoices": ids, "total_fen": run.total_fen})
    return run


async def load(run_id: int) -> PaymentRun:
    run = await PaymentRun.get_or_none(id=run_id)
    if run is None:
        raise NotFound("付款批次不存在")
    return run


async def approve(run_id: int, *, user: Any) -> PaymentRun:
    run = await load(run_id)
    if run.created_by_id == user.id:
        raise Forbidden("不能审批自己发起的付款批次，请由另一位财务人员审批", code="self_approval")
    if run.status == PaymentRunStatus.PAID:
        return run
    if run.status != PaymentRunStatus.PENDING:
        raise InvalidState(f"该付款批次{STATUS_ZH[run.status]}")
    if await is_closed(run.pay_date):
        raise Conflict(f"{run.pay_date:%Y-%m} 已结账，请取消后按新日期重新发起", code="period_closed")
    async with in_transaction() as conn:
        claimed = await PaymentRun.filter(id=run.id, status=PaymentRunStatus.PENDING).using_db(conn).update(
            status=PaymentRunStatus.PAID, approved_by_id=user.id, approved_at=utc_now())
        if not claimed:  # a concurrent approval or cancel won
            return await PaymentRun.get(id=run.id).using_db(conn)
        invoices = await SupplierInvoice.filter(payment_run_id=run.id).using_db(conn)
        names = dict(await Supplier.filter(id__in=[i.supplier_id for i in invoices]).using_db(conn)
                     .values_list("id", "name"))
        per_supplier: dict[str, int] = defaultdict(int)
        for inv in invoices:
            per_supplier[names[inv.supplier_id]] += inv.total_fen
        entry = await post_supplier_payments(run_id=run.id, per_supplier=dict(per_supplier), conn=conn,
                                             user_id=user.id, date=run.pay_date)
        await SupplierInvoice.filter(payment_run_id=run.id).using_db(conn).update(status=InvoiceStatus.PAID)
        await record_audit(user, "finance.payment_run_pay", "payment_run", run.id, via="admin", using_db=conn,
                           after={"total_fen": run.total_fen, "entry_no": entry.entry_no if entry else None,
                                  "suppliers": dict(per_supplier)})
        return await PaymentRun.get(id=run.id).using_db(conn)


async def cancel(run_id: int, *, user: Any) -> PaymentRun:
    async with in_transaction() as conn:
        claimed = await PaymentRun.filter(id=run_id, status=PaymentRunStatus.PENDING).using_db(conn).update(
            status=PaymentRunStatus.CANCELLED)
        if not claimed:
            run = await load(run_id)
            raise InvalidState(f"该付款批次{STATUS_ZH[run.status]}，不能取消")
        await SupplierInvoice.filter(payment_run_id=run_id).using_db(conn).update(payment_run_id=None)
        await record_audit(user, "finance.payment_run_cancel", "payment_run", run_id, via="admin", using_db=conn)
        return await PaymentRun.get(id=run_id).using_db(conn)


async def run_json(run: PaymentRun) -> dict[str, Any]:
    invoices = await SupplierInvoice.filter(payment_run_id=run.id).order_by("id")
    return {"id": run.id, "pay_date": run.pay_date.isoformat(), "total_fen": run.total_fen,
            "status": run.status.value, "status_name": STATUS_ZH[run.status],
            "invoices": [{"id": i.id, "invoice_no": i.invoice_no, "total_fen": i.total_fen} for i in invoices],
            "created_by_id": run.created_by_id, "approved_by_id": run.approved_by_id,
            "approved_at": iso(run.approved_at), "created_at": iso(run.created_at)}


async def list_runs(status: str | None, offset: int, limit: int) -> dict[str, Any]:
    """Runs newest first (the console's list: pending ones wait for a second finance user)."""
    qs = PaymentRun.all()
    if status:
        try:
            qs = qs.filter(status=PaymentRunStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    total = await qs.count()
    return {"items": [await run_json(r) for r in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": total}
