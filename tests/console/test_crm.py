"""Member marketing in the browser: marketing1 builds a segment (count, reachable members and a masked sample as
the API previews them), drafts an e-mail campaign to it and submits it; admin, in another browser context,
approves it (never marketing1: the API refuses self-approval) and the campaign's page follows it out through
the SMTP sink the test server starts (fakes/smtp_sink.py), each recipient's delivery shown as the API has it;
a store manager records a member's consent; the HQ-only pages are hidden from other roles (fixtures in
conftest.py)."""

from __future__ import annotations

import re
import time

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}
MASKED = re.compile(r"^1\d{2}\*{4}\d{4}$")


def _api(server: Server, username: str) -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=15,
                        headers={"Authorization": f"Bearer {login(server.base, username)}"})


def _choose(page, select, text: str) -> None:  # type: ignore[no-untyped-def]
    select.click()
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()


def _no_sideways_scroll(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_marketing_drafts_a_campaign_admin_approves_it_and_it_goes_out(  # type: ignore[no-untyped-def]
        open_page, server: Server, admin_totp: Totp) -> None:
    stamp = int(time.time())
    segment, campaign, subject = f"浏览器测试人群{stamp}", f"浏览器测试邮件{stamp}", f"会员日专享 {stamp}"
    rule = {"levels": ["normal", "silver", "gold", "platinum"]}
    with _api(server, "marketing1") as api:
        expected = api.post("/admin/api/v1/crm/segments/preview", json=rule).json()
    assert expected["reachable"]["email"] > 0

    maker = open_page()
    maker.set_viewport_size(DESKTOP)
    sign_in(maker, "marketing1")
    assert {"营销人群", "短信/邮件营销", "营销授权"} <= set(menu_titles(maker))
    maker.locator("[data-test=menu] .el-menu-item", has_text="营销人群").click()
    maker.locator("[data-test=new-segment]").click()
    form = maker.locator("[data-test=segment-form]")
    form.locator("input[name=segment-name]").fill(segment)
    for level in ("普通会员", "银卡", "金卡", "铂金"):
        form.locator("[data-test=levels]").get_by_text(level, exact=True).click()
    maker.locator("[data-test=preview-rule]").click()
    preview = maker.locator("[data-test=segment-preview]")
    expect(preview.locator("[data-test=preview-count]")).to_contain_text(str(expected["count"]))
    expect(preview.locator("[data-test=preview-email]")).to_contain_text(str(expected["reachable"]["email"]))
    expect(preview.locator("[data-test=preview-sms]")).to_contain_text(str(expected["reachable"]["sms"]))
    phones = [p for p in preview.locator("[data-test=sample-phone]").all_inner_texts() if p.strip() != "-"]
    assert phones and all(MASKED.match(p.strip()) for p in phones), phones
    assert [s["phone"] for s in expected["sample"] if s["phone"]] == [p.strip() for p in phones]
    doc_screenshot(maker, "crm-segment-preview")
    maker.locator("[data-test=save-segment]").click()
    maker.locator("[data-test=segment-table] .el-table__row", has_text=segment).wait_for()

    # the campaign: e-mail now to that segment (SMS would wait for 08:00 in quiet hours)
    maker.locator("[data-test=menu] .el-menu-item", has_text="短信/邮件营销").click()
    maker.locator("[data-test=campaign-table] .el-table__row").first.wait_for()  # the demo's campaign: loaded
    maker.locator("[data-test=new-campaign]").click()
    form = maker.locator("[data-test=campaign-form]")
    form.locator("input[name=campaign-name]").fill(campaign)
    form.locator("[data-test=channel]").get_by_text("邮件", exact=True).click()
    _choose(maker, form.locator("[data-test=segment]"), segment)
    form.locator("input[name=email-subject]").fill(subject)
    form.locator("textarea[name=email-body]").fill("{nickname}您好，奶粉满199减20。")
    maker.locator("[data-test=save-campaign]").click()
    row = maker.locator("[data-test=campaign-table] .el-table__row", has_text=campaign)
    row.locator("[data-test=status]", has_text="草稿").wait_for()
    row.locator("[data-test=submit]").click()
    row.locator("[data-test=status]", has_text="待审批").wait_for()
    assert row.locator("[data-test=approve]").count() == 0  # the maker never approves their own
    assert "等待其他管理员审批" in row.inner_text()

    checker = open_page()
    checker.set_viewport_size(DESKTOP)
    sign_in(checker, "admin", admin_totp)
    checker.locator("[data-test=menu] .el-menu-item", has_text="短信/邮件营销").click()
    pending = checker.locator("[data-test=campaign-table] .el-table__row", has_text=campaign)
    pending.locator("[data-test=campaign-link]").click()
    checker.locator("[data-test=campaign-title]", has_text=campaign).wait_for()
    checker.locator("[data-test=approve]").click()
    # the dispatch job (every 10 s in the test server) starts it and sends it; the page follows it
    expect(checker.locator("[data-test=campaign-status]")).to_have_text(re.compile("发送中|已完成"), timeout=60_000)
    expect(checker.locator("[data-test=delivery-table] [data-test=delivery-status]", has_text="已发送").first
           ).to_be_visible(timeout=60_000)
    expect(checker.locator("[data-test=campaign-status]")).to_have_text("已完成", timeout=60_000)

    with _api(server, "marketing1") as api:
        listed = api.get("/admin/api/v1/crm/campaigns").json()["items"]
        saved = next(c for c in listed if c["name"] == campaign)
        me = api.get("/api/v1/auth/me").json()
        deliveries = api.get(f"/admin/api/v1/crm/campaigns/{saved['id']}/deliveries",
                             params={"page_size": 200}).json()
    assert saved["status"] == "done" and saved["created_by_id"] == me["id"]
    assert saved["approved_by_id"] not in (None, me["id"])
    sent = saved["deliveries"]["sent"]
    assert sent == expected["reachable"]["email"]
    expect(checker.locator("[data-test=count-sent]")).to_contain_text(str(sent))
    expect(checker.locator("[data-test=recipients]")).to_have_text(str(saved["recipients"]))
    shown = checker.locator("[data-test=delivery-table] .el-table__row")
    expect(shown).to_have_count(min(deliveries["total"], 50))
    codes = shown.locator("td:first-child").all_inner_texts()
    assert [c.strip() for c in codes] == [d["member_code"] for d in deliveries["items"][:50]]
    checker.locator("[data-test=delivery-chart] canvas").wait_for()
    doc_screenshot(checker, "crm-campaign")
    mails = httpx.get(server.base + "/_fakes/smtp/messages", timeout=10).json()["messages"]
    assert sum(1 for m in mails if str(stamp) in m["subject"]) == sent

    # the tablet: the campaign's page still fits
    checker.set_viewport_size(TABLET)
    checker.reload()
    checker.locator("[data-test=campaign-title]", has_text=campaign).wait_for()
    _no_sideways_scroll(checker)


def test_manager_records_consent_and_has_no_campaign_pages(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    with _api(server, "manager1") as api:
        member = api.get("/admin/api/v1/members/", params={"page_size": 1}).json()["items"][0]
    page = open_page()
    page.set_viewport_size(TABLET)
    sign_in(page, "manager1")
    titles = set(menu_titles(page))
    assert "营销授权" in titles and not {"营销人群", "短信/邮件营销"} & titles
    page.locator("[data-test=menu] .el-menu-item", has_text="营销授权").click()
    page.locator("input[name=consent-q]").fill(member["member_code"])
    page.locator("[data-test=consent-search] [data-test=search]").click()
    card = page.locator("[data-test=consent-card]")
    card.wait_for()
    page.locator("[data-test=change-consent]").click()
    dialog = page.locator(".el-dialog:visible")
    dialog.get_by_text("不再接收").click()
    dialog.locator("input[name=consent-note]").fill("顾客在门店口头要求不再接收短信")
    page.locator("[data-test=save-consent]").click()
    expect(card.locator("[data-test=consent-sms]")).to_have_text("未同意")
    expect(card.locator("[data-test=consent-events] .el-table__row").first).to_contain_text("顾客在门店口头要求不再接收短信")
    _no_sideways_scroll(page)
    with _api(server, "manager1") as api:
        history = api.get(f"/admin/api/v1/crm/members/{member['id']}/consent").json()
        assert history["consent"]["sms"] is False
        assert history["events"][0]["source"] == "counter" and not history["events"][0]["granted"]
        assert api.get("/admin/api/v1/crm/campaigns").status_code == 403  # the API refuses what the menu hides
    page.goto("/console/crm/campaigns")
    page.locator("[data-test=forbidden]").wait_for()
