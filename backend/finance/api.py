"""HTTP routes for finance (thin handlers over the finance services)."""

from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("finance", url_prefix="/api/v1")
