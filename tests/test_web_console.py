"""The console's static serving at /console/: the single page with no-cache, hashed assets cached a year,
client-side routes answered by the page, no escape from the build folder, and a clear 503 without a build."""

from __future__ import annotations

from pathlib import Path

import pytest

from backend import web_console


@pytest.fixture
def dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "dist"
    (out / "assets").mkdir(parents=True)
    (out / "index.html").write_text('<!doctype html><div id="app"></div><script src="/console/assets/index-abc.js">'
                                    "</script>", encoding="utf-8")
    (out / "assets" / "index-abc.js").write_text("console.log('登录')", encoding="utf-8")
    (out / "favicon.ico").write_bytes(b"\x00\x01")
    (tmp_path / "secret.txt").write_text("outside the build", encoding="utf-8")
    monkeypatch.setattr(web_console, "DIST", out)
    return out


async def test_index_is_the_page_never_cached_with_a_local_only_policy(client, dist: Path) -> None:
    _, resp = await client.get("/console/")
    assert resp.status == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert resp.headers["cache-control"] == "no-cache"
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "http" not in csp
    assert '<div id="app">' in resp.text


async def test_bare_path_redirects_to_the_slash(client, dist: Path) -> None:
    _, resp = await client.get("/console", follow_redirects=False)
    assert resp.status in (301, 302)
    assert resp.headers["location"] == "/console/"


async def test_client_routes_answer_the_page(client, dist: Path) -> None:
    for path in ("/console/login", "/console/finance/pnl", "/console/promotions?status=draft"):
        _, resp = await client.get(path)
        assert resp.status == 200, path
        assert '<div id="app">' in resp.text
        assert resp.headers["cache-control"] == "no-cache"


async def test_hashed_assets_are_cached_for_a_year(client, dist: Path) -> None:
    _, resp = await client.get("/console/assets/index-abc.js")
    assert resp.status == 200
    assert resp.headers["cache-control"] == web_console.ASSET_CACHE
    assert "javascript" in resp.headers["content-type"]
    assert "登录" in resp.text
    _, resp = await client.get("/console/favicon.ico")
    assert resp.status == 200 and resp.headers["cache-control"] == "no-cache"


async def test_missing_files_are_404_not_the_page(client, dist: Path) -> None:
    for path in ("/console/assets/gone.js", "/console/missing.css"):
        _, resp = await client.get(path)
        assert resp.status == 404, path
        assert resp.json["error"]["code"] == "not_found"


async def test_no_file_outside_the_build_is_served(client, dist: Path) -> None:
    for path in ("/console/../secret.txt", "/console/%2e%2e/secret.txt", "/console/assets/%2e%2e/%2e%2e/secret.txt"):
        _, resp = await client.get(path)
        assert "outside the build" not in resp.text, path


async def test_without_a_build_the_console_says_how_to_build_it(client, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_console, "DIST", tmp_path / "never-built")
    for path in ("/console/", "/console/finance/pnl"):
        _, resp = await client.get(path)
        assert resp.status == 503, path
        assert "make run" in resp.text and "总部控制台尚未构建" in resp.text


async def test_console_pages_are_not_api_operations(client) -> None:
    _, resp = await client.get("/docs/openapi.json")
    assert not [p for p in resp.json["paths"] if p.startswith("/console")]
