"""Browser-test plumbing for the HQ web console: a real Chromium (Debian's /usr/bin/chromium driven by Playwright;
Playwright never downloads a browser) against one real server process per test run of this package, on the small
demo data set, with the console built by console/build.sh. Every test fails on a browser console error, an
uncaught page error or a request that leaves the server; a failing test leaves a screenshot under
var/console-failures/. Each domain's pages have their own test module (test_<domain>.py) using these fixtures."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyotp
import pytest

from backend.settings import ROOT
from tests.fixtures import TEST_PG, TEST_REDIS
from tests.ops.server import Server, login, running_server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed


CALL_FAILED = pytest.StashKey[bool]()


CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "var" / "console-failures"
PASSWORD = "cradle123"

NEEDS_CHROMIUM = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs "
                                           "it: apt-get install -y chromium fonts-noto-cjk)")


@pytest.fixture(scope="package")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    subprocess.run([str(ROOT / "console" / "build.sh")], check=True, timeout=600)  # no-op when up to date
    extra = {"CRADLE_REDIS_URL": TEST_REDIS} if TEST_REDIS else {}
    with running_server(TEST_PG or None, tmp_path_factory.mktemp("console"), **extra) as srv:
        yield srv


@pytest.fixture(scope="package")
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
    """open_page() -> a new page in its own context (own localStorage: a separate logged-in user); the browser asks
    for Chinese unless open_page(locale="en-US"). open_page(api_errors=True): a test that provokes an API 4xx
    on purpose; the browser's "Failed to load resource ... 4xx" line for it is not an error then."""
    pages = []
    watch = Watch(server.base)

    def _open(locale: str = "zh-CN", api_errors: bool = False):  # type: ignore[no-untyped-def]
        context = browser.new_context(base_url=server.base, accept_downloads=True, locale=locale,
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
        def _console(msg) -> None:  # type: ignore[no-untyped-def]
            if msg.type != "error":
                return
            if api_errors and re.match(r"Failed to load resource: the server responded with a status of 4\d\d", msg.text):
                return
            watch.errors.append(f"console: {msg.text} at {msg.location.get('url')}")

        page.on("console", _console)
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
        self.last = int(time.time() // 30) - 1  # the first code is the current step: never one about to age out

    def next(self) -> str:
        # Never a step the server's window has left behind (minutes may pass between two admin logins), never
        # one it has seen, never more than one ahead of now.
        step = max(self.last + 1, int(time.time() // 30))
        while step > int(time.time() // 30) + 1:
            time.sleep(1)
        self.last = step
        return str(self.totp.at(step * 30))


@pytest.fixture(scope="package")
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


def doc_screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """A screenshot for docs/console.md: written to docs/console/<name>.png when the run is `make console-docs`
    (CRADLE_CONSOLE_DOCS=1), to var/console-screens/ otherwise, so a plain test run leaves the docs alone."""

    folder = ROOT / "docs" / "console" if os.environ.get("CRADLE_CONSOLE_DOCS") == "1" else ROOT / "var" / "console-screens"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)
