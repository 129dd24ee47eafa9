"""Children's care reminders sent as WeChat mini-program subscribe messages (订阅消息).

A member must have accepted the care template in the mini-program (wx.requestSubscribeMessage -> POST
/members/me/subscriptions). WeChat's one-time subscriptions allow one message per accept, so a consent holds
`credits`. The daily job:

1. plans: every child reaching 6, 12 or 36 months on one of the last LOOKBACK_DAYS days (a missed day catches up)
   whose member has an openid and an accepted consent gets one CareReminderDelivery row, unique per
   (member, child, milestone, date): running twice plans nothing new;
2. sends every pending or failed row of that window: the row is claimed (pending/failed -> sending, a guarded
   UPDATE, so two runs never both send it) together with one credit, then the message goes out through wechatpy
   with no transaction open. Sent -> `sent` with WeChat's msgid. 43101 (the user holds no subscription) ->
   `skipped` and the credits are zeroed. Other errors -> `failed` (credit given back) and retried by the next run,
   up to MAX_ATTEMPTS; a row left in `sending` by a crash is never resent (at most once).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from backend.errors import ValidationError
from backend.members import children, wechat
from backend.members.models import (
    CareReminderDelivery,
    Child,
    DeliveryStatus,
    Member,
    SubscribeConsent,
    SubscribeStatus,
)
from backend.settings import get_settings
from backend.timestamps import business_today

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 3
MAX_ATTEMPTS = 5
SCENE = "care_reminder"
SCENE_NAME = "宝宝成长提醒"

# The reminder as the template's "thing" keyword takes it (at most 20 characters).
TEMPLATE_TEXT = {
    6: "满6个月：可添加辅食，奶粉换2段",
    12: "满1周岁：奶粉换3段，记得体检",
    36: "满3周岁：可换4段儿童成长奶粉",
}
# WeChat's length limits per keyword kind (thing1 -> thing).
KEYWORD_LIMITS = {"thing": 20, "name": 10, "phrase": 5, "character_string": 32, "date": 32, "time": 32}


@dataclass
class RunResult:
    planned: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def template_id() -> str:
    return get_settings().wechat_care_template_id


def _fit(key: str, value: str) -> str:
    return value[:KEYWORD_LIMITS.get(key.rstrip("0123456789"), 20)]


def message_data(child_name: str, months: int, due_on: dt.date) -> dict[str, dict[str, str]]:
    """The template's data: {name key: baby, text key: reminder, date key: the day the milestone is reached}."""
    keys = [k.strip() for k in get_settings().wechat_care_template_keys.split(",") if k.strip()]
    values = [child_name or "宝宝", TEMPLATE_TEXT[months], f"{due_on.year}年{due_on.month}月{due_on.day}日"]
    return {k: {"value": _fit(k, v)} for k, v in zip(keys, values, strict=False)}


async def plan(on: dt.date) -> int:
    """Delivery rows for the reminders due in the window whose member accepted the template."""
    tid = template_id()
    if not tid:
        return 0
    created = 0
    for back in range(LOOKBACK_DAYS - 1, -1, -1):
        day = on - dt.timedelta(days=back)
        due = await children.stage_reminders(day)
        if not due:
            continue
        member_ids = {r["member_id"] for r in due}
        consenting = set(await SubscribeConsent.filter(
            member_id__in=list(member_ids), template_id=tid, status=SubscribeStatus.ACCEPT, credits__gt=0,
        ).values_list("member_id", flat=True))
        with_openid = set(await Member.filter(id__in=list(consenting), openid__isnull=False,
                                              merged_into_id=None, deleted_at=None).values_list("id", flat=True))
        for r in due:
            if r["member_id"] not in with_openid:
                continue
            kind = f"m{r['months']}"
            if await CareReminderDelivery.exists(member_id=r["member_id"], child_id=r["child_id"], kind=kind,
                                                 due_on=day):
                continue
            try:
                await CareReminderDelivery.create(member_id=r["member_id"], child_id=r["child_id"], kind=kind,
                                                  due_on=day, template_id=tid)
                created += 1
            except IntegrityError:  # a concurrent run planned it
                pass
    return created


async def _claim(row: CareReminderDelivery) -> bool:
    """pending/failed -> sending with one of the member's credits, or skipped when none is left."""
    async with in_transaction() as conn:
        took = await CareReminderDelivery.filter(
            id=row.id, status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
        ).using_db(conn).update(status=DeliveryStatus.SENDING, attempts=F("attempts") + 1)
        if not took:
            return False  # another run has it
        credit = await SubscribeConsent.filter(
            member_id=row.member_id, template_id=row.template_id, status=SubscribeStatus.ACCEPT, credits__gt=0,
        ).using_db(conn).update(credits=F("credits") - 1)
        if not credit:
            await CareReminderDelivery.filter(id=row.id).using_db(conn).update(
                status=DeliveryStatus.SKIPPED, last_error="会员未订阅或订阅次数已用完")
            return False
    return True


