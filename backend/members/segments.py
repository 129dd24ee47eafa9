"""Member segments for marketing (issuing coupons): members chosen by what the member model holds.

Every criterion given narrows the segment (AND); inside one criterion the values are alternatives (OR):

- `levels`: member level codes (normal, silver, gold, platinum);
- `tags`: members carrying any of these tags;
- `store_codes`: members with a paid order at any of these stores;
- `child_stages`: members with a child in any of these stages on the day (pregnancy, stage1 .. stage4, as
  backend.members.children.stage_for);
- `purchased_within_days`: members whose last paid order is at most N days old;
- `lapsed_days`: members who bought before but not in the last N days.

Merged-away members are never in a segment. An empty segment (no criterion) is refused: issuing to "everyone"
must be said on purpose (`all_members: true`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from tortoise.functions import Max

from backend.errors import ValidationError
from backend.members.children import STAGES, stage_for
from backend.members.models import Child, Member, MemberTag
from backend.members.rules import LEVELS
from backend.orders.models import Order
from backend.org.models import Location
from backend.timestamps import business_today, utc_now

MAX_DAYS = 3650


@dataclass(frozen=True)
class Segment:
    levels: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    store_codes: tuple[str, ...] = ()
    child_stages: tuple[str, ...] = ()
    purchased_within_days: int | None = None
    lapsed_days: int | None = None
    all_members: bool = False

    def is_empty(self) -> bool:
        return not (self.levels or self.tags or self.store_codes or self.child_stages
                    or self.purchased_within_days or self.lapsed_days)


async def _last_paid() -> dict[int, dt.datetime]:
    rows = await (Order.filter(member_id__isnull=False, paid_at__isnull=False).group_by("member_id")
                  .annotate(last=Max("paid_at")).values_list("member_id", "last"))
    return {int(m): last for m, last in rows}


async def member_ids(seg: Segment, *, on: dt.date | None = None,
                     now: dt.datetime | None = None) -> list[int]:
    """The ids of the members in the segment, ascending."""

    on = on or business_today()
    now = now or utc_now()
    if seg.is_empty() and not seg.all_members:
        raise ValidationError("请至少选择一个筛选条件（或明确选择全部会员 all_members）",
                              details=[{"field": "segment", "message": "筛选条件为空"}])
    known = [lv.code for lv in LEVELS]
    bad = [c for c in seg.levels if c not in known]
    if bad:
        raise ValidationError(f"会员等级 {bad[0]} 不存在（可选：{'、'.join(known)}）",
                              details=[{"field": "segment.levels", "message": "取值不合法"}])
    bad = [s for s in seg.child_stages if s not in STAGES]
    if bad:
        raise ValidationError(f"宝宝阶段 {bad[0]} 不存在（可选：{'、'.join(STAGES)}）",
                              details=[{"field": "segment.child_stages", "message": "取值不合法"}])
    qs = Member.filter(merged_into_id=None, deleted_at=None)
    if seg.levels:
        qs = qs.filter(level__in=seg.levels)
    ids = set(await qs.values_list("id", flat=True))
    if seg.tags:
        ids &= set(await MemberTag.filter(tag__in=seg.tags).values_list("member_id", flat=True))
    if seg.store_codes:
        locs = dict(await Location.filter(code__in=seg.store_codes).values_list("code", "id"))
        missing = [c for c in seg.store_codes if c not in locs]
        if missing:
            raise ValidationError(f"门店 {missing[0]} 不存在", details=[{"field": "store_codes", "message": "门店不存在"}])
        ids &= set(await Order.filter(location_id__in=list(locs.values()), paid_at__isnull=False,
                                      member_id__isnull=False).values_list("member_id", flat=True))
    if seg.child_stages:
        wanted = set(seg.child_stages)
        ids &= {int(m) for m, b in await Child.all().values_list("member_id", "birthday")
                if stage_for(b, on).code in wanted}
    if seg.purchased_within_days or seg.lapsed_days:
        last = await _last_paid()
        if seg.purchased_within_days:
            since = now - dt.timedelta(days=seg.purchased_within_days)
            ids &= {m for m, at in last.items() if at >= since}
        if seg.lapsed_days:
            before = now - dt.timedelta(days=seg.lapsed_days)
            ids &= {m for m, at in last.items() if at < before}
    return sorted(ids)


def segment_json(seg: Segment) -> dict[str, Any]:
    """The criteria that differ from their defaults (as the audit log shows a segment)."""
    out: dict[str, Any] = {}
    for f in fields(seg):
        value = getattr(seg, f.name)
        if value != f.default:
            out[f.name] = list(value) if isinstance(value, tuple) else value
    return out
