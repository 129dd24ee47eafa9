"""Demo section "coupons": two coupon templates (满100减20 for everything, 9折 on 奶粉), one of each issued to the
first 20 demo members, 500 welcome points each, and the demo phone 13800138000 on member 1 so a WeChat login
that shares that phone (getPhoneNumber code "phone:13800138000" on the fake) opens a phone claim on it (member 1
holds points, so the merge waits for staff verification or member 1's confirmation)."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Category
from backend.fieldcrypt import phone_hash, seal
from backend.members import coupons, points
from backend.members.models import CouponKind, Member, PointsKind


async def load_coupons(ctx: Any, conn: BaseDBAsyncClient) -> str:
    milk = await Category.filter(name="奶粉").using_db(conn).first()
    amount = await coupons.create_template(coupons.TemplateIn(
        name="满100减20", kind=CouponKind.AMOUNT, amount_fen=2000, threshold_fen=10000, valid_days=30,
        per_member_limit=1, description="全场通用"), conn)
    discount = await coupons.create_template(coupons.TemplateIn(
        name="奶粉9折券", kind=CouponKind.DISCOUNT, discount_bp=9000, max_discount_fen=5000, valid_days=30,
        category_id=milk.id if milk else None, description="奶粉类商品可用，最多减50元"), conn)
    members = await Member.filter(merged_into_id=None).using_db(conn).order_by("id").limit(20)
    for m in members:
        for t in (amount, discount):
            await coupons.issue(t.id, m.id, now=None, conn=conn)
        await points.credit(m.id, 500, PointsKind.ADJUST, conn, ref="demo-welcome", reason="新会员欢迎积分")
    if members:
        await Member.filter(id=members[0].id).using_db(conn).update(phone=seal("13800138000"),
                                                                     phone_hash=phone_hash("13800138000"))
    return f"2 coupon templates, {2 * len(members)} coupons and 500 points to {len(members)} members"
