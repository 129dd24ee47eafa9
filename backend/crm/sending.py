"""Sending: campaigns due start (their recipients become delivery rows), due deliveries are claimed and sent
through the providers, finished campaigns close. One pass is `dispatch()`, run by the "crm.dispatch" periodic job
(backend.tasks.schedule; Celery beat in production, the web app's embedded runner under make run).

- **Exactly once per member and campaign**: recipients are inserted with the unique (campaign, member) key and
  conflicts ignored, so two passes starting one campaign at once create one row each; a row is claimed under a
  lease (backend.due_rows: FOR UPDATE SKIP LOCKED) and moved pending -> sending by one guarded UPDATE before the
  provider is called, so no pass sends a row another one took, and a row is never sent again once sending.
- **Consent** is checked when the campaign starts and again right before each send (a TD reply in between wins).
- **Quiet hours** (marketing SMS, 21:00-08:00 China time): the row is deferred to 08:00, not dropped.
- **Frequency cap**: at most N marketing messages per member per window (all channels). Counted under the
  member's row lock, so two campaigns racing for one member cannot both pass the last slot. Over the cap: skipped.
- **Throttle**: at most the configured messages per second per channel across every worker (a Redis counter per
  second); a pass over the budget waits for the next second.
- **Retries**: a provider error (network, 5xx, throttling) puts the row back to pending after a backoff; after
  max_attempts it is failed. Rows are taken by due time, so a campaign whose provider fails never holds up others.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.cache import get_redis, key
from backend.crm import senders
from backend.crm.config import CrmConfig, crm_config
from backend.crm.consent import is_granted
from backend.crm.models import (
    Campaign,
    CampaignStatus,
    Channel,
    Delivery,
    DeliveryStatus,
    MemberEmail,
    MessageKind,
    Segment,
)
from backend.crm.segments import member_ids, reachable, rule_of
from backend.crm.tokens import make_token
from backend.due_rows import PassResult, claim_due, work_claimed
from backend.fieldcrypt import FieldDecryptError, unseal
from backend.members.models import Member
from backend.raw_sql import execute, fetch, is_postgres
from backend.settings import get_settings
from backend.timestamps import CHINA

log = logging.getLogger("cradle.crm")

UNSUBSCRIBE_PATH = "/api/v1/crm/unsubscribe"


@dataclass
class DispatchResult:
    started: list[int] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)


# ---- quiet hours and the frequency cap --------------------------------------------------------------------


def quiet_until(now: datetime, cfg: CrmConfig) -> datetime | None:
    """When quiet hours end, if `now` is inside them (China time); None outside them."""
    local = now.astimezone(CHINA)
    start, end = cfg.quiet_start_hour, cfg.quiet_end_hour
    if start == end:
        return None
    inside = (local.hour >= start or local.hour < end) if start > end else (start <= local.hour < end)
    if not inside:
        return None
    day = local.date() + timedelta(days=1) if local.hour >= start > end else local.date()
    return datetime(day.year, day.month, day.day, end, tzinfo=CHINA)


async def _sent_in_window(conn: BaseDBAsyncClient, member_id: int, now: datetime, cfg: CrmConfig) -> int:
    since = now - timedelta(days=cfg.frequency_days)
    return await Delivery.filter(member_id=member_id, kind=MessageKind.MARKETING, counted_at__gte=since) \
        .using_db(conn).count()


# ---- starting campaigns -----------------------------------------------------------------------------------


async def start_due(now: datetime) -> list[int]:
    due = await Campaign.filter(status=CampaignStatus.APPROVED, scheduled_at__lte=now).values_list("id", flat=True)
    started = []
    for cid in due:
        if await start_campaign(int(cid), now):
            started.append(int(cid))
    return started


async def start_campaign(campaign_id: int, now: datetime) -> bool:
    c = await Campaign.get(id=campaign_id)
    segment = await Segment.get(id=c.segment_id)
    ids = await reachable(c.channel, await member_ids(rule_of(segment)))
    async with in_transaction() as conn:
        rows = [Delivery(campaign_id=c.id, member_id=m, channel=c.channel, kind=MessageKind.MARKETING,
                         next_attempt_at=now) for m in ids]
        for i in range(0, len(rows), 1000):
            await Delivery.bulk_create(rows[i:i + 1000], ignore_conflicts=True, using_db=conn)
        count = await Delivery.filter(campaign_id=c.id).using_db(conn).count()
        changed = await Campaign.filter(id=c.id, status=CampaignStatus.APPROVED).using_db(conn).update(
            status=CampaignStatus.SENDING, started_at=now, recipients=count)
    if changed:
        log.info("campaign %s started: %s recipients", c.code, count)
    return bool(changed)


async def finish_done(now: datetime, cfg: CrmConfig) -> list[int]:
    """Campaigns sending with nothing left pending (nor in flight within a lease) are done."""
    stale = now - timedelta(seconds=cfg.lease_s)
    done = []
    for cid in await Campaign.filter(status=CampaignStatus.SENDING).values_list("id", flat=True):
        busy = await Delivery.filter(campaign_id=cid, status=DeliveryStatus.PENDING).exists() or \
            await Delivery.filter(campaign_id=cid, status=DeliveryStatus.SENDING, updated_at__gt=stale).exists()
        if not busy and await Campaign.filter(id=cid, status=CampaignStatus.SENDING).update(
                status=CampaignStatus.DONE, finished_at=now):
            done.append(int(cid))
    return done


# ---- throttle ---------------------------------------------------------------------------------------------


async def throttle(channel: Channel, cfg: CrmConfig) -> None:
    """Wait until this message fits the channel's per-second budget (shared by every worker through Redis)."""
    budget = max(1, int(cfg.rate_per_s(channel.value)))
    redis = get_redis()
    while True:
        second = int(time.time())
        name = key("crm", "rate", channel.value, second)
        n = await redis.incr(name)
        if n == 1:
            await redis.expire(name, 5)
        if n <= budget:
            return
        await asyncio.sleep(max(0.0, second + 1 - time.time()))


