"""Bank statements: ICBC / CCB / CMB exports (CSV in GBK or UTF-8, xlsx) recognised from their headers, imported
once (a second import adds nothing), auto-matched to the bank account's journal lines by amount, date window and
reference, matched and unmatched by hand, and the reconciliation report explains the statement balance from the
book balance with the unmatched items on both sides."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.errors import ValidationError
from backend.finance import accounts, bank_formats
from backend.finance.ledger import Line, post_entry
from backend.finance.models import BankStatementLine, JournalLine
from backend.org.models import Role
from backend.timestamps import business_today
from backend.xlsx import append_row, new_book, to_bytes
from tests.factories import auth, make_user

API = "/admin/api/v1/finance"
ICBC_HEADER = ["凭证号", "本方账号", "对方账号", "交易时间", "借/贷", "借方发生额", "贷方发生额", "对方行号", "摘要",
               "用途", "对方单位名称", "余额", "个性化信息"]
CCB_HEADER = ["交易时间", "借方发生额（支取）", "贷方发生额（收入）", "余额", "币种", "对方户名", "对方账号",
              "对方开户机构", "记账日期", "摘要", "备注", "账户明细编号-交易流水号", "企业流水号", "凭证种类", "凭证号"]
CMB_HEADER = ["交易日", "交易时间", "起息日", "交易类型", "借方金额", "贷方金额", "余额", "摘要", "流水号", "流程实例号",
              "业务名称", "用途", "业务参考号", "业务摘要", "其它摘要", "收/付方分行名", "收/付方名称", "收/付方帐号"]


def _csv(rows: list[list[str]], encoding: str) -> bytes:
    return "\r\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows).encode(encoding)


def icbc_csv(day: dt.date, rows: list[tuple[int, str, int, str, str]]) -> bytes:
    """rows: (day offset, in/out flag, fen, counterparty, summary); balances run from 1,000.00."""
    out = [["中国工商银行对公账户明细"], ["账号：1001 2345 6789 0123 456", "户名：上海小象母婴有限公司"], ICBC_HEADER]
    bal = 100000
    for i, (off, side, fen, who, what) in enumerate(rows):
        bal += fen if side == "贷" else -fen
        yuan = f"{fen / 100:,.2f}"
        out.append([f"V{i:04d}", "1001234567890123456", "6222000011112222", f"{day + dt.timedelta(days=off)} 10:{i:02d}:00",
                    side, yuan if side == "借" else "", yuan if side == "贷" else "", "102290000011", what, what, who,
                    f"{bal / 100:,.2f}", ""])
    out.append(["合计", "", "", "", "", "", "", "", "", "", "", "", ""])
    return _csv(out, "gbk")


def test_layouts_are_recognised_from_headers() -> None:
    day = dt.date(2026, 11, 2)
    icbc = bank_formats.parse(icbc_csv(day, [(0, "贷", 1130000, "上海爱婴幼儿园", "货款"),
                                             (1, "借", 5000, "", "手续费")]), "icbc.csv")
    assert icbc.bank == "icbc" and icbc.bank_account_no == "1001234567890123456"
    assert [(ln.txn_date, ln.amount_fen, ln.balance_fen, ln.counterparty) for ln in icbc.lines] == [
        (day, 1130000, 1230000, "上海爱婴幼儿园"), (day + dt.timedelta(days=1), -5000, 1225000, "")]
    assert icbc.lines[0].fingerprint.startswith("h:") and icbc.lines[0].fingerprint != icbc.lines[1].fingerprint

    wb, ws = new_book("明细")
    append_row(ws, ["账户明细查询"])
    append_row(ws, CCB_HEADER)
    append_row(ws, ["20261102 09:15:01", "", "2,260.00", "12,260.00", "人民币", "北京童趣商贸", "110000", "建行北京",
                    "20261102", "转账", "", "3100123-0001", "QY01", "", ""])
    append_row(ws, ["20261103 14:00:00", "300.00", "", "11,960.00", "人民币", "顺丰速运", "220000", "", "20261103",
                    "快递费", "SF123", "3100123-0002", "", "", ""])
    ccb = bank_formats.parse(to_bytes(wb), "ccb.xlsx")
    assert ccb.bank == "ccb"
    assert [(ln.amount_fen, ln.reference, ln.fingerprint) for ln in ccb.lines] == [
        (226000, "QY01", "sn:3100123-0001"), (-30000, "3100123-0002", "sn:3100123-0002")]

    cmb_rows = [CMB_HEADER, ["20261104", "11:11:11", "20261104", "转账", "", "88.00", "1,088.00", "货款", "K0001",
                             "", "", "", "YW9", "", "", "", "杭州宝贝屋", "3333"]]
    cmb = bank_formats.parse(b"\xef\xbb\xbf" + _csv(cmb_rows, "utf-8"), "cmb.csv")
    assert cmb.bank == "cmb" and cmb.lines[0].amount_fen == 8800 and cmb.lines[0].counterparty == "杭州宝贝屋"
    assert cmb.lines[0].reference == "YW9" and cmb.lines[0].fingerprint == "sn:K0001"

    with pytest.raises(ValidationError) as exc:
        bank_formats.parse("日期,金额\n2026-11-01,1\n".encode(), "x.csv")
    assert exc.value.code == "unknown_statement_layout"
    bad = [CMB_HEADER, ["20261104", "", "", "", "abc", "", "1", "", "K9", "", "", "", "", "", "", "", "", ""]]
    with pytest.raises(ValidationError) as exc:
        bank_formats.parse(_csv(bad, "utf-8"), "cmb.csv")
    assert exc.value.code == "bad_statement_rows" and "第 2 行" in exc.value.message


async def _post(day: dt.date, source: str, memo: str, bank_fen: int, other: str) -> int:
    """One entry moving `bank_fen` in (+) or out (-) of 1002 against `other`; answers the bank line's id."""
    lines = ([Line(accounts.BANK, debit_fen=bank_fen, memo=memo), Line(other, credit_fen=bank_fen)] if bank_fen > 0
             else [Line(other, debit_fen=-bank_fen), Line(accounts.BANK, credit_fen=-bank_fen, memo=memo)])
    async with in_transaction() as conn:
        entry = await post_entry(date=day, memo=memo, source_type="test_bank", source_id=source, lines=lines, conn=conn)
    assert entry is not None
    return (await JournalLine.get(entry_id=entry.id, account__code=accounts.BANK)).id


