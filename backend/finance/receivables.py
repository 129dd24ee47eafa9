"""Customer receivables (应收账款): customers buying on account, their invoices, receipts applied to them and
bad debts written off with a second finance user's approval.

- An invoice (应收单) is a sale on account: Dr 1122 (partner = the customer's name) / Cr the revenue account (net)
  and output VAT, dated its invoice date. Refused in a closed month and beyond the customer's credit limit.
- A receipt posts the money it brings in full: Dr the bank or cash account / Cr 1122. Its allocations apply it
  to the customer's open invoices (given, or oldest due first when none are given); an allocation above what an
  invoice still owes is refused, and what is not applied stays on the receipt as unapplied cash (the ledger
  shows it as the customer's credit; the ageing lists it as unapplied) until it is applied to a later invoice.
- A write-off is drafted by one finance user and posted by another (maker-checker): Dr 6702 信用减值损失 /
  Cr 1122, dated its date (refused in a closed month).
Platform receivables (partner = the platform) are booked by the order payments and cleared by settlement
posting (backend.channels.settlement); the receivables ageing (GET /finance/receivables) shows both.
Audited: finance.ar_{customer_create,invoice_create,receipt_create,receipt_apply,write_off_create,
write_off_approve,write_off_reject}.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance import accounts
from backend.finance.chart import require_postable
from backend.finance.models import (
    AccountType,
    ArAllocation,
    ArCustomer,
    ArInvoice,
    ArInvoiceStatus,
    ArReceipt,
    ArWriteOff,
    ArWriteOffStatus,
)
from backend.finance.money_accounts import require_money_account
from backend.finance.periods import is_closed
from backend.finance.postings import post_bad_debt, post_customer_invoice, post_customer_receipt, split_vat
from backend.money import fen_to_yuan
from backend.org.models import Location
from backend.raw_sql import execute
from backend.timestamps import business_today, iso, utc_now

WRITE_OFF_ZH = {ArWriteOffStatus.PENDING: "待审批", ArWriteOffStatus.POSTED: "已核销", ArWriteOffStatus.REJECTED: "已驳回"}
INVOICE_ZH = {ArInvoiceStatus.OPEN: "未结清", ArInvoiceStatus.SETTLED: "已结清"}


@dataclass(frozen=True)
class CustomerData:
    code: str
    name: str
    payment_terms_days: int = 30
    credit_limit_fen: int = 0
    contact: str = ""


@dataclass(frozen=True)
class InvoiceData:
    customer_code: str
    invoice_no: str
    date: dt.date
    total_fen: int  # VAT included
    tax_rate_bp: int = 1300
    revenue_account: str = accounts.SALES
    location_code: str | None = None
    due_date: dt.date | None = None
    memo: str = ""


@dataclass(frozen=True)
class Allocation:
    invoice_no: str
    amount_fen: int


@dataclass(frozen=True)
class ReceiptData:
    customer_code: str
    receipt_no: str
    date: dt.date
    amount_fen: int
    account_code: str = accounts.BANK
    reference: str = ""
    allocations: list[Allocation] | None = None  # None: oldest due first


# ---- customers ------------------------------------------------------------------------------------------------


async def create_customer(data: CustomerData, *, user: Any) -> ArCustomer:
    code, name = data.code.strip(), data.name.strip()
    if not code or not name:
        raise ValidationError("客户编码和名称不能为空")
    async with in_transaction() as conn:
        try:
            c = await ArCustomer.create(code=code, name=name, payment_terms_days=data.payment_terms_days,
                                        credit_limit_fen=data.credit_limit_fen, contact=data.contact.strip(),
                                        created_by_id=user.id, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"客户编码 {code} 或名称 {name} 已存在", code="duplicate_customer") from exc
        await record_audit(user, "finance.ar_customer_create", "ar_customer", c.id, via="admin", using_db=conn,
                           after={"code": code, "name": name, "payment_terms_days": data.payment_terms_days,
                                  "credit_limit_fen": data.credit_limit_fen})
    return c


async def get_customer(code: str, conn: BaseDBAsyncClient | None = None) -> ArCustomer:
    c = await ArCustomer.get_or_none(code=code.strip()).using_db(conn)
    if c is None:
        raise NotFound(f"客户 {code} 不存在")
    return c


def open_fen(inv: ArInvoice) -> int:
    return inv.total_fen - inv.received_fen - inv.written_off_fen


async def _pending_write_offs(invoice_id: int, conn: BaseDBAsyncClient) -> int:
    rows = await ArWriteOff.filter(invoice_id=invoice_id, status=ArWriteOffStatus.PENDING).using_db(conn) \
        .values_list("amount_fen", flat=True)
    return sum(int(x) for x in rows)


async def customer_open_fen(customer_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    invs = await ArInvoice.filter(customer_id=customer_id, status=ArInvoiceStatus.OPEN).using_db(conn)
    return sum(open_fen(i) for i in invs)


async def customer_unapplied_fen(customer_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    rows = await ArReceipt.filter(customer_id=customer_id).using_db(conn).values_list("amount_fen", "applied_fen")
    return sum(int(a) - int(b) for a, b in rows)


# ---- invoices -------------------------------------------------------------------------------------------------


async def _revenue_account(code: str, conn: BaseDBAsyncClient) -> str:
    found = await require_postable({code}, conn)
    if AccountType(found[code].type) != AccountType.REVENUE:
        raise ValidationError(f"科目 {code} 不是收入类科目", code="not_revenue_account")
    return code


async def create_invoice(data: InvoiceData, *, user: Any) -> ArInvoice:
    if data.total_fen <= 0:
        raise ValidationError("应收金额必须大于 0")
    if await is_closed(data.date):
        raise Conflict(f"{data.date:%Y-%m} 已结账，应收单日期请选未结账月份", code="period_closed")
    async with in_transaction() as conn:
        customer = await get_customer(data.customer_code, conn)
        revenue = await _revenue_account(data.revenue_account.strip(), conn)
        location_id = None
        if data.location_code:
            loc = await Location.get_or_none(code=data.location_code.strip()).using_db(conn)
            if loc is None:
                raise ValidationError(f"门店 {data.location_code} 不存在")
            location_id = loc.id
        if customer.credit_limit_fen:
            owed = await customer_open_fen(customer.id, conn) - await customer_unapplied_fen(customer.id, conn)
            if owed + data.total_fen > customer.credit_limit_fen:
                raise InvalidState(f"超出客户信用额度：已欠 {fen_to_yuan(owed)} 元，本单 {fen_to_yuan(data.total_fen)} 元，"
                                   f"额度 {fen_to_yuan(customer.credit_limit_fen)} 元", code="credit_limit_exceeded")
        net, vat = split_vat(data.total_fen, data.tax_rate_bp)
        due = data.due_date or data.date + dt.timedelta(days=customer.payment_terms_days)
        if due < data.date:
            raise ValidationError("到期日不能早于开单日期")
        try:
            inv = await ArInvoice.create(
                invoice_no=data.invoice_no.strip(), customer_id=customer.id, location_id=location_id, date=data.date,
                due_date=due, revenue_account=revenue, tax_rate_bp=data.tax_rate_bp, net_fen=net, vat_fen=vat,
                total_fen=data.total_fen, memo=data.memo.strip()[:255], created_by_id=user.id, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"应收单号 {data.invoice_no} 已存在", code="duplicate_invoice") from exc
        entry = await post_customer_invoice(
            invoice_id=inv.id, invoice_no=inv.invoice_no, customer=customer.name, revenue_account=revenue,
            net_fen=net, vat_fen=vat, location_id=location_id, date=data.date, conn=conn, user_id=user.id)
        await ArInvoice.filter(id=inv.id).using_db(conn).update(entry_id=entry.id if entry else None)
        await record_audit(user, "finance.ar_invoice_create", "ar_invoice", inv.id, via="admin", using_db=conn,
                           after={"invoice_no": inv.invoice_no, "customer": customer.code, "total_fen": data.total_fen,
                                  "net_fen": net, "vat_fen": vat, "due_date": due.isoformat(),
                                  "entry_no": entry.entry_no if entry else None})
        return await ArInvoice.get(id=inv.id).using_db(conn)


async def load_invoice(invoice_id: int, conn: BaseDBAsyncClient | None = None) -> ArInvoice:
    inv = await ArInvoice.get_or_none(id=invoice_id).using_db(conn)
    if inv is None:
        raise NotFound("应收单不存在")
    return inv


async def _take(conn: BaseDBAsyncClient, invoice_id: int, amount: int, column: str) -> bool:
    """Add `amount` to the invoice's received_fen or written_off_fen if it still owes that much (a guarded
    update, so two receipts never over-apply one invoice); settle it when nothing is left."""
    assert column in ("received_fen", "written_off_fen")
    n = await execute(
        conn, f"UPDATE ar_invoices SET {column} = {column} + $1 WHERE id = $2 AND status = $3 "
              "AND total_fen - received_fen - written_off_fen >= $1", [amount, invoice_id, ArInvoiceStatus.OPEN.value])
    if n:
        await execute(conn, "UPDATE ar_invoices SET status = $1 WHERE id = $2 "
                            "AND total_fen - received_fen - written_off_fen = 0",
                      [ArInvoiceStatus.SETTLED.value, invoice_id])
    return bool(n)


# ---- receipts -------------------------------------------------------------------------------------------------


async def _allocate(receipt: ArReceipt, customer: ArCustomer, allocations: list[Allocation] | None, *, user: Any,
                    conn: BaseDBAsyncClient) -> list[dict[str, Any]]:
    """Apply the receipt's unapplied money to invoices of its customer; answers what was applied."""
    available = receipt.amount_fen - receipt.applied_fen
    plan: list[tuple[ArInvoice, int]] = []
    if allocations is None:
        for inv in await ArInvoice.filter(customer_id=customer.id, status=ArInvoiceStatus.OPEN).using_db(conn) \
                .order_by("due_date", "id"):
            room = open_fen(inv) - await _pending_write_offs(inv.id, conn)
            take = min(room, available - sum(a for _, a in plan))
            if take > 0:
                plan.append((inv, take))
    else:
        seen: set[str] = set()
        for a in allocations:
            if a.amount_fen <= 0:
                raise ValidationError("核销金额必须大于 0")
            if a.invoice_no in seen:
                raise ValidationError(f"应收单 {a.invoice_no} 重复")
            seen.add(a.invoice_no)
            inv = await ArInvoice.get_or_none(invoice_no=a.invoice_no.strip()).using_db(conn)
            if inv is None or inv.customer_id != customer.id:
                raise ValidationError(f"应收单 {a.invoice_no} 不存在或不属于客户 {customer.name}")
            room = open_fen(inv) - await _pending_write_offs(inv.id, conn)
            if a.amount_fen > room:
                raise InvalidState(f"应收单 {inv.invoice_no} 尚欠 {fen_to_yuan(max(room, 0))} 元，不能核销 "
                                   f"{fen_to_yuan(a.amount_fen)} 元", code="over_applied")
            plan.append((inv, a.amount_fen))
        total = sum(a for _, a in plan)
        if total > available:
            raise InvalidState(f"核销合计 {fen_to_yuan(total)} 元超过收款未核销余额 {fen_to_yuan(available)} 元",
                               code="over_applied")
    applied: list[dict[str, Any]] = []
    for inv, amount in plan:
        if not await _take(conn, inv.id, amount, "received_fen"):
            raise Conflict(f"应收单 {inv.invoice_no} 已被其他收款核销，请重试", code="invoice_changed")
        await ArAllocation.create(receipt_id=receipt.id, invoice_id=inv.id, amount_fen=amount, created_by_id=user.id,
                                  using_db=conn)
        applied.append({"invoice_no": inv.invoice_no, "amount_fen": amount})
    total = sum(a["amount_fen"] for a in applied)
    if total:
        n = await execute(conn, "UPDATE ar_receipts SET applied_fen = applied_fen + $1 WHERE id = $2 "
                                "AND amount_fen - applied_fen >= $1", [total, receipt.id])
        if not n:
            raise Conflict("收款已被同时核销，请重试", code="receipt_changed")
    return applied


