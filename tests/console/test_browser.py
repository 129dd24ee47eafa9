"""The HQ web console in a real Chromium (Debian's /usr/bin/chromium driven by Playwright; Playwright never
downloads a browser) against a real server process on the small demo data set, with the console built by
console/build.sh. Every test fails on a browser console error, an uncaught page error or a request that leaves
the server; a failing test leaves a screenshot under var/console-failures/."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyotp
import pytest

from backend.settings import ROOT
from tests.console.conftest import CALL_FAILED
from tests.fixtures import TEST_PG, TEST_REDIS
from tests.ops.server import Server, login, running_server

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "var" / "console-failures"
PASSWORD = "cradle123"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs it: "
                                       "apt-get install -y chromium fonts-noto-cjk)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    subprocess.run([str(ROOT / "console" / "build.sh")], check=True, timeout=600)  # no-op when up to date
    extra = {"CRADLE_REDIS_URL": TEST_REDIS} if TEST_REDIS else {}
    with running_server(TEST_PG or None, tmp_path_factory.mktemp("console"), **extra) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@dataclass
class Watch:
    """What went wrong in the browser: console errors, uncaught exceptions, requests to anywhere else."""

    base: str
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser, server: Server, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """open_page() -> a new page in its own context (own localStorage: a separate logged-in user)."""
    pages = []
    watch = Watch(server.base)

    def _open():  # type: ignore[no-untyped-def]
        context = browser.new_context(base_url=server.base, accept_downloads=True, locale="zh-CN",
                                      timezone_id="Asia/Shanghai")

        def _route(route) -> None:  # type: ignore[no-untyped-def]
            url = route.request.url
            if url.startswith(server.base + "/") or url.startswith(("data:", "blob:")):
                route.continue_()
            else:
                watch.outside.append(url)
                route.abort()

        context.route("**/*", _route)
        page = context.new_page()
        page.on("console", lambda msg: watch.errors.append(f"console: {msg.text} at {msg.location.get('url')}")
                if msg.type == "error" else None)
        page.on("pageerror", lambda exc: watch.errors.append(f"pageerror: {exc}"))
        pages.append(page)
        return page

    yield _open
    try:
        if request.node.stash.get(CALL_FAILED, False):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            for i, page in enumerate(pages):
                page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}-{i}.png"), full_page=True)
        assert not watch.errors, f"browser errors: {watch.errors}"
        assert not watch.outside, f"requests outside the server: {watch.outside}"
    finally:
        for page in pages:
            page.context.close()


class Totp:
    """Codes for the admin's MFA, each for a later 30 s step than the last one used (a step is accepted once;
    the server accepts the steps next to the current one)."""

    def __init__(self, secret: str) -> None:
        self.totp = pyotp.TOTP(secret)
        self.last = int(time.time() // 30) - 2

    def next(self) -> str:
        step = self.last + 1
        while step > int(time.time() // 30) + 1:
            time.sleep(1)
        self.last = step
        return str(self.totp.at(step * 30))


@pytest.fixture(scope="module")
def admin_totp(server: Server) -> Totp:
    """MFA enrolled for admin through the API (enrol, confirm with a code), as an admin would in an app."""
    headers = {"Authorization": f"Bearer {login(server.base, 'admin')}"}
    enrol = httpx.post(server.base + "/api/v1/auth/mfa/enrol", headers=headers, timeout=10)
    enrol.raise_for_status()
    totp = Totp(enrol.json()["secret"])
    confirm = httpx.post(server.base + "/api/v1/auth/mfa/confirm", json={"otp": totp.next()}, headers=headers,
                         timeout=10)
    assert confirm.status_code == 200, confirm.text
    probe = httpx.post(server.base + "/api/v1/auth/login", json={"username": "admin", "password": PASSWORD},
                       timeout=10)
    assert probe.json().get("mfa_required") is True
    return totp


def sign_in(page, username: str, otp: Totp | None = None) -> None:  # type: ignore[no-untyped-def]
    page.goto("/console/")
    page.get_by_placeholder("请输入用户名").fill(username)
    page.get_by_placeholder("请输入密码").fill(PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    if otp is not None:
        page.get_by_text("该账号已开启两步验证").wait_for()
        page.get_by_placeholder("6 位数字").fill(otp.next())
        page.get_by_role("button", name="验证并登录").click()
    page.locator("[data-test=who]").wait_for()


def menu_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.strip() for t in page.locator("[data-test=menu] .el-menu-item").all_inner_texts()]


def test_visitor_without_session_sees_the_login_screen(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    resp = page.goto("/console/promotions")
    assert resp is not None and resp.status == 200
    page.get_by_role("button", name="登录", exact=True).wait_for()
    assert "登录" in page.content()
    assert page.url.endswith("/console/login?next=/promotions")


def test_finance_opens_pnl_and_exports_xlsx(open_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    page = open_page()
    sign_in(page, "finance1")
    assert "利润表" in menu_titles(page)
    assert "促销活动" not in menu_titles(page)
    page.locator("[data-test=menu] .el-menu-item", has_text="利润表").click()
    table = page.locator("[data-test=pnl-table]")
    table.get_by_text("净利润").wait_for()
    assert "¥" in table.inner_text()
    with page.expect_download() as info:
        page.locator("[data-test=export]").click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx") and "利润表" in download.suggested_filename
    path = tmp_path / "pnl.xlsx"
    download.save_as(path)
    sheet = load_workbook(path).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any("净利润" in c for c in cells), cells[:20]


def test_admin_logs_in_with_totp(open_page, admin_totp: Totp) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "admin", admin_totp)
    assert page.locator("[data-test=who]").inner_text().endswith("（总部管理员）")
    assert {"首页", "利润表", "促销活动"} <= set(menu_titles(page))


def test_marketing_drafts_and_admin_approves_a_promotion(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                          admin_totp: Totp) -> None:
    name = f"浏览器测试满减{int(time.time())}"
    maker = open_page()
    sign_in(maker, "marketing1")  # an hq_admin account: may approve promotions, never its own
    maker.locator("[data-test=menu] .el-menu-item", has_text="促销活动").click()
    maker.locator("[data-test=new-promotion]").click()
    form = maker.locator("[data-test=promotion-form]")
    form.locator("input[name=promotion-name]").fill(name)
    form.locator("input[name=threshold]").fill("199")
    form.locator("input[name=amount]").fill("20.5")
    maker.locator("[data-test=save-promotion]").click()
    row = maker.locator("[data-test=promotion-table] .el-table__row", has_text=name)
    row.get_by_text("草稿").wait_for()
    assert "满 ¥199.00 减 ¥20.50" in row.inner_text()
    row.locator("[data-test=submit]").click()
    row.get_by_text("待审批").wait_for()
    assert row.locator("[data-test=approve]").count() == 0  # the maker never approves their own
    assert "等待其他管理员审批" in row.inner_text()

    checker = open_page()
    sign_in(checker, "admin", admin_totp)
    checker.locator("[data-test=menu] .el-menu-item", has_text="促销活动").click()
    pending = checker.locator("[data-test=promotion-table] .el-table__row", has_text=name)
    pending.locator("[data-test=approve]").click()
    pending.get_by_text("进行中").wait_for()

    token = login(server.base, "marketing1")
    listed = httpx.get(server.base + "/admin/api/v1/promotions/", params={"status": "approved"},
                       headers={"Authorization": f"Bearer {token}"}, timeout=10).json()["items"]
    saved = next(p for p in listed if p["name"] == name)
    me = httpx.get(server.base + "/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    assert saved["threshold_fen"] == 19900 and saved["amount_fen"] == 2050
    assert saved["created_by_id"] == me["id"] and saved["approved_by_id"] not in (None, me["id"])


def test_clerk_has_no_finance_menu_and_a_direct_url_is_403(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "clerk1")
    titles = menu_titles(page)
    assert "利润表" not in titles and "促销活动" not in titles
    page.goto("/console/finance/pnl")
    page.locator("[data-test=forbidden]").wait_for()
    assert "无权访问" in page.locator("[data-test=forbidden]").inner_text()
    # the API refuses it too: the menu only mirrors the rule
    resp = httpx.get(server.base + "/api/v1/finance/pnl",
                     headers={"Authorization": f"Bearer {login(server.base, 'clerk1')}"}, timeout=10)
    assert resp.status_code == 403


def test_logout_ends_the_session_on_the_server(open_page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    sign_in(page, "buyer1")
    refresh = page.evaluate("localStorage.getItem('cradle.console.refresh')")
    page.locator("[data-test=logout]").click()
    page.get_by_role("button", name="登录", exact=True).wait_for()
    assert page.evaluate("localStorage.getItem('cradle.console.refresh')") is None
    resp = httpx.post(server.base + "/api/v1/auth/refresh", json={"refresh_token": refresh}, timeout=10)
    assert resp.status_code == 401
