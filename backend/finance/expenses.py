"""Operating expenses (费用报销/费用登记): rent, wages, utilities and whatever sub-accounts finance adds.

A finance user keys an expense for a store: an active expense account without sub-accounts, an amount in fen, a
date in an open month, how it was paid (bank, cash, or accrued: wages payable) and the payee. Receipts are
attached (PDF, JPEG, PNG up to 5 MiB, checked by their first bytes). A second finance user approves it — only
with at least one attachment — and it posts: Dr the expense account (location = the store) / Cr 1002, 1001 or
2211. The maker cannot approve their own; a rejection keeps it out of the books. Audited:
finance.expense_{create,attach,post,reject}.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance import accounts
from backend.finance.chart import require_postable
from backend.finance.ledger import Line, post_entry
from backend.finance.models import AccountType, Expense, ExpenseAttachment, ExpenseStatus
from backend.finance.periods import is_closed
from backend.org.models import Location
from backend.timestamps import iso, utc_now

MAX_FEN = 10**11  # ¥1 billion
MAX_ATTACHMENT = 5 * 1024 * 1024
MAX_ATTACHMENTS = 10
PAY_ACCOUNTS = {"bank": accounts.BANK, "cash": accounts.CASH, "accrued": accounts.WAGES_PAYABLE}
_MAGIC = {b"%PDF-": "application/pdf", b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
STATUS_ZH = {ExpenseStatus.PENDING: "待审批", ExpenseStatus.POSTED: "已入账", ExpenseStatus.REJECTED: "已驳回"}


@dataclass(frozen=True)
class NewExpense:
    location_code: str
    account: str
    date: dt.date
    amount_fen: int
    pay_method: str  # bank, cash or accrued
    payee: str = ""
    memo: str = ""


async def _check_account(code: str) -> None:
    acc = (await require_postable({code}))[code]
    if AccountType(acc.type) != AccountType.EXPENSE:
        raise ValidationError(f"科目 {code} {acc.name} 不是费用类科目", code="not_expense_account")


async def create(new: NewExpense, *, user: Any) -> Expense:
    loc = await Location.get_or_none(code=new.location_code)
    if loc is None:
        raise NotFound(f"门店 {new.location_code} 不存在")
    await _check_account(new.account)
    if await is_closed(new.date):
        raise Conflict(f"{new.date:%Y-%m} 已结账，费用请记在未结账月份", code="period_closed")
    async with in_transaction() as conn:
        exp = await Expense.create(location_id=loc.id, account_code=new.account, date=new.date,
                                   amount_fen=new.amount_fen, pay_method=new.pay_method, payee=new.payee,
                                   memo=new.memo, created_by_id=user.id, using_db=conn)
        await record_audit(user, "finance.expense_create", "expense", exp.id, via="admin", using_db=conn,
                           after={"location": loc.code, "account": new.account, "amount_fen": new.amount_fen,
                                  "date": new.date.isoformat(), "pay_method": new.pay_method})
    return exp


async def load(expense_id: int) -> Expense:
    exp = await Expense.get_or_none(id=expense_id)
    if exp is None:
        raise NotFound("费用单不存在")
    return exp


async def attach(expense_id: int, filename: str, data: bytes, *, user: Any) -> ExpenseAttachment:
    exp = await load(expense_id)
    if exp.status != ExpenseStatus.PENDING:
        raise InvalidState(f"该费用单{STATUS_ZH[exp.status]}，不能再添加附件")
    if not data:
        raise ValidationError("请上传附件文件")
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError("附件不能超过 5 MB")
    content_type = next((t for magic, t in _MAGIC.items() if data.startswith(magic)), None)
    if content_type is None:
        raise ValidationError("附件只能是 PDF、JPG 或 PNG 文件")
    async with in_transaction() as conn:
        if await ExpenseAttachment.filter(expense_id=exp.id).using_db(conn).count() >= MAX_ATTACHMENTS:
            raise InvalidState(f"每张费用单最多 {MAX_ATTACHMENTS} 个附件")
        digest = hashlib.sha256(data).hexdigest()
        att = await ExpenseAttachment.create(expense_id=exp.id, filename=(filename or "attachment")[:255],
                                             content_type=content_type, size=len(data), sha256=digest, data=data,
                                             uploaded_by_id=user.id, using_db=conn)
        await record_audit(user, "finance.expense_attach", "expense", exp.id, via="admin", using_db=conn,
                           after={"attachment_id": att.id, "filename": att.filename, "sha256": digest})
    return att


async def attachment(expense_id: int, attachment_id: int) -> ExpenseAttachment:
    att = await ExpenseAttachment.get_or_none(id=attachment_id, expense_id=expense_id)
    if att is None:
        raise NotFound("附件不存在")
    return att


async def approve(expense_id: int, *, user: Any) -> Expense:
    exp = await load(expense_id)
    if exp.created_by_id == user.id:
        raise Forbidden("不能审批自己录入的费用，请由另一位财务人员审批", code="self_approval")
    if exp.status == ExpenseStatus.POSTED:
        return exp
    if exp.status != ExpenseStatus.PENDING:
        raise InvalidState(f"该费用单{STATUS_ZH[exp.status]}")
    if not await ExpenseAttachment.filter(expense_id=exp.id).exists():
        raise InvalidState("请先上传发票或收据附件再审批", code="attachment_required")
    await _check_account(exp.account_code)
    if await is_closed(exp.date):
        raise Conflict(f"{exp.date:%Y-%m} 已结账，该费用不能入账，请驳回后改记到未结账月份", code="period_closed")
    async with in_transaction() as conn:
        claimed = await Expense.filter(id=exp.id, status=ExpenseStatus.PENDING).using_db(conn).update(
            status=ExpenseStatus.POSTED, decided_by_id=user.id, decided_at=utc_now())
        if not claimed:  # a concurrent approval or rejection won
            return await Expense.get(id=exp.id).using_db(conn)
        entry = await post_entry(
            date=exp.date, memo=f"费用 #{exp.id} {exp.payee} {exp.memo}".strip(), source_type="expense",
            source_id=str(exp.id), conn=conn, user_id=user.id,
            lines=[Line(exp.account_code, debit_fen=exp.amount_fen, location_id=exp.location_id, memo=exp.memo),
                   Line(PAY_ACCOUNTS[exp.pay_method], credit_fen=exp.amount_fen, location_id=exp.location_id,
                        partner=exp.payee[:64] or None)])
        assert entry is not None
        await Expense.filter(id=exp.id).using_db(conn).update(entry_id=entry.id)
        await record_audit(user, "finance.expense_post", "expense", exp.id, via="admin", using_db=conn,
                           after={"entry_no": entry.entry_no, "amount_fen": exp.amount_fen,
                                  "maker_id": exp.created_by_id})
        return await Expense.get(id=exp.id).using_db(conn)


async def reject(expense_id: int, reason: str, *, user: Any) -> Expense:
    async with in_transaction() as conn:
        claimed = await Expense.filter(id=expense_id, status=ExpenseStatus.PENDING).using_db(conn).update(
            status=ExpenseStatus.REJECTED, decided_by_id=user.id, decided_at=utc_now(),
            reject_reason=reason[:255])
        if not claimed:
            exp = await load(expense_id)
            raise InvalidState(f"该费用单{STATUS_ZH[exp.status]}")
        await record_audit(user, "finance.expense_reject", "expense", expense_id, via="admin", using_db=conn,
                           after={"reason": reason})
        return await Expense.get(id=expense_id).using_db(conn)


async def expense_json(exp: Expense) -> dict[str, Any]:
    loc = await Location.get(id=exp.location_id)
    atts = await ExpenseAttachment.filter(expense_id=exp.id).order_by("id").values(
        "id", "filename", "content_type", "size", "sha256")
    return {"id": exp.id, "location_code": loc.code, "location_name": loc.name, "account": exp.account_code,
            "date": exp.date.isoformat(), "amount_fen": exp.amount_fen, "pay_method": exp.pay_method,
            "payee": exp.payee, "memo": exp.memo, "status": exp.status.value, "status_name": STATUS_ZH[exp.status],
            "attachments": list(atts), "created_by_id": exp.created_by_id, "decided_by_id": exp.decided_by_id,
            "decided_at": iso(exp.decided_at), "reject_reason": exp.reject_reason, "entry_id": exp.entry_id,
            "created_at": iso(exp.created_at)}


async def list_expenses(status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = Expense.all()
    if status:
        try:
            qs = qs.filter(status=ExpenseStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    total = await qs.count()
    return {"items": [await expense_json(e) for e in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": total}
