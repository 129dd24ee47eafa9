"""HR in the browser: manager1 takes a candidate for the store's job posting through screening, an interview
(manager1 the interviewer), its result, an offer and the candidate's acceptance, and is not offered the hiring
(HQ's); admin hires the candidate (employee record and staff account in one step), the new account logs in;
manager1 opens the new employee's record, changes the position and adds a health certificate expiring soon;
the API shows each step; a clerk has no HR menu (fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt
import time

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, PASSWORD, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}
HR_MENU = {"员工档案", "证书到期", "招聘", "培训"}


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=15,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _choose(page, select, text: str) -> None:  # type: ignore[no-untyped-def]
    select.click()
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()


def _dialog(page):  # type: ignore[no-untyped-def]
    return page.locator(".el-dialog:visible")


def _confirm(page) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-test=confirm-dialog]:visible").click()
    expect(page.locator(".el-dialog:visible")).to_have_count(0, timeout=20_000)


def _no_sideways_scroll(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_manager_recruits_admin_hires_and_the_record_is_kept(  # type: ignore[no-untyped-def]
        open_page, server: Server, admin_totp: Totp) -> None:
    stamp = int(time.time())
    name, phone, username = f"测试候选{stamp % 100000}", f"1370{stamp % 10_000_000:07d}", f"hire{stamp}"
    with _api(server, "manager1") as api:
        posting = next(p for p in api.get("/admin/api/v1/hr/postings").json()["items"] if p["status"] == "open")

    manager = open_page()
    manager.set_viewport_size(DESKTOP)
    sign_in(manager, "manager1")
    assert HR_MENU <= set(menu_titles(manager))
    manager.locator("[data-test=menu] .el-menu-item", has_text="招聘").click()
    manager.locator("[data-test=posting-table] .el-table__row", has_text=posting["title"]).wait_for()
    manager.locator("[data-test=new-candidate]").click()
    form = manager.locator("[data-test=recruiting-form]")
    _choose(manager, form.locator("[data-test=candidate-posting]"), posting["title"])
    form.locator("input[name=candidate-name]").fill(name)
    form.locator("input[name=candidate-phone]").fill(phone)
    form.locator("input[name=candidate-source]").fill("门店海报")
    manager.locator("[data-test=save-recruiting]").click()
    row = manager.locator("[data-test=candidate-table] .el-table__row", has_text=name)
    expect(row.locator("[data-test=stage]")).to_have_text("已投递")
    assert phone not in row.inner_text() and phone[-4:] in row.inner_text()  # masked
    row.locator("[data-test=candidate-link]").click()

    stage = manager.locator("[data-test=candidate-stage]")
    manager.locator("[data-test=to-screening]").click()
    expect(stage).to_have_text("筛选中")
    manager.locator("[data-test=schedule-interview]").click()
    _dialog(manager).locator("input[name=interview-place]").fill("一店会议室")
    _choose(manager, _dialog(manager).locator("[data-test=interviewers]"), "manager1")
    manager.keyboard.press("Escape")  # close the multi-select's dropdown, not the dialog
    _confirm(manager)
    expect(stage).to_have_text("面试中")
    manager.locator("[data-test=interview-table] [data-test=record-result]").click()
    _dialog(manager).locator("textarea[name=feedback]").fill("沟通好，有母婴店经验")
    _confirm(manager)
    expect(manager.locator("[data-test=interview-result]")).to_have_text("通过")
    manager.locator("[data-test=make-offer]").click()
    _dialog(manager).locator("input[name=salary]").fill("5200.50")
    _confirm(manager)
    expect(stage).to_have_text("已发录用")
    manager.locator("[data-test=offer-accepted]").click()
    expect(manager.locator("[data-test=offer-status]")).to_have_text("已接受")
    assert manager.locator("[data-test=hire]").count() == 0  # hiring is HQ's
    candidate_url = manager.url

    with _api(server, "manager1") as api:
        cand = next(c for c in api.get("/admin/api/v1/hr/candidates", params={"posting_id": posting["id"]}).json()["items"]
                    if c["name"] == name)
        detail = api.get(f"/admin/api/v1/hr/candidates/{cand['id']}").json()
        assert api.post(f"/admin/api/v1/hr/candidates/{cand['id']}/hire",
                        json={"username": username, "password": "cradle-new-1"}).status_code == 403
    assert detail["stage"] == "offer" and detail["interviews"][0]["interviewers"] == ["manager1"]
    assert detail["offers"][0]["monthly_salary_fen"] == 520050 and detail["offers"][0]["status"] == "accepted"

    admin = open_page()
    admin.set_viewport_size(DESKTOP)
    sign_in(admin, "admin", admin_totp)
    admin.goto(candidate_url)
    admin.locator("[data-test=hire]").click()
    _dialog(admin).locator("input[name=hire-username]").fill(username)
    _dialog(admin).locator("input[name=hire-password]").fill("cradle-new-1")
    _confirm(admin)
    expect(admin.locator("[data-test=candidate-stage]")).to_have_text("已入职")
    assert httpx.post(server.base + "/api/v1/auth/login", json={"username": username, "password": "cradle-new-1"},
                      timeout=10).status_code == 200

    # manager1 finds the new employee, changes the position, adds a certificate that expires soon
    manager.locator("[data-test=menu] .el-menu-item", has_text="员工档案").click()
    manager.locator("input[name=employee-q]").fill(name)
    manager.locator("input[name=employee-q]").press("Enter")
    manager.locator("[data-test=employee-table] .el-table__row", has_text=name).locator("[data-test=employee-link]").click()
    expect(manager.locator("[data-test=employee-position]")).to_have_text(posting["position"])
    assert "****" in manager.locator("[data-test=employee-phone]").inner_text()
    manager.locator("[data-test=reveal]").click()
    expect(manager.locator("[data-test=employee-phone]")).to_have_text(phone)
    manager.locator("[data-test=change-position]").click()
    _dialog(manager).locator("input[name=new-position]").fill("店长助理")
    _dialog(manager).locator("input[name=position-reason]").fill("试用期表现优秀")
    _confirm(manager)
    expect(manager.locator("[data-test=employee-position]")).to_have_text("店长助理")
    expect(manager.locator("[data-test=position-history] .el-table__row")).to_have_count(2)
    manager.get_by_role("tab", name="证书").click()
    manager.locator("[data-test=add-certificate]").click()
    expires = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    _dialog(manager).locator("input[name=cert-number]").fill(f"JK{stamp}")
    expiry = _dialog(manager).locator(".el-date-editor input").nth(1)
    expiry.fill(expires)
    expiry.press("Enter")
    _confirm(manager)
    expect(manager.locator("[data-test=certificate-table] [data-test=cert-status]")).to_have_text("即将到期")
    doc_screenshot(manager, "hr-employee")
    manager.set_viewport_size(TABLET)
    _no_sideways_scroll(manager)

    with _api(server, "manager1") as api:
        emp = next(e for e in api.get("/admin/api/v1/hr/employees", params={"q": name}).json()["items"])
        full = api.get(f"/admin/api/v1/hr/employees/{emp['id']}").json()
    assert emp["username"] == username and full["position"] == "店长助理"
    assert [p["position"] for p in full["positions"]] == [posting["position"], "店长助理"]
    assert full["certificates"][0]["expires_on"] == expires and full["certificates"][0]["kind"] == "health"


def test_clerk_has_no_hr_pages(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    assert not HR_MENU & set(menu_titles(page))
    page.goto("/console/hr/employees")
    page.locator("[data-test=forbidden]").wait_for()
    resp = httpx.get(server.base + "/admin/api/v1/hr/employees", timeout=10,
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1', PASSWORD)}"})
    assert resp.status_code == 403