async def create_receipt(data: ReceiptData, *, user: Any) -> ArReceipt:
    if data.amount_fen <= 0:
        raise ValidationError("收款金额必须大于 0")
    if await is_closed(data.date):
        raise Conflict(f"{data.date:%Y-%m} 已结账，收款日期请选未结账月份", code="period_closed")
    async with in_transaction() as conn:
        customer = await get_customer(data.customer_code, conn)
        money = await require_money_account(data.account_code, conn)
        try:
            receipt = await ArReceipt.create(
                receipt_no=data.receipt_no.strip(), customer_id=customer.id, date=data.date, amount_fen=data.amount_fen,
                account_code=money.code, reference=data.reference.strip()[:64], created_by_id=user.id, using_db=conn)
        except IntegrityError as exc:
            raise Conflict(f"收款单号 {data.receipt_no} 已存在", code="duplicate_receipt") from exc
        entry = await post_customer_receipt(
            receipt_id=receipt.id, receipt_no=receipt.receipt_no, customer=customer.name, money_account=money.code,
            amount_fen=data.amount_fen, reference=receipt.reference, date=data.date, conn=conn, user_id=user.id)
        await ArReceipt.filter(id=receipt.id).using_db(conn).update(entry_id=entry.id if entry else None)
        applied = await _allocate(receipt, customer, data.allocations, user=user, conn=conn)
        await record_audit(user, "finance.ar_receipt_create", "ar_receipt", receipt.id, via="admin", using_db=conn,
                           after={"receipt_no": receipt.receipt_no, "customer": customer.code,
                                  "amount_fen": data.amount_fen, "account": money.code, "applied": applied,
                                  "entry_no": entry.entry_no if entry else None})
        return await ArReceipt.get(id=receipt.id).using_db(conn)


