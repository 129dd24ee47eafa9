"""The chart of accounts finance extends: sub-accounts under fixed accounts, never under a control account; the
built-in accounts stay fixed; manual entries only to active leaf accounts outside the control accounts."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts, reports
from backend.finance.models import Account, ManualEntry
from backend.org.models import Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_user

URL = "/admin/api/v1/finance/accounts"
ENTRIES = "/admin/api/v1/finance/journal-entries"


def _entry(debit: str, credit: str, fen: int = 5000) -> dict[str, Any]:
    return {"date": business_today().isoformat(), "memo": "测试", "lines": [
        {"account": debit, "debit_fen": fen}, {"account": credit, "credit_fen": fen}]}


async def test_finance_adds_sub_accounts_within_the_fixed_chart(db: None, client: Any) -> None:
    maker, checker = await make_user(Role.FINANCE), await make_user(Role.FINANCE)
    h = auth(maker)
    _, r = await client.post(URL, json={"parent_code": accounts.BANK, "name": "招商银行基本户"}, headers=h)
    assert r.status == 201, r.text
    assert r.json == {"code": "100201", "name": "招商银行基本户", "type": "asset", "parent_code": accounts.BANK,
                      "built_in": False, "control": False, "is_active": True}
    _, r = await client.post(URL, json={"parent_code": accounts.BANK, "name": "工商银行一般户"}, headers=h)
    assert r.json["code"] == "100202"  # the next free code
    _, r = await client.post(URL, json={"parent_code": accounts.ADMIN_EXPENSES, "name": "办公费", "code": "660209"},
                             headers=h)
    assert r.status == 201 and r.json["type"] == "expense"

    # refusals: a control account, a code that is not parent + 2 digits, a taken code, an unknown parent
    _, r = await client.post(URL, json={"parent_code": accounts.PAYABLE, "name": "供应商甲"}, headers=h)
    assert r.status == 409 and r.json["error"]["code"] == "control_account" and "控制科目" in r.json["error"]["message"]
    _, r = await client.post(URL, json={"parent_code": accounts.BANK, "name": "x", "code": "100301"}, headers=h)
    assert r.status == 400 and "上级编码" in r.json["error"]["message"]
    _, r = await client.post(URL, json={"parent_code": accounts.BANK, "name": "x", "code": "100201"}, headers=h)
    assert r.status == 409 and r.json["error"]["code"] == "duplicate_code"
    _, r = await client.post(URL, json={"parent_code": "8888", "name": "x"}, headers=h)
    assert r.status == 404
    _, r = await client.patch(f"{URL}/{accounts.RENT}", json={"name": "改名"}, headers=h)
    assert r.status == 409 and r.json["error"]["code"] == "built_in_account"

    chart = {a["code"]: a for a in await reports.chart_of_accounts()}
    assert chart["100201"]["parent_code"] == accounts.BANK and chart["100201"]["postable"]
    assert not chart[accounts.BANK]["postable"]  # it has sub-accounts now: entries go to the detail
    assert chart[accounts.PAYABLE]["control"] and not chart[accounts.PAYABLE]["postable"]
    assert chart[accounts.RENT]["parent_code"] == accounts.ADMIN_EXPENSES

    # manual entries: not to a control account, not to a header account, fine to a leaf
    _, r = await client.post(ENTRIES, json=_entry(accounts.PAYABLE, "100201"), headers=h)
    assert r.status == 400 and r.json["error"]["code"] == "control_account"
    _, r = await client.post(ENTRIES, json=_entry(accounts.RENT, accounts.BANK), headers=h)
    assert r.status == 400 and r.json["error"]["code"] == "not_leaf_account"
    _, r = await client.post(ENTRIES, json=_entry(accounts.RENT, "100201"), headers=h)
    assert r.status == 201
    entry_id = r.json["id"]

    # an account with a balance cannot be deactivated; one without can, and then takes no entries
    _, r = await client.post(f"{ENTRIES}/{entry_id}/approve", headers=auth(checker))
    assert r.status == 200 and r.json["status"] == "posted"
    _, r = await client.patch(f"{URL}/100201", json={"is_active": False}, headers=h)
    assert r.status == 409 and r.json["error"]["code"] == "balance_not_zero"
    _, r = await client.patch(f"{URL}/100202", json={"is_active": False, "name": "工行（已销户）"}, headers=h)
    assert r.status == 200 and r.json["is_active"] is False and r.json["name"] == "工行（已销户）"
    _, r = await client.post(ENTRIES, json=_entry(accounts.RENT, "100202"), headers=h)
    assert r.status == 400 and r.json["error"]["code"] == "account_inactive"
    assert await ManualEntry.all().count() == 1

    tb = await reports.trial_balance(business_today())
    assert tb["balanced"] and {x["code"]: x["balance_fen"] for x in tb["rows"]}["100201"] == -5000
    actions = await AuditLog.filter(entity_type="account").order_by("id").values_list("action", "entity_id")
    assert actions == [("finance.account_create", "100201"), ("finance.account_create", "100202"),
                       ("finance.account_create", "660209"), ("finance.account_update", "100202")]


async def test_only_finance_and_hq_edit_the_chart(db: None, client: Any) -> None:
    store = await make_location("SC")
    body = {"parent_code": accounts.ADMIN_EXPENSES, "name": "差旅费"}
    for role in (Role.STORE_MANAGER, Role.PURCHASER):
        _, r = await client.post(URL, json=body, headers=auth(await make_user(role, locations=[store])))
        assert r.status == 403
    _, r = await client.post(URL, json=body, headers=auth(await make_user(Role.HQ_ADMIN)))
    assert r.status == 201 and await Account.filter(name="差旅费").exists()
