"""A campaign to a segment goes through maker-checker and is sent exactly once per consenting member through the
Alibaba Cloud SMS fake and the SMTP sink; delivery receipts are recorded; a TD reply and the e-mail link
unsubscribe; quiet hours defer; the frequency cap skips; a provider outage is retried, then failed, while another
campaign goes out."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from backend.audit.models import AuditLog
from backend.crm import sending
from backend.crm.callbacks import callback_token
from backend.crm.config import CrmConfig
from backend.crm.models import (
    Campaign,
    CampaignStatus,
    ConsentEvent,
    Delivery,
    DeliveryStatus,
    MemberConsent,
)
from backend.org.models import Role
from backend.timestamps import CHINA
from fakes.aliyun_sms import AliyunSmsFakeState
from fakes.server import FakeServer
from fakes.smtp_sink import SmtpSink
from tests.factories import auth, make_user

from .conftest import PHONES, make_people

BASE = "/admin/api/v1/crm"
DAYTIME = datetime(2026, 12, 7, 10, 0, tzinfo=CHINA)  # a Monday, 10:00 China time


def _night_after_now(hour: int = 22) -> datetime:
    """A moment in the SMS quiet hours (21:00-08:00 China time) after the real clock: a message queued now (a
    transactional one is due at once) is due by then, whatever the day the tests run."""
    now = datetime.now(CHINA)
    night = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return night if night > now else night + timedelta(days=1)


async def _approved_campaign(client: Any, maker: Any, checker: Any, segment_id: int, *, channel: str = "sms",
                             template: str = "SMS_500100", name: str = "双十二奶粉节",
                             at: datetime = DAYTIME) -> int:
    body: dict[str, Any] = {"name": name, "channel": channel, "segment_id": segment_id,
                            "scheduled_at": at.isoformat()}
    if channel == "sms":
        body |= {"sms_template_code": template, "template_params": {"name": "{nickname}", "coupon": "满100减20"}}
    else:
        body |= {"email_subject": "双十二会员专享", "email_body": "{nickname}您好，奶粉满199减30。"}
    _, r = await client.post(f"{BASE}/campaigns", json=body, headers=auth(maker))
    assert r.status == 201, r.json
    cid = r.json["id"]
    _, r = await client.post(f"{BASE}/campaigns/{cid}/submit", headers=auth(maker))
    assert r.json["status"] == "pending_approval"
    _, r = await client.post(f"{BASE}/campaigns/{cid}/approve", headers=auth(checker))
    assert r.status == 200 and r.json["status"] == "approved", r.json
    return int(cid)


async def _gold_segment(client: Any, user: Any) -> int:
    _, r = await client.post(f"{BASE}/segments", json={"name": "金卡会员", "rule": {"levels": ["gold"]}},
                             headers=auth(user))
    assert r.status == 201, r.json
    return int(r.json["id"])


async def _users() -> tuple[Any, Any]:
    return await make_user(Role.HQ_ADMIN, "marketing_c"), await make_user(Role.HQ_ADMIN, "admin_c")


async def test_sms_campaign_sends_once_per_consenting_member_and_records_receipts(
        crm: CrmConfig, client: Any, sms: AliyunSmsFakeState) -> None:
    people = await make_people()
    maker, checker = await _users()
    seg = await _gold_segment(client, maker)

    _, r = await client.get(f"{BASE}/segments/{seg}/preview", headers=auth(maker))
    assert r.json["count"] == 5 and r.json["reachable"] == {"sms": 3, "email": 1}
    phones = {s["phone"] for s in r.json["sample"]}
    assert "138****0001" in phones and not any(re.search(r"\d{11}", p) for p in phones)

    # maker-checker: the drafter cannot approve; the refusal is audited; another HQ admin can
    _, r = await client.post(f"{BASE}/campaigns", json={
        "name": "自审", "channel": "sms", "segment_id": seg, "scheduled_at": DAYTIME.isoformat(),
        "sms_template_code": "SMS_500100"}, headers=auth(maker))
    own = r.json["id"]
    await client.post(f"{BASE}/campaigns/{own}/submit", headers=auth(maker))
    _, r = await client.post(f"{BASE}/campaigns/{own}/approve", headers=auth(maker))
    assert r.status == 403 and r.json["error"]["code"] == "self_approval"
    assert await AuditLog.filter(action="crm.campaign.approve_refused").count() == 1
    await client.post(f"{BASE}/campaigns/{own}/cancel", headers=auth(maker))

    cid = await _approved_campaign(client, maker, checker, seg)
    # not due yet: nothing happens
    before = await sending.dispatch(DAYTIME - timedelta(minutes=1))
    assert before.started == [] and sms.messages == []

    # the send task run twice at once: each consenting member with a phone gets exactly one message
    await asyncio.gather(sending.dispatch(DAYTIME), sending.dispatch(DAYTIME))
    await sending.dispatch(DAYTIME + timedelta(seconds=5))
    sent = sorted(m.phone for m in sms.messages)
    assert sent == sorted([PHONES["gold_sms"], PHONES["gold_both"], PHONES["gold_unreachable"]])
    first = sms.sent_to(PHONES["gold_sms"])[0]
    assert first.template_code == "SMS_500100" and first.sign_name == "Cradle母婴"
    assert first.params == {"name": "会员gold_sms", "coupon": "满100减20"}
    assert await Delivery.filter(campaign_id=cid).count() == 3  # one row per reachable member, however many passes
    assert people.gold_none.id not in await Delivery.filter(campaign_id=cid).values_list("member_id", flat=True)

    # delivery receipts in Alibaba's SmsReport shape, pushed to our route (twice: recorded once)
    reports = sms.take_reports()
    assert {x["out_id"] for x in reports} == {str(i) for i in await Delivery.filter(campaign_id=cid)
                                              .values_list("id", flat=True)}
    _, r = await client.post("/api/v1/crm/sms/reports?token=wrong", json=reports)
    assert r.status == 403 and r.json["error"]["code"] == "invalid_token"
    for _ in range(2):
        _, r = await client.post(f"/api/v1/crm/sms/reports?token={callback_token()}", json=reports)
        assert r.status == 200 and r.json == {"code": 0, "msg": "成功"}
    by_member = {d.member_id: d for d in await Delivery.filter(campaign_id=cid)}
    assert by_member[people.gold_sms.id].status == DeliveryStatus.DELIVERED
    assert by_member[people.gold_sms.id].report_code == "DELIVERED" and by_member[people.gold_sms.id].provider_id
    assert by_member[people.gold_unreachable.id].status == DeliveryStatus.UNDELIVERED
    assert by_member[people.gold_unreachable.id].report_code == "MOBILE_NOT_ON_SERVICE"

    # nothing left to send: closed by a later pass (or already by the last one)
    await sending.dispatch(DAYTIME + timedelta(minutes=1))
    assert (await Campaign.get(id=cid)).status == CampaignStatus.DONE
    _, r = await client.get(f"{BASE}/campaigns/{cid}", headers=auth(checker))
    assert r.json["deliveries"]["delivered"] == 2 and r.json["deliveries"]["undelivered"] == 1
    assert r.json["recipients"] == 3
    _, r = await client.get(f"{BASE}/campaigns/{cid}/deliveries?status=delivered", headers=auth(checker))
    assert r.json["total"] == 2


async def test_td_reply_unsubscribes_and_the_next_campaign_skips_the_member(
        crm: CrmConfig, client: Any, sms: AliyunSmsFakeState, sms_server: FakeServer) -> None:
    people = await make_people()
    maker, checker = await _users()
    seg = await _gold_segment(client, maker)
    await _approved_campaign(client, maker, checker, seg, name="第一波")
    await sending.dispatch(DAYTIME)
    assert len(sms.sent_to(PHONES["gold_sms"])) == 1

    async with httpx.AsyncClient(base_url=sms_server.base_url, trust_env=False) as http:
        r = await http.post("/fake/reply", json={"phone_number": PHONES["gold_sms"], "content": " TD "})
        assert r.status_code == 200
        await http.post("/fake/reply", json={"phone_number": PHONES["gold_both"], "content": "好的谢谢"})
    replies = sms.take_replies()
    assert [x["content"] for x in replies] == [" TD ", "好的谢谢"] and all("sequence_id" in x for x in replies)
    _, r = await client.post(f"/api/v1/crm/sms/replies?token={callback_token()}", json=replies)
    assert r.status == 200 and r.json["code"] == 0

    assert not (await MemberConsent.get(member_id=people.gold_sms.id, channel="sms")).granted
    assert (await MemberConsent.get(member_id=people.gold_both.id, channel="sms")).granted
    event = await ConsentEvent.filter(member_id=people.gold_sms.id, granted=False).get()
    assert event.source == "sms_reply" and "TD" in event.detail and event.created_at is not None

    await _approved_campaign(client, maker, checker, seg, name="第二波", at=DAYTIME + timedelta(hours=1))
    await sending.dispatch(DAYTIME + timedelta(hours=1))
    assert len(sms.sent_to(PHONES["gold_sms"])) == 1  # nothing after the TD
    assert len(sms.sent_to(PHONES["gold_both"])) == 2

    _, r = await client.get(f"{BASE}/members/{people.gold_sms.id}/consent", headers=auth(maker))
    assert r.json["consent"] == {"sms": False, "email": False}
    assert [e["source"] for e in r.json["events"]] == ["sms_reply", "miniprogram"]


async def test_email_campaign_through_smtp_and_the_signed_unsubscribe_link(
        crm: CrmConfig, client: Any, sink: SmtpSink) -> None:
    people = await make_people()
    maker, checker = await _users()
    _, r = await client.post(f"{BASE}/segments", json={"name": "全部会员", "rule": {"all_members": True}},
                             headers=auth(maker))
    seg = r.json["id"]
    cid = await _approved_campaign(client, maker, checker, seg, channel="email")
    night = datetime(2026, 12, 7, 22, 30, tzinfo=CHINA)  # e-mail is not held by the SMS quiet hours
    await asyncio.gather(sending.dispatch(night), sending.dispatch(night))
    assert sorted(str(m["To"]) for m in sink.messages) == ["gold_both@example.org", "silver@example.org"]
    msg = next(m for m in sink.messages if str(m["To"]) == "gold_both@example.org")
    assert str(msg["Subject"]) == "双十二会员专享" and "会员gold_both您好" in msg.get_content()
    link = re.search(r"<(http[^>]+)>", str(msg["List-Unsubscribe"])).group(1)  # type: ignore[union-attr]
    assert link in msg.get_content()
    token = parse_qs(urlsplit(link).query)["token"][0]

    _, r = await client.get(f"/api/v1/crm/unsubscribe?token={token}")
    assert r.status == 200 and "确认退订" in r.text
    assert (await MemberConsent.get(member_id=people.gold_both.id, channel="email")).granted  # a GET changes nothing
    _, r = await client.post(f"/api/v1/crm/unsubscribe?token={token[:-2]}xx")
    assert r.status == 400 and r.json["error"]["code"] == "invalid_token"
    _, r = await client.post(f"/api/v1/crm/unsubscribe?token={token}", content=b"List-Unsubscribe=One-Click",
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status == 200 and "已退订" in r.text
    assert not (await MemberConsent.get(member_id=people.gold_both.id, channel="email")).granted
    event = await ConsentEvent.filter(member_id=people.gold_both.id, channel="email", granted=False).get()
    assert event.source == "email_link" and str(cid) in event.detail
    assert (await MemberConsent.get(member_id=people.gold_both.id, channel="sms")).granted  # SMS untouched

    sink.messages.clear()
    await _approved_campaign(client, maker, checker, seg, channel="email", name="第二封",
                             at=night + timedelta(days=1))
    await sending.dispatch(night + timedelta(days=1))
    assert [str(m["To"]) for m in sink.messages] == ["silver@example.org"]


async def test_quiet_hours_defer_marketing_sms_to_eight_and_send_it_then(
        crm: CrmConfig, client: Any, sms: AliyunSmsFakeState) -> None:
    await make_people()
    maker, checker = await _users()
    seg = await _gold_segment(client, maker)
    late = datetime(2026, 12, 7, 21, 15, tzinfo=CHINA)
    cid = await _approved_campaign(client, maker, checker, seg, at=late)
    out = await sending.dispatch(late)
    assert out.outcomes == {"deferred_quiet_hours": 3} and sms.messages == []
    rows = await Delivery.filter(campaign_id=cid)
    assert {r.status for r in rows} == {DeliveryStatus.PENDING} and {r.deferrals for r in rows} == {1}
    eight = datetime(2026, 12, 8, 8, 0, tzinfo=CHINA)
    assert {r.next_attempt_at.astimezone(CHINA) for r in rows} == {eight}
    await sending.dispatch(datetime(2026, 12, 8, 3, 0, tzinfo=CHINA))  # still night: not due
    assert sms.messages == []
    await sending.dispatch(eight)
    assert len(sms.messages) == 3


async def test_frequency_cap_skips_past_n_marketing_messages_in_the_window(
        crm: CrmConfig, client: Any, sms: AliyunSmsFakeState) -> None:
    from backend.crm.config import configure

    configure(frequency_cap=2, frequency_days=7)
    people = await make_people()
    maker, checker = await _users()
    seg = await _gold_segment(client, maker)
    ids = []
    for day in range(3):  # three campaigns within a week
        at = DAYTIME + timedelta(days=day)
        ids.append(await _approved_campaign(client, maker, checker, seg, name=f"第{day + 1}波", at=at))
        await sending.dispatch(at)
    assert len(sms.sent_to(PHONES["gold_sms"])) == 2
    third = await Delivery.get(campaign_id=ids[2], member_id=people.gold_sms.id)
    assert third.status == DeliveryStatus.SKIPPED and third.reason == "frequency_cap"
    # a week after the first, the window has room again
    at = DAYTIME + timedelta(days=7, hours=1)
    await _approved_campaign(client, maker, checker, seg, name="下周", at=at)
    await sending.dispatch(at)
    assert len(sms.sent_to(PHONES["gold_sms"])) == 3


async def test_provider_outage_is_retried_then_failed_without_blocking_another_campaign(
        crm: CrmConfig, client: Any, sms: AliyunSmsFakeState) -> None:
    await make_people()
    maker, checker = await _users()
    seg = await _gold_segment(client, maker)
    broken = await _approved_campaign(client, maker, checker, seg, name="模板故障", template="SMS_DOWN01")
    sms.fail_templates = {"SMS_DOWN01"}
    now = DAYTIME
    out = await sending.dispatch(now)
    assert out.outcomes == {"retry": 3}
    rows = await Delivery.filter(campaign_id=broken)
    assert {r.status for r in rows} == {DeliveryStatus.PENDING} and {r.attempts for r in rows} == {1}
    assert all("ServiceUnavailable" in r.last_error for r in rows)
    assert {r.next_attempt_at for r in rows} == {now + timedelta(seconds=30)}  # backoff 30 s, then 60 s

    # another campaign approved meanwhile goes out while the first one waits for its retries
    ok_id = await _approved_campaign(client, maker, checker, seg, name="正常活动", template="SMS_500200",
                                     at=now + timedelta(seconds=10))
    out = await sending.dispatch(now + timedelta(seconds=10))
    assert out.outcomes == {"sent": 3}
    assert {m.template_code for m in sms.messages} == {"SMS_500200"}

    await sending.dispatch(now + timedelta(seconds=31))  # attempt 2
    out = await sending.dispatch(now + timedelta(seconds=31 + 61))  # attempt 3 = max_attempts
    assert out.outcomes == {"failed": 3}
    rows = await Delivery.filter(campaign_id=broken)
    assert {(r.status, r.attempts, r.reason) for r in rows} == {(DeliveryStatus.FAILED, 3, "provider_error")}
    assert sms.calls == 3 * 3 + 3  # three attempts for each of three members, one send each for the other campaign
    assert {c.status for c in await Campaign.filter(id__in=[broken, ok_id])} == {CampaignStatus.DONE}
    assert {d.status for d in await Delivery.filter(campaign_id=ok_id)} == {DeliveryStatus.SENT}
    # a failed recipient no longer counts against the frequency cap
    assert await Delivery.filter(campaign_id=broken, counted_at__isnull=False).count() == 0


async def test_transactional_sms_ignores_consent_quiet_hours_and_the_cap(
        crm: CrmConfig, sms: AliyunSmsFakeState) -> None:
    from tortoise.transactions import in_transaction

    from backend.crm import transactional

    people = await make_people()
    async with in_transaction() as conn:
        for _ in range(2):  # the same event twice: one message
            await transactional.queue(conn, member_id=people.gold_none.id, kind="pickup_ready",
                                      params={"store": "徐汇店"}, dedupe_key="pickup:SO1")
    await sending.dispatch(_night_after_now(23))
    assert [(m.phone, m.template_code, m.params) for m in sms.messages] == [
        (PHONES["gold_none"], crm.sms_template_pickup, {"store": "徐汇店"})]


async def test_staff_consent_changes_are_recorded_and_audited(crm: CrmConfig, client: Any) -> None:
    people = await make_people()
    from tests.factories import make_location

    store = await make_location("ST-CRM")
    manager = await make_user(Role.STORE_MANAGER, "manager_crm", [store])
    _, r = await client.put(f"{BASE}/members/{people.gold_none.id}/consent", json={
        "channel": "sms", "granted": True, "source": "counter", "note": "顾客在收银台口头同意并签字"},
        headers=auth(manager))
    assert r.status == 200 and r.json["consent"]["sms"] is True
    ev = r.json["events"][0]
    assert ev["source"] == "counter" and ev["user_id"] == manager.id and ev["at"].endswith("+08:00")
    audit = await AuditLog.filter(action="crm.consent", entity_id=str(people.gold_none.id)).get()
    assert audit.username == "manager_crm" and audit.after["granted"] is True
    _, r = await client.put(f"{BASE}/members/{people.gold_none.id}/consent", json={
        "channel": "fax", "granted": True, "note": "x"}, headers=auth(manager))
    assert r.status == 400 and r.json["error"]["code"] == "validation_error"
    # store managers record consent but do not run campaigns
    _, r = await client.get(f"{BASE}/campaigns", headers=auth(manager))
    assert r.status == 403


async def test_empty_segment_rule_and_sms_without_template_are_refused(crm: CrmConfig, client: Any) -> None:
    maker = await make_user(Role.HQ_ADMIN, "marketing_e")
    _, r = await client.post(f"{BASE}/segments", json={"name": "空", "rule": {}}, headers=auth(maker))
    assert r.status == 400
    _, r = await client.post(f"{BASE}/segments/preview", json={"points_min": 250, "spent_max_fen": 50000},
                             headers=auth(maker))
    assert r.status == 200 and r.json["count"] == 0
    await make_people()
    _, r = await client.post(f"{BASE}/segments/preview", json={"points_min": 250, "spent_max_fen": 50000},
                             headers=auth(maker))
    assert r.json["count"] == 3  # points 300, 400, 500 with spend 30000-50000
    seg = await _gold_segment(client, maker)
    _, r = await client.post(f"{BASE}/campaigns", json={"name": "无模板", "channel": "sms", "segment_id": seg,
                                                        "scheduled_at": DAYTIME.isoformat()}, headers=auth(maker))
    assert r.status == 400 and r.json["error"]["code"] == "sms_template_required"
    assert await Campaign.all().count() == 0


def test_quiet_hours_window() -> None:
    cfg = CrmConfig()
    assert sending.quiet_until(datetime(2026, 12, 7, 20, 59, tzinfo=CHINA), cfg) is None
    assert sending.quiet_until(datetime(2026, 12, 7, 21, 0, tzinfo=CHINA), cfg) == datetime(2026, 12, 8, 8,
                                                                                           tzinfo=CHINA)
    assert sending.quiet_until(datetime(2026, 12, 7, 23, 0, tzinfo=UTC), cfg) == datetime(2026, 12, 8, 8,
                                                                                         tzinfo=CHINA)
    assert sending.quiet_until(datetime(2026, 12, 8, 7, 59, tzinfo=CHINA), cfg) == datetime(2026, 12, 8, 8,
                                                                                           tzinfo=CHINA)
    assert sending.quiet_until(datetime(2026, 12, 8, 8, 0, tzinfo=CHINA), cfg) is None


async def test_a_shipment_queues_the_members_shipped_sms_once(crm: CrmConfig, client: Any,
                                                               sms: AliyunSmsFakeState) -> None:
    from backend.orders.models import Order
    from backend.orders.tests.helpers import admin_headers, place
    from backend.org.models import LocationKind
    from tests.factories import make_location, make_sku, stock_in

    people = await make_people()
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1", price_fen=1000), wh, 5)
    oid = (await place(client, h, [("A1", 2)])).json["order"]["id"]
    await Order.filter(id=oid).update(member_id=people.gold_none.id)  # no marketing consent: still told
    _, resp = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "cash", "amount_fen": 2000})
    assert resp.status == 201, resp.text
    _, resp = await client.post(f"/api/v1/orders/{oid}/ship", headers=h, json={"carrier": "顺丰", "tracking_no": "SF9"})
    assert resp.status == 201, resp.text
    row = await Delivery.get(member_id=people.gold_none.id)
    assert row.kind == "transactional" and row.campaign_id is None
    night = _night_after_now()
    await sending.dispatch(night)  # quiet hours do not hold it
    await sending.dispatch(night + timedelta(minutes=1))
    assert [(m.phone, m.template_code, m.params["tracking"]) for m in sms.messages] == [
        (PHONES["gold_none"], crm.sms_template_shipped, "SF9")]
