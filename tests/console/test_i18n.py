"""The console's two languages: English for a browser whose first language is English, Simplified Chinese
otherwise; the header's 中文 / English switch, remembered across reloads; Accept-Language on every API call so
the API's error messages follow; no Chinese in the English console's chrome on any page of the registry."""

from __future__ import annotations

import re

from tests.console.conftest import NEEDS_CHROMIUM, PASSWORD, menu_titles, sign_in

pytestmark = NEEDS_CHROMIUM

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def sign_in_en(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/console/")
    page.get_by_placeholder("Enter your username").fill(username)
    page.get_by_placeholder("Enter your password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.locator("[data-test=who]").wait_for()


def test_english_browser_gets_english_login_and_api_errors(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("en-US", api_errors=True)
    languages = []
    page.on("request", lambda r: languages.append(r.headers.get("accept-language"))
            if "/api/v1/auth/login" in r.url else None)
    page.goto("/console/")
    page.get_by_role("heading", name="Cradle Mother & Baby Stores · HQ Console").wait_for()
    assert not CJK.search(page.locator("form").inner_text())
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_placeholder("Enter your username").fill("finance1")
    page.get_by_placeholder("Enter your password").fill("wrong-password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    error = page.locator("[data-test=login-error]")
    error.wait_for()
    assert "Wrong username or password" in error.inner_text()
    assert languages == ["en"]


def test_chinese_browser_gets_chinese(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("zh-CN")
    sign_in(page, "finance1")
    assert "利润表" in menu_titles(page)
    assert page.locator("[data-test=logout]").inner_text() == "退出登录"
    assert page.evaluate("document.documentElement.lang") == "zh-CN"


def test_other_languages_get_chinese(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("fr-FR")
    page.goto("/console/")
    page.get_by_placeholder("请输入用户名").wait_for()


def test_header_switch_changes_language_and_survives_reload(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("zh-CN")
    sign_in(page, "finance1")
    page.locator("[data-test=lang-switch] [data-lang=en]").click()
    page.locator("[data-test=logout]", has_text="Sign out").wait_for()
    assert "Income statement" in menu_titles(page)
    assert "Finance" in page.locator("[data-test=who]").inner_text()
    page.reload()
    page.locator("[data-test=logout]", has_text="Sign out").wait_for()
    assert not any(CJK.search(t) for t in menu_titles(page))
    page.locator("[data-test=lang-switch] [data-lang=zh-CN]").click()
    page.locator("[data-test=logout]", has_text="退出登录").wait_for()
    page.reload()
    page.locator("[data-test=logout]", has_text="退出登录").wait_for()
    assert "利润表" in menu_titles(page)
