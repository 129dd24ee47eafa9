"""The HQ web console (console/, Vue 3 + Element Plus built by Vite) served at /console/.

`make run` builds it into console/dist (console/build.sh). Files under /console/assets/ have content-hashed names
and are cached for a year; every other path under /console/ is a client-side route and answers index.html, never
cached, so a new build is picked up at the next page load. Without a build the console answers 503 with a page
saying how to build it. The Content-Security-Policy lets the page load nothing from outside this server.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, file, redirect
from sanic.response import html as html_response
from sanic_ext import openapi

from backend.errors import NotFound
from backend.settings import ROOT

bp = Blueprint("console", url_prefix="/console")

DIST = ROOT / "console" / "dist"
ASSET_CACHE = "public, max-age=31536000, immutable"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
       "form-action 'self'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}
NOT_BUILT = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>总部控制台尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>总部控制台尚未构建</h1>
<p>服务器上没有找到控制台的构建产物（console/dist）。请在项目目录运行 <code>make run</code>
（或 <code>console/build.sh</code>，需要 Node.js 18+）后刷新本页。</p>
<p>The web console has not been built: run <code>make run</code> or <code>console/build.sh</code>.</p>
</body></html>"""


def _dist() -> Path:
    return DIST


async def _index() -> HTTPResponse:
    index = _dist() / "index.html"
    if not index.is_file():
        return html_response(NOT_BUILT, status=503, headers={"Cache-Control": "no-store", "Retry-After": "60"})
    return _cached(await file(index, mime_type="text/html; charset=utf-8", headers=SECURITY_HEADERS), "no-cache")


def _cached(resp: HTTPResponse, cache_control: str) -> HTTPResponse:
    resp.headers["Cache-Control"] = cache_control  # replaces the no-cache sanic's file() sets by default
    return resp


@bp.get("", strict_slashes=True)
@openapi.exclude()  # pages and files for the browser, not API operations
async def root(request: Request) -> HTTPResponse:
    return redirect("/console/")


@bp.get("/", strict_slashes=True)
@openapi.exclude()
async def index(request: Request) -> HTTPResponse:
    """The console's single page (its login screen for a visitor without a session)."""
    return await _index()


@bp.get("/<path:path>")
@openapi.exclude()
async def page_or_asset(request: Request, path: str) -> HTTPResponse:
    """A built file (hashed assets, cached long) or, for a client-side route, the single page."""
    dist = _dist().resolve()
    target = (dist / path).resolve()
    if target.is_relative_to(dist) and target.is_file() and target.name != "index.html" \
            and not target.name.startswith("."):
        cache = ASSET_CACHE if target.parent == dist / "assets" else "no-cache"
        mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return _cached(await file(target, mime_type=mime, headers={"X-Content-Type-Options": "nosniff"}), cache)
    if path.startswith("assets/") or "." in path.rsplit("/", 1)[-1]:
        raise NotFound("找不到该文件")  # a missing file, not a page: never the single page with a 200
    return await _index()
