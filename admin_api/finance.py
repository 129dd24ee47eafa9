"""Finance reports under /admin/api/v1/finance: the same handlers as /api/v1/finance (backend.finance.api),
mounted again so the back office has one prefix. Roles, store scoping, xlsx and SVG behave identically."""

from __future__ import annotations

from sanic import Blueprint

from backend.finance.api import bp as finance_bp

bp = Blueprint("admin_finance", url_prefix="/")

for route in finance_bp._future_routes:
    # The finance blueprint's routes are "/finance/..."; keep the same paths and names under this prefix.
    bp.add_route(route.handler, route.uri, methods=route.methods, name=f"finance_{route.handler.__name__}")
