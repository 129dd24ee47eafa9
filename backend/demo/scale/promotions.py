"""The promotion weeks of the history, created and approved through the promotions workflow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from backend.demo.scale.master import TOPS, Staff
from backend.org.models import User
from backend.promotions import workflow as promo_workflow
from backend.promotions.models import PromotionKind
from backend.security.actor import load_staff_actor
from backend.timestamps import CHINA, clock_at

PROMO_EVERY, PROMO_WEEK = 4, 1  # a week of 10 % off the first top category in every four (the second, sixth ..)
PROMO_OFF_BP, PROMO_LIFT = 1000, 0.35  # its discount; the share of orders that add one of its SKUs that week


@dataclass(frozen=True)
class Promo:
    id: int
    code: str
    name: str
    category_id: int
    off_bp: int
    starts_at: dt.datetime


async def create_promotions(first: dt.date, today: dt.date, category_id: int, staff: Staff) -> list[Promo]:
    """The promotions of the history, through the promotions workflow itself (a handful of rows: created and
    submitted by one HQ admin two days before the week, approved by the other the day before; every channel and
    store), so the promotion, its audit trail and what pricing reads are the services' own."""
    author, approver = [await load_staff_actor(await User.get(id=uid)) for uid, _ in staff.hq]
    out = []
    for week in range(PROMO_WEEK, (today - first).days // 7 + 1, PROMO_EVERY):
        start = dt.datetime.combine(first + dt.timedelta(days=7 * week), dt.time.min, tzinfo=CHINA)
        with clock_at(start - dt.timedelta(days=2) + dt.timedelta(hours=10)):
            p = await promo_workflow.create_promotion(author, promo_workflow.PromotionDraft(
                name=f"{TOPS[0]}九折周（规模）{start:%m%d}", kind=PromotionKind.PERCENT_OFF, percent_off_bp=PROMO_OFF_BP,
                category_id=category_id, starts_at=start, ends_at=start + dt.timedelta(days=7),
                note="规模测试促销"))
            await promo_workflow.submit(author, p["id"])
        with clock_at(start - dt.timedelta(days=1) + dt.timedelta(hours=10)):
            await promo_workflow.approve(approver, p["id"])
        out.append(Promo(p["id"], p["code"], p["name"], category_id, PROMO_OFF_BP, start))
    return out
