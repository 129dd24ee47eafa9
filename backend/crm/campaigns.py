"""Campaigns through maker-checker, like promotions: a user drafts and submits, another HQ admin approves (nobody
approves what they created or submitted; a refusal is audited), the dispatch job sends from scheduled_at on.
Every step is audited.

    draft --submit--> pending_approval --approve--> approved --(scheduled_at)--> sending --> done
                                       --reject--> rejected --edit--> draft
    draft | pending_approval | approved --cancel--> cancelled
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from backend.audit import record_audit, record_refusal
from backend.crm import error_codes
from backend.crm.models import (
    CHANNEL_NAMES_ZH,
    STATUS_NAMES_ZH,
    Campaign,
    CampaignStatus,
    Channel,
    Delivery,
    DeliveryStatus,
    Segment,
)
from backend.errors import Forbidden, InvalidState, NotFound, ValidationError
from backend.numbering import new_no
from backend.org.models import Role
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.timestamps import iso

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CampaignDraft:
    """A campaign's content and audience (the HTTP layer checks the send time's zone and range)."""

    name: str
    channel: Channel
    segment_id: int
    scheduled_at: datetime
    sms_template_code: str = ""
    template_params: Mapping[str, str] = field(default_factory=dict)
    email_subject: str = ""
    email_body: str = ""


def check_content(draft: CampaignDraft) -> None:
    if draft.channel == Channel.SMS and not draft.sms_template_code:
        raise ValidationError("短信活动须填写已审核通过的短信模板编号（sms_template_code）",
                              code=error_codes.NO_TEMPLATE)
    if draft.channel == Channel.EMAIL and not (draft.email_subject.strip() and draft.email_body.strip()):
        raise ValidationError("邮件活动须填写主题和正文")


def campaign_dict(c: Campaign, counts: dict[str, int] | None = None) -> dict[str, Any]:
    status = CampaignStatus(c.status)
    data: dict[str, Any] = {
        "id": c.id, "code": c.code, "name": c.name, "channel": c.channel.value,
        "channel_name": CHANNEL_NAMES_ZH[c.channel], "segment_id": c.segment_id, "status": status.value,
        "status_name": STATUS_NAMES_ZH[status], "sms_template_code": c.sms_template_code,
        "template_params": c.template_params, "email_subject": c.email_subject, "email_body": c.email_body,
        "scheduled_at": iso(c.scheduled_at), "recipients": c.recipients, "created_by_id": c.created_by_id,
        "submitted_by_id": c.submitted_by_id, "approved_by_id": c.approved_by_id,
        "approved_at": iso(c.approved_at), "started_at": iso(c.started_at), "finished_at": iso(c.finished_at),
        "reject_reason": c.reject_reason, "created_at": iso(c.created_at),
    }
    if counts is not None:
        data["deliveries"] = {s.value: counts.get(s.value, 0) for s in DeliveryStatus}
    return data


async def delivery_counts(campaign_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {i: {} for i in campaign_ids}
    rows = await (Delivery.filter(campaign_id__in=campaign_ids).group_by("campaign_id", "status")
                  .annotate(n=Count("id")).values_list("campaign_id", "status", "n"))
    for cid, status, n in rows:
        out[int(cid)][str(getattr(status, "value", status))] = int(n)
    return out


def _fields(draft: CampaignDraft) -> dict[str, Any]:
    return {"name": draft.name, "channel": draft.channel, "segment_id": draft.segment_id,
            "scheduled_at": draft.scheduled_at, "sms_template_code": draft.sms_template_code,
            "template_params": dict(draft.template_params), "email_subject": draft.email_subject,
            "email_body": draft.email_body}


async def _segment_exists(segment_id: int, conn: BaseDBAsyncClient) -> None:
    if not await Segment.filter(id=segment_id).using_db(conn).exists():
        raise ValidationError("人群不存在", details=[{"field": "segment_id", "message": "人群不存在"}])


async def create_campaign(actor: Actor, draft: CampaignDraft, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    check_content(draft)
    if conn is None:
        async with in_transaction() as tx:
            return await create_campaign(actor, draft, tx)
    await _segment_exists(draft.segment_id, conn)
    c = await Campaign.create(code=new_no("CM"), created_by_id=actor.id, **_fields(draft), using_db=conn)
    out = campaign_dict(c)
    await record_audit(actor.user, "crm.campaign.create", "crm_campaign", c.id, after=out, via="admin",
                       using_db=conn)
    return out


async def _load(campaign_id: int, conn: BaseDBAsyncClient | None, *, lock: bool = False) -> Campaign:
    qs = Campaign.filter(id=campaign_id)
    if conn is not None:
        qs = qs.using_db(conn)
        if lock and is_postgres(conn):
            qs = qs.select_for_update()
    c = await qs.first()
    if c is None:
        raise NotFound("营销活动不存在")
    return c


async def get_campaign(campaign_id: int) -> dict[str, Any]:
    c = await _load(campaign_id, None)
    return campaign_dict(c, (await delivery_counts([c.id]))[c.id])


async def list_campaigns(*, status: str | None, offset: int, limit: int) -> dict[str, Any]:
    qs = Campaign.all()
    if status:
        try:
            qs = qs.filter(status=CampaignStatus(status))
        except ValueError as exc:
            raise ValidationError(f"不支持的活动状态 {status}") from exc
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    counts = await delivery_counts([c.id for c in rows])
    return {"items": [campaign_dict(c, counts[c.id]) for c in rows], "total": total}


async def update_campaign(actor: Actor, campaign_id: int, draft: CampaignDraft) -> dict[str, Any]:
    """Only drafts and rejected campaigns change; a rejected one goes back to draft."""
    check_content(draft)
    async with in_transaction() as conn:
        c = await _load(campaign_id, conn, lock=True)
        if c.status not in (CampaignStatus.DRAFT, CampaignStatus.REJECTED):
            raise InvalidState(f"活动{STATUS_NAMES_ZH[c.status]}，不能修改")
        await _segment_exists(draft.segment_id, conn)
        before = campaign_dict(c)
        for k, v in _fields(draft).items():
            setattr(c, k, v)
        c.status, c.reject_reason = CampaignStatus.DRAFT, ""
        await c.save(using_db=conn)
        out = campaign_dict(c)
        await record_audit(actor.user, "crm.campaign.update", "crm_campaign", c.id, before=before, after=out,
                           via="admin", using_db=conn)
    return out


async def _transition(actor: Actor, campaign_id: int, expected: set[CampaignStatus], new: CampaignStatus,
                      action: str, via: str, conn: BaseDBAsyncClient | None = None, **changes: Any) -> dict[str, Any]:
    if conn is None:
        async with in_transaction() as tx:
            return await _transition(actor, campaign_id, expected, new, action, via, tx, **changes)
    c = await _load(campaign_id, conn, lock=True)
    if c.status not in expected:
        raise InvalidState(f"活动当前{STATUS_NAMES_ZH[c.status]}，不能{action}")
    if new == CampaignStatus.APPROVED and actor.id in (c.created_by_id, c.submitted_by_id):
        raise Forbidden("不能审批自己创建或提交的营销活动，请由其他管理员审批", code=error_codes.SELF_APPROVAL)
    before = {"status": c.status.value}
    c.status = new
    for k, v in changes.items():
        setattr(c, k, v)
    await c.save(using_db=conn)
    after = {"status": new.value, **{k: iso(v) if isinstance(v, datetime) else v for k, v in changes.items()}}
    await record_audit(actor.user, f"crm.campaign.{new.value}", "crm_campaign", c.id, before=before,
                       after=after, via=via, using_db=conn)
    return campaign_dict(c)


async def submit(actor: Actor, campaign_id: int, *, via: str = "admin",
                 conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    return await _transition(actor, campaign_id, {CampaignStatus.DRAFT}, CampaignStatus.PENDING_APPROVAL,
                             "提交审批", via, conn, submitted_by_id=actor.id, submitted_at=datetime.now(UTC))


async def approve(actor: Actor, campaign_id: int, *, via: str = "admin") -> dict[str, Any]:
    if actor.role != Role.HQ_ADMIN:
        raise Forbidden("只有总部管理员可以审批营销活动")
    c = await _load(campaign_id, None)
    if actor.id is not None and actor.id in (c.created_by_id, c.submitted_by_id):
        await record_refusal(actor.user, "crm.campaign.approve_refused", "crm_campaign", c.id,
                             reason=error_codes.SELF_APPROVAL, via=via)
        raise Forbidden("不能审批自己创建或提交的营销活动，请由其他管理员审批", code=error_codes.SELF_APPROVAL)
    return await _transition(actor, campaign_id, {CampaignStatus.PENDING_APPROVAL}, CampaignStatus.APPROVED,
                             "审批", via, approved_by_id=actor.id, approved_at=datetime.now(UTC))


async def reject(actor: Actor, campaign_id: int, reason: str, *, via: str = "admin") -> dict[str, Any]:
    if actor.role != Role.HQ_ADMIN:
        raise Forbidden("只有总部管理员可以驳回营销活动")
    return await _transition(actor, campaign_id, {CampaignStatus.PENDING_APPROVAL}, CampaignStatus.REJECTED,
                             "驳回", via, reject_reason=reason[:255])


async def cancel(actor: Actor, campaign_id: int, *, via: str = "admin") -> dict[str, Any]:
    return await _transition(actor, campaign_id,
                             {CampaignStatus.DRAFT, CampaignStatus.PENDING_APPROVAL, CampaignStatus.APPROVED},
                             CampaignStatus.CANCELLED, "取消", via)


async def list_deliveries(campaign_id: int, *, status: str | None, offset: int, limit: int) -> dict[str, Any]:
    await _load(campaign_id, None)
    qs = Delivery.filter(campaign_id=campaign_id)
    if status:
        try:
            qs = qs.filter(status=DeliveryStatus(status))
        except ValueError as exc:
            raise ValidationError(f"不支持的发送状态 {status}") from exc
    total = await qs.count()
    rows = await qs.order_by("id").offset(offset).limit(limit).select_related("member")
    return {"total": total, "items": [{
        "id": d.id, "member_code": d.member.member_code, "channel": d.channel.value, "status": d.status.value,
        "attempts": d.attempts, "reason": d.reason, "last_error": d.last_error, "provider_id": d.provider_id,
        "report_code": d.report_code, "sent_at": iso(d.sent_at), "reported_at": iso(d.reported_at),
        "next_attempt_at": iso(d.next_attempt_at)} for d in rows]}