async def apply_receipt(receipt_id: int, allocations: list[Allocation] | None, *, user: Any) -> ArReceipt:
    """Apply a receipt's unapplied cash to open invoices of its customer (nothing is posted: the receipt
    already credited the customer's receivable)."""
    async with in_transaction() as conn:
        receipt = await load_receipt(receipt_id, conn)
        if receipt.applied_fen >= receipt.amount_fen:
            raise InvalidState("该收款已全部核销", code="nothing_unapplied")
        customer = await ArCustomer.get(id=receipt.customer_id).using_db(conn)
        applied = await _allocate(receipt, customer, allocations, user=user, conn=conn)
        if not applied:
            raise InvalidState("客户没有未结清的应收单", code="nothing_to_apply")
        await record_audit(user, "finance.ar_receipt_apply", "ar_receipt", receipt.id, via="admin", using_db=conn,
                           after={"applied": applied})
        return await ArReceipt.get(id=receipt.id).using_db(conn)


async def load_receipt(receipt_id: int, conn: BaseDBAsyncClient | None = None) -> ArReceipt:
    r = await ArReceipt.get_or_none(id=receipt_id).using_db(conn)
    if r is None:
        raise NotFound("收款单不存在")
    return r


# ---- write-offs -----------------------------------------------------------------------------------------------


