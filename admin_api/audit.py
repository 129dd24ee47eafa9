"""The audit log, searchable (read only: no route changes or deletes an entry)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery
from backend.audit.search import AuditQuery, search_audit
from backend.errors import ValidationError
from backend.http import ok, parse_query
from backend.org.models import Role
from backend.security import requires

bp = Blueprint("admin_audit", url_prefix="/audit")


class AuditQueryIn(PageQuery):
    user_id: int | None = None
    username: str | None = Field(default=None, max_length=64)
    action: str | None = Field(default=None, max_length=64)
    entity_type: str | None = Field(default=None, max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    via: str | None = Field(default=None, max_length=16)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    before: str | None = Field(default=None, max_length=100)
    after: str | None = Field(default=None, max_length=100)


@bp.get("/")
@requires(Role.HQ_ADMIN, Role.FINANCE)
async def search(request: Request) -> HTTPResponse:
    """Who (user_id, username), when (date_from/date_to), what (action, or a prefix like "stock.";
    entity_type, entity_id) and before/after (text inside the snapshots)."""
    q = parse_query(request, AuditQueryIn)
    if q.date_from and q.date_to and q.date_from > q.date_to:
        raise ValidationError("开始日期不能晚于结束日期")
    offset, limit = q.window()
    data = q.model_dump(exclude={"page", "page_size"})
    result = await search_audit(AuditQuery(**data, offset=offset, limit=limit))
    return ok(q.page_of(result))
