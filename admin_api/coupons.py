"""Coupon templates under /admin/api/v1/coupon-templates (backend.members.coupon_admin): HQ (marketing) creates,
edits while nothing is issued, disables / enables and issues to members or segments; store managers may read
them (to answer shoppers) but not issue: a coupon is chain-wide money and the quota is shared by every store."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from backend.http import Body, created, ok, parse_body, parse_query
from backend.members import coupon_admin, segments
from backend.members import coupons as coupon_rules
from backend.members.models import CouponKind
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_coupon_templates", url_prefix="/coupon-templates")
READERS = (Role.HQ_ADMIN, Role.STORE_MANAGER)


class SegmentIn(Body):
    levels: list[str] = Field(default_factory=list, max_length=10)
    tags: list[str] = Field(default_factory=list, max_length=50)
    store_codes: list[str] = Field(default_factory=list, max_length=200)
    child_stages: list[str] = Field(default_factory=list, max_length=5)
    purchased_within_days: int | None = Field(default=None, ge=1, le=segments.MAX_DAYS)
    lapsed_days: int | None = Field(default=None, ge=1, le=segments.MAX_DAYS)
    all_members: bool = False


class TemplateBody(Body):
    """A coupon template. kind amount: `amount_fen` off (满 threshold_fen 减 amount_fen; threshold 0 = 无门槛).
    kind discount: the shopper pays `discount_bp` / 10000 of the eligible amount (8500 = 8.5折 = 15% off),
    rounded down to the fen, at most `max_discount_fen` off (0 = no cap). Validity: `valid_days` after the
    coupon is claimed/issued, or the fixed window `valid_from`..`valid_to` (both may be combined: the days,
    capped by valid_to). `total_quota` 0 = unlimited."""

    name: str = Field(min_length=1, max_length=64)
    description: str = Field(default="", max_length=255)
    kind: CouponKind
    amount_fen: int = Field(default=0, ge=0, le=coupon_rules.MAX_FEN)
    discount_bp: int = Field(default=10000, ge=0, le=10000)
    max_discount_fen: int = Field(default=0, ge=0, le=coupon_rules.MAX_FEN)
    threshold_fen: int = Field(default=0, ge=0, le=coupon_rules.MAX_FEN)
    category_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    valid_days: int | None = Field(default=None, ge=1, le=coupon_rules.MAX_VALID_DAYS)
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    total_quota: int = Field(default=0, ge=0, le=coupon_rules.MAX_QUOTA)
    per_member_limit: int = Field(default=1, ge=1, le=coupon_rules.MAX_PER_MEMBER)
    claimable: bool = True

    def as_input(self) -> coupon_rules.TemplateIn:
        return coupon_rules.TemplateIn(**self.model_dump())


class IssueBody(Body):
    """Exactly one of: `member_codes` (named members) or `segment`."""

    member_codes: list[str] = Field(default_factory=list, max_length=coupon_admin.MAX_NAMED)
    segment: SegmentIn | None = None

    def targets(self) -> tuple[list[str], segments.Segment | None]:
        return self.member_codes, self.segment.to(segments.Segment) if self.segment else None


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
@doc_body(TemplateBody)
@requires(Role.HQ_ADMIN)
async def create_template(request: Request) -> HTTPResponse:
    body = parse_body(request, TemplateBody)
    return created(await coupon_admin.create_template(current_actor(request), body.as_input()))


@bp.get("/<template_id:int>")
@requires(*READERS)
async def get_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.get_template(template_id))


@bp.put("/<template_id:int>")
@doc_body(TemplateBody)
@requires(Role.HQ_ADMIN)
async def update_template(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, TemplateBody)
    return ok(await coupon_admin.update_template(current_actor(request), template_id, body.as_input()))


@bp.post("/<template_id:int>/disable")
@requires(Role.HQ_ADMIN)
async def disable_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.set_active(current_actor(request), template_id, False))


@bp.post("/<template_id:int>/enable")
@requires(Role.HQ_ADMIN)
async def enable_template(request: Request, template_id: int) -> HTTPResponse:
    return ok(await coupon_admin.set_active(current_actor(request), template_id, True))


@bp.post("/<template_id:int>/issue/preview")
@doc_body(IssueBody)
@requires(Role.HQ_ADMIN)
async def preview_issue(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, IssueBody)
    return ok(await coupon_admin.preview_issue(template_id, *body.targets()))


@bp.post("/<template_id:int>/issue")
@doc_body(IssueBody)
@requires(Role.HQ_ADMIN)
async def issue(request: Request, template_id: int) -> HTTPResponse:
    body = parse_body(request, IssueBody)
    return ok(await coupon_admin.issue(current_actor(request), template_id, *body.targets()))