async def request_write_off(invoice_id: int, amount_fen: int, reason: str, date: dt.date | None, *,
                            user: Any) -> ArWriteOff:
    day = date or business_today()
    if amount_fen <= 0:
        raise ValidationError("核销金额必须大于 0")
    if not reason.strip():
        raise ValidationError("请填写坏账核销原因")
    if await is_closed(day):
        raise Conflict(f"{day:%Y-%m} 已结账，核销日期请选未结账月份", code="period_closed")
    async with in_transaction() as conn:
        inv = await load_invoice(invoice_id, conn)
        room = open_fen(inv) - await _pending_write_offs(inv.id, conn)
        if inv.status != ArInvoiceStatus.OPEN or amount_fen > room:
            raise InvalidState(f"应收单 {inv.invoice_no} 可核销余额 {fen_to_yuan(max(room, 0))} 元，不能核销 "
                               f"{fen_to_yuan(amount_fen)} 元", code="over_applied")
        wo = await ArWriteOff.create(invoice_id=inv.id, amount_fen=amount_fen, date=day, reason=reason.strip()[:255],
                                     created_by_id=user.id, using_db=conn)
        await record_audit(user, "finance.ar_write_off_create", "ar_write_off", wo.id, via="admin", using_db=conn,
                           after={"invoice_no": inv.invoice_no, "amount_fen": amount_fen, "date": day.isoformat(),
                                  "reason": wo.reason})
    return wo


