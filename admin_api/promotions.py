"""Promotion routes under /admin/api/v1/promotions. HQ and store managers (their own
stores) draft and submit; HQ approves (not the person who created or submitted it)."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field, model_validator
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.http import Body, PageQuery, created, ok, parse_body, parse_query
from backend.openapi_doc import doc_body
from backend.org.models import Channel, Role
from backend.promotions import workflow
from backend.promotions.models import PromotionKind
from backend.security import current_actor, requires

bp = Blueprint("admin_promotions", url_prefix="/promotions")
EDITORS = (Role.HQ_ADMIN, Role.STORE_MANAGER)


class PromotionQuery(PageQuery):
    status: str | None = Field(default=None, max_length=20)


class ItemIn(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    price_fen: int | None = Field(default=None, ge=0, le=100_000_000)


class PromotionIn(Body):
    name: str = Field(min_length=1, max_length=64)
    kind: PromotionKind
    starts_at: datetime
    ends_at: datetime
    threshold_fen: int = Field(default=0, ge=0, le=100_000_000)
    amount_fen: int = Field(default=0, ge=0, le=100_000_000)
    repeat: bool = False
    percent_off_bp: int = Field(default=0, ge=0, le=9900)
    buy_qty: int = Field(default=0, ge=0, le=1000)
    free_qty: int = Field(default=0, ge=0, le=1000)
    member_only: bool = False
    channels: list[Channel] = Field(default_factory=list, max_length=20)
    location_codes: list[str] = Field(default_factory=list, max_length=200)
    category_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    items: list[ItemIn] = Field(default_factory=list, max_length=2000)
    note: str = Field(default="", max_length=255)

    @model_validator(mode="after")
    def _check(self) -> PromotionIn:
        if self.starts_at.tzinfo is None or self.ends_at.tzinfo is None:
            raise ValueError("时间需要带时区，例如 2026-11-23T00:00:00+08:00")
        for value in (self.starts_at, self.ends_at):
            if not workflow.EARLIEST <= value <= workflow.LATEST:
                raise ValueError("活动时间须在 2000 年至 2100 年之间")
        return self


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
@doc_body(PromotionIn)
@requires(*EDITORS)
async def create_promotion(request: Request) -> HTTPResponse:
    body = parse_body(request, PromotionIn)
    return created(await workflow.create_promotion(current_actor(request), body.to(workflow.PromotionDraft)))


@bp.get("/<promotion_id:int>")
@requires(*EDITORS)
async def get_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    return ok(await workflow.get_promotion(current_actor(request), promotion_id))


@bp.put("/<promotion_id:int>")
@doc_body(PromotionIn)
@requires(*EDITORS)
async def update_promotion(request: Request, promotion_id: int) -> HTTPResponse:
    body = parse_body(request, PromotionIn)
    return ok(await workflow.update_promotion(current_actor(request), promotion_id,
                                       body.to(workflow.PromotionDraft)))


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