# ---- one delivery -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claimed:
    delivery: Delivery
    address: str
    member: Member
    campaign: Campaign | None


async def _address(conn: BaseDBAsyncClient, d: Delivery, member: Member) -> str:
    try:
        if d.channel == Channel.SMS:
            return unseal(member.phone) if member.phone else ""
        row = await MemberEmail.filter(member_id=member.id).using_db(conn).first()
        return unseal(row.email) if row else ""
    except FieldDecryptError:
        return ""


async def _skip(conn: BaseDBAsyncClient, d: Delivery, reason: str) -> str:
    await Delivery.filter(id=d.id, status=DeliveryStatus.PENDING).using_db(conn).update(
        status=DeliveryStatus.SKIPPED, reason=reason)
    return f"skipped_{reason}"


async def _claim(delivery_id: int, now: datetime, cfg: CrmConfig) -> Claimed | str:
    """Decide under the member's lock whether the row goes out now; move it to sending if so."""
    async with in_transaction() as conn:
        pg = is_postgres(conn)
        d = await Delivery.filter(id=delivery_id).using_db(conn).first()
        if d is None or d.status != DeliveryStatus.PENDING:
            return "gone"
        lock = " FOR UPDATE" if pg else ""
        found = await fetch(conn, f"SELECT id FROM members WHERE id = $1{lock}", [d.member_id])
        member = await Member.filter(id=d.member_id).using_db(conn).first()
        if not found or member is None or member.deleted_at is not None or member.merged_into_id is not None:
            return await _skip(conn, d, "member_gone")
        campaign = None
        if d.kind == MessageKind.MARKETING:
            campaign = await Campaign.filter(id=d.campaign_id).using_db(conn).first()
            if campaign is None or campaign.status != CampaignStatus.SENDING:
                return await _skip(conn, d, "cancelled")
            if not await is_granted(d.member_id, d.channel, conn):
                return await _skip(conn, d, "consent")
            until = quiet_until(now, cfg) if d.channel == Channel.SMS else None
            if until is not None:
                await Delivery.filter(id=d.id, status=DeliveryStatus.PENDING).using_db(conn).update(
                    next_attempt_at=until, deferrals=d.deferrals + 1)
                return "deferred_quiet_hours"
            if await _sent_in_window(conn, d.member_id, now, cfg) >= cfg.frequency_cap:
                return await _skip(conn, d, "frequency_cap")
        address = await _address(conn, d, member)
        if not address:
            return await _skip(conn, d, "no_address")
        moved = await execute(conn, "UPDATE crm_deliveries SET status = 'sending', attempts = attempts + 1, "
                                    "counted_at = $1, updated_at = $1 WHERE id = $2 AND status = 'pending'",
                              [now, d.id])
        if not moved:
            return "gone"
        d.attempts += 1
        return Claimed(d, address, member, campaign)