async def load_write_off(write_off_id: int, conn: BaseDBAsyncClient | None = None) -> ArWriteOff:
    wo = await ArWriteOff.get_or_none(id=write_off_id).using_db(conn)
    if wo is None:
        raise NotFound("坏账核销申请不存在")
    return wo


async def approve_write_off(write_off_id: int, *, user: Any) -> ArWriteOff:
    wo = await load_write_off(write_off_id)
    if wo.created_by_id == user.id:
        raise Forbidden("不能审批自己提交的坏账核销，请由另一位财务人员审批", code="self_approval")
    if wo.status != ArWriteOffStatus.PENDING:
        raise InvalidState(f"该坏账核销{WRITE_OFF_ZH[wo.status]}")
    if await is_closed(wo.date):
        raise Conflict(f"{wo.date:%Y-%m} 已结账，请驳回后按新日期重新提交", code="period_closed")
    async with in_transaction() as conn:
        claimed = await ArWriteOff.filter(id=wo.id, status=ArWriteOffStatus.PENDING).using_db(conn).update(
            status=ArWriteOffStatus.POSTED, decided_by_id=user.id, decided_at=utc_now())
        if not claimed:
            raise InvalidState("该坏账核销已被处理")
        inv = await load_invoice(wo.invoice_id, conn)
        if not await _take(conn, inv.id, wo.amount_fen, "written_off_fen"):
            raise InvalidState(f"应收单 {inv.invoice_no} 余额已不足核销 {fen_to_yuan(wo.amount_fen)} 元",
                               code="over_applied")
        customer = await ArCustomer.get(id=inv.customer_id).using_db(conn)
        entry = await post_bad_debt(write_off_id=wo.id, invoice_no=inv.invoice_no, customer=customer.name,
                                    amount_fen=wo.amount_fen, date=wo.date, conn=conn, user_id=user.id)
        await ArWriteOff.filter(id=wo.id).using_db(conn).update(entry_id=entry.id if entry else None)
        await record_audit(user, "finance.ar_write_off_approve", "ar_write_off", wo.id, via="admin", using_db=conn,
                           after={"invoice_no": inv.invoice_no, "amount_fen": wo.amount_fen,
                                  "entry_no": entry.entry_no if entry else None})
        return await load_write_off(wo.id, conn)


async def reject_write_off(write_off_id: int, reason: str, *, user: Any) -> ArWriteOff:
    async with in_transaction() as conn:
        wo = await load_write_off(write_off_id, conn)
        if wo.created_by_id == user.id:
            raise Forbidden("不能审批自己提交的坏账核销，请由另一位财务人员审批", code="self_approval")
        claimed = await ArWriteOff.filter(id=wo.id, status=ArWriteOffStatus.PENDING).using_db(conn).update(
            status=ArWriteOffStatus.REJECTED, decided_by_id=user.id, decided_at=utc_now(),
            reject_reason=reason.strip()[:255])
        if not claimed:
            raise InvalidState(f"该坏账核销{WRITE_OFF_ZH[wo.status]}")
        await record_audit(user, "finance.ar_write_off_reject", "ar_write_off", wo.id, via="admin", using_db=conn,
                           after={"reason": reason})
        return await load_write_off(wo.id, conn)


# ---- answers --------------------------------------------------------------------------------------------------


