"""HTTP routes for stock (thin handlers over the stock services)."""

from __future__ import annotations

from sanic import Blueprint

bp = Blueprint("stock", url_prefix="/api/v1")
