"""HTTP routes for orders (thin handlers over the orders services)."""

from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("orders", url_prefix="/api/v1")
