"""HTTP routes for catalog (thin handlers over the catalog services)."""

from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("catalog", url_prefix="/api/v1")
