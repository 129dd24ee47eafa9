"""Customer communications under /admin/api/v1/crm (backend.crm): segments with preview, campaigns through
maker-checker, their deliveries, members' consent and e-mail, today's results and the SMS callback URLs.
HQ (marketing) runs segments and campaigns; store managers may read and record a member's consent at the counter."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, model_validator
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from admin_api.coupons import SegmentIn as MemberSegmentIn
from backend.crm import callbacks, campaigns, consent, report, segments
from backend.crm.models import Channel, ConsentSource
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_crm", url_prefix="/crm")
HQ = Role.HQ_ADMIN
CONSENT_ROLES = (Role.HQ_ADMIN, Role.STORE_MANAGER)


class StatusQuery(PageQuery):
    status: str | None = Field(default=None, max_length=20)


class RejectBody(Body):
    reason: str = Field(min_length=1, max_length=255)


class ConsentBody(Body):
    channel: Channel
    granted: bool
    source: Literal["counter", "admin", "miniprogram", "import"] = "admin"
    note: str = Field(min_length=1, max_length=200)  # how the member said it (PIPL: the record of consent)


class EmailBody(Body):
    email: str = Field(min_length=3, max_length=254)


class SegmentRule(MemberSegmentIn):
    points_min: int | None = Field(default=None, ge=0, le=100_000_000)
    points_max: int | None = Field(default=None, ge=0, le=100_000_000)
    spent_min_fen: int | None = Field(default=None, ge=0, le=segments.MAX_FEN)
    spent_max_fen: int | None = Field(default=None, ge=0, le=segments.MAX_FEN)

    @model_validator(mode="after")
    def _ranges(self) -> SegmentRule:
        if self.points_min is not None and self.points_max is not None and self.points_min > self.points_max:
            raise ValueError("积分下限不能大于上限")
        if (self.spent_min_fen is not None and self.spent_max_fen is not None
                and self.spent_min_fen > self.spent_max_fen):
            raise ValueError("消费金额下限不能大于上限")
        return self


class SegmentIn(Body):
    name: str = Field(min_length=1, max_length=64)
    rule: SegmentRule


class CampaignIn(Body):
    name: str = Field(min_length=1, max_length=64)
    channel: Channel
    segment_id: int = Field(ge=1, le=2**31 - 1)
    scheduled_at: datetime
    sms_template_code: str = Field(default="", max_length=64, pattern=r"^[A-Za-z0-9_]*$")
    template_params: dict[str, str] = Field(default_factory=dict, max_length=20)
    email_subject: str = Field(default="", max_length=128)
    email_body: str = Field(default="", max_length=20_000)

    @model_validator(mode="after")
    def _check(self) -> CampaignIn:
        if self.scheduled_at.tzinfo is None:
            raise ValueError("发送时间需要带时区，例如 2026-12-08T10:00:00+08:00")
        if not campaigns.EARLIEST <= self.scheduled_at <= campaigns.LATEST:
            raise ValueError("发送时间须在 2000 年至 2100 年之间")
        if any(len(k) > 32 or len(v) > 64 for k, v in self.template_params.items()):
            raise ValueError("模板参数名最长 32 字，参数值最长 64 字")
        return self


# ---- segments ---------------------------------------------------------------------------------------------


@bp.get("/segments")
@requires(HQ)
async def list_segments(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    return ok(q.page_of(await segments.list_segments(offset, limit)))


@bp.post("/segments")
@doc_body(SegmentIn)
@requires(HQ)
async def create_segment(request: Request) -> HTTPResponse:
    body = parse_body(request, SegmentIn)
    return created(await segments.create_segment(current_actor(request), body.name, body.rule.to(segments.Rule)))


@bp.put("/segments/<segment_id:int>")
@doc_body(SegmentIn)
@requires(HQ)
async def update_segment(request: Request, segment_id: int) -> HTTPResponse:
    body = parse_body(request, SegmentIn)
    return ok(await segments.update_segment(current_actor(request), segment_id, body.name,
                                             body.rule.to(segments.Rule)))


@bp.get("/segments/<segment_id:int>/preview")
@requires(HQ)
async def preview_segment(request: Request, segment_id: int) -> HTTPResponse:
    s = await segments.get_segment(segment_id)
    return ok({"segment": segments.segment_dict(s), **await segments.preview(segments.rule_of(s))})


@bp.post("/segments/preview")
@doc_body(SegmentRule)
@requires(HQ)
async def preview_rule(request: Request) -> HTTPResponse:
    return ok(await segments.preview(parse_body(request, SegmentRule).to(segments.Rule)))


# ---- campaigns --------------------------------------------------------------------------------------------


@bp.get("/campaigns")
@requires(HQ)
async def list_campaigns(request: Request) -> HTTPResponse:
    q = parse_query(request, StatusQuery)
    offset, limit = q.window()
    result = await campaigns.list_campaigns(status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/campaigns")
@doc_body(CampaignIn)
@requires(HQ)
async def create_campaign(request: Request) -> HTTPResponse:
    body = parse_body(request, CampaignIn)
    return created(await campaigns.create_campaign(current_actor(request), body.to(campaigns.CampaignDraft)))


@bp.get("/campaigns/<campaign_id:int>")
@requires(HQ)
async def get_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    return ok(await campaigns.get_campaign(campaign_id))


@bp.put("/campaigns/<campaign_id:int>")
@doc_body(CampaignIn)
@requires(HQ)
async def update_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    body = parse_body(request, CampaignIn)
    return ok(await campaigns.update_campaign(current_actor(request), campaign_id,
                                               body.to(campaigns.CampaignDraft)))


@bp.post("/campaigns/<campaign_id:int>/submit")
@requires(HQ)
async def submit_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    return ok(await campaigns.submit(current_actor(request), campaign_id))


@bp.post("/campaigns/<campaign_id:int>/approve")
@requires(HQ)
async def approve_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    return ok(await campaigns.approve(current_actor(request), campaign_id))


@bp.post("/campaigns/<campaign_id:int>/reject")
@doc_body(RejectBody)
@requires(HQ)
async def reject_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    body = parse_body(request, RejectBody)
    return ok(await campaigns.reject(current_actor(request), campaign_id, body.reason))


@bp.post("/campaigns/<campaign_id:int>/cancel")
@requires(HQ)
async def cancel_campaign(request: Request, campaign_id: int) -> HTTPResponse:
    return ok(await campaigns.cancel(current_actor(request), campaign_id))


@bp.get("/campaigns/<campaign_id:int>/deliveries")
@requires(HQ)
async def campaign_deliveries(request: Request, campaign_id: int) -> HTTPResponse:
    q = parse_query(request, StatusQuery)
    offset, limit = q.window()
    result = await campaigns.list_deliveries(campaign_id, status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.get("/today")
@requires(HQ)
async def today(request: Request) -> HTTPResponse:
    return ok(await report.today())


@bp.get("/callbacks")
@requires(HQ)
async def callback_urls(request: Request) -> HTTPResponse:
    return ok(callbacks.callback_urls())


# ---- members' consent -------------------------------------------------------------------------------------


@bp.get("/members/<member_id:int>/consent")
@requires(*CONSENT_ROLES)
async def member_consent(request: Request, member_id: int) -> HTTPResponse:
    return ok(await consent.consent_history(member_id))


@bp.put("/members/<member_id:int>/consent")
@doc_body(ConsentBody)
@requires(*CONSENT_ROLES)
async def set_member_consent(request: Request, member_id: int) -> HTTPResponse:
    body = parse_body(request, ConsentBody)
    actor = current_actor(request)
    await consent.set_consent(member_id, body.channel, body.granted, ConsentSource(body.source),
                              detail=body.note, user=actor.user)
    return ok(await consent.consent_history(member_id))


@bp.put("/members/<member_id:int>/email")
@doc_body(EmailBody)
@requires(*CONSENT_ROLES)
async def set_member_email(request: Request, member_id: int) -> HTTPResponse:
    body = parse_body(request, EmailBody)
    await consent.set_email(member_id, body.email, user=current_actor(request).user)
    return ok(await consent.consent_history(member_id))
