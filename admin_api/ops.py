"""Operations for HQ: the verified backup runs and the alerts sent (backend.ops).

    GET /admin/api/v1/backups?status=failed     backup runs, newest first, paged (status, sizes, counts, duration)
    GET /admin/api/v1/alerts?kind=low_stock     alerts raised, newest first, paged (to whom, what, which message)
"""

from __future__ import annotations

from typing import Literal

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery
from backend.http import ok, parse_query
from backend.ops import alerts, backups
from backend.org.models import Role
from backend.security import requires

bp = Blueprint("admin_ops")


class BackupQuery(PageQuery):
    status: Literal["running", "ok", "failed"] | None = None


class AlertQuery(PageQuery):
    kind: Literal["backup_failed", "low_stock", "near_expiry", "dead_letter", "refund_failed"] | None = None


@bp.get("/backups")
@requires(Role.HQ_ADMIN)
async def list_backups(request: Request) -> HTTPResponse:
    """Scheduled backup runs: each dumped, restored into a scratch database and compared table by table."""
    q = parse_query(request, BackupQuery)
    offset, limit = q.window()
    result = await backups.listing(status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.get("/alerts")
@requires(Role.HQ_ADMIN)
async def list_alerts(request: Request) -> HTTPResponse:
    """Alerts raised (one per condition per day) and whom they went to."""
    q = parse_query(request, AlertQuery)
    offset, limit = q.window()
    result = await alerts.listing(kind=q.kind, offset=offset, limit=limit)
    return ok(q.page_of(result))
