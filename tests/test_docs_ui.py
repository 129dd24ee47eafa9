"""/docs loads nothing from outside the server (CONTRACT: stores run on LANs without internet): every script,
stylesheet, image and fetch the page names is same-origin and answers 200 with its content type."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.refs.append((tag, value))


def _same_origin(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc  # relative or absolute-path: this server


EXPECTED_TYPES = {".css": "text/css", ".js": "text/javascript", ".png": "image/png"}


async def test_docs_page_and_its_assets_come_from_this_server(client: Any) -> None:
    _, page = await client.get("/docs")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    parser = _Refs()
    parser.feed(page.text)
    assert {tag for tag, _ in parser.refs} >= {"script", "link"}
    assert "cdn" not in page.text.lower()
    assert not re.search(r"https?://", page.text), "the page names another host"
    scripts = []
    for tag, ref in parser.refs:
        assert _same_origin(ref), f"<{tag}> loads {ref} from another host"
        url = urljoin("/docs", ref)
        _, asset = await client.get(url)
        assert asset.status == 200, url
        suffix = url[url.rfind("."):]
        assert asset.headers["content-type"].startswith(EXPECTED_TYPES[suffix]), (url, asset.headers["content-type"])
        assert len(asset.body) > 0
        if suffix == ".js":
            scripts.append(asset.text)
    assert any("SwaggerUIBundle(" in s and '"/docs/openapi.json"' in s and "validatorUrl: null" in s
               for s in scripts), "the start script points Swagger UI at this server's spec, no validator badge"
    _, spec = await client.get("/docs/openapi.json")
    assert spec.status == 200 and spec.json["openapi"].startswith("3.") and spec.json["paths"]


async def test_oauth2_redirect_page_is_served_locally(client: Any) -> None:
    _, page = await client.get("/docs/oauth2-redirect.html")
    assert page.status == 200 and "oauth2" in page.text.lower()


async def test_unknown_asset_answers_404_json(client: Any) -> None:
    for name in ("index.html", "..%2F..%2Fsettings.py", "swagger-ui.js.map"):
        _, r = await client.get(f"/docs/assets/{name}")
        assert r.status == 404 and r.json["error"]["code"] == "not_found"
