"""Promotion routes under /admin/api/v1/promotions. HQ and store managers (their own
stores) draft and submit; HQ approves (not the person who created or submitted it)."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Body, PageQuery, created, ok, parse_body, parse_query
from backend.openapi_doc import doc_body
from backend.org.models import Role
from backend.promotions import workflow
from backend.security import current_actor, requires

bp = Blueprint("admin_promotions", url_prefix="/promotions")
EDITORS = (Role.HQ_ADMIN, Role.STORE_MANAGER)


class PromotionQuery(PageQuery):
    status: str | None = Field(default=None, max_length=20)


class RejectBody(Body):
    reason: str = Field(min_length=1, max_length=255)


@bp.get("/")
@requires(*EDITORS)
async def list_promotions(request: Request) -> HTTPResponse:
    q = parse_query(request, PromotionQuery)
    offset, limit = q.window()
    result = await workflow.list_promotions(current_actor(request), status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/")
@doc_body(workflow.PromotionIn)
@requires(*EDITORS)
async def create_promotion(request: Request) -> HTTPResponse:
    body = parse_body(request, workflow.PromotionIn)
    return created(await workflow.create_promotion(current_actor(request), body))


@bp.get("/<promotion_id:int>")
@requires(*EDITORS)
async def get_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    return ok(await workflow.get_promotion(current_actor(request), promotion_id))


@bp.put("/<promotion_id:int>")
@doc_body(workflow.PromotionIn)
@requires(*EDITORS)
async def update_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    body = parse_body(request, workflow.PromotionIn)
    return ok(await workflow.update_promotion(current_actor(request), promotion_id, body))


@bp.post("/<promotion_id:int>/submit")
@requires(*EDITORS)
async def submit_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    return ok(await workflow.submit(current_actor(request), promotion_id))


@bp.post("/<promotion_id:int>/approve")
@requires(Role.HQ_ADMIN)
async def approve_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    return ok(await workflow.approve(current_actor(request), promotion_id))


@bp.post("/<promotion_id:int>/reject")
@doc_body(RejectBody)
@requires(Role.HQ_ADMIN)
async def reject_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    body = parse_body(request, RejectBody)
    return ok(await workflow.reject(current_actor(request), promotion_id, body.reason))


@bp.post("/<promotion_id:int>/end")
@requires(*EDITORS)
async def end_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    return ok(await workflow.end(current_actor(request), promotion_id))