async def test_import_twice_auto_match_manual_match_and_report(db: None, client: Any) -> None:
    fin = auth(await make_user(Role.FINANCE, "bank_clerk"))
    d0 = business_today() - dt.timedelta(days=12)
    d1 = d0 + dt.timedelta(days=2)
    await _post(d0, "capital", "股东注资", 100000, accounts.EQUITY)  # before the statement: its opening balance
    receipt = await _post(d1 + dt.timedelta(days=1), "r1", "客户收款 上海爱婴幼儿园", 1130000, accounts.SALES)
    fee_named = await _post(d1, "f1", "快递费 顺丰 单号SF123", -30000, accounts.UTILITIES)
    fee_other = await _post(d1 + dt.timedelta(days=1), "f2", "快递费 中通", -30000, accounts.UTILITIES)
    outstanding = await _post(d1 + dt.timedelta(days=2), "chq", "支票付房租", -80000, accounts.RENT)
    far = await _post(d1 + dt.timedelta(days=8), "late", "收款 上海爱婴幼儿园", 20000, accounts.SALES)

    statement = icbc_csv(d1, [(0, "贷", 1130000, "上海爱婴幼儿园", "货款"),  # the book has it a day later
                              (1, "借", 30000, "顺丰速运", "SF123"),  # two 300.00 in the books: the named one wins
                              (2, "贷", 2000, "", "利息"),  # the bank only
                              (3, "借", 20000, "", "账户管理费")])  # the bank only: the +200.00 is 5 days off
    statement_balance = 100000 + 1130000 - 30000 + 2000 - 20000
    _, r = await client.post(f"{API}/bank-statements?account_code=1002", files={"file": ("icbc.csv", statement)},
                             headers=fin)
    assert r.status == 201, r.text
    assert (r.json["bank"], r.json["lines_total"], r.json["lines_new"]) == ("icbc", 4, 4)
    _, r = await client.post(f"{API}/bank-statements?account_code=1002", files={"file": ("icbc.csv", statement)},
                             headers=fin)
    assert r.status == 201 and r.json["lines_new"] == 0 and r.json["lines_duplicate"] == 4
    assert await BankStatementLine.all().count() == 4

    _, r = await client.post(f"{API}/bank-reconciliation/auto-match", json={"account_code": "1002"}, headers=fin)
    assert r.status == 200 and r.json == {"account_code": "1002", "matched": 2, "unmatched": 2}
    pairs = dict(await BankStatementLine.filter(matched_line_id__isnull=False).values_list("amount_fen",
                                                                                          "matched_line_id"))
    assert pairs == {1130000: receipt, -30000: fee_named}

    as_of = d1 + dt.timedelta(days=3)
    _, r = await client.get(f"{API}/bank-reconciliation?account_code=1002&as_of={as_of}", headers=fin)
    rep = r.json
    assert rep["statement_balance_fen"] == statement_balance
    assert rep["book_balance_fen"] == 100000 + 1130000 - 30000 - 30000 - 80000
    assert rep["bank_only"]["count"] == 2 and rep["bank_only"]["total_fen"] == 2000 - 20000
    assert {i["journal_line_id"] for i in rep["book_only"]["items"]} == {fee_other, outstanding}
    assert rep["book_only"]["total_fen"] == -110000 and far not in {i["journal_line_id"] for i in rep["book_only"]["items"]}
    assert rep["difference_fen"] == 0 and rep["reconciled"] is False

    # by hand: undo the fee, refuse a wrong amount, pair it with the other 300.00
    fee_line = await BankStatementLine.get(matched_line_id=fee_named)
    _, r = await client.post(f"{API}/bank-statement-lines/{fee_line.id}/unmatch", headers=fin)
    assert r.status == 200 and r.json["matched"] is False
    _, r = await client.post(f"{API}/bank-statement-lines/{fee_line.id}/match", json={"journal_line_id": outstanding},
                             headers=fin)
    assert r.status == 400 and r.json["error"]["code"] == "amount_mismatch"
    receipt_line = await BankStatementLine.get(matched_line_id=receipt)
    _, r = await client.post(f"{API}/bank-statement-lines/{fee_line.id}/match", json={"journal_line_id": receipt},
                             headers=fin)
    assert r.status == 400  # another amount, and already taken
    _, r = await client.post(f"{API}/bank-statement-lines/{fee_line.id}/match", json={"journal_line_id": fee_other},
                             headers=fin)
    assert r.status == 200 and r.json["matched"] and r.json["journal_line"]["journal_line_id"] == fee_other
    assert receipt_line.matched_line_id == receipt
    _, r = await client.get(f"{API}/bank-statement-lines?account_code=1002&status=unmatched", headers=fin)
    assert sorted(i["amount_fen"] for i in r.json["items"]) == [-20000, 2000] and r.json["total"] == 2
    _, r = await client.get(f"{API}/bank-reconciliation?account_code=1002&as_of={as_of}", headers=fin)
    assert {i["journal_line_id"] for i in r.json["book_only"]["items"]} == {fee_named, outstanding}
    assert r.json["difference_fen"] == 0

    # a statement line the books lack is booked (interest) and matched: the bank-only side shrinks
    interest = await _post(d1 + dt.timedelta(days=2), "int", "利息收入", 2000, accounts.FINANCIAL_EXPENSES)
    _, r = await client.post(f"{API}/bank-reconciliation/auto-match", json={"account_code": "1002"}, headers=fin)
    assert r.json["matched"] == 1
    assert await BankStatementLine.filter(matched_line_id=interest).exists()

    _, r = await client.post(f"{API}/bank-statements?account_code=6001", files={"file": ("icbc.csv", statement)},
                             headers=fin)
    assert r.status == 400 and r.json["error"]["code"] == "not_money_account"
    manager = auth(await make_user(Role.STORE_MANAGER, "bank_manager"))
    _, r = await client.post(f"{API}/bank-reconciliation/auto-match", json={"account_code": "1002"}, headers=manager)
    assert r.status == 403
    actions = set(await AuditLog.filter(action__startswith="finance.bank_").values_list("action", flat=True))
    assert actions == {"finance.bank_statement_import", "finance.bank_auto_match", "finance.bank_match",
                       "finance.bank_unmatch"}
