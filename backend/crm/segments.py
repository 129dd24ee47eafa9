"""Marketing segments: a rule object saved in crm_segments and evaluated when previewed or sent.

The rule is backend.members.segments.Segment (level, tags, store, child's age stage, last purchase within /
lapsed for N days) plus what marketing asks for beyond coupons: points balance and lifetime spend ranges. Every
criterion narrows (AND); inside one the values are alternatives (OR). Merged and deleted members are never in.
Preview answers the count, how many of them may get marketing on each channel (consent and an address), and a
small sample with masked phone numbers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pydantic import TypeAdapter
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.crm.consent import granted_members
from backend.crm.models import Channel, MemberEmail, Segment
from backend.errors import NotFound
from backend.fieldcrypt import FieldDecryptError, mask_phone, unseal
from backend.members import segments as member_segments
from backend.members.models import Member
from backend.security import Actor
from backend.timestamps import iso

MAX_FEN = 10_000_000_000
SAMPLE = 10


@dataclass(frozen=True)
class Rule(member_segments.Segment):
    """A marketing segment's rule: the members' segment criteria plus points and lifetime-spend ranges."""

    points_min: int | None = None
    points_max: int | None = None
    spent_min_fen: int | None = None
    spent_max_fen: int | None = None

    def extra(self) -> bool:
        return any(v is not None for v in (self.points_min, self.points_max, self.spent_min_fen, self.spent_max_fen))


_STORED = TypeAdapter(Rule)


async def member_ids(rule: Rule) -> list[int]:
    base = replace(rule, all_members=rule.all_members or (rule.is_empty() and rule.extra()))
    ids = await member_segments.member_ids(base)
    if not rule.extra() or not ids:
        return ids
    qs = Member.filter(id__in=ids)
    if rule.points_min is not None:
        qs = qs.filter(points__gte=rule.points_min)
    if rule.points_max is not None:
        qs = qs.filter(points__lte=rule.points_max)
    if rule.spent_min_fen is not None:
        qs = qs.filter(total_spent_fen__gte=rule.spent_min_fen)
    if rule.spent_max_fen is not None:
        qs = qs.filter(total_spent_fen__lte=rule.spent_max_fen)
    return sorted(int(i) for i in await qs.values_list("id", flat=True))


async def reachable(channel: Channel, ids: list[int], conn: BaseDBAsyncClient | None = None) -> list[int]:
    """Those of ids that may get marketing on the channel now: consent granted and an address to send to."""
    ok = await granted_members(channel, ids, conn)
    if channel == Channel.SMS:
        have = set(await Member.filter(id__in=list(ok), phone__isnull=False, deleted_at=None)
                   .using_db(conn).values_list("id", flat=True))
    else:
        have = set(await MemberEmail.filter(member_id__in=list(ok)).using_db(conn).values_list("member_id", flat=True))
    return sorted(int(i) for i in have)


def _masked(phone: str | None) -> str:
    if not phone:
        return ""
    try:
        return mask_phone(unseal(phone))
    except FieldDecryptError:
        return "***"


def segment_dict(s: Segment) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "rule": s.rule, "created_by_id": s.created_by_id,
            "created_at": iso(s.created_at)}


def rule_of(s: Segment) -> Rule:
    """The saved rule (stored as the criteria that differ from their defaults)."""
    return _STORED.validate_python(s.rule)


async def preview(rule: Rule) -> dict[str, Any]:
    ids = await member_ids(rule)
    sample = await Member.filter(id__in=ids[:SAMPLE]).order_by("id")
    return {
        "count": len(ids),
        "reachable": {c.value: len(await reachable(c, ids)) for c in Channel},
        "sample": [{"member_code": m.member_code, "nickname": (m.nickname[:1] + "**") if m.nickname else "",
                    "phone": _masked(m.phone), "level": m.level, "points": m.points,
                    "total_spent_fen": m.total_spent_fen} for m in sample],
    }


async def create_segment(actor: Actor, name: str, rule: Rule, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
    if conn is None:
        await member_ids(rule)  # refuses an empty or invalid rule before it is saved
        async with in_transaction() as tx:
            return await create_segment(actor, name, rule, tx)
    s = await Segment.create(name=name, rule=member_segments.segment_json(rule),
                             created_by_id=actor.id, using_db=conn)
    out = segment_dict(s)
    await record_audit(actor.user, "crm.segment.create", "crm_segment", s.id, after=out, via="admin",
                       using_db=conn)
    return out


async def update_segment(actor: Actor, segment_id: int, name: str, rule: Rule) -> dict[str, Any]:
    await member_ids(rule)
    async with in_transaction() as conn:
        s = await Segment.get_or_none(id=segment_id).using_db(conn)
        if s is None:
            raise NotFound("人群不存在")
        before = segment_dict(s)
        s.name, s.rule = name, member_segments.segment_json(rule)
        await s.save(using_db=conn)
        out = segment_dict(s)
        await record_audit(actor.user, "crm.segment.update", "crm_segment", s.id, before=before, after=out,
                           via="admin", using_db=conn)
    return out


async def get_segment(segment_id: int) -> Segment:
    s = await Segment.get_or_none(id=segment_id)
    if s is None:
        raise NotFound("人群不存在")
    return s


async def list_segments(offset: int, limit: int) -> dict[str, Any]:
    total = await Segment.all().count()
    rows = await Segment.all().order_by("-id").offset(offset).limit(limit)
    return {"items": [segment_dict(s) for s in rows], "total": total}
