"""A member's share of an old system's sales history (backend.imports.sales_history): what a history order
adds to the member's lifetime spend (and so the level), and its points as the old system gave them.

Points: the members import already carried each card's points balance, so a history order's points are by
default only a record in the points history (an entry of delta 0 naming the order and the points the old
system gave; members.points stays the sum of the deltas). When the file says the points were not carried
(`credit=True`), they are credited as earned points of the order, expiring like any credit from today.
Each step has its undo for the import's rollback.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import Conflict
from backend.members import points
from backend.members.models import Member, PointsEntry, PointsKind
from backend.members.rules import level_for_spend, rank
from backend.raw_sql import execute, fetch, is_postgres


@dataclass(frozen=True)
class SpendChange:
    member_id: int
    amount_fen: int
    level_before: str
    level_after: str


async def add_spend(member_id: int, amount_fen: int, conn: BaseDBAsyncClient) -> SpendChange:
    """Count a history order's payment in the member's lifetime spend and raise the level it reaches (levels only
    go up), as a paid order does."""
    rows = await fetch(conn, "UPDATE members SET total_spent_fen = total_spent_fen + $1 WHERE id = $2 "
                             "RETURNING level, total_spent_fen", [amount_fen, member_id])
    if not rows:
        raise Conflict("会员不存在")
    before = str(rows[0]["level"])
    reached = level_for_spend(int(rows[0]["total_spent_fen"])).code
    after = reached if rank(reached) > rank(before) else before
    if after != before:
        await execute(conn, "UPDATE members SET level = $1 WHERE id = $2", [after, member_id])
    return SpendChange(member_id, amount_fen, before, after)


async def take_back_spend(change: SpendChange, conn: BaseDBAsyncClient) -> None:
    """Undo add_spend: the spend less the amount (never below 0) and, if the level is still the one add_spend set,
    the level it had before."""
    floor = "GREATEST" if is_postgres(conn) else "MAX"
    await execute(conn, f"UPDATE members SET total_spent_fen = {floor}(total_spent_fen - $1, 0) WHERE id = $2",
                  [change.amount_fen, change.member_id])
    if change.level_after != change.level_before:
        await Member.filter(id=change.member_id, level=change.level_after).using_db(conn) \
            .update(level=change.level_before)


async def order_points(member_id: int, n: int, *, credit: bool, order_id: int, legacy_no: str,
                       conn: BaseDBAsyncClient, user_id: int | None = None) -> PointsEntry | None:
    """The points the old system gave for one order: credited (credit=True) or recorded with delta 0."""
    if n <= 0:
        return None
    ref = f"legacy:{legacy_no}"[:64]
    if credit:
        return await points.credit(member_id, n, PointsKind.EARN, conn, order_id=order_id, ref=ref,
                                   reason=f"旧系统订单 {legacy_no} 赠送（历史迁入补记）", user_id=user_id)
    rows = await fetch(conn, "SELECT points FROM members WHERE id = $1", [member_id])
    return await PointsEntry.create(
        member_id=member_id, delta=0, kind=PointsKind.EARN, order_id=order_id, ref=ref,
        reason=f"旧系统订单 {legacy_no} 赠送 {n} 积分（已含在迁入积分中）"[:128],
        balance_after=int(rows[0]["points"]) if rows else 0, created_by_id=user_id, using_db=conn)


async def remove_order_points(entry_id: int, conn: BaseDBAsyncClient) -> None:
    """Undo order_points: a credit is taken back (refused once the member has spent below it), a record deleted."""
    entry = await PointsEntry.get_or_none(id=entry_id).using_db(conn)
    if entry is None:
        return
    if entry.delta > 0:
        rows = await fetch(conn, "UPDATE members SET points = points - $1 WHERE id = $2 AND points >= $1 "
                                 "RETURNING points", [entry.delta, entry.member_id])
        if not rows:
            raise Conflict("历史订单补记的积分已被使用，不能撤回")
    await entry.delete(using_db=conn)
