"""Health and readiness."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from tortoise import Tortoise

from backend.errors import ServiceUnavailable
from backend.http import ok

bp = Blueprint("system", url_prefix="/api/v1")


@bp.get("/health")
async def health(request: Request) -> HTTPResponse:
    """Answers 200 {"status": "ok"} when the database answers."""
    try:
        await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception as exc:
        raise ServiceUnavailable("数据库不可用") from exc
    return ok({"status": "ok"})
