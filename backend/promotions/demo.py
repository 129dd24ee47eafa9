"""Demo section "promotions": a few live promotions for the shop's own channels (POS and mini-program), so a
demo checkout shows savings out of the box, and one store promotion still waiting for approval (never applied).

Through the promotions workflow like a person would do it: HQ marketing (`marketing1`, an hq_admin account this
section adds) drafts and submits, `admin` approves (nobody approves their own promotion); `manager1` drafts and
submits a promotion for their store ST-001 that HQ has not approved yet.

    奶粉满199减20         full reduction on the 奶粉 category (and its stages)
    纸尿裤买3送1          buy 3 get 1 on each 纸尿裤 / 拉拉裤 SKU
    湿巾 8.8 折           percent off the 湿巾 category
    奶粉会员价            member price (about 5% off) on the first three formula SKUs
    徐汇店奶瓶9折          ST-001 only, pending approval
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Category, Sku
from backend.demo.data import DEMO_PASSWORD
from backend.org.models import Channel, Role, User
from backend.promotions import workflow
from backend.promotions.models import PromotionKind
from backend.security.passwords import hash_password
from backend.timestamps import CHINA

MARKETING = ("marketing1", "高敏")  # HQ marketing: drafts and submits the chain's promotions; admin approves
OWN_CHANNELS = [Channel.POS, Channel.MINIPROGRAM]  # marketplaces price their own promotions


def member_price(list_fen: int) -> int:
    """About 5% off, rounded down to whole yuan."""
    return list_fen * 95 // 100 // 100 * 100


async def load_promotions(ctx: Any, conn: BaseDBAsyncClient) -> str:
    user = await User.create(username=MARKETING[0], display_name=MARKETING[1], role=Role.HQ_ADMIN,
                             password_hash=hash_password(DEMO_PASSWORD), wecom_userid=MARKETING[0],
                             phone="13800000099", using_db=conn)
    marketing, admin, manager = await ctx.actor(user.username, conn), await ctx.actor("admin", conn), \
        await ctx.actor("manager1", conn)
    tops = {c.name: c.id for c in await Category.filter(parent_id__isnull=True).using_db(conn)}
    formula = await Sku.filter(product__category__parent_id=tops["奶粉"], is_active=True).using_db(conn) \
        .order_by("code").limit(3)
    day = dt.datetime.combine(ctx.today, dt.time.min, tzinfo=CHINA)
    window = {"starts_at": day - dt.timedelta(days=1), "ends_at": day + dt.timedelta(days=60)}
    live = [
        workflow.PromotionDraft(name="奶粉满199减20", kind=PromotionKind.FULL_REDUCTION, threshold_fen=19900,
                             amount_fen=2000, category_id=tops["奶粉"], channels=OWN_CHANNELS, **window,
                             note="全部奶粉参加，门店与小程序通用"),
        workflow.PromotionDraft(name="纸尿裤买3送1", kind=PromotionKind.BUY_N_GET_M, buy_qty=3, free_qty=1,
                             category_id=tops["纸尿裤"], channels=OWN_CHANNELS, **window,
                             note="同一商品每买 3 件送 1 件"),
        workflow.PromotionDraft(name="湿巾8.8折", kind=PromotionKind.PERCENT_OFF, percent_off_bp=1200,
                             category_id=tops["湿巾"], channels=OWN_CHANNELS, **window),
        workflow.PromotionDraft(name="奶粉会员价", kind=PromotionKind.MEMBER_PRICE, channels=OWN_CHANNELS, **window,
                             items=[workflow.DraftItem(sku_code=s.code, price_fen=member_price(s.price_fen))
                                    for s in formula]),
    ]
    names = []
    for body in live:
        p = await workflow.create_promotion(marketing, body, via="task")
        await workflow.submit(marketing, p["id"], via="task")
        await workflow.approve(admin, p["id"], via="task")
        names.append(body.name)
    pending = await workflow.create_promotion(manager, workflow.PromotionDraft(
        name="徐汇店奶瓶9折", kind=PromotionKind.PERCENT_OFF, percent_off_bp=1000, category_id=tops["奶瓶"],
        location_codes=["ST-001"], channels=OWN_CHANNELS, **window, note="店庆活动，待总部审批"), via="task")
    await workflow.submit(manager, pending["id"], via="task")
    return f"{len(names)} live ({'、'.join(names)}), 1 pending approval (徐汇店奶瓶9折); {MARKETING[0]} (hq_admin) drafts"