async def _send_one(row: CareReminderDelivery, result: RunResult) -> None:
    if not await _claim(row):
        return
    member = await Member.get(id=row.member_id)
    child = await Child.get_or_none(id=row.child_id)
    months = int(row.kind[1:])
    s = get_settings()
    try:
        msgid = await wechat.send_subscribe_message(
            member.openid or "", row.template_id, message_data(child.name if child else "", months, row.due_on),
            page=s.wechat_care_page, state=s.wechat_miniprogram_state)
    except wechat.SubscribeRefused as exc:
        await CareReminderDelivery.filter(id=row.id).update(status=DeliveryStatus.SKIPPED, last_error=str(exc)[:255])
        await SubscribeConsent.filter(member_id=row.member_id, template_id=row.template_id).update(credits=0)
        result.skipped += 1
        return
    except wechat.SubscribeFailed as exc:
        gave_up = row.attempts + 1 >= MAX_ATTEMPTS
        await CareReminderDelivery.filter(id=row.id).update(
            status=DeliveryStatus.SKIPPED if gave_up else DeliveryStatus.FAILED, last_error=str(exc)[:255])
        await SubscribeConsent.filter(member_id=row.member_id, template_id=row.template_id).update(
            credits=F("credits") + 1)  # the accept was not used
        log.warning("care reminder %s not sent (attempt %s): %s", row.id, row.attempts + 1, exc)
        result.failed += 1
        return
    await CareReminderDelivery.filter(id=row.id).update(status=DeliveryStatus.SENT, msgid=msgid[:64],
                                                        sent_at=dt.datetime.now(dt.UTC), last_error="")
    result.sent += 1


async def run(on: dt.date) -> RunResult:
    result = RunResult(planned=await plan(on))
    if not template_id():
        return result
    rows = await CareReminderDelivery.filter(
        status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
        due_on__gte=on - dt.timedelta(days=LOOKBACK_DAYS - 1), due_on__lte=on,
    ).order_by("id")
    for row in rows:
        await _send_one(row, result)
    return result


async def care_reminders_job(on: dt.date | None = None) -> int:
    """The daily job: send the care reminders due (WeChat subscribe messages to members who accepted them, each at
    most once, failures retried). Returns how many were sent."""
    result = await run(on or business_today())
    log.info("care reminders: planned=%s sent=%s skipped=%s failed=%s", result.planned, result.sent,
             result.skipped, result.failed)
    return result.sent


# ---- consent ------------------------------------------------------------------------------------------------


def _consent_json(tid: str, c: SubscribeConsent | None) -> dict[str, Any]:
    return {"scene": SCENE, "name": SCENE_NAME, "template_id": tid,
            "status": SubscribeStatus(c.status).value if c else None, "credits": c.credits if c else 0}


async def consents(member: Member) -> dict[str, Any]:
    """The subscribe templates the mini-program should ask for, with this member's answers so far."""
    tid = template_id()
    if not tid:
        return {"items": []}
    c = await SubscribeConsent.get_or_none(member_id=member.id, template_id=tid)
    return {"items": [_consent_json(tid, c)]}


async def record_consent(member: Member, results: dict[str, str]) -> dict[str, Any]:
    """What wx.requestSubscribeMessage answered ({template_id: accept|reject|ban|filter}, plus errMsg): each
    accept adds one credit (one message); reject/ban/filter stop sending until the next accept."""
    tid = template_id()
    answer = results.get(tid) if tid else None
    if answer is None:
        raise ValidationError("没有可订阅的消息模板", details=[{"field": "results", "message": "模板不存在"}])
    try:
        status = SubscribeStatus(answer)
    except ValueError:
        raise ValidationError("订阅结果只能是 accept、reject、ban 或 filter",
                              details=[{"field": f"results.{tid}", "message": "取值不合法"}]) from None
    accept = status == SubscribeStatus.ACCEPT
    add = 1 if accept else 0

    async def bump() -> int:  # one guarded UPDATE: concurrent answers each count
        return await SubscribeConsent.filter(member_id=member.id, template_id=tid).update(
            status=status, credits=F("credits") + add, accepted_count=F("accepted_count") + add)

    if not await bump():
        try:
            await SubscribeConsent.create(member_id=member.id, template_id=tid, status=status, credits=add,
                                          accepted_count=add)
        except IntegrityError:  # the first answer arrived twice at once: count it on the row that won
            await bump()
    return await consents(member)