async def customer_json(c: ArCustomer) -> dict[str, Any]:
    return {"id": c.id, "code": c.code, "name": c.name, "payment_terms_days": c.payment_terms_days,
            "credit_limit_fen": c.credit_limit_fen, "contact": c.contact,
            "open_fen": await customer_open_fen(c.id), "unapplied_fen": await customer_unapplied_fen(c.id)}


async def invoice_json(inv: ArInvoice) -> dict[str, Any]:
    customer = await ArCustomer.get(id=inv.customer_id)
    allocations = await ArAllocation.filter(invoice_id=inv.id).order_by("id").select_related("receipt")
    write_offs = await ArWriteOff.filter(invoice_id=inv.id).order_by("id")
    return {"id": inv.id, "invoice_no": inv.invoice_no, "customer_code": customer.code, "customer_name": customer.name,
            "date": inv.date.isoformat(), "due_date": inv.due_date.isoformat(), "revenue_account": inv.revenue_account,
            "tax_rate_bp": inv.tax_rate_bp, "net_fen": inv.net_fen, "vat_fen": inv.vat_fen, "total_fen": inv.total_fen,
            "received_fen": inv.received_fen, "written_off_fen": inv.written_off_fen, "open_fen": open_fen(inv),
            "status": inv.status.value, "status_name": INVOICE_ZH[inv.status], "memo": inv.memo,
            "receipts": [{"receipt_no": a.receipt.receipt_no, "amount_fen": a.amount_fen} for a in allocations],
            "write_offs": [await write_off_json(w, inv) for w in write_offs], "created_at": iso(inv.created_at)}


async def receipt_json(r: ArReceipt) -> dict[str, Any]:
    customer = await ArCustomer.get(id=r.customer_id)
    allocations = await ArAllocation.filter(receipt_id=r.id).order_by("id").select_related("invoice")
    return {"id": r.id, "receipt_no": r.receipt_no, "customer_code": customer.code, "customer_name": customer.name,
            "date": r.date.isoformat(), "amount_fen": r.amount_fen, "applied_fen": r.applied_fen,
            "unapplied_fen": r.amount_fen - r.applied_fen, "account_code": r.account_code, "reference": r.reference,
            "allocations": [{"invoice_no": a.invoice.invoice_no, "amount_fen": a.amount_fen} for a in allocations],
            "created_at": iso(r.created_at)}


async def write_off_json(wo: ArWriteOff, inv: ArInvoice | None = None) -> dict[str, Any]:
    inv = inv or await ArInvoice.get(id=wo.invoice_id)
    return {"id": wo.id, "invoice_id": inv.id, "invoice_no": inv.invoice_no, "amount_fen": wo.amount_fen,
            "date": wo.date.isoformat(), "reason": wo.reason, "status": wo.status.value,
            "status_name": WRITE_OFF_ZH[wo.status], "created_by_id": wo.created_by_id,
            "decided_by_id": wo.decided_by_id, "reject_reason": wo.reject_reason, "decided_at": iso(wo.decided_at)}


async def list_customers(offset: int, limit: int) -> dict[str, Any]:
    qs = ArCustomer.all()
    return {"items": [await customer_json(c) for c in await qs.order_by("code").offset(offset).limit(limit)],
            "total": await qs.count()}


async def list_invoices(status: str | None, customer_code: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = ArInvoice.all()
    if status:
        try:
            qs = qs.filter(status=ArInvoiceStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    if customer_code:
        qs = qs.filter(customer_id=(await get_customer(customer_code)).id)
    return {"items": [await invoice_json(i) for i in await qs.order_by("due_date", "id").offset(offset).limit(limit)],
            "total": await qs.count()}


async def list_receipts(customer_code: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = ArReceipt.all()
    if customer_code:
        qs = qs.filter(customer_id=(await get_customer(customer_code)).id)
    return {"items": [await receipt_json(r) for r in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": await qs.count()}


async def list_write_offs(status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = ArWriteOff.all()
    if status:
        try:
            qs = qs.filter(status=ArWriteOffStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    return {"items": [await write_off_json(w) for w in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": await qs.count()}
