"""Coupon templates under /admin/api/v1/coupon-templates (backend.members.coupon_admin): HQ (marketing) creates,
edits while nothing is issued, disables / enables and issues to members or segments; store managers may read
them (to answer shoppers) but not issue: a coupon is chain-wide money and the quota is shared by every store."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from backend.http import created, ok, parse_body, parse_query
from backend.members import coupon_admin
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_coupon_templates", url_prefix="/coupon-templates")
READERS = (Role.HQ_ADMIN, Role.STORE_MANAGER)


class TemplateQuery(PageQuery):
    active: bool | None = None
    q: str | None = Field(default=None, max_length=64)


@bp.get("/")
@requires(*READERS)
async def list_templates(request: Request) -> HTTPResponse:
    q = parse_query(request, TemplateQuery)
    offset, limit = q.window()
    result = await coupon_admin.list_templates(active=q.active, q=q.q, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/")
@doc_body(coupon_admin.TemplateBody)
@requires(Role.HQ_ADMIN)
async def create_template(request: Request) -> HTTPResponse:
    body = parse_body(request, coupon_admin.TemplateBody)
    return created(await coupon_admin.create_template(current_actor(request), body))


@bp.get("/<template_id:int>")
@requires(*READERS)
async def get_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.get_template(template_id))


@bp.put("/<template_id:int>")
@doc_body(coupon_admin.TemplateBody)
@requires(Role.HQ_ADMIN)
async def update_template(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, coupon_admin.TemplateBody)
    return ok(await coupon_admin.update_template(current_actor(request), template_id, body))


@bp.post("/<template_id:int>/disable")
@requires(Role.HQ_ADMIN)
async def disable_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.set_active(current_actor(request), template_id, False))


@bp.post("/<template_id:int>/enable")
@requires(Role.HQ_ADMIN)
async def enable_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.set_active(current_actor(request), template_id, True))


@bp.post("/<template_id:int>/issue/preview")
@doc_body(coupon_admin.IssueBody)
@requires(Role.HQ_ADMIN)
async def preview_issue(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, coupon_admin.IssueBody)
    return ok(await coupon_admin.preview_issue(template_id, body))


@bp.post("/<template_id:int>/issue")
@doc_body(coupon_admin.IssueBody)
@requires(Role.HQ_ADMIN)
async def issue(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, coupon_admin.IssueBody)
    return ok(await coupon_admin.issue(current_actor(request), template_id, body))
