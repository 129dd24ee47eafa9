"""Bank reconciliation and cash forecast pages: finance imports a CMB statement (a second import adds nothing),
auto-matching pairs its receipt with the customer receipt booked through the API and leaves the bank fee
unmatched, the figures shown are the API's; the cash forecast shows the ledger's cash position."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import httpx

from tests.console.conftest import NEEDS_CHROMIUM, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

API = "/admin/api/v1/finance"
CMB_HEADER = ["交易日", "交易时间", "起息日", "交易类型", "借方金额", "贷方金额", "余额", "摘要", "流水号", "流程实例号",
              "业务名称", "用途", "业务参考号", "业务摘要", "其它摘要", "收/付方分行名", "收/付方名称", "收/付方帐号"]


def _call(server: Server, token: str, method: str, path: str, **kwargs: Any) -> Any:
    resp = httpx.request(method, server.base + path, headers={"Authorization": f"Bearer {token}"}, timeout=10,
                         **kwargs)
    assert resp.status_code in (200, 201), resp.text
    return resp.json()


def test_bank_statement_import_match_and_cash_forecast(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    token = login(server.base, "finance1")
    today = dt.date.fromisoformat(_call(server, token, "GET", f"{API}/cash-position")["as_of"])
    day = today - dt.timedelta(days=1)  # the browser's "today" may be a day behind the business day
    tag = str(int(time.time() * 1000))[-8:]
    name = f"上海爱婴幼儿园{tag}"
    _call(server, token, "POST", f"{API}/customers", json={"code": f"KG{tag}", "name": name})
    _call(server, token, "POST", f"{API}/customer-receipts", json={
        "customer_code": f"KG{tag}", "receipt_no": f"RC{tag}", "date": day.isoformat(), "amount_fen": 1234567,
        "account_code": "1002"})
    ymd = day.strftime("%Y%m%d")
    rows = [CMB_HEADER,
            [ymd, "10:00:00", ymd, "转账", "", "12,345.67", "512,345.67", "货款", f"K{tag}1", "", "", "", "", "", "",
             "", name, "6225"],
            [ymd, "10:05:00", ymd, "收费", "56.78", "", "512,288.89", "手续费", f"K{tag}2", "", "", "", "", "", "",
             "", "", ""]]
    path = tmp_path / "cmb.csv"
    path.write_bytes("\r\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows).encode("gbk"))

    page = open_page()
    sign_in(page, "finance1")
    assert {"银行对账", "资金预测"} <= set(menu_titles(page))
    page.locator("[data-test=menu] .el-menu-item", has_text="银行对账").click()
    page.locator("[data-test=recon-summary]").wait_for()
    for added, duplicate in ((2, 0), (0, 2)):
        page.locator("[data-test=statement-file]").set_input_files(str(path))
        page.locator("[data-test=import]").click()
        page.locator("[data-test=notice]", has_text=f"新增 {added} 条，重复 {duplicate} 条").wait_for()
        assert "招商银行" in page.locator("[data-test=notice]").inner_text()

    page.locator("[data-test=auto-match]").click()
    page.locator("[data-test=notice]", has_text="勾对").wait_for()
    lines = _call(server, token, "GET", f"{API}/bank-statement-lines",
                  params={"account_code": "1002", "status": "unmatched"})["items"]
    assert f"K{tag}2" in {ln["reference"] for ln in lines} and f"K{tag}1" not in {ln["reference"] for ln in lines}
    table = page.locator("[data-test=unmatched-lines]")
    table.get_by_text("-¥56.78").wait_for()
    assert "¥12,345.67" not in table.inner_text()  # the notice shows once the tables are reloaded
    report = _call(server, token, "GET", f"{API}/bank-reconciliation",
                   params={"account_code": "1002", "as_of": day.isoformat()})
    assert report["statement_balance_fen"] == 51228889
    assert page.locator("[data-test=statement-balance]").inner_text() == "¥512,288.89"

    page.locator("[data-test=menu] .el-menu-item", has_text="资金预测").click()
    page.locator("[data-test=forecast]").wait_for()
    position = _call(server, token, "GET", f"{API}/cash-position")
    total = page.locator("[data-test=position-total]").inner_text()
    fen = position["total_fen"]
    sign = "-" if fen < 0 else ""
    assert total == f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
    assert page.locator("[data-test=forecast] tbody tr").count() == 8


def _dialog(page, fields: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for test, value in fields.items():
        form = page.locator("[data-test=ar-form]")
        form.locator(f"input[data-test={test}], [data-test={test}] input").first.fill(value)
    page.locator("[data-test=dialog-submit]").click()
    page.locator("[data-test=ar-form]").wait_for(state="hidden")


def test_customer_invoice_receipt_and_write_off(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    tag = str(int(time.time() * 1000))[-8:]
    page = open_page()
    sign_in(page, "finance1")
    page.locator("[data-test=menu] .el-menu-item", has_text="客户应收").click()
    page.locator("[data-test=new-customer]").click()
    _dialog(page, {"f-code": f"C{tag}", "f-name": f"北京童趣商贸{tag}"})
    page.locator("[data-test=new-invoice]").click()
    page.locator("[data-test=ar-form] [data-test=f-customer]").click()
    page.locator(".el-select-dropdown__item", has_text=f"C{tag}").click()
    _dialog(page, {"f-no": f"AR{tag}", "f-amount": "113.00"})
    page.locator(f"[data-invoice=AR{tag}]", has_text="¥113.00").wait_for()
    page.locator("[data-test=new-receipt]").click()
    page.locator("[data-test=ar-form] [data-test=f-customer]").click()
    page.locator(".el-select-dropdown__item:visible", has_text=f"C{tag}").click()
    _dialog(page, {"f-no": f"RC{tag}", "f-amount": "50"})
    page.locator(f"[data-invoice=AR{tag}]", has_text="¥63.00").wait_for()

    row = page.locator("[data-test=ar-invoices] tr", has=page.locator(f"[data-invoice=AR{tag}]"))
    row.get_by_role("button", name="申请坏账核销").click()
    _dialog(page, {"f-amount": "63.00", "f-reason": "客户已注销"})
    token = login(server.base, "finance1")
    wo = next(w for w in _call(server, token, "GET", f"{API}/write-offs", params={"status": "pending"})["items"]
              if w["invoice_no"] == f"AR{tag}")
    assert wo["amount_fen"] == 6300
    # the maker cannot post it; HQ (another user) can
    resp = httpx.post(f"{server.base}{API}/write-offs/{wo['id']}/approve", headers={"Authorization": f"Bearer {token}"},
                      timeout=10)
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "self_approval"
    _call(server, login(server.base, "marketing1"), "POST", f"{API}/write-offs/{wo['id']}/approve")
    page.reload()
    page.locator("[data-test=ar-invoices]").wait_for()
    assert page.locator(f"[data-invoice=AR{tag}]").count() == 0  # settled: not in the open list
    page.get_by_role("tab", name="坏账核销").click()
    assert "已核销" in page.locator("[data-test=ar-write-offs] tr", has_text=f"AR{tag}").inner_text()
