"""Manual adjusting entries (手工凭证): the way to correct the books, above all after a month is closed (closed
months never reopen, backend.finance.periods).

A finance user (or HQ) drafts an entry: a date, a memo and at least two lines (account code, debit or credit in
fen, a line memo). The draft is refused (400) when a line is both or neither debit and credit, when debits and
credits differ, or when an account code is not in the chart; (409 period_closed) when its date is in a closed
month. It then waits (status pending) for a second finance user: approve posts it through post_entry (source
"manual_entry", id: once, however often approve is called), reject keeps it out of the books with a reason. The
maker cannot approve their own entry (403). Every step is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, InvalidState, NotFound, ValidationError
from backend.finance.chart import require_postable
from backend.finance.ledger import Line, post_entry
from backend.finance.models import Account, JournalEntry, ManualEntry, ManualEntryStatus
from backend.finance.periods import is_closed
from backend.money import fen_to_yuan
from backend.timestamps import iso, utc_now

MAX_FEN = 10**13  # ¥100 billion: a line beyond is a typo, not an adjustment

STATUS_ZH = {ManualEntryStatus.PENDING: "待复核", ManualEntryStatus.POSTED: "已过账",
             ManualEntryStatus.REJECTED: "已驳回"}


@dataclass(frozen=True)
class EntryLine:
    account: str
    debit_fen: int = 0
    credit_fen: int = 0
    memo: str = ""


@dataclass(frozen=True)
class EntryDraft:
    date: dt.date
    memo: str
    lines: Sequence[EntryLine]


async def _check(draft: EntryDraft) -> int:
    """The entry's total (debits = credits), or a Chinese refusal."""
    for i, ln in enumerate(draft.lines, start=1):
        if bool(ln.debit_fen) == bool(ln.credit_fen):
            raise ValidationError(f"第 {i} 行：借方和贷方必须且只能填写一项（金额大于 0）",
                                  details=[{"field": f"lines[{i - 1}]", "message": "借贷只填一项"}])
    debit = sum(ln.debit_fen for ln in draft.lines)
    credit = sum(ln.credit_fen for ln in draft.lines)
    if debit != credit:
        raise ValidationError(f"借贷不平衡：借方合计 {fen_to_yuan(debit)} 元，贷方合计 {fen_to_yuan(credit)} 元",
                              code="unbalanced")
    await require_postable({ln.account for ln in draft.lines})
    if await is_closed(draft.date):
        raise Conflict(f"{draft.date:%Y-%m} 已结账，请把调整分录记在未结账的月份", code="period_closed")
    return debit


async def draft(draft: EntryDraft, *, user: Any) -> ManualEntry:
    total = await _check(draft)
    async with in_transaction() as conn:
        entry = await ManualEntry.create(
            date=draft.date, memo=draft.memo, total_fen=total, created_by_id=user.id, using_db=conn,
            lines=[{"account": ln.account, "debit_fen": ln.debit_fen, "credit_fen": ln.credit_fen, "memo": ln.memo}
                   for ln in draft.lines])
        await record_audit(user, "finance.manual_entry_draft", "manual_entry", entry.id, via="admin", using_db=conn,
                           after={"date": draft.date.isoformat(), "memo": draft.memo, "total_fen": total,
                                  "lines": entry.lines})
    return entry


async def load(entry_id: int) -> ManualEntry:
    entry = await ManualEntry.get_or_none(id=entry_id)
    if entry is None:
        raise NotFound("手工凭证不存在")
    return entry


async def approve(entry_id: int, *, user: Any) -> ManualEntry:
    """A second finance user posts the entry. Approving a posted entry answers it again (nothing posts twice)."""
    entry = await load(entry_id)
    if entry.created_by_id == user.id:
        raise Forbidden("不能复核自己录入的凭证，请由另一位财务人员复核", code="self_approval")
    if entry.status == ManualEntryStatus.POSTED:
        return entry
    if entry.status != ManualEntryStatus.PENDING:
        raise InvalidState(f"该凭证{STATUS_ZH[entry.status]}")
    await require_postable({ln["account"] for ln in entry.lines})  # deactivated or split since the draft
    if await is_closed(entry.date):
        raise Conflict(f"{entry.date:%Y-%m} 已结账，该凭证不能过账，请驳回后改记到未结账月份", code="period_closed")
    async with in_transaction() as conn:
        claimed = await ManualEntry.filter(id=entry.id, status=ManualEntryStatus.PENDING).using_db(conn).update(
            status=ManualEntryStatus.POSTED, decided_by_id=user.id, decided_at=utc_now())
        if not claimed:  # a concurrent approval or rejection won
            return await ManualEntry.get(id=entry.id).using_db(conn)
        posted = await post_entry(
            date=entry.date, memo=f"手工凭证 #{entry.id} {entry.memo}", source_type="manual_entry",
            source_id=str(entry.id), conn=conn, user_id=user.id,
            lines=[Line(ln["account"], debit_fen=int(ln["debit_fen"]), credit_fen=int(ln["credit_fen"]),
                        memo=str(ln.get("memo") or "")) for ln in entry.lines])
        assert posted is not None
        await ManualEntry.filter(id=entry.id).using_db(conn).update(entry_id=posted.id)
        await record_audit(user, "finance.manual_entry_post", "manual_entry", entry.id, via="admin", using_db=conn,
                           after={"entry_no": posted.entry_no, "total_fen": entry.total_fen,
                                  "maker_id": entry.created_by_id})
        return await ManualEntry.get(id=entry.id).using_db(conn)


async def reject(entry_id: int, reason: str, *, user: Any) -> ManualEntry:
    entry = await load(entry_id)
    async with in_transaction() as conn:
        claimed = await ManualEntry.filter(id=entry.id, status=ManualEntryStatus.PENDING).using_db(conn).update(
            status=ManualEntryStatus.REJECTED, decided_by_id=user.id, decided_at=utc_now(),
            reject_reason=reason[:255])
        if not claimed:
            current = await ManualEntry.get(id=entry.id).using_db(conn)
            raise InvalidState(f"该凭证{STATUS_ZH[current.status]}")
        await record_audit(user, "finance.manual_entry_reject", "manual_entry", entry.id, via="admin", using_db=conn,
                           after={"reason": reason})
        return await ManualEntry.get(id=entry.id).using_db(conn)


async def entry_json(entry: ManualEntry) -> dict[str, Any]:
    names = dict(await Account.filter(code__in=[ln["account"] for ln in entry.lines]).values_list("code", "name"))
    posted = await JournalEntry.get_or_none(id=entry.entry_id) if entry.entry_id else None
    return {
        "id": entry.id, "date": entry.date.isoformat(), "memo": entry.memo, "total_fen": entry.total_fen,
        "status": entry.status.value, "status_name": STATUS_ZH[entry.status],
        "lines": [{**ln, "account_name": names.get(ln["account"], "")} for ln in entry.lines],
        "created_by_id": entry.created_by_id, "decided_by_id": entry.decided_by_id,
        "decided_at": iso(entry.decided_at),
        "reject_reason": entry.reject_reason, "entry_no": posted.entry_no if posted else None,
        "created_at": iso(entry.created_at),
    }


async def list_entries(status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = ManualEntry.all()
    if status:
        try:
            qs = qs.filter(status=ManualEntryStatus(status))
        except ValueError:
            raise ValidationError("状态不存在") from None
    total = await qs.count()
    items = [await entry_json(e) for e in await qs.order_by("-id").offset(offset).limit(limit)]
    return {"items": items, "total": total}
