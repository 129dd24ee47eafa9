"""The WeCom bot's 今日营销: today's campaigns with their results, for HQ only."""

from __future__ import annotations

from datetime import UTC, datetime

from backend.crm.models import Campaign, CampaignStatus, Channel, Delivery, DeliveryStatus, Segment
from backend.members.models import Member
from backend.org.models import Role
from bots.commands import TodayCampaigns, parse_command
from bots.dispatch import handle_command
from tests.factories import make_user


def test_parse_today_campaigns() -> None:
    for text in ("今日营销", "今天营销结果", "营销结果", "查看今日营销活动效果？", "营销日报"):
        assert parse_command(text) == TodayCampaigns(), text
    assert parse_command("今日销售") != TodayCampaigns()


async def test_today_campaigns_reply(db: None) -> None:
    admin = await make_user(Role.HQ_ADMIN, "hq_bot")
    clerk = await make_user(Role.CLERK, "clerk_bot")
    seg = await Segment.create(name="金卡", rule={"levels": ["gold"]})
    now = datetime.now(UTC)
    c = await Campaign.create(code="CM1", name="周末奶粉节", channel=Channel.SMS, segment=seg,
                              status=CampaignStatus.SENDING, scheduled_at=now, started_at=now, recipients=3)
    for i, status in enumerate((DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.PENDING)):
        m = await Member.create(member_code=f"MB{i}")
        await Delivery.create(campaign=c, member=m, channel=Channel.SMS, status=status, next_attempt_at=now)
    text = (await handle_command(admin, TodayCampaigns())).text or ""
    assert "周末奶粉节（短信，发送中）" in text and "目标 3 人" in text and "送达 1" in text and "失败 1" in text
    assert "待发 1" in text
    refused = (await handle_command(clerk, TodayCampaigns())).text or ""
    assert refused.startswith("操作未完成") and "总部" in refused
