"""Bank and cash reconciliation (银行对账): statements imported per money account, their lines matched one to
one to the account's journal lines, and the reconciliation of the bank's balance with the book balance.

- import_statement: the layout is detected from the headers (backend.finance.bank_formats); a line already
  imported for the account (same fingerprint) is skipped, so importing a statement twice adds nothing.
- auto_match: each unmatched line is matched to an unmatched journal line of the account with the same signed
  amount (money in = a debit) dated within MATCH_WINDOW_DAYS; a journal line whose entry memo, line memo or
  partner names the line's reference, counterparty or summary (4 characters or more) wins, then the nearest date,
  then the oldest journal line.
- match / unmatch: a person pairs a line with a journal line of the same account and amount, or undoes it.
- report: statement balance (the bank's running balance on the last line up to the day) against the book
  balance, with the reconciling items: lines the bank has and the books do not (unmatched statement lines), and
  journal lines since the first imported statement day that the bank has not shown (unmatched book lines).
  statement balance = book balance + bank-only items - book-only items when everything is explained;
  `difference_fen` is what is not.
Audited: finance.bank_statement_import, finance.bank_auto_match, finance.bank_match, finance.bank_unmatch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.finance.bank_formats import BANK_NAMES_ZH, parse
from backend.finance.models import Account, BankStatement, BankStatementLine, JournalLine
from backend.finance.money_accounts import require_money_account
from backend.raw_sql import connection, fetch
from backend.timestamps import iso, utc_now

MATCH_WINDOW_DAYS = 3
MIN_KEY_LEN = 4  # shorter words of a summary (货款, 转账) name nothing
REPORT_ITEMS = 200  # reconciling items listed per side (the sums cover all of them)


# ---- import ---------------------------------------------------------------------------------------------------


async def import_statement(account_code: str, data: bytes, filename: str, *, user: Any) -> dict[str, Any]:
    acc = await require_money_account(account_code)
    parsed = parse(data, filename)
    seen: Counter[str] = Counter()
    fingerprints: list[str] = []
    for ln in parsed.lines:  # the same line twice in one file: numbered, so a re-import numbers them alike
        seen[ln.fingerprint] += 1
        fingerprints.append(ln.fingerprint if seen[ln.fingerprint] == 1 else f"{ln.fingerprint}#{seen[ln.fingerprint]}")
    async with in_transaction() as conn:
        existing = set(await BankStatementLine.filter(account_code=acc.code, fingerprint__in=fingerprints)
                       .using_db(conn).values_list("fingerprint", flat=True))
        stmt = await BankStatement.create(
            account_code=acc.code, bank=parsed.bank, filename=filename[:255], sha256=hashlib.sha256(data).hexdigest(),
            bank_account_no=parsed.bank_account_no, date_from=min(ln.txn_date for ln in parsed.lines),
            date_to=max(ln.txn_date for ln in parsed.lines), lines_total=len(parsed.lines),
            created_by_id=user.id, using_db=conn)
        new = [BankStatementLine(statement_id=stmt.id, account_code=acc.code, fingerprint=fp, row_no=ln.row_no,
                                 txn_date=ln.txn_date, amount_fen=ln.amount_fen, balance_fen=ln.balance_fen,
                                 counterparty=ln.counterparty, summary=ln.summary, reference=ln.reference)
               for ln, fp in zip(parsed.lines, fingerprints, strict=True) if fp not in existing]
        try:
            if new:
                await BankStatementLine.bulk_create(new, using_db=conn)
        except IntegrityError as exc:  # the same statement imported at the same moment
            raise Conflict("该对账单正在被同时导入，请稍后重试", code="statement_importing") from exc
        await BankStatement.filter(id=stmt.id).using_db(conn).update(lines_new=len(new))
        await record_audit(user, "finance.bank_statement_import", "bank_statement", stmt.id, via="admin",
                           using_db=conn, after={"account": acc.code, "bank": parsed.bank, "filename": filename,
                                                 "lines_total": len(parsed.lines), "lines_new": len(new)})
        stmt = await BankStatement.get(id=stmt.id).using_db(conn)
    return statement_json(stmt)


def statement_json(s: BankStatement) -> dict[str, Any]:
    return {"id": s.id, "account_code": s.account_code, "bank": s.bank, "bank_name": BANK_NAMES_ZH.get(s.bank, s.bank),
            "filename": s.filename, "bank_account_no": s.bank_account_no,
            "date_from": s.date_from.isoformat() if s.date_from else None,
            "date_to": s.date_to.isoformat() if s.date_to else None, "lines_total": s.lines_total,
            "lines_new": s.lines_new, "lines_duplicate": s.lines_total - s.lines_new, "created_at": iso(s.created_at)}


async def list_statements(account_code: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = BankStatement.all() if not account_code else BankStatement.filter(account_code=account_code)
    return {"items": [statement_json(s) for s in await qs.order_by("-id").offset(offset).limit(limit)],
            "total": await qs.count()}


# ---- matching -------------------------------------------------------------------------------------------------


def _signed(jl: dict[str, Any]) -> int:
    return int(jl["debit_fen"]) - int(jl["credit_fen"])


def _names(jl: dict[str, Any]) -> str:
    return " ".join(str(jl.get(k) or "") for k in ("memo", "partner", "entry__memo", "entry__entry_no"))


async def _matched_ids(account_code: str, conn: BaseDBAsyncClient) -> set[int]:
    return set(await BankStatementLine.filter(account_code=account_code, matched_line_id__isnull=False)
               .using_db(conn).values_list("matched_line_id", flat=True))


async def auto_match(account_code: str, *, user: Any) -> dict[str, Any]:
    acc = await require_money_account(account_code)
    async with in_transaction() as conn:
        # locked: a concurrent auto-match or manual match waits, and then finds these lines taken
        lines = await BankStatementLine.filter(account_code=acc.code, matched_line_id__isnull=True).using_db(conn) \
            .select_for_update().order_by("txn_date", "id")
        matched: list[tuple[int, int]] = []
        done: list[BankStatementLine] = []
        if lines:
            window = dt.timedelta(days=MATCH_WINDOW_DAYS)
            journal = await JournalLine.filter(
                account_id=acc.id, date__gte=lines[0].txn_date - window, date__lte=lines[-1].txn_date + window,
            ).using_db(conn).values("id", "date", "debit_fen", "credit_fen", "memo", "partner", "entry__memo",
                                    "entry__entry_no")
            taken = await _matched_ids(acc.code, conn)
            by_amount: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for jl in journal:
                if jl["id"] not in taken:
                    by_amount[_signed(jl)].append(jl)
            for ln in lines:
                keys = [k for k in (ln.reference, ln.counterparty, ln.summary) if len(k) >= MIN_KEY_LEN]
                best: tuple[int, int, int] | None = None
                for jl in by_amount.get(ln.amount_fen, []):
                    gap = abs((jl["date"] - ln.txn_date).days)
                    if jl["id"] in taken or gap > MATCH_WINDOW_DAYS:
                        continue
                    named = 0 if any(k in _names(jl) for k in keys) else 1
                    score = (named, gap, int(jl["id"]))
                    if best is None or score < best:
                        best = score
                if best is None:
                    continue
                taken.add(best[2])
                matched.append((ln.id, best[2]))
                ln.matched_line_id, ln.matched_auto, ln.matched_by_id, ln.matched_at = best[2], True, user.id, utc_now()
                done.append(ln)
            if done:
                await BankStatementLine.bulk_update(done, fields=["matched_line_id", "matched_auto", "matched_by_id",
                                                                  "matched_at"], batch_size=500, using_db=conn)
        await record_audit(user, "finance.bank_auto_match", "money_account", acc.code, via="admin", using_db=conn,
                           after={"matched": len(matched), "pairs": matched[:500]})
        left = await BankStatementLine.filter(account_code=acc.code, matched_line_id__isnull=True).using_db(conn).count()
    return {"account_code": acc.code, "matched": len(matched), "unmatched": left}


async def load_line(line_id: int, conn: BaseDBAsyncClient | None = None) -> BankStatementLine:
    ln = await BankStatementLine.get_or_none(id=line_id).using_db(conn)
    if ln is None:
        raise NotFound("对账单明细不存在")
    return ln


async def match(line_id: int, journal_line_id: int, *, user: Any) -> BankStatementLine:
    async with in_transaction() as conn:
        ln = await load_line(line_id, conn)
        if ln.matched_line_id is not None:
            raise InvalidState("该对账单明细已勾对，请先取消勾对", code="already_matched")
        acc = await Account.get(code=ln.account_code).using_db(conn)
        jl = await JournalLine.get_or_none(id=journal_line_id).using_db(conn)
        if jl is None or jl.account_id != acc.id:
            raise ValidationError(f"分录行 {journal_line_id} 不存在或不是科目 {acc.code} 的分录", code="wrong_account")
        if jl.debit_fen - jl.credit_fen != ln.amount_fen:
            raise ValidationError("分录金额与对账单金额不一致，不能勾对", code="amount_mismatch")
        if journal_line_id in await _matched_ids(ln.account_code, conn):
            raise Conflict("该分录已与其他对账单明细勾对", code="journal_line_matched")
        try:
            claimed = await BankStatementLine.filter(id=ln.id, matched_line_id__isnull=True).using_db(conn).update(
                matched_line_id=journal_line_id, matched_auto=False, matched_by_id=user.id, matched_at=utc_now())
        except IntegrityError as exc:
            raise Conflict("该分录已与其他对账单明细勾对", code="journal_line_matched") from exc
        if not claimed:
            raise InvalidState("该对账单明细已勾对，请先取消勾对", code="already_matched")
        await record_audit(user, "finance.bank_match", "bank_statement_line", ln.id, via="admin", using_db=conn,
                           after={"journal_line_id": journal_line_id, "amount_fen": ln.amount_fen})
        return await load_line(ln.id, conn)


async def unmatch(line_id: int, *, user: Any) -> BankStatementLine:
    async with in_transaction() as conn:
        ln = await load_line(line_id, conn)
        if ln.matched_line_id is None:
            raise InvalidState("该对账单明细尚未勾对", code="not_matched")
        await BankStatementLine.filter(id=ln.id).using_db(conn).update(
            matched_line_id=None, matched_auto=False, matched_by_id=None, matched_at=None)
        await record_audit(user, "finance.bank_unmatch", "bank_statement_line", ln.id, via="admin", using_db=conn,
                           before={"journal_line_id": ln.matched_line_id, "auto": ln.matched_auto})
        return await load_line(ln.id, conn)


async def _journal_info(ids: list[int], conn: BaseDBAsyncClient | None = None) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = await JournalLine.filter(id__in=ids).using_db(conn).values(
        "id", "date", "debit_fen", "credit_fen", "memo", "partner", "entry__entry_no", "entry__memo")
    return {int(r["id"]): {"journal_line_id": int(r["id"]), "date": r["date"].isoformat(), "amount_fen": _signed(r),
                           "entry_no": r["entry__entry_no"], "memo": r["entry__memo"], "line_memo": r["memo"],
                           "partner": r["partner"]} for r in rows}


def line_json(ln: BankStatementLine, journal: dict[int, dict[str, Any]]) -> dict[str, Any]:
    return {"id": ln.id, "statement_id": ln.statement_id, "account_code": ln.account_code,
            "txn_date": ln.txn_date.isoformat(), "amount_fen": ln.amount_fen, "balance_fen": ln.balance_fen,
            "counterparty": ln.counterparty, "summary": ln.summary, "reference": ln.reference,
            "matched": ln.matched_line_id is not None, "matched_auto": ln.matched_auto,
            "journal_line": journal.get(ln.matched_line_id) if ln.matched_line_id else None}


async def line_answer(ln: BankStatementLine) -> dict[str, Any]:
    return line_json(ln, await _journal_info([ln.matched_line_id] if ln.matched_line_id else []))


async def list_lines(account_code: str, status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = BankStatementLine.filter(account_code=account_code)
    if status == "matched":
        qs = qs.filter(matched_line_id__isnull=False)
    elif status == "unmatched":
        qs = qs.filter(matched_line_id__isnull=True)
    elif status:
        raise ValidationError("状态只能是 matched 或 unmatched")
    rows = await qs.order_by("txn_date", "id").offset(offset).limit(limit)
    journal = await _journal_info([r.matched_line_id for r in rows if r.matched_line_id])
    return {"items": [line_json(r, journal) for r in rows], "total": await qs.count()}


# ---- report ---------------------------------------------------------------------------------------------------


def _closing_balance(lines: list[BankStatementLine]) -> int | None:
    """The bank's balance after the last line of the last day: the line whose balance no other line of that day
    started from (exports list a day oldest first or newest first)."""
    with_balance = [ln for ln in lines if ln.balance_fen is not None]
    if not with_balance:
        return None
    last_day = max(ln.txn_date for ln in with_balance)
    day = [ln for ln in with_balance if ln.txn_date == last_day]
    starts = Counter(ln.balance_fen - ln.amount_fen for ln in day)  # type: ignore[operator]
    ends = [ln for ln in day if starts[ln.balance_fen] == 0]
    return (ends[-1] if ends else max(day, key=lambda ln: ln.id)).balance_fen


async def report(account_code: str, as_of: dt.date, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    conn = connection(conn)
    acc = await require_money_account(account_code, conn)
    book = await fetch(conn, "SELECT COALESCE(SUM(debit_fen), 0) - COALESCE(SUM(credit_fen), 0) AS b FROM ledger_days "
                             "WHERE account_id = $1 AND date <= $2", [acc.id, as_of])
    book_fen = int(book[0]["b"])
    lines = await BankStatementLine.filter(account_code=acc.code, txn_date__lte=as_of).using_db(conn) \
        .order_by("txn_date", "id")
    statement_fen = _closing_balance(lines)
    bank_only = [ln for ln in lines if ln.matched_line_id is None]
    start = lines[0].txn_date if lines else None
    book_only: list[dict[str, Any]] = []
    book_only_fen = book_only_count = 0
    if start is not None:
        where = ("FROM journal_lines WHERE account_id = $1 AND date >= $2 AND date <= $3 AND id NOT IN "
                 "(SELECT matched_line_id FROM bank_statement_lines WHERE account_code = $4 "
                 "AND matched_line_id IS NOT NULL)")
        args = [acc.id, start, as_of, acc.code]
        sums = await fetch(conn, f"SELECT COUNT(*) AS n, COALESCE(SUM(debit_fen - credit_fen), 0) AS s {where}", args)
        book_only_count, book_only_fen = int(sums[0]["n"]), int(sums[0]["s"])
        ids = [int(r["id"]) for r in await fetch(conn, f"SELECT id {where} ORDER BY date, id LIMIT {REPORT_ITEMS}", args)]
        info = await _journal_info(ids, conn)
        book_only = [info[i] for i in ids if i in info]
    bank_only_fen = sum(ln.amount_fen for ln in bank_only)
    adjusted = book_fen + bank_only_fen - book_only_fen
    return {
        "account_code": acc.code, "account_name": acc.name, "as_of": as_of.isoformat(),
        "statement_balance_fen": statement_fen, "book_balance_fen": book_fen,
        "bank_only": {"count": len(bank_only), "total_fen": bank_only_fen,
                      "items": [line_json(ln, {}) for ln in bank_only[:REPORT_ITEMS]]},
        "book_only": {"count": book_only_count, "total_fen": book_only_fen, "items": book_only},
        "adjusted_book_balance_fen": adjusted,
        "difference_fen": None if statement_fen is None else statement_fen - adjusted,
        "reconciled": statement_fen is not None and statement_fen == adjusted and not bank_only and not book_only_count,
        "statement_from": start.isoformat() if start else None,
    }
