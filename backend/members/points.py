"""The points ledger: append-only PointsEntry rows; members.points is always their sum.

Every change is one guarded UPDATE of the member row plus one entry, in the caller's transaction:
credits `points = points + n`, debits `points = points - n WHERE points >= n` (so concurrent spends can never
overdraw: the loser's UPDATE matches no row and raises). Positive entries carry `expires_on` and form lots;
debits of any kind consume the lots first-expiring-first (FIFO), and `expire_points` writes one EXPIRE entry
for what is left of the lots past their date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.errors import Conflict, ValidationError
from backend.members.models import POINTS_KIND_ZH, Member, PointsEntry, PointsKind
from backend.members.rules import POINTS_VALID_DAYS
from backend.raw_sql import fetch, is_postgres
from backend.timestamps import business_today, iso

CREDIT_KINDS = frozenset({PointsKind.EARN, PointsKind.RETURN, PointsKind.ADJUST, PointsKind.MERGE_IN})


def default_expiry(on: dt.date | None = None) -> dt.date:
    return (on or business_today()) + dt.timedelta(days=POINTS_VALID_DAYS)


class InsufficientPoints(Conflict):
    code = "insufficient_points"
    default_message = "积分不足"


async def _existing(member_id: int, kind: PointsKind, ref: str | None,
                    conn: BaseDBAsyncClient) -> PointsEntry | None:
    if ref is None:
        return None
    return await PointsEntry.get_or_none(member_id=member_id, kind=kind, ref=ref).using_db(conn)


async def credit(member_id: int, n: int, kind: PointsKind, conn: BaseDBAsyncClient, *, reason: str = "",
                 order_id: int | None = None, ref: str | None = None, expires_on: dt.date | None = None,
                 user_id: int | None = None) -> PointsEntry | None:
    """Add n > 0 points. Idempotent per (member, kind, ref): a repeat returns the first entry."""
    if n <= 0:
        return None
    if (prior := await _existing(member_id, kind, ref, conn)) is not None:
        return prior
    rows = await fetch(conn, "UPDATE members SET points = points + $1 WHERE id = $2 RETURNING points",
                       [n, member_id])
    if not rows:
        raise ValidationError("会员不存在")
    return await PointsEntry.create(
        member_id=member_id, delta=n, kind=kind, reason=(reason or POINTS_KIND_ZH[kind])[:128], order_id=order_id,
        ref=ref, expires_on=expires_on if expires_on is not None else default_expiry(),
        balance_after=int(rows[0]["points"]), created_by_id=user_id, using_db=conn,
    )


async def debit(member_id: int, n: int, kind: PointsKind, conn: BaseDBAsyncClient, *, reason: str = "",
                order_id: int | None = None, ref: str | None = None, user_id: int | None = None) -> PointsEntry | None:
    """Take n > 0 points, or raise InsufficientPoints having changed nothing. Idempotent per ref."""
    if n <= 0:
        return None
    if (prior := await _existing(member_id, kind, ref, conn)) is not None:
        return prior
    rows = await fetch(conn, "UPDATE members SET points = points - $1 WHERE id = $2 AND points >= $1 "
                             "RETURNING points", [n, member_id])
    if not rows:
        have = await Member.filter(id=member_id).using_db(conn).values_list("points", flat=True)
        raise InsufficientPoints(f"积分不足：需要 {n}，当前可用 {int(have[0]) if have else 0}")
    return await PointsEntry.create(
        member_id=member_id, delta=-n, kind=kind, reason=(reason or POINTS_KIND_ZH[kind])[:128], order_id=order_id,
        ref=ref, balance_after=int(rows[0]["points"]), created_by_id=user_id, using_db=conn,
    )


async def debit_available(member_id: int, n: int, kind: PointsKind, conn: BaseDBAsyncClient, **kw: Any) -> int:
    """Take up to n points (what the member still has, e.g. earned points already spent elsewhere).
    Returns what was taken."""
    if n <= 0:
        return 0
    have = await Member.filter(id=member_id).using_db(conn).values_list("points", flat=True)
    take = min(n, int(have[0]) if have else 0)
    if take <= 0:
        return 0
    entry = await debit(member_id, take, kind, conn, **kw)
    return -entry.delta if entry else 0


# ---- lots and expiry ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lot:
    entry_id: int
    amount: int
    remaining: int
    expires_on: dt.date | None
    created_at: dt.datetime


async def lots(member_id: int, conn: BaseDBAsyncClient | None = None) -> list[Lot]:
    """The member's credit lots, first-expiring first, with what is left of each after every debit so far."""
    entries = await PointsEntry.filter(member_id=member_id).using_db(conn).order_by("id")
    consumed = -sum(e.delta for e in entries if e.delta < 0)
    credits = sorted((e for e in entries if e.delta > 0), key=lambda e: (e.expires_on or dt.date.max, e.id))
    out: list[Lot] = []
    for e in credits:
        used = min(consumed, e.delta)
        consumed -= used
        out.append(Lot(e.id, e.delta, e.delta - used, e.expires_on, e.created_at))
    return out