def _fill(params: dict[str, Any], member: Member) -> dict[str, str]:
    return {k: str(v).replace("{nickname}", member.nickname or "会员") for k, v in params.items()}


def unsubscribe_url(member_id: int, campaign_id: int | None, cfg: CrmConfig) -> str:
    token = make_token(member_id, Channel.EMAIL.value, campaign_id, ttl_days=cfg.unsubscribe_ttl_days)
    return f"{get_settings().public_base_url.rstrip('/')}{UNSUBSCRIBE_PATH}?token={token}"


async def _send(c: Claimed, cfg: CrmConfig) -> senders.SendResult:
    d = c.delivery
    if d.channel == Channel.SMS:
        template = c.campaign.sms_template_code if c.campaign else d.template_code
        params = _fill(c.campaign.template_params if c.campaign else d.params, c.member)
        return await senders.sms_sender().send(phone=c.address, template_code=template, params=params,
                                               out_id=str(d.id))
    assert c.campaign is not None  # e-mail is marketing only
    link = unsubscribe_url(c.member.id, c.campaign.id, cfg)
    body = (c.campaign.email_body.replace("{nickname}", c.member.nickname or "会员")
            + f"\n\n——\n不想再收到此类邮件？点此退订：{link}\n")
    headers = {"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
               "X-Cradle-Delivery": str(d.id)}
    return await senders.email_sender().send(to=c.address, subject=c.campaign.email_subject, body=body,
                                             headers=headers)


async def _record(c: Claimed, result: senders.SendResult, now: datetime, cfg: CrmConfig) -> str:
    d = c.delivery
    guard = Delivery.filter(id=d.id, status=DeliveryStatus.SENDING)
    if result.state == "sent":
        await guard.update(status=DeliveryStatus.SENT, provider_id=result.provider_id[:64], sent_at=now,
                           last_error="")
        return "sent"
    error = f"{result.code} {result.message}".strip()[:255]
    if result.state == "retry" and d.attempts < cfg.max_attempts:
        await guard.update(status=DeliveryStatus.PENDING, counted_at=None, last_error=error,
                           next_attempt_at=now + timedelta(seconds=cfg.backoff(d.attempts)))
        return "retry"
    await guard.update(status=DeliveryStatus.FAILED, counted_at=None, last_error=error,
                       reason="provider_error" if result.state == "retry" else "refused")
    log.warning("delivery %s failed after %s attempts: %s", d.id, d.attempts, result.code)
    return "failed"


async def send_one(delivery_id: int, now: datetime, cfg: CrmConfig) -> str:
    claimed = await _claim(delivery_id, now, cfg)
    if isinstance(claimed, str):
        return claimed
    await throttle(claimed.delivery.channel, cfg)
    try:
        result = await _send(claimed, cfg)
    except Exception as exc:  # a sender must not raise; if one does, retry rather than lose the row
        log.exception("sender raised for delivery %s", delivery_id)
        result = senders.SendResult("retry", code="exception", message=type(exc).__name__)
    return await _record(claimed, result, now, cfg)


async def send_due(now: datetime, cfg: CrmConfig) -> PassResult:
    ids = await claim_due("crm_deliveries", now=now, limit=cfg.claim_batch, lease_s=cfg.lease_s)
    return await work_claimed(ids, lambda i: send_one(i, now, cfg), concurrency=4, what="crm delivery")


async def dispatch(now: datetime | None = None) -> DispatchResult:
    """One pass: start due campaigns, send due deliveries, close finished campaigns."""
    now = now or datetime.now(UTC)
    cfg = crm_config()
    out = DispatchResult(started=await start_due(now))
    out.outcomes = (await send_due(now, cfg)).outcomes
    out.finished = await finish_done(now, cfg)
    return out
