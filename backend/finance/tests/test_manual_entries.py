"""Manual adjusting entries: balanced, known accounts, open months only; posted only when a second finance user
approves (maker-checker), once; listed; audited; the period-close refusal points to them."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from admin_api.finance import EntryIn
from backend.audit.models import AuditLog
from backend.finance import accounts, manual_entries
from backend.finance.models import JournalEntry, JournalLine, ManualEntry, Period
from backend.http import validate
from backend.orders.tests.helpers import balance
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_user

URL = "/admin/api/v1/finance/journal-entries"


def _body(date: dt.date, debit: int = 12000, credit: int = 12000, account: str = accounts.RENT) -> dict:
    return {"date": date.isoformat(), "memo": "补记上月房租", "lines": [
        {"account": account, "debit_fen": debit, "memo": "旗舰店 11 月房租"},
        {"account": accounts.BANK, "credit_fen": credit, "memo": "银行转账"}]}


async def test_draft_approve_by_second_user_posts_once(db: None, client: Any) -> None:
    maker, checker = await make_user(Role.FINANCE, "fin_a"), await make_user(Role.FINANCE, "fin_b")
    today = business_today()
    _, resp = await client.post(URL, json=_body(today), headers=auth(maker))
    assert resp.status == 201, resp.text
    draft = resp.json
    assert draft["status"] == "pending" and draft["total_fen"] == 12000
    assert draft["lines"][0]["account_name"] == "管理费用-房租"
    assert not await JournalEntry.filter(source_type="manual_entry").exists()  # nothing in the books yet

    _, own = await client.post(f"{URL}/{draft['id']}/approve", headers=auth(maker))
    assert own.status == 403 and own.json["error"]["code"] == "self_approval"
    _, done = await client.post(f"{URL}/{draft['id']}/approve", headers=auth(checker))
    assert done.status == 200 and done.json["status"] == "posted" and done.json["entry_no"]
    assert await balance(accounts.RENT) == 12000 and await balance(accounts.BANK) == -12000
    line = await JournalLine.get(account__code=accounts.RENT)
    assert line.memo == "旗舰店 11 月房租"
    _, again = await client.post(f"{URL}/{draft['id']}/approve", headers=auth(checker))
    assert again.status == 200 and await JournalEntry.filter(source_type="manual_entry").count() == 1
    _, rej = await client.post(f"{URL}/{draft['id']}/reject", json={"reason": "晚了"}, headers=auth(checker))
    assert rej.status == 409

    _, listed = await client.get(f"{URL}?status=posted", headers=auth(checker))
    assert listed.status == 200 and [e["id"] for e in listed.json["items"]] == [draft["id"]]
    actions = set(await AuditLog.filter(entity_type="manual_entry").values_list("action", flat=True))
    assert actions == {"finance.manual_entry_draft", "finance.manual_entry_post"}


async def test_refusals_unbalanced_unknown_closed_and_roles(db: None, client: Any) -> None:
    fin = auth(await make_user(Role.FINANCE))
    today = business_today()
    _, r = await client.post(URL, json=_body(today, credit=11000), headers=fin)
    assert r.status == 400 and r.json["error"]["code"] == "unbalanced" and "借贷不平衡" in r.json["error"]["message"]
    _, r = await client.post(URL, json=_body(today, account="9999"), headers=fin)
    assert r.status == 400 and r.json["error"]["code"] == "unknown_account" and "9999" in r.json["error"]["message"]
    both = _body(today)
    both["lines"][0]["credit_fen"] = 5
    _, r = await client.post(URL, json=both, headers=fin)
    assert r.status == 400 and "借方和贷方" in r.json["error"]["message"]
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    await Period.create(month=last_month.strftime("%Y-%m"))
    _, r = await client.post(URL, json=_body(last_month), headers=fin)
    assert r.status == 409 and r.json["error"]["code"] == "period_closed" and "已结账" in r.json["error"]["message"]
    _, r = await client.post(URL, json=_body(today, debit=-1, credit=-1), headers=fin)
    assert r.status == 400
    assert not await ManualEntry.exists()
    # The period-close refusal names the route.
    _, r = await client.delete(f"/admin/api/v1/finance/periods/{last_month:%Y-%m}", headers=fin)
    assert r.status == 409 and "/admin/api/v1/finance/journal-entries" in r.json["error"]["message"]
    # Store staff may not key entries; HQ may.
    store = await make_location("ST")
    _, r = await client.post(URL, json=_body(today), headers=auth(await make_user(Role.STORE_MANAGER, locations=[store])))
    assert r.status == 403
    _, r = await client.post(URL, json=_body(today), headers=auth(await make_user(Role.HQ_ADMIN)))
    assert r.status == 201


async def test_month_closed_between_draft_and_approval_and_reject(db: None, client: Any) -> None:
    maker, checker = await make_user(Role.FINANCE), await make_user(Role.FINANCE)
    last_month = business_today().replace(day=1) - dt.timedelta(days=1)
    _, r = await client.post(URL, json=_body(last_month), headers=auth(maker))
    assert r.status == 201
    await Period.create(month=last_month.strftime("%Y-%m"))
    _, r2 = await client.post(f"{URL}/{r.json['id']}/approve", headers=auth(checker))
    assert r2.status == 409 and r2.json["error"]["code"] == "period_closed"
    _, r3 = await client.post(f"{URL}/{r.json['id']}/reject", json={"reason": "记错月份"}, headers=auth(checker))
    assert r3.status == 200 and r3.json["status"] == "rejected" and r3.json["reject_reason"] == "记错月份"
    assert not await JournalEntry.filter(source_type="manual_entry").exists()


async def test_concurrent_approvals_post_once(db: None) -> None:
    maker, checker = await make_user(Role.FINANCE), await make_user(Role.FINANCE)
    entry = await manual_entries.draft(validate(EntryIn, _body(business_today())).to(manual_entries.EntryDraft),
                                       user=maker)
    results = await asyncio.gather(*(manual_entries.approve(entry.id, user=checker) for _ in range(4)),
                                   return_exceptions=True)
    assert all(not isinstance(r, BaseException) for r in results), results
    assert await JournalEntry.filter(source_type="manual_entry").count() == 1
    assert await balance(accounts.RENT) == 12000
