"""/docs from this server's own files: Swagger UI's dist files come from the swagger-ui-bundle package (PyPI),
the page and its start script from this folder; nothing is loaded from a CDN (stores run on LANs without internet).

sanic-ext renders /docs from OAS_PATH_TO_SWAGGER_HTML (our swagger.html); its oauth2-redirect page would be
downloaded from a CDN at request time, so it is read from the bundle instead (use_local_swagger)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import swagger_ui_bundle
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from backend.errors import NotFound

HERE = Path(__file__).parent
DIST = Path(swagger_ui_bundle.swagger_ui_path)
# name -> (file, content type): the only files /docs/assets serves
ASSETS: dict[str, tuple[Path, str]] = {
    "swagger-ui.css": (DIST / "swagger-ui.css", "text/css; charset=utf-8"),
    "swagger-ui-bundle.js": (DIST / "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui-standalone-preset.js": (DIST / "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8"),
    "favicon-32x32.png": (DIST / "favicon-32x32.png", "image/png"),
    "cradle-docs.js": (HERE / "cradle-docs.js", "text/javascript; charset=utf-8"),
}

bp = Blueprint("docs_ui", url_prefix="/docs/assets")


@bp.get("/<name:str>")
async def asset(request: Request, name: str) -> HTTPResponse:
    """Swagger UI's own files (public, like /docs)."""
    entry = ASSETS.get(name)
    if entry is None:
        raise NotFound("找不到该文件")
    path, content_type = entry
    return raw(path.read_bytes(), content_type=content_type, headers={"Cache-Control": "public, max-age=86400"})


def _local_oauth2_redirect(version: str) -> str:
    return (DIST / "oauth2-redirect.html").read_text(encoding="utf-8")


def use_local_swagger(app: Any) -> None:
    """Point sanic-ext's /docs at our page and its oauth2-redirect at the bundled file (call before the app runs)."""
    from sanic_ext.extensions.openapi import blueprint as oas_blueprint

    app.config.OAS_PATH_TO_SWAGGER_HTML = str(HERE / "swagger.html")
    app.config.OAS_UI_SWAGGER_HTML_TITLE = "Cradle API"
    oas_blueprint.get_oauth2_redirect_html = _local_oauth2_redirect  # sanic-ext fetches it from a CDN otherwise