async def _lock_member(member_id: int, conn: BaseDBAsyncClient) -> None:
    if is_postgres(conn):
        await fetch(conn, "SELECT id FROM members WHERE id = $1 FOR UPDATE", [member_id])


async def expire_member_points(member_id: int, on: dt.date | None = None,
                               conn: BaseDBAsyncClient | None = None) -> int:
    """Expire what is left of the member's lots whose last valid day is before `on`. Returns the points expired."""
    on = on or business_today()
    if conn is None:
        async with in_transaction() as tx:
            return await expire_member_points(member_id, on, tx)
    await _lock_member(member_id, conn)
    due = sum(lot.remaining for lot in await lots(member_id, conn) if lot.expires_on and lot.expires_on < on)
    if due <= 0:
        return 0
    # The row lock (PostgreSQL) or the single writer (SQLite) serialises concurrent runs; a second run of
    # the same day finds the lots already consumed, and the ref makes a replay a no-op.
    entry = await debit(member_id, due, PointsKind.EXPIRE, conn, ref=f"expire:{on.isoformat()}",
                        reason=f"积分过期（{on.isoformat()} 前到期）")
    return -entry.delta if entry else 0


async def expire_points(on: dt.date | None = None, *, limit: int = 1000) -> int:
    """The daily job: expire every member's lots past their date. Returns the members touched."""
    on = on or business_today()
    ids = await PointsEntry.filter(delta__gt=0, expires_on__lt=on, member__points__gt=0).distinct().limit(
        limit).values_list("member_id", flat=True)
    touched = 0
    for member_id in sorted({int(i) for i in ids}):
        if await expire_member_points(member_id, on):
            touched += 1
    return touched


async def expiring_soon(member_id: int, within_days: int = 30) -> dict[str, Any] | None:
    """The next lot to expire within `within_days`: {"points", "expires_on"} summed over that date."""
    limit = business_today() + dt.timedelta(days=within_days)
    soon = [lot for lot in await lots(member_id) if lot.remaining and lot.expires_on and lot.expires_on <= limit]
    if not soon:
        return None
    first = min(lot.expires_on for lot in soon if lot.expires_on)
    return {"points": sum(lot.remaining for lot in soon if lot.expires_on == first), "expires_on": first.isoformat()}


async def ledger_sum(member_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    return sum(await PointsEntry.filter(member_id=member_id).using_db(conn).values_list("delta", flat=True))


def entry_json(e: PointsEntry) -> dict[str, Any]:
    return {"id": e.id, "delta": e.delta, "kind": PointsKind(e.kind).value, "reason": e.reason,
            "order_id": e.order_id, "balance_after": e.balance_after,
            "expires_on": e.expires_on.isoformat() if e.expires_on and e.delta > 0 else None,
            "created_at": iso(e.created_at)}


async def history(member_id: int, limit: int = 200) -> dict[str, Any]:
    """The member's points ledger, newest first, and their balance."""
    rows = await PointsEntry.filter(member_id=member_id).order_by("-id").limit(limit)
    fresh = await Member.get(id=member_id)
    return {"items": [entry_json(e) for e in rows], "balance": fresh.points}
