"""Demo section "crm": phones, e-mail addresses and marketing consent for a dozen demo members (as if given in
the mini-program or at the counter), a segment of gold and platinum members, and an SMS campaign drafted and
submitted by HQ marketing (`marketing1`) that waits for `admin`'s approval (docs/crm.md walks through it).
Member 1 already holds the demo phone 13800138000 (section "coupons") and agrees to SMS."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.crm import campaigns, segments
from backend.crm.consent import set_consent, set_email
from backend.crm.models import Channel, ConsentSource
from backend.fieldcrypt import phone_hash, seal
from backend.members.models import Member
from backend.timestamps import CHINA


async def load_crm(ctx: Any, conn: BaseDBAsyncClient) -> str:
    members = await Member.filter(merged_into_id=None, deleted_at=None).using_db(conn).order_by("id").limit(12)
    sms = email = 0
    for i, m in enumerate(members):
        if not m.phone:
            phone = f"1390000{i + 1:04d}"
            await Member.filter(id=m.id).using_db(conn).update(phone=seal(phone), phone_hash=phone_hash(phone))
        if i % 4 != 3:  # three in four agreed to SMS marketing
            await set_consent(m.id, Channel.SMS, True, ConsentSource.MINIPROGRAM, detail="小程序会员中心勾选同意（演示）",
                              conn=conn)
            sms += 1
        if i < 6:
            await set_email(m.id, f"demo.member{i + 1}@example.com", conn=conn)
            if i % 2 == 0:
                await set_consent(m.id, Channel.EMAIL, True, ConsentSource.COUNTER,
                                  detail="门店纸质同意书（演示）", conn=conn)
                email += 1
    marketing = await ctx.actor("marketing1", conn)
    seg = await segments.create_segment(marketing, "金卡及以上会员",
                                    segments.Rule(levels=("gold", "platinum")), conn)
    tomorrow = dt.datetime.combine(ctx.today + dt.timedelta(days=1), dt.time(10, 0), tzinfo=CHINA)
    c = await campaigns.create_campaign(marketing, campaigns.CampaignDraft(
        name="金卡会员奶粉节短信", channel=Channel.SMS, segment_id=seg["id"], scheduled_at=tomorrow,
        sms_template_code="SMS_500100", template_params={"name": "{nickname}", "coupon": "奶粉满199减20"}), conn)
    await campaigns.submit(marketing, c["id"], conn=conn)
    return f"{sms} SMS and {email} e-mail consents, 1 segment, 1 campaign awaiting approval"
